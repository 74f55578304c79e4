# Durations in words, for when something ends or can be tried again.

time-in-under-a-minute = في أقل من دقيقة
time-in-a-minute = بعد دقيقة
time-in-minutes = { $count ->
    [zero] بعد { $count } دقيقة
    [one] بعد دقيقة واحدة
    [two] بعد دقيقتين
    [few] بعد { $count } دقائق
    [many] بعد { $count } دقيقة
   *[other] بعد { $count } دقيقة
}
time-in-about-an-hour = بعد ساعة تقريبًا
time-in-about-hours = { $count ->
    [zero] بعد { $count } ساعة تقريبًا
    [one] بعد ساعة واحدة تقريبًا
    [two] بعد ساعتين تقريبًا
    [few] بعد { $count } ساعات تقريبًا
    [many] بعد { $count } ساعة تقريبًا
   *[other] بعد { $count } ساعة تقريبًا
}
