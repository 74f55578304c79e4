### El registro de auditoría en palabras: el nombre de cada acción, su
### resultado y sus códigos de motivo tal como se leen (registro de actividad
### e informes de la consola, últimas columnas del CSV).

## El nombre de cada acción, al comienzo de una frase.

audit-action-sign-in = Inicio de sesión
audit-action-sign-out = Cierre de sesión
audit-action-session-ended = Sesión finalizada
audit-action-password-change = Cambio de contraseña
audit-action-account-lockout = Cuenta bloqueada
audit-action-user-created = Usuario creado
audit-action-settings-changed = Configuración modificada
audit-action-reset-started = Restablecimiento iniciado
audit-action-reset-code-sent = Código de restablecimiento enviado
audit-action-reset-code-failed = Código de restablecimiento incorrecto
audit-action-reset-method-verified = Método de restablecimiento comprobado
audit-action-reset-blocked = Restablecimiento rechazado
audit-action-reset-completed = Restablecimiento completado
audit-action-account-unlocked = Cuenta desbloqueada
audit-action-method-code-sent = Código de registro enviado
audit-action-method-code-failed = Código de registro incorrecto
audit-action-method-registered = Método registrado
audit-action-method-removed = Método eliminado
audit-action-methods-confirmed = Métodos confirmados
audit-action-user-updated = Usuario editado
audit-action-admin-password-reset = Contraseña restablecida por un operador
audit-action-roles-changed = Roles modificados
audit-action-user-deleted = Usuario eliminado
audit-action-invitation-sent = Invitación enviada
audit-action-invitation-accepted = Invitación utilizada
audit-action-helpdesk-check = Verificación de identidad por asistencia
audit-action-group-created = Grupo creado
audit-action-group-updated = Grupo editado
audit-action-group-renamed = Grupo renombrado
audit-action-group-deleted = Grupo eliminado
audit-action-group-member-added = Añadido a un grupo
audit-action-group-member-removed = Quitado de un grupo
audit-action-breached-password-audited = Contraseña filtrada aceptada (solo auditoría)
audit-action-agent-enrolment-issued = Token de inscripción de agente emitido
audit-action-agent-enrolled = Agente inscrito
audit-action-agent-keys-rotated = Claves del agente sustituidas
audit-action-agent-revoked = Agente revocado
audit-action-directory-synced = Directorio sincronizado
audit-action-client-created = Cliente de API creado
audit-action-client-secret-rotated = Secreto del cliente de API renovado
audit-action-client-revoked = Cliente de API revocado
audit-action-client-token-refused = Token del cliente de API rechazado
audit-action-webhook-created = Webhook suscrito
audit-action-webhook-changed = Webhook modificado
audit-action-webhook-secret-rotated = Secreto de firma del webhook renovado
audit-action-webhook-deleted = Webhook eliminado
audit-action-webhook-paused = Webhook en pausa tras un día de fallos
audit-action-preference-changed = Preferencia modificada

## Cómo terminó un evento, en una palabra.

audit-outcome-success = Correcto
audit-outcome-failure = Fallido
audit-outcome-locked = Bloqueado
audit-outcome-blocked = Impedido

## Lo que dice cada código de motivo, como parte de una lista.

