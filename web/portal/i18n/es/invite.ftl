# "I have an invitation".

invite-title = Establecer su contraseña
invite-lead = Introduzca su nombre de usuario y el código de su correo de invitación y, a continuación, elija su contraseña.
invite-username-missing-title = Introduzca su nombre de usuario
invite-username-missing-body = Aparece en su correo de invitación.
invite-code = Código de invitación
invite-code-hint = 8 dígitos, del correo electrónico
invite-code-invalid = Este código es incorrecto, ya se ha usado o ha caducado. Compruebe su nombre de usuario y el código del correo, o pida una nueva invitación a su administrador.
invite-submit = Establecer contraseña
invite-submitting = Estableciendo su contraseña…
invite-done-title = Su contraseña está establecida
invite-done-body = Inicie sesión con su nombre de usuario y su nueva contraseña.
invite-back = Volver a iniciar sesión
