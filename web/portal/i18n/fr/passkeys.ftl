# The account page's passkeys: the list, adding, renaming and removing one.

passkeys-title = Clés d'accès
passkeys-intro = Une clé d'accès vous connecte avec votre empreinte, votre visage ou le verrouillage de votre écran au lieu de votre mot de passe, et ne fonctionne que sur ce site : personne ne peut vous la soutirer.
passkeys-none = Vous n'avez pas encore de clé d'accès.
passkeys-unsupported = Ce navigateur ne peut pas créer de clés d'accès.
passkeys-dates = Ajoutée le { $added }, dernière utilisation le { $used }
passkeys-dates-unused = Ajoutée le { $added }, jamais utilisée
passkeys-rename = Renommer
passkeys-remove = Retirer
passkeys-name = Nom
passkeys-name-hint = Pour distinguer vos clés d'accès, par exemple « Ordinateur du bureau ».
passkeys-name-missing = Donnez un nom à la clé d'accès.
passkeys-name-long = Utilisez 64 caractères au plus.
passkeys-save = Enregistrer
passkeys-cancel = Annuler
passkeys-renamed-title = Clé d'accès renommée
passkeys-renamed-body = Elle s'appelle désormais « { $name } ».
passkeys-remove-question = Retirer « { $name } » ? Elle ne vous permettra plus de vous connecter.
passkeys-remove-confirm = Oui, la retirer
passkeys-removed-title = Clé d'accès retirée
passkeys-removed-body = « { $name } » ne vous permet plus de vous connecter. Vous pouvez aussi la supprimer de votre appareil.
passkeys-add = Ajouter une clé d'accès
passkeys-create = Créer la clé d'accès
passkeys-creating = Création de la clé d'accès : suivez les instructions de votre navigateur…
passkeys-confirm-hint = Vous vous êtes connecté il y a plus de quelques minutes : saisissez votre mot de passe pour ajouter une clé d'accès, afin que personne d'autre ne puisse en ajouter une à votre compte.
passkeys-added-title = Clé d'accès ajoutée
passkeys-added-body = Vous pouvez désormais vous connecter avec « { $name } » au lieu de votre mot de passe.
passkeys-cancelled = Annulé : aucune clé d'accès n'a été ajoutée.
passkeys-on-device = Cet appareil contient déjà une clé d'accès pour votre compte.
passkeys-browser = Votre navigateur n'a pas pu créer la clé d'accès. Réessayez ou utilisez un autre appareil.
passkeys-default-name = { $browser } sur { $system }
passkeys-numbered = Clé d'accès { $number }
# The account page's offer of a first passkey, to someone who has none.
passkeys-offer-title = Créez une clé d'accès
passkeys-offer-body = La prochaine fois, connectez-vous avec votre empreinte, votre visage ou le verrouillage de votre écran.
passkeys-offer-create = Créer une clé d'accès
passkeys-offer-later = Pas maintenant
