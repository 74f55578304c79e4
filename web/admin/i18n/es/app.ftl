# The console's frame: header, menu, sign-in and screens that are not found.
