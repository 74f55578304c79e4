route-site = Administração do Latchkey
