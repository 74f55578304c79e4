# Las palabras propias de la organización para los mensajes que envía Latchkey.

wording-nav = Mensajes
wording-title = Mensajes
wording-lead = Cambie las palabras de los correos, SMS, llamadas y avisos que envía Latchkey. Cada idioma tiene sus propias palabras; los mensajes que no haya cambiado usan las de Latchkey.
wording-language = Idioma de los mensajes
wording-problems-note = Los mensajes de error que muestran el portal y la consola no aparecen aquí: siempre usan las palabras de Latchkey.
wording-loading = Cargando los mensajes…
wording-group-emails = Correos electrónicos
wording-group-emails-hint = Partes de los correos que llevan un código de verificación o una invitación.
wording-group-texts = SMS
wording-group-texts-hint = El SMS que lleva un código de verificación. Sea breve: un SMS admite unos 160 caracteres (70 en japonés o árabe).
wording-group-calls = Llamadas
wording-group-calls-hint = Lo que dice una llamada antes de leer un código de verificación.
wording-group-notices = Avisos
wording-group-notices-hint = Avisos de seguridad, enviados por correo y por SMS: cada uno tiene un asunto y una frase.
wording-default = Palabras de Latchkey
wording-override = Sus palabras
wording-no-override = Ninguna: se usan las palabras de Latchkey.
wording-edit = Cambiar
wording-text = Palabras de este mensaje
wording-placeholders = Marcadores que puede usar: { $names }. Las formas del plural se escriben como en las palabras de Latchkey.
wording-no-placeholders = Este mensaje no tiene marcadores.
wording-preview = Vista previa
wording-save = Guardar las palabras
wording-saved-body = Los mensajes en este idioma usan sus palabras a partir de ahora.
wording-reset = Restablecer el texto predeterminado
wording-reset-warning = Se eliminan sus palabras para este mensaje y se vuelven a usar las de Latchkey.
wording-reset-confirm = Sí, restablecer
wording-restored-title = Texto predeterminado restablecido
wording-restored-body = Este mensaje vuelve a usar las palabras de Latchkey.
# Same as English.
wording-sample-org = Contoso
wording-sample-choice = «Tengo una invitación»
wording-sample-roles = administrador, asistencia
wording-sample-when = 14/03/2025 09:30 UTC
