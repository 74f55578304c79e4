import-unreadable-title = Impossible de lire le fichier
import-unreadable-body = Choisissez un fichier texte CSV ou JSON Lines.
import-finished-title = Import terminé
import-finished-body = Créés : { $created }, mis à jour : { $updated }, inchangés : { $unchanged }, en erreur (non écrits) : { $errors }.
import-title = Importer et exporter des utilisateurs
import-lead = Un fichier CSV avec une ligne d'en-tête comportant ces colonnes — { $columns } (plusieurs valeurs séparées par ;) — ou du JSON Lines. Les utilisateurs sont rapprochés par nom d'utilisateur : les nouveaux sont créés, les connus mis à jour. Personne ne reçoit de mot de passe depuis un fichier.
import-file = Fichier à importer
import-file-rows = { $count ->
    [one] { $name } : { $count } ligne
   *[other] { $name } : { $count } lignes
}
import-invite = Envoyer à chaque nouvel utilisateur une invitation par e-mail à définir son mot de passe
import-dry-run = Vérifier le fichier (n'écrit rien)
import-apply = { $count ->
    [one] Importer { $count } ligne
   *[other] Importer { $count } lignes
}
import-export = Télécharger tous les utilisateurs (CSV)
import-progress = { $done } lignes traitées sur { $total }
import-resume = Reprendre à la ligne { $row }
import-check-title = Vérification du fichier
import-done-title = Ce que l'import a fait
import-summary = À créer : { $create }, à mettre à jour : { $update }, inchangées : { $unchanged }, en erreur : { $errors }.
import-summary-dry-run = Rien n'a été écrit. À créer : { $create }, à mettre à jour : { $update }, inchangées : { $unchanged }, en erreur : { $errors }.
import-rows = Lignes
import-col-line = Ligne
import-col-username = Nom d'utilisateur
import-col-result = Résultat
import-col-problem = Problème ou remarque
import-result = { $result ->
    [created] créé
    [updated] mis à jour
    [unchanged] inchangé
    [error] erreur
   *[unknown] { $result }
}
import-hidden = { $hidden ->
    [one] { $hidden } autre ligne sans erreur n'est pas affichée.
   *[other] { $hidden } autres lignes sans erreur ne sont pas affichées.
}
