# What a failed request means to the person in front of the page.

messages-invalid-credentials-title = Nom d'utilisateur ou mot de passe incorrect
messages-invalid-credentials-body = Vérifiez les deux et réessayez. Trop d'essais incorrects verrouillent le compte pendant un moment.
messages-forgot-password = Mot de passe oublié ?
messages-locked-title = Votre compte est verrouillé
messages-locked-body-at = Trop de mots de passe incorrects ont été saisis. Il se déverrouillera tout seul à { $time }. Vous pouvez le déverrouiller dès maintenant en prouvant votre identité.
messages-locked-body = Trop de mots de passe incorrects ont été saisis. Il se déverrouillera tout seul après un moment. Vous pouvez le déverrouiller dès maintenant en prouvant votre identité.
messages-unlock-link = Déverrouiller votre compte
messages-disabled-title = Votre compte est désactivé
messages-disabled-body = Seul un administrateur peut le réactiver.
messages-session-ended-title = Veuillez vous reconnecter
messages-session-ended-body = Votre session a pris fin.
messages-too-many-title = Trop de tentatives
messages-too-many-body-at = Pour votre sécurité, cette action est suspendue. Réessayez { $when } (à { $time }).
messages-too-many-body = Pour votre sécurité, cette action est suspendue pendant un moment. Réessayez plus tard.
messages-phone-limit-title = Plus de SMS ni d'appels vers ce numéro aujourd'hui
messages-phone-limit-body = Choisissez un autre moyen de prouver votre identité, comme votre adresse e-mail ou vos questions de sécurité.
messages-phone-country-title = Ce numéro ne peut pas être utilisé
messages-phone-country-body = Votre organisation n'envoie pas de SMS ni d'appels vers les numéros de ce pays. Utilisez un autre numéro.
messages-change-required-title = Changez d'abord votre mot de passe
messages-change-required-body = Votre mot de passe a expiré ou a été défini par un administrateur. Choisissez-en un nouveau pour continuer.
messages-change-link = Changer votre mot de passe
messages-reset-expired-title = Cette demande a expiré
messages-reset-expired-body = Elle a déjà été terminée, ou elle est restée trop longtemps sans suite. Recommencez ; cela ne prend qu'une minute.
messages-code-expired-title = Ce code a expiré
messages-code-expired-body = Envoyez un nouveau code et utilisez-le avant qu'il n'expire.
messages-challenge-required-title = Envoyez d'abord un code
messages-challenge-required-body = Choisissez où envoyer le code, puis saisissez-le ici.
messages-reset-incomplete-title = Encore une étape
messages-reset-incomplete-body = Prouvez votre identité encore { $count } fois avant de choisir un mot de passe.
messages-rejected-title = Choisissez un autre mot de passe
messages-rejected-body = Consultez les raisons sous le nouveau mot de passe.

messages-directory-unavailable-title = L'annuaire de votre organisation est injoignable
messages-directory-unavailable-body = Votre mot de passe est vérifié par l'annuaire de votre organisation, qui ne répond pas pour le moment. Rien n'a été modifié. Réessayez dans quelques minutes.
messages-directory-unconfirmed-title = Le changement n'a pas été confirmé
messages-directory-unconfirmed-body = L'annuaire de votre organisation n'a pas confirmé le nouveau mot de passe à temps. Il l'a peut-être pris en compte : dans quelques minutes, essayez de vous connecter avec le nouveau mot de passe ; si cela ne fonctionne pas, l'ancien est toujours valable.

# Le titulaire du compte a signalé une modification qu'il n'a pas faite (« Ce n'était pas moi ») :
# le compte reste bloqué jusqu'à ce que le support ait vérifié son identité.
messages-locked-down-title = Votre compte est bloqué
messages-locked-down-body = Votre compte est bloqué parce que vous avez signalé une action que vous n'avez pas effectuée. Contactez le support informatique : il vérifiera votre identité et vous aidera à retrouver l'accès.
