# The account page.

account-title = Votre compte
account-signed-in-as = Connecté en tant que { $name } ({ $username })
account-expires = Votre mot de passe expire le { $date }. Changez-le avant cette date pour continuer à vous connecter sans interruption.
account-methods-title = Comment vous prouvez votre identité
account-change = Changer votre mot de passe
account-methods-link = Vos méthodes de réinitialisation du mot de passe
account-authenticator = Configurer une application d'authentification
account-admin-console = Console d'administration
account-sign-out = Se déconnecter
account-signed-out-title = Déconnecté
account-signed-out-body = Vous vous êtes déconnecté.
account-not-in-scope = La réinitialisation en libre-service n'est pas activée pour votre compte.
account-enough = Suffisant pour réinitialiser vous-même votre mot de passe.
account-add-more = Ajoutez-en encore { $count } pour réinitialiser vous-même votre mot de passe.
account-none = Aucune pour l'instant.
account-sign-in-first-title = Connectez-vous d'abord
account-sign-in-first-body = Vous devez être connecté pour accéder à cette page. Une session prend fin lorsque vous vous déconnectez ou après un moment d'inactivité.
account-activity-title = Activité récente
account-activity-intro = Les 30 derniers jours, du plus récent au plus ancien.
account-activity-loading = Chargement de votre activité récente…
account-activity-none = Rien au cours des 30 derniers jours.
# Same as English.
account-activity-what = { $action } — { $outcome }
account-activity-by-you = par vous
account-activity-by-someone-else = par quelqu'un d'autre
account-activity-by-system = par Latchkey
# Same as English.
account-activity-detail = { $time } · { $by }
account-activity-detail-from = { $time } · { $by } · depuis { $address }
account-activity-show-all = Tout afficher ({ $count })
account-activity-show-fewer = Afficher moins
# Un petit bouton à côté de chaque événement : la personne ne l'a pas fait et veut bloquer le compte (une confirmation est demandée).
account-activity-report = Ce n'était pas moi
