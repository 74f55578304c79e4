### A trilha de auditoria em palavras: o nome de cada ação, seu resultado e
### seus códigos de motivo como uma pessoa os lê (registro de atividades e
### relatórios do console, últimas colunas do CSV).

## O nome de cada ação, no início de uma frase.

audit-action-sign-in = Entrada
audit-action-sign-out = Saída
audit-action-session-ended = Sessão encerrada
audit-action-password-change = Troca de senha
audit-action-account-lockout = Conta bloqueada
audit-action-user-created = Usuário criado
audit-action-settings-changed = Configurações alteradas
audit-action-reset-started = Redefinição iniciada
audit-action-reset-code-sent = Código de redefinição enviado
audit-action-reset-code-failed = Código de redefinição incorreto
audit-action-reset-method-verified = Método de redefinição comprovado
audit-action-reset-blocked = Redefinição recusada
audit-action-reset-completed = Redefinição concluída
audit-action-account-unlocked = Conta desbloqueada
audit-action-method-code-sent = Código de cadastro enviado
audit-action-method-code-failed = Código de cadastro incorreto
audit-action-method-registered = Método cadastrado
audit-action-method-removed = Método removido
audit-action-methods-confirmed = Métodos confirmados
audit-action-user-updated = Usuário editado
audit-action-admin-password-reset = Senha redefinida por um operador
audit-action-roles-changed = Funções alteradas
audit-action-user-deleted = Usuário excluído
audit-action-invitation-sent = Convite enviado
audit-action-invitation-accepted = Convite usado
audit-action-helpdesk-check = Verificação de identidade pelo suporte técnico
audit-action-group-created = Grupo criado
audit-action-group-updated = Grupo editado
audit-action-group-renamed = Grupo renomeado
audit-action-group-deleted = Grupo excluído
audit-action-group-member-added = Adicionado a um grupo
audit-action-group-member-removed = Removido de um grupo
audit-action-breached-password-audited = Senha vazada aceita (somente auditoria)
audit-action-agent-enrolment-issued = Token de inscrição de agente emitido
audit-action-agent-enrolled = Agente inscrito
audit-action-agent-keys-rotated = Chaves do agente substituídas
audit-action-agent-revoked = Agente revogado
audit-action-directory-synced = Diretório sincronizado
audit-action-client-created = Cliente de API criado
audit-action-client-secret-rotated = Segredo do cliente de API renovado
audit-action-client-revoked = Cliente de API revogado
audit-action-client-token-refused = Token do cliente de API recusado
audit-action-webhook-created = Webhook subscrito
audit-action-webhook-changed = Webhook alterado
audit-action-webhook-secret-rotated = Segredo de assinatura do webhook renovado
audit-action-webhook-deleted = Webhook removido
audit-action-webhook-paused = Webhook pausado após um dia de falhas
audit-action-preference-changed = Preferência alterada

## Como um evento terminou, em uma palavra.

audit-outcome-success = Concluído
audit-outcome-failure = Falhou
audit-outcome-locked = Bloqueado por tentativas
audit-outcome-blocked = Impedido

## O que cada código de motivo diz, como parte de uma lista.

