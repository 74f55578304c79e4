# What a failed request means to the person in front of the page.

messages-invalid-credentials-title = ユーザー名またはパスワードが違います
messages-invalid-credentials-body = 両方を確認して、もう一度お試しください。間違いが多すぎると、アカウントがしばらくロックされます。
messages-forgot-password = パスワードをお忘れですか？
messages-locked-title = アカウントがロックされています
messages-locked-body-at = 間違ったパスワードが何度も入力されました。{ $time } に自動的にロックが解除されます。本人確認を行えば、今すぐロックを解除できます。
messages-locked-body = 間違ったパスワードが何度も入力されました。しばらくすると自動的にロックが解除されます。本人確認を行えば、今すぐロックを解除できます。
messages-unlock-link = アカウントのロックを解除
messages-disabled-title = アカウントが無効になっています
messages-disabled-body = 再度有効にできるのは管理者だけです。
messages-session-ended-title = もう一度サインインしてください
messages-session-ended-body = セッションが終了しました。
messages-too-many-title = 試行回数が多すぎます
messages-too-many-body-at = セキュリティのため、一時的に停止しています。{ $when }（{ $time }）にもう一度お試しください。
messages-too-many-body = セキュリティのため、しばらく停止しています。後でもう一度お試しください。
messages-phone-limit-title = 本日はこの番号にこれ以上 SMS や電話を送れません
messages-phone-limit-body = メールや秘密の質問など、別の方法で本人確認を行ってください。
messages-phone-country-title = その番号は使用できません
messages-phone-country-body = 組織はその国の番号に SMS や電話を送信していません。別の番号を使用してください。
messages-change-required-title = まずパスワードを変更してください
messages-change-required-body = パスワードの有効期限が切れたか、管理者によって設定されました。続けるには新しいパスワードを設定してください。
messages-change-link = パスワードを変更
messages-reset-expired-title = このリクエストは期限切れです
messages-reset-expired-body = すでに完了しているか、時間が経ちすぎました。最初からやり直してください。1分ほどで済みます。
messages-code-expired-title = そのコードは期限切れです
messages-code-expired-body = 新しいコードを送信し、有効期限内に使用してください。
messages-challenge-required-title = まずコードを送信してください
messages-challenge-required-body = コードの送信先を選んでから、ここに入力してください。
messages-reset-incomplete-title = あと1ステップです
messages-reset-incomplete-body = パスワードを設定する前に、あと { $count } 回本人確認を行ってください。
messages-rejected-title = 別のパスワードを選んでください
messages-rejected-body = 新しいパスワードの下に理由が表示されています。

messages-directory-unavailable-title = 組織のディレクトリに接続できません
messages-directory-unavailable-body = パスワードは組織のディレクトリで確認されますが、現在応答がありません。何も変更されていません。数分後にもう一度お試しください。
messages-directory-unconfirmed-title = 変更が確認されませんでした
messages-directory-unconfirmed-body = 組織のディレクトリから新しいパスワードの確認が時間内に届きませんでした。反映されている可能性があります。数分後に新しいパスワードでサインインしてみてください。うまくいかない場合は、以前のパスワードが引き続き使えます。

# アカウントの所有者が、自分が行っていない変更を報告しました（「自分ではありません」）。
messages-locked-down-title = アカウントは緊急ロックされています
messages-locked-down-body = 自分が行っていない操作を報告したため、アカウントは緊急ロックされています。ヘルプデスクにお問い合わせください。本人確認のうえ、再びサインインできるようお手伝いします。
