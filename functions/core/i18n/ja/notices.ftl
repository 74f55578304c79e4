### ご本人のアカウントについてのお知らせ。

notice-not-you = 心当たりがない場合は、すぐに管理者に連絡してください。
notice-contact = 管理者の連絡先: { $url }
# セキュリティ通知で notice-not-you の代わりに使います。$url はアカウントを緊急ロックします (1 回だけ、7 日間有効)。
notice-report-link = 心当たりがない場合は、今すぐアカウントを緊急ロックしてください: { $url }

notice-password-changed-subject = { $org } のパスワードが変更されました
notice-password-changed = { $when } に { $org } のパスワードが変更されました。
notice-password-reset-subject = { $org } のパスワードがリセットされました
notice-password-reset = { $when } に { $org } のパスワードがリセットされました。
notice-account-unlocked-subject = { $org } のアカウントのロックが解除されました
notice-account-unlocked = { $when } に { $org } のアカウントのロックが解除されました。
notice-password-set-subject = { $org } のパスワードが設定されました
notice-password-set = { $when } に { $org } のパスワードが設定されました。
notice-password-reset-by-admin-subject = 管理者が { $org } のパスワードをリセットしました
notice-password-reset-by-admin = { $when } に管理者が { $org } のパスワードをリセットしました。
notice-account-unlocked-by-admin-subject = 管理者が { $org } のアカウントのロックを解除しました
notice-account-unlocked-by-admin = { $when } に管理者が { $org } のアカウントのロックを解除しました。
notice-methods-cleared-subject = 管理者が { $org } のサインイン方法を消去しました
notice-methods-cleared = { $when } に管理者が { $org } のサインイン方法を消去しました。次回のサインイン時にもう一度登録してください。
notice-lockout-subject = { $org } のアカウントへのサインインは { $until } までロックされています
notice-lockout = 誤ったパスワードが繰り返し入力されたため、{ $when } に { $org } のアカウントへのサインインが { $until } までロックされました。
notice-writeback-password-failed-subject = { $org } のパスワード変更が組織のディレクトリに反映されませんでした
notice-writeback-password-failed = { $when } の { $org } のパスワード変更は組織のディレクトリに反映されませんでした。パスワードは変わっていません。
notice-writeback-unlock-failed-subject = { $org } のアカウントのロック解除が組織のディレクトリに反映されませんでした
notice-writeback-unlock-failed = { $when } の { $org } のアカウントのロック解除は組織のディレクトリに反映されませんでした。
notice-authenticator-added-subject = { $org } のアカウントに認証アプリが追加されました
notice-authenticator-added = { $when } に { $org } のアカウントに認証アプリが追加されました。
notice-authenticator-removed-subject = { $org } のアカウントから認証アプリが削除されました
notice-authenticator-removed = { $when } に { $org } のアカウントから認証アプリが削除されました。
notice-recovery-code-used-subject = { $org } の認証アプリの回復コードが使われました (残り { $left } 個)
notice-recovery-code-used = { $when } に { $org } の認証アプリの回復コードが使われました (残り { $left } 個)。
notice-email-added-subject = { $org } のアカウントに予備のメールアドレスが追加されました
notice-email-added = { $when } に { $org } のアカウントに予備のメールアドレスが追加されました。
notice-email-removed-subject = { $org } のアカウントから予備のメールアドレスが削除されました
notice-email-removed = { $when } に { $org } のアカウントから予備のメールアドレスが削除されました。
notice-mobile-added-subject = { $org } のアカウントに携帯電話番号が追加されました
notice-mobile-added = { $when } に { $org } のアカウントに携帯電話番号が追加されました。
notice-mobile-removed-subject = { $org } のアカウントから携帯電話番号が削除されました
notice-mobile-removed = { $when } に { $org } のアカウントから携帯電話番号が削除されました。
notice-questions-set-subject = { $org } の秘密の質問が設定されました
notice-questions-set = { $when } に { $org } の秘密の質問が設定されました。
notice-questions-removed-subject = { $org } の秘密の質問が削除されました
notice-questions-removed = { $when } に { $org } の秘密の質問が削除されました。
notice-contacts-added-subject = 管理者が { $org } のアカウントに連絡先を追加しました ({ $added })
notice-contacts-added = { $when } に管理者が { $org } のアカウントに連絡先を追加しました ({ $added })。
notice-roles-none-subject = { $org } のアカウントのロールが変更され、管理者ロールはなくなりました
notice-roles-none = { $when } に { $org } のアカウントのロールが変更され、管理者ロールはなくなりました。
notice-roles-now-subject = { $org } のアカウントのロールが [{ $roles }] に変更されました
notice-roles-now = { $when } に { $org } のアカウントのロールが [{ $roles }] に変更されました。

