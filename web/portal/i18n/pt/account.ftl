# The account page.

account-title = Sua conta
account-signed-in-as = Conectado como { $name } ({ $username })
account-expires = Sua senha expira em { $date }. Altere-a antes disso para continuar entrando sem interrupções.
account-methods-title = Como você comprova sua identidade
account-change = Alterar sua senha
account-methods-link = Seus métodos de redefinição de senha
account-authenticator = Configurar um aplicativo autenticador
account-admin-console = Console de administração
account-sign-out = Sair
account-signed-out-title = Você saiu
account-signed-out-body = Você saiu da sua conta.
account-not-in-scope = A redefinição por autoatendimento não está ativada para sua conta.
account-enough = O suficiente para você mesmo redefinir sua senha.
account-add-more = Adicione mais { $count } para poder redefinir sua senha sozinho.
account-none = Nenhum ainda.
account-sign-in-first-title = Entre primeiro
account-sign-in-first-body = Você precisa estar conectado para ver esta página. Uma sessão termina quando você sai ou depois de um tempo sem uso.
account-activity-title = Atividade recente
account-activity-intro = Os últimos 30 dias, do mais recente ao mais antigo.
account-activity-loading = Carregando sua atividade recente…
account-activity-none = Nada nos últimos 30 dias.
# Same as English.
account-activity-what = { $action } — { $outcome }
account-activity-by-you = por você
account-activity-by-someone-else = por outra pessoa
account-activity-by-system = pela Latchkey
# Same as English.
account-activity-detail = { $time } · { $by }
account-activity-detail-from = { $time } · { $by } · de { $address }
account-activity-show-all = Mostrar tudo ({ $count })
account-activity-show-fewer = Mostrar menos
# Um botão pequeno ao lado de cada evento: a pessoa não fez isso e quer bloquear a conta (com confirmação).
account-activity-report = Não fui eu
