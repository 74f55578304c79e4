# "Set up password reset".

register-title = Configurer la réinitialisation du mot de passe
register-lead = Si vous oubliez votre mot de passe ou si votre compte est verrouillé, ces méthodes vous permettent de prouver votre identité et de retrouver l'accès par vous-même.
register-back = Retour à votre compte
register-method-email = E-mail
register-method-sms = Téléphone mobile
register-method-voice = Appel téléphonique
register-method-questions = Questions de sécurité
register-method-authenticator = Application d'authentification
register-method-line = { $method } : { $hint }
register-questions-answered = { $count ->
    [one] Questions de sécurité : { $count } réponse
   *[other] Questions de sécurité : { $count } réponses
}
register-complete = Tout est prêt.
register-incomplete = { $count ->
    [one] Ajoutez encore { $count } moyen de prouver votre identité.
   *[other] Ajoutez encore { $count } moyens de prouver votre identité.
}
register-confirm-due = Vérifiez que ces informations sont toujours exactes.
register-not-in-scope = La réinitialisation en libre-service n'est pas activée pour votre compte. Adressez-vous à votre administrateur.
register-progress-enough = { $registered ->
    [one] { $registered } moyen enregistré ; une réinitialisation en demande { $required }.
   *[other] { $registered } moyens enregistrés ; une réinitialisation en demande { $required }.
}
register-progress-short = { $registered } sur les { $required } qu'exige une réinitialisation sont enregistrés.
register-set-by-org = (défini par votre organisation)
register-remove = Supprimer
register-remove-label = Supprimer { $method }
register-remove-first-title = Ajoutez d'abord une autre méthode
register-remove-first-body = { $count ->
    [one] Vous avez besoin d'au moins { $count } moyen de prouver votre identité.
   *[other] Vous avez besoin d'au moins { $count } moyens de prouver votre identité.
}
register-authenticator-hint = Un code provenant d'une application sur votre téléphone : rien n'est envoyé et cela fonctionne hors ligne.
register-authenticator-link = Configurer une application d'authentification
register-email-title = Adresse e-mail secondaire
register-email-label = Adresse e-mail
register-email-hint = Une adresse personnelle, pas celle du travail.
register-email-added = Adresse e-mail secondaire ajoutée
register-mobile-title = Téléphone mobile
register-mobile-label = Numéro de mobile
register-mobile-hint = Avec l'indicatif du pays, par ex. +14255550123.
register-mobile-added = Téléphone mobile ajouté
register-added-body = Vous pouvez maintenant l'utiliser pour réinitialiser votre mot de passe.
register-sending = Envoi…
register-send = Envoyer un code
register-replace-send = Remplacer et envoyer un code
register-sent-to = Nous avons envoyé un code à { $hint }. Saisissez-le pour terminer.
# Same as English.
register-code = Code
register-code-wrong = { $count ->
    [one] Ce code est incorrect. Il reste { $count } essai.
   *[other] Ce code est incorrect. Il reste { $count } essais.
}
register-questions-hint = Choisissez des questions dont vous seul connaissez les réponses et que vous n'oublierez pas. Les majuscules et les espaces n'ont pas d'importance.
# Same as English.
register-question = Question { $number }
register-answer = Réponse { $number }
register-answer-placeholder = Votre réponse
register-saving = Enregistrement…
register-save-questions = Enregistrer les questions
register-questions-saved-title = Questions de sécurité enregistrées
register-questions-saved-body = Vous pouvez maintenant les utiliser pour réinitialiser votre mot de passe.
register-still-right = Ces informations sont-elles toujours exactes ? Les tenir à jour vous permet de retrouver l'accès.
register-looks-good = Oui, tout est correct
register-confirmed-title = Merci
register-confirmed-body = Vos méthodes de réinitialisation du mot de passe sont confirmées.
register-reauth-title = Confirmez votre identité
register-reauth-body = Modifier la façon dont vous prouvez votre identité nécessite votre mot de passe, afin que personne d'autre ne puisse ajouter sa propre adresse e-mail ou son propre téléphone à votre compte.
register-reauth-password = Votre mot de passe
register-reauth-wrong = Ce mot de passe est incorrect.
register-reauth-confirm = Confirmer
register-reauth-cancel = Annuler
register-thanks-title = Merci, c'est bien vous
register-thanks-body = Refaites maintenant votre modification. Pendant les prochaines minutes, on ne vous le redemandera pas.
