# Setting up an authenticator app.

authenticator-title = Configurar um aplicativo autenticador
authenticator-required = Sua conta exige um código de um aplicativo autenticador a cada entrada. Configure um para continuar.
authenticator-step-open = Abra um aplicativo autenticador no seu celular (Microsoft Authenticator, Google Authenticator ou qualquer outro) e adicione uma conta.
authenticator-step-scan = Escaneie este código QR ou digite a chave abaixo.
authenticator-qr = Código QR da sua chave do autenticador
authenticator-key = Chave:
authenticator-code-label = Código que o aplicativo mostra
authenticator-code-wrong = Esse código não está certo. Verifique se o relógio do aparelho está em ajuste automático e digite o código mais recente.
authenticator-recovery-title = Seus códigos de recuperação
authenticator-recovery-lead = Se você perder o celular, cada um destes códigos permite entrar uma vez no lugar de um código do aplicativo. Salve-os agora (imprima-os ou guarde-os em um gerenciador de senhas): eles não serão mostrados de novo.
authenticator-continue = Já salvei — continuar
authenticator-added-title = Aplicativo autenticador adicionado
authenticator-added-body = Guarde seus códigos de recuperação em um lugar seguro.
