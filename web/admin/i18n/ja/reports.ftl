# Reports: charts over a period, the administrator's questions answered in
# sentences, the registration summary and the users not yet registered.

reports-title = レポート
reports-lead = セルフサービスリセットと登録の状況、フォローが必要なユーザー、そしてすべてのイベントです。
reports-period = 期間
reports-period-7 = 過去 7 日間
reports-period-30 = 過去 30 日間
reports-period-90 = 過去 90 日間
reports-loading = レポートを読み込んでいます…

## How people prove who they are, and the data they register.

reports-method-email = メール
reports-method-sms = SMS
reports-method-voice = 音声通話
reports-method-questions = 秘密の質問
reports-method-authenticator = 認証アプリ
reports-method-passkey = パスキー (フィッシング耐性)
reports-method-mobile = 携帯電話
reports-method-office-phone = 会社の電話

## How a step ended.

reports-outcome-success = 成功
reports-outcome-failure = 失敗
reports-outcome-locked = ロック
reports-outcome-blocked = ブロック

## Lists in sentences.

reports-counted = { $name }（{ $count }）
reports-list-separator = { "、" }
reports-none = なし
reports-none-inline = なし
reports-unknown-name = 不明な名前

## The charts.

reports-partial = グラフには種類ごとに最新の 10,000 件のイベントのみが表示されます。すべてを表示するには、より短い期間を選択してください。
reports-charts = グラフ
reports-chart-outcome = 1 日あたりのセルフサービスリセット (結果別)
reports-chart-method = 1 日あたりの完了したリセット (方法別)
reports-chart-coverage = 登録の普及状況 (過去の日は推定値)
reports-chart-problems = 主な失敗理由
reports-chart-problems-counts = 回数
reports-outcome-summary = 過去 { $days } 日間の 1 日あたりのセルフサービスリセット (結果別): 合計 { $total } 件、成功 { $succeeded } 件。
reports-method-summary = 過去 { $days } 日間の 1 日あたりの完了したリセット (本人確認の方法別): { $methods }。
reports-coverage-summary = 各日の終わり時点の登録の普及状況。本日: 有効なユーザー { $users } 人中 { $registered } 人が登録済み、{ $capable } 人がリセット可能、{ $unregistered } 人が未登録です。過去の日は、本日の数値と期間内の登録イベントから推定しています。
reports-problems-summary = 過去 { $days } 日間で最も多い失敗理由: { $reasons }。
reports-chart-sign-ins = 方法別のサインイン
reports-chart-sign-ins-counts = サインイン数
reports-sign-in-password = パスワード
reports-sign-in-password-authenticator = パスワード + 認証アプリ
reports-sign-in-password-passkey = パスワード + パスキー
reports-sign-in-passkey = パスキー
reports-sign-in-access-pass = 一時アクセス パス
reports-sign-ins-summary = 過去 { $days } 日間のサインイン (本人確認の方法別): { $methods }。
reports-sign-ins-resistant = サインインの { $share }% がフィッシング耐性のある方法 (パスキー使用) でした: { $total } 件中 { $resistant } 件。
reports-sign-ins-none = この期間のサインインはありません。
reports-coverage-capable = リセット可能
reports-coverage-registered = 登録済み、まだリセット不可
reports-coverage-not-registered = 未登録

## The administrator's questions, each answered in a sentence.

reports-questions = 質問
reports-answers-partial = これらの回答は期間内の最初の { $count } 件のイベントのみに基づいています (期間内にはさらにイベントがあります)。完全な回答を得るには、より短い期間を選択してください。
reports-q-policy = リセットポリシーで何が変わりましたか?
reports-policy-change = { $when }: { $who } が { $what } を変更
reports-the-settings = 設定
reports-someone = 誰か
reports-q-registered = 何人が登録しましたか?
reports-a-registered = 期間内に { $people } 人が { $methods } 件の方法を登録しました。現在、有効なユーザー { $users } 人中 { $registered } 人が登録済みで、{ $capable } 人がリセット可能です。
reports-q-who = 誰が登録しましたか?
reports-q-data = どのデータが登録されましたか?
reports-a-data = 期間内: { $period }。現在の全体: { $now }。
reports-q-resets = 何人がパスワードをリセットしましたか?
reports-a-resets = 過去 { $days } 日間のセルフサービスリセットは { $resets } 件、管理者によるリセットは { $admin } 件です。
reports-q-methods = 最もよく使われている方法は?
reports-q-problems = 最も多い問題は?
reports-q-admins = 自分のパスワードを頻繁にリセットしている管理者は?
reports-q-suspicious = 不審なアクティビティはありますか?
reports-suspicious-line = { $what }：{ $who }
reports-suspicious-blocked = リセットからブロックされたユーザー
reports-suspicious-failed-proofs = 本人確認の失敗が 3 回以上
reports-suspicious-starts-user = 1 人のユーザーに対するリセット開始が 5 回以上
reports-suspicious-starts-address = 1 つのアドレスからのリセット開始が 10 回以上

## Registration: everyone, by data, by group.

reports-registration = 登録
reports-registered-data = 登録済みデータ (ユーザー数): { $methods }
reports-by-group = グループ別の登録
reports-col-who = 対象
reports-col-users = 有効なユーザー
reports-col-registered = 登録済み
reports-col-capable = リセット可能
reports-col-not-registered = 未登録
reports-col-not-in-scope = リセットの対象外
reports-everyone = 全員

## The users not registered yet.

reports-not-registered-title = まだ登録していないユーザー
reports-not-registered-loading = 読み込んでいます…
reports-all-registered = リセット対象の全員が登録済みです。
reports-users-shown = { $count } 人のユーザーを表示しています。
reports-users-shown-more = { $count }+ 人のユーザーを表示しています。
reports-not-registered-table = 未登録のユーザー
reports-col-name = 名前
reports-col-username = ユーザー名
reports-col-groups = グループ
reports-load-more = さらに読み込む
reports-download-csv = CSV でダウンロード
