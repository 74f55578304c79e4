# What both apps say: the sign-in form, field widgets, notices when the
# server cannot be reached, and the contact-your-administrator line.

common-username = ユーザー名
common-password = パスワード
common-sign-in = サインイン
common-signing-in = サインインしています…
common-restoring = セッションを復元しています…
common-show-password = パスワードを表示
common-verify = 確認
common-checking = 確認しています…
common-offline-title = サーバーに接続できません
common-offline-body = 接続を確認して、もう一度お試しください。変更は行われていません。
common-unexpected-title = 問題が発生しました
common-unexpected-body = サーバーから予期しない応答がありました（{ $status }）。しばらくしてからもう一度お試しください。
common-busy-title = 一時的に利用できません
common-busy-body = サービスが混み合っているか、一部が停止しています。変更は行われていません。1分ほどしてからもう一度お試しください。
# Followed by a link naming the organisation's administrator.
common-still-stuck = 解決しない場合は
# The link after "Still stuck?"; $company is the organisation's name.
common-contact-company-admin = { $company } の管理者にお問い合わせください
common-contact-admin = 解決しない場合は、管理者またはヘルプデスクにお問い合わせください。
common-language = 言語
common-opening = ページを開いています…
