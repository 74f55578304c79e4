# The portal's frame: header, footer and pages that are not found.

app-footer = Gestion des mots de passe en libre-service par Latchkey
app-product = Mots de passe en libre-service
app-not-found-title = Page introuvable
app-not-found-body = Il n'y a aucune page à cette adresse.
app-not-found-link = Aller à la connexion
