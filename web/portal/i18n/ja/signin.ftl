# The sign-in page: the links under the form, and the authenticator code step.

signin-help = アカウントのヘルプ
signin-cant-access = アカウントにアクセスできない場合
signin-unlock = アカウントがロックされた場合はこちら
signin-invitation = 招待を受け取った場合
signin-enter-code = アプリに表示されているコードを入力してください。
signin-code-wrong = コードが正しくないか、すでに使用されています。次のコードが表示されるまでお待ちください。
signin-code-wrong-left = コードが正しくないか、すでに使用されています。次のコードが表示されるまでお待ちください。{ $count ->
   *[other] 本日の残り試行回数は { $count } 回です。
}
signin-code-lead = 認証アプリを開き、このアカウントに表示されている 6 桁のコードを入力してください。
signin-code-label = 認証アプリのコード
signin-code-hint = スマートフォンをなくした場合は、代わりに回復コードのいずれかを入力してください。
signin-start-again = 最初からやり直す