notice-admin-roles-subject = { $org }: ユーザー { $user } のロールが [{ $roles }] になりました (変更者: { $by })
notice-admin-roles = { $org }: { $when } にユーザー { $user } のロールが [{ $roles }] になりました (変更者: { $by })。
notice-admin-password-reset-subject = { $org }: 管理者 { $user } のパスワードが { $by } によってリセットされました
notice-admin-password-reset = { $org }: { $when } に管理者 { $user } のパスワードが { $by } によってリセットされました。
notice-admin-self-reset-subject = { $org }: 管理者がセルフサービスでパスワードをリセットしました
notice-admin-self-reset = 管理者 { $name } ({ $user }) が { $when } にセルフサービスで { $org } のパスワードをリセットしました。想定外の場合は、すぐにアカウントを確認してください。

role-admin = 管理者
role-helpdesk = ヘルプデスク
role-reports-reader = レポート閲覧者
notice-breached-at-sign-in-subject = { $org } のパスワードが既知のデータ漏えいに含まれています。今すぐ変更してください
notice-breached-at-sign-in = { $when } のサインイン時に、{ $org } のパスワードがデータ漏えいで流出したパスワードの中に見つかりました。今すぐ新しいパスワードを設定してください。変更するまで、アカウントではパスワードの変更しかできません。
notice-password-expiring-subject =
    { $days ->
       *[other] { $org } のパスワードの有効期限まであと { $days } 日です
    }
notice-password-expiring =
    { $days ->
       *[other] { $org } のパスワードは { $expires } に有効期限が切れます（あと { $days } 日）。引き続き問題なくサインインできるよう、それまでに変更してください。
    }
notice-change-here = 変更はこちら: { $url }
digest-subject = { $org }: 今週のパスワード セルフサービス
digest-intro = { $org } の { $to } までの 7 日間:
digest-resets = セルフサービスでのリセット: { $resets } 件。管理者によるリセット: { $admin_resets } 件。
digest-failures = 失敗: { $failed } 件。ブロックされた試行: { $blocked } 件。不審なパターン: { $suspicious } 件。
digest-lockdowns = 本人が緊急ロックしたアカウント（「自分ではない」）: { $locked_down } 件。
digest-registration = 登録: { $users } 人中 { $registered } 人が十分な方法を登録済みです。
digest-link = レポート: { $url }
notice-locked-down-subject = { $org } のアカウントは緊急ロックされています
notice-locked-down = { $when } に、ご自身が行っていない { $org } のアカウントの変更をご報告いただきました。すべてのセッションが終了し、サインイン、パスワードのリセット、登録は停止されています。ヘルプデスクに連絡してください。本人確認のうえ、再びサインインできるようお手伝いします。
# $user: ユーザー名、$name: 本人の表示名。
notice-admin-account-reported-subject = { $org }: { $user } が自分で行っていない変更を報告しました
notice-admin-account-reported = { $name } ({ $user }) が { $when } に、自分で行っていない { $org } のアカウントの変更を報告しました。アカウントは緊急ロックされています。すべてのセッションが終了し、サインイン、パスワードのリセット、登録は停止されています。本人確認を行い、本人確認済みのヘルプデスクによるリセットでパスワードをリセットしてから、管理コンソールで緊急ロックを解除してください。
# 登録キャンペーンの招待 (メール)。$url: サインイン後に開くポータルの登録画面。
campaign-invite-subject = { $org } のパスワードのリセットを設定してください
campaign-invite = { $org } から、セルフサービスでのパスワードのリセットの設定をお願いしています。本人確認の方法 (別のメールアドレス、携帯電話番号、認証アプリのいずれか) を登録しておくと、パスワードを忘れたときのリセットやアカウントのロック解除を、いつでもご自身で行えます。所要時間は 2 分ほどです。
campaign-invite-link = サインインして、こちらから設定してください: { $url }
# $name: ユーザーがパスキーに付けた名前。
notice-passkey-added-subject = { $org } のアカウントにパスキーが追加されました
notice-passkey-added = { $when } に { $org } のアカウントにパスキー「{ $name }」が追加されました。
notice-passkey-removed-subject = { $org } のアカウントからパスキーが削除されました
notice-passkey-removed = { $when } に { $org } のアカウントからパスキー「{ $name }」が削除されました。
# $until: パスが使えなくなる日時。
notice-access-pass-issued-subject = { $org } のアカウントに一時アクセス パスが発行されました
notice-access-pass-issued = { $when } に { $org } のアカウントに一時アクセス パスが発行されました。このパスは { $until } まで有効で、パスキーまたは認証アプリの設定と、ご自身のパスワードの設定にのみ使用できます。
notice-access-pass-used-subject = { $org } のアカウントへのサインインに一時アクセス パスが使用されました
notice-access-pass-used = { $when } に { $org } のアカウントへのサインインに一時アクセス パスが使用されました。
notice-access-pass-revoked-subject = { $org } のアカウントの一時アクセス パスが取り消されました
notice-access-pass-revoked = { $when } に { $org } のアカウントの一時アクセス パスが取り消されました。このパスはもう使用できません。
notice-webhook-paused-subject = { $org } の { $url } への Webhook を一時停止しました: 1 日間配信に失敗しました
notice-webhook-paused = { $org } の { $url } への Webhook を一時停止しました: 1 日間配信に失敗しました。管理者がコンソールで再開するまで何も送信されません。届かなかったものは配信記録で待機しています ({ $when })。
