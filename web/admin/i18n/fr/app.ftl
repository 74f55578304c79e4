# Le cadre de la console : l'en-tête, le menu, l'écran de connexion et les
# pages qui ne font que dire quelque chose (introuvable, non autorisé).

app-session-ended-title = Veuillez vous reconnecter
app-session-ended-body = Votre session a pris fin.
app-skip = Aller au contenu
app-product = Console d'administration
app-signed-out-title = Déconnecté
app-signed-out-body = Vous vous êtes déconnecté.
app-sign-out = Se déconnecter
app-not-found-title = Page introuvable
app-not-found-body = Aucun écran ne se trouve à cette adresse.
app-go-to-users = Aller aux utilisateurs
app-opening = Ouverture de l'écran…
# Same as English.
app-nav-label = Console
# Same as English.
app-menu = Menu
app-nav-home = Accueil
app-nav-users = Utilisateurs
app-nav-groups = Groupes
app-nav-import = Import et export
app-nav-reports = Rapports
app-nav-settings = Paramètres
app-nav-reset-policy = Politique de réinitialisation
app-nav-passwords = Règles de mot de passe et questions
app-nav-branding = Identité visuelle et limites
app-nav-agents = Réécriture dans l'annuaire
app-nav-clients = Clients API
# Same as English.
app-nav-webhooks = Webhooks
app-not-allowed-title = Non disponible pour votre rôle
app-not-allowed-body = Votre rôle n'inclut pas cet écran. Demandez-le à un administrateur si vous en avez besoin.
app-signin-title = Se connecter à la console d'administration
app-signin-lead = Pour les administrateurs et le support de votre organisation. Utilisez votre propre compte.
app-code-label = Code de votre application d'authentification
app-code-hint = Les 6 chiffres que l'application affiche pour ce compte, ou l'un de vos codes de récupération.
app-code-wrong = Ce code n'est pas bon, ou il a déjà été utilisé : saisissez le code suivant de l'application.
app-forgot-password = Mot de passe oublié ? Utilisez le portail libre-service des mots de passe
app-set-up-authenticator-title = Configurez d'abord votre application d'authentification
app-set-up-authenticator-body = Votre compte exige un code d'une application d'authentification à chaque connexion. Connectez-vous au portail libre-service, qui vous guide pour en configurer une, puis connectez-vous ici.
app-change-password-title = Changez d'abord votre mot de passe
app-password-expired-body = Votre mot de passe a expiré ou a été défini par un autre administrateur. Changez-le dans le portail libre-service, puis connectez-vous ici.
app-change-password-body = Changez-le dans le portail libre-service, puis connectez-vous ici.
app-not-an-operator-title = Cette console est réservée aux administrateurs
app-not-an-operator-body = Votre compte n'a aucun rôle d'administrateur ni de support. Pour gérer votre propre mot de passe, utilisez le portail libre-service.
app-wrong-credentials-title = Nom d'utilisateur ou mot de passe incorrect
app-wrong-credentials-body = Vérifiez les deux et réessayez. Trop d'essais erronés verrouillent le compte pendant un moment.
