# What a failed request means to the person in front of the page.

messages-invalid-credentials-title = Nombre de usuario o contraseña incorrectos
messages-invalid-credentials-body = Compruebe ambos e inténtelo de nuevo. Demasiados intentos fallidos bloquean la cuenta durante un tiempo.
messages-forgot-password = ¿Ha olvidado su contraseña?
messages-locked-title = Su cuenta está bloqueada
messages-locked-body-at = Se introdujeron demasiadas contraseñas incorrectas. Se desbloqueará sola a las { $time }. Puede desbloquearla ahora demostrando su identidad.
messages-locked-body = Se introdujeron demasiadas contraseñas incorrectas. Se desbloqueará sola al cabo de un tiempo. Puede desbloquearla ahora demostrando su identidad.
messages-unlock-link = Desbloquear su cuenta
messages-disabled-title = Su cuenta está deshabilitada
messages-disabled-body = Solo un administrador puede volver a habilitarla.
messages-session-ended-title = Vuelva a iniciar sesión
messages-session-ended-body = Su sesión ha finalizado.
messages-too-many-title = Demasiados intentos
messages-too-many-body-at = Por su seguridad, esto está en pausa. Inténtelo de nuevo { $when } (a las { $time }).
messages-too-many-body = Por su seguridad, esto está en pausa durante un tiempo. Inténtelo de nuevo más tarde.
messages-phone-limit-title = No se enviarán más mensajes ni llamadas a este número hoy
messages-phone-limit-body = Elija otra forma de demostrar su identidad, como su correo electrónico o sus preguntas de seguridad.
messages-phone-country-title = Ese número no se puede usar
messages-phone-country-body = Su organización no envía mensajes ni hace llamadas a números de ese país. Use otro número.
messages-change-required-title = Primero cambie su contraseña
messages-change-required-body = Su contraseña ha caducado o la estableció un administrador. Elija una nueva para continuar.
messages-change-link = Cambiar su contraseña
messages-reset-expired-title = Esta solicitud ha caducado
messages-reset-expired-body = Ya se completó o se dejó demasiado tiempo sin terminar. Vuelva a empezar; solo lleva un minuto.
messages-code-expired-title = Ese código ha caducado
messages-code-expired-body = Envíe un código nuevo y úselo antes de que caduque.
messages-challenge-required-title = Primero envíe un código
messages-challenge-required-body = Elija dónde enviar el código y luego introdúzcalo aquí.
messages-reset-incomplete-title = Un paso más
messages-reset-incomplete-body = { $count ->
    [one] Demuestre su identidad { $count } vez más antes de elegir una contraseña.
   *[other] Demuestre su identidad { $count } veces más antes de elegir una contraseña.
}
messages-rejected-title = Elija otra contraseña
messages-rejected-body = Consulte los motivos debajo de la nueva contraseña.

messages-directory-unavailable-title = No se puede contactar con el directorio de su organización
messages-directory-unavailable-body = Su contraseña la comprueba el directorio de su organización, que no responde en este momento. No se ha cambiado nada. Inténtelo de nuevo dentro de unos minutos.
messages-directory-unconfirmed-title = El cambio no se ha confirmado
messages-directory-unconfirmed-body = El directorio de su organización no confirmó la nueva contraseña a tiempo. Puede que la haya aceptado: dentro de unos minutos, intente iniciar sesión con la nueva contraseña; si no funciona, su contraseña anterior sigue siendo válida.

# El titular de la cuenta informó de un cambio que no hizo («No fui yo»).
messages-locked-down-title = Su cuenta tiene un bloqueo de seguridad
messages-locked-down-body = Su cuenta tiene un bloqueo de seguridad porque informó de algo que usted no hizo. Póngase en contacto con el servicio de asistencia: comprobarán quién es usted y le ayudarán a volver a entrar.
