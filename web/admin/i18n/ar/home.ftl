# The administrator's home: tiles of figures, each a link to the screen
# behind it.

home-title = الرئيسية
home-lead = كيف تسير الخدمة الذاتية هذا الأسبوع، ومن يحتاج إلى اهتمام الآن.
home-loading = جارٍ تحميل الأرقام…
home-registered-label = المسجّلون في الخدمة الذاتية
home-registered-value = { $share }٪
home-registered-detail = { $registered } من أصل { $users } من المستخدمين المفعّلين؛ يمكنهم إعادة التعيين: { $capable }
home-resets-label = عمليات إعادة التعيين الذاتية هذا الأسبوع
home-resets-detail = بواسطة مشغّل: { $count }
home-failures-label = الخطوات الفاشلة أو المرفوضة هذا الأسبوع
home-failures-none = لا شيء
home-failures-top = الأكثر تكرارًا: { $reason }
home-not-registered-label = غير مسجّلين
home-not-registered-detail = لا يمكنهم بعد إعادة تعيين كلمة المرور بأنفسهم
home-locked-label = مقفلون الآن
home-locked-detail = ألغِ قفلهم من صفحة كل منهم
home-expired-label = كلمات مرور منتهية الصلاحية
home-expired-detail = يجب عليهم تغييرها عند تسجيل الدخول التالي
home-agents-label = وكلاء الكتابة العكسية المتصلون
home-agents-value = { $online } من أصل { $live }
home-agents-some-offline = بعضهم لا يستطيع الكتابة العكسية الآن
home-agents-all-online = الكتابة العكسية تعمل
# A count that goes past the first page of a list ("50+": 50 or more).
# Same as English.
home-count-more = { $count }+
