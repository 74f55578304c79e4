# La campagne d'enregistrement : les utilisateurs qui ont trop peu de méthodes
# de réinitialisation sont invités par e-mail et sollicités à chaque connexion,
# « maintenant ou plus tard », jusqu'à ce qu'ils s'enregistrent. « Plus tard »
# est le nom du bouton dans le portail (nudge-later).

campaign-nav = Campagne d'enregistrement
campaign-title = Campagne d'enregistrement
campaign-lead = Amenez les utilisateurs qui ne peuvent pas encore réinitialiser leur mot de passe eux-mêmes à s'enregistrer : une invitation par e-mail, et un rappel à la connexion qu'ils peuvent reporter quelques fois avant que l'enregistrement ne devienne obligatoire.
campaign-loading = Chargement de la campagne…
campaign-none = Aucune campagne en cours
campaign-none-body = Lancez-en une pour tous les utilisateurs ou pour les membres de certains groupes. Ceux qui ont enregistré assez de méthodes ne sont pas sollicités ; les autres le sont à leur prochaine connexion.
campaign-progress = Avancement
campaign-progress-pending = Compté toutes les 15 minutes ; le premier décompte arrive bientôt.
campaign-rules = Règles
campaign-target = Qui
campaign-target-all = Tous les utilisateurs
campaign-target-groups = Membres de groupes
campaign-target-groups-named = Membres de { $groups }
campaign-laters = « Plus tard » autorisé
campaign-laters-count = { $count ->
    [one] { $count } fois
   *[other] { $count } fois
}
campaign-laters-none = Jamais : l'enregistrement passe en premier à la prochaine connexion
campaign-days = Jours d'intervalle
campaign-days-count = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
campaign-days-none = Aucun : nouvelle demande à la prochaine connexion
campaign-invite = Invitations par e-mail
campaign-invite-on = Envoyées aux utilisateurs qui ne se sont pas enregistrés
campaign-invite-off = Désactivées
campaign-started = Lancée le
campaign-change = Modifier
campaign-end = Terminer la campagne
campaign-end-warning = Plus aucune invitation n'est envoyée et plus personne n'est sollicité à la connexion. Les utilisateurs que la politique de réinitialisation oblige à s'enregistrer le restent.
campaign-end-confirm = Oui, la terminer
campaign-ended-title = Campagne terminée
campaign-ended-body = Plus personne n'est invité à s'enregistrer à la connexion.
campaign-started-title = Campagne lancée
campaign-started-body = Les utilisateurs sont sollicités à leur prochaine connexion. Les invitations partent, et l'avancement est compté, lors de la prochaine exécution planifiée, d'ici 15 minutes.
campaign-chart-title = { $count ->
    [one] { $count } utilisateur ciblé
   *[other] { $count } utilisateurs ciblés
}
campaign-registered = Enregistrés
campaign-snoozed = Ont reporté
campaign-required = Doivent s'enregistrer à la prochaine connexion
campaign-waiting = Pas encore sollicités
campaign-chart-summary = { $targeted ->
    [one] Sur { $targeted } utilisateur ciblé : { $registered } enregistrés, { $snoozed } ont reporté, { $required } doivent s'enregistrer à leur prochaine connexion et { $waiting } pas encore sollicités.
   *[other] Sur { $targeted } utilisateurs ciblés : { $registered } enregistrés, { $snoozed } ont reporté, { $required } doivent s'enregistrer à leur prochaine connexion et { $waiting } pas encore sollicités.
}
campaign-no-targets = Aucun utilisateur n'est ciblé : vérifiez les groupes, et que la réinitialisation en libre-service est activée pour eux.
campaign-invited = Invités par e-mail
campaign-registered-since = Enregistrés depuis le lancement
campaign-counted-at = Compté le
campaign-form-title-new = Lancer une campagne
campaign-form-title-change = Modifier la campagne
campaign-form-target = Pour qui
campaign-form-groups = Groupes
campaign-form-groups-hint = Un ou plusieurs, séparés par des virgules.
campaign-form-groups-needed = Indiquez au moins un groupe.
campaign-form-laters = « Plus tard » autorisé (nombre de fois)
campaign-form-laters-hint = De 0 à 10. Avec 0, l'enregistrement passe en premier à la prochaine connexion.
campaign-form-days = Jours d'intervalle
campaign-form-days-hint = De 0 à 14. Avec 0, les utilisateurs sont sollicités de nouveau à leur prochaine connexion.
campaign-form-invite = Envoyer une invitation par e-mail aux utilisateurs qui ne se sont pas enregistrés
campaign-form-whole-number = Saisissez un nombre entier de { $min } à { $max }.
campaign-form-start = Lancer la campagne
campaign-form-save = Enregistrer
campaign-restart-warning = Enregistrer relance la campagne de zéro : les invitations repartent et les « Plus tard » de chacun sont remis à zéro.
campaign-restart-confirm = Oui, repartir de zéro
