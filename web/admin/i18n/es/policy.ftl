policy-whole-numbers = Introduzca números enteros dentro de los intervalos indicados.
policy-strands-title = Algunos usuarios perderían el restablecimiento por autoservicio
policy-strands = { $count ->
    [one] Con estos ajustes, { $count } usuario que hoy puede restablecer su contraseña ya no podría.
   *[other] Con estos ajustes, { $count } usuarios que hoy pueden restablecer su contraseña ya no podrían.
}
policy-saved-body = La política de restablecimiento se aplica desde ahora.
policy-title = Política de restablecimiento
policy-lead = Quién puede restablecer o desbloquear su propia contraseña, y cómo demuestra quién es.
policy-save-anyway = { $count ->
    [one] Guardar de todos modos ({ $count } pierde el restablecimiento por autoservicio)
   *[other] Guardar de todos modos ({ $count } pierden el restablecimiento por autoservicio)
}
policy-preview = Comprobar el efecto
policy-save = Guardar
policy-who-legend = Quién puede restablecer
policy-scope = El restablecimiento por autoservicio está activado para
policy-scope-none = Nadie (desactivado)
policy-scope-groups = Miembros de algunos grupos
policy-scope-all = Todos
policy-groups = Grupos
policy-groups-hint = Uno o varios, separados por comas. Los usuarios fuera de ellos deben acudir al servicio de asistencia.
policy-methods-legend = Métodos
policy-method-email = Código por correo electrónico
policy-method-sms = Código por SMS
policy-method-voice = Llamada de voz
policy-method-questions = Preguntas de seguridad
policy-method-authenticator = Código de la aplicación de autenticación
policy-directory-contacts = Los correos y teléfonos de contacto de los administradores o de importaciones cuentan como métodos
policy-directory-contacts-hint = Desactivado: solo cuentan los métodos que un usuario verificó por sí mismo. Se avisa a los usuarios cuando se añade un contacto para ellos.
policy-methods-required = Métodos que demuestra un usuario
policy-one = Uno
policy-two = Dos
policy-admins-prove-two = Los administradores siempre demuestran dos.
policy-questions-to-register = Preguntas de seguridad que se registran
policy-questions-to-register-hint = De 3 a 5.
policy-questions-to-reset = Preguntas de seguridad que se hacen en un restablecimiento
policy-questions-to-reset-hint = De 1 hasta el número registrado.
policy-registration-legend = Registro
policy-require-registration = Enviar al registro, al iniciar sesión, a los usuarios con muy pocos métodos
policy-everyone-second-factor = Pedir a todos un código de autenticación al iniciar sesión (a los administradores y al servicio de asistencia siempre se les pide)
policy-reconfirm-days = Pedir a los usuarios que vuelvan a confirmar sus métodos cada (días)
policy-reconfirm-days-hint = 0 para nunca; como máximo 730.
policy-notifications-legend = Notificaciones
policy-notify-users = Avisar a los usuarios cuando se restablezca su contraseña o se desbloquee su cuenta
policy-notify-admins = Avisar a todos los administradores cuando un administrador restablezca su contraseña
policy-impact = De { $users } usuarios habilitados, { $before } pueden restablecer su propia contraseña ahora; con estos ajustes podrían { $after }.
policy-impact-losing = De { $users } usuarios habilitados, { $before } pueden restablecer su propia contraseña ahora; con estos ajustes podrían { $after }. { $losing } lo perderían.
policy-now = Ahora
policy-after = Después

policy-admin-resets-legend = Restablecimientos por administradores y soporte técnico
policy-temporary-passwords = Permitir contraseñas temporales en los restablecimientos por administradores
policy-temporary-passwords-hint = Desactivado de forma predeterminada: quien restablece vería una contraseña válida para la cuenta. La consola restablece con un pase de acceso temporal, que nunca muestra ninguna: el usuario elige su propia contraseña.
policy-invite-provisioned = Invitar enseguida a los usuarios que crea un proveedor de identidad (SCIM)
policy-invite-provisioned-hint = Desactivado de forma predeterminada: un usuario creado por Entra ID u Okta no tiene contraseña y espera a que un administrador lo invite (o la restablece él mismo, si la directiva lo permite). Activado: recibe una invitación para elegir su contraseña en cuanto se crea.

## How strongly each role proves who they are at a self-service reset.

policy-strength-legend = Nivel de verificación para la recuperación
policy-strength-lead = Cómo demuestran quiénes son las personas de cada rol para restablecer su propia contraseña o desbloquear su cuenta. A quien tenga varios roles se le aplica el más estricto.
policy-strength-any = Cualquier método
policy-strength-any-hint = El número de métodos indicado arriba, de cualquier tipo (los administradores siempre demuestran dos).
policy-strength-two-methods = Dos métodos, no solo correo electrónico
policy-strength-two-methods-hint = Dos métodos, al menos uno de ellos distinto del correo electrónico; o una llave de acceso por sí sola.
policy-strength-phishing-resistant = Solo llave de acceso (resistente al phishing)
policy-strength-phishing-resistant-hint = Solo una llave de acceso: funciona únicamente en este sitio, así que nadie puede ser engañado para entregarla.
policy-strength-user = Usuarios
policy-strength-admin = Administradores
policy-strength-helpdesk = Soporte técnico
policy-strength-reports-reader = Lectores de informes
policy-strength-warning = Las personas de este rol sin llave de acceso no pueden restablecer la contraseña por sí mismas.

policy-models-legend = Autenticadores de llaves de acceso
policy-models-lead = En qué autenticadores se puede crear una llave de acceso nueva. Las llaves de acceso que ya tienen las personas se conservan.
policy-models-rule = Las llaves de acceso nuevas se pueden crear en
policy-models-any = Cualquier autenticador
policy-models-allow = Solo estos modelos
policy-models-block = Todos los modelos excepto estos
policy-models-list = Modelos de autenticador (AAGUID), uno por línea
policy-models-list-hint = Un AAGUID identifica la marca y el modelo de un autenticador (una llave de seguridad, o el gestor de llaves de acceso de un teléfono o un ordenador): 32 dígitos hexadecimales con el formato 8-4-4-4-12. Mientras haya una lista en vigor, se rechaza la llave de acceso de un autenticador que no indique ningún modelo.
policy-models-honest = El modelo es el que declara el propio autenticador: no se comprueba con el certificado de atestación de su fabricante. Una lista orienta hacia los dispositivos que usted aprueba, pero no puede detener un dispositivo hecho para mentir sobre su modelo.
