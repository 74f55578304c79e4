# Changing the password while signed in.

change-title = Alterar sua senha
change-must = Sua organização pede que você escolha uma nova senha antes de continuar.
change-current = Senha atual
change-current-wrong = Sua senha atual não está certa.
change-submit = Alterar senha
change-submitting = Alterando…
change-cancel = Cancelar
change-done-title = Senha alterada
change-done-sign-in = Entre com sua nova senha para continuar.
change-done-body = A partir de agora, use sua nova senha em todos os lugares onde você entra com esta conta. Suas outras sessões foram encerradas.
