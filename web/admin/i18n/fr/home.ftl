# The administrator's home: tiles of figures, each a link to the screen
# behind it.

home-title = Accueil
home-lead = Comment se passe le libre-service cette semaine, et qui a besoin d’attention maintenant.
home-loading = Chargement des chiffres…
home-registered-label = Inscrits au libre-service
home-registered-value = { $share } %
home-registered-detail = { $registered } sur { $users } utilisateurs actifs ; pouvant réinitialiser : { $capable }
home-resets-label = Réinitialisations en libre-service cette semaine
home-resets-detail = Par un opérateur : { $count }
home-failures-label = Étapes échouées ou refusées cette semaine
home-failures-none = Aucune
home-failures-top = Le plus souvent : { $reason }
home-not-registered-label = Non inscrits
home-not-registered-detail = Ils ne peuvent pas encore réinitialiser eux-mêmes leur mot de passe
home-locked-label = Verrouillés en ce moment
home-locked-detail = Déverrouillez-les depuis leur page
home-expired-label = Mots de passe expirés
home-expired-detail = Ils doivent le changer à leur prochaine connexion
home-agents-label = Agents de réécriture en ligne
home-agents-value = { $online } sur { $live }
home-agents-some-offline = Certains ne peuvent pas réécrire pour le moment
home-agents-all-online = Réécriture active
# A count that goes past the first page of a list ("50+": 50 or more).
# Same as English.
home-count-more = { $count }+
