# The administrator's home: tiles of figures, each a link to the screen
# behind it.

home-title = Inicio
home-lead = Cómo va el autoservicio esta semana y quién necesita atención ahora.
home-loading = Cargando las cifras…
home-registered-label = Registrados en el autoservicio
home-registered-value = { $share } %
home-registered-detail = { $registered } de { $users } usuarios habilitados; pueden restablecer: { $capable }
home-resets-label = Restablecimientos de autoservicio esta semana
home-resets-detail = Por un operador: { $count }
home-failures-label = Pasos fallidos o rechazados esta semana
home-failures-none = Ninguno
home-failures-top = Lo más frecuente: { $reason }
home-not-registered-label = No registrados
home-not-registered-detail = Aún no pueden restablecer su propia contraseña
home-locked-label = Bloqueados ahora
home-locked-detail = Desbloquéelos desde su página
home-expired-label = Contraseñas caducadas
home-expired-detail = Deben cambiarla en su próximo inicio de sesión
home-agents-label = Agentes de reescritura en línea
home-agents-value = { $online } de { $live }
home-agents-some-offline = Algunos no pueden reescribir ahora
home-agents-all-online = Reescritura activa
# A count that goes past the first page of a list ("50+": 50 or more).
# Same as English.
home-count-more = { $count }+
