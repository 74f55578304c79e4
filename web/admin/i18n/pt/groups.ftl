groups-title = Grupos
groups-lead = Os grupos definem para quem é a redefinição por autoatendimento (veja a política de redefinição) e organizam os usuários. Os membros também são definidos no perfil de cada usuário e por importações.
groups-loading = Carregando grupos…
groups-none = Nenhum grupo ainda.
groups-pages = Páginas
groups-previous-page = Página anterior
groups-next-page = Próxima página
groups-col-group = Grupo
groups-col-members = Membros
groups-col-scope = Escopo de redefinição
groups-col-description = Descrição
groups-open = Abrir o grupo { $name }
groups-renaming = Sendo renomeado para { $to }: renomeie de novo para concluir
groups-in-scope = No escopo
groups-created = O grupo { $name } foi criado.
groups-create-label = Criar um grupo
groups-new-name = Nome do novo grupo
groups-new-name-hint = De 1 a 64 letras, dígitos, espaços, . _ -
groups-description = Descrição (opcional)
groups-create = Criar grupo
groups-renamed = Renomeado para { $name }; seus membros e o escopo de redefinição acompanham.
groups-deleted = O grupo { $name } foi excluído.
groups-strands-title = Usuários perderiam a redefinição por autoatendimento
groups-strands-body = { $count ->
    [one] A política de redefinição cita este grupo: { $count } membro não poderia mais redefinir a própria senha. Nada foi excluído.
   *[other] A política de redefinição cita este grupo: { $count } membros não poderiam mais redefinir a própria senha. Nada foi excluído.
}
groups-no-such-user = Nenhum usuário tem este nome de usuário.
groups-detail-title = Grupo: { $name }
groups-name = Nome
groups-rename = Renomear
groups-delete = Excluir grupo
groups-delete-anyway = { $count ->
    [one] Excluir mesmo assim ({ $count } perde a redefinição por autoatendimento)
   *[other] Excluir mesmo assim ({ $count } perdem a redefinição por autoatendimento)
}
groups-add-member-label = Adicionar um membro pelo nome de usuário
groups-add-member = Adicionar membro
groups-members = Membros
groups-loading-members = Carregando membros…
groups-no-members = Nenhum membro.
groups-remove-label = Remover { $username } do grupo
groups-remove = Remover
groups-more-members = Há mais membros: filtre os usuários por este grupo para ver todos.
