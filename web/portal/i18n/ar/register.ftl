# "Set up password reset".

register-title = إعداد إعادة تعيين كلمة المرور
register-lead = إذا نسيت كلمة المرور أو أُقفل حسابك، تتيح لك هذه الطرق إثبات هويتك والعودة إلى حسابك بنفسك.
register-back = العودة إلى حسابك
register-method-email = البريد الإلكتروني
register-method-sms = الهاتف المحمول
register-method-voice = مكالمة هاتفية
register-method-questions = أسئلة الأمان
register-method-authenticator = تطبيق المصادقة
# Same as English.
register-method-line = { $method }: { $hint }
register-questions-answered = { $count ->
    [zero] أسئلة الأمان: لم يُجَب عن أي سؤال
    [one] أسئلة الأمان: سؤال واحد مُجاب عنه
    [two] أسئلة الأمان: سؤالان مُجاب عنهما
    [few] أسئلة الأمان: { $count } أسئلة مُجاب عنها
    [many] أسئلة الأمان: { $count } سؤالًا مُجابًا عنه
   *[other] أسئلة الأمان: { $count } سؤال مُجاب عنه
}
register-complete = كل شيء جاهز.
register-incomplete = { $count ->
    [zero] أضف طرقًا أخرى لإثبات هويتك.
    [one] أضف طريقة أخرى لإثبات هويتك.
    [two] أضف طريقتين أخريين لإثبات هويتك.
    [few] أضف { $count } طرق أخرى لإثبات هويتك.
    [many] أضف { $count } طريقة أخرى لإثبات هويتك.
   *[other] أضف { $count } طريقة أخرى لإثبات هويتك.
}
register-confirm-due = يُرجى التحقّق من أن هذه البيانات لا تزال صحيحة.
register-not-in-scope = إعادة التعيين بالخدمة الذاتية غير مفعّلة لحسابك. اسأل المسؤول.
register-progress-enough = { $registered ->
    [zero] لا توجد طرق مسجّلة؛ تحتاج إعادة التعيين إلى { $required }.
    [one] طريقة واحدة مسجّلة؛ تحتاج إعادة التعيين إلى { $required }.
    [two] طريقتان مسجّلتان؛ تحتاج إعادة التعيين إلى { $required }.
    [few] { $registered } طرق مسجّلة؛ تحتاج إعادة التعيين إلى { $required }.
    [many] { $registered } طريقة مسجّلة؛ تحتاج إعادة التعيين إلى { $required }.
   *[other] { $registered } طريقة مسجّلة؛ تحتاج إعادة التعيين إلى { $required }.
}
register-progress-short = المسجّل { $registered } من أصل { $required } تحتاج إليها إعادة التعيين.
register-set-by-org = (عيّنتها مؤسستك)
register-remove = إزالة
register-remove-label = إزالة { $method }
register-remove-first-title = أضف طريقة أخرى أولًا
register-remove-first-body = { $count ->
    [zero] تحتاج إلى طرق لإثبات هويتك.
    [one] تحتاج إلى طريقة واحدة على الأقل لإثبات هويتك.
    [two] تحتاج إلى طريقتين على الأقل لإثبات هويتك.
    [few] تحتاج إلى { $count } طرق على الأقل لإثبات هويتك.
    [many] تحتاج إلى { $count } طريقة على الأقل لإثبات هويتك.
   *[other] تحتاج إلى { $count } طريقة على الأقل لإثبات هويتك.
}
register-authenticator-hint = رمز من تطبيق على هاتفك: لا يُرسل أي شيء، ويعمل دون اتصال بالإنترنت.
register-authenticator-link = إعداد تطبيق مصادقة
register-email-title = بريد إلكتروني بديل
register-email-label = عنوان البريد الإلكتروني
register-email-hint = عنوان شخصي، وليس عنوان العمل.
register-email-added = تمت إضافة البريد الإلكتروني البديل
register-mobile-title = الهاتف المحمول
register-mobile-label = رقم الهاتف المحمول
register-mobile-hint = مع رمز البلد، مثل ‎+14255550123.
register-mobile-added = تمت إضافة الهاتف المحمول
register-added-body = يمكن الآن استخدامه لإعادة تعيين كلمة المرور.
register-sending = جارٍ الإرسال…
register-send = إرسال رمز
register-replace-send = الاستبدال وإرسال رمز
register-sent-to = أرسلنا رمزًا إلى { $hint }. أدخله لإكمال العملية.
register-code = الرمز
register-code-wrong = { $count ->
    [zero] هذا الرمز غير صحيح. لم تتبقَّ أي محاولة.
    [one] هذا الرمز غير صحيح. تتبقّى محاولة واحدة.
    [two] هذا الرمز غير صحيح. تتبقّى محاولتان.
    [few] هذا الرمز غير صحيح. تتبقّى { $count } محاولات.
    [many] هذا الرمز غير صحيح. تتبقّى { $count } محاولة.
   *[other] هذا الرمز غير صحيح. تتبقّى { $count } محاولة.
}
register-questions-hint = اختر أسئلة لا يعرف إجاباتها غيرك ولن تنساها. لا تهمّ حالة الأحرف ولا المسافات.
register-question = السؤال { $number }
register-answer = الإجابة { $number }
register-answer-placeholder = إجابتك
register-saving = جارٍ الحفظ…
register-save-questions = حفظ الأسئلة
register-questions-saved-title = تم حفظ أسئلة الأمان
register-questions-saved-body = يمكن الآن استخدامها لإعادة تعيين كلمة المرور.
register-still-right = هل لا تزال هذه البيانات صحيحة؟ إبقاؤها محدّثة هو ما يتيح لك العودة إلى حسابك.
register-looks-good = نعم، البيانات صحيحة
register-confirmed-title = شكرًا
register-confirmed-body = تم تأكيد طرق إعادة تعيين كلمة المرور.
register-reauth-title = أكّد هويتك
register-reauth-body = يتطلب تغيير طريقة إثبات هويتك إدخال كلمة المرور، حتى لا يتمكّن أحد غيرك من إضافة بريده الإلكتروني أو هاتفه إلى حسابك.
register-reauth-password = كلمة المرور
register-reauth-wrong = كلمة المرور هذه غير صحيحة.
register-reauth-confirm = تأكيد
register-reauth-cancel = إلغاء
register-thanks-title = شكرًا، تم التحقّق من هويتك
register-thanks-body = أجرِ التغيير الآن مرة أخرى. لن يُطلب منك ذلك خلال الدقائق القليلة القادمة.
