# قائمة المستخدمين في وحدة التحكم: البحث وعوامل التصفية والجدول والإجراءات
# الجماعية ونموذج المستخدم الجديد.

users-title = المستخدمون
users-new-user = مستخدم جديد
users-loading = جارٍ تحميل المستخدمين…

## خيارات الجدول.

users-page-size = عدد المستخدمين في الصفحة
users-columns = الأعمدة
users-show-columns = إظهار هذه الأعمدة

## الأعمدة.

users-column-name = الاسم
users-column-username = اسم المستخدم
users-column-email = البريد الإلكتروني
users-column-groups = المجموعات
users-column-roles = الأدوار
users-column-status = الحالة
users-column-last-sign-in = آخر تسجيل دخول
users-table = المستخدمون
users-select-page = تحديد جميع المستخدمين في هذه الصفحة
users-select-row = تحديد { $name }

## البحث وعوامل التصفية.

users-find = البحث عن مستخدمين
users-find-hint = اسم مستخدم أو عنوان بريد إلكتروني أو أي كلمة من الاسم.
users-search = بحث
users-filters = عوامل التصفية
users-filter-group = المجموعة
users-filter-role = الدور
users-filter-role-any = أي دور
users-filter-role-users = المستخدمون فقط
users-filter-role-admins = المسؤولون
users-filter-role-helpdesk = مكتب المساعدة
users-filter-role-report-readers = قرّاء التقارير
users-filter-account = الحساب
users-filter-account-any = مُفعَّل أو مُعطَّل
users-filter-account-enabled = مُفعَّل
users-filter-account-disabled = مُعطَّل
users-filter-registration = التسجيل
users-filter-registration-any = أي حالة
users-filter-locked = مقفل الآن
users-filter-expired = كلمة المرور منتهية الصلاحية

## النتائج.

users-none-match = لا يطابق أي مستخدم.
users-match = { $count ->
    [zero] لا يطابق أي مستخدم.
    [one] يطابق مستخدم واحد.
    [two] يطابق مستخدمان.
    [few] يطابق { $count } مستخدمين.
    [many] يطابق { $count } مستخدمًا.
   *[other] يطابق { $count } مستخدم.
}
users-page-more = الصفحة { $number }: { $count ->
    [zero] لا يُعرض أي مستخدم
    [one] يُعرض مستخدم واحد
    [two] يُعرض مستخدمان
    [few] يُعرض { $count } مستخدمين
    [many] يُعرض { $count } مستخدمًا
   *[other] يُعرض { $count } مستخدم
}؛ والمزيد في الصفحة التالية.
users-page-last = الصفحة { $number }: { $count ->
    [zero] لا يُعرض أي مستخدم
    [one] يُعرض مستخدم واحد
    [two] يُعرض مستخدمان
    [few] يُعرض { $count } مستخدمين
    [many] يُعرض { $count } مستخدمًا
   *[other] يُعرض { $count } مستخدم
}؛ وهذه هي الصفحة الأخيرة.
users-pages = الصفحات
users-previous-page = الصفحة السابقة
users-next-page = الصفحة التالية

## الإجراءات الجماعية.

users-bulk-region = المستخدمون المحدَّدون
users-bulk-done = تم: نتيجة كل مستخدم
users-selected = { $count ->
    [zero] لم يُحدَّد أي مستخدم
    [one] تم تحديد مستخدم واحد
    [two] تم تحديد مستخدمَين
    [few] تم تحديد { $count } مستخدمين
    [many] تم تحديد { $count } مستخدمًا
   *[other] تم تحديد { $count } مستخدم
}
users-bulk-disable = تعطيل
users-bulk-disable-warning = لن يتمكن المستخدمون المحدَّدون من تسجيل الدخول أو إعادة تعيين كلمة المرور حتى يُعاد تفعيلهم.
users-bulk-disable-confirm = تعطيلهم
users-bulk-enable = تفعيل
users-bulk-reregister = طلب إعادة التسجيل
users-bulk-reregister-warning = تُزال وسائل الاتصال وإجابات الأمان الخاصة بهم؛ ويجب على كل منهم التسجيل من جديد عند تسجيل الدخول التالي.
users-bulk-reregister-confirm = إزالة طرقهم
users-bulk-end-sessions = تسجيل الخروج من كل مكان
users-bulk-group = المجموعة
users-bulk-add-to-group = إضافة إلى المجموعة
users-bulk-export = تصدير المحدَّد
users-bulk-progress = تم { $done } من { $all }
users-bulk-outcomes = نتيجة كل مستخدم
users-bulk-skipped-self = تم التخطي: يُعدَّل حسابك الخاص من صفحتك الخاصة.

## نتيجة مستخدم واحد.

users-outcome-disabled = تم التعطيل
users-outcome-enabled = تم التفعيل
users-outcome-reregister = يجب التسجيل من جديد
users-outcome-signed-out = تم تسجيل الخروج من كل مكان
users-outcome-added = تمت الإضافة إلى المجموعة

## الأدوار.

users-role-admin = مسؤول
users-role-helpdesk = مكتب المساعدة
users-role-reports-reader = قارئ التقارير
users-role-user = مستخدم

## حالة المستخدم.

users-status-locked-until = مقفل حتى { $at }
users-status-disabled = مُعطَّل
users-status-must-change = يجب تغيير كلمة المرور
users-registration-complete = مسجَّل
users-registration-incomplete = غير مسجَّل
users-registration-confirm-due = إعادة التأكيد مستحقة
users-registration-not-in-scope = خارج نطاق إعادة التعيين

## مستخدم جديد.

users-create-lead = لا تختار أبدًا كلمة مرور المستخدم: يتلقى رمز دعوة عبر البريد الإلكتروني ويعيّن كلمة مروره بنفسه.
users-create-username = اسم المستخدم
users-create-username-hint = أحرف وأرقام و . _ - @؛ ويُحفظ بأحرف صغيرة.
users-create-display-name = الاسم المعروض
users-create-email = البريد الإلكتروني
users-create-email-hint = العنوان الذي تُرسل إليه الدعوة.
users-create-groups = المجموعات
users-create-groups-hint = افصل بين القيم المتعددة بفواصل.
users-create-roles = الأدوار
users-create-invite = إرسال الدعوة الآن
users-create-submit = إنشاء المستخدم
users-create-busy = جارٍ الإنشاء…
users-created-title = تم إنشاء المستخدم
users-created-invited = أُرسلت دعوة لتعيين كلمة مرور إلى { $to }.
users-created-not-invited = لم تُرسل أي دعوة؛ أرسل واحدة من هذه الصفحة عندما تكون جاهزًا.
