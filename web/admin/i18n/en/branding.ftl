# What users see of the organisation (its name, logo and contact), and the
# limits that keep a password reset from being abused.

branding-saved-body = The portal and every message use it from now on.
branding-title = Branding and limits
branding-heading = Branding
branding-name = Organisation name
branding-name-hint = 1 to 80 characters; shown in the portal and every message.
# The web address of the organisation's logo image.
branding-logo = Logo address
branding-logo-hint = An https:// image, about 64 × 64 pixels. Leave blank for none.
# Where the portal's "Contact your administrator" link goes.
branding-contact = Contact your administrator
branding-contact-hint = An https:// page or an email address. Leave blank for none.
branding-save = Save branding
branding-code-digits = Digits in a code
branding-code-digits-hint = 6 to 8.
branding-code-lifetime = A code works for (seconds)
branding-code-lifetime-hint = 60 to 600.
branding-flow-lifetime = A reset must finish within (seconds)
branding-flow-lifetime-hint = 120 to 900, and no less than a code's life.
branding-code-attempts = Wrong tries that end a code
branding-code-attempts-hint = 1 to 5.
branding-sends-per-flow = Codes one reset may send
branding-sends-per-flow-hint = 1 to 5.
branding-failed-proofs = Failed proofs in 24 hours before resets are blocked
branding-failed-proofs-hint = 1 to 5.
branding-phone-sends = Texts and calls in an hour before resets are blocked
branding-phone-sends-hint = 1 to 5.
branding-emails = Emails in ten minutes before resets are blocked
branding-emails-hint = 1 to 10.
branding-block-hours = A block lasts (hours)
branding-block-hours-hint = 24 to 168.
branding-whole-number = Enter a whole number in the range shown.
branding-limits-saved-body = New resets use these limits.
branding-limits-title = Reset limits
branding-limits-lead = The bounds keep every setting at least as strict as Latchkey's security floors.
# A name that does not exist is answered as if it did, with an address at this domain.
branding-decoy-domain = Email domain shown for unknown users
branding-decoy-domain-hint = The domain most of your users' addresses use, so an unknown name looks like a known one.
branding-save-limits = Save limits
# The logo image's text alternative.
branding-logo-alt = The logo, as the portal shows it
branding-logo-broken = This address does not load as an image. Check it before saving: the portal would show no logo.
branding-logo-preview = Preview: the portal's header shows the logo at this size.
