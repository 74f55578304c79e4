# The new-password fields every page shares.

components-strength-not-accepted = 強度: まだ使用できません
components-strength-good = 強度: 良い
components-strength-strong = 強度: 強い
components-strength-very-strong = 強度: 非常に強い
components-check-length = { $min } 文字以上（現在 { $length } 文字）
components-check-guessable = よく使われるパスワードではなく、名前やユーザー名をもとにしていない
components-check-met = （条件を満たしています）
components-check-not-met = （条件をまだ満たしていません）
components-policy-intro = 新しいパスワードの条件:
components-policy-length = { $min } 文字以上。関連のない単語をいくつか組み合わせると、強力で覚えやすいパスワードになります。
components-policy-guessable = よく使われるパスワード、お名前、ユーザー名、会社名が大半を占めないこと。これらはそれぞれ 1 文字として数えられ、パスワードには 5 文字分以上が必要です。
components-policy-not-current = 現在のパスワードと異なること。
components-policy-not-last = 直近 { $count } 個のパスワードと異なること。
components-policy-hint = 記号や大文字・小文字の混在は必要ありません。大切なのは長さです。
components-new-password = 新しいパスワード
components-new-password-hint = 入力中にチェックされます。下のリストをご覧ください。
components-confirm-password = 新しいパスワードをもう一度入力
components-mismatch = 2つのパスワードが一致しません。同じパスワードを2回入力してください。
components-rejected = このパスワードは使用できません。{ $reasons }
components-reason-min-length = { $min } 文字以上にする必要があります（現在 { $length } 文字）。
components-reason-max-length = { $max } 文字以下にする必要があります。
components-reason-banned = 推測されやすすぎます。よく使われるパスワード、組織で禁止されている単語、またはお名前、ユーザー名、組織名をもとにしています。独自の文字をさらに追加してください。
components-reason-banned-terms = 推測されやすすぎます。{ $terms } が含まれています。独自の文字をさらに追加してください。
components-reason-breached = 既知のデータ漏えいに含まれているため、攻撃者に早い段階で試されます。これまでに使ったことのないパスワードを選んでください。
components-reason-history-current = 現在のパスワードと異なるものにする必要があります。
components-reason-history-last = 直近 { $count } 個のパスワードと異なるものにする必要があります。

# パスワードを送信した後の、オンプレミス ディレクトリによる拒否の理由。
components-reason-directory-too-short = 組織のディレクトリでは、もっと長いパスワードが必要です。
components-reason-directory-in-history = 組織のディレクトリにこのパスワードの使用履歴があります。これまでに使ったことのないパスワードを選んでください。
components-reason-directory-complexity = 組織のディレクトリでは、より複雑なパスワード (たとえば、より多くの種類の文字を含むもの) が必要です。
components-reason-directory-too-young = 組織のディレクトリでは、こんなにすぐに再度変更することはできません。
components-reason-directory-protected = このアカウントは組織のディレクトリで保護されています。パスワードはセルフサービスではなく、ディレクトリ側で変更します。
components-reason-directory-no-account = 組織のディレクトリに、このユーザー名のアカウントはもうありません。ヘルプデスクにお問い合わせください。
# $words: ディレクトリ自身の文言 (多くは英語) をそのまま表示します。
components-reason-directory-other = 組織のディレクトリがパスワードを拒否しました: { $words }

# 組織のオンプレミス ディレクトリのルール（Latchkey のルールと併せて表示）。
components-check-directory-length = 組織のディレクトリでは { $min } 文字以上が必要です（現在 { $length } 文字）
components-check-complexity = 英大文字、英小文字、数字、記号のうち 3 種類
components-policy-directory-length = { $min } 文字以上（組織のディレクトリの要件です）。関連のない単語をいくつか組み合わせると、強力で覚えやすいパスワードになります。
components-policy-complexity = 英大文字、英小文字、数字、記号の 4 種類のうち 3 種類を含むこと（組織のディレクトリの要件です）。
components-policy-not-username = ユーザー名を含まないこと。
components-policy-directory-history = { $count ->
   *[other] 組織のディレクトリで直近 { $count } 回に使ったパスワードではないこと。
}
components-policy-directory-min-age = { $count ->
   *[other] 組織のディレクトリでは、変更後 { $count } 時間は次の変更ができません。
}
components-directory-too-short = 組織のディレクトリでは { $min } 文字以上が必要です（このパスワードは { $length } 文字です）。
components-directory-not-complex = 組織のディレクトリでは、英大文字、英小文字、数字、記号のうち 3 種類が必要です。
