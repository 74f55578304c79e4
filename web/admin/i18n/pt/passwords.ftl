# The password and lockout rules, the breach check, and the organisation's
# own security questions.

passwords-title = Regras de senha e de bloqueio
passwords-lead = Para todos na sua organização. As senhas existentes são verificadas com as novas regras na próxima troca.
passwords-number-error = Digite um número inteiro dentro do intervalo indicado.
passwords-saved = As novas regras valem a partir do próximo login ou troca de senha de cada usuário.
passwords-save-anyway = Salvar mesmo assim ({ $count } precisarão trocar)
passwords-expires-title = Senhas expirariam imediatamente
passwords-expires-what = Com essa idade máxima, usuários que precisarão trocar a senha no próximo login: { $count }.
passwords-impact = Usuários com senha acima da idade máxima: agora { $before } de { $users }, com estas regras { $after }. { $recent }
passwords-impact-then = uma verificação obrigatória recusa essas senhas
passwords-recent-none = Nenhuma senha nova foi verificada em vazamentos nos últimos { $days } dias.
passwords-recent = { $checked ->
    [one] Nos últimos { $days } dias, encontradas em vazamentos conhecidos: { $breached } de { $checked } senha nova; { $then }.
   *[other] Nos últimos { $days } dias, encontradas em vazamentos conhecidos: { $breached } de { $checked } senhas novas; { $then }.
}
passwords-then-refused = elas foram recusadas
passwords-then-accepted = elas foram aceitas, pois a verificação é só de auditoria
passwords-then-off = a verificação está desativada
passwords-status-corpus = As senhas novas são procuradas entre as { $shipped } senhas vazadas mais comuns incluídas no Latchkey e em um corpus importado de { $entries } hashes ({ $source }, importado em { $date }). { $recent }
passwords-status-no-corpus = As senhas novas são procuradas entre as { $shipped } senhas vazadas mais comuns incluídas no Latchkey. Nenhum corpus completo foi importado (veja o README: latchkey-breach-import). { $recent }
passwords-status-loading = Lendo o estado da verificação de vazamentos…

## The form.

passwords-passwords = Senhas
passwords-min-length = Tamanho mínimo
passwords-min-length-hint = De 8 a 64 caracteres; 12 ou mais é o recomendado.
passwords-history = Senhas lembradas
passwords-history-hint = Uma troca não pode reutilizar essa quantidade de senhas recentes (de 0 a 24).
passwords-max-age = Idade máxima em dias
passwords-max-age-hint = Em branco: as senhas nunca expiram (recomendado). Caso contrário, de 1 a 3650.
passwords-reminder-days = Lembrar antes da expiração (dias)
passwords-reminder-days-hint = Os lembretes são enviados por e-mail, no idioma de cada usuário, com um link para a página de troca; deixe em branco para não enviar nenhum.
passwords-reminder-days-error = Digite até 10 números inteiros de 1 a 90, separados por vírgulas.
passwords-reminder-sms = Também por SMS
passwords-banned = Palavras proibidas
passwords-banned-hint = Uma por linha, de 4 a 16 caracteres: nomes da sua empresa, produtos, lugares. Comparadas como as senhas comuns: maiúsculas e minúsculas, caracteres parecidos e um erro de digitação são ignorados.
passwords-breached = Senhas vazadas
passwords-breached-hint = Senhas encontradas em vazamentos de dados conhecidos são as primeiras que um invasor tenta. O Latchkey procura cada senha nova sem enviá-la a lugar nenhum.
passwords-breached-mode = Senhas novas encontradas em vazamentos
passwords-mode-enforce = Recusá-las (recomendado)
passwords-mode-audit = Aceitá-las e registrar cada uma (só auditoria)
passwords-mode-off = Não verificar
passwords-at-sign-in = Senhas encontradas em vazamentos ao entrar
passwords-at-sign-in-hint = Verificadas a cada login bem-sucedido: se uma troca for exigida, a sessão não permite mais nada, e o titular da senha é avisado.
passwords-at-sign-in-enforce = Exigir uma troca e avisar o titular (recomendado)
passwords-at-sign-in-audit = Permitir o login e registrar cada um (só auditoria)
passwords-min-count = Recusar senhas presentes no corpus importado
passwords-min-count-1 = Pelo menos uma vez
passwords-min-count-10 = Pelo menos 10 vezes
passwords-min-count-100 = Pelo menos 100 vezes
passwords-min-count-1000 = Pelo menos 1.000 vezes
passwords-min-count-10000 = Pelo menos 10.000 vezes
passwords-lockout = Bloqueio de login
passwords-lockout-threshold = Logins com falha antes de um bloqueio
passwords-lockout-threshold-hint = De 1 a 100.
passwords-lockout-first = Primeiro bloqueio, em segundos
passwords-lockout-first-hint = Cada bloqueio seguinte dobra esse tempo.
passwords-lockout-max = Bloqueio mais longo, em segundos
passwords-lockout-max-hint = No máximo 604800 (uma semana).
passwords-check-effect = Verificar o efeito
passwords-save = Salvar
passwords-saving = Salvando…

## The organisation's own security questions.

passwords-questions-title = Suas próprias perguntas de segurança
passwords-questions-lead = Oferecidas ao lado das dez perguntas predefinidas, como escritas, em todos os idiomas. Até 20, cada uma com 10 a 200 caracteres. Reformular uma pergunta mantém as respostas que os usuários deram a ela; removê-la as cancela.
passwords-questions-saved = Os usuários veem estas perguntas quando cadastram perguntas de segurança.
passwords-strands-title = Usuários perderiam a redefinição por autoatendimento
passwords-strands-what = Usuários que responderam a uma pergunta que você removeu e ficariam sem respostas suficientes para redefinir a senha (precisariam se cadastrar de novo): { $count }.
passwords-questions-save-anyway = Salvar mesmo assim ({ $count } precisarão se cadastrar de novo)
passwords-question = Pergunta { $number }
passwords-question-remove-label = Remover a pergunta: { $question }
passwords-question-remove = Remover
passwords-question-add = Adicionar uma pergunta
passwords-questions-save = Salvar perguntas
