# صفحة مستخدم واحد في وحدة التحكم.

# رابط العودة إلى القائمة؛ يشير السهم إلى اليمين في الكتابة من اليمين إلى اليسار.
user-all-users = → جميع المستخدمين
user-loading = جارٍ تحميل المستخدم…

## الشارات.

user-badge-disabled = مُعطَّل
user-badge-locked = مقفل
user-badge-must-change = يجب تغيير كلمة المرور
# أبلغ صاحب الحساب عن شيء لم يقم به ("لم أقم بهذا"): الخدمة الذاتية مجمَّدة.
user-badge-locked-down = إغلاق أمني

## بلاغ صاحب الحساب نفسه ("لم أقم بهذا" في رسالة أمان أو في نشاطه الأخير):
## انتهت كل الجلسات، وتُجمَّد إعادة التعيين والتسجيل إلى أن يرفع المسؤول الإغلاق.

user-lockdown-title = أبلغ عنه صاحب الحساب
user-lockdown-what = ما يقول إنه لم يقم به: { $what }
user-lockdown-what-at = ما يقول إنه لم يقم به: { $what } ({ $at })
user-lockdown-from-link = أُبلغ عنه في { $at } من رابط في إشعار أمان.
user-lockdown-from-activity = أُبلغ عنه في { $at } من نشاطه الأخير.
user-lockdown-from-other = أُبلغ عنه في { $at }.
user-lockdown-effect = انتهت كل الجلسات. وتبقى إعادة تعيين كلمة المرور ذاتيًا والتسجيل مجمَّدة إلى أن يُرفع الإغلاق الأمني.
user-lockdown-help = تحقّق من هويته قبل مساعدته: أعد تعيين كلمة المرور بإعادة تعيين موثَّقة من مكتب الدعم الفني، ثم ارفع الإغلاق.
user-lockdown-lift = رفع الإغلاق الأمني
user-lockdown-lift-warning = ستعمل إعادة تعيين كلمة المرور ذاتيًا والتسجيل لهذا المستخدم من جديد. لا ترفع الإغلاق إلا بعد التحقق من هويته.
user-lockdown-lift-confirm = نعم، ارفعه
user-lockdown-lift-done = رُفع الإغلاق الأمني: عادت الخدمة الذاتية تعمل لهذا المستخدم.

## الإجراءات.

user-actions = الإجراءات
user-own-account = هذا حسابك الخاص: غيّر كلمة مرورك وطرقك في بوابة الخدمة الذاتية.
user-privileged = لا يمكن إلا للمسؤول اتخاذ إجراء على حساب يحمل دورًا إداريًا.
user-deleted-title = تم حذف المستخدم
user-done-title = تم
user-reset-warning = ينشئ Latchkey كلمة مرور مؤقتة تُعرض عليك مرة واحدة. تصلح لمدة 24 ساعة ولاختيار كلمة مرور جديدة فقط؛ وتنتهي جلسات المستخدم الآن.
user-reset-confirm = إنشاء كلمة مرور مؤقتة
user-reset-done = تم إنشاء كلمة مرور مؤقتة. وأُبلغ المستخدم بأن كلمة مروره أُعيد تعيينها.
user-invite = إرسال دعوة لإعادة التعيين بالبريد الإلكتروني
user-invite-done = أُرسلت إلى المستخدم عبر البريد الإلكتروني دعوة لتعيين كلمة مرور جديدة.
user-unlock = إلغاء القفل
user-unlock-done = تم إلغاء قفل الحساب؛ ويمكن للمستخدم تسجيل الدخول وإعادة التعيين من جديد.
user-locked-now = مقفل الآن.
user-not-locked-now = غير مقفل الآن؛ ويرفع أيضًا حظر إعادة التعيين.
user-require-change = طلب تغيير كلمة المرور
user-require-change-done = يجب على المستخدم تغيير كلمة مروره عند تسجيل الدخول التالي.
user-end-sessions = إنهاء جميع الجلسات
user-end-sessions-warning = يُسجَّل خروج المستخدم من كل مكان دفعة واحدة.
user-end-sessions-confirm = نعم، أنهِها
user-end-sessions-done = انتهت جميع جلسات هذا المستخدم.
user-clear-methods = طلب إعادة التسجيل
user-clear-methods-warning = يُزال البريد الإلكتروني والهاتف وأسئلة الأمان التي سجّلها المستخدم؛ وسيُعدّها من جديد عند تسجيل الدخول التالي. تبقى جهات الاتصال الواردة من الدليل.
user-clear-methods-confirm = نعم، امسحها
user-clear-methods-done = مُسحت طرق المستخدم الخاصة؛ وسيسجّل من جديد عند تسجيل الدخول التالي.
user-let-expire = السماح بانتهاء صلاحية كلمة المرور
user-expires-done = تنتهي صلاحية كلمة المرور الآن وفق قواعد كلمات المرور.
user-never-expires = كلمة المرور لا تنتهي صلاحيتها أبدًا
user-never-expires-done = لم تعد صلاحية كلمة المرور تنتهي.
user-disable = تعطيل الحساب
user-disable-warning = لن يتمكن المستخدم من تسجيل الدخول أو إعادة التعيين، وتنتهي كل جلسة الآن.
user-disable-confirm = نعم، عطِّله
user-disable-done = تم تعطيل الحساب وإنهاء جلساته.
user-enable = تفعيل الحساب
user-enable-done = أُعيد تفعيل الحساب.
user-delete = حذف المستخدم
user-delete-warning = يُزال المستخدم نهائيًا؛ ويبقى سجل التدقيق الخاص به.
user-delete-confirm = نعم، احذفه
user-delete-done = أُزيل المستخدم؛ ويبقى سجل التدقيق الخاص به.

