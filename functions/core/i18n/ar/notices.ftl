### إشعارات إلى الشخص بشأن حسابه.

notice-not-you = إذا لم تكن أنت، فاتصل بالمسؤول فورًا.
notice-contact = اتصل بالمسؤول: { $url }
# يحل محل notice-not-you في إشعار الأمان: يفرض $url إغلاقًا أمنيًا على الحساب (يعمل مرة واحدة، خلال 7 أيام).
notice-report-link = إذا لم تكن أنت، فافرض إغلاقًا أمنيًا على حسابك الآن: { $url }

notice-password-changed-subject = تم تغيير كلمة مرورك في { $org }
notice-password-changed = تم تغيير كلمة مرورك في { $org } في { $when }.
notice-password-reset-subject = تمت إعادة تعيين كلمة مرورك في { $org }
notice-password-reset = تمت إعادة تعيين كلمة مرورك في { $org } في { $when }.
notice-account-unlocked-subject = تم إلغاء قفل حسابك في { $org }
notice-account-unlocked = تم إلغاء قفل حسابك في { $org } في { $when }.
notice-password-set-subject = تم تعيين كلمة مرورك في { $org }
notice-password-set = تم تعيين كلمة مرورك في { $org } في { $when }.
notice-password-reset-by-admin-subject = أعاد المسؤول تعيين كلمة مرورك في { $org }
notice-password-reset-by-admin = أعاد المسؤول تعيين كلمة مرورك في { $org } في { $when }.
notice-account-unlocked-by-admin-subject = ألغى المسؤول قفل حسابك في { $org }
notice-account-unlocked-by-admin = ألغى المسؤول قفل حسابك في { $org } في { $when }.
notice-methods-cleared-subject = مسح المسؤول طرق تسجيل الدخول الخاصة بك في { $org }
notice-methods-cleared = مسح المسؤول طرق تسجيل الدخول الخاصة بك في { $org } في { $when }: سجّلها مجددًا عند تسجيل دخولك التالي.
notice-lockout-subject = تسجيل الدخول إلى حسابك في { $org } مقفل حتى { $until }
notice-lockout = قُفل تسجيل الدخول إلى حسابك في { $org } في { $when } بعد إدخال كلمات مرور خاطئة مرارًا، حتى { $until }.
notice-writeback-password-failed-subject = لم يصل تغيير كلمة مرورك في { $org } إلى دليل مؤسستك
notice-writeback-password-failed = لم يصل تغيير كلمة مرورك في { $org } الذي جرى في { $when } إلى دليل مؤسستك؛ كلمة مرورك لم تتغير.
notice-writeback-unlock-failed-subject = لم يصل إلغاء قفل حسابك في { $org } إلى دليل مؤسستك
notice-writeback-unlock-failed = لم يصل إلغاء قفل حسابك في { $org } الذي جرى في { $when } إلى دليل مؤسستك.
notice-authenticator-added-subject = أُضيف تطبيق مصادقة إلى حسابك في { $org }
notice-authenticator-added = أُضيف تطبيق مصادقة إلى حسابك في { $org } في { $when }.
notice-authenticator-removed-subject = أُزيل تطبيق المصادقة من حسابك في { $org }
notice-authenticator-removed = أُزيل تطبيق المصادقة من حسابك في { $org } في { $when }.
notice-recovery-code-used-subject = استُخدم رمز استرداد لتطبيق المصادقة في { $org } (المتبقي: { $left })
notice-recovery-code-used = استُخدم رمز استرداد لتطبيق المصادقة الخاص بك في { $org } في { $when } (المتبقي: { $left }).
notice-email-added-subject = أُضيف بريد إلكتروني بديل إلى حسابك في { $org }
notice-email-added = أُضيف بريد إلكتروني بديل إلى حسابك في { $org } في { $when }.
notice-email-removed-subject = أُزيل البريد الإلكتروني البديل من حسابك في { $org }
notice-email-removed = أُزيل البريد الإلكتروني البديل من حسابك في { $org } في { $when }.
notice-mobile-added-subject = أُضيف رقم جوال إلى حسابك في { $org }
notice-mobile-added = أُضيف رقم جوال إلى حسابك في { $org } في { $when }.
notice-mobile-removed-subject = أُزيل رقم الجوال من حسابك في { $org }
notice-mobile-removed = أُزيل رقم الجوال من حسابك في { $org } في { $when }.
notice-questions-set-subject = تم تعيين أسئلة الأمان الخاصة بك في { $org }
notice-questions-set = تم تعيين أسئلة الأمان الخاصة بك في { $org } في { $when }.
notice-questions-removed-subject = أُزيلت أسئلة الأمان الخاصة بك في { $org }
notice-questions-removed = أُزيلت أسئلة الأمان الخاصة بك في { $org } في { $when }.
notice-contacts-added-subject = أضاف المسؤول بيانات اتصال إلى حسابك في { $org } ({ $added })
notice-contacts-added = أضاف المسؤول بيانات اتصال إلى حسابك في { $org } في { $when } ({ $added }).
notice-roles-none-subject = تغيرت أدوار حسابك في { $org }: لم يعد لديه أي دور إداري
notice-roles-none = تغيرت أدوار حسابك في { $org } في { $when }: لم يعد لديه أي دور إداري.
notice-roles-now-subject = تغيرت أدوار حسابك في { $org }: أصبح لديه الآن [{ $roles }]
notice-roles-now = تغيرت أدوار حسابك في { $org } في { $when }: أصبح لديه الآن [{ $roles }].

