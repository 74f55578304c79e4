# The new-password fields every page shares.

components-strength-not-accepted = Robustesse : pas encore accepté
components-strength-good = Robustesse : bonne
components-strength-strong = Robustesse : élevée
components-strength-very-strong = Robustesse : très élevée
components-check-length = Au moins { $min } caractères ({ $length } pour l'instant)
components-check-guessable = Pas un mot de passe courant, ni construit sur votre nom ou votre nom d'utilisateur
components-check-met = (respecté)
components-check-not-met = (pas encore respecté)
components-policy-intro = Votre nouveau mot de passe doit :
components-policy-length = Compter au moins { $min } caractères. Quelques mots sans rapport entre eux donnent un mot de passe robuste et facile à retenir.
components-policy-guessable = Ne pas être essentiellement un mot de passe courant, votre nom, votre nom d'utilisateur ou le nom de l'entreprise : chacun d'eux compte pour un seul caractère, et il en faut au moins 5.
components-policy-not-current = Être différent de votre mot de passe actuel.
components-policy-not-last = Être différent de vos { $count } derniers mots de passe.
components-policy-hint = Inutile d'ajouter des symboles ou des majuscules : c'est la longueur qui compte.
components-new-password = Nouveau mot de passe
components-new-password-hint = Vérifié pendant la saisie ; voir la liste ci-dessous.
components-confirm-password = Saisissez à nouveau le nouveau mot de passe
components-mismatch = Les deux mots de passe sont différents. Saisissez deux fois le même.
components-rejected = Ce mot de passe ne peut pas être utilisé. { $reasons }
components-reason-min-length = Il doit compter au moins { $min } caractères (il en a { $length }).
components-reason-max-length = Il doit compter au plus { $max } caractères.
components-reason-banned = Il est trop facile à deviner : il repose sur un mot de passe courant, un mot interdit par votre organisation, ou votre nom, votre nom d'utilisateur ou le nom de votre organisation ; ajoutez davantage de caractères de votre choix.
components-reason-banned-terms = Il est trop facile à deviner : il contient { $terms } ; ajoutez davantage de caractères de votre choix.
components-reason-breached = Il figure dans des fuites de données connues, les attaquants l'essaient donc en premier ; choisissez-en un que vous n'avez jamais utilisé.
components-reason-history-current = Il doit être différent de votre mot de passe actuel.
components-reason-history-last = Il doit être différent de vos { $count } derniers mots de passe.

# Les refus de l'annuaire sur site, une fois le mot de passe envoyé.
components-reason-directory-too-short = L'annuaire de votre organisation exige un mot de passe plus long.
components-reason-directory-in-history = L'annuaire de votre organisation se souvient de ce mot de passe : choisissez-en un que vous n'avez jamais utilisé.
components-reason-directory-complexity = L'annuaire de votre organisation exige un mot de passe plus complexe (par exemple avec davantage de types de caractères).
components-reason-directory-too-young = L'annuaire de votre organisation n'autorise pas un nouveau changement si tôt.
components-reason-directory-protected = L'annuaire de votre organisation protège ce compte : son mot de passe se change dans l'annuaire, pas en libre-service.
components-reason-directory-no-account = L'annuaire de votre organisation n'a plus de compte avec ce nom d'utilisateur ; adressez-vous au support informatique.
# $words : les propres mots de l'annuaire, tels qu'il les a écrits (souvent en anglais).
components-reason-directory-other = L'annuaire de votre organisation a refusé le mot de passe : { $words }

# Les règles de l'annuaire sur site de l'organisation, à côté de celles de Latchkey.
components-check-directory-length = L'annuaire de votre organisation exige au moins { $min } caractères ({ $length } pour l'instant)
components-check-complexity = Trois parmi : majuscules, minuscules, chiffres, symboles
components-policy-directory-length = Au moins { $min } caractères : l'annuaire de votre organisation en exige autant. Quelques mots sans rapport entre eux donnent un mot de passe solide et facile à retenir.
components-policy-complexity = Composé de trois de ces quatre types de caractères : majuscules, minuscules, chiffres, symboles (l'annuaire de votre organisation l'exige).
components-policy-not-username = Sans votre nom d'utilisateur.
components-policy-directory-history = { $count ->
    [one] Différent de votre mot de passe précédent dans l'annuaire de votre organisation.
   *[other] Différent de vos { $count } derniers mots de passe dans l'annuaire de votre organisation.
}
components-policy-directory-min-age = { $count ->
    [one] Après un changement, l'annuaire de votre organisation n'en autorise un autre qu'au bout de { $count } heure.
   *[other] Après un changement, l'annuaire de votre organisation n'en autorise un autre qu'au bout de { $count } heures.
}
components-directory-too-short = L'annuaire de votre organisation exige au moins { $min } caractères (celui-ci en a { $length }).
components-directory-not-complex = L'annuaire de votre organisation exige trois parmi : majuscules, minuscules, chiffres, symboles.
