# A página de um usuário no console.

user-all-users = ← Todos os usuários
user-loading = Carregando o usuário…

## Selos.

user-badge-disabled = Desativado
user-badge-locked = Bloqueado
user-badge-must-change = Precisa trocar a senha
# O titular informou algo que não fez ("Não fui eu"): o autoatendimento está congelado.
user-badge-locked-down = Bloqueio de segurança

## O aviso do próprio titular ("Não fui eu" em um e-mail de segurança ou na
## atividade recente): todas as sessões terminaram, e a redefinição e o cadastro
## ficam congelados até um administrador remover o bloqueio.

user-lockdown-title = Informado pelo titular
user-lockdown-what = O que ele diz que não fez: { $what }
user-lockdown-what-at = O que ele diz que não fez: { $what } ({ $at })
user-lockdown-from-link = Informado em { $at }, pelo link de um aviso de segurança.
user-lockdown-from-activity = Informado em { $at }, pela atividade recente.
user-lockdown-from-other = Informado em { $at }.
user-lockdown-effect = Todas as sessões foram encerradas. A redefinição de senha por autoatendimento e o cadastro ficam congelados até o bloqueio ser removido.
user-lockdown-help = Confirme quem é a pessoa antes de ajudar: redefina a senha com uma redefinição verificada pelo suporte técnico e depois remova o bloqueio.
user-lockdown-lift = Remover bloqueio
user-lockdown-lift-warning = A redefinição de senha por autoatendimento e o cadastro voltam a funcionar para este usuário. Remova o bloqueio só depois de confirmar quem é a pessoa.
user-lockdown-lift-confirm = Sim, remover
user-lockdown-lift-done = O bloqueio foi removido: o autoatendimento voltou a funcionar para este usuário.

## Ações.

user-actions = Ações
user-own-account = Esta é a sua própria conta: altere sua senha e seus métodos no portal de autoatendimento.
user-privileged = Somente um administrador pode agir em uma conta que tenha uma função administrativa.
user-deleted-title = Usuário excluído
user-done-title = Concluído
user-reset-warning = O Latchkey cria uma senha temporária, mostrada a você uma única vez. Ela vale por 24 horas e serve apenas para escolher uma nova senha; as sessões do usuário terminam agora.
user-reset-confirm = Criar uma senha temporária
user-reset-done = Senha temporária criada. O usuário foi avisado de que a senha dele foi redefinida.
user-invite = Enviar convite de redefinição por e-mail
user-invite-done = Um convite para definir uma nova senha foi enviado ao usuário por e-mail.
user-unlock = Desbloquear
user-unlock-done = A conta está desbloqueada; o usuário pode entrar e redefinir a senha novamente.
user-locked-now = Bloqueado agora.
user-not-locked-now = Não está bloqueado agora; também remove bloqueios de redefinição.
user-require-change = Exigir troca de senha
user-require-change-done = O usuário precisará trocar a senha no próximo acesso.
user-end-sessions = Encerrar todas as sessões
user-end-sessions-warning = O usuário é desconectado de todos os lugares de uma só vez.
user-end-sessions-confirm = Sim, encerrar
user-end-sessions-done = Todas as sessões deste usuário foram encerradas.
user-clear-methods = Exigir novo cadastro
user-clear-methods-warning = O e-mail, o telefone e as perguntas de segurança que o usuário cadastrou são removidos; ele os configura de novo no próximo acesso. Os contatos do diretório são mantidos.
user-clear-methods-confirm = Sim, remover
user-clear-methods-done = Os métodos do próprio usuário foram removidos; ele se cadastra de novo no próximo acesso.
user-let-expire = Deixar a senha expirar
user-expires-done = A senha agora expira conforme as regras de senha.
user-never-expires = A senha nunca expira
user-never-expires-done = A senha não expira mais.
user-disable = Desativar conta
user-disable-warning = O usuário não poderá mais entrar nem redefinir a senha, e todas as sessões terminam agora.
user-disable-confirm = Sim, desativar
user-disable-done = A conta está desativada e as sessões dela foram encerradas.
user-enable = Ativar conta
user-enable-done = A conta está ativada novamente.
user-delete = Excluir usuário
user-delete-warning = O usuário é removido de vez; o histórico de auditoria dele é mantido.
user-delete-confirm = Sim, excluir
user-delete-done = O usuário foi removido; o histórico de auditoria dele é mantido.

## Senha temporária.

user-temporary-title = Senha temporária
user-temporary-warning = Mostrada só agora: ela não é armazenada e não pode ser mostrada de novo. Entregue-a ao usuário por um canal confiável, nunca por e-mail. Ela vale até { $expires } e apenas para escolher uma nova senha no próximo acesso.
user-copy = Copiar
user-copied = Copiada
user-given = Já entreguei ao usuário

