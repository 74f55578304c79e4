# The sign-in page: the links under the form, and the authenticator code step.

signin-help = المساعدة في الحساب
signin-cant-access = لا يمكنك الوصول إلى حسابك؟
signin-unlock = حسابك مقفل؟ افتح قفله
signin-invitation = لديّ دعوة
signin-enter-code = أدخل الرمز الذي يعرضه تطبيقك.
signin-code-wrong = هذا الرمز غير صحيح أو سبق استخدامه: انتظر الرمز التالي.
signin-code-wrong-left = هذا الرمز غير صحيح أو سبق استخدامه: انتظر الرمز التالي. { $count ->
    [zero] لم تتبقَّ لك أي محاولة اليوم.
    [one] تتبقّى لك محاولة واحدة اليوم.
    [two] تتبقّى لك محاولتان اليوم.
    [few] تتبقّى لك { $count } محاولات اليوم.
    [many] تتبقّى لك { $count } محاولة اليوم.
   *[other] تتبقّى لك { $count } محاولة اليوم.
}
signin-code-lead = افتح تطبيق المصادقة وأدخل الرمز المكوّن من 6 أرقام الذي يعرضه لهذا الحساب.
signin-code-label = الرمز من تطبيق المصادقة
signin-code-hint = فقدت هاتفك؟ أدخل بدلًا من ذلك أحد رموز الاسترداد.
signin-start-again = البدء من جديد
