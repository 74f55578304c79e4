unsaved-question = Há alterações nesta tela que não foram salvas. Sair sem salvá-las?