## Verificação de quem liga.

user-verify-title = Verifique primeiro quem está ligando
user-verify-lead = Antes de o suporte técnico redefinir ou desbloquear, o usuário prova que é ele: envie um código para um dos métodos dele e digite o código que ele ler para você.
user-verify-no-method = Este usuário não tem e-mail nem telefone para receber um código. Um administrador precisa cuidar desta solicitação.
user-verify-email = Enviar código por e-mail
user-verify-text = Enviar código por SMS
user-verify-call = Ligar com um código
user-verify-sent = Código enviado para { $to }. Peça a quem está ligando que o leia para você; ele vale até { $until }.
user-verify-code = Código lido por quem ligou
user-verify-check = Verificar o código

## Dados.

user-details = Detalhes
user-emails = E-mails
user-phones = Telefones
user-groups = Grupos
user-reset-methods = Métodos de redefinição
user-methods-none = Nenhum ainda.
user-method-email = E-mail
user-method-sms = SMS
user-method-voice = Chamada de voz
user-method-questions = Perguntas de segurança
user-method-authenticator = Aplicativo autenticador
user-method-from-directory = do diretório
user-method-proven = confirmado pelo usuário em { $at }
user-method-registered = cadastrado pelo usuário
# Same as English.
user-method = { $kind }: { $hint } ({ $source })
user-registration = Cadastro
user-registration-summary = { $state }: { $registered ->
    [one] { $registered } método
   *[other] { $registered } métodos
}; mínimo para redefinir: { $required }
user-reconfirm-by = ; reconfirmar até { $at }
user-locked-out = Bloqueado
user-locked-everywhere = Em todos os lugares, até { $at }
user-locked-here = A partir do endereço do último acesso (senhas erradas demais a partir dele)
user-not-locked = Não
user-password-changed = Senha alterada
user-password-expires = Senha expira
user-never = Nunca
user-temporary-password = Senha temporária
user-temporary-valid = Válida até { $at }
user-last-sign-in = Último acesso
user-last-reset = Última redefinição
user-created = Criado
user-invitation = Convite
user-invitation-sent = Enviado para { $to }; válido até { $until }

## Perfil.

user-profile = Perfil
user-display-name = Nome de exibição
user-first-name = Nome
user-last-name = Sobrenome
user-contact-emails = E-mails de contato
user-contact-phones = Telefones de contato
user-commas-hint = Separe vários com vírgulas.
user-phone-hint = Formato internacional, +55 11 91234-5678.
user-roles = Funções
user-roles-hint = Todos os administradores são avisados quando uma função é concedida ou removida.
user-save = Salvar alterações
user-saving = Salvando…
user-saved-title = Salvo
user-profile-saved = Os dados do usuário foram atualizados.

## Telefone do escritório.

user-office = Telefone do escritório
user-office-label = Telefone fixo para chamadas com código
user-office-hint = Formato internacional, +55 11 3123-4567. Definido apenas por administradores.
user-office-save = Salvar telefone do escritório
user-office-remove = Remover
user-office-saved = As chamadas com código agora podem ir para o telefone do escritório.
user-office-removed = O telefone do escritório foi removido.

## Atividade recente.

user-activity = Atividade recente
user-activity-none = Nada ainda.
user-activity-when = Quando
user-activity-what = O quê
user-activity-outcome = Resultado
user-activity-details = Detalhes
user-language = Idioma
user-language-default = O padrão da organização
user-language-hint = O portal, o console e todas as mensagens que a pessoa recebe, até ela escolher outro.

## O diretório local de onde vem um usuário sincronizado.

user-directory = Diretório
user-directory-name = Diretório
user-directory-synced = Última sincronização
user-directory-locked = Bloqueado no diretório
user-directory-locked-since = Bloqueado no diretório desde { $at }
user-directory-password-changed = Senha alterada no diretório
user-directory-password-expires = A senha expira no diretório
user-directory-protected = Conta protegida no diretório (privilegiada aqui)
user-directory-pass-through = Entra pelo diretório
user-directory-removed = Removido do diretório

user-passkeys = Chaves de acesso
user-passkeys-none = Nenhuma chave de acesso.
user-passkey-dates = Adicionada em { $added }, último uso em { $used }
user-passkey-dates-unused = Adicionada em { $added }, nunca usada
user-passkey-model = Modelo do autenticador: { $model }
user-passkey-remove = Remover a chave de acesso
user-passkey-remove-warning = "{ $name }" não servirá mais para entrar nesta conta. O usuário será avisado.
user-passkey-remove-confirm = Sim, remover
user-passkey-removed = A chave de acesso "{ $name }" foi removida; o usuário foi avisado.
