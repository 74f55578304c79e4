# The account page.

account-title = アカウント
account-signed-in-as = { $name }（{ $username }）としてサインインしています
account-expires = パスワードの有効期限は { $date } です。引き続き支障なくサインインできるよう、それまでに変更してください。
account-methods-title = 本人確認の方法
account-change = パスワードを変更
account-methods-link = パスワード リセットの方法
account-authenticator = 認証アプリを設定
account-admin-console = 管理コンソール
account-sign-out = サインアウト
account-signed-out-title = サインアウトしました
account-signed-out-body = サインアウトしました。
account-not-in-scope = お使いのアカウントでは、セルフサービスでのリセットが有効になっていません。
account-enough = ご自身でパスワードをリセットできます。
account-add-more = ご自身でパスワードをリセットするには、あと { $count } 個追加してください。
account-none = まだありません。
account-sign-in-first-title = まずサインインしてください
account-sign-in-first-body = このページを表示するにはサインインが必要です。セッションは、サインアウトしたときか、しばらく操作がないと終了します。
