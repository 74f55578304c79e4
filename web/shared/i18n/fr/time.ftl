# Durations in words, for when something ends or can be tried again.

time-in-under-a-minute = dans moins d'une minute
time-in-a-minute = dans une minute
time-in-minutes = dans { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
time-in-about-an-hour = dans environ une heure
time-in-about-hours = dans environ { $count ->
    [one] { $count } heure
   *[other] { $count } heures
}
