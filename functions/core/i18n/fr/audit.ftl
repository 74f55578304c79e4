### Le journal d'audit en mots : le nom de chaque action, son issue et ses
### codes de motif tels qu'on les lit (journal d'activité et rapports de la
### console, dernières colonnes du CSV).

## Le nom de chaque action, en début de phrase.

audit-action-sign-in = Connexion
audit-action-sign-out = Déconnexion
audit-action-session-ended = Session terminée
audit-action-password-change = Changement de mot de passe
audit-action-account-lockout = Compte verrouillé
audit-action-user-created = Utilisateur créé
audit-action-settings-changed = Paramètres modifiés
audit-action-reset-started = Réinitialisation commencée
audit-action-reset-code-sent = Code de réinitialisation envoyé
audit-action-reset-code-failed = Code de réinitialisation erroné
audit-action-reset-method-verified = Méthode de réinitialisation prouvée
audit-action-reset-blocked = Réinitialisation refusée
audit-action-reset-completed = Réinitialisation terminée
audit-action-account-unlocked = Compte déverrouillé
audit-action-method-code-sent = Code d'enregistrement envoyé
audit-action-method-code-failed = Code d'enregistrement erroné
audit-action-method-registered = Méthode enregistrée
audit-action-method-removed = Méthode supprimée
audit-action-methods-confirmed = Méthodes confirmées
audit-action-user-updated = Utilisateur modifié
audit-action-admin-password-reset = Mot de passe réinitialisé par un opérateur
audit-action-roles-changed = Rôles modifiés
audit-action-user-deleted = Utilisateur supprimé
audit-action-invitation-sent = Invitation envoyée
audit-action-invitation-accepted = Invitation utilisée
audit-action-helpdesk-check = Vérification d'identité par le support
audit-action-group-created = Groupe créé
audit-action-group-updated = Groupe modifié
audit-action-group-renamed = Groupe renommé
audit-action-group-deleted = Groupe supprimé
audit-action-group-member-added = Ajouté à un groupe
audit-action-group-member-removed = Retiré d'un groupe
audit-action-breached-password-audited = Mot de passe compromis accepté (audit seulement)
audit-action-agent-enrolment-issued = Jeton d'inscription d'agent émis
audit-action-agent-enrolled = Agent inscrit
audit-action-agent-keys-rotated = Clés de l'agent remplacées
audit-action-agent-revoked = Agent révoqué
audit-action-directory-synced = Annuaire synchronisé
audit-action-client-created = Client d'API créé
audit-action-client-secret-rotated = Secret du client d'API renouvelé
audit-action-client-revoked = Client d'API révoqué
audit-action-client-token-refused = Jeton du client d'API refusé
audit-action-webhook-created = Webhook abonné
audit-action-webhook-changed = Webhook modifié
audit-action-webhook-secret-rotated = Secret de signature du webhook renouvelé
audit-action-webhook-deleted = Webhook supprimé
audit-action-webhook-paused = Webhook mis en pause après une journée d'échecs
audit-action-preference-changed = Préférence modifiée

## L'issue d'un événement, en un mot.

audit-outcome-success = Réussi
audit-outcome-failure = Échoué
audit-outcome-locked = Verrouillé
audit-outcome-blocked = Bloqué

## Ce que dit chaque code de motif, dans une liste.

