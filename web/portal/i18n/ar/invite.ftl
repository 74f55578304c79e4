# "I have an invitation".

invite-title = تعيين كلمة المرور
invite-lead = أدخل اسم المستخدم والرمز الوارد في رسالة الدعوة، ثم اختر كلمة المرور.
invite-username-missing-title = أدخل اسم المستخدم
invite-username-missing-body = تجده في رسالة الدعوة.
invite-code = رمز الدعوة
invite-code-hint = 8 أرقام، من رسالة البريد الإلكتروني
invite-code-invalid = هذا الرمز خاطئ أو سبق استخدامه أو انتهت صلاحيته. تحقّق من اسم المستخدم والرمز الوارد في الرسالة، أو اطلب دعوة جديدة من المسؤول.
invite-submit = تعيين كلمة المرور
invite-submitting = جارٍ تعيين كلمة المرور…
invite-done-title = تم تعيين كلمة المرور
invite-done-body = سجّل الدخول باسم المستخدم وكلمة المرور الجديدة.
invite-back = العودة إلى تسجيل الدخول
