# Setting up an authenticator app: the key as a QR code and as text, a first
# code to prove it, then the recovery codes, shown once.

authenticator-title = Set up an authenticator app
authenticator-required = Your account needs a code from an authenticator app at every sign-in. Set one up to go on.
# Microsoft Authenticator and Google Authenticator are app names.
authenticator-step-open = Open an authenticator app on your phone (Microsoft Authenticator, Google Authenticator or any other) and add an account.
authenticator-step-scan = Scan this QR code, or type the key below.
# Describes the QR code image for screen readers.
authenticator-qr = QR code of your authenticator key
# Followed by the key itself.
authenticator-key = Key:
authenticator-code-label = Code the app shows
authenticator-code-wrong = That code isn't right. Check the app's clock is set automatically, then enter the newest code.
authenticator-recovery-title = Your recovery codes
authenticator-recovery-lead = If you lose your phone, each of these signs you in once instead of a code. Save them now (print them or keep them in a password manager): they are not shown again.
authenticator-continue = I have saved them — continue
authenticator-added-title = Authenticator app added
authenticator-added-body = Keep your recovery codes somewhere safe.
