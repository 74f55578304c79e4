# The password and lockout rules, the breach check, and the organisation's
# own security questions.

passwords-title = Règles de mot de passe et de verrouillage
passwords-lead = Pour tout le monde dans votre organisation. Les mots de passe existants sont vérifiés selon les nouvelles règles à leur prochain changement.
passwords-number-error = Saisissez un nombre entier dans la plage indiquée.
passwords-saved = Les nouvelles règles s’appliquent à partir de la prochaine connexion ou du prochain changement de mot de passe de chaque utilisateur.
passwords-save-anyway = Enregistrer quand même ({ $count } à changer)
passwords-expires-title = Des mots de passe expireraient immédiatement
passwords-expires-what = Avec cette durée maximale, des utilisateurs devront changer leur mot de passe à leur prochaine connexion : { $count }.
passwords-impact = Utilisateurs dont le mot de passe a dépassé sa durée maximale : { $before } sur { $users } actuellement, { $after } avec ces règles. { $recent }
passwords-impact-then = une vérification appliquée refuse de tels mots de passe
passwords-recent-none = Aucun nouveau mot de passe n’a été vérifié dans les fuites de données ces { $days } derniers jours.
passwords-recent = { $checked ->
    [one] Ces { $days } derniers jours, nouveau mot de passe trouvé dans des fuites de données connues : { $breached } sur { $checked } ; { $then }.
   *[other] Ces { $days } derniers jours, nouveaux mots de passe trouvés dans des fuites de données connues : { $breached } sur { $checked } ; { $then }.
}
passwords-then-refused = ils ont été refusés
passwords-then-accepted = ils ont été acceptés, car la vérification est en mode audit
passwords-then-off = la vérification est désactivée
passwords-status-corpus = Les nouveaux mots de passe sont recherchés parmi les { $shipped } mots de passe divulgués les plus courants fournis avec Latchkey et dans un corpus importé de { $entries } empreintes ({ $source }, importé le { $date }). { $recent }
passwords-status-no-corpus = Les nouveaux mots de passe sont recherchés parmi les { $shipped } mots de passe divulgués les plus courants fournis avec Latchkey. Aucun corpus complet n’est importé (voir le README : latchkey-breach-import). { $recent }
passwords-status-loading = Lecture de l’état de la vérification des fuites…

## The form.

passwords-passwords = Mots de passe
passwords-min-length = Longueur minimale
passwords-min-length-hint = De 8 à 64 caractères ; 12 ou plus est recommandé.
passwords-history = Mots de passe mémorisés
passwords-history-hint = Un changement ne peut pas réutiliser ce nombre de mots de passe récents (0 à 24).
passwords-max-age = Durée maximale en jours
passwords-max-age-hint = Vide : les mots de passe n’expirent jamais (recommandé). Sinon, de 1 à 3650.
passwords-reminder-days = Rappeler avant l’expiration (jours)
passwords-reminder-days-hint = Les rappels sont envoyés par e-mail, dans la langue de chaque utilisateur, avec un lien vers la page de changement ; laissez vide pour n’en envoyer aucun.
passwords-reminder-days-error = Saisissez au plus 10 nombres entiers de 1 à 90, séparés par des virgules.
passwords-reminder-sms = Également par SMS
passwords-banned = Mots interdits
passwords-banned-hint = Un par ligne, de 4 à 16 caractères : les noms de votre entreprise, vos produits, vos lieux. Comparés comme les mots de passe courants : sans tenir compte de la casse, des caractères qui se ressemblent ni d’une faute de frappe.
passwords-breached = Mots de passe divulgués
passwords-breached-hint = Les mots de passe trouvés dans des fuites de données connues sont les premiers qu’un attaquant essaie. Latchkey recherche chaque nouveau mot de passe sans l’envoyer nulle part.
passwords-breached-mode = Nouveaux mots de passe trouvés dans des fuites
passwords-mode-enforce = Les refuser (recommandé)
passwords-mode-audit = Les accepter et consigner chacun (audit uniquement)
passwords-mode-off = Ne pas vérifier
passwords-at-sign-in = Mots de passe trouvés dans des fuites à la connexion
passwords-at-sign-in-hint = Vérifiés à chaque connexion réussie : si un changement est exigé, la session ne permet rien d’autre, et le titulaire du mot de passe en est informé.
passwords-at-sign-in-enforce = Exiger un changement et prévenir le titulaire (recommandé)
passwords-at-sign-in-audit = Autoriser la connexion et consigner chacune (audit uniquement)
passwords-min-count = Refuser les mots de passe présents dans le corpus importé
passwords-min-count-1 = Au moins une fois
passwords-min-count-10 = Au moins 10 fois
passwords-min-count-100 = Au moins 100 fois
passwords-min-count-1000 = Au moins 1 000 fois
passwords-min-count-10000 = Au moins 10 000 fois
passwords-lockout = Verrouillage à la connexion
passwords-lockout-threshold = Échecs de connexion avant un verrouillage
passwords-lockout-threshold-hint = De 1 à 100.
passwords-lockout-first = Premier verrouillage, en secondes
passwords-lockout-first-hint = Chaque verrouillage suivant double cette durée.
passwords-lockout-max = Verrouillage le plus long, en secondes
passwords-lockout-max-hint = Au plus 604800 (une semaine).
passwords-check-effect = Vérifier l’effet
passwords-save = Enregistrer
passwords-saving = Enregistrement…

## The organisation's own security questions.

passwords-questions-title = Vos propres questions de sécurité
passwords-questions-lead = Proposées en plus des dix questions prédéfinies, telles qu’écrites, dans toutes les langues. Jusqu’à 20, de 10 à 200 caractères chacune. Reformuler une question conserve les réponses que les utilisateurs y ont données ; en supprimer une les annule.
passwords-questions-saved = Les utilisateurs voient ces questions lorsqu’ils enregistrent leurs questions de sécurité.
passwords-strands-title = Des utilisateurs perdraient la réinitialisation en libre-service
passwords-strands-what = Des utilisateurs ont répondu à une question que vous avez supprimée et n’auraient plus assez de réponses pour réinitialiser leur mot de passe (il leur serait demandé de s’inscrire à nouveau) : { $count }.
passwords-questions-save-anyway = Enregistrer quand même ({ $count } à réinscrire)
# Same as English.
passwords-question = Question { $number }
passwords-question-remove-label = Supprimer la question : { $question }
passwords-question-remove = Supprimer
passwords-question-add = Ajouter une question
passwords-questions-save = Enregistrer les questions