## كلمة المرور المؤقتة.

user-temporary-title = كلمة المرور المؤقتة
user-temporary-warning = تُعرض الآن فقط: لا تُخزَّن ولا يمكن عرضها مرة أخرى. سلّمها إلى المستخدم عبر قناة تثق بها، وليس عبر البريد الإلكتروني أبدًا. تصلح حتى { $expires }، ولاختيار كلمة مرور جديدة عند تسجيل الدخول التالي فقط.
user-copy = نسخ
user-copied = تم النسخ
user-given = سلّمتها إلى المستخدم

## التحقق من المتصل.

user-verify-title = تحقّق من المتصل أولًا
user-verify-lead = قبل أن يعيد مكتب المساعدة التعيين أو يلغي القفل، يُثبت المستخدم هويته: أرسل رمزًا إلى إحدى طرقه الخاصة وأدخل الرمز الذي يقرؤه لك.
user-verify-no-method = ليس لدى هذا المستخدم بريد إلكتروني أو هاتف لإرسال رمز إليه. يجب أن يتولى مسؤول هذا الطلب.
user-verify-email = إرسال رمز بالبريد الإلكتروني
user-verify-text = إرسال رمز برسالة نصية
user-verify-call = الاتصال برمز
user-verify-sent = أُرسل الرمز إلى { $to }. اطلب من المتصل أن يقرأه لك؛ يصلح حتى { $until }.
user-verify-code = الرمز الذي قرأه المتصل
user-verify-check = التحقق من الرمز

## التفاصيل.

