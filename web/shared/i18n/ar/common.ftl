# What both apps say: the sign-in form, field widgets, notices when the
# server cannot be reached, and the contact-your-administrator line.

common-username = اسم المستخدم
common-password = كلمة المرور
common-sign-in = تسجيل الدخول
common-signing-in = جارٍ تسجيل الدخول…
common-restoring = جارٍ استعادة جلستك…
common-show-password = إظهار كلمة المرور
common-verify = تحقّق
common-checking = جارٍ التحقق…
common-offline-title = يتعذّر الوصول إلى الخادم
common-offline-body = تحقّق من اتصالك وحاول مرة أخرى. لم يتغيّر شيء.
common-unexpected-title = حدث خطأ ما
common-unexpected-body = أعطى الخادم استجابة غير متوقعة ({ $status }). حاول مرة أخرى بعد قليل.
common-busy-title = غير متاح مؤقتًا
common-busy-body = الخدمة مشغولة أو أن جزءًا منها متوقف. لم يتغيّر شيء؛ حاول مرة أخرى بعد دقيقة.
# Followed by a link naming the organisation's administrator.
common-still-stuck = ألا تزال تواجه مشكلة؟
# The link after "Still stuck?"; $company is the organisation's name.
common-contact-company-admin = تواصل مع مسؤول { $company }
common-contact-admin = ألا تزال تواجه مشكلة؟ تواصل مع المسؤول أو مكتب الدعم الفني.
common-language = اللغة
common-opening = جارٍ فتح الصفحة…
