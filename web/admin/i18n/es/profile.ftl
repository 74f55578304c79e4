profile-method-email = Códigos por correo electrónico
profile-method-sms = Códigos por SMS
profile-method-voice = Códigos por llamada de voz
profile-method-questions = Preguntas de seguridad
profile-method-authenticator = Aplicación de autenticación
profile-ability-read-users = Buscar usuarios y consultar sus datos
profile-ability-manage-users = Crear, editar, importar y eliminar usuarios
profile-ability-reset-password = Restablecer las contraseñas de los usuarios
profile-ability-unlock = Desbloquear cuentas
profile-ability-settings = Cambiar la configuración de la organización y los clientes de API
profile-ability-read-reports = Leer los informes
profile-title = Su cuenta
profile-loading = Cargando su cuenta…
profile-abilities-title = Lo que sus roles le permiten hacer aquí
profile-password-never-set = Nunca establecida a través de Latchkey
profile-password-never-expires = Cambiada el { $changed }; no caduca nunca
profile-password-expires = Cambiada el { $changed }; caduca el { $expires }
profile-password-changed = Cambiada el { $changed }
profile-source-admin = establecido por un administrador o por el directorio
profile-source-user = registrado por usted
profile-method-proven = { $source }; última verificación el { $when }
profile-name = Nombre
profile-username = Nombre de usuario
# Same as English.
profile-roles = Roles
# Same as English.
profile-roles-separator = { ", " }
profile-password = Contraseña
profile-methods-title = Cómo inicia sesión y demuestra quién es
profile-no-authenticator = No tiene aplicación de autenticación: la consola pide su código en cada inicio de sesión. Configure una en el portal.
profile-change-password = Cambiar su contraseña
profile-manage-methods = Gestionar sus métodos y su aplicación de autenticación
profile-portal-hint = Ambos abren el portal de autoservicio, donde su propia contraseña y sus métodos siguen las mismas reglas que los de todos.
# Una casilla para los operadores que pueden leer los informes: un resumen semanal por correo electrónico.
profile-digest = Resumen semanal por correo electrónico
profile-digest-hint = Cada lunes: los restablecimientos, fallos, bloqueos, actividad sospechosa y cobertura del registro de la semana, con un enlace a los informes.
profile-digest-on = Recibirá el resumen semanal por correo electrónico cada lunes.
profile-digest-off = Ya no recibirá el resumen semanal.
