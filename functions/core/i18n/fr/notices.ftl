### Avis à une personne au sujet de son propre compte.

notice-not-you = Si ce n'était pas vous, contactez immédiatement votre administrateur.
notice-contact = Contactez votre administrateur : { $url }
# Remplace notice-not-you dans un avis de sécurité : $url place le compte sous blocage de sécurité (il fonctionne une fois, pendant 7 jours).
notice-report-link = Si ce n'était pas vous, bloquez votre compte dès maintenant : { $url }

notice-password-changed-subject = Votre mot de passe { $org } a été modifié
notice-password-changed = Votre mot de passe { $org } a été modifié le { $when }.
notice-password-reset-subject = Votre mot de passe { $org } a été réinitialisé
notice-password-reset = Votre mot de passe { $org } a été réinitialisé le { $when }.
notice-account-unlocked-subject = Votre compte { $org } a été déverrouillé
notice-account-unlocked = Votre compte { $org } a été déverrouillé le { $when }.
notice-password-set-subject = Votre mot de passe { $org } a été défini
notice-password-set = Votre mot de passe { $org } a été défini le { $when }.
notice-password-reset-by-admin-subject = Votre mot de passe { $org } a été réinitialisé par votre administrateur
notice-password-reset-by-admin = Votre mot de passe { $org } a été réinitialisé par votre administrateur le { $when }.
notice-account-unlocked-by-admin-subject = Votre compte { $org } a été déverrouillé par votre administrateur
notice-account-unlocked-by-admin = Votre compte { $org } a été déverrouillé par votre administrateur le { $when }.
notice-methods-cleared-subject = Vos méthodes de connexion { $org } ont été effacées par votre administrateur
notice-methods-cleared = Vos méthodes de connexion { $org } ont été effacées par votre administrateur le { $when } : enregistrez-les à nouveau lors de votre prochaine connexion.
notice-lockout-subject = La connexion à votre compte { $org } est bloquée jusqu'au { $until }
notice-lockout = La connexion à votre compte { $org } a été bloquée le { $when } après plusieurs mots de passe erronés, jusqu'au { $until }.
notice-writeback-password-failed-subject = Le changement de votre mot de passe { $org } n'a pas atteint l'annuaire de votre organisation
notice-writeback-password-failed = Le changement de votre mot de passe { $org } du { $when } n'a pas atteint l'annuaire de votre organisation ; votre mot de passe reste inchangé.
notice-writeback-unlock-failed-subject = Le déverrouillage de votre compte { $org } n'a pas atteint l'annuaire de votre organisation
notice-writeback-unlock-failed = Le déverrouillage de votre compte { $org } du { $when } n'a pas atteint l'annuaire de votre organisation.
notice-authenticator-added-subject = Une application d'authentification a été ajoutée à votre compte { $org }
notice-authenticator-added = Une application d'authentification a été ajoutée à votre compte { $org } le { $when }.
notice-authenticator-removed-subject = L'application d'authentification de votre compte { $org } a été supprimée
notice-authenticator-removed = L'application d'authentification de votre compte { $org } a été supprimée le { $when }.
notice-recovery-code-used-subject = Un code de récupération { $org } a été utilisé (restant : { $left })
notice-recovery-code-used = Un code de récupération de votre application d'authentification { $org } a été utilisé le { $when } (restant : { $left }).
notice-email-added-subject = Une adresse e-mail secondaire a été ajoutée à votre compte { $org }
notice-email-added = Une adresse e-mail secondaire a été ajoutée à votre compte { $org } le { $when }.
notice-email-removed-subject = L'adresse e-mail secondaire de votre compte { $org } a été supprimée
notice-email-removed = L'adresse e-mail secondaire de votre compte { $org } a été supprimée le { $when }.
notice-mobile-added-subject = Un numéro de mobile a été ajouté à votre compte { $org }
notice-mobile-added = Un numéro de mobile a été ajouté à votre compte { $org } le { $when }.
notice-mobile-removed-subject = Le numéro de mobile de votre compte { $org } a été supprimé
notice-mobile-removed = Le numéro de mobile de votre compte { $org } a été supprimé le { $when }.
notice-questions-set-subject = Vos questions de sécurité { $org } ont été définies
notice-questions-set = Vos questions de sécurité { $org } ont été définies le { $when }.
notice-questions-removed-subject = Vos questions de sécurité { $org } ont été supprimées
notice-questions-removed = Vos questions de sécurité { $org } ont été supprimées le { $when }.
notice-contacts-added-subject = Votre administrateur a ajouté des coordonnées à votre compte { $org } ({ $added })
notice-contacts-added = Votre administrateur a ajouté des coordonnées à votre compte { $org } le { $when } ({ $added }).
notice-roles-none-subject = Les rôles de votre compte { $org } ont changé : il n'a plus aucun rôle d'administration
notice-roles-none = Les rôles de votre compte { $org } ont changé le { $when } : il n'a plus aucun rôle d'administration.
notice-roles-now-subject = Les rôles de votre compte { $org } ont changé : il a désormais [{ $roles }]
notice-roles-now = Les rôles de votre compte { $org } ont changé le { $when } : il a désormais [{ $roles }].

notice-admin-roles-subject = { $org } : l'utilisateur { $user } a désormais les rôles [{ $roles }] (modifié par { $by })
notice-admin-roles = { $org } : l'utilisateur { $user } a désormais les rôles [{ $roles }] depuis le { $when } (modifié par { $by }).
notice-admin-password-reset-subject = { $org } : le mot de passe de l'administrateur { $user } a été réinitialisé par { $by }
notice-admin-password-reset = { $org } : le mot de passe de l'administrateur { $user } a été réinitialisé par { $by } le { $when }.
notice-admin-self-reset-subject = { $org } : un administrateur a réinitialisé son mot de passe
notice-admin-self-reset = L'administrateur { $name } ({ $user }) a réinitialisé son mot de passe { $org } en libre-service le { $when }. Si ce n'est pas prévu, vérifiez ce compte dès maintenant.