audit-reason-account-disabled = a conta está desativada
audit-reason-account-locked = a conta foi bloqueada
audit-reason-administrator = por um administrador
audit-reason-answers-invalid = respostas incorretas
audit-reason-audit-only = aceita porque a verificação de vazamentos só registra
audit-reason-authenticator-code-invalid = um código de autenticador incorreto
audit-reason-passkey = com uma chave de acesso
audit-reason-passkey-invalid = uma chave de acesso não aceita
audit-reason-passkey-model-not-allowed = um modelo de autenticador que a organização não aceita
audit-reason-passkey-renamed = uma chave de acesso renomeada
audit-reason-access-pass = com um passe de acesso temporário
audit-reason-access-pass-invalid = um passe de acesso temporário incorreto, ainda não válido, já usado ou expirado
audit-reason-one-time = válido para um único login
audit-reason-multi-use = válido para vários logins
audit-reason-minutes = duração em minutos
audit-reason-replaced = substitui o anterior
audit-reason-revoked = revogado
audit-reason-banned = uma palavra proibida
audit-reason-breached = encontrada em vazamentos conhecidos
audit-reason-code-expired = o código tinha expirado
audit-reason-code-invalid = um código incorreto
audit-reason-code-sent = um código foi enviado
audit-reason-corpus = no corpus de vazamentos
audit-reason-custom-banned = uma das palavras proibidas da organização
audit-reason-directory-complexity = as regras de complexidade do diretório
audit-reason-directory-refused = o diretório recusou
audit-reason-directory-unavailable = o diretório não pôde ser contatado
audit-reason-failed-proofs = comprovações malsucedidas demais
audit-reason-failed-proofs-per-day = comprovações malsucedidas demais hoje
audit-reason-flow-send-limit = códigos demais em uma redefinição
audit-reason-helpdesk = pelo suporte técnico
audit-reason-import = por uma importação
audit-reason-in-history = uma senha já usada
audit-reason-invalid-scope = um escopo que o cliente não tem
audit-reason-max-length = longa demais
audit-reason-min-length = curta demais
audit-reason-named-by-a-user-edit = citado na edição de um usuário
audit-reason-no-invitation = nenhum convite estava pendente
audit-reason-no-password = nenhuma senha estava definida
audit-reason-not-registered = não cadastrado
audit-reason-out-of-scope = sem permissão para redefinir
audit-reason-personal = contém o nome da pessoa
audit-reason-phone-cap = o limite de gastos com telefone
audit-reason-recovery-code = com um código de recuperação
audit-reason-refresh-reused = uma credencial de atualização já usada voltou
audit-reason-second-factor-required = um segundo fator era necessário
audit-reason-self-service = pela própria pessoa
audit-reason-send-failed = a mensagem não pôde ser enviada
audit-reason-send-limit = códigos enviados demais
audit-reason-sessions-ended = todas as sessões foram encerradas
audit-reason-temporary-password = com uma senha temporária
audit-reason-temporary-password-expired = a senha temporária tinha expirado
audit-reason-too-many-failures = falhas demais
audit-reason-unknown-client = um cliente de API desconhecido
audit-reason-unknown-user = usuário inexistente
audit-reason-unlock = para desbloquear
audit-reason-verified = depois de verificar quem era
audit-reason-wrong-password = uma senha incorreta
audit-reason-wrong-secret = um segredo de cliente incorreto

# Um motivo com seu detalhe.
# Same as English.
audit-reason-detail = { $reason }: { $detail }
audit-action-breached-password-found = Senha vazada encontrada ao entrar
audit-action-expiry-reminder-sent = Lembrete de expiração de senha enviado
audit-action-scheduled-run = Execução agendada
audit-action-account-reported = Conta informada pelo titular
audit-action-lockdown-lifted = Bloqueio de segurança removido
audit-reason-account-locked-down = a conta está com bloqueio de segurança aplicado pelo titular
audit-reason-activity = pela atividade recente
audit-reason-notice-link = pelo link de um aviso de segurança
audit-reason-reported = informado
audit-action-campaign-started = Campanha de cadastro iniciada
audit-action-campaign-ended = Campanha de cadastro encerrada
audit-action-campaign-invitation-sent = Convidado a se cadastrar
audit-action-registration-snoozed = Cadastro adiado
audit-action-access-pass-issued = Passe de acesso temporário emitido
audit-action-access-pass-used = Passe de acesso temporário usado
audit-action-access-pass-revoked = Passe de acesso temporário revogado
audit-action-access-pass-expired = Passe de acesso temporário expirado sem uso
audit-reason-operator = o operador, com as credenciais próprias da implantação
