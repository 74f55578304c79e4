# Durations in words, for when something ends or can be tried again.

time-in-under-a-minute = en menos de un minuto
time-in-a-minute = en un minuto
time-in-minutes = en { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}
time-in-about-an-hour = en aproximadamente una hora
time-in-about-hours = en aproximadamente { $count ->
    [one] { $count } hora
   *[other] { $count } horas
}
