# The portal's frame: header, footer and pages that are not found.

app-footer = Latchkey によるセルフサービスのパスワード管理
app-product = パスワード セルフサービス
app-not-found-title = ページが見つかりません
app-not-found-body = このアドレスにはページがありません。
app-not-found-link = サインインに移動
