# The account page's passkeys: the list, adding, renaming and removing one.

passkeys-title = مفاتيح المرور
passkeys-intro = يتيح لك مفتاح المرور تسجيل الدخول ببصمتك أو وجهك أو قفل الشاشة بدلًا من كلمة المرور، ولا يعمل إلا على هذا الموقع، فلا يستطيع أحد خداعك للحصول عليه.
passkeys-none = ليس لديك مفاتيح مرور بعد.
passkeys-unsupported = لا يستطيع هذا المتصفح إنشاء مفاتيح مرور.
passkeys-dates = أُضيف في { $added }، وآخر استخدام في { $used }
passkeys-dates-unused = أُضيف في { $added }، ولم يُستخدم قط
passkeys-rename = إعادة التسمية
passkeys-remove = إزالة
passkeys-name = الاسم
passkeys-name-hint = لتميّز بين مفاتيح المرور لديك، مثل «حاسوب العمل».
passkeys-name-missing = أعطِ مفتاح المرور اسمًا.
passkeys-name-long = استخدم 64 حرفًا على الأكثر.
passkeys-save = حفظ
passkeys-cancel = إلغاء
passkeys-renamed-title = أُعيدت تسمية مفتاح المرور
passkeys-renamed-body = أصبح اسمه الآن «{ $name }».
passkeys-remove-question = هل تريد إزالة «{ $name }»؟ لن يعود بإمكانك تسجيل الدخول به.
passkeys-remove-confirm = نعم، أزله
passkeys-removed-title = أُزيل مفتاح المرور
passkeys-removed-body = لم يعد «{ $name }» يتيح لك تسجيل الدخول. يمكنك أيضًا حذفه من جهازك.
passkeys-add = إضافة مفتاح مرور
passkeys-create = إنشاء مفتاح المرور
passkeys-creating = جارٍ إنشاء مفتاح المرور: اتبع تعليمات متصفحك…
passkeys-confirm-hint = مرّت بضع دقائق أو أكثر منذ تسجيل دخولك: أدخل كلمة المرور لإضافة مفتاح مرور، حتى لا يتمكن أي شخص آخر من إضافة مفتاح إلى حسابك.
passkeys-added-title = أُضيف مفتاح المرور
passkeys-added-body = يمكنك الآن تسجيل الدخول باستخدام «{ $name }» بدلًا من كلمة المرور.
passkeys-cancelled = أُلغي الأمر: لم يُضف أي مفتاح مرور.
passkeys-on-device = يحتوي هذا الجهاز بالفعل على مفتاح مرور لحسابك.
passkeys-browser = تعذّر على متصفحك إنشاء مفتاح المرور. حاول مرة أخرى أو استخدم جهازًا آخر.
passkeys-default-name = { $browser } على { $system }
passkeys-numbered = مفتاح المرور { $number }
# The account page's offer of a first passkey, to someone who has none.
passkeys-offer-title = أنشئ مفتاح مرور
passkeys-offer-body = سجّل الدخول في المرة القادمة ببصمتك أو وجهك أو قفل الشاشة.
passkeys-offer-create = إنشاء مفتاح مرور
passkeys-offer-later = ليس الآن
