# The new-password fields every page shares.

components-strength-not-accepted = Seguridad: aún no aceptada
components-strength-good = Seguridad: buena
components-strength-strong = Seguridad: alta
components-strength-very-strong = Seguridad: muy alta
components-check-length = Al menos { $min } caracteres ({ $length } por ahora)
components-check-guessable = No es una contraseña común ni se basa en su nombre o nombre de usuario
components-check-met = (cumplido)
components-check-not-met = (aún no cumplido)
components-policy-intro = Su nueva contraseña debe:
components-policy-length = Tener al menos { $min } caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña segura y fácil de recordar.
components-policy-guessable = No consistir principalmente en una contraseña común, su nombre, su nombre de usuario o el nombre de la empresa: cada uno de ellos cuenta como un solo carácter, y una contraseña necesita al menos 5.
components-policy-not-current = Ser distinta de su contraseña actual.
components-policy-not-last = Ser distinta de sus últimas { $count } contraseñas.
components-policy-hint = No hacen falta símbolos ni mezclar mayúsculas y minúsculas: lo que cuenta es la longitud.
components-new-password = Nueva contraseña
components-new-password-hint = Se comprueba mientras escribe; consulte la lista de abajo.
components-confirm-password = Vuelva a escribir la nueva contraseña
components-mismatch = Las dos contraseñas son distintas. Escriba la misma dos veces.
components-rejected = Esta contraseña no se puede usar. { $reasons }
components-reason-min-length = Debe tener al menos { $min } caracteres (tiene { $length }).
components-reason-max-length = Debe tener como máximo { $max } caracteres.
components-reason-banned = Es demasiado fácil de adivinar: se basa en una contraseña común, una palabra prohibida por su organización, o su nombre, nombre de usuario o el nombre de su organización; añada más caracteres propios.
components-reason-banned-terms = Es demasiado fácil de adivinar: contiene { $terms }; añada más caracteres propios.
components-reason-breached = Aparece en filtraciones de datos conocidas, por lo que los atacantes la prueban pronto; elija una que no haya usado nunca.
components-reason-history-current = Debe ser distinta de su contraseña actual.
components-reason-history-last = Debe ser distinta de sus últimas { $count } contraseñas.

# Los rechazos del directorio local, una vez enviada la contraseña.
components-reason-directory-too-short = El directorio de su organización exige una contraseña más larga.
components-reason-directory-in-history = El directorio de su organización recuerda esta contraseña: elija una que no haya usado nunca.
components-reason-directory-complexity = El directorio de su organización exige una contraseña más compleja (por ejemplo, con más tipos de caracteres).
components-reason-directory-too-young = El directorio de su organización no permite otro cambio tan pronto.
components-reason-directory-protected = El directorio de su organización protege esta cuenta: su contraseña se cambia allí, no mediante el autoservicio.
components-reason-directory-no-account = El directorio de su organización ya no tiene ninguna cuenta con este nombre de usuario; póngase en contacto con el servicio de asistencia.
# $words: las propias palabras del directorio, tal como las escribió (a menudo en inglés).
components-reason-directory-other = El directorio de su organización rechazó la contraseña: { $words }

# Las reglas del directorio local de la organización, junto a las de Latchkey.
components-check-directory-length = El directorio de su organización exige al menos { $min } caracteres ({ $length } por ahora)
components-check-complexity = Tres de: mayúsculas, minúsculas, dígitos, símbolos
components-policy-directory-length = Al menos { $min } caracteres: el directorio de su organización exige esa cantidad. Unas cuantas palabras sin relación entre sí forman una contraseña segura y fácil de recordar.
components-policy-complexity = Compuesta por tres de estos cuatro tipos de caracteres: mayúsculas, minúsculas, dígitos, símbolos (lo exige el directorio de su organización).
components-policy-not-username = Sin su nombre de usuario.
components-policy-directory-history = { $count ->
    [one] Distinta de su contraseña anterior en el directorio de su organización.
   *[other] Distinta de sus últimas { $count } contraseñas en el directorio de su organización.
}
components-policy-directory-min-age = { $count ->
    [one] Tras un cambio, el directorio de su organización solo permite otro después de { $count } hora.
   *[other] Tras un cambio, el directorio de su organización solo permite otro después de { $count } horas.
}
components-directory-too-short = El directorio de su organización exige al menos { $min } caracteres (esta tiene { $length }).
components-directory-not-complex = El directorio de su organización exige tres de: mayúsculas, minúsculas, dígitos, símbolos.
