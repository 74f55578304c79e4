policy-whole-numbers = أدخل أعدادًا صحيحة ضمن النطاقات المعروضة.
policy-strands-title = سيفقد مستخدمون إعادة التعيين بالخدمة الذاتية
policy-strands = { $count ->
    [zero] بهذه الإعدادات لن يفقد أي مستخدم القدرة على إعادة تعيين كلمة المرور.
    [one] بهذه الإعدادات لن يتمكن مستخدم واحد يستطيع اليوم إعادة تعيين كلمة المرور من فعل ذلك.
    [two] بهذه الإعدادات لن يتمكن مستخدمان يستطيعان اليوم إعادة تعيين كلمة المرور من فعل ذلك.
    [few] بهذه الإعدادات لن يتمكن { $count } مستخدمين يستطيعون اليوم إعادة تعيين كلمة المرور من فعل ذلك.
    [many] بهذه الإعدادات لن يتمكن { $count } مستخدمًا يستطيعون اليوم إعادة تعيين كلمة المرور من فعل ذلك.
   *[other] بهذه الإعدادات لن يتمكن { $count } مستخدم يستطيعون اليوم إعادة تعيين كلمة المرور من فعل ذلك.
}
policy-saved-body = تسري سياسة إعادة التعيين من الآن فصاعدًا.
policy-title = سياسة إعادة التعيين
policy-lead = من يمكنه إعادة تعيين كلمة المرور الخاصة به أو فتح حسابه المقفل، وكيف يثبت هويته.
policy-save-anyway = الحفظ على أي حال (سيفقد { $count } من المستخدمين إعادة التعيين بالخدمة الذاتية)
policy-preview = التحقق من الأثر
policy-save = حفظ
policy-who-legend = من يمكنه إعادة التعيين
policy-scope = إعادة التعيين بالخدمة الذاتية مفعّلة لـ
policy-scope-none = لا أحد (معطّلة)
policy-scope-groups = أعضاء بعض المجموعات
policy-scope-all = الجميع
policy-groups = المجموعات
policy-groups-hint = مجموعة واحدة أو أكثر، مفصولة بفواصل. على المستخدمين من خارجها مراجعة مكتب المساعدة.
policy-methods-legend = الوسائل
policy-method-email = رمز عبر البريد الإلكتروني
policy-method-sms = رمز عبر رسالة نصية
policy-method-voice = مكالمة صوتية
policy-method-questions = أسئلة الأمان
policy-method-authenticator = رمز من تطبيق المصادقة
policy-directory-contacts = تُحتسب عناوين البريد الإلكتروني والهواتف التي يضيفها المسؤولون أو الاستيراد وسائلَ تحقق
policy-directory-contacts-hint = عند التعطيل: لا تُحتسب إلا الوسائل التي أثبتها المستخدم بنفسه. يُبلَّغ المستخدمون عند إضافة جهة اتصال لهم.
policy-methods-required = عدد الوسائل التي يثبتها المستخدم
policy-one = وسيلة واحدة
policy-two = وسيلتان
policy-admins-prove-two = يثبت المسؤولون وسيلتين دائمًا.
policy-questions-to-register = عدد أسئلة الأمان المطلوب تسجيلها
policy-questions-to-register-hint = من 3 إلى 5.
policy-questions-to-reset = عدد أسئلة الأمان المطروحة عند إعادة التعيين
policy-questions-to-reset-hint = من 1 إلى عدد الأسئلة المسجّلة.
policy-registration-legend = التسجيل
policy-require-registration = توجيه المستخدمين الذين لديهم وسائل قليلة جدًا إلى التسجيل عند تسجيل الدخول
policy-everyone-second-factor = طلب رمز مصادقة من الجميع عند تسجيل الدخول (يُطلب دائمًا من المسؤولين ومكتب المساعدة)
policy-reconfirm-days = مطالبة المستخدمين بإعادة تأكيد وسائلهم كل (بالأيام)
policy-reconfirm-days-hint = 0 لعدم المطالبة أبدًا؛ 730 كحد أقصى.
policy-notifications-legend = الإشعارات
policy-notify-users = إبلاغ المستخدمين عند إعادة تعيين كلمة المرور أو فتح الحساب المقفل
policy-notify-admins = إبلاغ جميع المسؤولين عندما يعيد مسؤول تعيين كلمة المرور الخاصة به
policy-impact = من بين المستخدمين المفعّلين وعددهم { $users }، يستطيع { $before } منهم الآن إعادة تعيين كلمة المرور بأنفسهم؛ وبهذه الإعدادات سيستطيع ذلك { $after }.
policy-impact-losing = من بين المستخدمين المفعّلين وعددهم { $users }، يستطيع { $before } منهم الآن إعادة تعيين كلمة المرور بأنفسهم؛ وبهذه الإعدادات سيستطيع ذلك { $after }. وسيفقد { $losing } منهم هذه القدرة.
policy-now = الآن
policy-after = بعد التغيير

policy-admin-resets-legend = إعادة التعيين بواسطة المسؤولين ومكتب المساعدة
policy-temporary-passwords = السماح بكلمات المرور المؤقتة عند إعادة التعيين بواسطة المسؤول
policy-temporary-passwords-hint = معطّل افتراضيًا: سيرى من يعيد التعيين كلمة مرور تعمل للحساب. أما إعادة التعيين في وحدة التحكم فتتم بتصريح الوصول المؤقت الذي لا يعرض أي كلمة مرور أبدًا: يختار المستخدم كلمة مروره بنفسه.

## How strongly each role proves who they are at a self-service reset.

policy-strength-legend = قوة التحقق عند الاستعادة
policy-strength-lead = كيف يثبت أصحاب كل دور هويتهم لإعادة تعيين كلمة المرور الخاصة بهم أو فتح حسابهم المقفل. ومن له عدة أدوار يُطبَّق عليه أشدّها.
policy-strength-any = أي وسائل
policy-strength-any-hint = عدد الوسائل المحدد أعلاه، من أي نوع (يثبت المسؤولون وسيلتين دائمًا).
policy-strength-two-methods = وسيلتان، لا البريد الإلكتروني وحده
policy-strength-two-methods-hint = وسيلتان، إحداهما على الأقل غير البريد الإلكتروني؛ أو مفتاح مرور وحده.
policy-strength-phishing-resistant = مفتاح المرور فقط (مقاوم للتصيّد الاحتيالي)
policy-strength-phishing-resistant-hint = مفتاح مرور فقط: لا يعمل إلا على هذا الموقع، فلا يمكن خداع أحد لتسليمه.
policy-strength-user = المستخدمون
policy-strength-admin = المسؤولون
policy-strength-helpdesk = مكتب المساعدة
policy-strength-reports-reader = قرّاء التقارير
policy-strength-warning = لا يستطيع أصحاب هذا الدور ممن ليس لديهم مفتاح مرور إعادة تعيين كلمة المرور بأنفسهم.
