# Latchkey が送信するメッセージに使う、組織独自の文言。

wording-nav = メッセージ
wording-title = メッセージ
wording-lead = Latchkey が送信するメール、SMS、音声通話、通知の文言を変更します。文言は言語ごとに設定します。変更していないメッセージには Latchkey の文言が使われます。
wording-language = メッセージの言語
wording-problems-note = ポータルとコンソールに表示されるエラーメッセージはここには表示されません。常に Latchkey の文言が使われます。
wording-loading = メッセージを読み込んでいます…
wording-group-emails = メール
wording-group-emails-hint = 確認コードや招待を送るメールの各部分。
wording-group-texts = SMS
wording-group-texts-hint = 確認コードを送る SMS。短くしてください。1 通に入るのは約 160 文字 (日本語やアラビア語では 70 文字) です。
wording-group-calls = 音声通話
wording-group-calls-hint = 音声通話で確認コードを読み上げる前に流れる言葉。
wording-group-notices = 通知
wording-group-notices-hint = メールと SMS で送るセキュリティ通知。それぞれ件名と本文が 1 文あります。
wording-default = Latchkey の文言
wording-override = 独自の文言
wording-no-override = なし (Latchkey の文言を使用)
wording-edit = 変更
wording-text = このメッセージの文言
wording-placeholders = 使用できるプレースホルダー: { $names }。複数形は Latchkey の文言と同じ書き方で記述します。
wording-no-placeholders = このメッセージにはプレースホルダーがありません。
wording-preview = プレビュー
wording-save = 文言を保存
wording-saved-body = この言語のメッセージには今後、独自の文言が使われます。
wording-reset = 既定に戻す
wording-reset-warning = このメッセージの独自の文言が削除され、Latchkey の文言が再び使われます。
wording-reset-confirm = 既定に戻す
wording-restored-title = 既定に戻しました
wording-restored-body = このメッセージには再び Latchkey の文言が使われます。
# Same as English.
wording-sample-org = Contoso
wording-sample-choice = 「招待を受け取りました」
wording-sample-roles = 管理者、ヘルプデスク
wording-sample-when = 2025年3月14日 09:30 UTC
