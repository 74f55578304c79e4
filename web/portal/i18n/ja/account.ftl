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
account-activity-title = 最近のアクティビティ
account-activity-intro = 過去 30 日間（新しい順）
account-activity-loading = 最近のアクティビティを読み込んでいます…
account-activity-none = 過去 30 日間のアクティビティはありません。
account-activity-what = { $action }：{ $outcome }
account-activity-by-you = あなたによる操作
account-activity-by-someone-else = 他の人による操作
account-activity-by-system = Latchkey による操作
account-activity-detail = { $time }・{ $by }
account-activity-detail-from = { $time }・{ $by }・接続元 { $address }
account-activity-show-all = すべて表示（{ $count } 件）
account-activity-show-fewer = 表示を減らす
# 各イベントの横にある小さなボタン: 本人が行っていない操作で、アカウントを緊急ロックします（確認あり）。
account-activity-report = 自分ではありません
