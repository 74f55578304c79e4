# Durations in words, for when something ends or can be tried again.

time-in-under-a-minute = 1分以内
time-in-a-minute = 約1分後
time-in-minutes = { $count ->
   *[other] { $count }分後
}
time-in-about-an-hour = 約1時間後
time-in-about-hours = { $count ->
   *[other] 約{ $count }時間後
}
