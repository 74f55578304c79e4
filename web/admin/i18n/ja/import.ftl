import-unreadable-title = ファイルを読み込めません
import-unreadable-body = CSV または JSON Lines のテキストファイルを選んでください。
import-finished-title = インポートが完了しました
import-finished-body = 作成 { $created } 件、更新 { $updated } 件、変更なし { $unchanged } 件、エラー（書き込みなし） { $errors } 件。
import-title = ユーザーのインポートとエクスポート
import-lead = 次の列の見出し行がある CSV ファイル — { $columns }（複数の値は ; で区切ります）— または JSON Lines。ユーザーはユーザー名で照合され、新しいユーザーは作成され、既存のユーザーは更新されます。ファイルからパスワードが設定されることはありません。
import-file = インポートするファイル
import-file-rows = { $name }：{ $count } 行
import-invite = 新しいユーザーそれぞれに、パスワードを設定する招待メールを送信する
import-dry-run = ファイルを確認（何も書き込みません）
import-apply = { $count } 行をインポート
import-export = 全ユーザーをダウンロード（CSV）
import-progress = { $total } 行中 { $done } 行を処理しました
import-resume = { $row } 行目から再開
import-check-title = ファイルの確認結果
import-done-title = インポートの結果
import-summary = 作成予定 { $create } 件、更新予定 { $update } 件、変更なし { $unchanged } 件、エラー { $errors } 件。
import-summary-dry-run = 何も書き込まれていません。作成予定 { $create } 件、更新予定 { $update } 件、変更なし { $unchanged } 件、エラー { $errors } 件。
import-rows = 行
import-col-line = 行
import-col-username = ユーザー名
import-col-result = 結果
import-col-problem = 問題またはメモ
import-result = { $result ->
    [created] 作成
    [updated] 更新
    [unchanged] 変更なし
    [error] エラー
   *[unknown] { $result }
}
import-hidden = エラーのない残り { $hidden } 行は表示されていません。
