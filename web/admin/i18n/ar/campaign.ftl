# حملة التسجيل: يُدعى المستخدمون الذين لديهم وسائل إعادة تعيين قليلة جدًا
# بالبريد الإلكتروني، ويُسألون عند كل تسجيل دخول «الآن أم لاحقًا» حتى يسجّلوا.
# «لاحقًا» هو اسم الزر في البوابة (nudge-later).

campaign-nav = حملة التسجيل
campaign-title = حملة التسجيل
campaign-lead = شجّع المستخدمين الذين لا يستطيعون بعدُ إعادة تعيين كلمة المرور بأنفسهم على التسجيل: دعوة بالبريد الإلكتروني، وتذكير عند تسجيل الدخول يمكنهم تأجيله بضع مرات قبل أن يصبح التسجيل إلزاميًا.
campaign-loading = جارٍ تحميل الحملة…
campaign-none = لا توجد حملة جارية
campaign-none-body = ابدأ حملة لجميع المستخدمين أو لأعضاء بعض المجموعات. لا يُطلب شيء ممن سجّلوا ما يكفي؛ ويُسأل الآخرون عند تسجيل دخولهم التالي.
campaign-progress = التقدّم
campaign-progress-pending = يُحسب كل 15 دقيقة؛ سيصل أول إحصاء قريبًا.
campaign-rules = القواعد
campaign-target = مَن
campaign-target-all = جميع المستخدمين
campaign-target-groups = أعضاء مجموعات
campaign-target-groups-named = أعضاء { $groups }
campaign-laters = «لاحقًا» مسموح
campaign-laters-count = { $count ->
    [zero] لا مرات
    [one] مرة واحدة
    [two] مرتان
    [few] { $count } مرات
    [many] { $count } مرة
   *[other] { $count } مرة
}
campaign-laters-none = أبدًا: يأتي التسجيل أولًا عند تسجيل الدخول التالي
campaign-days = الأيام بين كل طلب
campaign-days-count = { $count ->
    [zero] لا أيام
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}
campaign-days-none = لا شيء: يُسأل المستخدم مجددًا عند تسجيل الدخول التالي
campaign-invite = الدعوات بالبريد الإلكتروني
campaign-invite-on = تُرسل إلى المستخدمين الذين لم يسجّلوا
campaign-invite-off = متوقفة
campaign-started = بدأت في
campaign-change = تغيير
campaign-end = إنهاء الحملة
campaign-end-warning = لن تُرسل دعوات بعد الآن ولن يُسأل أحد عند تسجيل الدخول. يبقى المستخدمون الذين تُلزمهم سياسة إعادة التعيين بالتسجيل مُلزَمين.
campaign-end-confirm = نعم، إنهاؤها
campaign-ended-title = انتهت الحملة
campaign-ended-body = لم يعد أحد يُطلب منه التسجيل عند تسجيل الدخول.
campaign-started-title = بدأت الحملة
campaign-started-body = يُسأل المستخدمون عند تسجيل دخولهم التالي. تُرسل الدعوات ويُحسب التقدّم مع التشغيل المجدول التالي، خلال 15 دقيقة.
campaign-chart-title = { $count ->
    [zero] لا مستخدمين مستهدفين
    [one] مستخدم مستهدف واحد
    [two] مستخدمان مستهدفان
    [few] { $count } مستخدمين مستهدفين
    [many] { $count } مستخدمًا مستهدفًا
   *[other] { $count } مستخدم مستهدف
}
campaign-registered = سجّلوا
campaign-snoozed = أجّلوا
campaign-required = يجب أن يسجّلوا عند الدخول التالي
campaign-waiting = لم يُبلَغوا بعد
campaign-chart-summary = { $targeted ->
    [zero] من بين { $targeted } مستخدم مستهدف: سجّل { $registered }، وأجّل { $snoozed }، ويجب أن يسجّل { $required } عند تسجيل دخولهم التالي، ولم يُبلَغ { $waiting } بعد.
    [one] من بين مستخدم مستهدف واحد: سجّل { $registered }، وأجّل { $snoozed }، ويجب أن يسجّل { $required } عند تسجيل دخوله التالي، ولم يُبلَغ { $waiting } بعد.
    [two] من بين مستخدمَين مستهدفَين: سجّل { $registered }، وأجّل { $snoozed }، ويجب أن يسجّل { $required } عند تسجيل دخولهم التالي، ولم يُبلَغ { $waiting } بعد.
    [few] من بين { $targeted } مستخدمين مستهدفين: سجّل { $registered }، وأجّل { $snoozed }، ويجب أن يسجّل { $required } عند تسجيل دخولهم التالي، ولم يُبلَغ { $waiting } بعد.
    [many] من بين { $targeted } مستخدمًا مستهدفًا: سجّل { $registered }، وأجّل { $snoozed }، ويجب أن يسجّل { $required } عند تسجيل دخولهم التالي، ولم يُبلَغ { $waiting } بعد.
   *[other] من بين { $targeted } مستخدم مستهدف: سجّل { $registered }، وأجّل { $snoozed }، ويجب أن يسجّل { $required } عند تسجيل دخولهم التالي، ولم يُبلَغ { $waiting } بعد.
}
campaign-no-targets = لا يوجد مستخدم مستهدف: تحقّق من المجموعات، ومن أن إعادة التعيين بالخدمة الذاتية مفعّلة لها.
campaign-invited = دُعوا بالبريد الإلكتروني
campaign-registered-since = سجّلوا منذ البدء
campaign-counted-at = وقت الإحصاء
campaign-form-title-new = بدء حملة
campaign-form-title-change = تغيير الحملة
campaign-form-target = لمن هي
campaign-form-groups = المجموعات
campaign-form-groups-hint = مجموعة واحدة أو أكثر، مفصولة بفواصل.
campaign-form-groups-needed = اذكر مجموعة واحدة على الأقل.
campaign-form-laters = «لاحقًا» مسموح (عدد المرات)
campaign-form-laters-hint = من 0 إلى 10. مع 0، يأتي التسجيل أولًا عند تسجيل الدخول التالي.
campaign-form-days = الأيام بين كل طلب
campaign-form-days-hint = من 0 إلى 14. مع 0، يُسأل المستخدمون مجددًا عند تسجيل دخولهم التالي.
campaign-form-invite = إرسال دعوة بالبريد الإلكتروني إلى المستخدمين الذين لم يسجّلوا
campaign-form-whole-number = أدخل عددًا صحيحًا من { $min } إلى { $max }.
campaign-form-start = بدء الحملة
campaign-form-save = حفظ
campaign-restart-warning = يؤدي الحفظ إلى بدء الحملة من جديد: تُرسل الدعوات مرة أخرى، ويبدأ عدّ مرات «لاحقًا» للجميع من الصفر.
campaign-restart-confirm = نعم، البدء من جديد
