# The portal's frame: header, footer and pages that are not found.

app-footer = إدارة كلمات المرور بالخدمة الذاتية من Latchkey
app-product = الخدمة الذاتية لكلمات المرور
app-not-found-title = الصفحة غير موجودة
app-not-found-body = لا توجد صفحة على هذا العنوان.
app-not-found-link = الانتقال إلى تسجيل الدخول
