# The account page's passkeys: the list, adding, renaming and removing one.

passkeys-title = Llaves de acceso
passkeys-intro = Una llave de acceso le permite iniciar sesión con su huella, su cara o el bloqueo de pantalla en lugar de su contraseña, y solo funciona en este sitio, así que nadie puede engañarle para que la entregue.
passkeys-none = Todavía no tiene llaves de acceso.
passkeys-unsupported = Este navegador no puede crear llaves de acceso.
passkeys-dates = Añadida el { $added }, último uso el { $used }
passkeys-dates-unused = Añadida el { $added }, nunca usada
passkeys-rename = Cambiar nombre
passkeys-remove = Quitar
passkeys-name = Nombre
passkeys-name-hint = Para distinguir sus llaves de acceso, por ejemplo «Portátil del trabajo».
passkeys-name-missing = Ponga un nombre a la llave de acceso.
passkeys-name-long = Use 64 caracteres como máximo.
passkeys-save = Guardar
passkeys-cancel = Cancelar
passkeys-renamed-title = Nombre cambiado
passkeys-renamed-body = Ahora se llama «{ $name }».
passkeys-remove-question = ¿Quitar «{ $name }»? Ya no le servirá para iniciar sesión.
passkeys-remove-confirm = Sí, quitarla
passkeys-removed-title = Llave de acceso quitada
passkeys-removed-body = «{ $name }» ya no le permite iniciar sesión. También puede borrarla de su dispositivo.
passkeys-add = Añadir una llave de acceso
passkeys-create = Crear la llave de acceso
passkeys-creating = Creando la llave de acceso: siga las indicaciones de su navegador…
passkeys-confirm-hint = Inició sesión hace más de unos minutos: escriba su contraseña para añadir una llave de acceso, así nadie más podrá añadir una a su cuenta.
passkeys-added-title = Llave de acceso añadida
passkeys-added-body = Ahora puede iniciar sesión con «{ $name }» en lugar de su contraseña.
passkeys-cancelled = Cancelado: no se añadió ninguna llave de acceso.
passkeys-on-device = Este dispositivo ya tiene una llave de acceso para su cuenta.
passkeys-browser = Su navegador no pudo crear la llave de acceso. Inténtelo de nuevo o use otro dispositivo.
passkeys-default-name = { $browser } en { $system }
passkeys-numbered = Llave de acceso { $number }
# The account page's offer of a first passkey, to someone who has none.
passkeys-offer-title = Cree una llave de acceso
passkeys-offer-body = La próxima vez, inicie sesión con su huella, su cara o el bloqueo de pantalla.
passkeys-offer-create = Crear llave de acceso
passkeys-offer-later = Ahora no
