### سجل التدقيق بالكلمات: اسم كل إجراء ونتيجته ورموز أسبابه كما يقرؤها الشخص
### (سجل النشاط والتقارير في وحدة التحكم، والأعمدة الأخيرة في ملف CSV).

## اسم كل إجراء في بداية جملة.

audit-action-sign-in = تسجيل الدخول
audit-action-sign-out = تسجيل الخروج
audit-action-session-ended = انتهاء الجلسة
audit-action-password-change = تغيير كلمة المرور
audit-action-account-lockout = قفل الحساب
audit-action-user-created = إنشاء مستخدم
audit-action-settings-changed = تغيير الإعدادات
audit-action-reset-started = بدء إعادة التعيين
audit-action-reset-code-sent = إرسال رمز إعادة التعيين
audit-action-reset-code-failed = رمز إعادة تعيين خاطئ
audit-action-reset-method-verified = إثبات طريقة إعادة التعيين
audit-action-reset-blocked = رفض إعادة التعيين
audit-action-reset-completed = اكتمال إعادة التعيين
audit-action-account-unlocked = فتح قفل الحساب
audit-action-method-code-sent = إرسال رمز التسجيل
audit-action-method-code-failed = رمز تسجيل خاطئ
audit-action-method-registered = تسجيل طريقة
audit-action-method-removed = إزالة طريقة
audit-action-methods-confirmed = تأكيد الطرق
audit-action-user-updated = تعديل مستخدم
audit-action-admin-password-reset = إعادة تعيين كلمة المرور بواسطة مشغّل
audit-action-roles-changed = تغيير الأدوار
audit-action-user-deleted = حذف مستخدم
audit-action-invitation-sent = إرسال دعوة
audit-action-invitation-accepted = استخدام دعوة
audit-action-helpdesk-check = تحقق مكتب الدعم من الهوية
audit-action-group-created = إنشاء مجموعة
audit-action-group-updated = تعديل مجموعة
audit-action-group-renamed = إعادة تسمية مجموعة
audit-action-group-deleted = حذف مجموعة
audit-action-group-member-added = إضافة إلى مجموعة
audit-action-group-member-removed = إزالة من مجموعة
audit-action-breached-password-audited = قبول كلمة مرور مسرّبة (تدقيق فقط)
audit-action-agent-enrolment-issued = إصدار رمز تسجيل وكيل
audit-action-agent-enrolled = تسجيل وكيل
audit-action-agent-keys-rotated = استبدال مفاتيح الوكيل
audit-action-agent-revoked = إلغاء وكيل
audit-action-directory-synced = مزامنة الدليل
audit-action-client-created = إنشاء عميل واجهة برمجة
audit-action-client-secret-rotated = تجديد سر عميل واجهة البرمجة
audit-action-client-revoked = إلغاء عميل واجهة برمجة
audit-action-client-token-refused = رفض رمز عميل واجهة البرمجة
audit-action-webhook-created = اشتراك في خطاف ويب
audit-action-webhook-changed = تغيير خطاف ويب
audit-action-webhook-secret-rotated = تجديد سر توقيع خطاف الويب
audit-action-webhook-deleted = حذف خطاف ويب
audit-action-webhook-paused = إيقاف خطاف الويب مؤقتًا بعد يوم من الإخفاقات
audit-action-preference-changed = تغيير تفضيل

## كيف انتهى الحدث، بكلمة.

audit-outcome-success = نجح
audit-outcome-failure = فشل
audit-outcome-locked = مقفل
audit-outcome-blocked = محظور

## ما يعنيه كل رمز سبب، كجزء من قائمة.

