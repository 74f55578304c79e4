policy-whole-numbers = Digite números inteiros dentro dos intervalos indicados.
policy-strands-title = Usuários perderiam a redefinição por autoatendimento
policy-strands = { $count ->
    [one] Com estas configurações, { $count } usuário que hoje pode redefinir a própria senha não poderia mais.
   *[other] Com estas configurações, { $count } usuários que hoje podem redefinir a própria senha não poderiam mais.
}
policy-saved-body = A política de redefinição vale a partir de agora.
policy-title = Política de redefinição
policy-lead = Quem pode redefinir ou desbloquear a própria senha, e como comprova quem é.
policy-save-anyway = { $count ->
    [one] Salvar mesmo assim ({ $count } perde a redefinição por autoatendimento)
   *[other] Salvar mesmo assim ({ $count } perdem a redefinição por autoatendimento)
}
policy-preview = Verificar o efeito
policy-save = Salvar
policy-who-legend = Quem pode redefinir
policy-scope = A redefinição por autoatendimento está ativada para
policy-scope-none = Ninguém (desativada)
policy-scope-groups = Membros de alguns grupos
policy-scope-all = Todos
policy-groups = Grupos
policy-groups-hint = Um ou vários, separados por vírgulas. Os usuários fora deles devem procurar a central de ajuda.
policy-methods-legend = Métodos
policy-method-email = Código por e-mail
policy-method-sms = Código por SMS
policy-method-voice = Chamada de voz
policy-method-questions = Perguntas de segurança
policy-method-authenticator = Código do aplicativo autenticador
policy-directory-contacts = E-mails e telefones de contato definidos por administradores ou importações contam como métodos
policy-directory-contacts-hint = Desativado: só contam os métodos que o próprio usuário comprovou. Os usuários são avisados quando um contato é adicionado para eles.
policy-methods-required = Métodos que um usuário comprova
policy-one = Um
policy-two = Dois
policy-admins-prove-two = Os administradores sempre comprovam dois.
policy-questions-to-register = Perguntas de segurança a cadastrar
policy-questions-to-register-hint = De 3 a 5.
policy-questions-to-reset = Perguntas de segurança feitas em uma redefinição
policy-questions-to-reset-hint = De 1 até o número cadastrado.
policy-registration-legend = Cadastro
policy-require-registration = Enviar ao cadastro, ao entrar, os usuários com poucos métodos
policy-everyone-second-factor = Pedir a todos um código do autenticador ao entrar (administradores e central de ajuda sempre precisam)
policy-reconfirm-days = Pedir aos usuários que reconfirmem seus métodos a cada (dias)
policy-reconfirm-days-hint = 0 para nunca; no máximo 730.
policy-notifications-legend = Notificações
policy-notify-users = Avisar os usuários quando a senha deles for redefinida ou a conta desbloqueada
policy-notify-admins = Avisar todos os administradores quando um administrador redefinir a própria senha
policy-impact = De { $users } usuários ativos, { $before } podem redefinir a própria senha agora; com estas configurações, { $after } poderiam.
policy-impact-losing = De { $users } usuários ativos, { $before } podem redefinir a própria senha agora; com estas configurações, { $after } poderiam. { $losing } perderiam essa possibilidade.
policy-now = Agora
policy-after = Depois

policy-admin-resets-legend = Redefinições por administradores e suporte técnico
policy-temporary-passwords = Permitir senhas temporárias nas redefinições por administradores
policy-temporary-passwords-hint = Desativado por padrão: quem redefine veria uma senha que funciona na conta. O console redefine com um passe de acesso temporário, que nunca mostra nenhuma: o usuário escolhe a própria senha.
policy-invite-provisioned = Convidar de imediato os utilizadores criados por um fornecedor de identidade (SCIM)
policy-invite-provisioned-hint = Desligado por predefinição: um utilizador criado pelo Entra ID ou pelo Okta não tem palavra-passe e aguarda que um administrador o convide (ou repõe-na ele próprio, onde a política o permite). Ligado: recebe um convite para definir a palavra-passe assim que é criado.

## How strongly each role proves who they are at a self-service reset.

policy-strength-legend = Nível de verificação para a recuperação
policy-strength-lead = Como as pessoas de cada função comprovam quem são para redefinir a própria senha ou desbloquear a conta. Quem tem várias funções segue a mais rigorosa delas.
policy-strength-any = Qualquer método
policy-strength-any-hint = O número de métodos definido acima, de qualquer tipo (os administradores sempre comprovam dois).
policy-strength-two-methods = Dois métodos, não só e-mail
policy-strength-two-methods-hint = Dois métodos, pelo menos um deles diferente de e-mail; ou uma chave de acesso sozinha.
policy-strength-phishing-resistant = Só chave de acesso (resistente a phishing)
policy-strength-phishing-resistant-hint = Só uma chave de acesso: ela funciona apenas neste site, então ninguém pode ser enganado para entregá-la.
policy-strength-user = Usuários
policy-strength-admin = Administradores
policy-strength-helpdesk = Suporte técnico
policy-strength-reports-reader = Leitores de relatórios
policy-strength-warning = As pessoas desta função sem chave de acesso não conseguem redefinir a senha sozinhas.

policy-models-legend = Autenticadores de chaves de acesso
policy-models-lead = Em quais autenticadores uma nova chave de acesso pode ser criada. As chaves de acesso que as pessoas já têm são mantidas.
policy-models-rule = Novas chaves de acesso podem ser criadas em
policy-models-any = Qualquer autenticador
policy-models-allow = Somente estes modelos
policy-models-block = Todos os modelos, exceto estes
policy-models-list = Modelos de autenticador (AAGUIDs), um por linha
policy-models-list-hint = Um AAGUID identifica a marca e o modelo de um autenticador (uma chave de segurança, ou o gerenciador de chaves de acesso de um celular ou computador): 32 dígitos hexadecimais no formato 8-4-4-4-12. Enquanto uma lista estiver em vigor, a chave de acesso de um autenticador que não informa nenhum modelo é recusada.
policy-models-honest = O modelo é o que o próprio autenticador informa: ele não é conferido com o certificado de atestação do fabricante. Uma lista direciona as pessoas aos dispositivos que você aprova, mas não consegue barrar um dispositivo feito para mentir sobre o modelo.
