# The account page.

account-title = حسابك
account-signed-in-as = مسجّل الدخول باسم { $name } ({ $username })
account-expires = تنتهي صلاحية كلمة المرور في { $date }. غيّرها قبل ذلك لتواصل تسجيل الدخول دون انقطاع.
account-methods-title = كيف تثبت هويتك
account-change = تغيير كلمة المرور
account-methods-link = طرق إعادة تعيين كلمة المرور
account-authenticator = إعداد تطبيق مصادقة
account-admin-console = وحدة تحكم الإدارة
account-sign-out = تسجيل الخروج
account-signed-out-title = تم تسجيل الخروج
account-signed-out-body = لقد سجّلت الخروج.
account-not-in-scope = إعادة التعيين بالخدمة الذاتية غير مفعّلة لحسابك.
account-enough = يكفي لتعيد تعيين كلمة المرور بنفسك.
account-add-more = { $count ->
    [zero] أضف المزيد لتتمكّن من إعادة تعيين كلمة المرور بنفسك.
    [one] أضف طريقة أخرى لتتمكّن من إعادة تعيين كلمة المرور بنفسك.
    [two] أضف طريقتين أخريين لتتمكّن من إعادة تعيين كلمة المرور بنفسك.
    [few] أضف { $count } طرق أخرى لتتمكّن من إعادة تعيين كلمة المرور بنفسك.
    [many] أضف { $count } طريقة أخرى لتتمكّن من إعادة تعيين كلمة المرور بنفسك.
   *[other] أضف { $count } طريقة أخرى لتتمكّن من إعادة تعيين كلمة المرور بنفسك.
}
account-none = لا شيء بعد.
account-sign-in-first-title = سجّل الدخول أولًا
account-sign-in-first-body = يجب أن تكون مسجّل الدخول لعرض هذه الصفحة. تنتهي الجلسة عند تسجيل الخروج أو بعد فترة من عدم الاستخدام.
account-activity-title = النشاط الأخير
account-activity-intro = آخر 30 يومًا، الأحدث أولًا.
account-activity-loading = جارٍ تحميل نشاطك الأخير…
account-activity-none = لا شيء خلال آخر 30 يومًا.
# Same as English.
account-activity-what = { $action } — { $outcome }
account-activity-by-you = بواسطتك
account-activity-by-someone-else = بواسطة شخص آخر
account-activity-by-system = بواسطة Latchkey
account-activity-detail = { $time }، { $by }
account-activity-detail-from = { $time }، { $by }، من العنوان { $address }
account-activity-show-all = عرض الكل ({ $count })
account-activity-show-fewer = عرض أقل
# زر صغير بجانب كل حدث: لم يقم الشخص بهذا ويريد إغلاق الحساب (مع طلب تأكيد).
account-activity-report = لم أقم بهذا
