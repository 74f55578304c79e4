### Avisos a uma pessoa sobre a própria conta.

notice-not-you = Se não foi você, fale com seu administrador agora mesmo.
notice-contact = Fale com seu administrador: { $url }
# Substitui notice-not-you em um aviso de segurança: $url aplica um bloqueio de segurança à conta (funciona uma vez, por 7 dias).
notice-report-link = Se não foi você, bloqueie sua conta agora: { $url }

notice-password-changed-subject = Sua senha da { $org } foi alterada
notice-password-changed = Sua senha da { $org } foi alterada em { $when }.
notice-password-reset-subject = Sua senha da { $org } foi redefinida
notice-password-reset = Sua senha da { $org } foi redefinida em { $when }.
notice-account-unlocked-subject = Sua conta da { $org } foi desbloqueada
notice-account-unlocked = Sua conta da { $org } foi desbloqueada em { $when }.
notice-password-set-subject = Sua senha da { $org } foi definida
notice-password-set = Sua senha da { $org } foi definida em { $when }.
notice-password-reset-by-admin-subject = Sua senha da { $org } foi redefinida pelo seu administrador
notice-password-reset-by-admin = Sua senha da { $org } foi redefinida pelo seu administrador em { $when }.
notice-account-unlocked-by-admin-subject = Sua conta da { $org } foi desbloqueada pelo seu administrador
notice-account-unlocked-by-admin = Sua conta da { $org } foi desbloqueada pelo seu administrador em { $when }.
notice-methods-cleared-subject = Seus métodos de login da { $org } foram apagados pelo seu administrador
notice-methods-cleared = Seus métodos de login da { $org } foram apagados pelo seu administrador em { $when }: cadastre-os de novo no seu próximo login.
notice-lockout-subject = O login na sua conta da { $org } está bloqueado até { $until }
notice-lockout = O login na sua conta da { $org } foi bloqueado em { $when } após várias senhas erradas, até { $until }.
notice-writeback-password-failed-subject = A alteração da sua senha da { $org } não chegou ao diretório da sua organização
notice-writeback-password-failed = A alteração da sua senha da { $org } feita em { $when } não chegou ao diretório da sua organização; sua senha continua a mesma.
notice-writeback-unlock-failed-subject = O desbloqueio da sua conta da { $org } não chegou ao diretório da sua organização
notice-writeback-unlock-failed = O desbloqueio da sua conta da { $org } feito em { $when } não chegou ao diretório da sua organização.
notice-authenticator-added-subject = Um aplicativo autenticador foi adicionado à sua conta da { $org }
notice-authenticator-added = Um aplicativo autenticador foi adicionado à sua conta da { $org } em { $when }.
notice-authenticator-removed-subject = O aplicativo autenticador da sua conta da { $org } foi removido
notice-authenticator-removed = O aplicativo autenticador da sua conta da { $org } foi removido em { $when }.
notice-recovery-code-used-subject = Um código de recuperação da { $org } foi usado (restam { $left })
notice-recovery-code-used = Um código de recuperação do seu aplicativo autenticador da { $org } foi usado em { $when } (restam { $left }).
notice-email-added-subject = Um e-mail alternativo foi adicionado à sua conta da { $org }
notice-email-added = Um e-mail alternativo foi adicionado à sua conta da { $org } em { $when }.
notice-email-removed-subject = O e-mail alternativo da sua conta da { $org } foi removido
notice-email-removed = O e-mail alternativo da sua conta da { $org } foi removido em { $when }.
notice-mobile-added-subject = Um número de celular foi adicionado à sua conta da { $org }
notice-mobile-added = Um número de celular foi adicionado à sua conta da { $org } em { $when }.
notice-mobile-removed-subject = O número de celular da sua conta da { $org } foi removido
notice-mobile-removed = O número de celular da sua conta da { $org } foi removido em { $when }.
notice-questions-set-subject = Suas perguntas de segurança da { $org } foram definidas
notice-questions-set = Suas perguntas de segurança da { $org } foram definidas em { $when }.
notice-questions-removed-subject = Suas perguntas de segurança da { $org } foram removidas
notice-questions-removed = Suas perguntas de segurança da { $org } foram removidas em { $when }.
notice-contacts-added-subject = Seu administrador adicionou dados de contato à sua conta da { $org } ({ $added })
notice-contacts-added = Seu administrador adicionou dados de contato à sua conta da { $org } em { $when } ({ $added }).
notice-roles-none-subject = As funções da sua conta da { $org } mudaram: ela não tem mais nenhuma função administrativa
notice-roles-none = As funções da sua conta da { $org } mudaram em { $when }: ela não tem mais nenhuma função administrativa.
notice-roles-now-subject = As funções da sua conta da { $org } mudaram: agora ela tem [{ $roles }]
notice-roles-now = As funções da sua conta da { $org } mudaram em { $when }: agora ela tem [{ $roles }].

