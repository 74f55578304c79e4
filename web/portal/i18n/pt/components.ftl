# The new-password fields every page shares.

components-strength-not-accepted = Força: ainda não aceita
components-strength-good = Força: boa
components-strength-strong = Força: forte
components-strength-very-strong = Força: muito forte
components-check-length = Pelo menos { $min } caracteres ({ $length } até agora)
components-check-guessable = Não é uma senha comum nem baseada no seu nome ou nome de usuário
components-check-met = (atendido)
components-check-not-met = (ainda não atendido)
components-policy-intro = Sua nova senha precisa:
components-policy-length = Ter pelo menos { $min } caracteres. Algumas palavras sem relação entre si formam uma senha forte e fácil de lembrar.
components-policy-guessable = Não ser basicamente uma senha comum, seu nome, seu nome de usuário ou o nome da empresa: cada um deles conta como um só caractere, e uma senha precisa de pelo menos 5.
components-policy-not-current = Ser diferente da sua senha atual.
components-policy-not-last = Ser diferente das suas últimas { $count } senhas.
components-policy-hint = Não precisa de símbolos nem de letras maiúsculas e minúsculas: o que conta é o tamanho.
components-new-password = Nova senha
components-new-password-hint = Verificada enquanto você digita; veja a lista abaixo.
components-confirm-password = Digite a nova senha novamente
components-mismatch = As duas senhas são diferentes. Digite a mesma duas vezes.
components-rejected = Esta senha não pode ser usada. { $reasons }
components-reason-min-length = Ela precisa ter pelo menos { $min } caracteres (tem { $length }).
components-reason-max-length = Ela pode ter no máximo { $max } caracteres.
components-reason-banned = Ela é fácil demais de adivinhar: baseia-se em uma senha comum, em uma palavra proibida pela sua organização ou no seu nome, nome de usuário ou nome da sua organização; acrescente mais caracteres seus.
components-reason-banned-terms = Ela é fácil demais de adivinhar: contém { $terms }; acrescente mais caracteres seus.
components-reason-breached = Ela aparece em vazamentos de dados conhecidos, por isso os atacantes a testam logo; escolha uma que você nunca usou.
components-reason-history-current = Ela precisa ser diferente da sua senha atual.
components-reason-history-last = Ela precisa ser diferente das suas últimas { $count } senhas.

# As recusas do diretório local, depois que a senha foi enviada a ele.
components-reason-directory-too-short = O diretório da sua organização exige uma senha mais longa.
components-reason-directory-in-history = O diretório da sua organização se lembra desta senha: escolha uma que você nunca usou.
components-reason-directory-complexity = O diretório da sua organização exige uma senha mais complexa (por exemplo, com mais tipos de caracteres).
components-reason-directory-too-young = O diretório da sua organização não permite outra troca tão cedo.
components-reason-directory-protected = O diretório da sua organização protege esta conta: a senha dela é trocada lá, não pelo autoatendimento.
components-reason-directory-no-account = O diretório da sua organização não tem mais uma conta com este nome de usuário; fale com o suporte técnico.
# $words: as palavras do próprio diretório, como ele as escreveu (muitas vezes em inglês).
components-reason-directory-other = O diretório da sua organização recusou a senha: { $words }

# As regras do diretório local da organização, ao lado das do Latchkey.
components-check-directory-length = O diretório da sua organização exige pelo menos { $min } caracteres ({ $length } até agora)
components-check-complexity = Três de: maiúsculas, minúsculas, dígitos, símbolos
components-policy-directory-length = Pelo menos { $min } caracteres: o diretório da sua organização exige essa quantidade. Algumas palavras sem relação entre si formam uma senha forte e fácil de lembrar.
components-policy-complexity = Formada por três destes quatro tipos de caracteres: maiúsculas, minúsculas, dígitos, símbolos (o diretório da sua organização exige isso).
components-policy-not-username = Sem o seu nome de usuário.
components-policy-directory-history = { $count ->
    [one] Diferente da sua senha anterior no diretório da sua organização.
   *[other] Diferente das suas últimas { $count } senhas no diretório da sua organização.
}
components-policy-directory-min-age = { $count ->
    [one] Depois de uma troca, o diretório da sua organização só permite outra após { $count } hora.
   *[other] Depois de uma troca, o diretório da sua organização só permite outra após { $count } horas.
}
components-directory-too-short = O diretório da sua organização exige pelo menos { $min } caracteres (esta tem { $length }).
components-directory-not-complex = O diretório da sua organização exige três de: maiúsculas, minúsculas, dígitos, símbolos.
