# The reports' charts: each has a table of its numbers under it.

charts-day = اليوم
charts-total = المجموع
charts-numbers = الأرقام
charts-reason = السبب
charts-method = الطريقة
