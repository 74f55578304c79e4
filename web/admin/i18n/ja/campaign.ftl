# 登録キャンペーン: リセット方法が足りないユーザーをメールで招待し、登録するまで
# サインインのたびに「今すぐか後でか」を尋ねます。「後で」はポータルのボタン名
# (nudge-later) です。

campaign-nav = 登録キャンペーン
campaign-title = 登録キャンペーン
campaign-lead = まだ自分でパスワードをリセットできないユーザーに登録を促します。メールで招待し、サインイン時に通知します。通知は数回まで後回しにでき、その後は登録が必須になります。
campaign-loading = キャンペーンを読み込んでいます…
campaign-none = 実施中のキャンペーンはありません
campaign-none-body = 全ユーザー、または一部のグループのメンバーを対象に開始できます。十分に登録済みのユーザーには何も求めず、それ以外のユーザーには次回のサインイン時に尋ねます。
campaign-progress = 進捗
campaign-progress-pending = 15 分ごとに集計します。最初の集計はまもなく行われます。
campaign-rules = ルール
campaign-target = 対象
campaign-target-all = 全ユーザー
campaign-target-groups = グループのメンバー
campaign-target-groups-named = { $groups } のメンバー
campaign-laters = 「後で」の許可
campaign-laters-count = { $count ->
   *[other] { $count } 回
}
campaign-laters-none = なし: 次回のサインイン時に登録が最初に求められます
campaign-days = 間隔 (日)
campaign-days-count = { $count ->
   *[other] { $count } 日
}
campaign-days-none = なし: 次回のサインイン時に再度尋ねます
campaign-invite = メールでの招待
campaign-invite-on = 未登録のユーザーに送信
campaign-invite-off = オフ
campaign-started = 開始日時
campaign-change = 変更
campaign-end = キャンペーンを終了
campaign-end-warning = 招待は送信されなくなり、サインイン時に誰にも尋ねなくなります。リセット ポリシーで登録が必須のユーザーは、引き続き必須です。
campaign-end-confirm = はい、終了します
campaign-ended-title = キャンペーンを終了しました
campaign-ended-body = サインイン時に登録を求められるユーザーはいなくなりました。
campaign-started-title = キャンペーンを開始しました
campaign-started-body = ユーザーには次回のサインイン時に尋ねます。招待の送信と進捗の集計は、次回の定期実行 (15 分以内) で行われます。
campaign-chart-title = { $count ->
   *[other] 対象ユーザー { $count } 人
}
campaign-registered = 登録済み
campaign-snoozed = 後回し
campaign-required = 次回サインイン時に登録必須
campaign-waiting = 未到達
campaign-chart-summary = { $targeted ->
   *[other] 対象ユーザー { $targeted } 人のうち、登録済み { $registered } 人、後回し { $snoozed } 人、次回サインイン時に登録必須 { $required } 人、未到達 { $waiting } 人です。
}
campaign-no-targets = 対象のユーザーがいません。グループと、そのグループでセルフサービス リセットが有効かどうかを確認してください。
campaign-invited = メールで招待済み
campaign-registered-since = 開始後に登録
campaign-counted-at = 集計日時
campaign-form-title-new = キャンペーンを開始
campaign-form-title-change = キャンペーンを変更
campaign-form-target = 対象
campaign-form-groups = グループ
campaign-form-groups-hint = 1 つ以上、カンマ区切り。
campaign-form-groups-needed = グループを 1 つ以上指定してください。
campaign-form-laters = 「後で」の許可 (回数)
campaign-form-laters-hint = 0～10。0 の場合、次回のサインイン時に登録が最初に求められます。
campaign-form-days = 間隔 (日)
campaign-form-days-hint = 0～14。0 の場合、次回のサインイン時に再度尋ねます。
campaign-form-invite = 未登録のユーザーにメールで招待を送る
campaign-form-whole-number = { $min }～{ $max } の整数を入力してください。
campaign-form-start = キャンペーンを開始
campaign-form-save = 保存
campaign-restart-warning = 保存するとキャンペーンは最初からやり直しになります。招待は再送され、全員の「後で」の回数もリセットされます。
campaign-restart-confirm = はい、やり直します
