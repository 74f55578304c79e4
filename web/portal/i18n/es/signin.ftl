# The sign-in page: the links under the form, and the authenticator code step.

signin-help = Ayuda con la cuenta
signin-cant-access = ¿No puede acceder a su cuenta?
signin-unlock = ¿Cuenta bloqueada? Desbloquéela
signin-invitation = Tengo una invitación
signin-enter-code = Introduzca el código que muestra su aplicación.
signin-code-wrong = Ese código no es correcto o ya se ha usado: espere al siguiente.
signin-code-wrong-left = Ese código no es correcto o ya se ha usado: espere al siguiente. { $count ->
    [one] Le queda { $count } intento hoy.
   *[other] Le quedan { $count } intentos hoy.
}
signin-code-lead = Abra su aplicación de autenticación e introduzca el código de 6 dígitos que muestra para esta cuenta.
signin-code-label = Código de su aplicación de autenticación
signin-code-hint = ¿Ha perdido el teléfono? Introduzca en su lugar uno de sus códigos de recuperación.
signin-start-again = Volver a empezar
