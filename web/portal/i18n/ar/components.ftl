# The new-password fields every page shares.

components-strength-not-accepted = القوة: غير مقبولة بعد
components-strength-good = القوة: جيدة
components-strength-strong = القوة: قوية
components-strength-very-strong = القوة: قوية جدًا
components-check-length = { $min } حرفًا على الأقل (حتى الآن { $length })
components-check-guessable = ليست كلمة مرور شائعة، وليست مبنية على اسمك أو اسم المستخدم
components-check-met = (مستوفى)
components-check-not-met = (غير مستوفى بعد)
components-policy-intro = يجب أن تكون كلمة المرور الجديدة:
components-policy-length = من { $min } حرفًا على الأقل. بضع كلمات لا رابط بينها تصنع كلمة مرور قوية يسهل تذكّرها.
components-policy-guessable = غير مكوّنة في معظمها من كلمة مرور شائعة أو اسمك أو اسم المستخدم أو اسم الشركة: يُحسب كل منها حرفًا واحدًا، وتحتاج كلمة المرور إلى 5 على الأقل.
components-policy-not-current = مختلفة عن كلمة المرور الحالية.
components-policy-not-last = { $count ->
    [zero] مختلفة عن كلمات المرور السابقة.
    [one] مختلفة عن كلمة المرور السابقة.
    [two] مختلفة عن آخر كلمتي مرور.
    [few] مختلفة عن آخر { $count } كلمات مرور.
    [many] مختلفة عن آخر { $count } كلمة مرور.
   *[other] مختلفة عن آخر { $count } كلمة مرور.
}
components-policy-hint = لا حاجة إلى رموز أو مزج الأحرف الكبيرة والصغيرة: الطول هو ما يهم.
components-new-password = كلمة المرور الجديدة
components-new-password-hint = يُتحقّق منها أثناء الكتابة؛ راجع القائمة أدناه.
components-confirm-password = اكتب كلمة المرور الجديدة مرة أخرى
components-mismatch = كلمتا المرور مختلفتان. اكتب الكلمة نفسها مرتين.
components-rejected = لا يمكن استخدام كلمة المرور هذه. { $reasons }
components-reason-min-length = يجب أن تتكوّن من { $min } حرفًا على الأقل (وهي تتكوّن من { $length }).
components-reason-max-length = يجب ألا تتجاوز { $max } حرفًا.
components-reason-banned = يسهل تخمينها كثيرًا: فهي مبنية على كلمة مرور شائعة، أو كلمة تحظرها مؤسستك، أو اسمك أو اسم المستخدم أو اسم مؤسستك؛ أضف المزيد من الأحرف من اختيارك.
components-reason-banned-terms = يسهل تخمينها كثيرًا: فهي تحتوي على { $terms }؛ أضف المزيد من الأحرف من اختيارك.
components-reason-breached = تظهر في تسريبات بيانات معروفة، لذا يجرّبها المهاجمون مبكرًا؛ اختر كلمة مرور لم تستخدمها من قبل.
components-reason-history-current = يجب أن تختلف عن كلمة المرور الحالية.
components-reason-history-last = { $count ->
    [zero] يجب أن تختلف عن كلمات المرور السابقة.
    [one] يجب أن تختلف عن كلمة المرور السابقة.
    [two] يجب أن تختلف عن آخر كلمتي مرور.
    [few] يجب أن تختلف عن آخر { $count } كلمات مرور.
    [many] يجب أن تختلف عن آخر { $count } كلمة مرور.
   *[other] يجب أن تختلف عن آخر { $count } كلمة مرور.
}

# أسباب رفض الدليل المحلي بعد إرسال كلمة المرور إليه.
components-reason-directory-too-short = يتطلب دليل مؤسستك كلمة مرور أطول.
components-reason-directory-in-history = يتذكر دليل مؤسستك كلمة المرور هذه: اختر كلمة مرور لم تستخدمها من قبل.
components-reason-directory-complexity = يتطلب دليل مؤسستك كلمة مرور أكثر تعقيدًا (مثلًا بأنواع أكثر من الأحرف).
components-reason-directory-too-young = لا يسمح دليل مؤسستك بتغيير آخر بهذه السرعة.
components-reason-directory-protected = يحمي دليل مؤسستك هذا الحساب: تُغيَّر كلمة مروره هناك، لا عبر الخدمة الذاتية.
components-reason-directory-no-account = لم يعد في دليل مؤسستك حساب باسم المستخدم هذا؛ تواصل مع مكتب الدعم الفني.
# $words: كلمات الدليل نفسه كما كتبها (غالبًا بالإنجليزية).
components-reason-directory-other = رفض دليل مؤسستك كلمة المرور: { $words }

# قواعد الدليل المحلي للمؤسسة، إلى جانب قواعد Latchkey.
components-check-directory-length = يتطلب دليل مؤسستك { $min } حرفًا على الأقل (حتى الآن { $length })
components-check-complexity = ثلاثة من: أحرف كبيرة، أحرف صغيرة، أرقام، رموز
components-policy-directory-length = من { $min } حرفًا على الأقل: هذا ما يتطلبه دليل مؤسستك. بضع كلمات لا رابط بينها تصنع كلمة مرور قوية يسهل تذكّرها.
components-policy-complexity = مكوّنة من ثلاثة من هذه الأنواع الأربعة من الأحرف: أحرف كبيرة، أحرف صغيرة، أرقام، رموز (يتطلب دليل مؤسستك ذلك).
components-policy-not-username = لا تحتوي على اسم المستخدم الخاص بك.
components-policy-directory-history = { $count ->
    [zero] مختلفة عن كلمات المرور السابقة في دليل مؤسستك.
    [one] مختلفة عن كلمة المرور السابقة في دليل مؤسستك.
    [two] مختلفة عن آخر كلمتي مرور في دليل مؤسستك.
    [few] مختلفة عن آخر { $count } كلمات مرور في دليل مؤسستك.
    [many] مختلفة عن آخر { $count } كلمة مرور في دليل مؤسستك.
   *[other] مختلفة عن آخر { $count } كلمة مرور في دليل مؤسستك.
}
components-policy-directory-min-age = { $count ->
    [zero] بعد أي تغيير، لا يسمح دليل مؤسستك بتغيير آخر إلا بعد { $count } ساعة.
    [one] بعد أي تغيير، لا يسمح دليل مؤسستك بتغيير آخر إلا بعد ساعة واحدة.
    [two] بعد أي تغيير، لا يسمح دليل مؤسستك بتغيير آخر إلا بعد ساعتين.
    [few] بعد أي تغيير، لا يسمح دليل مؤسستك بتغيير آخر إلا بعد { $count } ساعات.
    [many] بعد أي تغيير، لا يسمح دليل مؤسستك بتغيير آخر إلا بعد { $count } ساعة.
   *[other] بعد أي تغيير، لا يسمح دليل مؤسستك بتغيير آخر إلا بعد { $count } ساعة.
}
components-directory-too-short = يتطلب دليل مؤسستك { $min } حرفًا على الأقل (وهذه تتكوّن من { $length }).
components-directory-not-complex = يتطلب دليل مؤسستك ثلاثة من: أحرف كبيرة، أحرف صغيرة، أرقام، رموز.
