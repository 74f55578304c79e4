### ワンタイムコード: コードを届けるメール、SMS、音声通話。

code-email-subject = { $org } の確認コード
code-email-intro = { $org } の確認コードは { $code } です。
code-email-lead = 確認コード
code-expires = 有効期限は { $minutes } 分です。
code-why-reset = パスワードのリセットやアカウントのロック解除を依頼していない場合は、このメッセージを無視してください。コードが使われない限り、何も変更されません。
code-why-register = このアドレスをアカウントに追加した画面で入力してください。入力すると、パスワードのリセットに使えるようになります。心当たりがない場合は、このメッセージを無視してください。
code-why-helpdesk = ご本人確認のため、ヘルプデスクがこのコードを依頼しました。読み上げるのは、いま話しているヘルプデスクの担当者だけにしてください。ヘルプデスクと話していない場合は、管理者にお知らせください。
code-sms = { $org } の確認コードは { $code } です。有効期限は { $minutes } 分です。
code-voice-intro = こちらは { $org } です。確認コードは
code-voice-again = もう一度繰り返します。

invitation-subject = { $org } のパスワードを設定してください
invitation-intro = { $org } のパスワードを設定するよう招待されました。
invitation-choice = 招待を受け取りました
invitation-steps = 組織のパスワードポータルで { $choice } を選び、ユーザー名 { $username } と次のコードを入力してください: { $code }
invitation-html-lead = パスワードを設定するよう招待されました。
invitation-html-steps = 組織のパスワードポータルで { $choice } を選び、ユーザー名 { $username } と次のコードを入力してください:
invitation-until = コードは { $until } まで、1 回だけ使えます。
invitation-unexpected = 心当たりがない場合は、管理者にお知らせください。
