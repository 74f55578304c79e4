# Reports: charts over a period, the administrator's questions answered in
# sentences, the registration summary and the users not yet registered.

reports-title = Relatórios
reports-lead = Redefinições por autoatendimento e cadastro: como foram, quem precisa de um lembrete e cada evento.
reports-period = Período
reports-period-7 = Os últimos 7 dias
reports-period-30 = Os últimos 30 dias
reports-period-90 = Os últimos 90 dias
reports-loading = Carregando os relatórios…

## How people prove who they are, and the data they register.

reports-method-email = E-mail
reports-method-sms = SMS
reports-method-voice = Chamada de voz
reports-method-questions = Perguntas de segurança
reports-method-authenticator = App autenticador
reports-method-passkey = Chave de acesso (resistente a phishing)
reports-method-mobile = Celular
reports-method-office-phone = Telefone comercial

## How a step ended.

reports-outcome-success = Concluído
reports-outcome-failure = Falhou
reports-outcome-locked = Bloqueado
reports-outcome-blocked = Impedido

## Lists in sentences.

# Same as English.
reports-counted = { $name } ({ $count })
# Same as English.
reports-list-separator = { ", " }
reports-none = Nenhum.
reports-none-inline = nenhum
reports-unknown-name = um nome desconhecido

## The charts.

reports-partial = Os gráficos mostram apenas os 10.000 eventos mais recentes de cada tipo: escolha um período mais curto para ver todos.
reports-charts = Gráficos
reports-chart-outcome = Redefinições por autoatendimento por dia, por resultado
reports-chart-method = Redefinições concluídas por dia, por método
reports-chart-coverage = Cobertura do cadastro (dias anteriores estimados)
reports-chart-problems = Principais motivos de falha
reports-chart-problems-counts = Vezes
reports-outcome-summary = Redefinições por autoatendimento por dia nos últimos { $days } dias, por resultado: total { $total }, concluídas { $succeeded }.
reports-method-summary = Redefinições concluídas por dia nos últimos { $days } dias, por método comprovado: { $methods }.
reports-coverage-summary = Cobertura do cadastro ao fim de cada dia. Hoje: cadastrados { $registered } de { $users } usuários ativos; podem redefinir { $capable }; não cadastrados { $unregistered }. Os dias anteriores são estimados a partir dos números de hoje e dos eventos de cadastro do período.
reports-problems-summary = Os motivos de falha mais comuns nos últimos { $days } dias: { $reasons }.
reports-chart-sign-ins = Entradas por método
reports-chart-sign-ins-counts = Entradas
reports-sign-in-password = Senha
reports-sign-in-password-authenticator = Senha + app autenticador
reports-sign-in-password-passkey = Senha + chave de acesso
reports-sign-in-passkey = Chave de acesso
reports-sign-in-access-pass = Passe de acesso temporário
reports-sign-ins-summary = Entradas nos últimos { $days } dias, pela forma como foram comprovadas: { $methods }.
reports-sign-ins-resistant = { $share }% das entradas foram resistentes a phishing (com uma chave de acesso): { $resistant } de { $total }.
reports-sign-ins-none = Nenhuma entrada neste período.
reports-coverage-capable = Podem redefinir
reports-coverage-registered = Cadastrados, ainda não podem redefinir
reports-coverage-not-registered = Não cadastrados

## The administrator's questions, each answered in a sentence.

reports-questions = Perguntas
reports-answers-partial = Estas respostas consideram apenas os primeiros { $count } eventos do período, que tem mais: escolha um período mais curto para respostas completas.
reports-q-policy = O que mudou na política de redefinição?
reports-policy-change = { $when }: { $what } por { $who }
reports-the-settings = as configurações
reports-someone = alguém
reports-q-registered = Quantas pessoas se cadastraram?
reports-a-registered = No período: pessoas cadastradas { $people }, métodos cadastrados { $methods }. Agora: cadastrados { $registered } de { $users } usuários ativos; podem redefinir { $capable }.
reports-q-who = Quem se cadastrou?
reports-q-data = Que dados cadastraram?
reports-a-data = No período: { $period }. Todos agora: { $now }.
reports-q-resets = Quantas pessoas redefiniram a senha?
reports-a-resets = Redefinições por autoatendimento nos últimos { $days } dias: { $resets }; redefinições por um administrador: { $admin }.
reports-q-methods = Quais métodos são mais usados?
reports-q-problems = Quais são os problemas mais comuns?
reports-q-admins = Quais administradores redefinem a própria senha com frequência?
reports-q-suspicious = Alguma atividade suspeita?
# Same as English.
reports-suspicious-line = { $what }: { $who }
reports-suspicious-blocked = Impedidos de redefinir
reports-suspicious-failed-proofs = Três ou mais verificações com falha
reports-suspicious-starts-user = Cinco ou mais redefinições iniciadas para um mesmo usuário
reports-suspicious-starts-address = Dez ou mais redefinições iniciadas de um mesmo endereço

## Registration: everyone, by data, by group.

reports-registration = Cadastro
reports-registered-data = Dados cadastrados, em usuários: { $methods }
reports-by-group = Cadastro por grupo
reports-col-who = Quem
reports-col-users = Usuários ativos
reports-col-registered = Cadastrados
reports-col-capable = Podem redefinir
reports-col-not-registered = Não cadastrados
reports-col-not-in-scope = Fora do escopo de redefinição
reports-everyone = Todos

## The users not registered yet.

reports-not-registered-title = Ainda não cadastrados
reports-not-registered-loading = Carregando…
reports-all-registered = Todos no escopo de redefinição se cadastraram.
reports-users-shown = Usuários exibidos: { $count }.
reports-users-shown-more = Usuários exibidos: { $count }+.
reports-not-registered-table = Usuários não cadastrados
reports-col-name = Nome
reports-col-username = Nome de usuário
reports-col-groups = Grupos
reports-load-more = Carregar mais
reports-download-csv = Baixar como CSV
