# Una campaña de registro pregunta, antes de la página de la cuenta: configurar
# el restablecimiento de contraseña ahora o más tarde. El título de la página
# es register-title. «Más tarde» es el segundo botón de la página.

nudge-why = Su organización le pide que registre una forma de demostrar su identidad, para que pueda restablecer una contraseña olvidada o desbloquear su cuenta usted mismo. Solo le llevará dos minutos.
nudge-left = { $count ->
    [one] Puede posponerlo { $count } vez más.
   *[other] Puede posponerlo { $count } veces más.
}
nudge-last = Esta es la última vez que puede posponerlo.
nudge-again-days = { $days ->
    [one] Si elige Más tarde, se lo volveremos a pedir dentro de { $days } día.
   *[other] Si elige Más tarde, se lo volveremos a pedir dentro de { $days } días.
}
nudge-again-next-sign-in = Si elige Más tarde, se lo volveremos a pedir en su próximo inicio de sesión.
nudge-now = Configurar ahora
nudge-later = Más tarde
nudge-put-off-title = Pospuesto por ahora
nudge-put-off-days = { $days ->
    [one] Se lo volveremos a pedir dentro de { $days } día. Puede configurarlo en cualquier momento desde su cuenta.
   *[other] Se lo volveremos a pedir dentro de { $days } días. Puede configurarlo en cualquier momento desde su cuenta.
}
nudge-put-off-next-sign-in = Se lo volveremos a pedir en su próximo inicio de sesión. Puede configurarlo en cualquier momento desde su cuenta.
