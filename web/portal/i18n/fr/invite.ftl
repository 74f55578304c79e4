# "I have an invitation".

invite-title = Définir votre mot de passe
invite-lead = Saisissez votre nom d'utilisateur et le code de votre e-mail d'invitation, puis choisissez votre mot de passe.
invite-username-missing-title = Saisissez votre nom d'utilisateur
invite-username-missing-body = Il figure dans votre e-mail d'invitation.
invite-code = Code d'invitation
invite-code-hint = 8 chiffres, indiqués dans l'e-mail
invite-code-invalid = Ce code est incorrect, a déjà été utilisé ou a expiré. Vérifiez votre nom d'utilisateur et le code indiqué dans l'e-mail, ou demandez une nouvelle invitation à votre administrateur.
invite-submit = Définir le mot de passe
invite-submitting = Définition de votre mot de passe…
invite-done-title = Votre mot de passe est défini
invite-done-body = Connectez-vous avec votre nom d'utilisateur et votre nouveau mot de passe.
invite-back = Retour à la connexion
