# نصوص الواجهة العربية لقالب styrdok الافتراضي (Project Fluent).
site-description = الوثائق التوجيهية للبلديات – الاستراتيجيات والسياسات والبرامج والخطط – على شكل صفحات ويب سهلة الوصول. قارن الأهداف حسب مجال التركيز.
skip-to-content = الانتقال إلى المحتوى
main-navigation = القائمة الرئيسية
nav-home = جميع الوثائق
nav-focus-areas = مجالات التركيز
languages = اللغات
language-unavailable = غير متاح بهذه اللغة
footer-navigation = عن الموقع
made-with = نُشر باستخدام styrdok

# أنواع الوثائق
kind-strategi = استراتيجية
kind-policy = سياسة
kind-program = برنامج
kind-plan = خطة
kind-riktlinje = مبادئ توجيهية
kind-regler = قواعد

# بيانات القرار
decision = القرار والمسؤولية
decided-by = الجهة التي أصدرت القرار
decided = تاريخ القرار
paragraph = البند
valid-until = سارية حتى
responsible = المسؤول
responsible-unit = الإدارة المسؤولة
applies-to = تنطبق على
registry-number = رقم القيد
missing = المعلومة غير مذكورة في الوثيقة
until-further-notice = حتى إشعار آخر

# الحالة
status = الحالة
status-in-force = سارية
status-until-further-notice = سارية حتى إشعار آخر
status-expired = لم تعد سارية
status-unknown = مدة السريان غير مذكورة
expired-notice-title = لم تعد هذه الوثيقة سارية.
expired-notice = كانت سارية حتى { $date }. يبقى النص هنا لكي يمكن قراءته ومقارنته.
replaced-by = حلّت محلّ هذه الوثيقة الوثيقةُ التالية:
replaces = تحلّ هذه الوثيقة محلّ
translation-note = هذه ترجمة. النص الأصلي باللغة السويدية هو النص المعتمد:
only-in = متاح فقط باللغة { $language }

# صفحة الوثيقة
summary = الملخص
contents = المحتويات
goals = الأهداف
goal-count = { $count ->
    [zero] لا أهداف
    [one] هدف واحد
    [two] هدفان
    [few] { $count } أهداف
    [many] { $count } هدفًا
   *[other] { $count } هدف
}
goal-focus-areas = مجال التركيز
indicators = كيف يُقاس الهدف
related-documents = وثائق أخرى في مجالات التركيز نفسها
focus-areas-of-document = مجالات التركيز في الوثيقة

# القوائم ومجالات التركيز
documents = الوثائق
document-count = { $count ->
    [zero] لا وثائق
    [one] وثيقة واحدة
    [two] وثيقتان
    [few] { $count } وثائق
    [many] { $count } وثيقةً
   *[other] { $count } وثيقة
}
focus-areas = مجالات التركيز
focus-index-description = جميع مجالات التركيز، مع أهداف كل وثيقة توجيهية تتناولها.
focus-areas-intro = يجمع مجال التركيز الأهداف من جميع الوثائق التي تتناول المسألة نفسها، حتى يمكن مقارنة عمل البلديات.
focus-goals = الأهداف من جميع الوثائق
focus-no-goals = لا توجد بعدُ وثيقة لها أهداف في هذا المجال.
goal = الهدف
focus-untranslated = وصف هذا المجال غير متاح بهذه اللغة بعدُ.
kind = النوع
decided-on = تاريخ القرار
no-date = التاريخ غير مذكور
organisation = الجهة
documents-in-area = { $count ->
    [zero] لا وثائق
    [one] وثيقة واحدة
    [two] وثيقتان
    [few] { $count } وثائق
    [many] { $count } وثيقةً
   *[other] { $count } وثيقة
}

# 404
not-found-title = الصفحة غير موجودة
not-found-description = الصفحة غير موجودة. تعرض الصفحة الرئيسية جميع الوثائق التوجيهية.
not-found-text = الصفحة التي حاولت الوصول إليها غير موجودة. ربما نُقلت أو حُذفت.
not-found-home = الذهاب إلى الصفحة الرئيسية

