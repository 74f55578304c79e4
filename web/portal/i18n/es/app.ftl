# The portal's frame: header, footer and pages that are not found.

app-footer = Gestión de contraseñas en autoservicio de Latchkey
app-product = Autoservicio de contraseñas
app-not-found-title = Página no encontrada
app-not-found-body = No hay ninguna página en esta dirección.
app-not-found-link = Ir a iniciar sesión
