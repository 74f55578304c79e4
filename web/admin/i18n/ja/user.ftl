# コンソールのユーザーページ。

user-all-users = ← すべてのユーザー
user-loading = ユーザーを読み込んでいます…

## バッジ。

user-badge-disabled = 無効
user-badge-locked = ロック中
user-badge-must-change = パスワードの変更が必要
# 本人が自分の行っていない操作を報告しました（「自分ではありません」）。セルフサービスは凍結されています。
user-badge-locked-down = 緊急ロック中

## 本人からの報告（セキュリティ通知メールまたは最近のアクティビティの「自分では
## ありません」）: すべてのセッションが終了し、管理者が解除するまでパスワードの
## リセットと登録は凍結されます。

user-lockdown-title = 本人からの報告
user-lockdown-what = 本人が行っていないとする操作: { $what }
user-lockdown-what-at = 本人が行っていないとする操作: { $what }（{ $at }）
user-lockdown-from-link = { $at } に、セキュリティ通知のリンクから報告されました。
user-lockdown-from-activity = { $at } に、最近のアクティビティから報告されました。
user-lockdown-from-other = { $at } に報告されました。
user-lockdown-effect = すべてのセッションが終了しました。緊急ロックが解除されるまで、セルフサービスでのパスワードのリセットと登録は凍結されます。
user-lockdown-help = 対応する前に本人確認を行ってください: 本人確認済みのヘルプデスクによるリセットでパスワードをリセットしてから、緊急ロックを解除します。
user-lockdown-lift = 緊急ロックを解除
user-lockdown-lift-warning = このユーザーのセルフサービスでのパスワードのリセットと登録が再び使えるようになります。本人確認が済んでから解除してください。
user-lockdown-lift-confirm = はい、解除します
user-lockdown-lift-done = 緊急ロックを解除しました。このユーザーはセルフサービスを再び使えます。

## 操作。

user-actions = 操作
user-own-account = これはご自身のアカウントです。パスワードと方法はセルフサービス ポータルで変更してください。
user-privileged = 管理ロールを持つアカウントを操作できるのは管理者だけです。
user-deleted-title = ユーザーを削除しました
user-done-title = 完了
user-reset-warning = Latchkey が一時パスワードを作成し、一度だけ表示します。有効期間は 24 時間で、新しいパスワードを選ぶためにのみ使えます。ユーザーのセッションは今すぐ終了します。
user-reset-confirm = 一時パスワードを作成
user-reset-done = 一時パスワードを作成しました。パスワードがリセットされたことをユーザーに通知しました。
user-invite = リセットの招待をメールで送信
user-invite-done = 新しいパスワードを設定するための招待をユーザーにメールで送信しました。
user-unlock = ロック解除
user-unlock-done = アカウントのロックを解除しました。ユーザーは再びサインインとリセットができます。
user-locked-now = 現在ロック中です。
user-not-locked-now = 現在ロックされていません。リセットのブロックも解除します。
user-require-change = パスワードの変更を求める
user-require-change-done = ユーザーは次回のサインイン時にパスワードの変更が必要です。
user-end-sessions = すべてのセッションを終了
user-end-sessions-warning = ユーザーはすべての場所で直ちにサインアウトされます。
user-end-sessions-confirm = はい、終了します
user-end-sessions-done = このユーザーのすべてのセッションを終了しました。
user-clear-methods = 再登録を求める
user-clear-methods-warning = ユーザーが登録したメール、電話、秘密の質問が削除され、次回のサインイン時に設定し直します。ディレクトリの連絡先は残ります。
user-clear-methods-confirm = はい、削除します
user-clear-methods-done = ユーザー本人の方法を削除しました。次回のサインイン時に再登録します。
user-let-expire = パスワードを期限切れにする
user-expires-done = パスワードはパスワード規則に従って期限切れになります。
user-never-expires = パスワードを無期限にする
user-never-expires-done = パスワードは期限切れにならなくなりました。
user-disable = アカウントを無効化
user-disable-warning = ユーザーはサインインもリセットもできなくなり、すべてのセッションが今すぐ終了します。
user-disable-confirm = はい、無効にします
user-disable-done = アカウントを無効にし、セッションを終了しました。
user-enable = アカウントを有効化
user-enable-done = アカウントを再び有効にしました。
user-delete = ユーザーを削除
user-delete-warning = ユーザーは完全に削除されます。監査履歴は残ります。
user-delete-confirm = はい、削除します
user-delete-done = ユーザーを削除しました。監査履歴は残ります。

## 一時パスワード。

user-temporary-title = 一時パスワード
user-temporary-warning = 表示されるのは今だけです。保存されず、再表示もできません。信頼できる手段でユーザーに伝えてください。メールでは絶対に送らないでください。{ $expires } まで有効で、次回のサインイン時に新しいパスワードを選ぶためにのみ使えます。
user-copy = コピー
user-copied = コピーしました
user-given = ユーザーに伝えました

