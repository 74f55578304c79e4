# Reports: charts over a period, the administrator's questions answered in
# sentences, the registration summary and the users not yet registered.

reports-title = التقارير
reports-lead = عمليات إعادة التعيين الذاتية والتسجيل: كيف سارت، ومن يحتاج إلى تذكير، وكل حدث.
reports-period = الفترة
reports-period-7 = آخر 7 أيام
reports-period-30 = آخر 30 يومًا
reports-period-90 = آخر 90 يومًا
reports-loading = جارٍ تحميل التقارير…

## How people prove who they are, and the data they register.

reports-method-email = البريد الإلكتروني
reports-method-sms = رسالة نصية
reports-method-voice = مكالمة صوتية
reports-method-questions = أسئلة الأمان
reports-method-authenticator = تطبيق المصادقة
reports-method-passkey = مفتاح مرور (مقاوم للتصيّد)
reports-method-mobile = الهاتف المحمول
reports-method-office-phone = هاتف المكتب

## How a step ended.

reports-outcome-success = نجحت
reports-outcome-failure = فشلت
reports-outcome-locked = مقفل
reports-outcome-blocked = محظور

## Lists in sentences.

# Same as English.
reports-counted = { $name } ({ $count })
reports-list-separator = { "، " }
reports-none = لا شيء.
reports-none-inline = لا شيء
reports-unknown-name = اسم غير معروف

## The charts.

reports-partial = تعرض الرسوم البيانية أحدث 10٬000 حدث فقط من كل نوع: اختر فترة أقصر لرؤيتها كلها.
reports-charts = الرسوم البيانية
reports-chart-outcome = عمليات إعادة التعيين الذاتية يوميًا، حسب النتيجة
reports-chart-method = عمليات إعادة التعيين المكتملة يوميًا، حسب الطريقة
reports-chart-coverage = تغطية التسجيل (الأيام السابقة تقديرية)
reports-chart-problems = أبرز أسباب الفشل
reports-chart-problems-counts = عدد المرات
reports-outcome-summary = عمليات إعادة التعيين الذاتية يوميًا خلال الأيام الـ{ $days } الماضية، حسب النتيجة: المجموع { $total }، الناجحة { $succeeded }.
reports-method-summary = عمليات إعادة التعيين المكتملة يوميًا خلال الأيام الـ{ $days } الماضية، حسب الطريقة المُثبتة: { $methods }.
reports-coverage-summary = تغطية التسجيل في نهاية كل يوم. اليوم: المسجّلون { $registered } من أصل { $users } من المستخدمين المفعّلين؛ من يمكنهم إعادة التعيين { $capable }؛ غير المسجّلين { $unregistered }. الأيام السابقة مقدّرة من أرقام اليوم وأحداث التسجيل في الفترة.
reports-problems-summary = أكثر أسباب الفشل شيوعًا خلال الأيام الـ{ $days } الماضية: { $reasons }.
reports-chart-sign-ins = عمليات تسجيل الدخول حسب الطريقة
reports-chart-sign-ins-counts = عمليات تسجيل الدخول
reports-sign-in-password = كلمة المرور
reports-sign-in-password-authenticator = كلمة المرور + تطبيق المصادقة
reports-sign-in-password-passkey = كلمة المرور + مفتاح مرور
reports-sign-in-passkey = مفتاح مرور
reports-sign-in-access-pass = تصريح الوصول المؤقت
reports-sign-ins-summary = عمليات تسجيل الدخول خلال الأيام الـ{ $days } الماضية، حسب طريقة إثباتها: { $methods }.
reports-sign-ins-resistant = { $share }٪ من عمليات تسجيل الدخول كانت مقاومة للتصيّد (بمفتاح مرور): { $resistant } من { $total }.
reports-sign-ins-none = لا توجد عمليات تسجيل دخول في هذه الفترة.
reports-coverage-capable = يمكنهم إعادة التعيين
reports-coverage-registered = مسجّلون، ولا يمكنهم إعادة التعيين بعد
reports-coverage-not-registered = غير مسجّلين

## The administrator's questions, each answered in a sentence.

reports-questions = الأسئلة
reports-answers-partial = لا تستند هذه الإجابات إلا إلى أول { $count } من أحداث الفترة، وفيها المزيد: اختر فترة أقصر للحصول على إجابات كاملة.
reports-q-policy = ما الذي تغيّر في سياسة إعادة التعيين؟
reports-policy-change = { $when }: { $what } بواسطة { $who }
reports-the-settings = الإعدادات
reports-someone = شخص ما
reports-q-registered = كم عدد الأشخاص الذين سجّلوا؟
reports-a-registered = في الفترة: الأشخاص المسجّلون { $people }، والطرق المسجّلة { $methods }. الآن: المسجّلون { $registered } من أصل { $users } من المستخدمين المفعّلين؛ ومن يمكنهم إعادة التعيين { $capable }.
reports-q-who = من سجّل؟
reports-q-data = ما البيانات التي سجّلوها؟
reports-a-data = في الفترة: { $period }. الجميع الآن: { $now }.
reports-q-resets = كم عدد الأشخاص الذين أعادوا تعيين كلمة المرور؟
reports-a-resets = عمليات إعادة التعيين الذاتية خلال الأيام الـ{ $days } الماضية: { $resets }؛ وعمليات إعادة التعيين بواسطة مسؤول: { $admin }.
reports-q-methods = ما الطرق الأكثر استخدامًا؟
reports-q-problems = ما المشكلات الأكثر شيوعًا؟
reports-q-admins = أي المسؤولين يعيدون تعيين كلمة المرور الخاصة بهم كثيرًا؟
reports-q-suspicious = هل من نشاط مريب؟
# Same as English.
reports-suspicious-line = { $what }: { $who }
reports-suspicious-blocked = محظورون من إعادة التعيين
reports-suspicious-failed-proofs = ثلاث عمليات تحقق فاشلة أو أكثر
reports-suspicious-starts-user = خمس بدايات لإعادة التعيين أو أكثر لمستخدم واحد
reports-suspicious-starts-address = عشر بدايات لإعادة التعيين أو أكثر من عنوان واحد

## Registration: everyone, by data, by group.

reports-registration = التسجيل
reports-registered-data = البيانات المسجّلة، بعدد المستخدمين: { $methods }
reports-by-group = التسجيل حسب المجموعة
reports-col-who = الفئة
reports-col-users = المستخدمون المفعّلون
reports-col-registered = المسجّلون
reports-col-capable = يمكنهم إعادة التعيين
reports-col-not-registered = غير المسجّلين
reports-col-not-in-scope = خارج نطاق إعادة التعيين
reports-everyone = الجميع

## The users not registered yet.

reports-not-registered-title = لم يسجّلوا بعد
reports-not-registered-loading = جارٍ التحميل…
reports-all-registered = سجّل جميع من في نطاق إعادة التعيين.
reports-users-shown = المستخدمون المعروضون: { $count }.
reports-users-shown-more = المستخدمون المعروضون: { $count }+.
reports-not-registered-table = المستخدمون غير المسجّلين
reports-col-name = الاسم
reports-col-username = اسم المستخدم
reports-col-groups = المجموعات
reports-load-more = تحميل المزيد
reports-download-csv = تنزيل بصيغة CSV
