# The reports' charts: each has a table of its numbers under it.

charts-day = Dia
# Same as English.
charts-total = Total
charts-numbers = Os números
charts-reason = Motivo
charts-method = Método
