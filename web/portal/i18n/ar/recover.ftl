# "Can't access your account?": reset or unlock.

recover-reset-title = إعادة تعيين كلمة المرور
recover-unlock-title = فتح قفل حسابك
recover-progress = الخطوة { $step } من { $total }: { $name }
recover-step-username = من أنت؟
recover-step-methods = اختر طريقة استلام الرمز
recover-step-code = أدخل الرمز
recover-step-questions = أجب عن أسئلة الأمان
recover-step-new-password = اختر كلمة مرور جديدة
recover-reset-lead = هل نسيت كلمة المرور؟ أثبت هويتك واختر كلمة مرور جديدة.
recover-unlock-lead = هل أُقفل حسابك بعد محاولات كثيرة؟ أثبت هويتك وسيُرفع القفل. تبقى كلمة المرور كما هي.
recover-enter-username = أدخل اسم المستخدم.
recover-looking-up = جارٍ البحث عن حسابك…
recover-next = التالي
recover-back = العودة إلى تسجيل الدخول
recover-method-email = إرسال رمز بالبريد الإلكتروني إلى { $hint }
recover-method-sms = إرسال رمز برسالة نصية إلى { $hint }
recover-method-questions = { $count ->
    [zero] الإجابة عن أسئلة الأمان
    [one] الإجابة عن سؤال أمان واحد
    [two] الإجابة عن سؤالَي أمان
    [few] الإجابة عن { $count } أسئلة أمان
    [many] الإجابة عن { $count } سؤال أمان
   *[other] الإجابة عن { $count } سؤال أمان
}
recover-method-voice = الاتصال بالرقم { $hint } وقراءة رمز صوتيًا
recover-method-authenticator = إدخال رمز من تطبيق المصادقة
recover-method-done = { $method } (تم)
recover-need-ways = حرصًا على أمانك، يلزم إثبات هويتك بطرق عددها { $required }. { $remaining ->
    [zero] لم يتبقَّ شيء.
    [one] تتبقّى طريقة واحدة.
    [two] تتبقّى طريقتان.
    [few] تتبقّى { $remaining } طرق.
    [many] تتبقّى { $remaining } طريقة.
   *[other] تتبقّى { $remaining } طريقة.
}
recover-need-one = سنرسل إليك رمزًا لمرة واحدة.
recover-where-title = إلى أين نرسل الرمز؟
recover-choose-title = اختر طريقة
recover-choose-body = حدّد الوجهة التي نرسل إليها الرمز.
recover-sending = جارٍ الإرسال…
recover-send-code = إرسال الرمز
recover-unrecognised = لا تعرف هذه البيانات؟ ربما لم تعد بياناتك محدّثة.
recover-sent-sms = أرسلنا رمزًا برسالة نصية إلى { $hint }.
recover-sent-voice = نتصل الآن بالرقم { $hint }؛ سيُقرأ الرمز مرتين.
recover-sent-app = أدخل الرمز المكوّن من 6 أرقام الذي يعرضه تطبيق المصادقة الآن، أو أحد رموز الاسترداد.
recover-sent-email = أرسلنا رمزًا بالبريد الإلكتروني إلى { $hint }. قد يستغرق وصوله دقيقة؛ تحقّق من مجلد الرسائل غير المرغوب فيها أيضًا.
recover-code-until = يصلح الرمز لمرة واحدة وحتى الساعة { $time }.
recover-code = الرمز
recover-enter-code = أدخل الرمز الوارد في الرسالة.
recover-code-wrong = هذا الرمز غير صحيح.
recover-code-wrong-left = هذا الرمز غير صحيح. { $count ->
    [0] لم تتبقَّ محاولات لهذا الرمز: أرسل رمزًا جديدًا.
    [zero] لم تتبقَّ محاولات لهذا الرمز: أرسل رمزًا جديدًا.
    [one] تتبقّى محاولة واحدة.
    [two] تتبقّى محاولتان.
    [few] تتبقّى { $count } محاولات.
    [many] تتبقّى { $count } محاولة.
   *[other] تتبقّى { $count } محاولة.
}
recover-new-code-title = تم إرسال رمز جديد
recover-new-code-body = استخدم أحدث رمز؛ الرموز الأقدم لم تعد صالحة.
recover-send-new = إرسال رمز جديد
recover-try-another = تجربة طريقة أخرى
recover-questions-lead = أجب عن الأسئلة التي اخترتها عند إعداد إعادة تعيين كلمة المرور. لا تهمّ حالة الأحرف ولا المسافات.
recover-answers-wrong-title = إجابة واحدة على الأقل غير صحيحة
recover-answers-wrong-body = { $count ->
    [zero] راجعها وحاول مرة أخرى. أي محاولة خاطئة أخرى ستوقف إعادة التعيين مؤقتًا لحسابك.
    [one] راجعها وحاول مرة أخرى. محاولة خاطئة واحدة أخرى ستوقف إعادة التعيين مؤقتًا لحسابك.
    [two] راجعها وحاول مرة أخرى. محاولتان خاطئتان أخريان ستوقفان إعادة التعيين مؤقتًا لحسابك.
    [few] راجعها وحاول مرة أخرى. { $count } محاولات خاطئة أخرى ستوقف إعادة التعيين مؤقتًا لحسابك.
    [many] راجعها وحاول مرة أخرى. { $count } محاولة خاطئة أخرى ستوقف إعادة التعيين مؤقتًا لحسابك.
   *[other] راجعها وحاول مرة أخرى. { $count } محاولة خاطئة أخرى ستوقف إعادة التعيين مؤقتًا لحسابك.
}
recover-saving = جارٍ الحفظ…
recover-set-new = تعيين كلمة المرور الجديدة
recover-reset-done-title = تمت إعادة تعيين كلمة المرور
recover-reset-done-body = فُتح قفل حسابك أيضًا، وسُجّل الخروج من كل الجلسات الأخرى. أبلغناك بالبريد الإلكتروني وبرسالة نصية، فستعرف إن لم تكن أنت من قام بذلك.
recover-unlock-done-title = فُتح قفل حسابك
recover-unlock-done-body = لم تتغيّر كلمة المرور. سجّل الدخول بها كالمعتاد.
recover-start-again = البدء من جديد

