route-site = Administration Latchkey
