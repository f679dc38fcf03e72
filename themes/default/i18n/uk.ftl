# Українські тексти інтерфейсу стандартної теми styrdok (Project Fluent).
site-description = Стратегічні документи муніципалітетів – стратегії, політики, програми та плани – у вигляді доступних вебсторінок. Порівнюйте цілі за тематичними сферами.
skip-to-content = Перейти до змісту
main-navigation = Головне меню
nav-home = Усі документи
nav-focus-areas = Тематичні сфери
languages = Мови
language-unavailable = недоступно цією мовою
footer-navigation = Про сайт
made-with = Опубліковано за допомогою styrdok

# Типи документів
kind-strategi = Стратегія
kind-policy = Політика
kind-program = Програма
kind-plan = План
kind-riktlinje = Настанова
kind-regler = Правила

# Дані про рішення
decision = Рішення та відповідальність
decided-by = Ким ухвалено
decided = Дата ухвалення
paragraph = Параграф
valid-until = Чинний до
responsible = Відповідальна особа
responsible-unit = Відповідальний підрозділ
applies-to = Стосується
registry-number = Реєстраційний номер
missing = У документі не вказано
until-further-notice = До подальшого рішення

# Статус
status = Статус
status-in-force = Чинний
status-until-further-notice = Чинний до подальшого рішення
status-expired = Більше не чинний
status-unknown = Строк дії не вказано
expired-notice-title = Цей документ більше не чинний.
expired-notice = Він був чинним до { $date } включно. Текст залишено тут, щоб його можна було читати й порівнювати.
replaced-by = Цей документ замінено документом
replaces = Цей документ замінює
translation-note = Це переклад. Чинним є оригінал шведською мовою:
only-in = лише мовою: { $language }

# Сторінка документа
summary = Короткий зміст
contents = Зміст
goals = Цілі
goal-count = { $count ->
    [one] { $count } ціль
    [few] { $count } цілі
    [many] { $count } цілей
   *[other] { $count } цілі
}
goal-focus-areas = Тематична сфера
indicators = Як вимірюють ціль
related-documents = Інші документи в тих самих тематичних сферах
focus-areas-of-document = Тематичні сфери документа

# Списки та тематичні сфери
documents = Документи
document-count = { $count ->
    [one] { $count } документ
    [few] { $count } документи
    [many] { $count } документів
   *[other] { $count } документа
}
focus-areas = Тематичні сфери
focus-index-description = Усі тематичні сфери з цілями кожного стратегічного документа, який їх стосується.
focus-areas-intro = Тематична сфера збирає цілі з усіх документів, які стосуються того самого питання, щоб роботу муніципалітетів можна було порівняти.
focus-goals = Цілі з усіх документів
focus-no-goals = Поки що жоден документ не має цілей у цій сфері.
goal = Ціль
focus-untranslated = Опис цієї сфери ще не доступний цією мовою.
kind = Тип
decided-on = Ухвалено
no-date = Дату не вказано
organisation = Організація
documents-in-area = { $count ->
    [one] { $count } документ
    [few] { $count } документи
    [many] { $count } документів
   *[other] { $count } документа
}

# 404
not-found-title = Сторінку не знайдено
not-found-description = Такої сторінки немає. На головній сторінці є всі стратегічні документи.
not-found-text = Сторінки, яку ви шукали, не існує. Можливо, її перемістили або видалили.
not-found-home = Перейти на головну сторінку

# Дата: { $day } { $month } { $year }
date-format = { $day } { $month } { $year }
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня

# Назви мов українською
language-name-sv = шведська
language-name-en = англійська
language-name-ar = арабська
language-name-fa = перська
language-name-so = сомалійська
language-name-uk = українська
language-name-fi = фінська
language-name-se = північносаамська
language-name-fit = меянкієлі

full-text-in-original = Тут перекладено назву, короткий зміст і цілі. Повний текст доступний лише мовою оригіналу ({ $language }):

