# The sign-in page: the links under the form, and the authenticator code step.

signin-help = Aide pour votre compte
signin-cant-access = Vous ne pouvez pas accéder à votre compte ?
signin-unlock = Compte verrouillé ? Déverrouillez-le
signin-invitation = J'ai une invitation
signin-enter-code = Saisissez le code affiché par votre application.
signin-code-wrong = Ce code est incorrect ou a déjà été utilisé : attendez le suivant.
signin-code-wrong-left = Ce code est incorrect ou a déjà été utilisé : attendez le suivant. { $count ->
    [one] Il vous reste { $count } essai aujourd'hui.
   *[other] Il vous reste { $count } essais aujourd'hui.
}
signin-code-lead = Ouvrez votre application d'authentification et saisissez le code à 6 chiffres qu'elle affiche pour ce compte.
signin-code-label = Code de votre application d'authentification
signin-code-hint = Vous avez perdu votre téléphone ? Saisissez plutôt l'un de vos codes de récupération.
signin-start-again = Recommencer
