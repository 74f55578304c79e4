# After each screen's heading in the browser tab's title ("Users · Latchkey admin"); Latchkey is the product's name.

route-site = Latchkey admin
