# Eine Registrierungskampagne fragt vor der Kontoseite: die Passwortzurücksetzung
# jetzt einrichten oder später. Die Überschrift der Seite ist register-title.
# „Später“ ist die zweite Schaltfläche der Seite.

nudge-why = Ihre Organisation bittet Sie, eine Möglichkeit zum Nachweis Ihrer Identität zu registrieren, damit Sie ein vergessenes Passwort selbst zurücksetzen oder Ihr Konto selbst entsperren können. Das dauert zwei Minuten.
nudge-left = { $count ->
    [one] Sie können dies noch { $count } Mal verschieben.
   *[other] Sie können dies noch { $count } Mal verschieben.
}
nudge-last = Dies ist das letzte Mal, dass Sie es verschieben können.
nudge-again-days = { $days ->
    [one] Wenn Sie „Später“ wählen, fragen wir in { $days } Tag erneut.
   *[other] Wenn Sie „Später“ wählen, fragen wir in { $days } Tagen erneut.
}
nudge-again-next-sign-in = Wenn Sie „Später“ wählen, fragen wir bei Ihrer nächsten Anmeldung erneut.
nudge-now = Jetzt einrichten
nudge-later = Später
nudge-put-off-title = Vorerst verschoben
nudge-put-off-days = { $days ->
    [one] Wir fragen in { $days } Tag erneut. Sie können es jederzeit über Ihr Konto einrichten.
   *[other] Wir fragen in { $days } Tagen erneut. Sie können es jederzeit über Ihr Konto einrichten.
}
nudge-put-off-next-sign-in = Wir fragen bei Ihrer nächsten Anmeldung erneut. Sie können es jederzeit über Ihr Konto einrichten.