role-admin = administrateur
role-helpdesk = support
role-reports-reader = lecteur des rapports
notice-breached-at-sign-in-subject = Votre mot de passe { $org } figure dans des fuites de données connues : changez-le maintenant
notice-breached-at-sign-in = Votre mot de passe { $org } a été trouvé parmi des mots de passe exposés lors de fuites de données quand vous vous êtes connecté le { $when }. Choisissez-en un nouveau dès maintenant : d'ici là, votre compte peut seulement changer son mot de passe.
notice-password-expiring-subject =
    { $days ->
        [one] Votre mot de passe { $org } expire dans 1 jour
       *[other] Votre mot de passe { $org } expire dans { $days } jours
    }
notice-password-expiring =
    { $days ->
        [one] Votre mot de passe { $org } expire le { $expires }, dans 1 jour. Changez-le d'ici là pour continuer à vous connecter sans interruption.
       *[other] Votre mot de passe { $org } expire le { $expires }, dans { $days } jours. Changez-le d'ici là pour continuer à vous connecter sans interruption.
    }
notice-change-here = Changez-le ici : { $url }
digest-subject = { $org } : la semaine du libre-service des mots de passe
digest-intro = Les 7 jours jusqu'au { $to } chez { $org } :
digest-resets = Réinitialisations en libre-service : { $resets }. Réinitialisations par un administrateur : { $admin_resets }.
digest-failures = Échecs : { $failed }. Tentatives bloquées : { $blocked }. Comportements suspects : { $suspicious }.
digest-lockdowns = Comptes placés en blocage de sécurité par leur titulaire (« ce n'était pas moi ») : { $locked_down }.
digest-registration = Inscription : { $registered } utilisateurs sur { $users } ont enregistré assez de méthodes.
digest-link = Les rapports : { $url }
notice-locked-down-subject = Votre compte { $org } est sous blocage de sécurité
notice-locked-down = Le { $when }, vous avez signalé une modification de votre compte { $org } que vous n'avez pas faite. Toutes les sessions ont pris fin, et la connexion, la réinitialisation du mot de passe et l'enregistrement sont suspendus. Contactez votre support : il vérifiera votre identité et vous aidera à retrouver l'accès.
# $user : le nom d'utilisateur ; $name : le nom affiché de la personne.
notice-admin-account-reported-subject = { $org } : { $user } a signalé une modification qu'il n'a pas faite
notice-admin-account-reported = { $name } ({ $user }) a signalé le { $when } une modification de son compte { $org } qu'il n'a pas faite. Le compte est sous blocage de sécurité : toutes les sessions ont pris fin, et la connexion, la réinitialisation du mot de passe et l'enregistrement sont suspendus. Vérifiez son identité, réinitialisez son mot de passe par une réinitialisation vérifiée par le support, puis levez le blocage dans la console d'administration.
# L'invitation de la campagne d'enregistrement (par e-mail). $url : la page d'enregistrement du portail, après connexion.
campaign-invite-subject = Configurez la réinitialisation de votre mot de passe { $org }
campaign-invite = { $org } vous demande de configurer la réinitialisation du mot de passe en libre-service : enregistrez un moyen de prouver votre identité (une autre adresse e-mail, un numéro de mobile ou une application d'authentification), afin de pouvoir réinitialiser vous-même un mot de passe oublié ou déverrouiller votre compte, à tout moment. Cela ne prend que deux minutes.
campaign-invite-link = Connectez-vous et configurez-la ici : { $url }
# $name : le nom que la personne a donné à la clé d'accès.
notice-passkey-added-subject = Une clé d'accès a été ajoutée à votre compte { $org }
notice-passkey-added = Une clé d'accès nommée « { $name } » a été ajoutée à votre compte { $org } le { $when }.
notice-passkey-removed-subject = Une clé d'accès a été supprimée de votre compte { $org }
notice-passkey-removed = La clé d'accès nommée « { $name } » a été supprimée de votre compte { $org } le { $when }.
# $until : la date à laquelle le passe cesse de fonctionner.
notice-access-pass-issued-subject = Un passe d'accès temporaire a été émis pour votre compte { $org }
notice-access-pass-issued = Un passe d'accès temporaire a été émis pour votre compte { $org } le { $when }. Il est valable jusqu'au { $until }, uniquement pour configurer une clé d'accès ou une application d'authentification et choisir votre propre mot de passe.
notice-access-pass-used-subject = Un passe d'accès temporaire a servi à se connecter à votre compte { $org }
notice-access-pass-used = Un passe d'accès temporaire a servi à se connecter à votre compte { $org } le { $when }.
notice-access-pass-revoked-subject = Le passe d'accès temporaire de votre compte { $org } a été révoqué
notice-access-pass-revoked = Le passe d'accès temporaire de votre compte { $org } a été révoqué le { $when } ; il ne fonctionne plus.
notice-webhook-paused-subject = Votre webhook { $org } vers { $url } a été mis en pause : ses livraisons ont échoué pendant une journée
notice-webhook-paused = Votre webhook { $org } vers { $url } a été mis en pause : ses livraisons ont échoué pendant une journée. Rien ne lui est envoyé tant qu'un administrateur ne le reprend pas dans la console ; ce qui a été manqué attend dans son journal de livraisons, le { $when }.
