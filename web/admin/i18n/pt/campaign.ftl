# A campanha de cadastro: os usuários com poucos métodos de redefinição são
# convidados por e-mail e, a cada acesso, solicitados a se cadastrar, "agora
# ou mais tarde", até que o façam. "Mais tarde" é o nome do botão no portal
# (nudge-later).

campaign-nav = Campanha de cadastro
campaign-title = Campanha de cadastro
campaign-lead = Faça com que os usuários que ainda não conseguem redefinir a própria senha se cadastrem: um convite por e-mail e um lembrete ao entrar, que eles podem adiar algumas vezes antes de o cadastro se tornar obrigatório.
campaign-loading = Carregando a campanha…
campaign-none = Nenhuma campanha em andamento
campaign-none-body = Inicie uma para todos os usuários ou para membros de alguns grupos. Quem já cadastrou métodos suficientes não é incomodado; os demais são solicitados no próximo acesso.
campaign-progress = Andamento
campaign-progress-pending = Contado a cada 15 minutos; a primeira contagem sai em breve.
campaign-rules = Regras
campaign-target = Quem
campaign-target-all = Todos os usuários
campaign-target-groups = Membros de grupos
campaign-target-groups-named = Membros de { $groups }
campaign-laters = "Mais tarde" permitido
campaign-laters-count = { $count ->
    [one] { $count } vez
   *[other] { $count } vezes
}
campaign-laters-none = Nunca: o cadastro vem primeiro no próximo acesso
campaign-days = Dias entre pedidos
campaign-days-count = { $count ->
    [one] { $count } dia
   *[other] { $count } dias
}
campaign-days-none = Nenhum: pedido de novo no próximo acesso
campaign-invite = Convites por e-mail
campaign-invite-on = Enviados aos usuários que não se cadastraram
campaign-invite-off = Desativados
campaign-started = Iniciada em
campaign-change = Alterar
campaign-end = Encerrar campanha
campaign-end-warning = Nenhum convite é mais enviado e ninguém é mais solicitado ao entrar. Os usuários que a política de redefinição obriga a se cadastrar continuam obrigados.
campaign-end-confirm = Sim, encerrar
campaign-ended-title = Campanha encerrada
campaign-ended-body = Ninguém é mais solicitado a se cadastrar ao entrar.
campaign-started-title = Campanha iniciada
campaign-started-body = Os usuários são solicitados no próximo acesso. Os convites são enviados, e o andamento é contado, na próxima execução agendada, em até 15 minutos.
campaign-chart-title = { $count ->
    [one] { $count } usuário visado
   *[other] { $count } usuários visados
}
campaign-registered = Cadastrados
campaign-snoozed = Adiaram
campaign-required = Devem se cadastrar no próximo acesso
campaign-waiting = Ainda não alcançados
campaign-chart-summary = { $targeted ->
    [one] De { $targeted } usuário visado: { $registered } cadastrados, { $snoozed } adiaram, { $required } devem se cadastrar no próximo acesso e { $waiting } ainda não alcançados.
   *[other] De { $targeted } usuários visados: { $registered } cadastrados, { $snoozed } adiaram, { $required } devem se cadastrar no próximo acesso e { $waiting } ainda não alcançados.
}
campaign-no-targets = Nenhum usuário é visado: verifique os grupos e se a redefinição por autoatendimento está ativada para eles.
campaign-invited = Convidados por e-mail
campaign-registered-since = Cadastrados desde o início
campaign-counted-at = Contado em
campaign-form-title-new = Iniciar uma campanha
campaign-form-title-change = Alterar a campanha
campaign-form-target = Para quem
campaign-form-groups = Grupos
campaign-form-groups-hint = Um ou vários, separados por vírgulas.
campaign-form-groups-needed = Informe pelo menos um grupo.
campaign-form-laters = "Mais tarde" permitido (vezes)
campaign-form-laters-hint = De 0 a 10. Com 0, o cadastro vem primeiro no próximo acesso.
campaign-form-days = Dias entre pedidos
campaign-form-days-hint = De 0 a 14. Com 0, os usuários são solicitados de novo no próximo acesso.
campaign-form-invite = Enviar um convite por e-mail aos usuários que não se cadastraram
campaign-form-whole-number = Digite um número inteiro de { $min } a { $max }.
campaign-form-start = Iniciar a campanha
campaign-form-save = Salvar
campaign-restart-warning = Salvar reinicia a campanha do zero: os convites são enviados de novo e os "Mais tarde" de todos recomeçam.
campaign-restart-confirm = Sim, recomeçar
