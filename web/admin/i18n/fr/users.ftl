# La liste des utilisateurs de la console : recherche, filtres, tableau,
# actions groupées et formulaire de nouvel utilisateur.

users-title = Utilisateurs
users-new-user = Nouvel utilisateur
users-loading = Chargement des utilisateurs…

## Options du tableau.

users-page-size = Utilisateurs par page
users-columns = Colonnes
users-show-columns = Afficher ces colonnes

## Colonnes.

users-column-name = Nom
users-column-username = Nom d'utilisateur
users-column-email = E-mail
users-column-groups = Groupes
users-column-roles = Rôles
users-column-status = État
users-column-last-sign-in = Dernière connexion
users-table = Utilisateurs
users-select-page = Sélectionner tous les utilisateurs de cette page
users-select-row = Sélectionner { $name }

## Recherche et filtres.

users-find = Rechercher des utilisateurs
users-find-hint = Un nom d'utilisateur, une adresse e-mail ou n'importe quel mot d'un nom.
users-search = Rechercher
users-filters = Filtres
users-filter-group = Groupe
users-filter-role = Rôle
users-filter-role-any = Tous les rôles
users-filter-role-users = Utilisateurs uniquement
users-filter-role-admins = Administrateurs
users-filter-role-helpdesk = Support
users-filter-role-report-readers = Lecteurs de rapports
users-filter-account = Compte
users-filter-account-any = Activé ou désactivé
users-filter-account-enabled = Activé
users-filter-account-disabled = Désactivé
users-filter-registration = Inscription
users-filter-registration-any = Toutes
users-filter-locked = Verrouillé en ce moment
users-filter-expired = Mot de passe expiré

## Résultats.

users-none-match = Aucun utilisateur ne correspond.
users-match = { $count ->
    [one] { $count } utilisateur correspond.
   *[other] { $count } utilisateurs correspondent.
}
users-page-more = Page { $number } : { $count ->
    [one] { $count } utilisateur affiché
   *[other] { $count } utilisateurs affichés
} ; la suite sur la page suivante.
users-page-last = Page { $number } : { $count ->
    [one] { $count } utilisateur affiché
   *[other] { $count } utilisateurs affichés
} ; c'est la dernière page.
users-pages = Pages de résultats
users-previous-page = Page précédente
users-next-page = Page suivante

## Actions groupées.

users-bulk-region = Utilisateurs sélectionnés
users-bulk-done = Terminé : le résultat pour chaque utilisateur
users-selected = { $count ->
    [one] { $count } utilisateur sélectionné
   *[other] { $count } utilisateurs sélectionnés
}
users-bulk-disable = Désactiver
users-bulk-disable-warning = Les utilisateurs sélectionnés ne pourront plus se connecter ni réinitialiser leur mot de passe tant qu'ils ne seront pas réactivés.
users-bulk-disable-confirm = Les désactiver
users-bulk-enable = Activer
users-bulk-reregister = Exiger une nouvelle inscription
users-bulk-reregister-warning = Leurs propres moyens de contact et réponses de sécurité sont supprimés ; chacun devra se réinscrire à sa prochaine connexion.
users-bulk-reregister-confirm = Supprimer leurs méthodes
users-bulk-end-sessions = Déconnecter partout
users-bulk-group = Groupe
users-bulk-add-to-group = Ajouter au groupe
users-bulk-export = Exporter la sélection
users-bulk-progress = Traités : { $done } sur { $all }
users-bulk-outcomes = Résultat pour chaque utilisateur
users-bulk-skipped-self = Ignoré : votre propre compte se modifie depuis votre propre page.

## Résultat pour un utilisateur.

users-outcome-disabled = Désactivé
users-outcome-enabled = Activé
users-outcome-reregister = Doit se réinscrire
users-outcome-signed-out = Déconnecté partout
users-outcome-added = Ajouté au groupe

## Rôles.

users-role-admin = Administrateur
users-role-helpdesk = Support
users-role-reports-reader = Lecteur de rapports
users-role-user = Utilisateur

## État d'un utilisateur.

users-status-locked-until = Verrouillé jusqu'au { $at }
users-status-disabled = Désactivé
users-status-must-change = Doit changer de mot de passe
users-registration-complete = Inscrit
users-registration-incomplete = Non inscrit
users-registration-confirm-due = Reconfirmation attendue
users-registration-not-in-scope = Hors du périmètre de réinitialisation

## Nouvel utilisateur.

users-create-lead = Vous ne choisissez jamais le mot de passe d'un utilisateur : il reçoit un code d'invitation par e-mail et définit le sien.
users-create-username = Nom d'utilisateur
users-create-username-hint = Lettres, chiffres et . _ - @ ; enregistré en minuscules.
users-create-display-name = Nom affiché
users-create-email = E-mail
users-create-email-hint = L'adresse où part l'invitation.
users-create-groups = Groupes
users-create-groups-hint = Séparez-en plusieurs par des virgules.
users-create-roles = Rôles
users-create-invite = Envoyer l'invitation maintenant
users-create-submit = Créer l'utilisateur
users-create-busy = Création…
users-created-title = Utilisateur créé
users-created-invited = Une invitation à définir un mot de passe a été envoyée à { $to }.
users-created-not-invited = Aucune invitation n'a été envoyée ; envoyez-en une depuis cette page le moment venu.
