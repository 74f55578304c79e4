# The reports' charts: each has a table of its numbers under it.

charts-day = Día
# Same as English.
charts-total = Total
charts-numbers = Las cifras
charts-reason = Motivo
charts-method = Método
