# "Can't access your account?": reset or unlock.

recover-reset-title = パスワードのリセット
recover-unlock-title = アカウントのロック解除
recover-progress = ステップ { $step }/{ $total }: { $name }
recover-step-username = ご本人の確認
recover-step-methods = コードの受け取り方法を選択
recover-step-code = コードを入力
recover-step-questions = 秘密の質問に回答
recover-step-new-password = 新しいパスワードを設定
recover-reset-lead = パスワードをお忘れですか？本人確認を行って、新しいパスワードを設定してください。
recover-unlock-lead = 試行回数が多すぎてロックされましたか？本人確認を行うとロックが解除されます。パスワードは変わりません。
recover-enter-username = ユーザー名を入力してください。
recover-looking-up = アカウントを検索しています…
recover-next = 次へ
recover-back = サインインに戻る
recover-method-email = { $hint } にコードをメールで送信
recover-method-sms = { $hint } にコードを SMS で送信
recover-method-questions = 秘密の質問 { $count } 問に回答
recover-method-voice = { $hint } に電話してコードを読み上げる
recover-method-authenticator = 認証アプリのコードを入力
recover-method-done = { $method }（完了）
recover-need-ways = セキュリティのため、{ $required } つの方法で本人確認を行う必要があります。{ $remaining ->
   *[other] 残り { $remaining } つです。
}
recover-need-one = ワンタイム コードをお送りします。
recover-where-title = コードの送信先を選んでください
recover-choose-title = 方法を選択してください
recover-choose-body = コードの送信先を選んでください。
recover-sending = 送信しています…
recover-send-code = コードを送信
recover-unrecognised = 見覚えがない場合は、登録情報が古くなっている可能性があります。
recover-sent-sms = { $hint } に SMS でコードを送信しました。
recover-sent-voice = { $hint } に電話をかけています。コードは 2 回読み上げられます。
recover-sent-app = 認証アプリに現在表示されている 6 桁のコード、または回復コードのいずれかを入力してください。
recover-sent-email = { $hint } にコードをメールで送信しました。届くまで 1 分ほどかかることがあります。迷惑メール フォルダーも確認してください。
recover-code-until = コードは 1 回限り、{ $time } まで有効です。
recover-code = コード
recover-enter-code = メッセージに記載のコードを入力してください。
recover-code-wrong = コードが正しくありません。
recover-code-wrong-left = コードが正しくありません。{ $count ->
    [0] このコードで試せる回数が残っていません。新しいコードを送信してください。
   *[other] 残り { $count } 回試せます。
}
recover-new-code-title = 新しいコードを送信しました
recover-new-code-body = 最新のコードを使用してください。以前のコードは使用できなくなりました。
recover-send-new = 新しいコードを送信
recover-try-another = 別の方法を試す
recover-questions-lead = パスワード リセットの設定時に選んだ質問に回答してください。大文字・小文字やスペースは区別されません。
recover-answers-wrong-title = 正しくない回答があります
recover-answers-wrong-body = 確認してもう一度お試しください。あと { $count } 回間違えると、お使いのアカウントのリセットが一時停止されます。
recover-saving = 保存しています…
recover-set-new = 新しいパスワードを設定
recover-reset-done-title = パスワードをリセットしました
recover-reset-done-body = アカウントのロックも解除され、ほかのすべてのセッションはサインアウトされました。メールと SMS でお知らせしたので、ご本人でない操作であればすぐにわかります。
recover-unlock-done-title = アカウントのロックを解除しました
recover-unlock-done-body = パスワードは変わっていません。いつもどおりサインインしてください。
recover-start-again = 最初からやり直す

## A passkey as a way to prove it's you: the browser asks for it, nothing is sent.

recover-step-how = 本人確認の方法を選択
recover-step-passkey = パスキーを使用
recover-method-passkey = パスキー（指紋、顔認証、画面ロック）
recover-how-title = 本人確認の方法を選んでください
recover-need-passkey = アカウントに追加したパスキーで本人確認してください。
recover-passkey-enough = パスキーだけで本人確認できます。
recover-passkey-unsupported = このブラウザーではパスキーを使用できません。別の方法を選ぶか、パスキーを使用できるブラウザーでこのページを開いてください。
recover-passkey-only-unsupported = このブラウザーではパスキーを使用できません。本人確認にはパスキーしか使えないため、パスキーを使用できるデバイスまたはブラウザーでこのページを開いてください。
recover-passkey-lead = このアカウントに追加したパスキー（指紋、顔認証、画面ロック、またはスマートフォン）をブラウザーが求めます。
recover-passkey-cancelled = パスキーは使用されませんでした。確認画面が閉じられたか、このデバイスにはお使いのアカウントのパスキーがありません。もう一度お試しいただけます。
recover-passkey-browser = このブラウザーではここでパスキーを使用できませんでした。もう一度試すか、別のデバイスを使用してください。
recover-passkey-again = もう一度試す
recover-passkey-refused-title = このパスキーは受け付けられませんでした
recover-passkey-refused-body = このアカウントに追加したパスキーを使用してください。
recover-passkey-refused-left = このアカウントに追加したパスキーを使用してください。{ $count ->
    [0] 試せる回数が残っていません。別の方法を試すか、最初からやり直してください。
   *[other] 残り { $count } 回試せます。
}
recover-passkey-expired-title = パスキーの要求の有効期限が切れました
recover-passkey-expired-body = 有効なのは数分間だけです。もう一度試すと、新しい要求が作成されます。