## A passkey as a way to prove it's you: the browser asks for it, nothing is sent.

recover-step-how = اختر طريقة إثبات هويتك
recover-step-passkey = استخدم مفتاح المرور
recover-method-passkey = مفتاح المرور: بصمتك أو وجهك أو قفل الشاشة
recover-how-title = كيف تريد إثبات هويتك؟
recover-need-passkey = أثبت هويتك بمفتاح المرور الذي أضفته إلى حسابك.
recover-passkey-enough = يكفي مفتاح المرور وحده.
recover-passkey-unsupported = لا يستطيع هذا المتصفح استخدام مفاتيح المرور: اختر طريقة أخرى، أو افتح هذه الصفحة في متصفح يستطيع ذلك.
recover-passkey-only-unsupported = لا يستطيع هذا المتصفح استخدام مفاتيح المرور، ومفتاح المرور هو الطريقة الوحيدة لإثبات هويتك. افتح هذه الصفحة على جهاز أو في متصفح يستطيع استخدام مفتاح المرور.
recover-passkey-lead = سيطلب متصفحك مفتاح المرور الذي أضفته إلى هذا الحساب: بصمتك أو وجهك أو قفل الشاشة، أو هاتفك.
recover-passkey-cancelled = لم يُستخدم أي مفتاح مرور: أُغلقت النافذة، أو لا يحتوي هذا الجهاز على مفتاح لحسابك. يمكنك المحاولة مرة أخرى.
recover-passkey-browser = تعذّر على هذا المتصفح استخدام مفتاح مرور هنا. يمكنك المحاولة مرة أخرى أو استخدام جهاز آخر.
recover-passkey-again = حاول مرة أخرى
recover-passkey-refused-title = لم يُقبل مفتاح المرور هذا
recover-passkey-refused-body = استخدم مفتاح مرور أضفته إلى هذا الحساب.
recover-passkey-refused-left = استخدم مفتاح مرور أضفته إلى هذا الحساب. { $count ->
    [0] لم تتبقَّ محاولات: جرّب طريقة أخرى أو ابدأ من جديد.
    [zero] لم تتبقَّ محاولات: جرّب طريقة أخرى أو ابدأ من جديد.
    [one] تتبقّى محاولة واحدة.
    [two] تتبقّى محاولتان.
    [few] تتبقّى { $count } محاولات.
    [many] تتبقّى { $count } محاولة.
   *[other] تتبقّى { $count } محاولة.
}
recover-passkey-expired-title = انتهت مهلة طلب مفتاح المرور
recover-passkey-expired-body = لا يدوم الطلب إلا بضع دقائق. حاول مرة أخرى للحصول على طلب جديد.
