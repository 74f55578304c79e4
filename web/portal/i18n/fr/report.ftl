# « Ce n'était pas moi » : chaque e-mail de sécurité se termine par un lien
# qui bloque le compte (toutes les sessions prennent fin ; la réinitialisation
# du mot de passe et l'enregistrement sont gelés jusqu'à ce qu'un
# administrateur lève le blocage). La même question est posée à côté de
# chaque événement de l'activité récente du compte.

report-confirm-title = Bloquer votre compte ?
report-confirm-body = Toutes les sessions de votre compte prennent fin immédiatement. La réinitialisation du mot de passe et l'enregistrement sont gelés jusqu'à ce que le support informatique vérifie qu'il s'agit bien de vous et qu'un administrateur lève le blocage.
# Le bouton qui bloque le compte.
report-confirm = Bloquer mon compte
# Le même bouton pendant l'envoi de la demande.
report-confirming = Blocage en cours…
report-cancel = Annuler
report-done-title = Votre compte est bloqué
report-done-body = Toutes les sessions ont pris fin, et personne ne peut réinitialiser votre mot de passe ni modifier la façon dont vous prouvez votre identité tant que le blocage n'est pas levé.
report-done-next = Et maintenant : contactez le support informatique. Il vérifiera votre identité et vous aidera à choisir un nouveau mot de passe.
# Un lien déjà utilisé, expiré, modifié ou incomplet : une seule page pour tous.
report-invalid-title = Ce lien ne peut pas être utilisé
report-invalid-body = Il a peut-être déjà été utilisé, a expiré au bout de 7 jours ou est incomplet. Si vous pensez toujours que quelqu'un d'autre utilise votre compte, contactez le support informatique.
report-to-sign-in = Aller à la connexion
