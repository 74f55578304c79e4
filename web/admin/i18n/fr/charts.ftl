# The reports' charts: each has a table of its numbers under it.

charts-day = Jour
# Same as English.
charts-total = Total
charts-numbers = Les chiffres
charts-reason = Motif
charts-method = Méthode
