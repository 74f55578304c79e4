groups-title = Groupes
groups-lead = Les groupes déterminent à qui s'adresse la réinitialisation en libre-service (voir la politique de réinitialisation) et organisent les utilisateurs. Les membres se définissent aussi sur le profil de chaque utilisateur et par les imports.
groups-loading = Chargement des groupes…
groups-none = Aucun groupe pour l'instant.
# Same as English.
groups-pages = Pages
groups-previous-page = Page précédente
groups-next-page = Page suivante
groups-col-group = Groupe
groups-col-members = Membres
groups-col-scope = Périmètre de réinitialisation
# Same as English.
groups-col-description = Description
groups-open = Ouvrir le groupe { $name }
groups-renaming = En cours de renommage en { $to } : renommez à nouveau pour terminer
groups-in-scope = Dans le périmètre
groups-created = Le groupe { $name } a été créé.
groups-create-label = Créer un groupe
groups-new-name = Nom du nouveau groupe
groups-new-name-hint = De 1 à 64 lettres, chiffres, espaces, . _ -
groups-description = Description (facultative)
groups-create = Créer le groupe
groups-renamed = Renommé en { $name } ; ses membres et le périmètre de réinitialisation suivent.
groups-deleted = Le groupe { $name } a été supprimé.
groups-strands-title = Des utilisateurs perdraient la réinitialisation en libre-service
groups-strands-body = { $count ->
    [one] La politique de réinitialisation cite ce groupe : { $count } membre ne pourrait plus réinitialiser son propre mot de passe. Rien n'a été supprimé.
   *[other] La politique de réinitialisation cite ce groupe : { $count } membres ne pourraient plus réinitialiser leur propre mot de passe. Rien n'a été supprimé.
}
groups-no-such-user = Aucun utilisateur n'a ce nom d'utilisateur.
groups-detail-title = Groupe : { $name }
groups-name = Nom
groups-rename = Renommer
groups-delete = Supprimer le groupe
groups-delete-anyway = { $count ->
    [one] Supprimer quand même ({ $count } perd la réinitialisation en libre-service)
   *[other] Supprimer quand même ({ $count } perdent la réinitialisation en libre-service)
}
groups-add-member-label = Ajouter un membre par nom d'utilisateur
groups-add-member = Ajouter le membre
groups-members = Membres
groups-loading-members = Chargement des membres…
groups-no-members = Aucun membre.
groups-remove-label = Retirer { $username } du groupe
groups-remove = Retirer
groups-more-members = Il y a d'autres membres : filtrez les utilisateurs par ce groupe pour les voir tous.
