# 登録キャンペーンが、アカウント ページの前に「今すぐ設定するか、後でにするか」を尋ねます。
# ページの見出しは register-title です。「後で」はページの 2 つ目のボタンです。

nudge-why = パスワードを忘れたときのリセットやアカウントのロック解除をご自身で行えるよう、組織から本人確認の方法を登録するよう求められています。所要時間は 2 分ほどです。
nudge-left = { $count ->
   *[other] あと { $count } 回まで後回しにできます。
}
nudge-last = 後回しにできるのは今回が最後です。
nudge-again-days = { $days ->
   *[other] 「後で」を選ぶと、{ $days } 日後にもう一度お尋ねします。
}
nudge-again-next-sign-in = 「後で」を選ぶと、次回のサインイン時にもう一度お尋ねします。
nudge-now = 今すぐ設定
nudge-later = 後で
nudge-put-off-title = 後回しにしました
nudge-put-off-days = { $days ->
   *[other] { $days } 日後にもう一度お尋ねします。アカウント ページからいつでも設定できます。
}
nudge-put-off-next-sign-in = 次回のサインイン時にもう一度お尋ねします。アカウント ページからいつでも設定できます。
