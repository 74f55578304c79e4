# The reports' charts: each has a table of its numbers under it.

charts-day = 日付
charts-total = 合計
charts-numbers = 数値
charts-reason = 理由
charts-method = 方法
