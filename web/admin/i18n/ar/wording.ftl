# كلمات المؤسسة الخاصة للرسائل التي يرسلها Latchkey.

wording-nav = الرسائل
wording-title = الرسائل
wording-lead = غيّر كلمات رسائل البريد الإلكتروني والرسائل النصية والمكالمات والإشعارات التي يرسلها Latchkey. لكل لغة كلماتها الخاصة، والرسائل التي لم تغيّرها تستخدم كلمات Latchkey.
wording-language = لغة الرسائل
wording-problems-note = رسائل الخطأ التي تعرضها البوابة ووحدة التحكم غير مدرجة هنا: فهي تستخدم دائمًا كلمات Latchkey.
wording-loading = جارٍ تحميل الرسائل…
wording-group-emails = رسائل البريد الإلكتروني
wording-group-emails-hint = أجزاء رسائل البريد الإلكتروني التي تحمل رمز تحقق أو دعوة.
wording-group-texts = الرسائل النصية
wording-group-texts-hint = الرسالة النصية التي تحمل رمز التحقق. اجعلها قصيرة: تتسع الرسالة الواحدة لنحو 160 حرفًا (70 باليابانية أو العربية).
wording-group-calls = المكالمات
wording-group-calls-hint = ما تقوله المكالمة قبل قراءة رمز التحقق.
wording-group-notices = الإشعارات
wording-group-notices-hint = إشعارات الأمان المرسلة بالبريد الإلكتروني والرسائل النصية: لكل منها موضوع وجملة.
wording-default = كلمات Latchkey
wording-override = كلماتك
wording-no-override = لا شيء: تُستخدم كلمات Latchkey.
wording-edit = تغيير
wording-text = كلمات هذه الرسالة
wording-placeholders = العناصر النائبة المتاحة: { $names }. تُكتب صيغ الجمع كما في كلمات Latchkey.
wording-no-placeholders = لا تحتوي هذه الرسالة على عناصر نائبة.
wording-preview = معاينة
wording-save = حفظ الكلمات
wording-saved-body = تستخدم الرسائل بهذه اللغة كلماتك من الآن فصاعدًا.
wording-reset = إعادة إلى الافتراضي
wording-reset-warning = ستُحذف كلماتك لهذه الرسالة، وستُستخدم كلمات Latchkey مجددًا.
wording-reset-confirm = نعم، أعِد الضبط
wording-restored-title = أُعيد إلى الافتراضي
wording-restored-body = تستخدم هذه الرسالة كلمات Latchkey مجددًا.
# Same as English.
wording-sample-org = Contoso
wording-sample-choice = «لديّ دعوة»
wording-sample-roles = مسؤول، مكتب الدعم
wording-sample-when = 2025/03/14 09:30 UTC
