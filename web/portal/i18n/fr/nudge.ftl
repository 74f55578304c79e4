# Une campagne d'enregistrement demande, avant la page du compte : configurer
# la réinitialisation du mot de passe maintenant, ou plus tard. Le titre de
# la page est register-title. « Plus tard » est le second bouton de la page.

nudge-why = Votre organisation vous demande d'enregistrer un moyen de prouver votre identité, afin que vous puissiez réinitialiser un mot de passe oublié ou déverrouiller votre compte vous-même. Cela prend deux minutes.
nudge-left = { $count ->
    [one] Vous pouvez encore reporter { $count } fois.
   *[other] Vous pouvez encore reporter { $count } fois.
}
nudge-last = C'est la dernière fois que vous pouvez reporter.
nudge-again-days = { $days ->
    [one] Si vous choisissez Plus tard, nous vous redemanderons dans { $days } jour.
   *[other] Si vous choisissez Plus tard, nous vous redemanderons dans { $days } jours.
}
nudge-again-next-sign-in = Si vous choisissez Plus tard, nous vous redemanderons à votre prochaine connexion.
nudge-now = Configurer maintenant
nudge-later = Plus tard
nudge-put-off-title = Reporté pour l'instant
nudge-put-off-days = { $days ->
    [one] Nous vous redemanderons dans { $days } jour. Vous pouvez le configurer à tout moment depuis votre compte.
   *[other] Nous vous redemanderons dans { $days } jours. Vous pouvez le configurer à tout moment depuis votre compte.
}
nudge-put-off-next-sign-in = Nous vous redemanderons à votre prochaine connexion. Vous pouvez le configurer à tout moment depuis votre compte.