## 発信者の確認。

user-verify-title = 最初に発信者を確認
user-verify-lead = ヘルプデスクがリセットやロック解除を行う前に、ユーザーが本人であることを証明します。ユーザー本人の方法のいずれかにコードを送り、読み上げてもらったコードを入力してください。
user-verify-no-method = このユーザーにはコードを送れるメールも電話もありません。この依頼は管理者が対応する必要があります。
user-verify-email = コードをメールで送信
user-verify-text = コードを SMS で送信
user-verify-call = 電話でコードを伝える
user-verify-sent = { $to } にコードを送信しました。発信者に読み上げてもらってください。{ $until } まで有効です。
user-verify-code = 発信者が読み上げたコード
user-verify-check = コードを確認

## 詳細。

user-details = 詳細
user-emails = メール
user-phones = 電話
user-groups = グループ
user-reset-methods = リセット方法
user-methods-none = まだありません。
user-method-email = メール
user-method-sms = SMS
user-method-voice = 音声通話
user-method-questions = 秘密の質問
user-method-authenticator = 認証アプリ
user-method-from-directory = ディレクトリから
user-method-proven = { $at } にユーザーが確認済み
user-method-registered = ユーザーが登録
user-method = { $kind }: { $hint }（{ $source }）
user-registration = 登録
user-registration-summary = { $state }: { $registered ->
   *[other] 方法 { $registered } 件
}（リセットに必要な数: { $required }）
user-reconfirm-by = 、{ $at } までに再確認
user-locked-out = ロック
user-locked-everywhere = すべての場所で { $at } まで
user-locked-here = 最後にサインインしたアドレスから（そこで誤ったパスワードが多すぎたため）
user-not-locked = いいえ
user-password-changed = パスワード変更日時
user-password-expires = パスワードの有効期限
user-never = なし
user-temporary-password = 一時パスワード
user-temporary-valid = { $at } まで有効
user-last-sign-in = 最終サインイン
user-last-reset = 最終リセット
user-created = 作成日時
user-invitation = 招待
user-invitation-sent = { $to } に送信済み。{ $until } まで有効

## プロフィール。

user-profile = プロフィール
user-display-name = 表示名
user-first-name = 名
user-last-name = 姓
user-contact-emails = 連絡先メール
user-contact-phones = 連絡先電話番号
user-commas-hint = 複数の場合はカンマで区切ります。
user-phone-hint = 国際形式（例: +81 3 1234 5678）。
user-roles = ロール
user-roles-hint = ロールが付与または削除されると、すべての管理者に通知されます。
user-save = 変更を保存
user-saving = 保存しています…
user-saved-title = 保存しました
user-profile-saved = ユーザーの詳細を更新しました。

## 会社の電話。

user-office = 会社の電話
user-office-label = コード通話用の固定電話
user-office-hint = 国際形式（例: +81 3 1234 5678）。管理者のみが設定します。
user-office-save = 会社の電話を保存
user-office-remove = 削除
user-office-saved = コード通話を会社の電話に送れるようになりました。
user-office-removed = 会社の電話を削除しました。

## 最近のアクティビティ。

user-activity = 最近のアクティビティ
user-activity-none = まだありません。
user-activity-when = 日時
user-activity-what = 内容
user-activity-outcome = 結果
user-activity-details = 詳細
user-language = 言語
user-language-default = 組織の既定
user-language-hint = このユーザーのポータル、コンソール、届くすべてのメッセージに使われます (本人が別の言語を選ぶまで)。

## 同期ユーザーの取得元のオンプレミス ディレクトリ。

user-directory = ディレクトリ
user-directory-name = ディレクトリ
user-directory-synced = 最終同期
user-directory-locked = ディレクトリでロック中
user-directory-locked-since = { $at } からディレクトリでロック中
user-directory-password-changed = ディレクトリでのパスワード変更
user-directory-password-expires = ディレクトリでのパスワード有効期限
user-directory-protected = ディレクトリの保護対象アカウント（ここでは特権扱い）
user-directory-pass-through = ディレクトリ経由でサインイン
user-directory-removed = ディレクトリから削除済み

user-passkeys = パスキー
user-passkeys-none = パスキーはありません。
user-passkey-dates = { $added } に追加、最終使用 { $used }
user-passkey-dates-unused = { $added } に追加、未使用
user-passkey-model = 認証器のモデル: { $model }
user-passkey-remove = パスキーを削除
user-passkey-remove-warning = 「{ $name }」ではこのアカウントにサインインできなくなります。ユーザーには通知されます。
user-passkey-remove-confirm = 削除する
user-passkey-removed = パスキー「{ $name }」を削除し、ユーザーに通知しました。
