# The account page.

account-title = Su cuenta
account-signed-in-as = Sesión iniciada como { $name } ({ $username })
account-expires = Su contraseña caduca el { $date }. Cámbiela antes de esa fecha para seguir iniciando sesión sin interrupciones.
account-methods-title = Cómo demuestra su identidad
account-change = Cambiar su contraseña
account-methods-link = Sus métodos para restablecer la contraseña
account-authenticator = Configurar una aplicación de autenticación
account-admin-console = Consola de administración
account-sign-out = Cerrar sesión
account-signed-out-title = Sesión cerrada
account-signed-out-body = Ha cerrado la sesión.
account-not-in-scope = El restablecimiento en autoservicio no está activado para su cuenta.
account-enough = Suficiente para restablecer la contraseña usted mismo.
account-add-more = Añada { $count } más para poder restablecer la contraseña usted mismo.
account-none = Ninguno todavía.
account-sign-in-first-title = Inicie sesión primero
account-sign-in-first-body = Debe haber iniciado sesión para ver esta página. Una sesión termina cuando la cierra o tras un tiempo sin actividad.
account-activity-title = Actividad reciente
account-activity-intro = Los últimos 30 días, del más reciente al más antiguo.
account-activity-loading = Cargando su actividad reciente…
account-activity-none = Nada en los últimos 30 días.
# Same as English.
account-activity-what = { $action } — { $outcome }
account-activity-by-you = por usted
account-activity-by-someone-else = por otra persona
account-activity-by-system = por Latchkey
# Same as English.
account-activity-detail = { $time } · { $by }
account-activity-detail-from = { $time } · { $by } · desde { $address }
account-activity-show-all = Mostrar todo ({ $count })
account-activity-show-fewer = Mostrar menos
# Un botón pequeño junto a cada evento: la persona no lo hizo y quiere bloquear la cuenta (se pide confirmación).
account-activity-report = No fui yo