audit-reason-account-disabled = la cuenta está desactivada
audit-reason-account-locked = la cuenta se bloqueó
audit-reason-administrator = por un administrador
audit-reason-answers-invalid = respuestas incorrectas
audit-reason-audit-only = aceptada porque la comprobación de filtraciones solo registra
audit-reason-authenticator-code-invalid = un código de autenticador incorrecto
audit-reason-passkey = con una llave de acceso
audit-reason-passkey-invalid = una llave de acceso no aceptada
audit-reason-passkey-model-not-allowed = un modelo de autenticador que la organización no acepta
audit-reason-passkey-renamed = una llave de acceso renombrada
audit-reason-access-pass = con un pase de acceso temporal
audit-reason-access-pass-invalid = un pase de acceso temporal incorrecto, aún no válido, ya usado o caducado
audit-reason-one-time = válido para un solo inicio de sesión
audit-reason-multi-use = válido para varios inicios de sesión
audit-reason-minutes = duración en minutos
audit-reason-replaced = sustituye al anterior
audit-reason-revoked = revocado
audit-reason-banned = una palabra prohibida
audit-reason-breached = encontrada en filtraciones conocidas
audit-reason-code-expired = el código había caducado
audit-reason-code-invalid = un código incorrecto
audit-reason-code-sent = se envió un código
audit-reason-corpus = en el corpus de filtraciones
audit-reason-custom-banned = una de las palabras prohibidas de la organización
audit-reason-directory-complexity = las reglas de complejidad del directorio
audit-reason-directory-refused = el directorio la rechazó
audit-reason-directory-unavailable = no se pudo contactar con el directorio
audit-reason-failed-proofs = demasiadas comprobaciones fallidas
audit-reason-failed-proofs-per-day = demasiadas comprobaciones fallidas hoy
audit-reason-flow-send-limit = demasiados códigos en un restablecimiento
audit-reason-helpdesk = por asistencia
audit-reason-import = por una importación
audit-reason-in-history = una contraseña ya usada
audit-reason-invalid-scope = un ámbito que el cliente no tiene
audit-reason-max-length = demasiado larga
audit-reason-min-length = demasiado corta
audit-reason-named-by-a-user-edit = mencionado en la edición de un usuario
audit-reason-no-invitation = no había ninguna invitación pendiente
audit-reason-no-password = no había contraseña establecida
audit-reason-not-registered = no registrado
audit-reason-out-of-scope = sin permiso para restablecer
audit-reason-personal = contiene el nombre de la persona
audit-reason-phone-cap = el límite de gasto telefónico
audit-reason-recovery-code = con un código de recuperación
audit-reason-refresh-reused = volvió una credencial de actualización ya usada
audit-reason-second-factor-required = se necesitaba un segundo factor
audit-reason-self-service = por la propia persona
audit-reason-send-failed = no se pudo enviar el mensaje
audit-reason-send-limit = demasiados códigos enviados
audit-reason-sessions-ended = se cerraron todas las sesiones
audit-reason-temporary-password = con una contraseña temporal
audit-reason-temporary-password-expired = la contraseña temporal había caducado
audit-reason-too-many-failures = demasiados fallos
audit-reason-unknown-client = un cliente de API desconocido
audit-reason-unknown-user = no existe ese usuario
audit-reason-unlock = para desbloquear
audit-reason-verified = tras comprobar quién era
audit-reason-wrong-password = una contraseña incorrecta
audit-reason-wrong-secret = un secreto de cliente incorrecto

# Un motivo con su detalle.
# Same as English.
audit-reason-detail = { $reason }: { $detail }
audit-action-breached-password-found = Contraseña filtrada detectada al iniciar sesión
audit-action-expiry-reminder-sent = Recordatorio de caducidad de la contraseña enviado
audit-action-scheduled-run = Ejecución programada
audit-action-account-reported = Cuenta notificada por su titular
audit-action-lockdown-lifted = Bloqueo de seguridad levantado
audit-reason-account-locked-down = la cuenta tiene un bloqueo de seguridad aplicado por su titular
audit-reason-activity = desde la actividad reciente
audit-reason-notice-link = desde el enlace de un aviso de seguridad
audit-reason-reported = notificado
audit-action-campaign-started = Campaña de registro iniciada
audit-action-campaign-ended = Campaña de registro finalizada
audit-action-campaign-invitation-sent = Invitado a registrarse
audit-action-registration-snoozed = Registro aplazado
audit-action-access-pass-issued = Pase de acceso temporal emitido
audit-action-access-pass-used = Pase de acceso temporal utilizado
audit-action-access-pass-revoked = Pase de acceso temporal revocado
audit-action-access-pass-expired = Pase de acceso temporal caducado sin usar
audit-reason-operator = el operador, con las credenciales propias del despliegue
