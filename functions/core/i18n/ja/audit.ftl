### 監査証跡を言葉で: 各操作の名前、結果、理由コードの読み方（コンソールの
### アクティビティログとレポート、CSV の最後の列）。

## 各操作の名前。

audit-action-sign-in = サインイン
audit-action-sign-out = サインアウト
audit-action-session-ended = セッション終了
audit-action-password-change = パスワード変更
audit-action-account-lockout = アカウントのロック
audit-action-user-created = ユーザーの作成
audit-action-settings-changed = 設定の変更
audit-action-reset-started = リセットの開始
audit-action-reset-code-sent = リセットコードの送信
audit-action-reset-code-failed = リセットコードの誤り
audit-action-reset-method-verified = リセット方法の確認
audit-action-reset-blocked = リセットの拒否
audit-action-reset-completed = リセットの完了
audit-action-account-unlocked = アカウントのロック解除
audit-action-method-code-sent = 登録コードの送信
audit-action-method-code-failed = 登録コードの誤り
audit-action-method-registered = 方法の登録
audit-action-method-removed = 方法の削除
audit-action-methods-confirmed = 方法の確認
audit-action-user-updated = ユーザーの編集
audit-action-admin-password-reset = オペレーターによるパスワードのリセット
audit-action-roles-changed = ロールの変更
audit-action-user-deleted = ユーザーの削除
audit-action-invitation-sent = 招待の送信
audit-action-invitation-accepted = 招待の使用
audit-action-helpdesk-check = ヘルプデスクによる本人確認
audit-action-group-created = グループの作成
audit-action-group-updated = グループの編集
audit-action-group-renamed = グループ名の変更
audit-action-group-deleted = グループの削除
audit-action-group-member-added = グループへの追加
audit-action-group-member-removed = グループからの削除
audit-action-breached-password-audited = 漏えいしたパスワードの受け入れ（記録のみ）
audit-action-agent-enrolment-issued = エージェント登録トークンの発行
audit-action-agent-enrolled = エージェントの登録
audit-action-agent-keys-rotated = エージェントの鍵の交換
audit-action-agent-revoked = エージェントの失効
audit-action-directory-synced = ディレクトリの同期
audit-action-client-created = API クライアントの作成
audit-action-client-secret-rotated = API クライアントのシークレットの更新
audit-action-client-revoked = API クライアントの失効
audit-action-client-token-refused = API クライアントのトークンの拒否
audit-action-preference-changed = 個人設定の変更

## イベントの結果。

audit-outcome-success = 成功
audit-outcome-failure = 失敗
audit-outcome-locked = ロックアウト
audit-outcome-blocked = ブロック

## 各理由コードの意味（一覧の一部として）。

audit-reason-account-disabled = アカウントが無効です
audit-reason-account-locked = アカウントがロックされました
audit-reason-administrator = 管理者による
audit-reason-answers-invalid = 回答の誤り
audit-reason-audit-only = 漏えいチェックが記録のみのため受け入れ
audit-reason-authenticator-code-invalid = 認証アプリのコードの誤り
audit-reason-passkey = パスキーで
audit-reason-passkey-invalid = 受け付けられなかったパスキー
audit-reason-passkey-model-not-allowed = 組織が受け付けていない認証器のモデル
audit-reason-passkey-renamed = 名前を変更したパスキー
audit-reason-access-pass = 一時アクセス パスで
audit-reason-access-pass-invalid = 誤っている、有効期間前、使用済み、または期限切れの一時アクセス パス
audit-reason-one-time = 1 回のサインインに有効
audit-reason-multi-use = 複数回のサインインに有効
audit-reason-minutes = 有効時間（分）
audit-reason-replaced = 前のパスを置き換え
audit-reason-revoked = 取り消し済み
audit-reason-banned = 禁止語
audit-reason-breached = 既知の漏えいで見つかりました
audit-reason-code-expired = コードの有効期限切れ
audit-reason-code-invalid = コードの誤り
audit-reason-code-sent = コードを送信しました
audit-reason-corpus = 漏えいデータに含まれています
audit-reason-custom-banned = 組織の禁止語
audit-reason-directory-complexity = ディレクトリの複雑さの規則
audit-reason-directory-refused = ディレクトリが拒否しました
audit-reason-directory-unavailable = ディレクトリに接続できませんでした
audit-reason-failed-proofs = 確認の失敗が多すぎます
audit-reason-failed-proofs-per-day = 本日の確認の失敗が多すぎます
audit-reason-flow-send-limit = 1 回のリセットでのコードが多すぎます
audit-reason-helpdesk = ヘルプデスクによる
audit-reason-import = インポートによる
audit-reason-in-history = 以前に使用したパスワード
audit-reason-invalid-scope = クライアントが持たないスコープ
audit-reason-max-length = 長すぎます
audit-reason-min-length = 短すぎます
audit-reason-named-by-a-user-edit = ユーザーの編集で指定
audit-reason-no-invitation = 保留中の招待はありません
audit-reason-no-password = パスワードが設定されていません
audit-reason-not-registered = 未登録
audit-reason-out-of-scope = リセットが許可されていません
audit-reason-personal = 本人の名前を含みます
audit-reason-phone-cap = 電話の利用額の上限
audit-reason-recovery-code = リカバリーコードで
audit-reason-refresh-reused = 使用済みの更新用資格情報が再び使われました
audit-reason-second-factor-required = 2 要素目が必要でした
audit-reason-self-service = 本人による
audit-reason-send-failed = メッセージを送信できませんでした
audit-reason-send-limit = 送信したコードが多すぎます
audit-reason-sessions-ended = すべてのセッションを終了しました
audit-reason-temporary-password = 仮パスワードで
audit-reason-temporary-password-expired = 仮パスワードの有効期限切れ
audit-reason-too-many-failures = 失敗が多すぎます
audit-reason-unknown-client = 不明な API クライアント
audit-reason-unknown-user = 該当するユーザーがいません
audit-reason-unlock = ロック解除のため
audit-reason-verified = 本人確認の後
audit-reason-wrong-password = パスワードの誤り
audit-reason-wrong-secret = クライアントシークレットの誤り

# 理由とその詳細。
audit-reason-detail = { $reason }：{ $detail }
audit-action-breached-password-found = サインイン時に漏えいしたパスワードを検出
audit-action-expiry-reminder-sent = パスワード有効期限のリマインダーを送信
audit-action-scheduled-run = 定期実行
audit-action-account-reported = 本人によるアカウントの報告
audit-action-lockdown-lifted = 緊急ロックの解除
audit-reason-account-locked-down = アカウントは本人により緊急ロックされています
audit-reason-activity = 最近のアクティビティから
audit-reason-notice-link = セキュリティ通知のリンクから
audit-reason-reported = 報告
audit-action-campaign-started = 登録キャンペーンの開始
audit-action-campaign-ended = 登録キャンペーンの終了
audit-action-campaign-invitation-sent = 登録への招待
audit-action-registration-snoozed = 登録の延期
audit-action-access-pass-issued = 一時アクセス パスの発行
audit-action-access-pass-used = 一時アクセス パスの使用
audit-action-access-pass-revoked = 一時アクセス パスの取り消し
audit-action-access-pass-expired = 未使用の一時アクセス パスの期限切れ
audit-reason-operator = 運用担当者（デプロイ環境自体の認証情報による）
