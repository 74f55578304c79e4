# Changing the password while signed in.

change-title = Cambiar su contraseña
change-must = Su organización le pide que elija una nueva contraseña antes de continuar.
change-current = Contraseña actual
change-current-wrong = Su contraseña actual no es correcta.
change-submit = Cambiar contraseña
change-submitting = Cambiando…
change-cancel = Cancelar
change-done-title = Contraseña cambiada
change-done-sign-in = Inicie sesión con su nueva contraseña para continuar.
change-done-body = A partir de ahora, use su nueva contraseña en todos los sitios donde inicie sesión con esta cuenta. Se han cerrado sus otras sesiones.
