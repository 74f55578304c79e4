# The sign-in page: the links under the form, and the authenticator code step.

signin-help = Ajuda com a conta
signin-cant-access = Não consegue acessar sua conta?
signin-unlock = Conta bloqueada? Desbloqueie
signin-invitation = Tenho um convite
signin-enter-code = Digite o código que seu aplicativo mostra.
signin-code-wrong = Esse código não está certo ou já foi usado: aguarde o próximo.
signin-code-wrong-left = Esse código não está certo ou já foi usado: aguarde o próximo. { $count ->
    [one] Resta { $count } tentativa hoje.
   *[other] Restam { $count } tentativas hoje.
}
signin-code-lead = Abra seu aplicativo autenticador e digite o código de 6 dígitos que ele mostra para esta conta.
signin-code-label = Código do seu aplicativo autenticador
signin-code-hint = Perdeu o celular? Digite um dos seus códigos de recuperação.
signin-start-again = Começar de novo
