# "Can't access your account?": reset or unlock.

recover-reset-title = Restablecer su contraseña
recover-unlock-title = Desbloquear su cuenta
recover-progress = Paso { $step } de { $total }: { $name }
recover-step-username = ¿Quién es usted?
recover-step-methods = Elija cómo recibir un código
recover-step-code = Introduzca el código
recover-step-questions = Responda a sus preguntas de seguridad
recover-step-new-password = Elija una nueva contraseña
recover-reset-lead = ¿Ha olvidado su contraseña? Demuestre su identidad y elija una nueva.
recover-unlock-lead = ¿Se ha quedado bloqueado tras demasiados intentos? Demuestre su identidad y se levantará el bloqueo. Su contraseña no cambia.
recover-enter-username = Introduzca su nombre de usuario.
recover-looking-up = Buscando su cuenta…
recover-next = Siguiente
recover-back = Volver a iniciar sesión
recover-method-email = Enviar un código por correo a { $hint }
recover-method-sms = Enviar un código por SMS a { $hint }
recover-method-questions = { $count ->
    [one] Responder a { $count } pregunta de seguridad
   *[other] Responder a { $count } preguntas de seguridad
}
recover-method-voice = Llamar a { $hint } y leer un código en voz alta
recover-method-authenticator = Introducir un código de su aplicación de autenticación
recover-method-done = { $method } (hecho)
recover-need-ways = Por su seguridad, debe demostrar su identidad de { $required } formas. { $remaining ->
    [one] Falta una.
   *[other] Faltan { $remaining }.
}
recover-need-one = Le enviaremos un código de un solo uso.
recover-where-title = ¿Dónde le enviamos el código?
recover-choose-title = Elija un método
recover-choose-body = Indique dónde debemos enviar su código.
recover-sending = Enviando…
recover-send-code = Enviar código
recover-unrecognised = ¿No reconoce estos datos? Puede que estén desactualizados.
recover-sent-sms = Hemos enviado un código por SMS a { $hint }.
recover-sent-voice = Estamos llamando a { $hint }; el código se lee dos veces.
recover-sent-app = Introduzca el código de 6 dígitos que muestra ahora su aplicación de autenticación, o uno de sus códigos de recuperación.
recover-sent-email = Hemos enviado un código por correo a { $hint }. Puede tardar un minuto; revise también la carpeta de correo no deseado.
recover-code-until = El código sirve una sola vez y hasta las { $time }.
recover-code = Código
recover-enter-code = Introduzca el código del mensaje.
recover-code-wrong = Ese código no es correcto.
recover-code-wrong-left = Ese código no es correcto. { $count ->
    [0] No quedan intentos para este código: envíe uno nuevo.
    [one] Queda { $count } intento.
   *[other] Quedan { $count } intentos.
}
recover-new-code-title = Código nuevo enviado
recover-new-code-body = Use el código más reciente; los anteriores ya no funcionan.
recover-send-new = Enviar un código nuevo
recover-try-another = Probar de otra forma
recover-questions-lead = Responda a las preguntas que eligió al configurar el restablecimiento de contraseña. No importan las mayúsculas ni los espacios.
recover-answers-wrong-title = Al menos una respuesta no es correcta
recover-answers-wrong-body = { $count ->
    [one] Revíselas e inténtelo de nuevo. { $count } intento fallido más pausará los restablecimientos de su cuenta.
   *[other] Revíselas e inténtelo de nuevo. { $count } intentos fallidos más pausarán los restablecimientos de su cuenta.
}
recover-saving = Guardando…
recover-set-new = Establecer nueva contraseña
recover-reset-done-title = Su contraseña se ha restablecido
recover-reset-done-body = Su cuenta también está desbloqueada y se han cerrado todas las demás sesiones. Le hemos avisado por correo y por SMS, así que se enterará si no fue usted.
recover-unlock-done-title = Su cuenta está desbloqueada
recover-unlock-done-body = Su contraseña no ha cambiado. Inicie sesión con ella como siempre.
recover-start-again = Volver a empezar

## A passkey as a way to prove it's you: the browser asks for it, nothing is sent.

recover-step-how = Elija cómo demostrar que es usted
recover-step-passkey = Use su llave de acceso
recover-method-passkey = Llave de acceso: su huella, su cara o el bloqueo de pantalla
recover-how-title = ¿Cómo quiere demostrar que es usted?
recover-need-passkey = Demuestre que es usted con la llave de acceso que añadió a su cuenta.
recover-passkey-enough = Basta con una llave de acceso.
recover-passkey-unsupported = Este navegador no puede usar llaves de acceso: elija otra forma o abra esta página en un navegador que pueda.
recover-passkey-only-unsupported = Este navegador no puede usar llaves de acceso, y una llave de acceso es la única forma de demostrar que es usted. Abra esta página en un dispositivo o navegador que pueda usar su llave de acceso.
recover-passkey-lead = Su navegador le pedirá la llave de acceso que añadió a esta cuenta: su huella, su cara o el bloqueo de pantalla, o su teléfono.
recover-passkey-cancelled = No se usó ninguna llave de acceso: se cerró la solicitud o este dispositivo no tiene ninguna para su cuenta. Puede volver a intentarlo.
recover-passkey-browser = Este navegador no pudo usar una llave de acceso aquí. Puede volver a intentarlo o usar otro dispositivo.
recover-passkey-again = Volver a intentarlo
recover-passkey-refused-title = No se aceptó esa llave de acceso
recover-passkey-refused-body = Use una llave de acceso que haya añadido a esta cuenta.
recover-passkey-refused-left = Use una llave de acceso que haya añadido a esta cuenta. { $count ->
    [0] No quedan intentos: pruebe de otra forma o vuelva a empezar.
    [one] Queda { $count } intento.
   *[other] Quedan { $count } intentos.
}
recover-passkey-expired-title = La solicitud de llave de acceso caducó
recover-passkey-expired-body = Solo dura unos minutos. Vuelva a intentarlo para obtener una nueva.
