# "I have an invitation".

invite-title = パスワードの設定
invite-lead = ユーザー名と招待メールに記載のコードを入力し、パスワードを設定してください。
invite-username-missing-title = ユーザー名を入力してください
invite-username-missing-body = 招待メールに記載されています。
invite-code = 招待コード
invite-code-hint = メールに記載の 8 桁の数字
invite-code-invalid = このコードは間違っているか、使用済みか、期限切れです。ユーザー名とメールに記載のコードを確認するか、管理者に新しい招待を依頼してください。
invite-submit = パスワードを設定
invite-submitting = パスワードを設定しています…
invite-done-title = パスワードを設定しました
invite-done-body = ユーザー名と新しいパスワードでサインインしてください。
invite-back = サインインに戻る
