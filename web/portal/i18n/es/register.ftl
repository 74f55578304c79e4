# "Set up password reset".

register-title = Configurar el restablecimiento de contraseña
register-lead = Si olvida su contraseña o su cuenta se bloquea, estos métodos le permiten demostrar su identidad y volver a entrar por su cuenta.
register-back = Volver a su cuenta
register-method-email = Correo electrónico
register-method-sms = Teléfono móvil
register-method-voice = Llamada telefónica
register-method-questions = Preguntas de seguridad
register-method-authenticator = Aplicación de autenticación
# Same as English.
register-method-line = { $method }: { $hint }
register-questions-answered = { $count ->
    [one] Preguntas de seguridad: { $count } respondida
   *[other] Preguntas de seguridad: { $count } respondidas
}
register-complete = Todo listo.
register-incomplete = { $count ->
    [one] Añada { $count } forma más de demostrar su identidad.
   *[other] Añada { $count } formas más de demostrar su identidad.
}
register-confirm-due = Compruebe que estos datos siguen siendo correctos.
register-not-in-scope = El restablecimiento en autoservicio no está activado para su cuenta. Consulte a su administrador.
register-progress-enough = { $registered ->
    [one] { $registered } forma registrada; un restablecimiento necesita { $required }.
   *[other] { $registered } formas registradas; un restablecimiento necesita { $required }.
}
register-progress-short = Hay { $registered } registradas de las { $required } que necesita un restablecimiento.
register-set-by-org = (establecido por su organización)
register-remove = Quitar
register-remove-label = Quitar { $method }
register-remove-first-title = Primero añada otro método
register-remove-first-body = { $count ->
    [one] Necesita al menos { $count } forma de demostrar su identidad.
   *[other] Necesita al menos { $count } formas de demostrar su identidad.
}
register-authenticator-hint = Un código de una aplicación de su teléfono: no se envía nada y funciona sin conexión.
register-authenticator-link = Configurar una aplicación de autenticación
register-email-title = Correo electrónico alternativo
register-email-label = Dirección de correo electrónico
register-email-hint = Una dirección personal, no la del trabajo.
register-email-added = Correo electrónico alternativo añadido
register-mobile-title = Teléfono móvil
register-mobile-label = Número de móvil
register-mobile-hint = Con el prefijo del país, p. ej., +14255550123.
register-mobile-added = Teléfono móvil añadido
register-added-body = Ya puede usarse para restablecer su contraseña.
register-sending = Enviando…
register-send = Enviar un código
register-replace-send = Reemplazar y enviar un código
register-sent-to = Hemos enviado un código a { $hint }. Introdúzcalo para terminar.
register-code = Código
register-code-wrong = { $count ->
    [one] Ese código no es correcto. Queda { $count } intento.
   *[other] Ese código no es correcto. Quedan { $count } intentos.
}
register-questions-hint = Elija preguntas cuyas respuestas solo usted conozca y no vaya a olvidar. No importan las mayúsculas ni los espacios.
register-question = Pregunta { $number }
register-answer = Respuesta { $number }
register-answer-placeholder = Su respuesta
register-saving = Guardando…
register-save-questions = Guardar preguntas
register-questions-saved-title = Preguntas de seguridad guardadas
register-questions-saved-body = Ya pueden usarse para restablecer su contraseña.
register-still-right = ¿Siguen siendo correctos? Mantenerlos al día es lo que le permite volver a entrar.
register-looks-good = Sí, son correctos
register-confirmed-title = Gracias
register-confirmed-body = Sus métodos para restablecer la contraseña están confirmados.
register-reauth-title = Confirme que es usted
register-reauth-body = Para cambiar cómo demuestra su identidad se necesita su contraseña, de modo que nadie más pueda añadir su propio correo o teléfono a su cuenta.
register-reauth-password = Su contraseña
register-reauth-wrong = Esa contraseña no es correcta.
register-reauth-confirm = Confirmar
register-reauth-cancel = Cancelar
register-thanks-title = Gracias, es usted
register-thanks-body = Ahora vuelva a hacer el cambio. Durante los próximos minutos no se le volverá a pedir.