notice-admin-roles-subject = { $org }: أصبح لدى المستخدم { $user } الآن الأدوار [{ $roles }] (غيّرها { $by })
notice-admin-roles = { $org }: أصبح لدى المستخدم { $user } الأدوار [{ $roles }] منذ { $when } (غيّرها { $by }).
notice-admin-password-reset-subject = { $org }: أعاد { $by } تعيين كلمة مرور المسؤول { $user }
notice-admin-password-reset = { $org }: أعاد { $by } تعيين كلمة مرور المسؤول { $user } في { $when }.
notice-admin-self-reset-subject = { $org }: أعاد أحد المسؤولين تعيين كلمة مروره
notice-admin-self-reset = أعاد المسؤول { $name } ({ $user }) تعيين كلمة مروره في { $org } بالخدمة الذاتية في { $when }. إذا لم يكن ذلك متوقعًا، فتحقق من الحساب الآن.

role-admin = مسؤول
role-helpdesk = مكتب الدعم
role-reports-reader = قارئ التقارير
notice-breached-at-sign-in-subject = كلمة مرورك في { $org } موجودة في تسريبات بيانات معروفة: غيّرها الآن
notice-breached-at-sign-in = عُثر على كلمة مرورك في { $org } ضمن كلمات مرور كُشفت في تسريبات بيانات عند تسجيل دخولك في { $when }. اختر كلمة مرور جديدة الآن: وحتى تفعل ذلك، لا يمكن لحسابك إلا تغيير كلمة المرور.
notice-password-expiring-subject =
    { $days ->
        [zero] تنتهي صلاحية كلمة مرورك في { $org } اليوم
        [one] تنتهي صلاحية كلمة مرورك في { $org } خلال يوم واحد
        [two] تنتهي صلاحية كلمة مرورك في { $org } خلال يومين
        [few] تنتهي صلاحية كلمة مرورك في { $org } خلال { $days } أيام
        [many] تنتهي صلاحية كلمة مرورك في { $org } خلال { $days } يومًا
       *[other] تنتهي صلاحية كلمة مرورك في { $org } خلال { $days } يوم
    }
notice-password-expiring =
    { $days ->
        [zero] تنتهي صلاحية كلمة مرورك في { $org } في { $expires }. غيّرها قبل ذلك لتواصل تسجيل الدخول دون انقطاع.
        [one] تنتهي صلاحية كلمة مرورك في { $org } في { $expires }، بعد يوم واحد. غيّرها قبل ذلك لتواصل تسجيل الدخول دون انقطاع.
        [two] تنتهي صلاحية كلمة مرورك في { $org } في { $expires }، بعد يومين. غيّرها قبل ذلك لتواصل تسجيل الدخول دون انقطاع.
        [few] تنتهي صلاحية كلمة مرورك في { $org } في { $expires }، بعد { $days } أيام. غيّرها قبل ذلك لتواصل تسجيل الدخول دون انقطاع.
        [many] تنتهي صلاحية كلمة مرورك في { $org } في { $expires }، بعد { $days } يومًا. غيّرها قبل ذلك لتواصل تسجيل الدخول دون انقطاع.
       *[other] تنتهي صلاحية كلمة مرورك في { $org } في { $expires }، بعد { $days } يوم. غيّرها قبل ذلك لتواصل تسجيل الدخول دون انقطاع.
    }
