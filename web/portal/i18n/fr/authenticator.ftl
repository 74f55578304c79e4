# Setting up an authenticator app.

authenticator-title = Configurer une application d'authentification
authenticator-required = Votre compte exige un code d'une application d'authentification à chaque connexion. Configurez-en une pour continuer.
authenticator-step-open = Ouvrez une application d'authentification sur votre téléphone (Microsoft Authenticator, Google Authenticator ou toute autre) et ajoutez un compte.
authenticator-step-scan = Scannez ce code QR ou saisissez la clé ci-dessous.
authenticator-qr = Code QR de votre clé d'authentification
authenticator-key = Clé :
authenticator-code-label = Code affiché par l'application
authenticator-code-wrong = Ce code est incorrect. Vérifiez que l'horloge de l'appareil est réglée automatiquement, puis saisissez le code le plus récent.
authenticator-recovery-title = Vos codes de récupération
authenticator-recovery-lead = Si vous perdez votre téléphone, chacun de ces codes vous permet de vous connecter une fois à la place d'un code. Enregistrez-les maintenant (imprimez-les ou conservez-les dans un gestionnaire de mots de passe) : ils ne seront plus affichés.
authenticator-continue = Je les ai enregistrés — continuer
authenticator-added-title = Application d'authentification ajoutée
authenticator-added-body = Conservez vos codes de récupération en lieu sûr.
