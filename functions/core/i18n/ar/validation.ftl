### التحقق: ما الخطأ في حقل ما، في جملة واحدة.

validation-required = { $field }: هذا الحقل مطلوب.
validation-unknown-field = { $field }: هذا الحقل غير معروف.
validation-wrong-type = { $field }: نوع القيمة غير صحيح.
validation-empty = { $field }: لا يجوز أن يكون هذا الحقل فارغًا.
validation-control = { $field }: لا يُسمح بأحرف التحكم.
validation-too-long =
    { $max ->
        [zero] { $field }: { $max } حرف على الأكثر.
        [one] { $field }: حرف واحد على الأكثر.
        [two] { $field }: حرفان على الأكثر.
        [few] { $field }: { $max } أحرف على الأكثر.
        [many] { $field }: { $max } حرفًا على الأكثر.
       *[other] { $field }: { $max } حرف على الأكثر.
    }
validation-too-short =
    { $min ->
        [zero] { $field }: { $min } حرف على الأقل.
        [one] { $field }: حرف واحد على الأقل.
        [two] { $field }: حرفان على الأقل.
        [few] { $field }: { $min } أحرف على الأقل.
        [many] { $field }: { $min } حرفًا على الأقل.
       *[other] { $field }: { $min } حرف على الأقل.
    }
validation-length =
    { $max ->
        [zero] { $field }: من { $min } إلى { $max } حرف.
        [one] { $field }: من { $min } إلى حرف واحد.
        [two] { $field }: من { $min } إلى حرفين.
        [few] { $field }: من { $min } إلى { $max } أحرف.
        [many] { $field }: من { $min } إلى { $max } حرفًا.
       *[other] { $field }: من { $min } إلى { $max } حرف.
    }
validation-between = { $field }: يجب أن تكون القيمة بين { $min } و{ $max }.
validation-at-most = { $field }: يجب ألا تتجاوز القيمة { $max }.
validation-invalid = { $field }: القيمة غير صالحة.
validation-unnamed = «{ $name }»
validation-body-not-json = نص الطلب ليس JSON صالحًا.
validation-body-not-object = يجب أن يكون نص الطلب كائن JSON.
validation-body-empty = نص الطلب فارغ أو مقطوع.
validation-body-unreadable = تعذّرت قراءة نص الطلب.
validation-request-invalid = الطلب غير صالح.

field-access_pass = تصريح الوصول المؤقت
field-address = العنوان
field-agent_id = الوكيل
field-allowed_countries = قائمة البلدان
field-answer = الإجابة
field-answers = الإجابات
field-breached_min_count = عدد مرات التسريب
field-breached_mode = فحص التسريب
field-ceremony = إجراء مفتاح المرور
field-passkey = مفتاح المرور
field-passkey_models = قائمة طرازات أدوات المصادقة
field-code = الرمز
field-code_digits = عدد أرقام الرمز
field-code_lifetime_seconds = مدة صلاحية الرمز
field-company_name = اسم الشركة
field-contact = جهة الاتصال
field-contact_url = جهة الاتصال للمساعدة
field-created = قائمة المستخدمين
field-current_password = كلمة المرور الحالية
field-custom_banned = الكلمات المحظورة
field-decoy_email_domain = نطاق البريد الوهمي
field-description = الوصف
field-directory = الدليل
field-display_name = الاسم المعروض
field-email = عنوان البريد الإلكتروني
field-emails = عناوين البريد الإلكتروني
field-enabled = الحساب
field-first_name = الاسم الأول
field-flow_lifetime_seconds = مدة إعادة التعيين
field-from = البداية
field-groups = المجموعات
field-history = سجل كلمات المرور
field-id = المعرّف
field-job = المهمة
field-kind = الطريقة
field-language = اللغة
field-last_name = اسم العائلة
field-length = الطول
field-lifetime_minutes = مدة الصلاحية
field-limit = حجم الصفحة
field-lockout_max_seconds = أطول مدة قفل
field-lockout_seconds = مدة القفل الأولى
field-lockout_threshold = حد القفل
field-logo_url = عنوان الشعار
field-max_age_days = أقصى عمر لكلمة المرور
field-max_snoozes = عدد مرات التأجيل المسموح بها
field-method = الطريقة
field-method_id = الطريقة
field-methods_allowed = الطرق المسموح بها
field-methods_required = عدد الطرق المطلوبة
field-min_length = الحد الأدنى للطول
field-mobile = رقم الجوال
field-name = الاسم
field-new_password = كلمة المرور الجديدة
field-next = رابط الصفحة
field-office_phone = هاتف المكتب
field-organisation_per_day = الحد اليومي للمؤسسة
field-password = كلمة المرور
field-per_number_per_day = الحد اليومي لكل رقم
field-phone = رقم الهاتف
field-phones = أرقام الهاتف
field-question_id = السؤال
field-questions = الأسئلة
field-questions_to_register = عدد الأسئلة المطلوب تسجيلها
field-questions_to_reset = عدد الأسئلة المطلوب الإجابة عنها
field-reconfirm_days = فترة إعادة التأكيد
field-response = استجابة مفتاح المرور
field-snooze_days = عدد الأيام التي يؤجل بها كل تأجيل التسجيل
field-registration = عامل تصفية التسجيل
field-retention_days = مدة الاحتفاظ
field-role = الدور
field-roles = الأدوار
field-scope_groups = المجموعات المشمولة
field-scopes = النطاقات
field-sealing_key = مفتاح الختم
field-search = البحث
field-signing_key = مفتاح التوقيع
field-starts_at = وقت البدء
field-text = النص
field-to = النهاية
field-username = اسم المستخدم
field-version = الإصدار
field-wait_seconds = مدة الانتظار