audit-reason-account-disabled = الحساب معطّل
audit-reason-account-locked = قُفل الحساب
audit-reason-administrator = بواسطة مسؤول
audit-reason-answers-invalid = إجابات خاطئة
audit-reason-audit-only = قُبلت لأن فحص التسريب يكتفي بالتسجيل
audit-reason-authenticator-code-invalid = رمز تطبيق مصادقة خاطئ
audit-reason-passkey = بمفتاح مرور
audit-reason-passkey-invalid = مفتاح مرور لم يُقبل
audit-reason-passkey-model-not-allowed = طراز أداة مصادقة لا تقبله المؤسسة
audit-reason-passkey-renamed = مفتاح مرور أُعيدت تسميته
audit-reason-access-pass = بتصريح وصول مؤقت
audit-reason-access-pass-invalid = تصريح وصول مؤقت خاطئ أو لم يبدأ بعد أو مستنفد أو منتهي الصلاحية
audit-reason-one-time = صالح لتسجيل دخول واحد
audit-reason-multi-use = صالح لعدة عمليات تسجيل دخول
audit-reason-minutes = مدة الصلاحية بالدقائق
audit-reason-replaced = يحل محل التصريح السابق
audit-reason-revoked = أُلغي
audit-reason-banned = كلمة محظورة
audit-reason-breached = موجودة في تسريبات معروفة
audit-reason-code-expired = انتهت صلاحية الرمز
audit-reason-code-invalid = رمز خاطئ
audit-reason-code-sent = أُرسل رمز
audit-reason-corpus = في مجموعة التسريبات
audit-reason-custom-banned = إحدى الكلمات المحظورة لدى المؤسسة
audit-reason-directory-complexity = قواعد التعقيد في الدليل
audit-reason-directory-refused = رفضها الدليل
audit-reason-directory-unavailable = تعذّر الوصول إلى الدليل
audit-reason-failed-proofs = إثباتات فاشلة كثيرة جدًا
audit-reason-failed-proofs-per-day = إثباتات فاشلة كثيرة جدًا اليوم
audit-reason-flow-send-limit = رموز كثيرة جدًا في إعادة تعيين واحدة
audit-reason-helpdesk = بواسطة مكتب الدعم
audit-reason-import = بواسطة استيراد
audit-reason-in-history = كلمة مرور مستخدمة من قبل
audit-reason-invalid-scope = نطاق لا يملكه العميل
audit-reason-max-length = طويلة جدًا
audit-reason-min-length = قصيرة جدًا
audit-reason-named-by-a-user-edit = مذكور في تعديل مستخدم
audit-reason-no-invitation = لم تكن هناك دعوة معلّقة
audit-reason-no-password = لم تكن هناك كلمة مرور معيّنة
audit-reason-not-registered = غير مسجّل
audit-reason-out-of-scope = غير مسموح له بإعادة التعيين
audit-reason-personal = تحتوي على اسم الشخص
audit-reason-phone-cap = حد الإنفاق على الهاتف
audit-reason-recovery-code = برمز استرداد
audit-reason-refresh-reused = عاد بيان اعتماد تحديث مستخدم من قبل
audit-reason-second-factor-required = كان عامل ثانٍ مطلوبًا
audit-reason-self-service = بواسطة الشخص نفسه
audit-reason-send-failed = تعذّر إرسال الرسالة
audit-reason-send-limit = أُرسلت رموز كثيرة جدًا
audit-reason-sessions-ended = أُنهيت كل الجلسات
audit-reason-temporary-password = بكلمة مرور مؤقتة
audit-reason-temporary-password-expired = انتهت صلاحية كلمة المرور المؤقتة
audit-reason-too-many-failures = إخفاقات كثيرة جدًا
audit-reason-unknown-client = عميل واجهة برمجة غير معروف
audit-reason-unknown-user = لا يوجد مستخدم كهذا
audit-reason-unlock = لفتح القفل
audit-reason-verified = بعد التحقق من الهوية
audit-reason-wrong-password = كلمة مرور خاطئة
audit-reason-wrong-secret = سر عميل خاطئ

# سبب مع تفصيله.
# Same as English.
audit-reason-detail = { $reason }: { $detail }
audit-action-breached-password-found = العثور على كلمة مرور مسرّبة عند تسجيل الدخول
audit-action-expiry-reminder-sent = إرسال تذكير بانتهاء صلاحية كلمة المرور
audit-action-scheduled-run = تشغيل مجدول
audit-action-account-reported = بلاغ من صاحب الحساب
audit-action-lockdown-lifted = رفع الإغلاق الأمني
audit-reason-account-locked-down = الحساب في حالة إغلاق أمني فرضه صاحبه
audit-reason-activity = من النشاط الأخير
audit-reason-notice-link = من رابط في إشعار أمان
audit-reason-reported = أُبلغ عنه
audit-action-campaign-started = بدء حملة التسجيل
audit-action-campaign-ended = انتهاء حملة التسجيل
audit-action-campaign-invitation-sent = دعوة إلى التسجيل
audit-action-registration-snoozed = تأجيل التسجيل
audit-action-access-pass-issued = إصدار تصريح وصول مؤقت
audit-action-access-pass-used = استخدام تصريح وصول مؤقت
audit-action-access-pass-revoked = إلغاء تصريح وصول مؤقت
audit-action-access-pass-expired = انتهاء صلاحية تصريح وصول مؤقت دون استخدامه
audit-reason-operator = المشغّل، باستخدام بيانات الاعتماد الخاصة بالنشر
