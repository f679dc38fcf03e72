# متن‌های رابط کاربری فارسی برای قالب پیش‌فرض styrdok (Project Fluent).
site-description = اسناد راهبردی شهرداری‌ها – راهبردها، سیاست‌ها، برنامه‌ها و طرح‌ها – به‌صورت صفحه‌های وب دسترس‌پذیر. اهداف را بر اساس حوزهٔ تمرکز مقایسه کنید.
skip-to-content = رفتن به محتوا
main-navigation = منوی اصلی
nav-home = همهٔ اسناد
nav-focus-areas = حوزه‌های تمرکز
languages = زبان‌ها
language-unavailable = به این زبان موجود نیست
footer-navigation = دربارهٔ وب‌سایت
made-with = منتشرشده با styrdok

# انواع سند
kind-strategi = راهبرد
kind-policy = سیاست
kind-program = برنامه
kind-plan = طرح
kind-riktlinje = رهنمود
kind-regler = مقررات

# اطلاعات تصمیم
decision = تصمیم و مسئولیت
decided-by = مرجع تصویب
decided = تاریخ تصویب
paragraph = بند
valid-until = معتبر تا
responsible = مسئول
responsible-unit = بخش مسئول
applies-to = شامل
registry-number = شمارهٔ ثبت
missing = این اطلاعات در سند نیامده است
until-further-notice = تا اطلاع ثانوی

# وضعیت
status = وضعیت
status-in-force = معتبر
status-until-further-notice = معتبر تا اطلاع ثانوی
status-expired = دیگر معتبر نیست
status-unknown = مدت اعتبار ذکر نشده است
expired-notice-title = این سند دیگر معتبر نیست.
expired-notice = این سند تا { $date } معتبر بود. متن آن اینجا باقی مانده است تا بتوان آن را خواند و مقایسه کرد.
replaced-by = سند زیر جایگزین این سند شده است:
replaces = این سند جایگزینِ این سند است:
translation-note = این یک ترجمه است. متن اصلی به زبان سوئدی معتبر است:
only-in = فقط به زبان { $language }

# صفحهٔ سند
summary = خلاصه
contents = فهرست مطالب
goals = اهداف
goal-count = { $count ->
    [one] { $count } هدف
   *[other] { $count } هدف
}
goal-focus-areas = حوزهٔ تمرکز
indicators = نحوهٔ سنجش هدف
related-documents = اسناد دیگر در همین حوزه‌های تمرکز
focus-areas-of-document = حوزه‌های تمرکز این سند

# فهرست‌ها و حوزه‌های تمرکز
documents = اسناد
document-count = { $count ->
    [one] { $count } سند
   *[other] { $count } سند
}
focus-areas = حوزه‌های تمرکز
focus-index-description = همهٔ حوزه‌های تمرکز، همراه با اهداف هر سند راهبردی که به آن‌ها می‌پردازد.
focus-areas-intro = هر حوزهٔ تمرکز اهداف همهٔ اسنادی را که به یک موضوع می‌پردازند گرد هم می‌آورد تا بتوان کار شهرداری‌ها را با هم مقایسه کرد.
focus-goals = اهداف همهٔ اسناد
focus-no-goals = هنوز هیچ سندی در این حوزه هدفی ندارد.
goal = هدف
focus-untranslated = توضیح این حوزه هنوز به این زبان موجود نیست.
kind = نوع
decided-on = تاریخ تصویب
no-date = تاریخ ذکر نشده است
organisation = سازمان
documents-in-area = { $count ->
    [one] { $count } سند
   *[other] { $count } سند
}

# 404
not-found-title = صفحه پیدا نشد
not-found-description = این صفحه وجود ندارد. صفحهٔ اصلی همهٔ اسناد راهبردی را فهرست می‌کند.
not-found-text = صفحه‌ای که می‌خواستید به آن بروید وجود ندارد. ممکن است جابه‌جا یا حذف شده باشد.
not-found-home = رفتن به صفحهٔ اصلی

# تاریخ: { $day } { $month } { $year }
date-format = { $day } { $month } { $year }
month-1 = ژانویه
month-2 = فوریه
month-3 = مارس
month-4 = آوریل
month-5 = مه
month-6 = ژوئن
month-7 = ژوئیه
month-8 = اوت
month-9 = سپتامبر
month-10 = اکتبر
month-11 = نوامبر
month-12 = دسامبر

# نام زبان‌ها به فارسی
language-name-sv = سوئدی
language-name-en = انگلیسی
language-name-ar = عربی
language-name-fa = فارسی
language-name-so = سومالیایی
language-name-uk = اوکراینی
language-name-fi = فنلاندی
language-name-se = سامی شمالی
language-name-fit = میانکیلی

full-text-in-original = عنوان، خلاصه و اهداف در اینجا ترجمه شده‌اند. متن کامل فقط به زبان { $language } موجود است:

# Between items of a short list.
list-separator = {"، "}

