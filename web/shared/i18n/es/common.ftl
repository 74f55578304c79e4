# What both apps say: the sign-in form, field widgets, notices when the
# server cannot be reached, and the contact-your-administrator line.

common-username = Nombre de usuario
common-password = Contraseña
common-sign-in = Iniciar sesión
common-signing-in = Iniciando sesión…
common-restoring = Restaurando su sesión…
common-show-password = Mostrar contraseña
common-verify = Verificar
common-checking = Comprobando…
common-offline-title = No se puede conectar con el servidor
common-offline-body = Compruebe su conexión e inténtelo de nuevo. No se ha cambiado nada.
common-unexpected-title = Algo ha salido mal
common-unexpected-body = El servidor dio una respuesta inesperada ({ $status }). Inténtelo de nuevo en un momento.
common-busy-title = No disponible por un momento
common-busy-body = El servicio está saturado o una parte no funciona. No se ha cambiado nada; inténtelo de nuevo en un minuto.
# Followed by a link naming the organisation's administrator.
common-still-stuck = ¿Sigue sin poder entrar?
# The link after "Still stuck?"; $company is the organisation's name.
common-contact-company-admin = Póngase en contacto con el administrador de { $company }
common-contact-admin = ¿Sigue sin poder entrar? Póngase en contacto con su administrador o con el servicio de asistencia.
common-language = Idioma
common-opening = Abriendo la página…
