# A lista de usuários do console: busca, filtros, tabela, ações em massa e
# formulário de novo usuário.

users-title = Usuários
users-new-user = Novo usuário
users-loading = Carregando usuários…

## Opções da tabela.

users-page-size = Usuários por página
users-columns = Colunas
users-show-columns = Mostrar estas colunas

## Colunas.

users-column-name = Nome
users-column-username = Nome de usuário
users-column-email = E-mail
users-column-groups = Grupos
users-column-roles = Funções
users-column-status = Situação
users-column-last-sign-in = Último acesso
users-table = Usuários
users-select-page = Selecionar todos os usuários desta página
users-select-row = Selecionar { $name }

## Busca e filtros.

users-find = Buscar usuários
users-find-hint = Um nome de usuário, um endereço de e-mail ou qualquer palavra de um nome.
users-search = Buscar
users-filters = Filtros
users-filter-group = Grupo
users-filter-role = Função
users-filter-role-any = Qualquer função
users-filter-role-users = Somente usuários
users-filter-role-admins = Administradores
users-filter-role-helpdesk = Suporte técnico
users-filter-role-report-readers = Leitores de relatórios
users-filter-account = Conta
users-filter-account-any = Ativada ou desativada
users-filter-account-enabled = Ativada
users-filter-account-disabled = Desativada
users-filter-registration = Cadastro
users-filter-registration-any = Qualquer
users-filter-locked = Bloqueado agora
users-filter-expired = Senha expirada

## Resultados.

users-none-match = Nenhum usuário corresponde.
users-match = { $count ->
    [one] { $count } usuário corresponde.
   *[other] { $count } usuários correspondem.
}
users-page-more = Página { $number }: { $count ->
    [one] { $count } usuário exibido
   *[other] { $count } usuários exibidos
}; há mais na próxima página.
users-page-last = Página { $number }: { $count ->
    [one] { $count } usuário exibido
   *[other] { $count } usuários exibidos
}; esta é a última página.
users-pages = Páginas
users-previous-page = Página anterior
users-next-page = Próxima página

## Ações em massa.

users-bulk-region = Usuários selecionados
users-bulk-done = Concluído: o resultado de cada usuário
users-selected = { $count ->
    [one] { $count } usuário selecionado
   *[other] { $count } usuários selecionados
}
users-bulk-disable = Desativar
users-bulk-disable-warning = Os usuários selecionados não poderão mais entrar nem redefinir a senha até serem ativados novamente.
users-bulk-disable-confirm = Desativá-los
users-bulk-enable = Ativar
users-bulk-reregister = Exigir novo cadastro
users-bulk-reregister-warning = Os próprios métodos de contato e respostas de segurança deles são removidos; cada um precisará se cadastrar de novo no próximo acesso.
users-bulk-reregister-confirm = Remover os métodos deles
users-bulk-end-sessions = Sair de todos os lugares
users-bulk-group = Grupo
users-bulk-add-to-group = Adicionar ao grupo
users-bulk-export = Exportar selecionados
users-bulk-progress = { $done } de { $all } concluídos
users-bulk-outcomes = Resultado de cada usuário
users-bulk-skipped-self = Ignorado: sua própria conta é alterada na sua própria página.

## Resultado para um usuário.

users-outcome-disabled = Desativado
users-outcome-enabled = Ativado
users-outcome-reregister = Precisa se cadastrar de novo
users-outcome-signed-out = Desconectado de todos os lugares
users-outcome-added = Adicionado ao grupo

## Funções.

users-role-admin = Administrador
users-role-helpdesk = Suporte técnico
users-role-reports-reader = Leitor de relatórios
users-role-user = Usuário

## Situação de um usuário.

users-status-locked-until = Bloqueado até { $at }
users-status-disabled = Desativado
users-status-must-change = Precisa trocar a senha
users-registration-complete = Cadastrado
users-registration-incomplete = Não cadastrado
users-registration-confirm-due = Reconfirmação pendente
users-registration-not-in-scope = Fora do escopo de redefinição

## Novo usuário.

users-create-lead = Você nunca escolhe a senha de um usuário: ele recebe um código de convite por e-mail e define a própria senha.
users-create-username = Nome de usuário
users-create-username-hint = Letras, dígitos e . _ - @; salvo em letras minúsculas.
users-create-display-name = Nome de exibição
users-create-email = E-mail
users-create-email-hint = Para onde o convite vai.
users-create-groups = Grupos
users-create-groups-hint = Separe vários com vírgulas.
users-create-roles = Funções
users-create-invite = Enviar o convite agora
users-create-submit = Criar usuário
users-create-busy = Criando…
users-created-title = Usuário criado
users-created-invited = Um convite para definir uma senha foi enviado para { $to }.
users-created-not-invited = Nenhum convite foi enviado; envie um desta página quando estiver pronto.
