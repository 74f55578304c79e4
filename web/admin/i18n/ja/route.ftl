route-site = Latchkey 管理
