# Uma campanha de cadastro pergunta, antes da página da conta: configurar a
# redefinição de senha agora ou mais tarde. O título da página é
# register-title. "Mais tarde" é o segundo botão da página.

nudge-why = Sua organização pede que você cadastre uma forma de comprovar sua identidade, para que você mesmo possa redefinir uma senha esquecida ou desbloquear sua conta. Leva dois minutos.
nudge-left = { $count ->
    [one] Você ainda pode adiar { $count } vez.
   *[other] Você ainda pode adiar { $count } vezes.
}
nudge-last = Esta é a última vez que você pode adiar.
nudge-again-days = { $days ->
    [one] Se você escolher Mais tarde, perguntaremos de novo em { $days } dia.
   *[other] Se você escolher Mais tarde, perguntaremos de novo em { $days } dias.
}
nudge-again-next-sign-in = Se você escolher Mais tarde, perguntaremos de novo no seu próximo acesso.
nudge-now = Configurar agora
nudge-later = Mais tarde
nudge-put-off-title = Adiado por enquanto
nudge-put-off-days = { $days ->
    [one] Perguntaremos de novo em { $days } dia. Você pode configurar a qualquer momento na sua conta.
   *[other] Perguntaremos de novo em { $days } dias. Você pode configurar a qualquer momento na sua conta.
}
nudge-put-off-next-sign-in = Perguntaremos de novo no seu próximo acesso. Você pode configurar a qualquer momento na sua conta.
