### Codes à usage unique : l'e-mail, le SMS et l'appel qui les transmettent.

code-email-subject = Votre code de vérification { $org }
code-email-intro = Votre code de vérification { $org } est { $code }.
code-email-lead = Votre code de vérification est
code-expires =
    { $minutes ->
        [one] Il expire dans { $minutes } minute.
       *[other] Il expire dans { $minutes } minutes.
    }
code-why-reset = Si vous n'avez pas demandé à réinitialiser votre mot de passe ou à déverrouiller votre compte, ignorez ce message : rien ne change tant que le code n'est pas utilisé.
code-why-register = Saisissez-le là où vous avez ajouté cette adresse à votre compte, afin qu'elle puisse servir à réinitialiser votre mot de passe. Si ce n'était pas vous, ignorez ce message.
code-why-helpdesk = Votre support informatique l'a demandé pour vérifier votre identité. Ne le lisez qu'à la personne du support avec qui vous parlez ; si vous ne parlez pas à votre support, prévenez votre administrateur.
code-sms =
    { $minutes ->
        [one] { $code } est votre code { $org }. Il expire dans { $minutes } minute.
       *[other] { $code } est votre code { $org }. Il expire dans { $minutes } minutes.
    }
code-voice-intro = Ici { $org }. Votre code de vérification est
code-voice-again = Je répète :

invitation-subject = Définissez votre mot de passe { $org }
invitation-intro = Vous êtes invité à définir votre mot de passe { $org }.
invitation-choice = J'ai une invitation
invitation-steps = Sur le portail des mots de passe de votre organisation, choisissez { $choice }, puis saisissez votre nom d'utilisateur { $username } et ce code : { $code }
invitation-html-lead = Vous êtes invité à définir votre mot de passe.
invitation-html-steps = Sur le portail des mots de passe de votre organisation, choisissez { $choice }, puis saisissez votre nom d'utilisateur { $username } et ce code :
invitation-until = Le code ne sert qu'une fois, jusqu'au { $until }.
invitation-unexpected = Si vous ne vous y attendiez pas, prévenez votre administrateur.
