# As palavras da própria organização para as mensagens que o Latchkey envia.

wording-nav = Mensagens
wording-title = Mensagens
wording-lead = Altere as palavras dos e-mails, SMS, chamadas e avisos que o Latchkey envia. Cada idioma tem suas próprias palavras; as mensagens que você não alterou usam as do Latchkey.
wording-language = Idioma das mensagens
wording-problems-note = As mensagens de erro exibidas pelo portal e pelo console não aparecem aqui: elas sempre usam as palavras do Latchkey.
wording-loading = Carregando as mensagens…
wording-group-emails = E-mails
wording-group-emails-hint = Partes dos e-mails que levam um código de verificação ou um convite.
wording-group-texts = SMS
wording-group-texts-hint = O SMS que leva um código de verificação. Seja breve: um SMS comporta cerca de 160 caracteres (70 em japonês ou árabe).
wording-group-calls = Chamadas
wording-group-calls-hint = O que uma chamada diz antes de ler um código de verificação.
wording-group-notices = Avisos
wording-group-notices-hint = Avisos de segurança, enviados por e-mail e SMS: cada um tem um assunto e uma frase.
wording-default = Palavras do Latchkey
wording-override = Suas palavras
wording-no-override = Nenhuma: são usadas as palavras do Latchkey.
wording-edit = Alterar
wording-text = Palavras desta mensagem
wording-placeholders = Marcadores que você pode usar: { $names }. As formas do plural são escritas como nas palavras do Latchkey.
wording-no-placeholders = Esta mensagem não tem marcadores.
wording-preview = Pré-visualização
wording-save = Salvar as palavras
wording-saved-body = As mensagens neste idioma passam a usar suas palavras.
wording-reset = Restaurar o padrão
wording-reset-warning = Suas palavras para esta mensagem são removidas, e as palavras do Latchkey voltam a ser usadas.
wording-reset-confirm = Sim, restaurar
wording-restored-title = Padrão restaurado
wording-restored-body = Esta mensagem voltou a usar as palavras do Latchkey.
# Same as English.
wording-sample-org = Contoso
wording-sample-choice = “Tenho um convite”
wording-sample-roles = administrador, suporte técnico
wording-sample-when = 14/03/2025 09:30 UTC
