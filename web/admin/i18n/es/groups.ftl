groups-title = Grupos
groups-lead = Los grupos deciden a quién se aplica el restablecimiento por autoservicio (consulte la política de restablecimiento) y organizan a los usuarios. Los miembros también se definen en el perfil de cada usuario y mediante importaciones.
groups-loading = Cargando grupos…
groups-none = Aún no hay grupos.
groups-pages = Páginas
groups-previous-page = Página anterior
groups-next-page = Página siguiente
groups-col-group = Grupo
groups-col-members = Miembros
groups-col-scope = Ámbito de restablecimiento
groups-col-description = Descripción
groups-open = Abrir el grupo { $name }
groups-renaming = Cambiando el nombre a { $to }: vuelva a cambiarlo para terminar
groups-in-scope = En el ámbito
groups-created = Se creó el grupo { $name }.
groups-create-label = Crear un grupo
groups-new-name = Nombre del grupo nuevo
groups-new-name-hint = De 1 a 64 letras, dígitos, espacios, . _ -
groups-description = Descripción (opcional)
groups-create = Crear grupo
groups-renamed = Nombre cambiado a { $name }; sus miembros y el ámbito de restablecimiento lo siguen.
groups-deleted = Se eliminó el grupo { $name }.
groups-strands-title = Algunos usuarios perderían el restablecimiento por autoservicio
groups-strands-body = { $count ->
    [one] La política de restablecimiento menciona este grupo: { $count } miembro ya no podría restablecer su propia contraseña. No se eliminó nada.
   *[other] La política de restablecimiento menciona este grupo: { $count } miembros ya no podrían restablecer su propia contraseña. No se eliminó nada.
}
groups-no-such-user = Ningún usuario tiene este nombre de usuario.
groups-detail-title = Grupo: { $name }
groups-name = Nombre
groups-rename = Cambiar nombre
groups-delete = Eliminar grupo
groups-delete-anyway = { $count ->
    [one] Eliminar de todos modos ({ $count } pierde el restablecimiento por autoservicio)
   *[other] Eliminar de todos modos ({ $count } pierden el restablecimiento por autoservicio)
}
groups-add-member-label = Añadir un miembro por nombre de usuario
groups-add-member = Añadir miembro
groups-members = Miembros
groups-loading-members = Cargando miembros…
groups-no-members = No hay miembros.
groups-remove-label = Quitar a { $username } del grupo
groups-remove = Quitar
groups-more-members = Hay más miembros: filtre los usuarios por este grupo para verlos todos.
