# La page d'un utilisateur dans la console.

user-all-users = ← Tous les utilisateurs
user-loading = Chargement de l'utilisateur…

## Badges.

user-badge-disabled = Désactivé
user-badge-locked = Verrouillé
user-badge-must-change = Doit changer de mot de passe
# Le titulaire a signalé une action qu'il n'a pas faite (« Ce n'était pas moi ») : le libre-service est gelé.
user-badge-locked-down = Blocage de sécurité

## Le signalement du titulaire lui-même (« Ce n'était pas moi » dans un e-mail
## de sécurité ou dans son activité récente) : toutes les sessions ont pris fin,
## et la réinitialisation et l'enregistrement sont gelés jusqu'à ce qu'un
## administrateur lève le blocage.

user-lockdown-title = Signalé par le titulaire
user-lockdown-what = Ce qu'il dit ne pas avoir fait : { $what }
user-lockdown-what-at = Ce qu'il dit ne pas avoir fait : { $what } ({ $at })
user-lockdown-from-link = Signalé le { $at }, depuis le lien d'un avis de sécurité.
user-lockdown-from-activity = Signalé le { $at }, depuis son activité récente.
user-lockdown-from-other = Signalé le { $at }.
user-lockdown-effect = Toutes les sessions ont pris fin. La réinitialisation du mot de passe en libre-service et l'enregistrement sont gelés jusqu'à la levée du blocage.
user-lockdown-help = Vérifiez son identité avant de l'aider : réinitialisez le mot de passe par une réinitialisation vérifiée par le support, puis levez le blocage.
user-lockdown-lift = Lever le blocage
user-lockdown-lift-warning = La réinitialisation du mot de passe en libre-service et l'enregistrement fonctionnent à nouveau pour cet utilisateur. Ne levez le blocage qu'après avoir vérifié son identité.
user-lockdown-lift-confirm = Oui, le lever
user-lockdown-lift-done = Le blocage est levé : le libre-service fonctionne à nouveau pour cet utilisateur.

## Actions.

# Same as English.
user-actions = Actions
user-own-account = C'est votre propre compte : changez votre mot de passe et vos méthodes dans le portail libre-service.
user-privileged = Seul un administrateur peut agir sur un compte doté d'un rôle d'administration.
user-deleted-title = Utilisateur supprimé
user-done-title = Terminé
user-reset-warning = Latchkey crée un mot de passe temporaire, qui ne vous est montré qu'une fois. Il est valable 24 heures et sert uniquement à choisir un nouveau mot de passe ; les sessions de l'utilisateur prennent fin maintenant.
user-reset-confirm = Créer un mot de passe temporaire
user-reset-done = Mot de passe temporaire créé. L'utilisateur a été informé de la réinitialisation de son mot de passe.
user-invite = Envoyer une invitation de réinitialisation par e-mail
user-invite-done = Une invitation à définir un nouveau mot de passe a été envoyée à l'utilisateur par e-mail.
user-unlock = Déverrouiller
user-unlock-done = Le compte est déverrouillé ; l'utilisateur peut de nouveau se connecter et réinitialiser son mot de passe.
user-locked-now = Verrouillé en ce moment.
user-not-locked-now = Pas verrouillé en ce moment ; lève aussi les blocages de réinitialisation.
user-require-change = Exiger un changement de mot de passe
user-require-change-done = L'utilisateur devra changer son mot de passe à sa prochaine connexion.
user-end-sessions = Fermer toutes les sessions
user-end-sessions-warning = L'utilisateur est déconnecté partout, immédiatement.
user-end-sessions-confirm = Oui, les fermer
user-end-sessions-done = Toutes les sessions de cet utilisateur sont fermées.
user-clear-methods = Exiger une nouvelle inscription
user-clear-methods-warning = L'e-mail, le téléphone et les questions de sécurité enregistrés par l'utilisateur sont supprimés ; il les configurera de nouveau à sa prochaine connexion. Les coordonnées issues de l'annuaire sont conservées.
user-clear-methods-confirm = Oui, les supprimer
user-clear-methods-done = Les méthodes propres à l'utilisateur ont été supprimées ; il se réinscrira à sa prochaine connexion.
user-let-expire = Laisser le mot de passe expirer
user-expires-done = Le mot de passe expire désormais selon les règles de mot de passe.
user-never-expires = Le mot de passe n'expire jamais
user-never-expires-done = Le mot de passe n'expire plus.
user-disable = Désactiver le compte
user-disable-warning = L'utilisateur ne peut plus se connecter ni réinitialiser son mot de passe, et toutes ses sessions prennent fin maintenant.
user-disable-confirm = Oui, désactiver
user-disable-done = Le compte est désactivé et ses sessions sont fermées.
user-enable = Activer le compte
user-enable-done = Le compte est de nouveau activé.
user-delete = Supprimer l'utilisateur
user-delete-warning = L'utilisateur est supprimé définitivement ; son historique d'audit est conservé.
user-delete-confirm = Oui, supprimer
user-delete-done = L'utilisateur a été supprimé ; son historique d'audit est conservé.

## Mot de passe temporaire.

user-temporary-title = Mot de passe temporaire
user-temporary-warning = Affiché uniquement maintenant : il n'est pas enregistré et ne pourra plus être affiché. Transmettez-le à l'utilisateur par un canal de confiance, jamais par e-mail. Il est valable jusqu'au { $expires }, et uniquement pour choisir un nouveau mot de passe à la prochaine connexion.
user-copy = Copier
user-copied = Copié
user-given = Je l'ai transmis à l'utilisateur

