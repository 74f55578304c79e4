# The account page's passkeys: the list, adding, renaming and removing one.

passkeys-title = Chaves de acesso
passkeys-intro = Uma chave de acesso permite entrar com sua digital, seu rosto ou o bloqueio de tela em vez da senha, e só funciona neste site, então ninguém consegue enganar você para obtê-la.
passkeys-none = Você ainda não tem chaves de acesso.
passkeys-unsupported = Este navegador não consegue criar chaves de acesso.
passkeys-dates = Adicionada em { $added }, último uso em { $used }
passkeys-dates-unused = Adicionada em { $added }, nunca usada
passkeys-rename = Renomear
passkeys-remove = Remover
passkeys-name = Nome
passkeys-name-hint = Para diferenciar suas chaves de acesso, como "Notebook do trabalho".
passkeys-name-missing = Dê um nome à chave de acesso.
passkeys-name-long = Use no máximo 64 caracteres.
passkeys-save = Salvar
passkeys-cancel = Cancelar
passkeys-renamed-title = Chave de acesso renomeada
passkeys-renamed-body = Agora ela se chama "{ $name }".
passkeys-remove-question = Remover "{ $name }"? Ela não servirá mais para entrar.
passkeys-remove-confirm = Sim, remover
passkeys-removed-title = Chave de acesso removida
passkeys-removed-body = "{ $name }" não serve mais para entrar. Você também pode excluí-la do seu dispositivo.
passkeys-add = Adicionar uma chave de acesso
passkeys-create = Criar a chave de acesso
passkeys-creating = Criando a chave de acesso: siga as instruções do seu navegador…
passkeys-confirm-hint = Você entrou há mais de alguns minutos: digite sua senha para adicionar uma chave de acesso, assim ninguém mais consegue adicionar uma à sua conta.
passkeys-added-title = Chave de acesso adicionada
passkeys-added-body = Agora você pode entrar com "{ $name }" em vez da sua senha.
passkeys-cancelled = Cancelado: nenhuma chave de acesso foi adicionada.
passkeys-on-device = Este dispositivo já tem uma chave de acesso para sua conta.
passkeys-browser = Seu navegador não conseguiu criar a chave de acesso. Tente novamente ou use outro dispositivo.
passkeys-default-name = { $browser } no { $system }
passkeys-numbered = Chave de acesso { $number }
# The account page's offer of a first passkey, to someone who has none.
passkeys-offer-title = Crie uma chave de acesso
passkeys-offer-body = Da próxima vez, entre com sua digital, seu rosto ou o bloqueio de tela.
passkeys-offer-create = Criar chave de acesso
passkeys-offer-later = Agora não
