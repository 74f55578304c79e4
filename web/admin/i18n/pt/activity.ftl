# The reports' event table: its filters, its columns and the kinds of
# activity an event belongs to.

activity-title = Eventos
activity-any = Qualquer atividade
activity-policy-change = Alteração da política de redefinição
activity-blocked-from-reset = Impedido de redefinir por autoatendimento
activity-self-service-change = Troca de senha (autoatendimento)
activity-admin-reset = Redefinição por um administrador
activity-self-service-reset = Redefinição (autoatendimento)
activity-flow-progress = Andamento da redefinição
activity-self-service-unlock = Desbloqueio (autoatendimento)
activity-user-registered = Cadastro
activity-admin-unlock = Desbloqueio por um administrador
activity-import = Importação
activity-lockout = Bloqueio
# Same as English.
activity-row-action = { $activity }: { $action }
activity-loading = Carregando…
activity-none = Nenhum evento corresponde.
activity-count = Eventos: { $count }, os mais recentes primeiro.
activity-count-more = Eventos: { $count }+, os mais recentes primeiro.
activity-load-more = Carregar mais
activity-filter-label = Filtrar os eventos
activity-from = De (dia)
activity-to = Até (dia, inclusive)
activity-activity = Atividade
activity-outcome = Resultado
activity-any-outcome = Qualquer resultado
activity-method = Método
activity-any-method = Qualquer método
activity-user = Usuário afetado (nome de usuário ou id)
activity-actor = Feito por (nome de usuário ou id)
activity-text = Palavras (um nome, um endereço, um motivo)
activity-show = Mostrar eventos
activity-download-csv = Baixar como CSV
activity-col-time = Horário
activity-col-activity = Atividade
activity-col-actor = Autor
activity-col-target = Afetado
activity-col-outcome = Resultado
activity-col-reason = Motivo
activity-col-methods = Métodos
activity-col-client-address = Endereço do cliente
activity-col-user-agent = Agente do usuário
activity-col-reference = Id de referência
