import-unreadable-title = تتعذر قراءة الملف
import-unreadable-body = اختر ملفًا نصيًا بتنسيق CSV أو JSON Lines.
import-finished-title = اكتمل الاستيراد
import-finished-body = أُنشئ: { $created }، حُدِّث: { $updated }، دون تغيير: { $unchanged }، بها أخطاء (لم تُكتب): { $errors }.
import-title = استيراد المستخدمين وتصديرهم
import-lead = ملف CSV يحتوي على صف عناوين بهذه الأعمدة — { $columns } (تُفصل القيم المتعددة بـ ;) — أو JSON Lines. يُطابَق المستخدمون حسب اسم المستخدم: يُنشأ الجدد ويُحدَّث المعروفون. لا يحصل أحد على كلمة مرور من ملف.
import-file = الملف المراد استيراده
import-file-rows = { $name }: عدد الصفوف { $count }
import-invite = إرسال دعوة بالبريد الإلكتروني إلى كل مستخدم جديد لتعيين كلمة المرور
import-dry-run = فحص الملف (دون كتابة أي شيء)
import-apply = { $count ->
    [zero] استيراد { $count } صف
    [one] استيراد صف واحد
    [two] استيراد صفّين
    [few] استيراد { $count } صفوف
    [many] استيراد { $count } صفًا
   *[other] استيراد { $count } صف
}
import-export = تنزيل جميع المستخدمين (CSV)
import-progress = تمت معالجة { $done } من أصل { $total } من الصفوف
import-resume = الاستئناف من الصف { $row }
import-check-title = نتيجة فحص الملف
import-done-title = ما قام به الاستيراد
import-summary = للإنشاء: { $create }، للتحديث: { $update }، دون تغيير: { $unchanged }، بها أخطاء: { $errors }.
import-summary-dry-run = لم يُكتب أي شيء. للإنشاء: { $create }، للتحديث: { $update }، دون تغيير: { $unchanged }، بها أخطاء: { $errors }.
import-rows = الصفوف
import-col-line = السطر
import-col-username = اسم المستخدم
import-col-result = النتيجة
import-col-problem = مشكلة أو ملاحظة
import-result = { $result ->
    [created] أُنشئ
    [updated] حُدِّث
    [unchanged] دون تغيير
    [error] خطأ
   *[unknown] { $result }
}
import-hidden = لا تُعرض { $hidden } من الصفوف الأخرى الخالية من الأخطاء.
