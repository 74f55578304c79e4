# Durations in words, for when something ends or can be tried again.

time-in-under-a-minute = em menos de um minuto
time-in-a-minute = em um minuto
time-in-minutes = em { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}
time-in-about-an-hour = em cerca de uma hora
time-in-about-hours = em cerca de { $count ->
    [one] { $count } hora
   *[other] { $count } horas
}
