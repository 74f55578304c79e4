# La lista de usuarios de la consola: búsqueda, filtros, tabla, acciones en
# bloque y formulario de nuevo usuario.

users-title = Usuarios
users-new-user = Nuevo usuario
users-loading = Cargando usuarios…

## Opciones de la tabla.

users-page-size = Usuarios por página
users-columns = Columnas
users-show-columns = Mostrar estas columnas

## Columnas.

users-column-name = Nombre
users-column-username = Nombre de usuario
users-column-email = Correo electrónico
users-column-groups = Grupos
# Same as English.
users-column-roles = Roles
users-column-status = Estado
users-column-last-sign-in = Último inicio de sesión
users-table = Usuarios
users-select-page = Seleccionar todos los usuarios de esta página
users-select-row = Seleccionar a { $name }

## Búsqueda y filtros.

users-find = Buscar usuarios
users-find-hint = Un nombre de usuario, una dirección de correo electrónico o cualquier palabra de un nombre.
users-search = Buscar
users-filters = Filtros
users-filter-group = Grupo
users-filter-role = Rol
users-filter-role-any = Cualquier rol
users-filter-role-users = Solo usuarios
users-filter-role-admins = Administradores
users-filter-role-helpdesk = Soporte técnico
users-filter-role-report-readers = Lectores de informes
users-filter-account = Cuenta
users-filter-account-any = Habilitada o deshabilitada
users-filter-account-enabled = Habilitada
users-filter-account-disabled = Deshabilitada
users-filter-registration = Registro
users-filter-registration-any = Cualquiera
users-filter-locked = Bloqueado ahora
users-filter-expired = Contraseña caducada

## Resultados.

users-none-match = Ningún usuario coincide.
users-match = { $count ->
    [one] { $count } usuario coincide.
   *[other] { $count } usuarios coinciden.
}
users-page-more = Página { $number }: { $count ->
    [one] se muestra { $count } usuario
   *[other] se muestran { $count } usuarios
}; hay más en la página siguiente.
users-page-last = Página { $number }: { $count ->
    [one] se muestra { $count } usuario
   *[other] se muestran { $count } usuarios
}; esta es la última página.
users-pages = Páginas
users-previous-page = Página anterior
users-next-page = Página siguiente

## Acciones en bloque.

users-bulk-region = Usuarios seleccionados
users-bulk-done = Listo: el resultado de cada usuario
users-selected = { $count ->
    [one] { $count } usuario seleccionado
   *[other] { $count } usuarios seleccionados
}
users-bulk-disable = Deshabilitar
users-bulk-disable-warning = Los usuarios seleccionados ya no podrán iniciar sesión ni restablecer su contraseña hasta que se vuelvan a habilitar.
users-bulk-disable-confirm = Deshabilitarlos
users-bulk-enable = Habilitar
users-bulk-reregister = Exigir un nuevo registro
users-bulk-reregister-warning = Se eliminan sus propios métodos de contacto y respuestas de seguridad; cada uno deberá registrarse de nuevo en su próximo inicio de sesión.
users-bulk-reregister-confirm = Eliminar sus métodos
users-bulk-end-sessions = Cerrar sesión en todas partes
users-bulk-group = Grupo
users-bulk-add-to-group = Añadir al grupo
users-bulk-export = Exportar selección
users-bulk-progress = { $done } de { $all } procesados
users-bulk-outcomes = Resultado de cada usuario
users-bulk-skipped-self = Omitido: su propia cuenta se modifica desde su propia página.

## Resultado para un usuario.

users-outcome-disabled = Deshabilitado
users-outcome-enabled = Habilitado
users-outcome-reregister = Debe registrarse de nuevo
users-outcome-signed-out = Sesión cerrada en todas partes
users-outcome-added = Añadido al grupo

## Roles.

users-role-admin = Administrador
users-role-helpdesk = Soporte técnico
users-role-reports-reader = Lector de informes
users-role-user = Usuario

## Estado de un usuario.

users-status-locked-until = Bloqueado hasta el { $at }
users-status-disabled = Deshabilitado
users-status-must-change = Debe cambiar la contraseña
users-registration-complete = Registrado
users-registration-incomplete = Sin registrar
users-registration-confirm-due = Reconfirmación pendiente
users-registration-not-in-scope = Fuera del ámbito de restablecimiento

## Nuevo usuario.

users-create-lead = Usted nunca elige la contraseña de un usuario: recibe un código de invitación por correo electrónico y establece la suya.
users-create-username = Nombre de usuario
users-create-username-hint = Letras, dígitos y . _ - @; se guarda en minúsculas.
users-create-display-name = Nombre para mostrar
users-create-email = Correo electrónico
users-create-email-hint = Adonde se envía la invitación.
users-create-groups = Grupos
users-create-groups-hint = Separe varios con comas.
# Same as English.
users-create-roles = Roles
users-create-invite = Enviar la invitación ahora
users-create-submit = Crear usuario
users-create-busy = Creando…
users-created-title = Usuario creado
users-created-invited = Se envió una invitación para establecer una contraseña a { $to }.
users-created-not-invited = No se envió ninguna invitación; envíe una desde esta página cuando esté listo.
