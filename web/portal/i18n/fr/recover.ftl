# "Can't access your account?": reset or unlock.

recover-reset-title = Réinitialiser votre mot de passe
recover-unlock-title = Déverrouiller votre compte
recover-progress = Étape { $step } sur { $total } : { $name }
recover-step-username = Qui êtes-vous ?
recover-step-methods = Choisissez comment recevoir un code
recover-step-code = Saisissez le code
recover-step-questions = Répondez à vos questions de sécurité
recover-step-new-password = Choisissez un nouveau mot de passe
recover-reset-lead = Mot de passe oublié ? Prouvez votre identité et choisissez-en un nouveau.
recover-unlock-lead = Bloqué après trop de tentatives ? Prouvez votre identité et le verrouillage sera levé. Votre mot de passe reste le même.
recover-enter-username = Saisissez votre nom d'utilisateur.
recover-looking-up = Recherche de votre compte…
recover-next = Suivant
recover-back = Retour à la connexion
recover-method-email = Envoyer un code par e-mail à { $hint }
recover-method-sms = Envoyer un code par SMS au { $hint }
recover-method-questions = { $count ->
    [one] Répondre à { $count } question de sécurité
   *[other] Répondre à { $count } questions de sécurité
}
recover-method-voice = Appeler le { $hint } et lire un code à voix haute
recover-method-authenticator = Saisir un code de votre application d'authentification
recover-method-done = { $method } (fait)
recover-need-ways = Pour votre sécurité, vous devez prouver votre identité de { $required } façons. { $remaining ->
    [one] Encore une.
   *[other] Encore { $remaining }.
}
recover-need-one = Nous allons vous envoyer un code à usage unique.
recover-where-title = Où devons-nous envoyer votre code ?
recover-choose-title = Choisissez une méthode
recover-choose-body = Indiquez où nous devons envoyer votre code.
recover-sending = Envoi…
recover-send-code = Envoyer le code
recover-unrecognised = Vous ne reconnaissez pas ces coordonnées ? Elles ne sont peut-être plus à jour.
recover-sent-sms = Nous avons envoyé un code par SMS au { $hint }.
recover-sent-voice = Nous appelons le { $hint } ; le code sera lu deux fois.
recover-sent-app = Saisissez le code à 6 chiffres que votre application d'authentification affiche maintenant, ou l'un de vos codes de récupération.
recover-sent-email = Nous avons envoyé un code par e-mail à { $hint }. Cela peut prendre une minute ; vérifiez aussi votre dossier de courrier indésirable.
recover-code-until = Le code ne fonctionne qu'une fois et jusqu'à { $time }.
# Same as English.
recover-code = Code
recover-enter-code = Saisissez le code reçu dans le message.
recover-code-wrong = Ce code est incorrect.
recover-code-wrong-left = Ce code est incorrect. { $count ->
    [0] Plus aucun essai pour ce code : envoyez-en un nouveau.
    [one] Il reste { $count } essai.
   *[other] Il reste { $count } essais.
}
recover-new-code-title = Nouveau code envoyé
recover-new-code-body = Utilisez le code le plus récent ; les précédents ne fonctionnent plus.
recover-send-new = Envoyer un nouveau code
recover-try-another = Essayer une autre méthode
recover-questions-lead = Répondez aux questions que vous avez choisies lors de la configuration de la réinitialisation du mot de passe. Les majuscules et les espaces n'ont pas d'importance.
recover-answers-wrong-title = Au moins une réponse est incorrecte
recover-answers-wrong-body = { $count ->
    [one] Vérifiez-les et réessayez. Encore { $count } essai incorrect et les réinitialisations seront suspendues pour votre compte.
   *[other] Vérifiez-les et réessayez. Encore { $count } essais incorrects et les réinitialisations seront suspendues pour votre compte.
}
recover-saving = Enregistrement…
recover-set-new = Définir le nouveau mot de passe
recover-reset-done-title = Votre mot de passe a été réinitialisé
recover-reset-done-body = Votre compte est également déverrouillé et toutes les autres sessions ont été déconnectées. Nous vous avons prévenu par e-mail et par SMS, vous serez donc averti si ce n'était pas vous.
recover-unlock-done-title = Votre compte est déverrouillé
recover-unlock-done-body = Votre mot de passe n'a pas changé. Connectez-vous avec comme d'habitude.
recover-start-again = Recommencer

## A passkey as a way to prove it's you: the browser asks for it, nothing is sent.

recover-step-how = Choisissez comment prouver votre identité
recover-step-passkey = Utilisez votre clé d'accès
recover-method-passkey = Clé d'accès : votre empreinte, votre visage ou le verrouillage de votre écran
recover-how-title = Comment voulez-vous prouver votre identité ?
recover-need-passkey = Prouvez votre identité avec la clé d'accès que vous avez ajoutée à votre compte.
recover-passkey-enough = Une clé d'accès suffit à elle seule.
recover-passkey-unsupported = Ce navigateur ne peut pas utiliser de clés d'accès : choisissez une autre méthode, ou ouvrez cette page dans un navigateur qui le peut.
recover-passkey-only-unsupported = Ce navigateur ne peut pas utiliser de clés d'accès, et une clé d'accès est le seul moyen de prouver votre identité. Ouvrez cette page sur un appareil ou dans un navigateur capable d'utiliser votre clé d'accès.
recover-passkey-lead = Votre navigateur vous demande la clé d'accès que vous avez ajoutée à ce compte : votre empreinte, votre visage ou le verrouillage de votre écran, ou votre téléphone.
recover-passkey-cancelled = Aucune clé d'accès n'a été utilisée : la demande a été fermée, ou cet appareil n'en a aucune pour votre compte. Vous pouvez réessayer.
recover-passkey-browser = Ce navigateur n'a pas pu utiliser de clé d'accès ici. Vous pouvez réessayer, ou utiliser un autre appareil.
recover-passkey-again = Réessayer
recover-passkey-refused-title = Cette clé d'accès n'a pas été acceptée
recover-passkey-refused-body = Utilisez une clé d'accès que vous avez ajoutée à ce compte.
recover-passkey-refused-left = Utilisez une clé d'accès que vous avez ajoutée à ce compte. { $count ->
    [0] Plus aucun essai : essayez une autre méthode, ou recommencez.
    [one] Il reste { $count } essai.
   *[other] Il reste { $count } essais.
}
recover-passkey-expired-title = La demande de clé d'accès a expiré
recover-passkey-expired-body = Elle ne dure que quelques minutes. Réessayez pour en obtenir une nouvelle.
