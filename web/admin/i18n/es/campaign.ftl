# La campaña de registro: los usuarios con muy pocos métodos de
# restablecimiento reciben una invitación por correo y se les pide en cada
# inicio de sesión, «ahora o más tarde», que se registren. «Más tarde» es el
# nombre del botón en el portal (nudge-later).

campaign-nav = Campaña de registro
campaign-title = Campaña de registro
campaign-lead = Consiga que se registren los usuarios que aún no pueden restablecer su contraseña por sí mismos: una invitación por correo electrónico y un recordatorio al iniciar sesión que pueden posponer unas cuantas veces antes de que el registro sea obligatorio.
campaign-loading = Cargando la campaña…
campaign-none = No hay ninguna campaña en curso
campaign-none-body = Inicie una para todos los usuarios o para los miembros de algunos grupos. A quienes ya tienen suficientes métodos no se les pide nada; a los demás se les pide en su próximo inicio de sesión.
campaign-progress = Progreso
campaign-progress-pending = Se cuenta cada 15 minutos; el primer recuento llegará pronto.
campaign-rules = Reglas
campaign-target = Quién
campaign-target-all = Todos los usuarios
campaign-target-groups = Miembros de grupos
campaign-target-groups-named = Miembros de { $groups }
campaign-laters = «Más tarde» permitido
campaign-laters-count = { $count ->
    [one] { $count } vez
   *[other] { $count } veces
}
campaign-laters-none = Nunca: el registro va primero en el próximo inicio de sesión
campaign-days = Días entre avisos
campaign-days-count = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
campaign-days-none = Ninguno: se vuelve a pedir en el próximo inicio de sesión
campaign-invite = Invitaciones por correo electrónico
campaign-invite-on = Enviadas a los usuarios que no se han registrado
campaign-invite-off = Desactivadas
campaign-started = Iniciada
campaign-change = Cambiar
campaign-end = Finalizar la campaña
campaign-end-warning = No se envían más invitaciones y ya no se pide nada a nadie al iniciar sesión. Los usuarios a los que la directiva de restablecimiento obliga a registrarse siguen obligados.
campaign-end-confirm = Sí, finalizarla
campaign-ended-title = Campaña finalizada
campaign-ended-body = Ya no se pide a nadie que se registre al iniciar sesión.
campaign-started-title = Campaña iniciada
campaign-started-body = A los usuarios se les pedirá en su próximo inicio de sesión. Las invitaciones se envían, y el progreso se cuenta, en la próxima ejecución programada, dentro de 15 minutos.
campaign-chart-title = { $count ->
    [one] { $count } usuario objetivo
   *[other] { $count } usuarios objetivo
}
campaign-registered = Registrados
campaign-snoozed = Lo pospusieron
campaign-required = Deben registrarse en el próximo inicio de sesión
campaign-waiting = Aún no alcanzados
campaign-chart-summary = { $targeted ->
    [one] De { $targeted } usuario objetivo: { $registered } registrados, { $snoozed } lo pospusieron, { $required } deben registrarse en su próximo inicio de sesión y { $waiting } aún no alcanzados.
   *[other] De { $targeted } usuarios objetivo: { $registered } registrados, { $snoozed } lo pospusieron, { $required } deben registrarse en su próximo inicio de sesión y { $waiting } aún no alcanzados.
}
campaign-no-targets = Ningún usuario es objetivo: compruebe los grupos y que el restablecimiento de autoservicio esté activado para ellos.
campaign-invited = Invitados por correo electrónico
campaign-registered-since = Registrados desde el inicio
campaign-counted-at = Contado el
campaign-form-title-new = Iniciar una campaña
campaign-form-title-change = Cambiar la campaña
campaign-form-target = Para quién
campaign-form-groups = Grupos
campaign-form-groups-hint = Uno o varios, separados por comas.
campaign-form-groups-needed = Indique al menos un grupo.
campaign-form-laters = «Más tarde» permitido (veces)
campaign-form-laters-hint = De 0 a 10. Con 0, el registro va primero en el próximo inicio de sesión.
campaign-form-days = Días entre avisos
campaign-form-days-hint = De 0 a 14. Con 0, se vuelve a pedir a los usuarios en su próximo inicio de sesión.
campaign-form-invite = Enviar una invitación por correo electrónico a los usuarios que no se han registrado
campaign-form-whole-number = Introduzca un número entero de { $min } a { $max }.
campaign-form-start = Iniciar la campaña
campaign-form-save = Guardar
campaign-restart-warning = Al guardar, la campaña empieza de nuevo: las invitaciones se vuelven a enviar y los «Más tarde» de todos vuelven a cero.
campaign-restart-confirm = Sí, empezar de nuevo