audit-reason-account-disabled = le compte est désactivé
audit-reason-account-locked = le compte a été verrouillé
audit-reason-administrator = par un administrateur
audit-reason-answers-invalid = réponses erronées
audit-reason-audit-only = accepté, car la vérification des fuites ne fait qu'enregistrer
audit-reason-authenticator-code-invalid = un code d'authentificateur erroné
audit-reason-passkey = avec une clé d'accès
audit-reason-passkey-invalid = une clé d'accès refusée
audit-reason-passkey-model-not-allowed = un modèle d'authentificateur que l'organisation n'accepte pas
audit-reason-passkey-renamed = une clé d'accès renommée
audit-reason-access-pass = avec un passe d'accès temporaire
audit-reason-access-pass-invalid = un passe d'accès temporaire erroné, pas encore valide, déjà utilisé ou expiré
audit-reason-one-time = valable pour une seule connexion
audit-reason-multi-use = valable pour plusieurs connexions
audit-reason-minutes = durée de validité en minutes
audit-reason-replaced = remplace le précédent
audit-reason-revoked = révoqué
audit-reason-banned = un mot interdit
audit-reason-breached = trouvé dans des fuites connues
audit-reason-code-expired = le code avait expiré
audit-reason-code-invalid = un code erroné
audit-reason-code-sent = un code a été envoyé
audit-reason-corpus = dans le corpus des fuites
audit-reason-custom-banned = un des mots interdits de l'organisation
audit-reason-directory-complexity = les règles de complexité de l'annuaire
audit-reason-directory-refused = l'annuaire l'a refusé
audit-reason-directory-unavailable = l'annuaire était injoignable
audit-reason-failed-proofs = trop de preuves échouées
audit-reason-failed-proofs-per-day = trop de preuves échouées aujourd'hui
audit-reason-flow-send-limit = trop de codes dans une même réinitialisation
audit-reason-helpdesk = par le support
audit-reason-import = par une importation
audit-reason-in-history = un mot de passe déjà utilisé
audit-reason-invalid-scope = une portée que le client ne détient pas
audit-reason-max-length = trop long
audit-reason-min-length = trop court
audit-reason-named-by-a-user-edit = cité dans la modification d'un utilisateur
audit-reason-no-invitation = aucune invitation n'était en attente
audit-reason-no-password = aucun mot de passe n'était défini
audit-reason-not-registered = non enregistré
audit-reason-out-of-scope = pas autorisé à réinitialiser
audit-reason-personal = contient le nom de la personne
audit-reason-phone-cap = le plafond de dépenses téléphoniques
audit-reason-recovery-code = avec un code de récupération
audit-reason-refresh-reused = un jeton d'actualisation déjà utilisé est revenu
audit-reason-second-factor-required = un second facteur était nécessaire
audit-reason-self-service = par la personne elle-même
audit-reason-send-failed = le message n'a pas pu être envoyé
audit-reason-send-limit = trop de codes envoyés
audit-reason-sessions-ended = toutes les sessions ont été fermées
audit-reason-temporary-password = avec un mot de passe temporaire
audit-reason-temporary-password-expired = le mot de passe temporaire avait expiré
audit-reason-too-many-failures = trop d'échecs
audit-reason-unknown-client = un client d'API inconnu
audit-reason-unknown-user = utilisateur inconnu
audit-reason-unlock = pour déverrouiller
audit-reason-verified = après vérification de l'identité
audit-reason-wrong-password = un mot de passe erroné
audit-reason-wrong-secret = un secret client erroné

# Un motif suivi de son détail.
audit-reason-detail = { $reason } : { $detail }
audit-action-breached-password-found = Mot de passe compromis détecté à la connexion
audit-action-expiry-reminder-sent = Rappel d'expiration du mot de passe envoyé
audit-action-scheduled-run = Exécution planifiée
audit-action-account-reported = Compte signalé par son titulaire
audit-action-lockdown-lifted = Blocage de sécurité levé
audit-reason-account-locked-down = le compte est sous blocage de sécurité à la demande de son titulaire
audit-reason-activity = depuis l'activité récente
audit-reason-notice-link = depuis le lien d'un avis de sécurité
audit-reason-reported = signalé
audit-action-campaign-started = Campagne d'enregistrement lancée
audit-action-campaign-ended = Campagne d'enregistrement terminée
audit-action-campaign-invitation-sent = Invité à s'enregistrer
audit-action-registration-snoozed = Enregistrement reporté
audit-action-access-pass-issued = Passe d'accès temporaire émis
audit-action-access-pass-used = Passe d'accès temporaire utilisé
audit-action-access-pass-revoked = Passe d'accès temporaire révoqué
audit-action-access-pass-expired = Passe d'accès temporaire expiré sans avoir servi
audit-reason-operator = l'exploitant, avec les identifiants propres au déploiement
