# Passkeys on the sign-in page of both apps: the button under the form, what
# it says while the browser asks, and the second step of a sign-in.

passkey-name = Clé d'accès
passkey-sign-in = Se connecter avec une clé d'accès
passkey-waiting = Suivez les instructions de votre navigateur pour utiliser votre clé d'accès…
passkey-cancelled = Annulé : aucune clé d'accès n'a été utilisée. Vous pouvez réessayer.
passkey-browser = Ce navigateur n'a pas pu utiliser de clé d'accès ici. Réessayez ou connectez-vous autrement.
passkey-refused-title = Cette clé d'accès n'a pas été acceptée
passkey-refused-body = Elle a peut-être été retirée de votre compte. Connectez-vous plutôt avec votre mot de passe.
passkey-use = Utiliser votre clé d'accès
passkey-only-lead = Terminez la connexion avec la clé d'accès que vous avez ajoutée à ce compte.
