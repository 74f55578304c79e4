import-unreadable-title = No se puede leer el archivo
import-unreadable-body = Elija un archivo de texto CSV o JSON Lines.
import-finished-title = Importación terminada
import-finished-body = Creados: { $created }, actualizados: { $updated }, sin cambios: { $unchanged }, con errores (no escritos): { $errors }.
import-title = Importar y exportar usuarios
import-lead = Un archivo CSV con una fila de encabezado con estas columnas — { $columns } (varios valores separados por ;) — o JSON Lines. Los usuarios se identifican por nombre de usuario: los nuevos se crean y los conocidos se actualizan. Nadie recibe una contraseña desde un archivo.
import-file = Archivo que se importará
import-file-rows = { $count ->
    [one] { $name }: { $count } fila
   *[other] { $name }: { $count } filas
}
import-invite = Enviar a cada usuario nuevo una invitación por correo para establecer su contraseña
import-dry-run = Comprobar el archivo (no escribe nada)
import-apply = { $count ->
    [one] Importar { $count } fila
   *[other] Importar { $count } filas
}
import-export = Descargar todos los usuarios (CSV)
import-progress = Procesadas { $done } de { $total } filas
import-resume = Reanudar desde la fila { $row }
import-check-title = Comprobación del archivo
import-done-title = Lo que hizo la importación
import-summary = Por crear: { $create }, por actualizar: { $update }, sin cambios: { $unchanged }, con errores: { $errors }.
import-summary-dry-run = No se escribió nada. Por crear: { $create }, por actualizar: { $update }, sin cambios: { $unchanged }, con errores: { $errors }.
import-rows = Filas
import-col-line = Línea
import-col-username = Nombre de usuario
import-col-result = Resultado
import-col-problem = Problema o nota
import-result = { $result ->
    [created] creado
    [updated] actualizado
    [unchanged] sin cambios
    [error] error
   *[unknown] { $result }
}
import-hidden = { $hidden ->
    [one] No se muestra { $hidden } fila más sin errores.
   *[other] No se muestran { $hidden } filas más sin errores.
}
