# コンソールのユーザー一覧: 検索、フィルター、表、一括操作、新規ユーザーのフォーム。

users-title = ユーザー
users-new-user = 新規ユーザー
users-loading = ユーザーを読み込んでいます…

## 表のオプション。

users-page-size = 1 ページのユーザー数
users-columns = 列
users-show-columns = 表示する列

## 列。

users-column-name = 名前
users-column-username = ユーザー名
users-column-email = メール
users-column-groups = グループ
users-column-roles = ロール
users-column-status = 状態
users-column-last-sign-in = 最終サインイン
users-table = ユーザー
users-select-page = このページのすべてのユーザーを選択
users-select-row = { $name } を選択

## 検索とフィルター。

users-find = ユーザーを検索
users-find-hint = ユーザー名、メールアドレス、または名前に含まれる語。
users-search = 検索
users-filters = フィルター
users-filter-group = グループ
users-filter-role = ロール
users-filter-role-any = すべてのロール
users-filter-role-users = ユーザーのみ
users-filter-role-admins = 管理者
users-filter-role-helpdesk = ヘルプデスク
users-filter-role-report-readers = レポート閲覧者
users-filter-account = アカウント
users-filter-account-any = 有効または無効
users-filter-account-enabled = 有効
users-filter-account-disabled = 無効
users-filter-registration = 登録
users-filter-registration-any = すべて
users-filter-locked = 現在ロック中
users-filter-expired = パスワード期限切れ

## 結果。

users-none-match = 一致するユーザーはいません。
users-match = { $count ->
   *[other] { $count } 人のユーザーが一致しました。
}
users-page-more = { $number } ページ目: { $count ->
   *[other] { $count } 人を表示
}。次のページに続きがあります。
users-page-last = { $number } ページ目: { $count ->
   *[other] { $count } 人を表示
}。これが最後のページです。
users-pages = ページ
users-previous-page = 前のページ
users-next-page = 次のページ

## 一括操作。

users-bulk-region = 選択したユーザー
users-bulk-done = 完了: ユーザーごとの結果
users-selected = { $count ->
   *[other] { $count } 人のユーザーを選択中
}
users-bulk-disable = 無効にする
users-bulk-disable-warning = 選択したユーザーは、再び有効にされるまでサインインもパスワードのリセットもできなくなります。
users-bulk-disable-confirm = はい、無効にします
users-bulk-enable = 有効にする
users-bulk-reregister = 再登録を求める
users-bulk-reregister-warning = 本人が登録した連絡方法と秘密の質問の答えが削除されます。各ユーザーは次回のサインイン時に再登録が必要です。
users-bulk-reregister-confirm = はい、方法を削除します
users-bulk-end-sessions = すべての場所でサインアウト
users-bulk-group = グループ
users-bulk-add-to-group = グループに追加
users-bulk-export = 選択したユーザーをエクスポート
users-bulk-progress = { $all } 件中 { $done } 件完了
users-bulk-outcomes = ユーザーごとの結果
users-bulk-skipped-self = スキップしました: ご自身のアカウントはご自身のページで変更します。

## ユーザーごとの結果。

users-outcome-disabled = 無効にしました
users-outcome-enabled = 有効にしました
users-outcome-reregister = 再登録が必要です
users-outcome-signed-out = すべての場所でサインアウトしました
users-outcome-added = グループに追加しました

## ロール。

users-role-admin = 管理者
users-role-helpdesk = ヘルプデスク
users-role-reports-reader = レポート閲覧者
users-role-user = ユーザー

## ユーザーの状態。

users-status-locked-until = { $at } までロック中
users-status-disabled = 無効
users-status-must-change = パスワードの変更が必要
users-registration-complete = 登録済み
users-registration-incomplete = 未登録
users-registration-confirm-due = 再確認が必要
users-registration-not-in-scope = リセット対象外

## 新規ユーザー。

users-create-lead = ユーザーのパスワードを管理者が決めることはありません。ユーザーはメールで招待コードを受け取り、自分でパスワードを設定します。
users-create-username = ユーザー名
users-create-username-hint = 英字、数字、. _ - @ が使えます。小文字で保存されます。
users-create-display-name = 表示名
users-create-email = メール
users-create-email-hint = 招待の送信先です。
users-create-groups = グループ
users-create-groups-hint = 複数の場合はカンマで区切ります。
users-create-roles = ロール
users-create-invite = 今すぐ招待を送信
users-create-submit = ユーザーを作成
users-create-busy = 作成しています…
users-created-title = ユーザーを作成しました
users-created-invited = パスワード設定の招待を { $to } に送信しました。
users-created-not-invited = 招待は送信されていません。準備ができたらこのページから送信してください。
