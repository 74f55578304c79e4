# Changing the password while signed in.

change-title = パスワードの変更
change-must = 続行する前に新しいパスワードを設定するよう、組織から求められています。
change-current = 現在のパスワード
change-current-wrong = 現在のパスワードが正しくありません。
change-submit = パスワードを変更
change-submitting = 変更しています…
change-cancel = キャンセル
change-done-title = パスワードを変更しました
change-done-sign-in = 続けるには、新しいパスワードでサインインしてください。
change-done-body = 今後は、このアカウントでサインインするすべての場所で新しいパスワードを使用してください。ほかのセッションはサインアウトされました。
