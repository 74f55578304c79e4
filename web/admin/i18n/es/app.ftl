# El marco de la consola: el encabezado, el menú, la pantalla de inicio de
# sesión y las páginas que solo informan (no encontrada, no permitida).

app-session-ended-title = Vuelva a iniciar sesión
app-session-ended-body = Su sesión ha terminado.
app-skip = Saltar al contenido
app-product = Consola de administración
app-signed-out-title = Sesión cerrada
app-signed-out-body = Ha cerrado la sesión.
app-sign-out = Cerrar sesión
app-not-found-title = Página no encontrada
app-not-found-body = No hay ninguna pantalla en esta dirección.
app-go-to-users = Ir a usuarios
app-opening = Abriendo la pantalla…
app-nav-label = Consola
app-menu = Menú
app-nav-home = Inicio
app-nav-users = Usuarios
app-nav-groups = Grupos
app-nav-import = Importar y exportar
app-nav-reports = Informes
app-nav-settings = Configuración
app-nav-reset-policy = Política de restablecimiento
app-nav-passwords = Reglas de contraseñas y preguntas
app-nav-branding = Marca y límites
app-nav-agents = Escritura en el directorio
app-nav-clients = Clientes de API
# Same as English.
app-nav-webhooks = Webhooks
app-not-allowed-title = No disponible para su rol
app-not-allowed-body = Su rol no incluye esta pantalla. Pídasela a un administrador si la necesita.
app-signin-title = Iniciar sesión en la consola de administración
app-signin-lead = Para los administradores y el servicio de asistencia de su organización. Use su propia cuenta.
app-code-label = Código de su aplicación de autenticación
app-code-hint = Los 6 dígitos que muestra la aplicación para esta cuenta, o uno de sus códigos de recuperación.
app-code-wrong = Ese código no es correcto o ya se usó: introduzca el siguiente código de la aplicación.
app-forgot-password = ¿Olvidó su contraseña? Use el portal de autoservicio de contraseñas
app-set-up-authenticator-title = Configure primero su aplicación de autenticación
app-set-up-authenticator-body = Su cuenta necesita un código de una aplicación de autenticación en cada inicio de sesión. Inicie sesión en el portal de autoservicio, que le guiará para configurarla, y después inicie sesión aquí.
app-change-password-title = Cambie primero su contraseña
app-password-expired-body = Su contraseña ha caducado o la estableció otro administrador. Cámbiela en el portal de autoservicio y después inicie sesión aquí.
app-change-password-body = Cámbiela en el portal de autoservicio y después inicie sesión aquí.
app-not-an-operator-title = Esta consola es para administradores
app-not-an-operator-body = Su cuenta no tiene rol de administrador ni de servicio de asistencia. Para gestionar su propia contraseña, use el portal de autoservicio.
app-wrong-credentials-title = Nombre de usuario o contraseña incorrectos
app-wrong-credentials-body = Compruebe ambos e inténtelo de nuevo. Demasiados intentos fallidos bloquean la cuenta durante un tiempo.
