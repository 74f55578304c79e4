# The portal's frame: header, footer and pages that are not found.