## Vérification de l'appelant.

user-verify-title = Vérifiez d'abord l'appelant
user-verify-lead = Avant que le support ne réinitialise ou ne déverrouille, l'utilisateur prouve son identité : envoyez un code à l'une de ses propres méthodes et saisissez le code qu'il vous lit.
user-verify-no-method = Cet utilisateur n'a ni e-mail ni téléphone auquel envoyer un code. Un administrateur doit traiter cette demande.
user-verify-email = Envoyer un code par e-mail
user-verify-text = Envoyer un code par SMS
user-verify-call = Appeler avec un code
user-verify-sent = Code envoyé à { $to }. Demandez à l'appelant de vous le lire ; il est valable jusqu'au { $until }.
user-verify-code = Code lu par l'appelant
user-verify-check = Vérifier le code

## Informations.

user-details = Détails
user-emails = E-mails
user-phones = Téléphones
user-groups = Groupes
user-reset-methods = Méthodes de réinitialisation
user-methods-none = Aucune pour l'instant.
user-method-email = E-mail
user-method-sms = SMS
user-method-voice = Appel vocal
user-method-questions = Questions de sécurité
user-method-authenticator = Application d'authentification
user-method-from-directory = issu de l'annuaire
user-method-proven = confirmé par l'utilisateur le { $at }
user-method-registered = enregistré par l'utilisateur
user-method = { $kind } : { $hint } ({ $source })
user-registration = Inscription
user-registration-summary = { $state } : { $registered ->
    [one] { $registered } méthode
   *[other] { $registered } méthodes
} ; minimum pour une réinitialisation : { $required }
user-reconfirm-by = ; à reconfirmer avant le { $at }
user-locked-out = Verrouillé
user-locked-everywhere = Partout, jusqu'au { $at }
user-locked-here = Depuis l'adresse de sa dernière connexion (trop de mots de passe erronés depuis celle-ci)
user-not-locked = Non
user-password-changed = Mot de passe changé
user-password-expires = Expiration du mot de passe
user-never = Jamais
user-temporary-password = Mot de passe temporaire
user-temporary-valid = Valable jusqu'au { $at }
user-last-sign-in = Dernière connexion
user-last-reset = Dernière réinitialisation
user-created = Créé
# Same as English.
user-invitation = Invitation
user-invitation-sent = Envoyée à { $to } ; valable jusqu'au { $until }

## Profil.

user-profile = Profil
user-display-name = Nom affiché
user-first-name = Prénom
user-last-name = Nom
user-contact-emails = E-mails de contact
user-contact-phones = Téléphones de contact
user-commas-hint = Séparez-en plusieurs par des virgules.
user-phone-hint = Format international, +33 1 23 45 67 89.
user-roles = Rôles
user-roles-hint = Chaque administrateur est informé lorsqu'un rôle est accordé ou retiré.
user-save = Enregistrer les modifications
user-saving = Enregistrement…
user-saved-title = Enregistré
user-profile-saved = Les informations de l'utilisateur sont à jour.

## Téléphone de bureau.

user-office = Téléphone de bureau
user-office-label = Poste fixe pour les appels avec code
user-office-hint = Format international, +33 1 23 45 67 89. Défini uniquement par les administrateurs.
user-office-save = Enregistrer le téléphone de bureau
user-office-remove = Supprimer
user-office-saved = Les appels avec code peuvent désormais aller au téléphone de bureau.
user-office-removed = Le téléphone de bureau a été supprimé.

## Activité récente.

user-activity = Activité récente
user-activity-none = Rien pour l'instant.
user-activity-when = Quand
user-activity-what = Quoi
user-activity-outcome = Résultat
user-activity-details = Détails
user-language = Langue
user-language-default = Celle de l'organisation
user-language-hint = Son portail, sa console et tous les messages qu'il reçoit, jusqu'à ce qu'il en choisisse une autre.

## L'annuaire sur site d'où vient un utilisateur synchronisé.

user-directory = Annuaire
user-directory-name = Annuaire
user-directory-synced = Dernière synchronisation
user-directory-locked = Verrouillé dans l'annuaire
user-directory-locked-since = Verrouillé dans l'annuaire depuis le { $at }
user-directory-password-changed = Mot de passe changé dans l'annuaire
user-directory-password-expires = Expiration du mot de passe dans l'annuaire
user-directory-protected = Compte protégé dans l'annuaire (privilégié ici)
user-directory-pass-through = Se connecte via l'annuaire
user-directory-removed = Supprimé de l'annuaire

user-passkeys = Clés d'accès
user-passkeys-none = Aucune clé d'accès.
user-passkey-dates = Ajoutée le { $added }, dernière utilisation le { $used }
user-passkey-dates-unused = Ajoutée le { $added }, jamais utilisée
user-passkey-model = Modèle d'authentificateur : { $model }
user-passkey-remove = Retirer la clé d'accès
user-passkey-remove-warning = « { $name } » ne permettra plus de se connecter à ce compte. L'utilisateur en est informé.
user-passkey-remove-confirm = Oui, la retirer
user-passkey-removed = La clé d'accès « { $name } » a été retirée ; l'utilisateur en a été informé.
