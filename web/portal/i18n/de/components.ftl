# The new-password fields every page shares.

components-strength-not-accepted = Stärke: noch nicht zulässig
components-strength-good = Stärke: gut
components-strength-strong = Stärke: stark
components-strength-very-strong = Stärke: sehr stark
components-check-length = Mindestens { $min } Zeichen (bisher { $length })
components-check-guessable = Kein gängiges Passwort und nicht auf Ihrem Namen oder Benutzernamen aufgebaut
components-check-met = (erfüllt)
components-check-not-met = (noch nicht erfüllt)
components-policy-intro = Ihr neues Passwort muss:
components-policy-length = Mindestens { $min } Zeichen lang sein. Einige Wörter ohne Bezug zueinander ergeben ein starkes, leicht zu merkendes Passwort.
components-policy-guessable = Nicht überwiegend aus einem gängigen Passwort, Ihrem Namen, Ihrem Benutzernamen oder dem Firmennamen bestehen: Jedes davon zählt nur als ein Zeichen, und ein Passwort braucht mindestens 5.
components-policy-not-current = Sich von Ihrem aktuellen Passwort unterscheiden.
components-policy-not-last = Sich von Ihren letzten { $count } Passwörtern unterscheiden.
components-policy-hint = Sonderzeichen oder Groß- und Kleinschreibung sind nicht nötig: Auf die Länge kommt es an.
components-new-password = Neues Passwort
components-new-password-hint = Wird bei der Eingabe geprüft; siehe die Liste unten.
components-confirm-password = Neues Passwort wiederholen
components-mismatch = Die beiden Passwörter stimmen nicht überein. Geben Sie zweimal dasselbe ein.
components-rejected = Dieses Passwort kann nicht verwendet werden. { $reasons }
components-reason-min-length = Es muss mindestens { $min } Zeichen lang sein (es hat { $length }).
components-reason-max-length = Es darf höchstens { $max } Zeichen lang sein.
components-reason-banned = Es ist zu leicht zu erraten: Es beruht auf einem gängigen Passwort, einem von Ihrer Organisation gesperrten Wort oder Ihrem Namen, Benutzernamen oder dem Namen Ihrer Organisation; fügen Sie weitere eigene Zeichen hinzu.
components-reason-banned-terms = Es ist zu leicht zu erraten: Es enthält { $terms }; fügen Sie weitere eigene Zeichen hinzu.
components-reason-breached = Es kommt in bekannten Datenlecks vor, daher probieren Angreifer es früh aus; wählen Sie eines, das Sie noch nie verwendet haben.
components-reason-history-current = Es muss sich von Ihrem aktuellen Passwort unterscheiden.
components-reason-history-last = Es muss sich von Ihren letzten { $count } Passwörtern unterscheiden.

# Die Ablehnungen des lokalen Verzeichnisses, nachdem das Passwort dorthin gesendet wurde.
components-reason-directory-too-short = Das Verzeichnis Ihrer Organisation verlangt ein längeres Passwort.
components-reason-directory-in-history = Das Verzeichnis Ihrer Organisation kennt dieses Passwort bereits: Wählen Sie eines, das Sie noch nie verwendet haben.
components-reason-directory-complexity = Das Verzeichnis Ihrer Organisation verlangt ein komplexeres Passwort (zum Beispiel mit mehr Arten von Zeichen).
components-reason-directory-too-young = Das Verzeichnis Ihrer Organisation erlaubt so bald keine weitere Änderung.
components-reason-directory-protected = Das Verzeichnis Ihrer Organisation schützt dieses Konto: Sein Passwort wird dort geändert, nicht über die Selbstbedienung.
components-reason-directory-no-account = Das Verzeichnis Ihrer Organisation hat kein Konto mit diesem Benutzernamen mehr; wenden Sie sich an den IT-Support.
# $words: die eigenen Worte des Verzeichnisses, wie es sie geschrieben hat (oft auf Englisch).
components-reason-directory-other = Das Verzeichnis Ihrer Organisation hat das Passwort abgelehnt: { $words }

# Die Regeln des lokalen Verzeichnisses der Organisation, neben denen von Latchkey.
components-check-directory-length = Das Verzeichnis Ihrer Organisation verlangt mindestens { $min } Zeichen (bisher { $length })
components-check-complexity = Drei von: Großbuchstaben, Kleinbuchstaben, Ziffern, Sonderzeichen
components-policy-directory-length = Mindestens { $min } Zeichen: So viele verlangt das Verzeichnis Ihrer Organisation. Einige zusammenhanglose Wörter ergeben ein starkes, leicht zu merkendes Passwort.
components-policy-complexity = Aus drei dieser vier Zeichenarten: Großbuchstaben, Kleinbuchstaben, Ziffern, Sonderzeichen (das Verzeichnis Ihrer Organisation verlangt das).
components-policy-not-username = Ohne Ihren Benutzernamen.
components-policy-directory-history = { $count ->
    [one] Nicht Ihr vorheriges Passwort im Verzeichnis Ihrer Organisation.
   *[other] Keines Ihrer letzten { $count } Passwörter im Verzeichnis Ihrer Organisation.
}
components-policy-directory-min-age = { $count ->
    [one] Nach einer Änderung erlaubt das Verzeichnis Ihrer Organisation die nächste erst nach { $count } Stunde.
   *[other] Nach einer Änderung erlaubt das Verzeichnis Ihrer Organisation die nächste erst nach { $count } Stunden.
}
components-directory-too-short = Das Verzeichnis Ihrer Organisation verlangt mindestens { $min } Zeichen (dieses hat { $length }).
components-directory-not-complex = Das Verzeichnis Ihrer Organisation verlangt drei von: Großbuchstaben, Kleinbuchstaben, Ziffern, Sonderzeichen.
