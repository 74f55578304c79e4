# The account page's passkeys: the list, adding, renaming and removing one.

passkeys-title = パスキー
passkeys-intro = パスキーを使うと、パスワードの代わりに指紋、顔認証、画面ロックでサインインできます。このサイトでしか使えないため、だまし取られることもありません。
passkeys-none = パスキーはまだありません。
passkeys-unsupported = このブラウザーではパスキーを作成できません。
passkeys-dates = { $added } に追加、最終使用 { $used }
passkeys-dates-unused = { $added } に追加、未使用
passkeys-rename = 名前を変更
passkeys-remove = 削除
passkeys-name = 名前
passkeys-name-hint = パスキーを見分けられるように付けます（例:「仕事用ノートPC」）。
passkeys-name-missing = パスキーに名前を付けてください。
passkeys-name-long = 64文字以内で入力してください。
passkeys-save = 保存
passkeys-cancel = キャンセル
passkeys-renamed-title = パスキーの名前を変更しました
passkeys-renamed-body = 新しい名前は「{ $name }」です。
passkeys-remove-question = 「{ $name }」を削除しますか？ このパスキーではサインインできなくなります。
passkeys-remove-confirm = 削除する
passkeys-removed-title = パスキーを削除しました
passkeys-removed-body = 「{ $name }」ではサインインできなくなりました。デバイスからも削除できます。
passkeys-add = パスキーを追加
passkeys-create = パスキーを作成
passkeys-creating = パスキーを作成しています。ブラウザーの案内に従ってください…
passkeys-confirm-hint = サインインしてから数分以上たっています。ほかの人があなたのアカウントにパスキーを追加できないように、パスワードを入力してください。
passkeys-added-title = パスキーを追加しました
passkeys-added-body = これからはパスワードの代わりに「{ $name }」でサインインできます。
passkeys-cancelled = キャンセルしました。パスキーは追加されていません。
passkeys-on-device = このデバイスには、すでにこのアカウントのパスキーがあります。
passkeys-browser = ブラウザーでパスキーを作成できませんでした。もう一度試すか、別のデバイスを使用してください。
passkeys-default-name = { $system } の { $browser }
passkeys-numbered = パスキー { $number }
# The account page's offer of a first passkey, to someone who has none.
passkeys-offer-title = パスキーを作成しましょう
passkeys-offer-body = 次回から、指紋、顔認証、画面ロックでサインインできます。
passkeys-offer-create = パスキーを作成
passkeys-offer-later = 後で
