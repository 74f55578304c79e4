# Changing the password while signed in.

change-title = تغيير كلمة المرور
change-must = تطلب منك مؤسستك اختيار كلمة مرور جديدة قبل المتابعة.
change-current = كلمة المرور الحالية
change-current-wrong = كلمة المرور الحالية غير صحيحة.
change-submit = تغيير كلمة المرور
change-submitting = جارٍ التغيير…
change-cancel = إلغاء
change-done-title = تم تغيير كلمة المرور
change-done-sign-in = سجّل الدخول بكلمة المرور الجديدة للمتابعة.
change-done-body = استخدم كلمة المرور الجديدة من الآن فصاعدًا في كل مكان تسجّل فيه الدخول بهذا الحساب. سُجّل خروجك من جلساتك الأخرى.
