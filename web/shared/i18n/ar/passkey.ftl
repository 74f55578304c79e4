# Passkeys on the sign-in page of both apps: the button under the form, what
# it says while the browser asks, and the second step of a sign-in.

passkey-name = مفتاح المرور
passkey-sign-in = تسجيل الدخول باستخدام مفتاح مرور
passkey-waiting = اتبع تعليمات متصفحك لاستخدام مفتاح المرور…
passkey-cancelled = أُلغي الأمر: لم يُستخدم أي مفتاح مرور. يمكنك المحاولة مرة أخرى.
passkey-browser = تعذّر على هذا المتصفح استخدام مفتاح مرور هنا. حاول مرة أخرى أو سجّل الدخول بطريقة أخرى.
passkey-refused-title = لم يُقبل مفتاح المرور هذا
passkey-refused-body = ربما أُزيل من حسابك. سجّل الدخول بكلمة المرور بدلًا من ذلك.
passkey-use = استخدم مفتاح المرور
passkey-only-lead = أكمل تسجيل الدخول باستخدام مفتاح المرور الذي أضفته إلى هذا الحساب.
