### Códigos de uso único: o e-mail, o SMS e a ligação que os transmitem.

code-email-subject = Seu código de verificação da { $org }
code-email-intro = Seu código de verificação da { $org } é { $code }.
code-email-lead = Seu código de verificação é
code-expires =
    { $minutes ->
        [one] Ele expira em { $minutes } minuto.
       *[other] Ele expira em { $minutes } minutos.
    }
code-why-reset = Se você não pediu para redefinir sua senha nem para desbloquear sua conta, ignore esta mensagem: nada muda enquanto o código não for usado.
code-why-register = Digite-o onde você adicionou este endereço à sua conta, para que ele possa ser usado para redefinir sua senha. Se não foi você, ignore esta mensagem.
code-why-helpdesk = Seu suporte técnico pediu este código para confirmar que é você. Leia-o somente para a pessoa do suporte com quem você está falando; se você não estiver falando com o suporte, avise seu administrador.
code-sms =
    { $minutes ->
        [one] { $code } é seu código da { $org }. Ele expira em { $minutes } minuto.
       *[other] { $code } é seu código da { $org }. Ele expira em { $minutes } minutos.
    }
code-voice-intro = Aqui é da { $org }. Seu código de verificação é
code-voice-again = Repetindo:

invitation-subject = Defina sua senha da { $org }
invitation-intro = Você foi convidado a definir sua senha da { $org }.
invitation-choice = Tenho um convite
invitation-steps = No portal de senhas da sua organização, escolha { $choice } e depois informe seu nome de usuário { $username } e este código: { $code }
invitation-html-lead = Você foi convidado a definir sua senha.
invitation-html-steps = No portal de senhas da sua organização, escolha { $choice } e depois informe seu nome de usuário { $username } e este código:
invitation-until = O código vale uma única vez, até { $until }.
invitation-unexpected = Se você não esperava por isso, avise seu administrador.
