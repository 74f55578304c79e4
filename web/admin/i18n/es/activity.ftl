# The reports' event table: its filters, its columns and the kinds of
# activity an event belongs to.

activity-title = Eventos
activity-any = Cualquier actividad
activity-policy-change = Cambio de la política de restablecimiento
activity-blocked-from-reset = Excluido del restablecimiento de autoservicio
activity-self-service-change = Cambio de contraseña (autoservicio)
activity-admin-reset = Restablecimiento por un administrador
activity-self-service-reset = Restablecimiento (autoservicio)
activity-flow-progress = Progreso del restablecimiento
activity-self-service-unlock = Desbloqueo (autoservicio)
activity-user-registered = Registro
activity-admin-unlock = Desbloqueo por un administrador
activity-import = Importación
activity-lockout = Bloqueo
# Same as English.
activity-row-action = { $activity }: { $action }
activity-loading = Cargando…
activity-none = Ningún evento coincide.
activity-count = Eventos: { $count }, los más recientes primero.
activity-count-more = Eventos: { $count }+, los más recientes primero.
activity-load-more = Cargar más
activity-filter-label = Filtrar los eventos
activity-from = Desde (día)
activity-to = Hasta (día, incluido)
activity-activity = Actividad
activity-outcome = Resultado
activity-any-outcome = Cualquier resultado
activity-method = Método
activity-any-method = Cualquier método
activity-user = Usuario afectado (nombre de usuario o id)
activity-actor = Realizado por (nombre de usuario o id)
activity-text = Palabras (un nombre, una dirección, un motivo)
activity-show = Mostrar eventos
activity-download-csv = Descargar como CSV
activity-col-time = Hora
activity-col-activity = Actividad
activity-col-actor = Autor
activity-col-target = Afectado
activity-col-outcome = Resultado
activity-col-reason = Motivo
activity-col-methods = Métodos
activity-col-client-address = Dirección del cliente
activity-col-user-agent = Agente de usuario
activity-col-reference = Id de referencia