user-details = التفاصيل
user-emails = عناوين البريد الإلكتروني
user-phones = الهواتف
user-groups = المجموعات
user-reset-methods = طرق إعادة التعيين
user-methods-none = لا شيء بعد.
user-method-email = البريد الإلكتروني
user-method-sms = رسالة نصية
user-method-voice = مكالمة صوتية
user-method-questions = أسئلة الأمان
user-method-authenticator = تطبيق المصادقة
user-method-from-directory = من الدليل
user-method-proven = أثبتها المستخدم في { $at }
user-method-registered = سجّلها المستخدم
# Same as English.
user-method = { $kind }: { $hint } ({ $source })
user-registration = التسجيل
user-registration-summary = { $state }: { $registered ->
    [zero] لا طرق
    [one] طريقة واحدة
    [two] طريقتان
    [few] { $registered } طرق
    [many] { $registered } طريقةً
   *[other] { $registered } طريقة
}؛ الحد الأدنى لإعادة التعيين: { $required }
user-reconfirm-by = ؛ تجب إعادة التأكيد قبل { $at }
user-locked-out = مقفل
user-locked-everywhere = في كل مكان، حتى { $at }
user-locked-here = من عنوان آخر تسجيل دخول له (كثرة كلمات المرور الخاطئة من هناك)
user-not-locked = لا
user-password-changed = تاريخ تغيير كلمة المرور
user-password-expires = انتهاء صلاحية كلمة المرور
user-never = أبدًا
user-temporary-password = كلمة المرور المؤقتة
user-temporary-valid = صالحة حتى { $at }
user-last-sign-in = آخر تسجيل دخول
user-last-reset = آخر إعادة تعيين
user-created = تاريخ الإنشاء
user-invitation = الدعوة
user-invitation-sent = أُرسلت إلى { $to }؛ صالحة حتى { $until }

## الملف الشخصي.

user-profile = الملف الشخصي
user-display-name = الاسم المعروض
user-first-name = الاسم الأول
user-last-name = اسم العائلة
user-contact-emails = عناوين البريد الإلكتروني للتواصل
user-contact-phones = هواتف التواصل
user-commas-hint = افصل بين القيم المتعددة بفواصل.
user-phone-hint = بالصيغة الدولية، ‎+971 4 123 4567‎.
user-roles = الأدوار
user-roles-hint = يُبلَّغ كل مسؤول عند منح دور أو إزالته.
user-save = حفظ التغييرات
user-saving = جارٍ الحفظ…
user-saved-title = تم الحفظ
user-profile-saved = تم تحديث تفاصيل المستخدم.

## هاتف المكتب.

user-office = هاتف المكتب
user-office-label = الهاتف المكتبي لمكالمات الرموز
user-office-hint = بالصيغة الدولية، ‎+971 4 123 4567‎. لا يعيّنه إلا المسؤولون.
user-office-save = حفظ هاتف المكتب
user-office-remove = إزالة
user-office-saved = يمكن الآن توجيه مكالمات الرموز إلى هاتف المكتب.
user-office-removed = أُزيل هاتف المكتب.

## النشاط الأخير.

user-activity = النشاط الأخير
user-activity-none = لا شيء بعد.
user-activity-when = الوقت
user-activity-what = الحدث
user-activity-outcome = النتيجة
user-activity-details = التفاصيل
user-language = اللغة
user-language-default = اللغة الافتراضية للمؤسسة
user-language-hint = تُستخدم في البوابة ووحدة التحكم وكل رسالة يتلقاها المستخدم، إلى أن يختار لغة أخرى.

## الدليل المحلي الذي يأتي منه المستخدم المُزامَن.

user-directory = الدليل
user-directory-name = الدليل
user-directory-synced = آخر مزامنة
user-directory-locked = مقفل في الدليل
user-directory-locked-since = مقفل في الدليل منذ { $at }
user-directory-password-changed = تغيير كلمة المرور في الدليل
user-directory-password-expires = انتهاء كلمة المرور في الدليل
user-directory-protected = حساب محمي في الدليل (ذو صلاحيات هنا)
user-directory-pass-through = يسجّل الدخول عبر الدليل
user-directory-removed = أُزيل من الدليل

user-passkeys = مفاتيح المرور
user-passkeys-none = لا توجد مفاتيح مرور.
user-passkey-dates = أُضيف في { $added }، وآخر استخدام في { $used }
user-passkey-dates-unused = أُضيف في { $added }، ولم يُستخدم قط
user-passkey-model = طراز أداة المصادقة: { $model }
user-passkey-remove = إزالة مفتاح المرور
user-passkey-remove-warning = لن يعود «{ $name }» يتيح تسجيل الدخول إلى هذا الحساب. يُبلَّغ المستخدم بذلك.
user-passkey-remove-confirm = نعم، أزله
user-passkey-removed = أُزيل مفتاح المرور «{ $name }»؛ وأُبلغ المستخدم بذلك.