# Between items of a short list.
list-separator = {", "}

# Заява про доступність
a11y-title = Заява про доступність
a11y-description = Наскільки сайт доступний, які проблеми нам відомі та як зв’язатися з нами, коли щось не працює.
a11y-footer-link = Доступність
a11y-intro = За вебсайт { $site } відповідає { $organisation }. Ми хочемо, щоб ним могло користуватися якомога більше людей. Тут ми описуємо, як вебсайт виконує вимоги шведського Закону про доступність цифрових публічних послуг, які недоліки нам відомі і як ви можете повідомити нам про недоліки.
a11y-how-accessible = Наскільки доступний вебсайт?
a11y-status-full = Вебсайт повністю відповідає Закону про доступність цифрових публічних послуг.
a11y-status-partial = Вебсайт частково відповідає Закону про доступність цифрових публічних послуг через недоліки, описані нижче.
a11y-status-none = Вебсайт не відповідає Закону про доступність цифрових публічних послуг.
a11y-known-issues = Недоступний вміст
a11y-what-if = Що ви можете зробити, якщо не можете користуватися деякими частинами вебсайту?
a11y-contact-intro = Якщо вам потрібен вміст вебсайту в іншому форматі або ви знайшли недоліки, яких тут не вказано, зв’яжіться з нами:
a11y-email = Електронна пошта
a11y-phone = Телефон
a11y-report-link = Повідомте про недолік через нашу форму
a11y-supervision = Нагляд
a11y-supervision-text = Нагляд за дотриманням Закону про доступність цифрових публічних послуг здійснює { $supervisor }. Якщо ви незадоволені тим, як ми розглядаємо ваші зауваження, ви можете звернутися до наглядового органу.
a11y-supervision-link = Подати скаргу до наглядового органу
a11y-how-tested = Як ми перевіряли вебсайт
a11y-how-tested-text = Кожну сторінку всіма мовами автоматично перевіряють під час кожної публікації: за допомогою axe-core у браузері Chromium на відповідність WCAG 2.1 рівня AA (у світлому й темному режимах і за ширини 320 пікселів) та за допомогою валідатора HTML від W3C.
a11y-response-time = { $days ->
    [one] Ми намагаємося відповісти протягом { $days } робочого дня.
    [few] Ми намагаємося відповісти протягом { $days } робочих днів.
    [many] Ми намагаємося відповісти протягом { $days } робочих днів.
   *[other] Ми намагаємося відповісти протягом { $days } робочого дня.
}
a11y-technical = Технічна інформація про доступність вебсайту
a11y-standard-full = Вебсайт повністю відповідає рівню AA Настанов з доступності вебвмісту (WCAG) версії 2.1 (EN 301 549).
a11y-standard-partial = Вебсайт частково відповідає рівню AA Настанов з доступності вебвмісту (WCAG) версії 2.1 (EN 301 549) через недоліки, описані нижче.
a11y-standard-none = Вебсайт не відповідає рівню AA Настанов з доступності вебвмісту (WCAG) версії 2.1 (EN 301 549).
a11y-reason-not-compliant = Невідповідність вимогам закону
a11y-reason-disproportionate-burden = Непропорційний тягар (стаття 12 закону)
a11y-reason-outside-law = Вміст, на який закон не поширюється (стаття 9)
a11y-affects = Стосується
a11y-fixed-by = Ми плануємо виправити це до { $date }.
a11y-assessed-self = Ми оцінили вебсайт самостійно (внутрішнє тестування). Останню оцінку проведено { $date }.
a11y-assessed-independent = { $assessor } провела незалежну перевірку вебсайту. Останню оцінку проведено { $date }.
a11y-assessed = Останню оцінку проведено { $date }.
a11y-updated = Цю заяву востаннє оновлено { $date }.

