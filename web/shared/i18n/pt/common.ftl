# What both apps say: the sign-in form, field widgets, notices when the
# server cannot be reached, and the contact-your-administrator line.

common-username = Nome de usuário
common-password = Senha
common-sign-in = Entrar
common-signing-in = Entrando…
common-restoring = Restaurando sua sessão…
common-show-password = Mostrar senha
common-verify = Verificar
common-checking = Verificando…
common-offline-title = Não foi possível acessar o servidor
common-offline-body = Verifique sua conexão e tente novamente. Nada foi alterado.
common-unexpected-title = Algo deu errado
common-unexpected-body = O servidor deu uma resposta inesperada ({ $status }). Tente novamente em instantes.
common-busy-title = Indisponível no momento
common-busy-body = O serviço está sobrecarregado ou parte dele está fora do ar. Nada foi alterado; tente novamente em um minuto.
# Followed by a link naming the organisation's administrator.
common-still-stuck = Ainda com problemas?
# The link after "Still stuck?"; $company is the organisation's name.
common-contact-company-admin = Fale com o administrador da { $company }
common-contact-admin = Ainda com problemas? Fale com seu administrador ou com o suporte técnico.
common-language = Idioma
common-opening = Abrindo a página…
