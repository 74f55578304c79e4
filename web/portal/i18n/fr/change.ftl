# Changing the password while signed in.

change-title = Changer votre mot de passe
change-must = Votre organisation vous demande de choisir un nouveau mot de passe avant de continuer.
change-current = Mot de passe actuel
change-current-wrong = Votre mot de passe actuel est incorrect.
change-submit = Changer le mot de passe
change-submitting = Modification…
change-cancel = Annuler
change-done-title = Mot de passe changé
change-done-sign-in = Connectez-vous avec votre nouveau mot de passe pour continuer.
change-done-body = Utilisez désormais votre nouveau mot de passe partout où vous vous connectez avec ce compte. Vos autres sessions ont été déconnectées.
