agents-revoked-title = Révoqué
agents-revoked-body = { $name } ne peut plus recevoir de tâches.
agents-title = Réécriture dans l'annuaire
agents-lead = Des agents installés dans votre réseau écrivent les réinitialisations, modifications et déverrouillages dans votre annuaire. Ils ne font que des connexions sortantes.
agents-loading = Chargement des agents…
agents-none = Aucun agent n'est inscrit : les utilisateurs de votre propre annuaire ne sont pas réécrits.
agents-directory-offline = { $directory } : aucun agent en ligne — ses utilisateurs ne peuvent pas réinitialiser pour l'instant
agents-directory-online = { $count ->
    [one] { $directory } : { $count } agent en ligne
   *[other] { $directory } : { $count } agents en ligne
}
agents-status-online = En ligne
agents-status-offline = Hors ligne
agents-status-revoked = Révoqué
agents-revoke = Révoquer
# Same as English.
agents-table = Agents
# Same as English.
agents-col-agent = Agent
agents-col-directory = Annuaire
agents-col-status = État
# Same as English.
agents-col-version = Version
agents-col-last-contact = Dernier contact
agents-enrol-title = Inscrire un agent
agents-directory = Annuaire
agents-directory-hint = Un nom court pour l'annuaire, par exemple corp : lettres minuscules, chiffres et tirets.
agents-name = Nom de l'agent
agents-name-hint = La machine sur laquelle il tourne, par exemple agent dc1.
agents-issue = Émettre un jeton d'inscription
agents-issuing = Émission…
agents-token = Jeton d'inscription (affiché une fois, utilisable une fois, jusqu'au { $until }) :
agents-on-host = Sur la machine de l'agent :
