# Reports: charts over a period, the administrator's questions answered in
# sentences, the registration summary and the users not yet registered.

reports-title = Rapports
reports-lead = Réinitialisations en libre-service et inscriptions : leur déroulement, qui a besoin d’un rappel, et chaque événement.
reports-period = Période
reports-period-7 = Les 7 derniers jours
reports-period-30 = Les 30 derniers jours
reports-period-90 = Les 90 derniers jours
reports-loading = Chargement des rapports…

## How people prove who they are, and the data they register.

reports-method-email = E-mail
reports-method-sms = SMS
reports-method-voice = Appel vocal
reports-method-questions = Questions de sécurité
reports-method-authenticator = Application d’authentification
reports-method-passkey = Clé d’accès (résiste à l’hameçonnage)
reports-method-mobile = Téléphone mobile
reports-method-office-phone = Téléphone professionnel

## How a step ended.

reports-outcome-success = Réussi
reports-outcome-failure = Échoué
reports-outcome-locked = Verrouillé
reports-outcome-blocked = Bloqué

## Lists in sentences.

# Same as English.
reports-counted = { $name } ({ $count })
# Same as English.
reports-list-separator = { ", " }
reports-none = Aucun.
reports-none-inline = néant
reports-unknown-name = un nom inconnu

## The charts.

reports-partial = Les graphiques ne montrent que les 10 000 événements les plus récents de chaque type : choisissez une période plus courte pour les voir tous.
reports-charts = Graphiques
reports-chart-outcome = Réinitialisations en libre-service par jour, par résultat
reports-chart-method = Réinitialisations terminées par jour, par méthode
reports-chart-coverage = Couverture des inscriptions (jours antérieurs estimés)
reports-chart-problems = Principaux motifs d’échec
reports-chart-problems-counts = Occurrences
reports-outcome-summary = Réinitialisations en libre-service par jour sur les { $days } derniers jours, par résultat : total { $total }, réussies { $succeeded }.
reports-method-summary = Réinitialisations terminées par jour sur les { $days } derniers jours, par méthode prouvée : { $methods }.
reports-coverage-summary = Couverture des inscriptions à la fin de chaque jour. Aujourd’hui : inscrits { $registered } sur { $users } utilisateurs actifs ; pouvant réinitialiser { $capable } ; non inscrits { $unregistered }. Les jours antérieurs sont estimés à partir des chiffres du jour et des événements d’inscription de la période.
reports-problems-summary = Les motifs d’échec les plus fréquents sur les { $days } derniers jours : { $reasons }.
reports-chart-sign-ins = Connexions par méthode
reports-chart-sign-ins-counts = Connexions
reports-sign-in-password = Mot de passe
reports-sign-in-password-authenticator = Mot de passe + application d’authentification
reports-sign-in-password-passkey = Mot de passe + clé d’accès
reports-sign-in-passkey = Clé d’accès
reports-sign-in-access-pass = Passe d’accès temporaire
reports-sign-ins-summary = Connexions sur les { $days } derniers jours, selon la façon dont elles ont été prouvées : { $methods }.
reports-sign-ins-resistant = { $share } % des connexions résistaient à l’hameçonnage (avec une clé d’accès) : { $resistant } sur { $total }.
reports-sign-ins-none = Aucune connexion sur cette période.
reports-coverage-capable = Peuvent réinitialiser
reports-coverage-registered = Inscrits, ne peuvent pas encore réinitialiser
reports-coverage-not-registered = Non inscrits

## The administrator's questions, each answered in a sentence.

# Same as English.
reports-questions = Questions
reports-answers-partial = Ces réponses ne portent que sur les { $count } premiers événements de la période, qui en compte davantage : choisissez une période plus courte pour des réponses complètes.
reports-q-policy = Qu’est-ce qui a changé dans la stratégie de réinitialisation ?
reports-policy-change = { $when } : { $what } par { $who }
reports-the-settings = les paramètres
reports-someone = quelqu’un
reports-q-registered = Combien de personnes se sont inscrites ?
reports-a-registered = Dans la période : personnes inscrites { $people }, méthodes enregistrées { $methods }. Actuellement : inscrits { $registered } sur { $users } utilisateurs actifs ; pouvant réinitialiser { $capable }.
reports-q-who = Qui s’est inscrit ?
reports-q-data = Quelles données ont-ils enregistrées ?
reports-a-data = Dans la période : { $period }. Pour tous aujourd’hui : { $now }.
reports-q-resets = Combien de personnes ont réinitialisé leur mot de passe ?
reports-a-resets = Réinitialisations en libre-service sur les { $days } derniers jours : { $resets } ; réinitialisations par un administrateur : { $admin }.
reports-q-methods = Quelles méthodes sont les plus utilisées ?
reports-q-problems = Quels sont les problèmes les plus fréquents ?
reports-q-admins = Quels administrateurs réinitialisent souvent leur propre mot de passe ?
reports-q-suspicious = Une activité suspecte ?
reports-suspicious-line = { $what } : { $who }
reports-suspicious-blocked = Exclus de la réinitialisation
reports-suspicious-failed-proofs = Trois vérifications échouées ou plus
reports-suspicious-starts-user = Cinq débuts de réinitialisation ou plus pour un même utilisateur
reports-suspicious-starts-address = Dix débuts de réinitialisation ou plus depuis une même adresse

## Registration: everyone, by data, by group.

reports-registration = Inscription
reports-registered-data = Données enregistrées, en utilisateurs : { $methods }
reports-by-group = Inscription par groupe
reports-col-who = Qui
reports-col-users = Utilisateurs actifs
reports-col-registered = Inscrits
reports-col-capable = Peuvent réinitialiser
reports-col-not-registered = Non inscrits
reports-col-not-in-scope = Hors du périmètre de réinitialisation
reports-everyone = Tout le monde

## The users not registered yet.

reports-not-registered-title = Pas encore inscrits
reports-not-registered-loading = Chargement…
reports-all-registered = Toutes les personnes du périmètre de réinitialisation sont inscrites.
reports-users-shown = Utilisateurs affichés : { $count }.
reports-users-shown-more = Utilisateurs affichés : { $count }+.
reports-not-registered-table = Utilisateurs non inscrits
reports-col-name = Nom
reports-col-username = Nom d’utilisateur
reports-col-groups = Groupes
reports-load-more = Afficher plus
reports-download-csv = Télécharger en CSV
