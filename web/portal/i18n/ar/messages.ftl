# What a failed request means to the person in front of the page.

messages-invalid-credentials-title = اسم المستخدم أو كلمة المرور غير صحيحة
messages-invalid-credentials-body = تحقّق من كليهما وحاول مرة أخرى. كثرة المحاولات الخاطئة تقفل الحساب لبعض الوقت.
messages-forgot-password = هل نسيت كلمة المرور؟
messages-locked-title = حسابك مقفل
messages-locked-body-at = أُدخلت كلمات مرور خاطئة مرات كثيرة. سيُفتح القفل تلقائيًا عند الساعة { $time }. يمكنك فتحه الآن بإثبات هويتك.
messages-locked-body = أُدخلت كلمات مرور خاطئة مرات كثيرة. سيُفتح القفل تلقائيًا بعد فترة. يمكنك فتحه الآن بإثبات هويتك.
messages-unlock-link = فتح قفل حسابك
messages-disabled-title = حسابك معطّل
messages-disabled-body = لا يمكن إعادة تفعيله إلا من قِبل المسؤول.
messages-session-ended-title = يُرجى تسجيل الدخول مرة أخرى
messages-session-ended-body = انتهت جلستك.
messages-too-many-title = محاولات كثيرة جدًا
messages-too-many-body-at = حرصًا على أمانك، أُوقف هذا مؤقتًا. حاول مرة أخرى { $when } (عند الساعة { $time }).
messages-too-many-body = حرصًا على أمانك، أُوقف هذا لبعض الوقت. حاول مرة أخرى لاحقًا.
messages-phone-limit-title = لا مزيد من الرسائل النصية أو المكالمات إلى هذا الرقم اليوم
messages-phone-limit-body = اختر طريقة أخرى لإثبات هويتك، مثل بريدك الإلكتروني أو أسئلة الأمان.
messages-phone-country-title = لا يمكن استخدام هذا الرقم
messages-phone-country-body = لا ترسل مؤسستك رسائل نصية أو مكالمات إلى أرقام في ذلك البلد. استخدم رقمًا آخر.
messages-change-required-title = غيّر كلمة المرور أولًا
messages-change-required-body = انتهت صلاحية كلمة المرور أو عيّنها المسؤول. اختر كلمة مرور جديدة للمتابعة.
messages-change-link = تغيير كلمة المرور
messages-reset-expired-title = انتهت صلاحية هذا الطلب
messages-reset-expired-body = إما أنه اكتمل بالفعل أو تُرك مدة طويلة. ابدأ من جديد؛ لن يستغرق الأمر سوى دقيقة.
messages-code-expired-title = انتهت صلاحية هذا الرمز
messages-code-expired-body = أرسل رمزًا جديدًا واستخدمه قبل انتهاء صلاحيته.
messages-challenge-required-title = أرسل رمزًا أولًا
messages-challenge-required-body = اختر وجهة إرسال الرمز، ثم أدخله هنا.
messages-reset-incomplete-title = خطوة أخرى
messages-reset-incomplete-body = { $count ->
    [zero] أثبت هويتك قبل اختيار كلمة المرور.
    [one] أثبت هويتك مرة أخرى قبل اختيار كلمة المرور.
    [two] أثبت هويتك مرتين أخريين قبل اختيار كلمة المرور.
    [few] أثبت هويتك { $count } مرات أخرى قبل اختيار كلمة المرور.
    [many] أثبت هويتك { $count } مرة أخرى قبل اختيار كلمة المرور.
   *[other] أثبت هويتك { $count } مرة أخرى قبل اختيار كلمة المرور.
}
messages-rejected-title = اختر كلمة مرور أخرى
messages-rejected-body = اطّلع على الأسباب أسفل كلمة المرور الجديدة.

messages-directory-unavailable-title = تعذّر الوصول إلى دليل مؤسستك
messages-directory-unavailable-body = يتحقق دليل مؤسستك من كلمة المرور الخاصة بك، وهو لا يستجيب الآن. لم يتغيّر شيء. حاول مرة أخرى بعد بضع دقائق.
messages-directory-unconfirmed-title = لم يُؤكَّد التغيير
messages-directory-unconfirmed-body = لم يؤكد دليل مؤسستك كلمة المرور الجديدة في الوقت المحدد. ربما قبِلها: بعد بضع دقائق، حاول تسجيل الدخول بكلمة المرور الجديدة؛ وإن لم ينجح ذلك، فكلمة المرور القديمة لا تزال صالحة.

# أبلغ صاحب الحساب عن تغيير لم يقم به ("لم أقم بهذا").
messages-locked-down-title = حسابك في حالة إغلاق أمني
messages-locked-down-body = حسابك في حالة إغلاق أمني لأنك أبلغت عن شيء لم تقم به. تواصل مع مكتب الدعم الفني: سيتحققون من هويتك ويساعدونك على الدخول مجددًا.
