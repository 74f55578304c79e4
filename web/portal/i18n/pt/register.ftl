# "Set up password reset".

register-title = Configurar a redefinição de senha
register-lead = Se você esquecer sua senha ou for bloqueado, estes métodos permitem comprovar sua identidade e voltar a entrar por conta própria.
register-back = Voltar para sua conta
register-method-email = E-mail
register-method-sms = Celular
register-method-voice = Ligação telefônica
register-method-questions = Perguntas de segurança
register-method-authenticator = Aplicativo autenticador
# Same as English.
register-method-line = { $method }: { $hint }
register-questions-answered = { $count ->
    [one] Perguntas de segurança: { $count } respondida
   *[other] Perguntas de segurança: { $count } respondidas
}
register-complete = Tudo pronto.
register-incomplete = { $count ->
    [one] Adicione mais { $count } forma de comprovar sua identidade.
   *[other] Adicione mais { $count } formas de comprovar sua identidade.
}
register-confirm-due = Confira se estes dados ainda estão certos.
register-not-in-scope = A redefinição por autoatendimento não está ativada para sua conta. Fale com seu administrador.
register-progress-enough = { $registered ->
    [one] { $registered } forma cadastrada; uma redefinição precisa de { $required }.
   *[other] { $registered } formas cadastradas; uma redefinição precisa de { $required }.
}
register-progress-short = { $registered } das { $required } formas que uma redefinição exige estão cadastradas.
register-set-by-org = (definido pela sua organização)
register-remove = Remover
register-remove-label = Remover { $method }
register-remove-first-title = Adicione outro método primeiro
register-remove-first-body = { $count ->
    [one] Você precisa de pelo menos { $count } forma de comprovar sua identidade.
   *[other] Você precisa de pelo menos { $count } formas de comprovar sua identidade.
}
register-authenticator-hint = Um código de um aplicativo no seu celular: nada é enviado, e funciona off-line.
register-authenticator-link = Configurar um aplicativo autenticador
register-email-title = E-mail alternativo
register-email-label = Endereço de e-mail
register-email-hint = Um endereço pessoal, não o do trabalho.
register-email-added = E-mail alternativo adicionado
register-mobile-title = Celular
register-mobile-label = Número de celular
register-mobile-hint = Com o código do país, por exemplo +14255550123.
register-mobile-added = Celular adicionado
register-added-body = Agora ele pode ser usado para redefinir sua senha.
register-sending = Enviando…
register-send = Enviar um código
register-replace-send = Substituir e enviar um código
register-sent-to = Enviamos um código para { $hint }. Digite-o para concluir.
register-code = Código
register-code-wrong = { $count ->
    [one] Esse código não está certo. Resta { $count } tentativa.
   *[other] Esse código não está certo. Restam { $count } tentativas.
}
register-questions-hint = Escolha perguntas cujas respostas só você sabe e não vai esquecer. Maiúsculas e espaços não importam.
register-question = Pergunta { $number }
register-answer = Resposta { $number }
register-answer-placeholder = Sua resposta
register-saving = Salvando…
register-save-questions = Salvar perguntas
register-questions-saved-title = Perguntas de segurança salvas
register-questions-saved-body = Agora elas podem ser usadas para redefinir sua senha.
register-still-right = Estes dados ainda estão certos? Mantê-los atualizados é o que permite você voltar a entrar.
register-looks-good = Sim, está tudo certo
register-confirmed-title = Obrigado
register-confirmed-body = Seus métodos de redefinição de senha foram confirmados.
register-reauth-title = Confirme que é você
register-reauth-body = Mudar a forma como você comprova sua identidade exige sua senha, para que ninguém mais possa adicionar o próprio e-mail ou telefone à sua conta.
register-reauth-password = Sua senha
register-reauth-wrong = Essa senha não está certa.
register-reauth-confirm = Confirmar
register-reauth-cancel = Cancelar
register-thanks-title = Obrigado, é você mesmo
register-thanks-body = Agora faça sua alteração de novo. Nos próximos minutos, isso não será pedido novamente.
