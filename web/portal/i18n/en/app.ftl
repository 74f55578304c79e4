# The portal's frame: header, footer and pages that are not found.

# The footer of every page; Latchkey is the product's name.
app-footer = Self-service password management by Latchkey
# Next to the organisation's name in the header.
app-product = Password self-service
app-not-found-title = Page not found
app-not-found-body = There is no page at this address.
app-not-found-link = Go to sign in
