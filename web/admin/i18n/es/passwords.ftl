# The password and lockout rules, the breach check, and the organisation's
# own security questions.

passwords-title = Reglas de contraseña y de bloqueo
passwords-lead = Para todos en su organización. Las contraseñas existentes se comprueban con las nuevas reglas en su próximo cambio.
passwords-number-error = Introduzca un número entero dentro del rango indicado.
passwords-saved = Las nuevas reglas se aplican a partir del próximo inicio de sesión o cambio de contraseña de cada usuario.
passwords-save-anyway = Guardar de todos modos ({ $count } deberán cambiarla)
passwords-expires-title = Las contraseñas caducarían de inmediato
passwords-expires-what = Con esta antigüedad máxima, usuarios que deberán cambiar su contraseña en su próximo inicio de sesión: { $count }.
passwords-impact = Usuarios con una contraseña que supera la antigüedad máxima: ahora { $before } de { $users }, con estas reglas { $after }. { $recent }
passwords-impact-then = una comprobación obligatoria rechaza esas contraseñas
passwords-recent-none = No se ha comprobado ninguna contraseña nueva en filtraciones en los últimos { $days } días.
passwords-recent = { $checked ->
    [one] En los últimos { $days } días, encontradas en filtraciones conocidas: { $breached } de { $checked } contraseña nueva; { $then }.
   *[other] En los últimos { $days } días, encontradas en filtraciones conocidas: { $breached } de { $checked } contraseñas nuevas; { $then }.
}
passwords-then-refused = se rechazaron
passwords-then-accepted = se aceptaron, porque la comprobación es solo de auditoría
passwords-then-off = la comprobación está desactivada
passwords-status-corpus = Las contraseñas nuevas se buscan entre las { $shipped } contraseñas filtradas más comunes incluidas en Latchkey y en un corpus importado de { $entries } hashes ({ $source }, importado el { $date }). { $recent }
passwords-status-no-corpus = Las contraseñas nuevas se buscan entre las { $shipped } contraseñas filtradas más comunes incluidas en Latchkey. No hay ningún corpus completo importado (consulte el README: latchkey-breach-import). { $recent }
passwords-status-loading = Leyendo el estado de la comprobación de filtraciones…

## The form.

passwords-passwords = Contraseñas
passwords-min-length = Longitud mínima
passwords-min-length-hint = De 8 a 64 caracteres; se recomiendan 12 o más.
passwords-history = Contraseñas recordadas
passwords-history-hint = Un cambio no puede reutilizar este número de contraseñas recientes (de 0 a 24).
passwords-max-age = Antigüedad máxima en días
passwords-max-age-hint = En blanco: las contraseñas nunca caducan (recomendado). Si no, de 1 a 3650.
passwords-reminder-days = Recordar antes de la caducidad (días)
passwords-reminder-days-hint = Los recordatorios se envían por correo electrónico, en el idioma de cada usuario, con un enlace a la página de cambio; déjelo en blanco para no enviar ninguno.
passwords-reminder-days-error = Introduzca hasta 10 números enteros del 1 al 90, separados por comas.
passwords-reminder-sms = También por SMS
passwords-banned = Palabras prohibidas
passwords-banned-hint = Una por línea, de 4 a 16 caracteres: nombres de su empresa, productos, lugares. Se comparan como las contraseñas comunes: sin tener en cuenta mayúsculas, caracteres parecidos ni una errata.
passwords-breached = Contraseñas filtradas
passwords-breached-hint = Las contraseñas que aparecen en filtraciones de datos conocidas son las primeras que prueba un atacante. Latchkey busca cada contraseña nueva sin enviarla a ninguna parte.
passwords-breached-mode = Contraseñas nuevas encontradas en filtraciones
passwords-mode-enforce = Rechazarlas (recomendado)
passwords-mode-audit = Aceptarlas y registrar cada una (solo auditoría)
passwords-mode-off = No comprobar
passwords-at-sign-in = Contraseñas encontradas en filtraciones al iniciar sesión
passwords-at-sign-in-hint = Se comprueba en cada inicio de sesión correcto: si se exige un cambio, la sesión no permite nada más y se avisa al titular de la contraseña.
passwords-at-sign-in-enforce = Exigir un cambio y avisar al titular (recomendado)
passwords-at-sign-in-audit = Permitir el inicio de sesión y registrar cada uno (solo auditoría)
passwords-min-count = Rechazar contraseñas que aparezcan en el corpus importado
passwords-min-count-1 = Al menos una vez
passwords-min-count-10 = Al menos 10 veces
passwords-min-count-100 = Al menos 100 veces
passwords-min-count-1000 = Al menos 1000 veces
passwords-min-count-10000 = Al menos 10 000 veces
passwords-lockout = Bloqueo de inicio de sesión
passwords-lockout-threshold = Inicios de sesión fallidos antes de un bloqueo
passwords-lockout-threshold-hint = De 1 a 100.
passwords-lockout-first = Primer bloqueo, en segundos
passwords-lockout-first-hint = Cada bloqueo posterior lo duplica.
passwords-lockout-max = Bloqueo más largo, en segundos
passwords-lockout-max-hint = Como máximo 604800 (una semana).
passwords-check-effect = Comprobar el efecto
passwords-save = Guardar
passwords-saving = Guardando…

## The organisation's own security questions.

passwords-questions-title = Sus propias preguntas de seguridad
passwords-questions-lead = Se ofrecen junto a las diez preguntas predefinidas, tal como están escritas, en todos los idiomas. Hasta 20, de 10 a 200 caracteres cada una. Reformular una pregunta conserva las respuestas que le dieron los usuarios; eliminarla las anula.
passwords-questions-saved = Los usuarios ven estas preguntas cuando registran sus preguntas de seguridad.
passwords-strands-title = Algunos usuarios perderían el restablecimiento de autoservicio
passwords-strands-what = Usuarios que respondieron a una pregunta que usted eliminó y se quedarían sin respuestas suficientes para restablecer su contraseña (se les pediría que se registraran de nuevo): { $count }.
passwords-questions-save-anyway = Guardar de todos modos ({ $count } deberán registrarse de nuevo)
passwords-question = Pregunta { $number }
passwords-question-remove-label = Eliminar la pregunta: { $question }
passwords-question-remove = Eliminar
passwords-question-add = Añadir una pregunta
passwords-questions-save = Guardar preguntas
