# The sign-in page: the links under the form, and the authenticator code step.

signin-help = Hilfe zum Konto
signin-cant-access = Kein Zugriff auf Ihr Konto?
signin-unlock = Konto gesperrt? Entsperren
signin-invitation = Ich habe eine Einladung
signin-enter-code = Geben Sie den Code ein, den Ihre App anzeigt.
signin-code-wrong = Dieser Code ist falsch oder wurde bereits verwendet: Warten Sie auf den nächsten.
signin-code-wrong-left = Dieser Code ist falsch oder wurde bereits verwendet: Warten Sie auf den nächsten. { $count ->
    [one] Heute noch { $count } Versuch.
   *[other] Heute noch { $count } Versuche.
}
signin-code-lead = Öffnen Sie Ihre Authenticator-App und geben Sie den 6-stelligen Code ein, den sie für dieses Konto anzeigt.
signin-code-label = Code aus Ihrer Authenticator-App
signin-code-hint = Telefon verloren? Geben Sie stattdessen einen Ihrer Wiederherstellungscodes ein.
signin-start-again = Von vorn beginnen
