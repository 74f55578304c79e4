policy-whole-numbers = Saisissez des nombres entiers dans les plages indiquées.
policy-strands-title = Des utilisateurs perdraient la réinitialisation en libre-service
policy-strands = { $count ->
    [one] Avec ces réglages, { $count } utilisateur qui peut réinitialiser son mot de passe aujourd'hui ne le pourrait plus.
   *[other] Avec ces réglages, { $count } utilisateurs qui peuvent réinitialiser leur mot de passe aujourd'hui ne le pourraient plus.
}
policy-saved-body = La politique de réinitialisation s'applique dès maintenant.
policy-title = Politique de réinitialisation
policy-lead = Qui peut réinitialiser ou déverrouiller son propre mot de passe, et comment prouver son identité.
policy-save-anyway = { $count ->
    [one] Enregistrer quand même ({ $count } perd la réinitialisation en libre-service)
   *[other] Enregistrer quand même ({ $count } perdent la réinitialisation en libre-service)
}
policy-preview = Vérifier l'effet
policy-save = Enregistrer
policy-who-legend = Qui peut réinitialiser
policy-scope = La réinitialisation en libre-service est activée pour
policy-scope-none = Personne (désactivée)
policy-scope-groups = Les membres de certains groupes
policy-scope-all = Tout le monde
policy-groups = Groupes
policy-groups-hint = Un ou plusieurs, séparés par des virgules. Les utilisateurs hors de ces groupes doivent s'adresser au support.
policy-methods-legend = Méthodes
policy-method-email = Code par e-mail
policy-method-sms = Code par SMS
policy-method-voice = Appel vocal
policy-method-questions = Questions de sécurité
policy-method-authenticator = Code d'application d'authentification
policy-directory-contacts = Les e-mails et téléphones de contact saisis par les administrateurs ou importés comptent comme méthodes
policy-directory-contacts-hint = Désactivé : seules comptent les méthodes qu'un utilisateur a vérifiées lui-même. Les utilisateurs sont avertis quand un contact est ajouté pour eux.
policy-methods-required = Méthodes qu'un utilisateur doit prouver
policy-one = Une
policy-two = Deux
policy-admins-prove-two = Les administrateurs en prouvent toujours deux.
policy-questions-to-register = Questions de sécurité à enregistrer
policy-questions-to-register-hint = De 3 à 5.
policy-questions-to-reset = Questions de sécurité posées lors d'une réinitialisation
policy-questions-to-reset-hint = De 1 au nombre enregistré.
policy-registration-legend = Enregistrement
policy-require-registration = Envoyer vers l'enregistrement, à la connexion, les utilisateurs qui ont trop peu de méthodes
policy-everyone-second-factor = Demander à tous un code d'authentification à la connexion (toujours le cas pour les administrateurs et le support)
policy-reconfirm-days = Demander aux utilisateurs de reconfirmer leurs méthodes tous les (jours)
policy-reconfirm-days-hint = 0 pour jamais ; 730 au plus.
# Same as English.
policy-notifications-legend = Notifications
policy-notify-users = Avertir les utilisateurs quand leur mot de passe est réinitialisé ou leur compte déverrouillé
policy-notify-admins = Avertir tous les administrateurs quand un administrateur réinitialise son mot de passe
policy-impact = Sur { $users } utilisateurs actifs, { $before } peuvent réinitialiser leur propre mot de passe aujourd'hui ; avec ces réglages, { $after } le pourraient.
policy-impact-losing = Sur { $users } utilisateurs actifs, { $before } peuvent réinitialiser leur propre mot de passe aujourd'hui ; avec ces réglages, { $after } le pourraient. { $losing } perdraient cette possibilité.
policy-now = Maintenant
policy-after = Après

policy-admin-resets-legend = Réinitialisations par les administrateurs et le support
policy-temporary-passwords = Autoriser les mots de passe temporaires pour les réinitialisations par un administrateur
policy-temporary-passwords-hint = Désactivé par défaut : la personne qui réinitialise verrait un mot de passe valable pour le compte. La console réinitialise avec un passe d'accès temporaire, qui n'en montre jamais : l'utilisateur choisit son propre mot de passe.
policy-invite-provisioned = Inviter aussitôt les utilisateurs créés par un fournisseur d'identité (SCIM)
policy-invite-provisioned-hint = Désactivé par défaut : un utilisateur créé par Entra ID ou Okta n'a pas de mot de passe et attend qu'un administrateur l'invite (ou le réinitialise lui-même, si la stratégie le permet). Activé : il reçoit dès sa création une invitation à choisir son mot de passe.

## How strongly each role proves who they are at a self-service reset.

policy-strength-legend = Niveau de vérification pour la récupération
policy-strength-lead = Comment les personnes de chaque rôle prouvent leur identité pour réinitialiser leur propre mot de passe ou déverrouiller leur compte. Une personne qui a plusieurs rôles se voit appliquer le plus exigeant.
policy-strength-any = Méthodes au choix
policy-strength-any-hint = Le nombre de méthodes défini plus haut, de tout type (les administrateurs en prouvent toujours deux).
policy-strength-two-methods = Deux méthodes, pas seulement l'e-mail
policy-strength-two-methods-hint = Deux méthodes, dont au moins une autre qu'un e-mail ; ou une clé d'accès seule.
policy-strength-phishing-resistant = Clé d'accès uniquement (résistante à l'hameçonnage)
policy-strength-phishing-resistant-hint = Uniquement une clé d'accès : elle ne fonctionne que sur ce site, personne ne peut donc être amené par ruse à la céder.
policy-strength-user = Utilisateurs
policy-strength-admin = Administrateurs
policy-strength-helpdesk = Support
policy-strength-reports-reader = Lecteurs de rapports
policy-strength-warning = Les personnes de ce rôle sans clé d'accès ne peuvent pas réinitialiser elles-mêmes leur mot de passe.

policy-models-legend = Authentificateurs des clés d'accès
policy-models-lead = Les authentificateurs sur lesquels une nouvelle clé d'accès peut être créée. Les clés d'accès déjà enregistrées sont conservées.
policy-models-rule = Les nouvelles clés d'accès peuvent être créées sur
policy-models-any = N'importe quel authentificateur
policy-models-allow = Uniquement ces modèles
policy-models-block = Tous les modèles sauf ceux-ci
policy-models-list = Modèles d'authentificateur (AAGUID), un par ligne
policy-models-list-hint = Un AAGUID désigne la marque et le modèle d'un authentificateur (une clé de sécurité, ou le gestionnaire de clés d'accès d'un téléphone ou d'un ordinateur) : 32 chiffres hexadécimaux au format 8-4-4-4-12. Tant qu'une liste s'applique, une clé d'accès venant d'un authentificateur qui n'indique aucun modèle est refusée.
policy-models-honest = Le modèle est celui que l'authentificateur déclare lui-même : il n'est pas vérifié à l'aide du certificat d'attestation de son fabricant. Une liste oriente vers les appareils que vous approuvez, mais ne peut pas arrêter un appareil conçu pour mentir sur son modèle.
