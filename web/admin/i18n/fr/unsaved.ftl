unsaved-question = Cet écran contient des modifications non enregistrées. Le quitter sans les enregistrer ?
