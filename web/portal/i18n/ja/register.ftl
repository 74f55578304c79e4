# "Set up password reset".

register-title = パスワード リセットの設定
register-lead = パスワードを忘れたりロックされたりしたときに、これらの方法で本人確認を行い、ご自身でアクセスを回復できます。
register-back = アカウントに戻る
register-method-email = メール
register-method-sms = 携帯電話
register-method-voice = 音声通話
register-method-questions = 秘密の質問
register-method-authenticator = 認証アプリ
# Same as English.
register-method-line = { $method }: { $hint }
register-questions-answered = 秘密の質問: { $count } 問回答済み
register-complete = 設定は完了しています。
register-incomplete = { $count ->
   *[other] 本人確認の方法をあと { $count } つ追加してください。
}
register-confirm-due = 登録内容が今も正しいか確認してください。
register-not-in-scope = お使いのアカウントでは、セルフサービスでのリセットが有効になっていません。管理者にお問い合わせください。
register-progress-enough = { $registered ->
   *[other] { $registered } つの方法を登録済みです。リセットには { $required } つ必要です。
}
register-progress-short = リセットに必要な { $required } つのうち { $registered } つが登録済みです。
register-set-by-org = （組織によって設定）
register-remove = 削除
register-remove-label = { $method } を削除
register-remove-first-title = 先に別の方法を追加してください
register-remove-first-body = 本人確認の方法が少なくとも { $count } つ必要です。
register-authenticator-hint = スマートフォンのアプリに表示されるコードです。何も送信されず、オフラインでも使えます。
register-authenticator-link = 認証アプリを設定
register-email-title = 予備のメールアドレス
register-email-label = メールアドレス
register-email-hint = 仕事用ではなく、個人のアドレスを入力してください。
register-email-added = 予備のメールアドレスを追加しました
register-mobile-title = 携帯電話
register-mobile-label = 携帯電話番号
register-mobile-hint = 国番号を付けて入力してください（例: +14255550123）。
register-mobile-added = 携帯電話を追加しました
register-added-body = パスワードのリセットに使用できるようになりました。
register-sending = 送信しています…
register-send = コードを送信
register-replace-send = 置き換えてコードを送信
register-sent-to = { $hint } にコードを送信しました。入力して完了してください。
register-code = コード
register-code-wrong = コードが正しくありません。残り { $count } 回試せます。
register-questions-hint = 自分だけが答えを知っていて、忘れない質問を選んでください。大文字・小文字やスペースは区別されません。
register-question = 質問 { $number }
register-answer = 回答 { $number }
register-answer-placeholder = 回答
register-saving = 保存しています…
register-save-questions = 質問を保存
register-questions-saved-title = 秘密の質問を保存しました
register-questions-saved-body = パスワードのリセットに使用できるようになりました。
register-still-right = 登録内容は今も正しいですか？最新の状態にしておくことで、アクセスを回復できます。
register-looks-good = はい、正しいです
register-confirmed-title = ありがとうございます
register-confirmed-body = パスワード リセットの方法が確認されました。
register-reauth-title = 本人確認
register-reauth-body = 本人確認の方法を変更するにはパスワードが必要です。これにより、ほかの人が自分のメールや電話番号をあなたのアカウントに追加することを防ぎます。
register-reauth-password = パスワード
register-reauth-wrong = パスワードが正しくありません。
register-reauth-confirm = 確認
register-reauth-cancel = キャンセル
register-thanks-title = ご本人であることを確認しました
register-thanks-body = もう一度変更を行ってください。今後数分間は確認を求められません。
