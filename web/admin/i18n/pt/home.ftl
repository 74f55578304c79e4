# The administrator's home: tiles of figures, each a link to the screen
# behind it.

home-title = Início
home-lead = Como o autoatendimento está indo nesta semana e quem precisa de atenção agora.
home-loading = Carregando os números…
home-registered-label = Cadastrados no autoatendimento
# Same as English.
home-registered-value = { $share }%
home-registered-detail = { $registered } de { $users } usuários ativos; podem redefinir: { $capable }
home-resets-label = Redefinições por autoatendimento nesta semana
home-resets-detail = Por um operador: { $count }
home-failures-label = Etapas com falha ou recusadas nesta semana
home-failures-none = Nenhuma
home-failures-top = Mais frequente: { $reason }
home-not-registered-label = Não cadastrados
home-not-registered-detail = Ainda não podem redefinir a própria senha
home-locked-label = Bloqueados agora
home-locked-detail = Desbloqueie-os na página de cada um
home-expired-label = Senhas expiradas
home-expired-detail = Eles precisam trocá-la no próximo login
home-agents-label = Agentes de gravação on-line
home-agents-value = { $online } de { $live }
home-agents-some-offline = Alguns não conseguem gravar agora
home-agents-all-online = Gravando normalmente
# A count that goes past the first page of a list ("50+": 50 or more).
# Same as English.
home-count-more = { $count }+
