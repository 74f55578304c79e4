### Einmalcodes: die E-Mail, die SMS und der Anruf, die sie überbringen.

code-email-subject = Ihr { $org }-Bestätigungscode
code-email-intro = Ihr { $org }-Bestätigungscode lautet { $code }.
code-email-lead = Ihr Bestätigungscode lautet
code-expires =
    { $minutes ->
        [one] Er läuft in { $minutes } Minute ab.
       *[other] Er läuft in { $minutes } Minuten ab.
    }
code-why-reset = Wenn Sie nicht angefordert haben, Ihr Passwort zurückzusetzen oder Ihr Konto zu entsperren, ignorieren Sie diese Nachricht: Solange der Code nicht verwendet wird, ändert sich nichts.
code-why-register = Geben Sie ihn dort ein, wo Sie diese Adresse zu Ihrem Konto hinzugefügt haben, damit sie zum Zurücksetzen Ihres Passworts verwendet werden kann. Wenn Sie das nicht waren, ignorieren Sie diese Nachricht.
code-why-helpdesk = Ihr Helpdesk hat ihn angefordert, um Ihre Identität zu prüfen. Lesen Sie ihn nur der Person vom Helpdesk vor, mit der Sie gerade sprechen; wenn Sie nicht mit Ihrem Helpdesk sprechen, informieren Sie Ihren Administrator.
code-sms =
    { $minutes ->
        [one] { $code } ist Ihr { $org }-Bestätigungscode. Er läuft in { $minutes } Minute ab.
       *[other] { $code } ist Ihr { $org }-Bestätigungscode. Er läuft in { $minutes } Minuten ab.
    }
code-voice-intro = Hier ist { $org }. Ihr Bestätigungscode lautet
code-voice-again = Noch einmal:

invitation-subject = Legen Sie Ihr { $org }-Passwort fest
invitation-intro = Sie sind eingeladen, Ihr { $org }-Passwort festzulegen.
invitation-choice = Ich habe eine Einladung
invitation-steps = Wählen Sie im Passwortportal Ihrer Organisation { $choice } und geben Sie dann Ihren Benutzernamen { $username } und diesen Code ein: { $code }
invitation-html-lead = Sie sind eingeladen, Ihr Passwort festzulegen.
invitation-html-steps = Wählen Sie im Passwortportal Ihrer Organisation { $choice } und geben Sie dann Ihren Benutzernamen { $username } und diesen Code ein:
invitation-until = Der Code gilt einmal, bis { $until }.
invitation-unexpected = Wenn Sie das nicht erwartet haben, informieren Sie Ihren Administrator.
