route-site = إدارة Latchkey
