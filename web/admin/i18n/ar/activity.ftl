# The reports' event table: its filters, its columns and the kinds of
# activity an event belongs to.

activity-title = الأحداث
activity-any = أي نشاط
activity-policy-change = تغيير سياسة إعادة التعيين
activity-blocked-from-reset = حظر من إعادة التعيين الذاتية
activity-self-service-change = تغيير كلمة المرور (خدمة ذاتية)
activity-admin-reset = إعادة تعيين بواسطة مسؤول
activity-self-service-reset = إعادة تعيين (خدمة ذاتية)
activity-flow-progress = تقدّم إعادة التعيين
activity-self-service-unlock = إلغاء القفل (خدمة ذاتية)
activity-user-registered = التسجيل
activity-admin-unlock = إلغاء القفل بواسطة مسؤول
activity-import = الاستيراد
activity-lockout = القفل
# Same as English.
activity-row-action = { $activity }: { $action }
activity-loading = جارٍ التحميل…
activity-none = لا توجد أحداث مطابقة.
activity-count = الأحداث: { $count }، الأحدث أولًا.
activity-count-more = الأحداث: { $count }+، الأحدث أولًا.
activity-load-more = تحميل المزيد
activity-filter-label = تصفية الأحداث
activity-from = من (يوم)
activity-to = إلى (يوم، مشمول)
activity-activity = النشاط
activity-outcome = النتيجة
activity-any-outcome = أي نتيجة
activity-method = الطريقة
activity-any-method = أي طريقة
activity-user = المستخدم المعنيّ (اسم المستخدم أو المعرّف)
activity-actor = المنفِّذ (اسم المستخدم أو المعرّف)
activity-text = كلمات (اسم، عنوان، سبب)
activity-show = عرض الأحداث
activity-download-csv = تنزيل بصيغة CSV
activity-col-time = الوقت
activity-col-activity = النشاط
activity-col-actor = المنفِّذ
activity-col-target = المستخدم المعنيّ
activity-col-outcome = النتيجة
activity-col-reason = السبب
activity-col-methods = الطرق
activity-col-client-address = عنوان العميل
activity-col-user-agent = وكيل المستخدم
activity-col-reference = المعرّف المرجعي
