### Avisos a una persona sobre su propia cuenta.

notice-not-you = Si no fue usted, póngase en contacto con su administrador de inmediato.
notice-contact = Contacte con su administrador: { $url }
# Sustituye a notice-not-you en un aviso de seguridad: $url aplica un bloqueo de seguridad a la cuenta (funciona una vez, durante 7 días).
notice-report-link = Si no fue usted, bloquee su cuenta ahora: { $url }

notice-password-changed-subject = Se ha cambiado su contraseña de { $org }
notice-password-changed = Su contraseña de { $org } se cambió el { $when }.
notice-password-reset-subject = Se ha restablecido su contraseña de { $org }
notice-password-reset = Su contraseña de { $org } se restableció el { $when }.
notice-account-unlocked-subject = Se ha desbloqueado su cuenta de { $org }
notice-account-unlocked = Su cuenta de { $org } se desbloqueó el { $when }.
notice-password-set-subject = Se ha definido su contraseña de { $org }
notice-password-set = Su contraseña de { $org } se definió el { $when }.
notice-password-reset-by-admin-subject = Su administrador ha restablecido su contraseña de { $org }
notice-password-reset-by-admin = Su administrador restableció su contraseña de { $org } el { $when }.
notice-account-unlocked-by-admin-subject = Su administrador ha desbloqueado su cuenta de { $org }
notice-account-unlocked-by-admin = Su administrador desbloqueó su cuenta de { $org } el { $when }.
notice-methods-cleared-subject = Su administrador ha borrado sus métodos de inicio de sesión de { $org }
notice-methods-cleared = Su administrador borró sus métodos de inicio de sesión de { $org } el { $when }: regístrelos de nuevo la próxima vez que inicie sesión.
notice-lockout-subject = El inicio de sesión en su cuenta de { $org } está bloqueado hasta el { $until }
notice-lockout = El inicio de sesión en su cuenta de { $org } se bloqueó el { $when } tras varias contraseñas incorrectas, hasta el { $until }.
notice-writeback-password-failed-subject = El cambio de su contraseña de { $org } no llegó al directorio de su organización
notice-writeback-password-failed = El cambio de su contraseña de { $org } del { $when } no llegó al directorio de su organización; su contraseña no ha cambiado.
notice-writeback-unlock-failed-subject = El desbloqueo de su cuenta de { $org } no llegó al directorio de su organización
notice-writeback-unlock-failed = El desbloqueo de su cuenta de { $org } del { $when } no llegó al directorio de su organización.
notice-authenticator-added-subject = Se ha añadido una aplicación de autenticación a su cuenta de { $org }
notice-authenticator-added = Se añadió una aplicación de autenticación a su cuenta de { $org } el { $when }.
notice-authenticator-removed-subject = Se ha quitado la aplicación de autenticación de su cuenta de { $org }
notice-authenticator-removed = Se quitó la aplicación de autenticación de su cuenta de { $org } el { $when }.
notice-recovery-code-used-subject = Se ha usado un código de recuperación de { $org } (quedan { $left })
notice-recovery-code-used = Se usó un código de recuperación de su aplicación de autenticación de { $org } el { $when } (quedan { $left }).
notice-email-added-subject = Se ha añadido un correo alternativo a su cuenta de { $org }
notice-email-added = Se añadió un correo alternativo a su cuenta de { $org } el { $when }.
notice-email-removed-subject = Se ha quitado el correo alternativo de su cuenta de { $org }
notice-email-removed = Se quitó el correo alternativo de su cuenta de { $org } el { $when }.
notice-mobile-added-subject = Se ha añadido un número de móvil a su cuenta de { $org }
notice-mobile-added = Se añadió un número de móvil a su cuenta de { $org } el { $when }.
notice-mobile-removed-subject = Se ha quitado el número de móvil de su cuenta de { $org }
notice-mobile-removed = Se quitó el número de móvil de su cuenta de { $org } el { $when }.
notice-questions-set-subject = Se han definido sus preguntas de seguridad de { $org }
notice-questions-set = Sus preguntas de seguridad de { $org } se definieron el { $when }.
notice-questions-removed-subject = Se han quitado sus preguntas de seguridad de { $org }
notice-questions-removed = Sus preguntas de seguridad de { $org } se quitaron el { $when }.
notice-contacts-added-subject = Su administrador ha añadido datos de contacto a su cuenta de { $org } ({ $added })
notice-contacts-added = Su administrador añadió datos de contacto a su cuenta de { $org } el { $when } ({ $added }).
notice-roles-none-subject = Han cambiado los roles de su cuenta de { $org }: ya no tiene ningún rol de administración
notice-roles-none = Los roles de su cuenta de { $org } cambiaron el { $when }: ya no tiene ningún rol de administración.
notice-roles-now-subject = Han cambiado los roles de su cuenta de { $org }: ahora tiene [{ $roles }]
notice-roles-now = Los roles de su cuenta de { $org } cambiaron el { $when }: ahora tiene [{ $roles }].

notice-admin-roles-subject = { $org }: el usuario { $user } tiene ahora los roles [{ $roles }] (cambio de { $by })
notice-admin-roles = { $org }: el usuario { $user } tiene desde el { $when } los roles [{ $roles }] (cambio de { $by }).
notice-admin-password-reset-subject = { $org }: { $by } ha restablecido la contraseña del administrador { $user }
notice-admin-password-reset = { $org }: { $by } restableció la contraseña del administrador { $user } el { $when }.
notice-admin-self-reset-subject = { $org }: un administrador ha restablecido su contraseña
notice-admin-self-reset = El administrador { $name } ({ $user }) restableció su contraseña de { $org } mediante autoservicio el { $when }. Si no era de esperar, revise la cuenta ahora.

role-admin = administrador
role-helpdesk = asistencia
role-reports-reader = lector de informes
notice-breached-at-sign-in-subject = Su contraseña de { $org } aparece en filtraciones de datos conocidas: cámbiela ahora
notice-breached-at-sign-in = Su contraseña de { $org } se encontró entre contraseñas expuestas en filtraciones de datos al iniciar sesión el { $when }. Elija una nueva ahora: hasta entonces, su cuenta solo puede cambiar su contraseña.
notice-password-expiring-subject =
    { $days ->
        [one] Su contraseña de { $org } caduca en 1 día
       *[other] Su contraseña de { $org } caduca en { $days } días
    }
notice-password-expiring =
    { $days ->
        [one] Su contraseña de { $org } caduca el { $expires }, en 1 día. Cámbiela antes para seguir iniciando sesión sin interrupciones.
       *[other] Su contraseña de { $org } caduca el { $expires }, en { $days } días. Cámbiela antes para seguir iniciando sesión sin interrupciones.
    }
notice-change-here = Cámbiela aquí: { $url }
digest-subject = { $org }: la semana en el autoservicio de contraseñas
digest-intro = Los 7 días hasta el { $to } en { $org }:
digest-resets = Restablecimientos de autoservicio: { $resets }. Restablecimientos por un administrador: { $admin_resets }.
digest-failures = Fallos: { $failed }. Intentos bloqueados: { $blocked }. Patrones sospechosos: { $suspicious }.
digest-lockdowns = Cuentas con bloqueo de seguridad activado por su titular («no fui yo»): { $locked_down }.
digest-registration = Registro: { $registered } de { $users } usuarios han registrado suficientes métodos.
digest-link = Los informes: { $url }
notice-locked-down-subject = Su cuenta de { $org } tiene un bloqueo de seguridad
notice-locked-down = El { $when } informó de un cambio en su cuenta de { $org } que usted no hizo. Todas las sesiones han terminado, y el inicio de sesión, el restablecimiento de la contraseña y el registro están suspendidos. Póngase en contacto con su servicio de asistencia: comprobarán quién es usted y le ayudarán a volver a entrar.
# $user: el nombre de usuario; $name: el nombre visible de la persona.
notice-admin-account-reported-subject = { $org }: { $user } ha informado de un cambio que no hizo
notice-admin-account-reported = { $name } ({ $user }) informó el { $when } de un cambio en su cuenta de { $org } que no hizo. La cuenta tiene un bloqueo de seguridad: todas las sesiones han terminado, y el inicio de sesión, el restablecimiento de la contraseña y el registro están suspendidos. Compruebe quién es, restablezca su contraseña con un restablecimiento verificado por el servicio de asistencia y después levante el bloqueo en la consola de administración.
# La invitación de la campaña de registro (por correo electrónico). $url: el registro del portal, tras iniciar sesión.
campaign-invite-subject = Configure el restablecimiento de su contraseña de { $org }
campaign-invite = { $org } le pide que configure el restablecimiento de contraseña de autoservicio: registre una forma de demostrar su identidad (otra dirección de correo electrónico, un número de móvil o una aplicación de autenticación), para poder restablecer usted mismo una contraseña olvidada o desbloquear su cuenta en cualquier momento. Solo le llevará dos minutos.
campaign-invite-link = Inicie sesión y configúrelo aquí: { $url }
# $name: el nombre que la persona dio a la llave de acceso.
notice-passkey-added-subject = Se ha añadido una llave de acceso a su cuenta de { $org }
notice-passkey-added = Se añadió una llave de acceso llamada «{ $name }» a su cuenta de { $org } el { $when }.
notice-passkey-removed-subject = Se ha quitado una llave de acceso de su cuenta de { $org }
notice-passkey-removed = Se quitó la llave de acceso llamada «{ $name }» de su cuenta de { $org } el { $when }.
# $until: cuándo deja de funcionar el pase.
notice-access-pass-issued-subject = Se ha emitido un pase de acceso temporal para su cuenta de { $org }
notice-access-pass-issued = Se emitió un pase de acceso temporal para su cuenta de { $org } el { $when }. Es válido hasta el { $until } y solo sirve para configurar una llave de acceso o una aplicación de autenticación y elegir su propia contraseña.
notice-access-pass-used-subject = Se ha usado un pase de acceso temporal para iniciar sesión en su cuenta de { $org }
notice-access-pass-used = Se usó un pase de acceso temporal para iniciar sesión en su cuenta de { $org } el { $when }.
notice-access-pass-revoked-subject = Se ha revocado el pase de acceso temporal de su cuenta de { $org }
notice-access-pass-revoked = El pase de acceso temporal de su cuenta de { $org } se revocó el { $when }; ya no funciona.
notice-webhook-paused-subject = Su webhook de { $org } a { $url } se ha pausado: sus entregas fallaron durante un día
notice-webhook-paused = Su webhook de { $org } a { $url } se ha pausado: sus entregas fallaron durante un día. No se le envía nada hasta que un administrador lo reanude en la consola; lo perdido espera en su registro de entregas, el { $when }.
