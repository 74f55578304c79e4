route-site = Administración de Latchkey
