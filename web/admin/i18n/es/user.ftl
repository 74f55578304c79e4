# La página de un usuario en la consola.

user-all-users = ← Todos los usuarios
user-loading = Cargando el usuario…

## Distintivos.

user-badge-disabled = Deshabilitado
user-badge-locked = Bloqueado
user-badge-must-change = Debe cambiar la contraseña
# El titular informó de algo que no hizo («No fui yo»): el autoservicio está congelado.
user-badge-locked-down = Bloqueo de seguridad

## El aviso del propio titular («No fui yo» en un correo de seguridad o en su
## actividad reciente): todas las sesiones terminaron, y el restablecimiento y
## el registro quedan congelados hasta que un administrador levante el bloqueo.

user-lockdown-title = Informado por el titular
user-lockdown-what = Lo que dice que no hizo: { $what }
user-lockdown-what-at = Lo que dice que no hizo: { $what } ({ $at })
user-lockdown-from-link = Informado el { $at }, desde el enlace de un aviso de seguridad.
user-lockdown-from-activity = Informado el { $at }, desde su actividad reciente.
user-lockdown-from-other = Informado el { $at }.
user-lockdown-effect = Todas las sesiones terminaron. El restablecimiento de contraseña por autoservicio y el registro quedan congelados hasta que se levante el bloqueo.
user-lockdown-help = Compruebe quién es antes de ayudarle: restablezca la contraseña con un restablecimiento verificado por el servicio de asistencia y después levante el bloqueo.
user-lockdown-lift = Levantar el bloqueo
user-lockdown-lift-warning = El restablecimiento de contraseña por autoservicio y el registro vuelven a funcionar para este usuario. Levántelo solo después de comprobar quién es.
user-lockdown-lift-confirm = Sí, levantarlo
user-lockdown-lift-done = Se levantó el bloqueo: el autoservicio vuelve a funcionar para este usuario.

## Acciones.

user-actions = Acciones
user-own-account = Esta es su propia cuenta: cambie su contraseña y sus métodos en el portal de autoservicio.
user-privileged = Solo un administrador puede actuar sobre una cuenta que tiene un rol administrativo.
user-deleted-title = Usuario eliminado
user-done-title = Hecho
user-reset-warning = Latchkey crea una contraseña temporal que se le muestra una sola vez. Es válida durante 24 horas y solo sirve para elegir una nueva contraseña; las sesiones del usuario terminan ahora.
user-reset-confirm = Crear una contraseña temporal
user-reset-done = Contraseña temporal creada. Se avisó al usuario de que su contraseña se restableció.
user-invite = Enviar una invitación de restablecimiento por correo
user-invite-done = Se envió al usuario por correo electrónico una invitación para establecer una nueva contraseña.
user-unlock = Desbloquear
user-unlock-done = La cuenta está desbloqueada; el usuario puede volver a iniciar sesión y restablecer su contraseña.
user-locked-now = Bloqueado ahora.
user-not-locked-now = No está bloqueado ahora; también levanta los bloqueos de restablecimiento.
user-require-change = Exigir un cambio de contraseña
user-require-change-done = El usuario deberá cambiar su contraseña en su próximo inicio de sesión.
user-end-sessions = Cerrar todas las sesiones
user-end-sessions-warning = Se cierra la sesión del usuario en todas partes a la vez.
user-end-sessions-confirm = Sí, cerrarlas
user-end-sessions-done = Se cerraron todas las sesiones de este usuario.
user-clear-methods = Exigir un nuevo registro
user-clear-methods-warning = Se eliminan el correo, el teléfono y las preguntas de seguridad que registró el usuario; los configurará de nuevo en su próximo inicio de sesión. Los contactos del directorio se conservan.
user-clear-methods-confirm = Sí, eliminarlos
user-clear-methods-done = Se eliminaron los métodos propios del usuario; se registrará de nuevo en su próximo inicio de sesión.
user-let-expire = Permitir que la contraseña caduque
user-expires-done = La contraseña ahora caduca según las reglas de contraseñas.
user-never-expires = La contraseña nunca caduca
user-never-expires-done = La contraseña ya no caduca.
user-disable = Deshabilitar cuenta
user-disable-warning = El usuario ya no podrá iniciar sesión ni restablecer su contraseña, y todas sus sesiones terminan ahora.
user-disable-confirm = Sí, deshabilitar
user-disable-done = La cuenta está deshabilitada y sus sesiones se cerraron.
user-enable = Habilitar cuenta
user-enable-done = La cuenta vuelve a estar habilitada.
user-delete = Eliminar usuario
user-delete-warning = El usuario se elimina de forma definitiva; su historial de auditoría se conserva.
user-delete-confirm = Sí, eliminar
user-delete-done = Se eliminó el usuario; su historial de auditoría se conserva.

## Contraseña temporal.

user-temporary-title = Contraseña temporal
user-temporary-warning = Solo se muestra ahora: no se guarda y no se podrá volver a mostrar. Entréguela al usuario por un canal de confianza, nunca por correo electrónico. Es válida hasta el { $expires } y solo para elegir una nueva contraseña en el próximo inicio de sesión.
user-copy = Copiar
user-copied = Copiada
user-given = Ya se la entregué al usuario