# بیانیهٔ دسترس‌پذیری
a11y-title = بیانیهٔ دسترس‌پذیری
a11y-description = وب‌سایت تا چه اندازه دسترس‌پذیر است، چه مشکلاتی را می‌شناسیم و وقتی چیزی کار نمی‌کند چگونه با ما تماس بگیرید.
a11y-footer-link = دسترس‌پذیری
a11y-intro = { $organisation } مسئول وب‌سایت { $site } است. می‌خواهیم تا جای ممکن افراد بیشتری بتوانند از آن استفاده کنند. در اینجا توضیح می‌دهیم که این وب‌سایت چگونه الزامات قانون سوئد دربارهٔ دسترس‌پذیری خدمات عمومی دیجیتال را برآورده می‌کند، از چه مشکلاتی در آن آگاهیم و چگونه می‌توانید مشکلات را به ما گزارش دهید.
a11y-how-accessible = این وب‌سایت تا چه اندازه دسترس‌پذیر است؟
a11y-status-full = این وب‌سایت به‌طور کامل با قانون دسترس‌پذیری خدمات عمومی دیجیتال مطابقت دارد.
a11y-status-partial = این وب‌سایت به دلیل مشکلاتی که در زیر شرح داده شده است، فقط تا حدی با قانون دسترس‌پذیری خدمات عمومی دیجیتال مطابقت دارد.
a11y-status-none = این وب‌سایت با قانون دسترس‌پذیری خدمات عمومی دیجیتال مطابقت ندارد.
a11y-known-issues = محتوایی که دسترس‌پذیر نیست
a11y-what-if = اگر نتوانید از بخش‌هایی از وب‌سایت استفاده کنید، چه کاری می‌توانید انجام دهید؟
a11y-contact-intro = اگر محتوای وب‌سایت را در قالبی دیگر نیاز دارید، یا اگر به مشکلی برخوردید که اینجا ذکر نشده است، با ما تماس بگیرید:
a11y-email = ایمیل
a11y-phone = تلفن
a11y-report-link = مشکل را از طریق فرم ما گزارش دهید
a11y-supervision = نظارت
a11y-supervision-text = نظارت بر اجرای قانون دسترس‌پذیری خدمات عمومی دیجیتال بر عهدهٔ { $supervisor } است. اگر از نحوهٔ رسیدگی ما به نظرهایتان راضی نیستید، می‌توانید با نهاد ناظر تماس بگیرید.
a11y-supervision-link = گزارش به نهاد ناظر
a11y-how-tested = چگونه وب‌سایت را آزمایش کرده‌ایم
a11y-how-tested-text = هر صفحه به همهٔ زبان‌ها در هر بار انتشار به‌طور خودکار بررسی می‌شود: با axe-core در مرورگر Chromium بر اساس سطح AA از WCAG 2.1 (در حالت روشن و تیره و در عرض 320 پیکسل) و با ابزار اعتبارسنجی HTML از W3C.
a11y-response-time = { $days ->
    [one] تلاش می‌کنیم ظرف یک روز کاری پاسخ دهیم.
   *[other] تلاش می‌کنیم ظرف { $days } روز کاری پاسخ دهیم.
}
a11y-technical = اطلاعات فنی دربارهٔ دسترس‌پذیری وب‌سایت
a11y-standard-full = این وب‌سایت به‌طور کامل با سطح AA از رهنمودهای دسترس‌پذیری محتوای وب (WCAG) نسخهٔ 2.1 (EN 301 549) مطابقت دارد.
a11y-standard-partial = این وب‌سایت به دلیل مشکلاتی که در زیر شرح داده شده است، فقط تا حدی با سطح AA از رهنمودهای دسترس‌پذیری محتوای وب (WCAG) نسخهٔ 2.1 (EN 301 549) مطابقت دارد.
a11y-standard-none = این وب‌سایت با سطح AA از رهنمودهای دسترس‌پذیری محتوای وب (WCAG) نسخهٔ 2.1 (EN 301 549) مطابقت ندارد.
a11y-reason-not-compliant = عدم مطابقت با الزامات قانون
a11y-reason-disproportionate-burden = بار نامتناسب (مادهٔ 12 قانون)
a11y-reason-outside-law = محتوایی که مشمول قانون نیست (مادهٔ 9)
a11y-affects = تأثیر بر
a11y-fixed-by = قصد داریم این مشکل را تا { $date } برطرف کنیم.
a11y-assessed-self = ما وب‌سایت را خودمان ارزیابی کرده‌ایم (آزمون داخلی). آخرین ارزیابی در { $date } انجام شد.
a11y-assessed-independent = { $assessor } بازبینی مستقلی از وب‌سایت انجام داده است. آخرین ارزیابی در { $date } انجام شد.
a11y-assessed = آخرین ارزیابی در { $date } انجام شد.
a11y-updated = این بیانیه آخرین بار در { $date } به‌روز شد.

