# Setting up an authenticator app.

authenticator-title = Configurar una aplicación de autenticación
authenticator-required = Su cuenta necesita un código de una aplicación de autenticación en cada inicio de sesión. Configure una para continuar.
authenticator-step-open = Abra una aplicación de autenticación en su teléfono (Microsoft Authenticator, Google Authenticator o cualquier otra) y añada una cuenta.
authenticator-step-scan = Escanee este código QR o escriba la clave que aparece abajo.
authenticator-qr = Código QR de su clave de autenticación
authenticator-key = Clave:
authenticator-code-label = Código que muestra la aplicación
authenticator-code-wrong = Ese código no es correcto. Compruebe que la hora del dispositivo se ajusta automáticamente e introduzca el código más reciente.
authenticator-recovery-title = Sus códigos de recuperación
authenticator-recovery-lead = Si pierde el teléfono, cada uno de estos códigos le permite iniciar sesión una vez en lugar de un código de la aplicación. Guárdelos ahora (imprímalos o consérvelos en un gestor de contraseñas): no se volverán a mostrar.
authenticator-continue = Ya los he guardado: continuar
authenticator-added-title = Aplicación de autenticación añadida
authenticator-added-body = Guarde sus códigos de recuperación en un lugar seguro.
