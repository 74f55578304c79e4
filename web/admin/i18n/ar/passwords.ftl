# The password and lockout rules, the breach check, and the organisation's
# own security questions.

passwords-title = قواعد كلمة المرور والقفل
passwords-lead = لكل من في مؤسستك. تُفحص كلمات المرور الحالية وفق القواعد الجديدة عند تغييرها في المرة القادمة.
passwords-number-error = أدخل عددًا صحيحًا ضمن النطاق المبيّن.
passwords-saved = تسري القواعد الجديدة بدءًا من تسجيل الدخول التالي لكل مستخدم أو تغييره التالي لكلمة المرور.
passwords-save-anyway = الحفظ على أي حال (عدد من سيغيّرونها: { $count })
passwords-expires-title = ستنتهي صلاحية كلمات المرور فورًا
passwords-expires-what = مع هذه المدة القصوى، عدد المستخدمين الذين يجب عليهم تغيير كلمة المرور عند تسجيل الدخول التالي: { $count }.
passwords-impact = المستخدمون الذين تجاوزت كلمة مرورهم المدة القصوى: { $before } من أصل { $users } الآن، و{ $after } مع هذه القواعد. { $recent }
passwords-impact-then = الفحص الإلزامي يرفض كلمات المرور هذه
passwords-recent-none = لم تُفحص أي كلمة مرور جديدة في التسريبات خلال الأيام الـ{ $days } الماضية.
passwords-recent = { $checked ->
    [zero] خلال الأيام الـ{ $days } الماضية، وُجد في تسريبات معروفة: { $breached } من أصل { $checked } كلمة مرور جديدة؛ { $then }.
    [one] خلال الأيام الـ{ $days } الماضية، وُجد في تسريبات معروفة: { $breached } من أصل { $checked } كلمة مرور جديدة؛ { $then }.
    [two] خلال الأيام الـ{ $days } الماضية، وُجد في تسريبات معروفة: { $breached } من أصل { $checked } كلمتي مرور جديدتين؛ { $then }.
    [few] خلال الأيام الـ{ $days } الماضية، وُجد في تسريبات معروفة: { $breached } من أصل { $checked } كلمات مرور جديدة؛ { $then }.
    [many] خلال الأيام الـ{ $days } الماضية، وُجد في تسريبات معروفة: { $breached } من أصل { $checked } كلمة مرور جديدة؛ { $then }.
   *[other] خلال الأيام الـ{ $days } الماضية، وُجد في تسريبات معروفة: { $breached } من أصل { $checked } كلمة مرور جديدة؛ { $then }.
}
passwords-then-refused = وقد رُفضت
passwords-then-accepted = وقد قُبلت لأن الفحص للتدقيق فقط
passwords-then-off = والفحص متوقف
passwords-status-corpus = يُبحث عن كلمات المرور الجديدة بين أكثر { $shipped } كلمة مرور مسرّبة شيوعًا المرفقة مع Latchkey، وفي مجموعة مستوردة من { $entries } بصمة ({ $source }، استُوردت في { $date }). { $recent }
passwords-status-no-corpus = يُبحث عن كلمات المرور الجديدة بين أكثر { $shipped } كلمة مرور مسرّبة شيوعًا المرفقة مع Latchkey. لم تُستورد مجموعة كاملة (راجع ملف README: latchkey-breach-import). { $recent }
passwords-status-loading = جارٍ قراءة حالة فحص التسريبات…

## The form.