notice-change-here = غيّرها من هنا: { $url }
digest-subject = { $org }: الأسبوع في الخدمة الذاتية لكلمات المرور
digest-intro = الأيام السبعة حتى { $to } في { $org }:
digest-resets = عمليات إعادة التعيين الذاتية: { $resets }. عمليات إعادة التعيين من المسؤول: { $admin_resets }.
digest-failures = الإخفاقات: { $failed }. المحاولات المحظورة: { $blocked }. الأنماط المريبة: { $suspicious }.
digest-lockdowns = الحسابات التي فعّل أصحابها الإغلاق الأمني («لم أكن أنا»): { $locked_down }.
digest-registration = التسجيل: سجّل { $registered } من أصل { $users } مستخدمًا طرقًا كافية.
digest-link = التقارير: { $url }
notice-locked-down-subject = حسابك في { $org } في حالة إغلاق أمني
notice-locked-down = أبلغت في { $when } عن تغيير في حسابك في { $org } لم تقم به. انتهت كل الجلسات، وأُوقف تسجيل الدخول وإعادة تعيين كلمة المرور والتسجيل. اتصل بمكتب الدعم: سيتحققون من هويتك ويساعدونك على الدخول مجددًا.
# $user: اسم المستخدم؛ $name: الاسم المعروض للشخص.
notice-admin-account-reported-subject = { $org }: أبلغ { $user } عن تغيير لم يقم به
notice-admin-account-reported = أبلغ { $name } ({ $user }) في { $when } عن تغيير في حسابه في { $org } لم يقم به. الحساب في حالة إغلاق أمني: انتهت كل الجلسات، وأُوقف تسجيل الدخول وإعادة تعيين كلمة المرور والتسجيل. تحقق من هويته، وأعد تعيين كلمة مروره بإعادة تعيين موثَّقة من مكتب الدعم، ثم ارفع الإغلاق الأمني من وحدة تحكم المسؤول.
# دعوة حملة التسجيل (بالبريد الإلكتروني). $url: صفحة التسجيل في البوابة، بعد تسجيل الدخول.
campaign-invite-subject = إعداد إعادة تعيين كلمة مرورك في { $org }
campaign-invite = تطلب منك { $org } إعداد إعادة تعيين كلمة المرور بالخدمة الذاتية: سجّل طريقة لإثبات هويتك (عنوان بريد إلكتروني آخر أو رقم جوال أو تطبيق مصادقة)، لتتمكن من إعادة تعيين كلمة مرور منسية أو إلغاء قفل حسابك بنفسك في أي وقت. لا يستغرق ذلك سوى دقيقتين.
campaign-invite-link = سجّل الدخول وأعِدّها من هنا: { $url }
# $name: الاسم الذي أعطاه المستخدم لمفتاح المرور.
notice-passkey-added-subject = أُضيف مفتاح مرور إلى حسابك في { $org }
notice-passkey-added = أُضيف مفتاح مرور باسم «{ $name }» إلى حسابك في { $org } في { $when }.
notice-passkey-removed-subject = أُزيل مفتاح مرور من حسابك في { $org }
notice-passkey-removed = أُزيل مفتاح المرور المسمّى «{ $name }» من حسابك في { $org } في { $when }.
# $until: موعد توقف التصريح عن العمل.
notice-access-pass-issued-subject = أُصدر تصريح وصول مؤقت لحسابك في { $org }
notice-access-pass-issued = أُصدر تصريح وصول مؤقت لحسابك في { $org } في { $when }. وهو صالح حتى { $until }، ولا يُستخدم إلا لإعداد مفتاح مرور أو تطبيق مصادقة واختيار كلمة مرور خاصة بك.
notice-access-pass-used-subject = استُخدم تصريح وصول مؤقت لتسجيل الدخول إلى حسابك في { $org }
notice-access-pass-used = استُخدم تصريح وصول مؤقت لتسجيل الدخول إلى حسابك في { $org } في { $when }.
notice-access-pass-revoked-subject = أُلغي تصريح الوصول المؤقت الخاص بحسابك في { $org }
notice-access-pass-revoked = أُلغي تصريح الوصول المؤقت الخاص بحسابك في { $org } في { $when }؛ ولم يعد يعمل.
notice-webhook-paused-subject = أُوقف خطاف الويب لدى { $org } إلى { $url } مؤقتًا: أخفقت تسليماته طوال يوم
notice-webhook-paused = أُوقف خطاف الويب لدى { $org } إلى { $url } مؤقتًا: أخفقت تسليماته طوال يوم. لن يُرسل إليه شيء حتى يستأنفه مسؤول من وحدة التحكم؛ وما فات ينتظر في سجل التسليم، في { $when }.