# التاريخ: { $day } { $month } { $year }
date-format = { $day } { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

# أسماء اللغات بالعربية
language-name-sv = السويدية
language-name-en = الإنجليزية
language-name-ar = العربية
language-name-fa = الفارسية
language-name-so = الصومالية
language-name-uk = الأوكرانية
language-name-fi = الفنلندية
language-name-se = السامية الشمالية
language-name-fit = الميانكيلية

full-text-in-original = العنوان والملخص والأهداف مترجمة هنا. النص الكامل متاح فقط باللغة { $language }:

# Between items of a short list.
list-separator = {"، "}

# بيان إمكانية الوصول
a11y-title = بيان إمكانية الوصول
a11y-description = مدى سهولة الوصول إلى الموقع، والمشكلات المعروفة لدينا، وكيف تتواصل معنا عندما لا يعمل شيء ما.
a11y-footer-link = إمكانية الوصول
a11y-intro = الجهة المسؤولة عن الموقع الإلكتروني { $site } هي { $organisation }. نريد أن يتمكن أكبر عدد ممكن من الناس من استخدامه. نشرح هنا كيف يستوفي الموقع القانون السويدي بشأن إمكانية الوصول إلى الخدمات العامة الرقمية، وما نعرفه من مشكلات فيه، وكيف يمكنك إبلاغنا بالمشكلات.
a11y-how-accessible = ما مدى إمكانية الوصول إلى الموقع؟
a11y-status-full = الموقع متوافق تمامًا مع قانون إمكانية الوصول إلى الخدمات العامة الرقمية.
a11y-status-partial = الموقع متوافق جزئيًا مع قانون إمكانية الوصول إلى الخدمات العامة الرقمية، بسبب المشكلات الموصوفة أدناه.
a11y-status-none = الموقع غير متوافق مع قانون إمكانية الوصول إلى الخدمات العامة الرقمية.
a11y-known-issues = المحتوى غير المتاح
a11y-what-if = ماذا يمكنك أن تفعل إذا لم تستطع استخدام أجزاء من الموقع؟
a11y-contact-intro = إذا كنت بحاجة إلى محتوى من الموقع بصيغة أخرى، أو إذا وجدت مشكلات غير مذكورة هنا، فتواصل معنا:
a11y-email = البريد الإلكتروني
a11y-phone = الهاتف
a11y-report-link = أبلغ عن مشكلة عبر النموذج الخاص بنا
a11y-supervision = الرقابة
a11y-supervision-text = الجهة المسؤولة عن الرقابة على تطبيق قانون إمكانية الوصول إلى الخدمات العامة الرقمية هي { $supervisor }. إذا لم تكن راضيًا عن طريقة تعاملنا مع ملاحظاتك، يمكنك التواصل مع الجهة الرقابية.
a11y-supervision-link = قدّم بلاغًا إلى الجهة الرقابية
a11y-how-tested = كيف اختبرنا الموقع
a11y-how-tested-text = تُفحص كل صفحة بجميع اللغات تلقائيًا في كل مرة يُنشر فيها الموقع: باستخدام axe-core في متصفح Chromium وفق المستوى AA من WCAG 2.1 (في الوضع الفاتح والوضع الداكن وبعرض 320 بكسل)، وباستخدام أداة W3C للتحقق من HTML.
a11y-response-time = { $days ->
    [zero] نسعى إلى الرد في اليوم نفسه.
    [one] نسعى إلى الرد خلال يوم عمل واحد.
    [two] نسعى إلى الرد خلال يومَي عمل.
    [few] نسعى إلى الرد خلال { $days } أيام عمل.
    [many] نسعى إلى الرد خلال { $days } يوم عمل.
   *[other] نسعى إلى الرد خلال { $days } يوم عمل.
}
a11y-technical = معلومات تقنية عن إمكانية الوصول إلى الموقع
a11y-standard-full = الموقع متوافق تمامًا مع المستوى AA من إرشادات إمكانية الوصول إلى محتوى الويب (WCAG) الإصدار 2.1 (EN 301 549).
a11y-standard-partial = الموقع متوافق جزئيًا مع المستوى AA من إرشادات إمكانية الوصول إلى محتوى الويب (WCAG) الإصدار 2.1 (EN 301 549)، بسبب المشكلات الموصوفة أدناه.
a11y-standard-none = الموقع غير متوافق مع المستوى AA من إرشادات إمكانية الوصول إلى محتوى الويب (WCAG) الإصدار 2.1 (EN 301 549).
a11y-reason-not-compliant = عدم التوافق مع متطلبات القانون
a11y-reason-disproportionate-burden = عبء غير متناسب (المادة 12 من القانون)
a11y-reason-outside-law = محتوى لا يشمله القانون (المادة 9)
a11y-affects = يؤثر على
a11y-fixed-by = نخطط لإصلاح ذلك بحلول { $date }.
a11y-assessed-self = أجرينا تقييمًا ذاتيًا (اختبارًا داخليًا) للموقع. أُجري آخر تقييم في { $date }.
a11y-assessed-independent = أجرت { $assessor } مراجعة مستقلة للموقع. أُجري آخر تقييم في { $date }.
a11y-assessed = أُجري آخر تقييم في { $date }.
a11y-updated = حُدّث هذا البيان آخر مرة في { $date }.

## Indicators with data
indicator-unit = الوحدة
indicator-source = المصدر
indicator-kolada = المؤشر { $id } في Kolada
indicator-csv = الأرقام في ملف CSV
indicator-year = السنة
indicator-value = القيمة
indicator-table-caption = { $name }: القيم حسب السنة
indicator-latest-label = آخر قيمة
indicator-latest = { $value } ({ $year })
unit-percent = نسبة مئوية
unit-count = عدد
value-percent = { $value }%
value-with-unit = { $value } { $unit }
chart-desc-one = رسم بياني بالأعمدة فيه قيمة واحدة: { $value } في سنة { $year }.
chart-desc-many = رسم بياني بالأعمدة للسنوات { $first-year }–{ $last-year }. القيمة الأولى { $first-value } ({ $first-year }) والأحدث { $last-value } ({ $last-year }). الأدنى { $min-value } ({ $min-year })، والأعلى { $max-value } ({ $max-year }).
number-decimal-separator = .
number-group-separator = ,
number-minus-sign = { "\u200E-" }

## Open data and feeds
# The fact "giltig från" on a document's page.
valid-from = سارية من
# The Atom feed of the language; $site is the site's title.
feed-title = { $site }: أحدث الوثائق المعتمدة
feed-subtitle = الوثائق التوجيهية على الموقع، والأحدث اعتمادًا أولًا.

## Search
nav-search = بحث
search-title = بحث
search-description = ابحث في جميع الوثائق التوجيهية على الموقع: الاستراتيجيات والسياسات والبرامج والخطط.
search-label = ابحث في جميع الوثائق
search-button = بحث
search-hint = اكتب كلمة واحدة أو أكثر، مثل «سكن» أو «اللغة».
search-other-language = الوثائق متاحة فقط باللغة { $language }، لذا ابحث بكلمات من اللغة { $language }.
search-needs-javascript = يحتاج البحث إلى جافاسكريبت، وهي معطّلة أو لا تعمل في متصفحك. تجد أدناه قائمة بجميع الوثائق بدلاً من ذلك.
search-searching = جارٍ البحث …
search-failed = تعذّر بدء البحث. تجد أدناه قائمة بجميع الوثائق.
search-results = نتائج البحث
search-result-count = { $count ->
    [zero] لم يُعثر على أي وثيقة.
    [one] عُثر على وثيقة واحدة.
    [two] عُثر على وثيقتين.
    [few] عُثر على { $shown } وثائق.
    [many] عُثر على { $shown } وثيقةً.
   *[other] عُثر على { $shown } وثيقة.
}
search-more = عرض المزيد من النتائج
search-all-documents = جميع الوثائق
search-all-pages = عن الموقع

# حياة الوثيقة: التعديلات والإلغاء والمراجعة والإصدارات
# (ترجمة آلية، يُرجى أن يراجعها متحدث أصلي)
status-repealed = ملغاة
repeals-on = تُلغى اعتبارًا من { $date }
repealed-notice-title = أُلغيت هذه الوثيقة.
repealed-notice = لم تعد سارية اعتبارًا من { $date }. يبقى النص هنا لكي يمكن قراءته ومقارنته.
repeal-decided-by = ألغتها
repeal-paragraph = الفقرة
repeal-reason = السبب
updated = حُدِّثت
regulation-number = رقم اللائحة
review-by = تُراجَع في موعد أقصاه
review-responsible = المسؤول عن المراجعة
history = تاريخ الوثيقة
changes = التعديلات
change-major = تعديل كبير
versions = الإصدارات
version-current = هذا الإصدار
translation-outdated = عُدِّل الأصل باللغة { $language } في { $date }، بعد إعداد هذه الترجمة.
read-original = اقرأ الأصل.
moved-title = نُقلت هذه الصفحة
moved-text = للصفحة الآن عنوان جديد:

# سجل اللوائح (kommunallagen 8 kap. 13 §)
# (ترجمة آلية، يُرجى أن يراجعها متحدث أصلي)
register-title = سجل اللوائح
register-description = جميع اللوائح الملزمة التي لها رقم لائحة: السارية منها والملغاة أو التي لم تعد سارية.
register-lead = عدد اللوائح التي لها رقم لائحة: { $count }. وهي مرتبة حسب الجهة والرقم: أولًا السارية، ثم الملغاة أو التي لم تعد سارية.
register-intro = اللوائح الملزمة التي لها رقم لائحة مدرجة في السجل:
register-in-force = اللوائح السارية
register-ended = الملغاة أو التي لم تعد سارية
register-none-in-force = لا توجد حاليًا لائحة سارية لهذه الجهة.
register-col-title = العنوان
repealed-from = ملغاة اعتبارًا من { $date }
register-data = السجل كبيانات مفتوحة:
