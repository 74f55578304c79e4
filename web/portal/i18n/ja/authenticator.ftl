# Setting up an authenticator app.

authenticator-title = 認証アプリの設定
authenticator-required = お使いのアカウントでは、サインインのたびに認証アプリのコードが必要です。続けるには認証アプリを設定してください。
authenticator-step-open = スマートフォンで認証アプリ（Microsoft Authenticator、Google Authenticator など）を開き、アカウントを追加します。
authenticator-step-scan = この QR コードをスキャンするか、下のキーを入力します。
authenticator-qr = 認証キーの QR コード
authenticator-key = キー:
authenticator-code-label = アプリに表示されているコード
authenticator-code-wrong = コードが正しくありません。端末の時刻が自動設定になっていることを確認してから、最新のコードを入力してください。
authenticator-recovery-title = 回復コード
authenticator-recovery-lead = スマートフォンをなくした場合、これらのコードはそれぞれ 1 回だけ、コードの代わりにサインインに使えます。今すぐ保存してください（印刷するか、パスワード マネージャーに保管してください）。再表示はされません。
authenticator-continue = 保存しました — 続ける
authenticator-added-title = 認証アプリを追加しました
authenticator-added-body = 回復コードは安全な場所に保管してください。
