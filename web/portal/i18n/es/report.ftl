# «No fui yo»: cada correo de seguridad termina con un enlace que aplica un
# bloqueo de seguridad a la cuenta (todas las sesiones terminan; el
# restablecimiento de la contraseña y el registro quedan congelados hasta que
# un administrador levante el bloqueo). La misma pregunta aparece junto a
# cada evento de la actividad reciente de la cuenta.

report-confirm-title = ¿Aplicar un bloqueo de seguridad a su cuenta?
report-confirm-body = Todas las sesiones de su cuenta terminan de inmediato. El restablecimiento de la contraseña y el registro quedan congelados hasta que el servicio de asistencia compruebe que es usted y un administrador levante el bloqueo.
# El botón que bloquea la cuenta.
report-confirm = Bloquear mi cuenta
# El mismo botón mientras se envía la solicitud.
report-confirming = Bloqueando…
report-cancel = Cancelar
report-done-title = Su cuenta tiene un bloqueo de seguridad
report-done-body = Todas las sesiones han terminado y nadie puede restablecer su contraseña ni cambiar la forma en que demuestra su identidad hasta que se levante el bloqueo.
report-done-next = Qué sigue: póngase en contacto con el servicio de asistencia. Comprobarán quién es usted y le ayudarán a establecer una contraseña nueva.
# Un enlace ya usado, caducado, modificado o incompleto: una sola página para todos.
report-invalid-title = Este enlace no se puede usar
report-invalid-body = Puede que ya se haya usado, que haya caducado a los 7 días o que esté incompleto. Si aún cree que otra persona está usando su cuenta, póngase en contacto con el servicio de asistencia.
report-to-sign-in = Ir a iniciar sesión
