# "I have an invitation".

invite-title = Definir sua senha
invite-lead = Digite seu nome de usuário e o código do seu e-mail de convite e depois escolha sua senha.
invite-username-missing-title = Digite seu nome de usuário
invite-username-missing-body = Ele está no seu e-mail de convite.
invite-code = Código de convite
invite-code-hint = 8 dígitos, do e-mail
invite-code-invalid = Este código está errado, já foi usado ou expirou. Confira seu nome de usuário e o código no e-mail ou peça um novo convite ao seu administrador.
invite-submit = Definir senha
invite-submitting = Definindo sua senha…
invite-done-title = Sua senha foi definida
invite-done-body = Entre com seu nome de usuário e sua nova senha.
invite-back = Voltar para a entrada
