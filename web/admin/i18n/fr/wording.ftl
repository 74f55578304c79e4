# Les mots de l'organisation pour les messages que Latchkey envoie.

# Same as English.
wording-nav = Messages
# Same as English.
wording-title = Messages
wording-lead = Modifiez les mots des e-mails, SMS, appels et notifications que Latchkey envoie. Chaque langue a ses propres mots ; les messages que vous n'avez pas modifiés utilisent ceux de Latchkey.
wording-language = Langue des messages
wording-problems-note = Les messages d'erreur affichés par le portail et la console ne sont pas listés : ils utilisent toujours les mots de Latchkey.
wording-loading = Chargement des messages…
wording-group-emails = E-mails
wording-group-emails-hint = Parties des e-mails qui portent un code de vérification ou une invitation.
wording-group-texts = SMS
wording-group-texts-hint = Le SMS qui porte un code de vérification. Restez bref : un SMS contient environ 160 caractères (70 en japonais ou en arabe).
wording-group-calls = Appels
wording-group-calls-hint = Ce qu'un appel dit avant de lire un code de vérification.
wording-group-notices = Notifications
wording-group-notices-hint = Notifications de sécurité, envoyées par e-mail et par SMS : chacune a un objet et une phrase.
wording-default = Mots de Latchkey
wording-override = Vos mots
wording-no-override = Aucun : les mots de Latchkey sont utilisés.
wording-edit = Modifier
wording-text = Mots de ce message
wording-placeholders = Espaces réservés utilisables : { $names }. Les formes du pluriel s'écrivent comme dans les mots de Latchkey.
wording-no-placeholders = Ce message n'a pas d'espace réservé.
wording-preview = Aperçu
wording-save = Enregistrer les mots
wording-saved-body = Les messages dans cette langue utilisent désormais vos mots.
wording-reset = Rétablir le texte par défaut
wording-reset-warning = Vos mots pour ce message sont supprimés, et ceux de Latchkey sont de nouveau utilisés.
wording-reset-confirm = Oui, rétablir
wording-restored-title = Texte par défaut rétabli
wording-restored-body = Ce message utilise de nouveau les mots de Latchkey.
# Same as English.
wording-sample-org = Contoso
wording-sample-choice = « J'ai une invitation »
wording-sample-roles = administrateur, support
wording-sample-when = 14/03/2025 09:30 UTC
