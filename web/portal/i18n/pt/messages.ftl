# What a failed request means to the person in front of the page.

messages-invalid-credentials-title = Nome de usuário ou senha incorretos
messages-invalid-credentials-body = Verifique os dois e tente novamente. Muitas tentativas erradas bloqueiam a conta por um tempo.
messages-forgot-password = Esqueceu sua senha?
messages-locked-title = Sua conta está bloqueada
messages-locked-body-at = Houve muitas senhas erradas. Ela será desbloqueada automaticamente às { $time }. Você pode desbloqueá-la agora comprovando sua identidade.
messages-locked-body = Houve muitas senhas erradas. Ela será desbloqueada automaticamente depois de um tempo. Você pode desbloqueá-la agora comprovando sua identidade.
messages-unlock-link = Desbloquear sua conta
messages-disabled-title = Sua conta está desativada
messages-disabled-body = Só um administrador pode reativá-la.
messages-session-ended-title = Entre novamente
messages-session-ended-body = Sua sessão terminou.
messages-too-many-title = Muitas tentativas
messages-too-many-body-at = Para sua segurança, isto está pausado. Tente novamente { $when } (às { $time }).
messages-too-many-body = Para sua segurança, isto está pausado por um tempo. Tente novamente mais tarde.
messages-phone-limit-title = Não há mais mensagens nem ligações para este número hoje
messages-phone-limit-body = Escolha outra forma de comprovar sua identidade, como seu e-mail ou suas perguntas de segurança.
messages-phone-country-title = Esse número não pode ser usado
messages-phone-country-body = Sua organização não envia mensagens nem faz ligações para números desse país. Use outro número.
messages-change-required-title = Altere sua senha primeiro
messages-change-required-body = Sua senha expirou ou foi definida por um administrador. Escolha uma nova para continuar.
messages-change-link = Alterar sua senha
messages-reset-expired-title = Esta solicitação expirou
messages-reset-expired-body = Ela já foi concluída ou ficou parada por tempo demais. Comece de novo; leva só um minuto.
messages-code-expired-title = Esse código expirou
messages-code-expired-body = Envie um novo código e use-o dentro do prazo.
messages-challenge-required-title = Envie um código primeiro
messages-challenge-required-body = Escolha para onde enviar o código e depois digite-o aqui.
messages-reset-incomplete-title = Mais uma etapa
messages-reset-incomplete-body = { $count ->
    [one] Comprove sua identidade mais { $count } vez antes de escolher uma senha.
   *[other] Comprove sua identidade mais { $count } vezes antes de escolher uma senha.
}
messages-rejected-title = Escolha outra senha
messages-rejected-body = Veja os motivos abaixo da nova senha.

messages-directory-unavailable-title = Não foi possível acessar o diretório da sua organização
messages-directory-unavailable-body = Sua senha é verificada pelo diretório da sua organização, que não está respondendo agora. Nada foi alterado. Tente novamente em alguns minutos.
messages-directory-unconfirmed-title = A troca não foi confirmada
messages-directory-unconfirmed-body = O diretório da sua organização não confirmou a nova senha a tempo. Talvez ele a tenha aceitado: em alguns minutos, tente entrar com a nova senha; se não funcionar, sua senha antiga continua valendo.

# O titular da conta informou uma mudança que não fez ("Não fui eu").
messages-locked-down-title = Sua conta está com bloqueio de segurança
messages-locked-down-body = Sua conta está com bloqueio de segurança porque você informou algo que não fez. Fale com o suporte técnico: eles vão confirmar quem você é e ajudar você a entrar de novo.
