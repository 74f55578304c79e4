# Passkeys on the sign-in page of both apps: the button under the form, what
# it says while the browser asks, and the second step of a sign-in.

passkey-name = Llave de acceso
passkey-sign-in = Iniciar sesión con una llave de acceso
passkey-waiting = Siga las indicaciones de su navegador para usar su llave de acceso…
passkey-cancelled = Cancelado: no se usó ninguna llave de acceso. Puede volver a intentarlo.
passkey-browser = Este navegador no pudo usar una llave de acceso aquí. Inténtelo de nuevo o inicie sesión de otra forma.
passkey-refused-title = No se aceptó esa llave de acceso
passkey-refused-body = Es posible que se haya quitado de su cuenta. Inicie sesión con su contraseña.
passkey-use = Usar su llave de acceso
passkey-only-lead = Termine de iniciar sesión con la llave de acceso que añadió a esta cuenta.
