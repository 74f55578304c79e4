# The portal's frame: header, footer and pages that are not found.

app-footer = Gerenciamento de senhas por autoatendimento da Latchkey
app-product = Autoatendimento de senhas
app-not-found-title = Página não encontrada
app-not-found-body = Não há nenhuma página neste endereço.
app-not-found-link = Ir para a entrada
