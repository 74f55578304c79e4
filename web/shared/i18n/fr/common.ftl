# What both apps say: the sign-in form, field widgets, notices when the
# server cannot be reached, and the contact-your-administrator line.

common-username = Nom d'utilisateur
common-password = Mot de passe
common-sign-in = Se connecter
common-signing-in = Connexion…
common-restoring = Restauration de votre session…
common-show-password = Afficher le mot de passe
common-verify = Vérifier
common-checking = Vérification…
common-offline-title = Impossible de joindre le serveur
common-offline-body = Vérifiez votre connexion et réessayez. Rien n'a été modifié.
common-unexpected-title = Un problème est survenu
common-unexpected-body = Le serveur a donné une réponse inattendue ({ $status }). Réessayez dans un instant.
common-busy-title = Momentanément indisponible
common-busy-body = Le service est surchargé ou une partie est en panne. Rien n'a été modifié ; réessayez dans une minute.
# Followed by a link naming the organisation's administrator.
common-still-stuck = Toujours bloqué ?
# The link after "Still stuck?"; $company is the organisation's name.
common-contact-company-admin = Contactez votre administrateur { $company }
common-contact-admin = Toujours bloqué ? Contactez votre administrateur ou le support informatique.
common-language = Langue
common-opening = Ouverture de la page…
