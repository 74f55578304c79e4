# The password and lockout rules, the breach check, and the organisation's
# own security questions.

passwords-title = パスワードとロックアウトのルール
passwords-lead = 組織内の全員が対象です。既存のパスワードは、次回の変更時に新しいルールで確認されます。
passwords-number-error = 表示された範囲内の整数を入力してください。
passwords-saved = 新しいルールは、各ユーザーの次回のサインインまたはパスワード変更から適用されます。
passwords-save-anyway = それでも保存 ({ $count } 人が変更対象)
passwords-expires-title = パスワードがすぐに期限切れになります
passwords-expires-what = この最長有効期間では、{ $count } 人のユーザーが次回のサインイン時にパスワードを変更する必要があります。
passwords-impact = ユーザー { $users } 人のうち、現在 { $before } 人のパスワードが最長有効期間を過ぎています。これらのルールでは { $after } 人になります。{ $recent }
passwords-impact-then = 強制モードのチェックではこうしたパスワードは拒否されます
passwords-recent-none = 過去 { $days } 日間に漏えいチェックを受けた新しいパスワードはありません。
passwords-recent = { $checked ->
   *[other] 過去 { $days } 日間に、新しいパスワード { $checked } 件中 { $breached } 件が既知の漏えいで見つかりました。{ $then }。
}
passwords-then-refused = それらは拒否されました
passwords-then-accepted = チェックが監査のみのため、それらは受け入れられました
passwords-then-off = チェックはオフです
passwords-status-corpus = 新しいパスワードは、Latchkey に同梱されている漏えいパスワード上位 { $shipped } 件と、インポートされた { $entries } 件のハッシュのコーパス ({ $source }、{ $date } にインポート) で照合されます。{ $recent }
passwords-status-no-corpus = 新しいパスワードは、Latchkey に同梱されている漏えいパスワード上位 { $shipped } 件で照合されます。完全なコーパスはインポートされていません (README の latchkey-breach-import を参照)。{ $recent }
passwords-status-loading = 漏えいチェックの状態を読み込んでいます…

## The form.

passwords-passwords = パスワード
passwords-min-length = 最小文字数
passwords-min-length-hint = 8～64 文字。12 文字以上を推奨します。
passwords-history = 記憶するパスワード数
passwords-history-hint = 変更時に、この数の最近のパスワードは再利用できません (0～24)。
passwords-max-age = 最長有効期間 (日)
passwords-max-age-hint = 空欄: パスワードは期限切れになりません (推奨)。それ以外は 1～3650。
passwords-reminder-days = 有効期限前に通知 (日数)
passwords-reminder-days-hint = 通知は各ユーザーの言語でメール送信され、変更ページへのリンクが含まれます。通知しない場合は空欄にしてください。
passwords-reminder-days-error = 1～90 の整数をカンマ区切りで 10 個まで入力してください。
passwords-reminder-sms = SMS でも通知する
passwords-banned = 禁止語
passwords-banned-hint = 1 行に 1 語、4～16 文字: 会社名、製品名、地名など。一般的なパスワードと同様に照合され、大文字と小文字、似た形の文字、1 文字の入力ミスは区別されません。
passwords-breached = 漏えいしたパスワード
passwords-breached-hint = 既知のデータ漏えいで見つかったパスワードは、攻撃者が最初に試すものです。Latchkey は新しいパスワードをどこにも送信せずに照合します。
passwords-breached-mode = 漏えいで見つかった新しいパスワード
passwords-mode-enforce = 拒否する (推奨)
passwords-mode-audit = 受け入れて、それぞれ記録する (監査のみ)
passwords-mode-off = チェックしない
passwords-at-sign-in = サインイン時に漏えいで見つかったパスワード
passwords-at-sign-in-hint = サインインに成功するたびに照合します。変更を必須にすると、そのセッションではパスワードの変更しかできず、本人に通知されます。
passwords-at-sign-in-enforce = 変更を必須にして本人に通知する (推奨)
passwords-at-sign-in-audit = サインインを許可して、それぞれ記録する (監査のみ)
passwords-min-count = インポートしたコーパスに含まれるパスワードを拒否
passwords-min-count-1 = 1 回以上
passwords-min-count-10 = 10 回以上
passwords-min-count-100 = 100 回以上
passwords-min-count-1000 = 1,000 回以上
passwords-min-count-10000 = 10,000 回以上
passwords-lockout = サインインのロックアウト
passwords-lockout-threshold = ロックアウトまでのサインイン失敗回数
passwords-lockout-threshold-hint = 1～100。
passwords-lockout-first = 最初のロックアウト (秒)
passwords-lockout-first-hint = ロックアウトのたびに 2 倍になります。
passwords-lockout-max = 最長のロックアウト (秒)
passwords-lockout-max-hint = 最大 604800 (1 週間)。
passwords-check-effect = 影響を確認
passwords-save = 保存
passwords-saving = 保存しています…

## The organisation's own security questions.

passwords-questions-title = 独自の秘密の質問
passwords-questions-lead = 10 個の定義済みの質問に加えて、入力したとおりの文面ですべての言語で表示されます。最大 20 個、各 10～200 文字。質問の言い回しを変えても回答は保持されますが、質問を削除すると回答は取り消されます。
passwords-questions-saved = ユーザーは秘密の質問を登録するときにこれらの質問を目にします。
passwords-strands-title = セルフサービスリセットを使えなくなるユーザーがいます
passwords-strands-what = { $count } 人のユーザーが削除された質問に回答しており、パスワードのリセットに必要な回答が足りなくなります (再登録を求められます)。
passwords-questions-save-anyway = それでも保存 ({ $count } 人が再登録)
passwords-question = 質問 { $number }
passwords-question-remove-label = 質問を削除: { $question }
passwords-question-remove = 削除
passwords-question-add = 質問を追加
passwords-questions-save = 質問を保存
