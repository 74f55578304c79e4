# The reports' charts: each has a table of its numbers under it.

# The first column of a chart's table: one row per day.
charts-day = Day
# The last column of a chart's table: the day's bars added up.
charts-total = Total
# Opens the table of the numbers a chart draws.
charts-numbers = The numbers
# The first column of the failure reasons' table.
charts-reason = Reason
# The first column of the sign-ins' table.
charts-method = Method
