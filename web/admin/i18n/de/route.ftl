route-site = Latchkey-Administration