## Verificación de quien llama.

user-verify-title = Verifique primero a quien llama
user-verify-lead = Antes de que el soporte técnico restablezca o desbloquee, el usuario demuestra que es él: envíe un código a uno de sus propios métodos e introduzca el código que le lea.
user-verify-no-method = Este usuario no tiene correo ni teléfono al que enviar un código. Un administrador debe atender esta solicitud.
user-verify-email = Enviar un código por correo
user-verify-text = Enviar un código por SMS
user-verify-call = Llamar con un código
user-verify-sent = Código enviado a { $to }. Pida a quien llama que se lo lea; es válido hasta el { $until }.
user-verify-code = Código que leyó quien llama
user-verify-check = Comprobar el código

## Datos.

user-details = Detalles
user-emails = Correos electrónicos
user-phones = Teléfonos
user-groups = Grupos
user-reset-methods = Métodos de restablecimiento
user-methods-none = Ninguno todavía.
user-method-email = Correo electrónico
user-method-sms = SMS
user-method-voice = Llamada de voz
user-method-questions = Preguntas de seguridad
user-method-authenticator = Aplicación de autenticación
user-method-from-directory = del directorio
user-method-proven = confirmado por el usuario el { $at }
user-method-registered = registrado por el usuario
# Same as English.
user-method = { $kind }: { $hint } ({ $source })
user-registration = Registro
user-registration-summary = { $state }: { $registered ->
    [one] { $registered } método
   *[other] { $registered } métodos
}; mínimo para restablecer: { $required }
user-reconfirm-by = ; reconfirmar antes del { $at }
user-locked-out = Bloqueado
user-locked-everywhere = En todas partes, hasta el { $at }
user-locked-here = Desde la dirección de su último inicio de sesión (demasiadas contraseñas incorrectas desde allí)
# Same as English.
user-not-locked = No
user-password-changed = Contraseña cambiada
user-password-expires = Caducidad de la contraseña
user-never = Nunca
user-temporary-password = Contraseña temporal
user-temporary-valid = Válida hasta el { $at }
user-last-sign-in = Último inicio de sesión
user-last-reset = Último restablecimiento
user-created = Creado
user-invitation = Invitación
user-invitation-sent = Enviada a { $to }; válida hasta el { $until }

## Perfil.

user-profile = Perfil
user-display-name = Nombre para mostrar
user-first-name = Nombre
user-last-name = Apellidos
user-contact-emails = Correos de contacto
user-contact-phones = Teléfonos de contacto
user-commas-hint = Separe varios con comas.
user-phone-hint = Formato internacional, +34 912 345 678.
# Same as English.
user-roles = Roles
user-roles-hint = Se avisa a todos los administradores cuando se concede o se retira un rol.
user-save = Guardar cambios
user-saving = Guardando…
user-saved-title = Guardado
user-profile-saved = Los datos del usuario están actualizados.

## Teléfono de oficina.

user-office = Teléfono de oficina
user-office-label = Teléfono fijo para llamadas con código
user-office-hint = Formato internacional, +34 912 345 678. Solo lo configuran los administradores.
user-office-save = Guardar teléfono de oficina
user-office-remove = Quitar
user-office-saved = Las llamadas con código ya pueden ir al teléfono de oficina.
user-office-removed = Se quitó el teléfono de oficina.

## Actividad reciente.

user-activity = Actividad reciente
user-activity-none = Nada todavía.
user-activity-when = Cuándo
user-activity-what = Qué
user-activity-outcome = Resultado
user-activity-details = Detalles
user-language = Idioma
user-language-default = El de la organización
user-language-hint = Su portal, su consola y todos los mensajes que recibe, hasta que elija otro.

## El directorio local del que procede un usuario sincronizado.

user-directory = Directorio
user-directory-name = Directorio
user-directory-synced = Última sincronización
user-directory-locked = Bloqueado en el directorio
user-directory-locked-since = Bloqueado en el directorio desde el { $at }
user-directory-password-changed = Contraseña cambiada en el directorio
user-directory-password-expires = La contraseña caduca en el directorio
user-directory-protected = Cuenta protegida en el directorio (privilegiada aquí)
user-directory-pass-through = Inicia sesión a través del directorio
user-directory-removed = Eliminado del directorio

user-passkeys = Llaves de acceso
user-passkeys-none = Ninguna llave de acceso.
user-passkey-dates = Añadida el { $added }, último uso el { $used }
user-passkey-dates-unused = Añadida el { $added }, nunca usada
user-passkey-model = Modelo de autenticador: { $model }
user-passkey-remove = Quitar la llave de acceso
user-passkey-remove-warning = «{ $name }» ya no servirá para iniciar sesión en esta cuenta. Se avisa al usuario.
user-passkey-remove-confirm = Sí, quitarla
user-passkey-removed = Se quitó la llave de acceso «{ $name }»; se avisó al usuario.
