# Setting up an authenticator app.

authenticator-title = إعداد تطبيق مصادقة
authenticator-required = يتطلب حسابك رمزًا من تطبيق مصادقة عند كل تسجيل دخول. أعدّ تطبيقًا للمتابعة.
authenticator-step-open = افتح تطبيق مصادقة على هاتفك (Microsoft Authenticator أو Google Authenticator أو أي تطبيق آخر) وأضف حسابًا.
authenticator-step-scan = امسح رمز QR هذا، أو اكتب المفتاح أدناه.
authenticator-qr = رمز QR لمفتاح المصادقة
authenticator-key = المفتاح:
authenticator-code-label = الرمز الذي يعرضه التطبيق
authenticator-code-wrong = هذا الرمز غير صحيح. تأكّد من أن ساعة الجهاز مضبوطة تلقائيًا، ثم أدخل أحدث رمز.
authenticator-recovery-title = رموز الاسترداد
authenticator-recovery-lead = إذا فقدت هاتفك، يتيح لك كل رمز من هذه الرموز تسجيل الدخول مرة واحدة بدلًا من رمز التطبيق. احفظها الآن (اطبعها أو احتفظ بها في مدير كلمات مرور): لن تُعرض مرة أخرى.
authenticator-continue = لقد حفظتها — متابعة
authenticator-added-title = تمت إضافة تطبيق المصادقة
authenticator-added-body = احتفظ برموز الاسترداد في مكان آمن.
