### Códigos de un solo uso: el correo, el SMS y la llamada que los transmiten.

code-email-subject = Su código de verificación de { $org }
code-email-intro = Su código de verificación de { $org } es { $code }.
code-email-lead = Su código de verificación es
code-expires =
    { $minutes ->
        [one] Caduca en { $minutes } minuto.
       *[other] Caduca en { $minutes } minutos.
    }
code-why-reset = Si no ha pedido restablecer su contraseña ni desbloquear su cuenta, ignore este mensaje: no cambiará nada mientras no se use el código.
code-why-register = Introdúzcalo donde añadió esta dirección a su cuenta, para que pueda usarse para restablecer su contraseña. Si no fue usted, ignore este mensaje.
code-why-helpdesk = Su servicio de asistencia lo ha pedido para comprobar su identidad. Léalo solo a la persona de asistencia con la que esté hablando; si no está hablando con su servicio de asistencia, avise a su administrador.
code-sms =
    { $minutes ->
        [one] { $code } es su código de { $org }. Caduca en { $minutes } minuto.
       *[other] { $code } es su código de { $org }. Caduca en { $minutes } minutos.
    }
code-voice-intro = Le llamamos de { $org }. Su código de verificación es
code-voice-again = Repetimos:

invitation-subject = Defina su contraseña de { $org }
invitation-intro = Le invitamos a definir su contraseña de { $org }.
invitation-choice = Tengo una invitación
invitation-steps = En el portal de contraseñas de su organización, elija { $choice } y, a continuación, introduzca su nombre de usuario { $username } y este código: { $code }
invitation-html-lead = Le invitamos a definir su contraseña.
invitation-html-steps = En el portal de contraseñas de su organización, elija { $choice } y, a continuación, introduzca su nombre de usuario { $username } y este código:
invitation-until = El código sirve una sola vez, hasta el { $until }.
invitation-unexpected = Si no lo esperaba, avise a su administrador.