passwords-passwords = كلمات المرور
passwords-min-length = الحد الأدنى للطول
passwords-min-length-hint = من 8 إلى 64 حرفًا؛ يوصى بـ 12 أو أكثر.
passwords-history = كلمات المرور المحفوظة
passwords-history-hint = لا يجوز عند التغيير إعادة استخدام هذا العدد من كلمات المرور الأخيرة (من 0 إلى 24).
passwords-max-age = المدة القصوى بالأيام
passwords-max-age-hint = فارغ: لا تنتهي صلاحية كلمات المرور أبدًا (موصى به). وإلا فمن 1 إلى 3650.
passwords-reminder-days = التذكير قبل انتهاء الصلاحية (بالأيام)
passwords-reminder-days-hint = تُرسَل التذكيرات بالبريد الإلكتروني بلغة كل مستخدم، مع رابط إلى صفحة التغيير؛ اتركه فارغًا لعدم إرسال أي تذكير.
passwords-reminder-days-error = أدخل ما يصل إلى 10 أعداد صحيحة من 1 إلى 90، مفصولة بفواصل.
passwords-reminder-sms = وبرسالة نصية أيضًا
passwords-banned = الكلمات المحظورة
passwords-banned-hint = كلمة في كل سطر، من 4 إلى 16 حرفًا: أسماء شركتك ومنتجاتها وأماكنها. تُطابق مثل كلمات المرور الشائعة: مع تجاهل حالة الأحرف والأحرف المتشابهة وخطأ مطبعي واحد.
passwords-breached = كلمات المرور المسرّبة
passwords-breached-hint = كلمات المرور الموجودة في تسريبات البيانات المعروفة هي أول ما يجربه المهاجم. يبحث Latchkey عن كل كلمة مرور جديدة دون إرسالها إلى أي مكان.
passwords-breached-mode = كلمات المرور الجديدة الموجودة في التسريبات
passwords-mode-enforce = رفضها (موصى به)
passwords-mode-audit = قبولها وتسجيل كل منها (تدقيق فقط)
passwords-mode-off = عدم الفحص
passwords-at-sign-in = كلمات المرور الموجودة في التسريبات عند تسجيل الدخول
passwords-at-sign-in-hint = تُفحص عند كل تسجيل دخول ناجح: إذا طُلب التغيير، فلا تتيح الجلسة شيئًا سوى تغيير كلمة المرور، ويُبلَّغ صاحبها بذلك.
passwords-at-sign-in-enforce = طلب التغيير وإبلاغ صاحبها (موصى به)
passwords-at-sign-in-audit = السماح بتسجيل الدخول وتسجيل كل حالة (تدقيق فقط)
passwords-min-count = رفض كلمات المرور الواردة في المجموعة المستوردة
passwords-min-count-1 = مرة واحدة على الأقل
passwords-min-count-10 = 10 مرات على الأقل
passwords-min-count-100 = 100 مرة على الأقل
passwords-min-count-1000 = 1٬000 مرة على الأقل
passwords-min-count-10000 = 10٬000 مرة على الأقل
passwords-lockout = قفل تسجيل الدخول
passwords-lockout-threshold = محاولات تسجيل الدخول الفاشلة قبل القفل
passwords-lockout-threshold-hint = من 1 إلى 100.
passwords-lockout-first = القفل الأول، بالثواني
passwords-lockout-first-hint = كل قفل لاحق يضاعفه.
passwords-lockout-max = أطول قفل، بالثواني
passwords-lockout-max-hint = 604800 على الأكثر (أسبوع).
passwords-check-effect = التحقق من الأثر
passwords-save = حفظ
passwords-saving = جارٍ الحفظ…

## The organisation's own security questions.

passwords-questions-title = أسئلة الأمان الخاصة بكم
passwords-questions-lead = تُعرض إلى جانب الأسئلة العشرة المحددة مسبقًا، كما كُتبت، بكل اللغات. حتى 20 سؤالًا، كل منها من 10 إلى 200 حرف. إعادة صياغة سؤال تحتفظ بإجابات المستخدمين عليه؛ وحذفه يلغيها.
passwords-questions-saved = يرى المستخدمون هذه الأسئلة عند تسجيل أسئلة الأمان.
passwords-strands-title = سيفقد بعض المستخدمين إعادة التعيين الذاتية
passwords-strands-what = عدد المستخدمين الذين أجابوا عن سؤال حذفته ولن تبقى لديهم إجابات كافية لإعادة تعيين كلمة المرور (سيُطلب منهم التسجيل مجددًا): { $count }.
passwords-questions-save-anyway = الحفظ على أي حال (عدد من سيعيدون التسجيل: { $count })
passwords-question = السؤال { $number }
passwords-question-remove-label = حذف السؤال: { $question }
passwords-question-remove = حذف
passwords-question-add = إضافة سؤال
passwords-questions-save = حفظ الأسئلة
