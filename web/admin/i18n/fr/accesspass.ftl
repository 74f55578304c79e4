accesspass-title = Passe d'accès temporaire
accesspass-lead = Un passe avec lequel l'utilisateur se connecte pour configurer une clé d'accès et choisir son propre mot de passe. Vous ne voyez jamais aucun de ses mots de passe.
accesspass-none = Cet utilisateur n'a pas de passe.

accesspass-scheduled = Programmé
accesspass-live = Actif
accesspass-used = Utilisé
accesspass-expired = Expiré
accesspass-one-sign-in = Une seule connexion.
accesspass-many-sign-ins = Autant de connexions que nécessaire jusque-là.
accesspass-status-scheduled = Valable du { $from } au { $until }. { $uses }
accesspass-status-live = Valable jusqu'au { $until }. { $uses }
accesspass-status-live-used = Valable jusqu'au { $until }. { $uses } Première utilisation le { $used }.
accesspass-status-used = Utilisé pour se connecter le { $used } : il n'est plus valable.
accesspass-status-expired = N'est plus valable depuis le { $until }.
accesspass-issued-by = Émis par { $by } le { $at }

accesspass-issue = Émettre un passe d'accès temporaire
accesspass-revoke = Révoquer le passe
accesspass-revoke-warning = Le passe cesse de fonctionner immédiatement, et toute session qu'il a ouverte prend fin. L'utilisateur est prévenu.
accesspass-revoke-confirm = Oui, le révoquer
accesspass-revoked = Le passe a été révoqué ; l'utilisateur a été prévenu.
accesspass-nothing-title = Rien à révoquer
accesspass-nothing = Le passe n'est plus valable : il a été utilisé, il a expiré ou il a déjà été révoqué.
accesspass-multi-use = Permettre plusieurs connexions jusqu'à son expiration
accesspass-multi-use-hint = Décoché, il ne sert qu'à une connexion, ce qui est plus sûr.
accesspass-lifetime = Valable pendant
accesspass-hour = 1 heure
accesspass-hours-8 = 8 heures
accesspass-day = 1 jour
accesspass-days-7 = 7 jours
accesspass-custom = Une autre durée
# Same as English.
accesspass-minutes = Minutes
accesspass-custom-range = De 10 à 43 200 minutes (30 jours).
accesspass-start = Début
accesspass-start-hint = Laissez vide pour commencer maintenant ; au plus 30 jours à l'avance, dans votre propre fuseau horaire.
accesspass-start-invalid = Saisissez une date et une heure, ou laissez vide.
accesspass-start-too-late = Choisissez un début dans les 30 jours au plus.
accesspass-length = Caractères
accesspass-length-range = De 8 à 48 ; 12 suffisent pour un passe qui expire.
accesspass-replaces = Le passe que cet utilisateur détient cessera de fonctionner dès que le nouveau sera émis.
accesspass-issue-confirm = Émettre le passe
accesspass-issued-done = Un passe d'accès temporaire a été émis. L'utilisateur a été prévenu sur tous ses canaux (jamais avec le passe lui-même).

accesspass-issued-title = Le passe d'accès temporaire
accesspass-valid-once = Valable jusqu'au { $until }, pour une seule connexion.
accesspass-valid-many = Valable jusqu'au { $until }, pour autant de connexions que nécessaire.
accesspass-valid-from-once = Valable du { $from } au { $until }, pour une seule connexion.
accesspass-valid-from-many = Valable du { $from } au { $until }, pour autant de connexions que nécessaire.
accesspass-issued-warning = Affiché uniquement maintenant : il n'est pas enregistré et ne pourra plus être affiché. Transmettez-le à l'utilisateur par un canal de confiance, jamais par e-mail. Il s'en sert sur le portail (« Vous avez un passe d'accès temporaire ? ») pour configurer une clé d'accès ou son propre mot de passe.
accesspass-given = Je l'ai transmis à l'utilisateur

accesspass-temporary = Mot de passe temporaire
accesspass-temporary-hint = Désactivé sauf si la politique de réinitialisation l'autorise : vous verriez un mot de passe valable pour ce compte. Un passe d'accès temporaire ne vous en montre jamais.
accesspass-temporary-off-title = Les mots de passe temporaires sont désactivés
accesspass-temporary-off = La politique de réinitialisation de votre organisation n'autorise pas les mots de passe temporaires. Émettez plutôt un passe d'accès temporaire.
