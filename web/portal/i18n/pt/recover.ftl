# "Can't access your account?": reset or unlock.

recover-reset-title = Redefinir sua senha
recover-unlock-title = Desbloquear sua conta
recover-progress = Etapa { $step } de { $total }: { $name }
recover-step-username = Quem é você?
recover-step-methods = Escolha como receber um código
recover-step-code = Digite o código
recover-step-questions = Responda às suas perguntas de segurança
recover-step-new-password = Escolha uma nova senha
recover-reset-lead = Esqueceu sua senha? Comprove sua identidade e escolha uma nova.
recover-unlock-lead = Foi bloqueado depois de muitas tentativas? Comprove sua identidade e o bloqueio será removido. Sua senha continua a mesma.
recover-enter-username = Digite seu nome de usuário.
recover-looking-up = Procurando sua conta…
recover-next = Avançar
recover-back = Voltar para a entrada
recover-method-email = Enviar um código por e-mail para { $hint }
recover-method-sms = Enviar um código por SMS para { $hint }
recover-method-questions = { $count ->
    [one] Responder a { $count } pergunta de segurança
   *[other] Responder a { $count } perguntas de segurança
}
recover-method-voice = Ligar para { $hint } e ler um código em voz alta
recover-method-authenticator = Digitar um código do seu aplicativo autenticador
recover-method-done = { $method } (concluído)
recover-need-ways = Para sua segurança, você precisa comprovar sua identidade de { $required } formas. { $remaining ->
    [one] Falta uma.
   *[other] Faltam { $remaining }.
}
recover-need-one = Vamos enviar a você um código de uso único.
recover-where-title = Para onde devemos enviar seu código?
recover-choose-title = Escolha um método
recover-choose-body = Escolha para onde devemos enviar seu código.
recover-sending = Enviando…
recover-send-code = Enviar código
recover-unrecognised = Não reconhece estes dados? Eles podem estar desatualizados.
recover-sent-sms = Enviamos um código por SMS para { $hint }.
recover-sent-voice = Estamos ligando para { $hint } agora; o código é lido duas vezes.
recover-sent-app = Digite o código de 6 dígitos que seu aplicativo autenticador mostra agora ou um dos seus códigos de recuperação.
recover-sent-email = Enviamos um código por e-mail para { $hint }. Pode levar um minuto; confira também a pasta de spam.
recover-code-until = O código funciona uma vez e até às { $time }.
recover-code = Código
recover-enter-code = Digite o código da mensagem.
recover-code-wrong = Esse código não está certo.
recover-code-wrong-left = Esse código não está certo. { $count ->
    [0] Não restam tentativas para este código: envie um novo.
    [one] Resta { $count } tentativa.
   *[other] Restam { $count } tentativas.
}
recover-new-code-title = Novo código enviado
recover-new-code-body = Use o código mais recente; os anteriores não funcionam mais.
recover-send-new = Enviar um novo código
recover-try-another = Tentar de outra forma
recover-questions-lead = Responda às perguntas que você escolheu ao configurar a redefinição de senha. Maiúsculas e espaços não importam.
recover-answers-wrong-title = Pelo menos uma resposta não está certa
recover-answers-wrong-body = { $count ->
    [one] Confira as respostas e tente novamente. Mais { $count } tentativa errada pausa as redefinições da sua conta.
   *[other] Confira as respostas e tente novamente. Mais { $count } tentativas erradas pausam as redefinições da sua conta.
}
recover-saving = Salvando…
recover-set-new = Definir nova senha
recover-reset-done-title = Sua senha foi redefinida
recover-reset-done-body = Sua conta também foi desbloqueada, e todas as outras sessões foram encerradas. Avisamos você por e-mail e SMS, então você ficará sabendo se não foi você.
recover-unlock-done-title = Sua conta está desbloqueada
recover-unlock-done-body = Sua senha não mudou. Entre com ela como de costume.
recover-start-again = Começar de novo

## A passkey as a way to prove it's you: the browser asks for it, nothing is sent.

recover-step-how = Escolha como comprovar que é você
recover-step-passkey = Use sua chave de acesso
recover-method-passkey = Chave de acesso: sua digital, seu rosto ou o bloqueio de tela
recover-how-title = Como você quer comprovar que é você?
recover-need-passkey = Comprove que é você com a chave de acesso que adicionou à sua conta.
recover-passkey-enough = Só uma chave de acesso já basta.
recover-passkey-unsupported = Este navegador não consegue usar chaves de acesso: escolha outra forma ou abra esta página em um navegador que consiga.
recover-passkey-only-unsupported = Este navegador não consegue usar chaves de acesso, e uma chave de acesso é a única forma de comprovar que é você. Abra esta página em um dispositivo ou navegador que consiga usar sua chave de acesso.
recover-passkey-lead = Seu navegador vai pedir a chave de acesso que você adicionou a esta conta: sua digital, seu rosto ou o bloqueio de tela, ou seu celular.
recover-passkey-cancelled = Nenhuma chave de acesso foi usada: a solicitação foi fechada ou este dispositivo não tem nenhuma para sua conta. Você pode tentar novamente.
recover-passkey-browser = Este navegador não conseguiu usar uma chave de acesso aqui. Você pode tentar novamente ou usar outro dispositivo.
recover-passkey-again = Tentar novamente
recover-passkey-refused-title = Essa chave de acesso não foi aceita
recover-passkey-refused-body = Use uma chave de acesso que você adicionou a esta conta.
recover-passkey-refused-left = Use uma chave de acesso que você adicionou a esta conta. { $count ->
    [0] Não restam tentativas: tente de outra forma ou comece de novo.
    [one] Resta { $count } tentativa.
   *[other] Restam { $count } tentativas.
}
recover-passkey-expired-title = A solicitação da chave de acesso expirou
recover-passkey-expired-body = Ela dura só alguns minutos. Tente novamente para obter uma nova.
