# The reports' charts: each has a table of its numbers under it.

charts-day = Tag
charts-total = Gesamt
charts-numbers = Die Zahlen
charts-reason = Grund
charts-method = Methode