## Indicators with data
indicator-unit = واحد
indicator-source = منبع
indicator-kolada = شاخص { $id } در Kolada
indicator-csv = ارقام در یک فایل CSV
indicator-year = سال
indicator-value = مقدار
indicator-table-caption = { $name }: مقادیر بر حسب سال
indicator-latest-label = آخرین مقدار
indicator-latest = { $value } ({ $year })
unit-percent = درصد
unit-count = تعداد
value-percent = { $value }%
value-with-unit = { $value } { $unit }
chart-desc-one = نمودار میله‌ای با یک مقدار: { $value } در سال { $year }.
chart-desc-many = نمودار میله‌ای برای سال‌های { $first-year }–{ $last-year }. نخستین مقدار { $first-value } ({ $first-year }) و آخرین مقدار { $last-value } ({ $last-year }) است. کمترین { $min-value } ({ $min-year })، بیشترین { $max-value } ({ $max-year }).
number-decimal-separator = .
number-group-separator = ,
number-minus-sign = { "\u200E-" }

## Open data and feeds
# The fact "giltig från" on a document's page.
valid-from = معتبر از
# The Atom feed of the language; $site is the site's title.
feed-title = { $site }: تازه‌ترین اسناد مصوب
feed-subtitle = اسناد راهبردی وب‌سایت، به‌ترتیب تاریخ تصویب و تازه‌ترین در ابتدا.

## Search
nav-search = جستجو
search-title = جستجو
search-description = در همهٔ اسناد راهبردی این وب‌سایت جست‌وجو کنید: راهبردها، سیاست‌ها، برنامه‌ها و طرح‌ها.
search-label = جستجو در همهٔ اسناد
search-button = جستجو
search-hint = یک یا چند واژه بنویسید، برای نمونه «مسکن» یا «زبان».
search-other-language = اسناد فقط به زبان { $language } در دسترس‌اند، پس با واژه‌های زبان { $language } جستجو کنید.
search-needs-javascript = جستجو به جاوااسکریپت نیاز دارد که در مرورگر شما خاموش است یا کار نمی‌کند. در عوض، فهرست همهٔ اسناد در پایین آمده است.
search-searching = در حال جستجو …
search-failed = جستجو آغاز نشد. فهرست همهٔ اسناد در پایین آمده است.
search-results = نتایج جستجو
search-result-count = { $count ->
    [0] هیچ سندی پیدا نشد.
    [one] { $shown } سند پیدا شد.
   *[other] { $shown } سند پیدا شد.
}
search-more = نمایش نتایج بیشتر
search-all-documents = همهٔ اسناد
search-all-pages = دربارهٔ وب‌سایت

# زندگی یک سند: تغییرات، لغو، بازبینی، نسخه‌ها
# (ترجمهٔ ماشینی؛ لطفاً یک گویشور بومی آن را بازبینی کند)
status-repealed = لغوشده
repeals-on = از { $date } لغو می‌شود
repealed-notice-title = این سند لغو شده است.
repealed-notice = از { $date } دیگر اعتبار ندارد. متن اینجا می‌ماند تا بتوان آن را خواند و مقایسه کرد.
repeal-decided-by = لغوکننده
repeal-paragraph = بند
repeal-reason = دلیل
updated = به‌روزرسانی‌شده
regulation-number = شمارهٔ مقررات
review-by = بازبینی حداکثر تا
review-responsible = مسئول بازبینی
history = تاریخچهٔ سند
changes = تغییرات
change-major = تغییر بزرگ
versions = نسخه‌ها
version-current = این نسخه
translation-outdated = متن اصلی به { $language } در { $date } تغییر کرد، پس از آنکه این ترجمه انجام شد.
read-original = متن اصلی را بخوانید.
moved-title = این صفحه منتقل شده است
moved-text = این صفحه اکنون نشانی تازه‌ای دارد:

# فهرست مقررات (kommunallagen 8 kap. 13 §)
# (ترجمهٔ ماشینی؛ لطفاً یک گویشور بومی آن را بازبینی کند)
register-title = فهرست مقررات
register-description = همهٔ مقررات الزام‌آور دارای شمارهٔ مقررات: مقررات معتبر و مقرراتی که لغو شده‌اند یا دیگر اعتبار ندارند.
register-lead = شمار مقررات دارای شمارهٔ مقررات: { $count }. بر اساس سازمان و شماره مرتب شده‌اند: نخست مقررات معتبر، سپس مقررات لغوشده یا بی‌اعتبار.
register-intro = مقررات الزام‌آور دارای شمارهٔ مقررات در این فهرست آمده‌اند:
register-in-force = مقررات معتبر
register-ended = لغوشده یا بی‌اعتبار
register-none-in-force = در حال حاضر هیچ‌یک از مقررات این سازمان معتبر نیست.
register-col-title = عنوان
repealed-from = لغوشده از { $date }
register-data = این فهرست به‌صورت دادهٔ باز:
