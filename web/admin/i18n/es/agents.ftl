agents-revoked-title = Revocado
agents-revoked-body = { $name } ya no puede recibir trabajos.
agents-title = Escritura en el directorio
agents-lead = Los agentes de su red escriben en su directorio los restablecimientos, cambios y desbloqueos. Solo establecen conexiones salientes.
agents-loading = Cargando agentes…
agents-none = No hay ningún agente registrado: los usuarios de su propio directorio no se escriben en él.
agents-directory-offline = { $directory }: ningún agente en línea — sus usuarios no pueden restablecer ahora
agents-directory-online = { $count ->
    [one] { $directory }: { $count } agente en línea
   *[other] { $directory }: { $count } agentes en línea
}
agents-status-online = En línea
agents-status-offline = Sin conexión
agents-status-revoked = Revocado
agents-revoke = Revocar
agents-table = Agentes
agents-col-agent = Agente
agents-col-directory = Directorio
agents-col-status = Estado
agents-col-version = Versión
agents-col-last-contact = Último contacto
agents-enrol-title = Registrar un agente
agents-directory = Directorio
agents-directory-hint = Un nombre corto para el directorio, como corp: letras minúsculas, dígitos y guiones.
agents-name = Nombre del agente
agents-name-hint = En qué equipo se ejecuta, como agente dc1.
agents-issue = Emitir token de registro
agents-issuing = Emitiendo…
agents-token = Token de registro (se muestra una vez, funciona una vez, hasta el { $until }):
agents-on-host = En el equipo del agente:
