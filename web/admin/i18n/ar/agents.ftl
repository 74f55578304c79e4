agents-revoked-title = تم الإبطال
agents-revoked-body = لم يعد بإمكان { $name } تلقّي المهام.
agents-title = الكتابة إلى الدليل
agents-lead = يكتب الوكلاء الموجودون في شبكتك عمليات إعادة التعيين والتغيير وفتح الحسابات إلى دليلك. ولا يُجرون إلا اتصالات صادرة.
agents-loading = جارٍ تحميل الوكلاء…
agents-none = لا يوجد وكيل مسجّل: لا تُكتب تغييرات مستخدمي دليلك الخاص إليه.
agents-directory-offline = { $directory }: لا يوجد وكيل متصل — لا يستطيع مستخدموه إعادة التعيين الآن
agents-directory-online = { $count ->
    [zero] { $directory }: لا يوجد وكيل متصل
    [one] { $directory }: وكيل واحد متصل
    [two] { $directory }: وكيلان متصلان
    [few] { $directory }: { $count } وكلاء متصلون
    [many] { $directory }: { $count } وكيلًا متصلًا
   *[other] { $directory }: { $count } وكيل متصل
}
agents-status-online = متصل
agents-status-offline = غير متصل
agents-status-revoked = مُبطَل
agents-revoke = إبطال
agents-table = الوكلاء
agents-col-agent = الوكيل
agents-col-directory = الدليل
agents-col-status = الحالة
agents-col-version = الإصدار
agents-col-last-contact = آخر اتصال
agents-enrol-title = تسجيل وكيل
agents-directory = الدليل
agents-directory-hint = اسم قصير للدليل، مثل corp: حروف لاتينية صغيرة وأرقام وشرطات.
agents-name = اسم الوكيل
agents-name-hint = الخادم الذي يعمل عليه، مثل وكيل dc1.
agents-issue = إصدار رمز التسجيل
agents-issuing = جارٍ الإصدار…
agents-token = رمز التسجيل (يُعرض مرة واحدة، ويعمل مرة واحدة، حتى { $until }):
agents-on-host = على خادم الوكيل:
