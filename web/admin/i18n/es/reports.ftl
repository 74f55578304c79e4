# Reports: charts over a period, the administrator's questions answered in
# sentences, the registration summary and the users not yet registered.

reports-title = Informes
reports-lead = Restablecimientos de autoservicio y registro: cómo fueron, quién necesita un recordatorio y cada evento.
reports-period = Período
reports-period-7 = Los últimos 7 días
reports-period-30 = Los últimos 30 días
reports-period-90 = Los últimos 90 días
reports-loading = Cargando los informes…

## How people prove who they are, and the data they register.

reports-method-email = Correo electrónico
reports-method-sms = SMS
reports-method-voice = Llamada de voz
reports-method-questions = Preguntas de seguridad
reports-method-authenticator = Aplicación de autenticación
reports-method-passkey = Llave de acceso (resistente al phishing)
reports-method-mobile = Teléfono móvil
reports-method-office-phone = Teléfono de oficina

## How a step ended.

reports-outcome-success = Correcto
reports-outcome-failure = Fallido
reports-outcome-locked = Bloqueado
reports-outcome-blocked = Excluido

## Lists in sentences.

# Same as English.
reports-counted = { $name } ({ $count })
# Same as English.
reports-list-separator = { ", " }
reports-none = Ninguno.
reports-none-inline = ninguno
reports-unknown-name = un nombre desconocido

## The charts.

reports-partial = Los gráficos muestran solo los 10.000 eventos más recientes de cada tipo: elija un período más corto para verlos todos.
reports-charts = Gráficos
reports-chart-outcome = Restablecimientos de autoservicio por día, por resultado
reports-chart-method = Restablecimientos completados por día, por método
reports-chart-coverage = Cobertura del registro (días anteriores estimados)
reports-chart-problems = Principales motivos de fallo
reports-chart-problems-counts = Veces
reports-outcome-summary = Restablecimientos de autoservicio por día en los últimos { $days } días, por resultado: total { $total }, correctos { $succeeded }.
reports-method-summary = Restablecimientos completados por día en los últimos { $days } días, por método acreditado: { $methods }.
reports-coverage-summary = Cobertura del registro al final de cada día. Hoy: registrados { $registered } de { $users } usuarios habilitados; pueden restablecer { $capable }; no registrados { $unregistered }. Los días anteriores se estiman a partir de las cifras de hoy y de los eventos de registro del período.
reports-problems-summary = Los motivos de fallo más frecuentes en los últimos { $days } días: { $reasons }.
reports-chart-sign-ins = Inicios de sesión por método
reports-chart-sign-ins-counts = Inicios de sesión
reports-sign-in-password = Contraseña
reports-sign-in-password-authenticator = Contraseña + aplicación de autenticación
reports-sign-in-password-passkey = Contraseña + llave de acceso
reports-sign-in-passkey = Llave de acceso
reports-sign-in-access-pass = Pase de acceso temporal
reports-sign-ins-summary = Inicios de sesión en los últimos { $days } días, según cómo se acreditaron: { $methods }.
reports-sign-ins-resistant = El { $share } % de los inicios de sesión fueron resistentes al phishing (con una llave de acceso): { $resistant } de { $total }.
reports-sign-ins-none = No hubo inicios de sesión en este periodo.
reports-coverage-capable = Pueden restablecer
reports-coverage-registered = Registrados, aún no pueden restablecer
reports-coverage-not-registered = No registrados

## The administrator's questions, each answered in a sentence.

reports-questions = Preguntas
reports-answers-partial = Estas respuestas solo leen los primeros { $count } eventos del período, que contiene más: elija un período más corto para obtener respuestas completas.
reports-q-policy = ¿Qué cambió en la política de restablecimiento?
reports-policy-change = { $when }: { $what } por { $who }
reports-the-settings = la configuración
reports-someone = alguien
reports-q-registered = ¿Cuántas personas se registraron?
reports-a-registered = En el período: personas registradas { $people }, métodos registrados { $methods }. Ahora: registrados { $registered } de { $users } usuarios habilitados; pueden restablecer { $capable }.
reports-q-who = ¿Quién se registró?
reports-q-data = ¿Qué datos registraron?
reports-a-data = En el período: { $period }. Todos ahora: { $now }.
reports-q-resets = ¿Cuántas personas restablecieron su contraseña?
reports-a-resets = Restablecimientos de autoservicio en los últimos { $days } días: { $resets }; restablecimientos por un administrador: { $admin }.
reports-q-methods = ¿Qué métodos se usan más?
reports-q-problems = ¿Cuáles son los problemas más frecuentes?
reports-q-admins = ¿Qué administradores restablecen su propia contraseña a menudo?
reports-q-suspicious = ¿Alguna actividad sospechosa?
# Same as English.
reports-suspicious-line = { $what }: { $who }
reports-suspicious-blocked = Excluidos del restablecimiento
reports-suspicious-failed-proofs = Tres o más verificaciones fallidas
reports-suspicious-starts-user = Cinco o más inicios de restablecimiento para un mismo usuario
reports-suspicious-starts-address = Diez o más inicios de restablecimiento desde una misma dirección

## Registration: everyone, by data, by group.

reports-registration = Registro
reports-registered-data = Datos registrados, en usuarios: { $methods }
reports-by-group = Registro por grupo
reports-col-who = Quién
reports-col-users = Usuarios habilitados
reports-col-registered = Registrados
reports-col-capable = Pueden restablecer
reports-col-not-registered = No registrados
reports-col-not-in-scope = Fuera del ámbito de restablecimiento
reports-everyone = Todos

## The users not registered yet.

reports-not-registered-title = Aún no registrados
reports-not-registered-loading = Cargando…
reports-all-registered = Todas las personas del ámbito de restablecimiento se han registrado.
reports-users-shown = Usuarios mostrados: { $count }.
reports-users-shown-more = Usuarios mostrados: { $count }+.
reports-not-registered-table = Usuarios no registrados
reports-col-name = Nombre
reports-col-username = Nombre de usuario
reports-col-groups = Grupos
reports-load-more = Cargar más
reports-download-csv = Descargar como CSV
