# "Não fui eu": todo e-mail de segurança termina com um link que aplica um
# bloqueio de segurança à conta (todas as sessões terminam; a redefinição de
# senha e o cadastro ficam congelados até um administrador remover o
# bloqueio). A mesma pergunta aparece ao lado de cada evento da atividade
# recente da conta.

report-confirm-title = Aplicar um bloqueio de segurança à sua conta?
report-confirm-body = Todas as sessões da sua conta terminam na hora. A redefinição de senha e o cadastro ficam congelados até o suporte técnico confirmar que é você e um administrador remover o bloqueio.
# O botão que bloqueia a conta.
report-confirm = Bloquear minha conta
# O mesmo botão enquanto o pedido é enviado.
report-confirming = Bloqueando…
report-cancel = Cancelar
report-done-title = Sua conta está com bloqueio de segurança
report-done-body = Todas as sessões foram encerradas, e ninguém pode redefinir sua senha nem mudar a forma como você comprova sua identidade até o bloqueio ser removido.
report-done-next = Próximos passos: fale com o suporte técnico. Eles vão confirmar quem você é e ajudar você a definir uma nova senha.
# Um link já usado, expirado, alterado ou incompleto: uma única página para todos.
report-invalid-title = Este link não pode ser usado
report-invalid-body = Talvez ele já tenha sido usado, tenha expirado após 7 dias ou esteja incompleto. Se você ainda acha que outra pessoa está usando sua conta, fale com o suporte técnico.
report-to-sign-in = Ir para a entrada
