unsaved-question = Esta pantalla tiene cambios sin guardar. ¿Salir sin guardarlos?
