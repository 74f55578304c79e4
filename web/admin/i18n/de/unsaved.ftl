unsaved-question = Auf dieser Seite gibt es ungespeicherte Änderungen. Seite verlassen, ohne sie zu speichern?