## Indicators with data
indicator-unit = Одиниця
indicator-source = Джерело
indicator-kolada = Показник { $id } у Kolada
indicator-csv = Дані у файлі CSV
indicator-year = Рік
indicator-value = Значення
indicator-table-caption = { $name }: значення за роками
indicator-latest-label = Останнє значення
indicator-latest = { $value } ({ $year })
unit-percent = відсотки
unit-count = кількість
value-percent = { $value }%
value-with-unit = { $value } { $unit }
chart-desc-one = Стовпчикова діаграма з одним значенням: { $value } у { $year } році.
chart-desc-many = Стовпчикова діаграма за { $first-year }–{ $last-year } роки. Перше значення — { $first-value } ({ $first-year }), останнє — { $last-value } ({ $last-year }). Найменше — { $min-value } ({ $min-year }), найбільше — { $max-value } ({ $max-year }).
number-decimal-separator = ,
number-group-separator = { "\u00A0" }
number-minus-sign = { "-" }

## Open data and feeds
# The fact "giltig från" on a document's page.
valid-from = Чинний з
# The Atom feed of the language; $site is the site's title.
feed-title = { $site }: нещодавно ухвалені документи
feed-subtitle = Стратегічні документи вебсайту, спершу нещодавно ухвалені.

## Search
nav-search = Пошук
search-title = Пошук
search-description = Пошук у всіх стратегічних документах сайту: стратегіях, політиках, програмах і планах.
search-label = Пошук у всіх документах
search-button = Шукати
search-hint = Введіть одне або кілька слів, наприклад «житло» або «мова».
search-other-language = Документи доступні лише такою мовою: { $language }. Тож шукайте словами цією мовою.
search-needs-javascript = Для пошуку потрібен JavaScript, який вимкнено або який не працює у вашому браузері. Нижче натомість подано список усіх документів.
search-searching = Пошук …
search-failed = Не вдалося запустити пошук. Нижче подано список усіх документів.
search-results = Результати пошуку
search-result-count = { $count ->
    [0] Документів не знайдено.
    [one] Знайдено { $shown } документ.
    [few] Знайдено { $shown } документи.
    [many] Знайдено { $shown } документів.
   *[other] Знайдено { $shown } документа.
}
search-more = Показати більше результатів
search-all-documents = Усі документи
search-all-pages = Про вебсайт

# Життя документа: зміни, скасування, перегляд, версії
# (машинний переклад; просимо носія мови перевірити)
status-repealed = Скасовано
repeals-on = Скасовується з { $date }
repealed-notice-title = Цей документ скасовано.
repealed-notice = Він не діє з { $date }. Текст залишається тут, щоб його можна було прочитати й порівняти.
repeal-decided-by = Скасував
repeal-paragraph = Параграф
repeal-reason = Причина
updated = Оновлено
regulation-number = Номер нормативного акта
review-by = Переглянути не пізніше
review-responsible = Відповідальний за перегляд
history = Історія документа
changes = Зміни
change-major = суттєва зміна
versions = Версії
version-current = ця версія
translation-outdated = Оригінал мовою { $language } було змінено { $date }, після того як було зроблено цей переклад.
read-original = Прочитайте оригінал.
moved-title = Сторінку переміщено
moved-text = Тепер сторінка має нову адресу:

# Реєстр нормативних актів (kommunallagen 8 kap. 13 §)
# (машинний переклад; просимо носія мови перевірити)
register-title = Реєстр нормативних актів
register-description = Усі обов'язкові нормативні акти з номером: чинні, а також скасовані або ті, що втратили чинність.
register-lead = Нормативних актів із номером: { $count }. Упорядковано за організацією та номером: спочатку чинні, потім скасовані або ті, що втратили чинність.
register-intro = Обов'язкові нормативні акти з номером наведено в реєстрі:
register-in-force = Чинні нормативні акти
register-ended = Скасовані або такі, що втратили чинність
register-none-in-force = Наразі жоден нормативний акт цієї організації не є чинним.
register-col-title = Назва
repealed-from = Скасовано з { $date }
register-data = Реєстр як відкриті дані:
