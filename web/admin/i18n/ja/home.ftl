# The administrator's home: tiles of figures, each a link to the screen
# behind it.

home-title = ホーム
home-lead = 今週のセルフサービスの状況と、今対応が必要なユーザーです。
home-loading = 数値を読み込んでいます…
home-registered-label = セルフサービス登録済み
# Same as English.
home-registered-value = { $share }%
home-registered-detail = 有効なユーザー { $users } 人中 { $registered } 人、リセット可能 { $capable } 人
home-resets-label = 今週のセルフサービスリセット
home-resets-detail = オペレーターによるもの: { $count }
home-failures-label = 今週失敗または拒否されたステップ
home-failures-none = なし
home-failures-top = 最多: { $reason }
home-not-registered-label = 未登録
home-not-registered-detail = まだ自分でパスワードをリセットできません
home-locked-label = 現在ロック中
home-locked-detail = 各ユーザーのページでロックを解除してください
home-expired-label = 期限切れのパスワード
home-expired-detail = 次回のサインイン時に変更が必要です
home-agents-label = オンラインの書き戻しエージェント
home-agents-value = { $live } 台中 { $online } 台
home-agents-some-offline = 一部は現在書き戻しできません
home-agents-all-online = 書き戻し中
# A count that goes past the first page of a list ("50+": 50 or more).
# Same as English.
home-count-more = { $count }+
