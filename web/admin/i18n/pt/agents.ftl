agents-revoked-title = Revogado
agents-revoked-body = { $name } não pode mais receber tarefas.
agents-title = Gravação no diretório
agents-lead = Agentes na sua rede gravam no seu diretório as redefinições, alterações e desbloqueios. Eles só fazem conexões de saída.
agents-loading = Carregando agentes…
agents-none = Nenhum agente registrado: os usuários do seu próprio diretório não são gravados nele.
agents-directory-offline = { $directory }: nenhum agente on-line — os usuários dele não podem redefinir agora
agents-directory-online = { $count ->
    [one] { $directory }: { $count } agente on-line
   *[other] { $directory }: { $count } agentes on-line
}
agents-status-online = On-line
agents-status-offline = Off-line
agents-status-revoked = Revogado
agents-revoke = Revogar
agents-table = Agentes
agents-col-agent = Agente
agents-col-directory = Diretório
# Same as English.
agents-col-status = Status
agents-col-version = Versão
agents-col-last-contact = Último contato
agents-enrol-title = Registrar um agente
agents-directory = Diretório
agents-directory-hint = Um nome curto para o diretório, como corp: letras minúsculas, dígitos e hifens.
agents-name = Nome do agente
agents-name-hint = Em qual máquina ele roda, como agente dc1.
agents-issue = Emitir token de registro
agents-issuing = Emitindo…
agents-token = Token de registro (mostrado uma vez, funciona uma vez, até { $until }):
agents-on-host = Na máquina do agente:
