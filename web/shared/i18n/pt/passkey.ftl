# Passkeys on the sign-in page of both apps: the button under the form, what
# it says while the browser asks, and the second step of a sign-in.

passkey-name = Chave de acesso
passkey-sign-in = Entrar com uma chave de acesso
passkey-waiting = Siga as instruções do seu navegador para usar sua chave de acesso…
passkey-cancelled = Cancelado: nenhuma chave de acesso foi usada. Você pode tentar novamente.
passkey-browser = Este navegador não conseguiu usar uma chave de acesso aqui. Tente novamente ou entre de outra forma.
passkey-refused-title = Essa chave de acesso não foi aceita
passkey-refused-body = Ela pode ter sido removida da sua conta. Entre com sua senha.
passkey-use = Usar sua chave de acesso
passkey-only-lead = Conclua a entrada com a chave de acesso que você adicionou a esta conta.
