# Passkeys on the sign-in page of both apps: the button under the form, what
# it says while the browser asks, and the second step of a sign-in.

passkey-name = パスキー
passkey-sign-in = パスキーでサインイン
passkey-waiting = ブラウザーの案内に従ってパスキーを使用してください…
passkey-cancelled = キャンセルしました。パスキーは使用されていません。もう一度お試しいただけます。
passkey-browser = このブラウザーではここでパスキーを使用できませんでした。もう一度試すか、別の方法でサインインしてください。
passkey-refused-title = このパスキーは受け付けられませんでした
passkey-refused-body = アカウントから削除された可能性があります。代わりにパスワードでサインインしてください。
passkey-use = パスキーを使用
passkey-only-lead = このアカウントに追加したパスキーでサインインを完了してください。
