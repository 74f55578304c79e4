# A moldura do console: o cabeçalho, o menu, a tela de entrada e as páginas
# que só informam algo (não encontrada, não permitida).

app-session-ended-title = Entre novamente
app-session-ended-body = Sua sessão terminou.
app-skip = Pular para o conteúdo
app-product = Console de administração
app-signed-out-title = Você saiu
app-signed-out-body = Você saiu da sua conta.
app-sign-out = Sair
app-not-found-title = Página não encontrada
app-not-found-body = Não há nenhuma tela neste endereço.
app-go-to-users = Ir para usuários
app-opening = Abrindo a tela…
# Same as English.
app-nav-label = Console
# Same as English.
app-menu = Menu
app-nav-home = Início
app-nav-users = Usuários
app-nav-groups = Grupos
app-nav-import = Importar e exportar
app-nav-reports = Relatórios
app-nav-settings = Configurações
app-nav-reset-policy = Política de redefinição
app-nav-passwords = Regras de senha e perguntas
app-nav-branding = Marca e limites
app-nav-agents = Gravação no diretório
app-nav-clients = Clientes de API
# Same as English.
app-nav-webhooks = Webhooks
app-not-allowed-title = Indisponível para sua função
app-not-allowed-body = Sua função não inclui esta tela. Peça a um administrador se precisar dela.
app-signin-title = Entrar no console de administração
app-signin-lead = Para os administradores e a central de ajuda da sua organização. Use sua própria conta.
app-code-label = Código do seu aplicativo autenticador
app-code-hint = Os 6 dígitos que o aplicativo mostra para esta conta, ou um dos seus códigos de recuperação.
app-code-wrong = Esse código não está certo ou já foi usado: digite o próximo código do aplicativo.
app-forgot-password = Esqueceu sua senha? Use o portal de autoatendimento de senhas
app-set-up-authenticator-title = Configure primeiro seu aplicativo autenticador
app-set-up-authenticator-body = Sua conta precisa de um código de um aplicativo autenticador a cada entrada. Entre no portal de autoatendimento, que orienta você na configuração, e depois entre aqui.
app-change-password-title = Altere primeiro sua senha
app-password-expired-body = Sua senha expirou ou foi definida por outro administrador. Altere-a no portal de autoatendimento e depois entre aqui.
app-change-password-body = Altere-a no portal de autoatendimento e depois entre aqui.
app-not-an-operator-title = Este console é para administradores
app-not-an-operator-body = Sua conta não tem função de administrador nem de central de ajuda. Para gerenciar sua própria senha, use o portal de autoatendimento.
app-wrong-credentials-title = Nome de usuário ou senha incorretos
app-wrong-credentials-body = Verifique os dois e tente novamente. Tentativas erradas demais bloqueiam a conta por um tempo.
