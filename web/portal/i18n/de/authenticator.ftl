# Setting up an authenticator app.

authenticator-title = Authenticator-App einrichten
authenticator-required = Ihr Konto verlangt bei jeder Anmeldung einen Code aus einer Authenticator-App. Richten Sie eine ein, um fortzufahren.
authenticator-step-open = Öffnen Sie eine Authenticator-App auf Ihrem Telefon (Microsoft Authenticator, Google Authenticator oder eine andere) und fügen Sie ein Konto hinzu.
authenticator-step-scan = Scannen Sie diesen QR-Code oder geben Sie den Schlüssel unten ein.
authenticator-qr = QR-Code Ihres Authenticator-Schlüssels
authenticator-key = Schlüssel:
authenticator-code-label = Code, den die App anzeigt
authenticator-code-wrong = Dieser Code ist falsch. Prüfen Sie, ob die Uhr des Geräts automatisch gestellt wird, und geben Sie dann den neuesten Code ein.
authenticator-recovery-title = Ihre Wiederherstellungscodes
authenticator-recovery-lead = Wenn Sie Ihr Telefon verlieren, meldet Sie jeder dieser Codes einmal anstelle eines Codes aus der App an. Speichern Sie sie jetzt (drucken Sie sie aus oder bewahren Sie sie in einem Passwort-Manager auf): Sie werden nicht noch einmal angezeigt.
authenticator-continue = Ich habe sie gespeichert – weiter
authenticator-added-title = Authenticator-App hinzugefügt
authenticator-added-body = Bewahren Sie Ihre Wiederherstellungscodes an einem sicheren Ort auf.