notice-admin-roles-subject = { $org }: o usuário { $user } agora tem as funções [{ $roles }] (alterado por { $by })
notice-admin-roles = { $org }: o usuário { $user } tem as funções [{ $roles }] desde { $when } (alterado por { $by }).
notice-admin-password-reset-subject = { $org }: a senha do administrador { $user } foi redefinida por { $by }
notice-admin-password-reset = { $org }: a senha do administrador { $user } foi redefinida por { $by } em { $when }.
notice-admin-self-reset-subject = { $org }: um administrador redefiniu a própria senha
notice-admin-self-reset = O administrador { $name } ({ $user }) redefiniu a própria senha da { $org } por autoatendimento em { $when }. Se isso não era esperado, verifique a conta agora.

role-admin = administrador
role-helpdesk = suporte técnico
role-reports-reader = leitor de relatórios
notice-breached-at-sign-in-subject = Sua senha do { $org } aparece em vazamentos de dados conhecidos: troque-a agora
notice-breached-at-sign-in = Sua senha do { $org } foi encontrada entre senhas expostas em vazamentos de dados quando você entrou em { $when }. Escolha uma nova agora: até lá, sua conta só pode trocar a senha.
notice-password-expiring-subject =
    { $days ->
        [one] Sua senha do { $org } expira em 1 dia
       *[other] Sua senha do { $org } expira em { $days } dias
    }
notice-password-expiring =
    { $days ->
        [one] Sua senha do { $org } expira em { $expires }, daqui a 1 dia. Troque-a antes disso para continuar entrando sem interrupções.
       *[other] Sua senha do { $org } expira em { $expires }, daqui a { $days } dias. Troque-a antes disso para continuar entrando sem interrupções.
    }
notice-change-here = Troque-a aqui: { $url }
digest-subject = { $org }: a semana no autoatendimento de senhas
digest-intro = Os 7 dias até { $to } em { $org }:
digest-resets = Redefinições por autoatendimento: { $resets }. Redefinições por um administrador: { $admin_resets }.
digest-failures = Falhas: { $failed }. Tentativas bloqueadas: { $blocked }. Padrões suspeitos: { $suspicious }.
digest-lockdowns = Contas com bloqueio de segurança ativado pelo titular ("não fui eu"): { $locked_down }.
digest-registration = Cadastro: { $registered } de { $users } usuários cadastraram métodos suficientes.
digest-link = Os relatórios: { $url }
notice-locked-down-subject = Sua conta da { $org } está com bloqueio de segurança
notice-locked-down = Em { $when }, você informou uma alteração na sua conta da { $org } que não fez. Todas as sessões foram encerradas, e o login, a redefinição de senha e o cadastro estão suspensos. Fale com o suporte técnico: eles vão confirmar quem você é e ajudar você a entrar de novo.
# $user: o nome de usuário; $name: o nome de exibição da pessoa.
notice-admin-account-reported-subject = { $org }: { $user } informou uma alteração que não fez
notice-admin-account-reported = { $name } ({ $user }) informou em { $when } uma alteração na própria conta da { $org } que não fez. A conta está com bloqueio de segurança: todas as sessões foram encerradas, e o login, a redefinição de senha e o cadastro estão suspensos. Confirme quem é a pessoa, redefina a senha com uma redefinição verificada pelo suporte técnico e depois remova o bloqueio no console de administração.
# O convite da campanha de cadastro (por e-mail). $url: o cadastro no portal, após o login.
campaign-invite-subject = Configure a redefinição da sua senha da { $org }
campaign-invite = { $org } pede que você configure a redefinição de senha por autoatendimento: cadastre uma forma de comprovar sua identidade (outro endereço de e-mail, um número de celular ou um aplicativo autenticador), para poder redefinir por conta própria uma senha esquecida ou desbloquear sua conta a qualquer momento. Leva só dois minutos.
campaign-invite-link = Faça login e configure aqui: { $url }
# $name: o nome que a pessoa deu à chave de acesso.
notice-passkey-added-subject = Uma chave de acesso foi adicionada à sua conta da { $org }
notice-passkey-added = Uma chave de acesso chamada "{ $name }" foi adicionada à sua conta da { $org } em { $when }.
notice-passkey-removed-subject = Uma chave de acesso foi removida da sua conta da { $org }
notice-passkey-removed = A chave de acesso chamada "{ $name }" foi removida da sua conta da { $org } em { $when }.
# $until: quando o passe deixa de funcionar.
notice-access-pass-issued-subject = Um passe de acesso temporário foi emitido para sua conta da { $org }
notice-access-pass-issued = Um passe de acesso temporário foi emitido para sua conta da { $org } em { $when }. Ele vale até { $until } e serve apenas para configurar uma chave de acesso ou um aplicativo autenticador e escolher sua própria senha.
notice-access-pass-used-subject = Um passe de acesso temporário foi usado para entrar na sua conta da { $org }
notice-access-pass-used = Um passe de acesso temporário foi usado para entrar na sua conta da { $org } em { $when }.
notice-access-pass-revoked-subject = O passe de acesso temporário da sua conta da { $org } foi revogado
notice-access-pass-revoked = O passe de acesso temporário da sua conta da { $org } foi revogado em { $when }; ele não funciona mais.
notice-webhook-paused-subject = O seu webhook { $org } para { $url } foi pausado: as entregas falharam durante um dia
notice-webhook-paused = O seu webhook { $org } para { $url } foi pausado: as entregas falharam durante um dia. Nada lhe é enviado até um administrador o retomar na consola; o que falhou aguarda no registo de entregas, em { $when }.
