<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>ActionItemsModel</name>
    <message>
        <source>(type a new challenge here)</source>
        <translation>(اكتب تحديًا جديدًا هنا)</translation>
    </message>
    <message>
        <source>The day the status last changed</source>
        <translation>يوم آخر تغيير للحالة</translation>
    </message>
</context>
<context>
    <name>ActionPlansPage</name>
    <message>
        <source>Any</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>خطة جديدة…</translation>
    </message>
    <message>
        <source>Plan details…</source>
        <translation>تفاصيل الخطة…</translation>
    </message>
    <message>
        <source>Delete plan…</source>
        <translation>حذف الخطة…</translation>
    </message>
    <message>
        <source>Pl&amp;an:</source>
        <translation>&amp;الخطة:</translation>
    </message>
    <message>
        <source>&amp;Challenges</source>
        <translation>التح&amp;ديات</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>الم&amp;جموعات:</translation>
    </message>
    <message>
        <source>Groups of the plan</source>
        <translation>مجموعات الخطة</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Challenges of the group</source>
        <translation>تحديات المجموعة</translation>
    </message>
    <message>
        <source>Add challenge</source>
        <translation>إضافة تحدٍّ</translation>
    </message>
    <message>
        <source>Delete challenge</source>
        <translation>حذف التحدي</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>Type in a cell to change it; Tab goes on to the next cell, Enter to the next line of action points.</source>
        <translation>اكتب في خلية لتغييرها؛ ينتقل مفتاح Tab إلى الخلية التالية، ومفتاح Enter إلى السطر التالي من نقاط العمل.</translation>
    </message>
    <message>
        <source>Fo&amp;llow-up</source>
        <translation>المتا&amp;بعة</translation>
    </message>
    <message>
        <source>Pe&amp;rson:</source>
        <translation>ال&amp;شخص:</translation>
    </message>
    <message>
        <source>Over&amp;due only</source>
        <translation>المتأخرة &amp;فقط</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>Focal point or adviser</source>
        <translation>جهة تنسيق أو مستشار</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>المن&amp;ظمة:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Of people or group</source>
        <translation>منظمة الشخص أو المجموعة</translation>
    </message>
    <message>
        <source>Changed &amp;since:</source>
        <translation>تغيّرت م&amp;نذ:</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation>تغيّرت منذ</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>مثال: 2025-03-31</translation>
    </message>
    <message>
        <source>Challenges to follow up</source>
        <translation>التحديات المطلوب متابعتها</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Mar&amp;k Changes from the Standard</source>
        <translation>&amp;إبراز التغييرات عن الصيغة القياسية</translation>
    </message>
    <message>
        <source>Show which entries the operation changed</source>
        <translation>إظهار البنود التي غيّرتها العملية</translation>
    </message>
    <message>
        <source>Pre&amp;sentation Mode</source>
        <translation>وضع ال&amp;عرض</translation>
    </message>
    <message>
        <source>Full screen, large text, nothing but the view: for a room</source>
        <translation>ملء الشاشة ونص كبير والعرض وحده: لقاعة</translation>
    </message>
    <message>
        <source>Spotlight One &amp;Category</source>
        <translation>تسليط الضوء على &amp;فئة واحدة</translation>
    </message>
    <message>
        <source>Show one category at a time; the arrow keys step through them</source>
        <translation>عرض فئة واحدة في كل مرة؛ مفاتيح الأسهم تنتقل بينها</translation>
    </message>
    <message>
        <source>Spotlight One Ro&amp;w</source>
        <translation>تسليط الضوء على &amp;صف واحد</translation>
    </message>
    <message>
        <source>Show one row across the categories; the arrow keys step through them</source>
        <translation>عرض صف واحد عبر الفئات؛ مفاتيح الأسهم تنتقل بينها</translation>
    </message>
    <message>
        <source>&amp;New Operation…</source>
        <translation>عملية &amp;جديدة…</translation>
    </message>
    <message>
        <source>Start an operation from the standard matrix</source>
        <translation>بدء عملية انطلاقًا من المصفوفة القياسية</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <source>Open an operation file (.pim)</source>
        <translation>فتح ملف عملية (.pim)</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>حفظ &amp;نسخة باسم…</translation>
    </message>
    <message>
        <source>Write a copy of the operation file</source>
        <translation>كتابة نسخة من ملف العملية</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Close the operation</source>
        <translation>إغلاق العملية</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Leave PIM Desktop; every change is already saved</source>
        <translation>الخروج من PIM Desktop؛ كل التغييرات محفوظة بالفعل</translation>
    </message>
    <message>
        <source>&amp;Find in the Matrix</source>
        <translation>&amp;بحث في المصفوفة</translation>
    </message>
    <message>
        <source>Search all entries</source>
        <translation>البحث في كل البنود</translation>
    </message>
    <message>
        <source>Find Ne&amp;xt</source>
        <translation>البحث عن التا&amp;لي</translation>
    </message>
    <message>
        <source>Go to the next cell that matches</source>
        <translation>الانتقال إلى الخلية المطابقة التالية</translation>
    </message>
    <message>
        <source>&amp;Edit Cell</source>
        <translation>تعديل ال&amp;خلية</translation>
    </message>
    <message>
        <source>Change the entries of the selected cell</source>
        <translation>تغيير بنود الخلية المحددة</translation>
    </message>
    <message>
        <source>&amp;Add Entry</source>
        <translation>إ&amp;ضافة بند</translation>
    </message>
    <message>
        <source>Add an entry to the selected cell</source>
        <translation>إضافة بند إلى الخلية المحددة</translation>
    </message>
    <message>
        <source>Remo&amp;ve Entry</source>
        <translation>إ&amp;زالة البند</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>إزالة البند المحدد</translation>
    </message>
    <message>
        <source>&amp;Move Entry Up</source>
        <translation>نقل البند إلى ال&amp;أعلى</translation>
    </message>
    <message>
        <source>Move Entry &amp;Down</source>
        <translation>نقل البند إلى الأس&amp;فل</translation>
    </message>
    <message>
        <source>Add R&amp;ow…</source>
        <translation>إضافة &amp;صف…</translation>
    </message>
    <message>
        <source>Add a row of the operation&apos;s own</source>
        <translation>إضافة صف خاص بالعملية</translation>
    </message>
    <message>
        <source>Re&amp;name Row…</source>
        <translation>إعادة ت&amp;سمية الصف…</translation>
    </message>
    <message>
        <source>Move Row Up</source>
        <translation>نقل الصف إلى الأعلى</translation>
    </message>
    <message>
        <source>Move Row Down</source>
        <translation>نقل الصف إلى الأسفل</translation>
    </message>
    <message>
        <source>Reset En&amp;try to the Standard</source>
        <translation>إعادة الب&amp;ند إلى الصيغة القياسية</translation>
    </message>
    <message>
        <source>Open S&amp;hared Operation…</source>
        <translation>فتح عملية &amp;مشتركة…</translation>
    </message>
    <message>
        <source>Read an operation kept on a shared server, as far as your clearance goes</source>
        <translation>قراءة عملية محفوظة على خادم مشترك، في حدود تصريحك</translation>
    </message>
    <message>
        <source>Take a Copy O&amp;ffline…</source>
        <translation>أخذ نسخة &amp;للعمل دون اتصال…</translation>
    </message>
    <message>
        <source>Write what you see of the shared operation into a file to work on without the server; File &gt; Merge brings it back</source>
        <translation>كتابة ما تراه من العملية المشتركة في ملف للعمل عليه دون الخادم؛ ويعيدها الأمر ملف &gt; دمج</translation>
    </message>
    <message>
        <source>Reset &amp;Cell to the Standard</source>
        <translation>إعادة الخلية إلى الصيغة ال&amp;قياسية</translation>
    </message>
    <message>
        <source>Re&amp;set Row to the Standard</source>
        <translation>إعا&amp;دة الصف إلى الصيغة القياسية</translation>
    </message>
    <message>
        <source>Reset the Who&amp;le Matrix to the Standard…</source>
        <translation>إعادة المصفوفة &amp;كاملة إلى الصيغة القياسية…</translation>
    </message>
    <message>
        <source>Remove Ro&amp;w…</source>
        <translation>&amp;حذف الصف…</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>ال&amp;دليل</translation>
    </message>
    <message>
        <source>How to use PIM Desktop, in the window&apos;s language</source>
        <translation>طريقة استخدام PIM Desktop، بلغة النافذة</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Every key of the program, by menu and by view</source>
        <translation>كل مفاتيح البرنامج، بحسب القائمة وطريقة العرض</translation>
    </message>
    <message>
        <source>&amp;About PIM Desktop</source>
        <translation>&amp;حول PIM Desktop</translation>
    </message>
    <message>
        <source>PIM &amp;Matrix</source>
        <translation>&amp;مصفوفة إدارة معلومات الحماية (PIM)</translation>
    </message>
    <message>
        <source>Build and customise the operation&apos;s matrix</source>
        <translation>إنشاء مصفوفة العملية وتكييفها</translation>
    </message>
    <message>
        <source>Ma&amp;pping</source>
        <translation>&amp;رسم الخرائط</translation>
    </message>
    <message>
        <source>Organisations, information systems, gaps and overlaps</source>
        <translation>المنظمات وأنظمة المعلومات والفجوات والتداخلات</translation>
    </message>
    <message>
        <source>Add &amp;Organisation…</source>
        <translation>إضافة &amp;منظمة…</translation>
    </message>
    <message>
        <source>Add an organisation to the register</source>
        <translation>إضافة منظمة إلى السجل</translation>
    </message>
    <message>
        <source>Add Information &amp;System…</source>
        <translation>إضافة &amp;نظام معلومات…</translation>
    </message>
    <message>
        <source>Add a system to the register</source>
        <translation>إضافة نظام إلى السجل</translation>
    </message>
    <message>
        <source>&amp;Edit Selected…</source>
        <translation>&amp;تعديل المحدد…</translation>
    </message>
    <message>
        <source>Change the selected organisation or system</source>
        <translation>تغيير المنظمة أو النظام المحدد</translation>
    </message>
    <message>
        <source>&amp;Delete Selected…</source>
        <translation>&amp;حذف المحدد…</translation>
    </message>
    <message>
        <source>Delete the selected organisation or system</source>
        <translation>حذف المنظمة أو النظام المحدد</translation>
    </message>
    <message>
        <source>&amp;History of Selected…</source>
        <translation>سجل تغ&amp;ييرات المحدد…</translation>
    </message>
    <message>
        <source>Who changed the selected organisation or system, and when</source>
        <translation>من غيّر المنظمة أو النظام المحدد، ومتى</translation>
    </message>
    <message>
        <source>&amp;Filter the Mapping</source>
        <translation>ت&amp;صفية رسم الخرائط</translation>
    </message>
    <message>
        <source>Type to filter every mapping view</source>
        <translation>اكتب لتصفية كل طرق عرض رسم الخرائط</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>م&amp;سح عوامل التصفية</translation>
    </message>
    <message>
        <source>Show everything again</source>
        <translation>إظهار كل شيء من جديد</translation>
    </message>
    <message>
        <source>&amp;Action Plans</source>
        <translation>&amp;خطط العمل</translation>
    </message>
    <message>
        <source>Workshop action plans and their follow-up</source>
        <translation>خطط عمل ورش العمل ومتابعتها</translation>
    </message>
    <message>
        <source>&amp;New Action Plan…</source>
        <translation>خطة عمل &amp;جديدة…</translation>
    </message>
    <message>
        <source>Start the action plan of a workshop</source>
        <translation>بدء خطة العمل الخاصة بورشة عمل</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Export views to Excel, PDF or CSV</source>
        <translation>تصدير طرق العرض إلى Excel أو PDF أو CSV</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;استيراد…</translation>
    </message>
    <message>
        <source>Import organisations or systems from a spreadsheet</source>
        <translation>استيراد منظمات أو أنظمة من جدول بيانات</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>ا&amp;ستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Put back the operation as it was when opened, or before an import</source>
        <translation>إعادة العملية كما كانت عند فتحها، أو قبل الاستيراد</translation>
    </message>
    <message>
        <source>&amp;Merge Operation File…</source>
        <translation>&amp;دمج ملف عملية…</translation>
    </message>
    <message>
        <source>Bring in a colleague&apos;s copy of the operation</source>
        <translation>جلب نسخة أحد الزملاء من العملية</translation>
    </message>
    <message>
        <source>Leave Presentation Mode</source>
        <translation>الخروج من وضع العرض</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>تص&amp;غير</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>ال&amp;حجم العادي</translation>
    </message>
    <message>
        <source>PIM Process and &amp;Review</source>
        <translation>مسار PIM و&amp;المراجعة</translation>
    </message>
    <message>
        <source>Where the operation stands in the PIM Process; the systems&apos; data review</source>
        <translation>موقع العملية في مسار PIM؛ ومراجعة بيانات الأنظمة</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>ال&amp;تغييرات</translation>
    </message>
    <message>
        <source>What changed since a milestone, and who changed it</source>
        <translation>ما الذي تغيّر منذ محطة مرجعية، ومن غيّره</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>التفض&amp;يلات…</translation>
    </message>
    <message>
        <source>Language, theme and your name in the change log</source>
        <translation>اللغة والمظهر واسمك في سجل التغييرات</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>when it was opened</source>
        <translation>عند فتحه</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>قبل الاستيراد</translation>
    </message>
    <message>
        <source>before a merge</source>
        <translation>قبل الدمج</translation>
    </message>
    <message>
        <source>before an upgrade to a newer version</source>
        <translation>قبل الترقية إلى إصدار أحدث</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>قبل الاستعادة</translation>
    </message>
    <message>
        <source>No backup could be made of this file: {reason}</source>
        <translation>تعذّر عمل نسخة احتياطية من هذا الملف: {reason}</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>There is no backup of this file yet.</source>
        <translation>لا توجد نسخة احتياطية من هذا الملف بعد.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>تعذّرت استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Restored the backup made {made}; the file as it was is backed up too.</source>
        <translation>تمت استعادة النسخة الاحتياطية المعمولة في {made}؛ وحُفظت نسخة من الملف كما كان أيضاً.</translation>
    </message>
</context>
<context>
    <name>ChangesPage</name>
    <message>
        <source>F&amp;rom the milestone:</source>
        <translation>&amp;بدءًا من المحطة:</translation>
    </message>
    <message>
        <source>From the milestone</source>
        <translation>بدءًا من المحطة</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;حتى:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>نوع التغيير</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>ال&amp;شخص:</translation>
    </message>
    <message>
        <source>Who made the change</source>
        <translation>من أجرى التغيير</translation>
    </message>
    <message>
        <source>Mark Mi&amp;lestone…</source>
        <translation>&amp;وضع محطة مرجعية…</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>ما الذي تغيّر</translation>
    </message>
</context>
<context>
    <name>ChangesWorkspace</name>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>No milestone is marked yet. Mark one (before a workshop, say): the changes made from then on are listed here, with who made them.</source>
        <translation>لم توضع أي محطة مرجعية بعد. ضع واحدة (قبل ورشة عمل مثلًا): تُعرض هنا التغييرات التي تُجرى بعدها، مع من أجراها.</translation>
    </message>
    <message>
        <source>{kind} ({change}): {count}</source>
        <translation>{kind} ({change}): {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed</source>
        <translation>
            <numerusform>لم يتغيّر أي سجل</numerusform>
            <numerusform>تغيّر سجل واحد</numerusform>
            <numerusform>تغيّر سجلان</numerusform>
            <numerusform>تغيّرت %n سجلات</numerusform>
            <numerusform>تغيّر %n سجلًا</numerusform>
            <numerusform>تغيّر %n سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out (above the sensitivity ceiling)</source>
        <translation>
            <numerusform>لا مستبعد (فوق سقف الحساسية)</numerusform>
            <numerusform>مستبعد واحد (فوق سقف الحساسية)</numerusform>
            <numerusform>مستبعدان (فوق سقف الحساسية)</numerusform>
            <numerusform>%n مستبعدة (فوق سقف الحساسية)</numerusform>
            <numerusform>%n مستبعدًا (فوق سقف الحساسية)</numerusform>
            <numerusform>%n مستبعد (فوق سقف الحساسية)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark a milestone</source>
        <translation>وضع محطة مرجعية</translation>
    </message>
    <message>
        <source>Name this moment, to compare with later (e.g. “Before the March workshop”):</source>
        <translation>سمِّ هذه اللحظة لتقارن بها لاحقًا (مثلًا «قبل ورشة آذار/مارس»):</translation>
    </message>
    <message>
        <source>Cannot mark the milestone</source>
        <translation>تعذّر وضع المحطة المرجعية</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>التحدي</translation>
    </message>
    <message>
        <source>Action points (one a line)</source>
        <translation>نقاط العمل (نقطة في كل سطر)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الإطار الزمني</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>جهات التنسيق</translation>
    </message>
    <message>
        <source>Advisers</source>
        <translation>المستشارون</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>PIM category</source>
        <translation>فئة PIM</translation>
    </message>
    <message>
        <source>PIM Process step</source>
        <translation>خطوة مسار PIM</translation>
    </message>
    <message>
        <source>PIM Principle</source>
        <translation>مبدأ PIM</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>الحالة منذ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>جهة التنسيق</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>الأنظمة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>الجهات المشغّلة</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>درجة الحساسية</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>المخرجات</translation>
    </message>
    <message>
        <source>As</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>أساسية</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>ثانوية</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>الأساليب</translation>
    </message>
    <message>
        <source>System</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>Whom to ask</source>
        <translation>جهة الاستفسار</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>{who} saved {name} after you opened it. Their changes and yours:</source>
        <translation>حفظ {who} السجل {name} بعد أن فتحتَه. تعديلاته وتعديلاتك:</translation>
    </message>
    <message>
        <source>Someone else saved {name} after you opened it. Their changes and yours:</source>
        <translation>حفظ شخص آخر السجل {name} بعد أن فتحتَه. تعديلاته وتعديلاتك:</translation>
    </message>
    <message>
        <source>&amp;Save Mine</source>
        <translation>ا&amp;حفظ تعديلاتي</translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation>أ&amp;بقِ تعديلاته</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Saved by the other</source>
        <translation>ما حفظه الآخر</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>ما أدخلتَه</translation>
    </message>
    <message>
        <source>{field} (changed by both)</source>
        <translation>{field} (عدّله الطرفان)</translation>
    </message>
    <message>
        <source>Saved by Someone Else</source>
        <translation>حفظه شخص آخر</translation>
    </message>
    <message>
        <source>The fields the other saved and the fields you changed</source>
        <translation>الحقول التي حفظها الآخر والحقول التي عدّلتَها</translation>
    </message>
    <message>
        <source>Save mine: the fields you changed are saved as you typed them; every other field keeps what the other saved. Keep theirs: your changes are left out, and the record shows as they saved it.</source>
        <translation>احفظ تعديلاتي: تُحفظ الحقول التي عدّلتَها كما أدخلتَها، ويبقى في كل حقل آخر ما حفظه الآخر. أبقِ تعديلاته: تُترك تعديلاتك، ويظهر السجل كما حفظه.</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>CopyEncryptionDialog</name>
    <message>
        <source>Protect the copy</source>
        <translation>حماية النسخة</translation>
    </message>
</context>
<context>
    <name>DataExchange</name>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Comparing the two files…</source>
        <translation>جارٍ مقارنة الملفين…</translation>
    </message>
    <message>
        <source>Imported the operation in {file}.</source>
        <translation>تم استيراد العملية الواردة في {file}.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>لم يتم الاستيراد</translation>
    </message>
    <message>
        <source>Imported: {added} added, {updated} updated, {left} left out.</source>
        <translation>تم الاستيراد: أُضيف {added}، وحُدِّث {updated}، واستُبعد {left}.</translation>
    </message>
    <message>
        <source>Merge an operation file</source>
        <translation>دمج ملف عملية</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>تعذّر الدمج</translation>
    </message>
    <message>
        <source>choose another file than the open one</source>
        <translation>اختر ملفًا غير الملف المفتوح</translation>
    </message>
    <message>
        <source>Merged {file}.</source>
        <translation>تم دمج {file}.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>لم يتم التصدير</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>Cannot open the operation</source>
        <translation>تعذّر فتح العملية</translation>
    </message>
</context>
<context>
    <name>EncryptionFields</name>
    <message>
        <source>Leave the passphrase empty to keep this file&apos;s. {warning}</source>
        <translation>اترك عبارة المرور فارغة للاحتفاظ بعبارة مرور هذا الملف. {warning}</translation>
    </message>
    <message>
        <source>the two passphrases typed differ</source>
        <translation>عبارتا المرور المكتوبتان مختلفتان</translation>
    </message>
    <message>
        <source>&amp;Encrypt with a passphrase</source>
        <translation>&amp;تشفير بعبارة مرور</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;مرة أخرى:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>PIM Desktop met a problem it did not expect ({problem}). Every change made before it is saved in the file.</source>
        <translation>واجه PIM Desktop مشكلة غير متوقعة ({problem}). كل التغييرات التي أُجريت قبلها محفوظة في الملف.</translation>
    </message>
    <message>
        <source>The details could not be written down.</source>
        <translation>تعذّر تدوين التفاصيل.</translation>
    </message>
    <message>
        <source>The details are in {log}; please send them with a report of what you were doing.</source>
        <translation>التفاصيل في {log}؛ يُرجى إرسالها مع وصف لما كنت تفعله.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>مصنف Excel (.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (.pdf)</source>
        <translation>مستند PDF (.pdf)</translation>
    </message>
    <message>
        <source>CSV table (.csv)</source>
        <translation>جدول CSV (.csv)</translation>
    </message>
    <message>
        <source>JSON, the whole operation (.json)</source>
        <translation>JSON، العملية كاملة (.json)</translation>
    </message>
    <message>
        <source>Everything (no level left out)</source>
        <translation>كل شيء (دون استبعاد أي مستوى)</translation>
    </message>
    <message>
        <source>Up to {level}</source>
        <translation>حتى مستوى {level}</translation>
    </message>
    <message>
        <source>Include people&apos;s names, e-mails and phones</source>
        <translation>تضمين أسماء الأشخاص وعناوين بريدهم الإلكتروني وأرقام هواتفهم</translation>
    </message>
    <message>
        <source>Column keys and a row of HXL tags, as imports read them</source>
        <translation>مفاتيح الأعمدة وصفّ من وسوم HXL، كما يقرؤها الاستيراد</translation>
    </message>
    <message>
        <source>For scripts and imports; a workbook for people has the headings the window shows.</source>
        <translation>للبرامج النصية وعمليات الاستيراد؛ أما المصنَّف المُعدّ للأشخاص فيحمل العناوين كما تعرضها النافذة.</translation>
    </message>
    <message>
        <source>Counting what the export will hold…</source>
        <translation>جارٍ عدّ ما سيحتويه التصدير…</translation>
    </message>
    <message numerus="yes">
        <source>{part}: %n row(s)</source>
        <translation>
            <numerusform>{part}: لا صفوف</numerusform>
            <numerusform>{part}: صف واحد</numerusform>
            <numerusform>{part}: صفان</numerusform>
            <numerusform>{part}: %n صفوف</numerusform>
            <numerusform>{part}: %n صفًّا</numerusform>
            <numerusform>{part}: %n صف</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Sensitivity label: {level}</source>
        <translation>درجة الحساسية: {level}</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>ما تم استبعاده:</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>تصدير باسم</translation>
    </message>
    <message>
        <source>choose where to save the export</source>
        <translation>اختر مكان حفظ الملف المُصدَّر</translation>
    </message>
    <message>
        <source>only single tables export to csv: choose xlsx or pdf for this view</source>
        <translation>لا تُصدَّر إلى csv إلا الجداول المفردة: اختر xlsx أو pdf لهذا العرض</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>ال&amp;محتوى:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <source>&amp;Share with:</source>
        <translation>م&amp;شاركة مع:</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>الأ&amp;فراد:</translation>
    </message>
    <message>
        <source>For &amp;machines:</source>
        <translation>للآ&amp;لات:</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>حفظ &amp;باسم:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>Will include:</source>
        <translation>سيتضمن:</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Exported to {target}.</source>
        <translation>تم التصدير إلى {target}.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>PIM operation files (*.pim);;All files (*)</source>
        <translation>ملفات عمليات PIM (*.pim);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Change group</source>
        <translation>تغيير المجموعة</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>إضافة مجموعة</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>ال&amp;موضوع:</translation>
    </message>
    <message>
        <source>e.g. Data Sharing</source>
        <translation>مثلًا: تبادل البيانات</translation>
    </message>
    <message>
        <source>Team &amp;leader:</source>
        <translation>&amp;قائد الفريق:</translation>
    </message>
    <message>
        <source>Name (Organisation)</source>
        <translation>الاسم (المنظمة)</translation>
    </message>
    <message>
        <source>Team &amp;members:</source>
        <translation>&amp;أعضاء الفريق:</translation>
    </message>
    <message>
        <source>One a line: Name (Organisation)</source>
        <translation>واحد في كل سطر: الاسم (المنظمة)</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>PIM Desktop Guide</source>
        <translation>دليل استخدام PIM Desktop</translation>
    </message>
    <message>
        <source>The guide</source>
        <translation>الدليل</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>About PIM Desktop</source>
        <translation>حول PIM Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PIM Desktop {version}&lt;/h3&gt;&lt;p&gt;Build and customise the PIM Matrix for your operation, and map who runs which information system.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PIM Desktop {version}&lt;/h3&gt;&lt;p&gt;أنشئ مصفوفة إدارة معلومات الحماية (PIM) لعمليتك وكيّفها، وارسم خريطة الجهات التي تدير كل نظام من أنظمة المعلومات.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>{name}: every change logged, oldest first</source>
        <translation>{name}: كل التغييرات المسجّلة، من الأقدم إلى الأحدث</translation>
    </message>
    <message>
        <source>{name}: no change logged yet (changes are logged from this version on)</source>
        <translation>{name}: لا تغييرات مسجّلة بعد (تُسجَّل التغييرات ابتداءً من هذا الإصدار)</translation>
    </message>
    <message>
        <source>Record History</source>
        <translation>سجل تغييرات السجل</translation>
    </message>
    <message>
        <source>Who changed the record, and when</source>
        <translation>من غيّر السجل، ومتى</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>update</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>بلا تغيير</translation>
    </message>
    <message>
        <source>matches several</source>
        <translation>يطابق عدة سجلات</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>مستبعد</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(لا يُستورد)</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>Information systems</source>
        <translation>أنظمة المعلومات</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>بنود العمل</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Will</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>none: such rows are refused</source>
        <translation>بلا فئة: تُرفض هذه الصفوف</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>استيراد من</translation>
    </message>
    <message>
        <source>Spreadsheets and operations (*.xlsx *.csv *.json);;All files (*)</source>
        <translation>جداول البيانات والعمليات (*.xlsx *.csv *.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>No column of organisations or systems was recognised in this sheet.</source>
        <translation>لم يُتعرَّف في هذه الورقة على أي عمود للمنظمات أو الأنظمة.</translation>
    </message>
    <message>
        <source>Correct the rows with errors in the file (or the columns here), or leave them out.</source>
        <translation>صحّح الصفوف التي فيها أخطاء في الملف (أو الأعمدة هنا)، أو استبعدها.</translation>
    </message>
    <message>
        <source>The records with errors will be left out.</source>
        <translation>ستُستبعد السجلات التي فيها أخطاء.</translation>
    </message>
    <message>
        <source>This sheet is empty.</source>
        <translation>هذه الورقة فارغة.</translation>
    </message>
    <message>
        <source>The whole operation {name}: {organisations}, {systems} and {plans}, with its process and reviews; records of the same name are updated and its matrix replaces this one&apos;s. To choose part by part, use File &gt; Merge with the colleague&apos;s .pim file instead.</source>
        <translation>العملية {name} كاملة: {organisations}، و{systems}، و{plans}، مع مسارها ومراجعاتها؛ تُحدَّث السجلات التي تحمل الاسم نفسه، وتحل مصفوفتها محل مصفوفة هذه العملية. لاختيار الأجزاء جزءًا جزءًا، استخدم بدلًا من ذلك ملف &gt; دمج ملف عملية مع ملف .pim الخاص بزميلك.</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>لا منظمات</numerusform>
            <numerusform>منظمة واحدة</numerusform>
            <numerusform>منظمتان</numerusform>
            <numerusform>%n منظمات</numerusform>
            <numerusform>%n منظمةً</numerusform>
            <numerusform>%n منظمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n system(s)</source>
        <translation>
            <numerusform>لا أنظمة</numerusform>
            <numerusform>نظام واحد</numerusform>
            <numerusform>نظامان</numerusform>
            <numerusform>%n أنظمة</numerusform>
            <numerusform>%n نظامًا</numerusform>
            <numerusform>%n نظام</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s)</source>
        <translation>
            <numerusform>لا خطط عمل</numerusform>
            <numerusform>خطة عمل واحدة</numerusform>
            <numerusform>خطتا عمل</numerusform>
            <numerusform>%n خطط عمل</numerusform>
            <numerusform>%n خطةَ عمل</numerusform>
            <numerusform>%n خطة عمل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Header on row(s) {rows}</source>
        <translation>
            <numerusform>العناوين في الصف {rows}</numerusform>
            <numerusform>العناوين في الصف {rows}</numerusform>
            <numerusform>العناوين في الصفين {rows}</numerusform>
            <numerusform>العناوين في الصفوف {rows}</numerusform>
            <numerusform>العناوين في الصفوف {rows}</numerusform>
            <numerusform>العناوين في الصفوف {rows}</numerusform>
        </translation>
    </message>
    <message>
        <source>(column {n})</source>
        <translation>(العمود {n})</translation>
    </message>
    <message>
        <source>Choose the column that holds the {field}.</source>
        <translation>اختر العمود الذي يحتوي على الحقل {field}.</translation>
    </message>
    <message>
        <source>{row} (+{more})</source>
        <translation>{row} (+{more})</translation>
    </message>
    <message>
        <source>leave out</source>
        <translation>استبعاد</translation>
    </message>
    <message>
        <source>add as new</source>
        <translation>إضافة كسجل جديد</translation>
    </message>
    <message>
        <source>update {name}</source>
        <translation>تحديث {name}</translation>
    </message>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>استيراد من جدول بيانات</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;الملف:</translation>
    </message>
    <message>
        <source>Spreadsheet to import</source>
        <translation>جدول البيانات المراد استيراده</translation>
    </message>
    <message>
        <source>An .xlsx or .csv file</source>
        <translation>ملف .xlsx أو .csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ا&amp;ستعراض…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>ال&amp;ورقة:</translation>
    </message>
    <message>
        <source>&amp;Holds:</source>
        <translation>ي&amp;حتوي على:</translation>
    </message>
    <message>
        <source>Columns (correct a field if needed):</source>
        <translation>الأعمدة (صحّح الحقل عند الحاجة):</translation>
    </message>
    <message>
        <source>Which column fills which field</source>
        <translation>أي عمود يملأ أي حقل</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>الس&amp;جلات</translation>
    </message>
    <message>
        <source>Each record as it will be stored (the rows of one organisation or system are one record):</source>
        <translation>كل سجل كما سيُخزَّن (صفوف المنظمة الواحدة أو النظام الواحد تشكّل سجلًا واحدًا):</translation>
    </message>
    <message>
        <source>Preview of the records</source>
        <translation>معاينة السجلات</translation>
    </message>
    <message>
        <source>Ch&amp;anges</source>
        <translation>ال&amp;تغييرات</translation>
    </message>
    <message>
        <source>What the file changes in records the register already holds; untick a change to keep what the register says:</source>
        <translation>ما يغيّره الملف في السجلات الموجودة بالفعل؛ ألغِ تحديد أي تغيير للإبقاء على القيمة المحفوظة:</translation>
    </message>
    <message>
        <source>Changes to records of the register</source>
        <translation>التغييرات على السجلات الموجودة</translation>
    </message>
    <message>
        <source>&amp;Values not recognised</source>
        <translation>ال&amp;قيم غير المعروفة</translation>
    </message>
    <message>
        <source>Words the program does not know; say what each one means:</source>
        <translation>كلمات لا يعرفها البرنامج؛ بيّن معنى كل منها:</translation>
    </message>
    <message>
        <source>Values not recognised</source>
        <translation>القيم غير المعروفة</translation>
    </message>
    <message>
        <source>&amp;Category of systems without one:</source>
        <translation>&amp;فئة الأنظمة التي ليست لها فئة:</translation>
    </message>
    <message>
        <source>PIM category of the systems whose row gives none</source>
        <translation>فئة PIM للأنظمة التي لا يذكر صفها أي فئة</translation>
    </message>
    <message>
        <source>&amp;Leave out the records with errors and import the others</source>
        <translation>است&amp;بعاد السجلات التي فيها أخطاء واستيراد الباقي</translation>
    </message>
    <message>
        <source>Add rows that match several records as new ones (otherwise they are left out)</source>
        <translation>إضافة الصفوف التي تطابق عدة سجلات كسجلات جديدة (وإلا تُستبعد)</translation>
    </message>
</context>
<context>
    <name>ImportReview</name>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>In the register</source>
        <translation>القيمة المحفوظة</translation>
    </message>
    <message>
        <source>From the file</source>
        <translation>القيمة في الملف</translation>
    </message>
    <message>
        <source>{name} (row {row})</source>
        <translation>{name} (الصف {row})</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>كما كُتبت</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>تُقرأ على أنها</translation>
    </message>
    <message>
        <source>(not recognised)</source>
        <translation>(غير معروفة)</translation>
    </message>
</context>
<context>
    <name>Locks</name>
    <message>
        <source>The file is open elsewhere</source>
        <translation>الملف مفتوح في مكان آخر</translation>
    </message>
    <message>
        <source>{file} is open for editing by {user} on {machine} since {since}.</source>
        <translation>الملف {file} مفتوح للتعديل لدى {user} على {machine} منذ {since}.</translation>
    </message>
    <message>
        <source>Open it read-only to read and export it. Edit it anyway only if {user} has closed it and the lock was left behind (a computer that crashed): two people editing one file overwrite each other&apos;s work.</source>
        <translation>افتحه للقراءة فقط لقراءته وتصديره. لا تعدّله رغم ذلك إلا إذا كان {user} قد أغلقه وبقي القفل (حاسوب توقف فجأة): شخصان يعدّلان الملف نفسه يمحو كل منهما عمل الآخر.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>فتح للقراءة &amp;فقط</translation>
    </message>
    <message>
        <source>&amp;Edit Anyway</source>
        <translation>&amp;تعديل رغم ذلك</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PIM Matrix</source>
        <translation>مصفوفة إدارة معلومات الحماية (PIM)</translation>
    </message>
    <message>
        <source>Cell, reading and sources</source>
        <translation>الخلية والقراءة والمصادر</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>طرق العرض</translation>
    </message>
    <message>
        <source>Mapping: organisations and systems</source>
        <translation>رسم الخرائط: المنظمات والأنظمة</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>خطط العمل</translation>
    </message>
    <message>
        <source>PIM Process and review</source>
        <translation>مسار PIM والمراجعة</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>فتح ملف &amp;حديث</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Action &amp;Plans</source>
        <translation>&amp;خطط العمل</translation>
    </message>
    <message>
        <source>&amp;Mapping</source>
        <translation>&amp;رسم الخرائط</translation>
    </message>
    <message>
        <source>Cannot open the operation</source>
        <translation>تعذّر فتح العملية</translation>
    </message>
    <message>
        <source>This file is read-only: you can read and export it, but not change it.</source>
        <translation>هذا الملف للقراءة فقط: يمكنك قراءته وتصديره، لكن لا يمكنك تغييره.</translation>
    </message>
    <message>
        <source>{user} on {machine} is editing this file: you can read and export it, but not change it.</source>
        <translation>{user} على {machine} يعدّل هذا الملف: يمكنك قراءته وتصديره، ولكن لا يمكنك تغييره.</translation>
    </message>
    <message>
        <source>Saved, but cannot be undone</source>
        <translation>تم الحفظ، لكن لا يمكن التراجع عنه</translation>
    </message>
    <message>
        <source>Open an operation</source>
        <translation>فتح عملية</translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation>(لا توجد ملفات حديثة)</translation>
    </message>
    <message>
        <source>Cannot create the operation</source>
        <translation>تعذّر إنشاء العملية</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (للقراءة فقط)</translation>
    </message>
    <message>
        <source>The window speaks the new language from the next start.</source>
        <translation>تظهر النافذة باللغة الجديدة عند التشغيل القادم.</translation>
    </message>
    <message>
        <source>PIM Desktop</source>
        <translation>PIM Desktop</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No operation is open&lt;/h2&gt;&lt;p&gt;Use File &amp;gt; New to start an operation with the standard PIM Matrix, or File &amp;gt; Open to open an operation file (.pim).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;لا توجد عملية مفتوحة&lt;/h2&gt;&lt;p&gt;استخدم ملف &amp;gt; عملية جديدة لبدء عملية بمصفوفة إدارة معلومات الحماية (PIM) القياسية، أو ملف &amp;gt; فتح لفتح ملف عملية (.pim).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>ب&amp;حث:</translation>
    </message>
    <message>
        <source>Search the matrix</source>
        <translation>البحث في المصفوفة</translation>
    </message>
    <message>
        <source>Search all entries (Ctrl+F)</source>
        <translation>البحث في كل البنود (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>The connection to the server was lost: connecting again. What others change is shown once it is back.</source>
        <translation>انقطع الاتصال بالخادم: تجري إعادة الاتصال. ستظهر تعديلات الآخرين فور عودته.</translation>
    </message>
    <message>
        <source>Connected to the server again: the operation was read afresh.</source>
        <translation>عاد الاتصال بالخادم: أُعيدت قراءة العملية.</translation>
    </message>
    <message>
        <source>This operation is on a shared server: you see what your clearance allows, and your role lets you read and export it, not change it.</source>
        <translation>هذه العملية على خادم مشترك: ترى ما يسمح به تصريحك، ودورك يتيح لك قراءتها وتصديرها لا تغييرها.</translation>
    </message>
    <message>
        <source>This operation is on a shared server: you see what your clearance allows. What you save, the others see at once; a record someone saved since you opened it is not overwritten.</source>
        <translation>هذه العملية على خادم مشترك: ترى ما يسمح به تصريحك. ما تحفظه يراه الآخرون فورًا، ولا يُكتب فوق سجل حفظه أحدهم منذ أن فتحتَه.</translation>
    </message>
</context>
<context>
    <name>Mapping</name>
    <message>
        <source>Admin 1 (governorate, province …)</source>
        <translation>المستوى الإداري 1 (محافظة، ولاية …)</translation>
    </message>
    <message>
        <source>Admin 2 (district …)</source>
        <translation>المستوى الإداري 2 (قضاء، مديرية …)</translation>
    </message>
    <message>
        <source>The operation as a whole</source>
        <translation>العملية ككل</translation>
    </message>
</context>
<context>
    <name>MappingDisplay</name>
    <message>
        <source>gap</source>
        <translation>فجوة</translation>
    </message>
    <message numerus="yes">
        <source>%n system(s)</source>
        <translation>
            <numerusform>لا أنظمة</numerusform>
            <numerusform>نظام واحد</numerusform>
            <numerusform>نظامان</numerusform>
            <numerusform>%n أنظمة</numerusform>
            <numerusform>%n نظامًا</numerusform>
            <numerusform>%n نظام</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>المعروض: {shown} من {total}</translation>
    </message>
    <message>
        <source>The operation as a whole</source>
        <translation>العملية ككل</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>في كل مكان</translation>
    </message>
    <message>
        <source>Gaps: no active system</source>
        <translation>الفجوات: لا يوجد نظام نشط</translation>
    </message>
    <message>
        <source>Overlaps: several active systems</source>
        <translation>التداخلات: عدة أنظمة نشطة</translation>
    </message>
    <message>
        <source>Describe the data you need: the systems whose outputs or methods speak of it appear.</source>
        <translation>صِف البيانات التي تحتاج إليها: ستظهر الأنظمة التي تتناولها مخرجاتها أو أساليبها.</translation>
    </message>
    <message numerus="yes">
        <source>%n system(s) could be a source. In the PIM Matrix, such data comes from: {categories}.</source>
        <translation>
            <numerusform>لا يوجد نظام يمكن أن يكون مصدرًا. في مصفوفة إدارة معلومات الحماية (PIM)، تأتي هذه البيانات من: {categories}.</numerusform>
            <numerusform>يمكن أن يكون نظام واحد مصدرًا. في مصفوفة إدارة معلومات الحماية (PIM)، تأتي هذه البيانات من: {categories}.</numerusform>
            <numerusform>يمكن أن يكون نظامان مصدرًا. في مصفوفة إدارة معلومات الحماية (PIM)، تأتي هذه البيانات من: {categories}.</numerusform>
            <numerusform>يمكن أن تكون %n أنظمة مصدرًا. في مصفوفة إدارة معلومات الحماية (PIM)، تأتي هذه البيانات من: {categories}.</numerusform>
            <numerusform>يمكن أن يكون %n نظامًا مصدرًا. في مصفوفة إدارة معلومات الحماية (PIM)، تأتي هذه البيانات من: {categories}.</numerusform>
            <numerusform>يمكن أن يكون %n نظام مصدرًا. في مصفوفة إدارة معلومات الحماية (PIM)، تأتي هذه البيانات من: {categories}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Not confirmed for over 3 months</source>
        <translation>لم يُؤكَّد منذ أكثر من 3 أشهر</translation>
    </message>
    <message>
        <source>Not confirmed for over 6 months</source>
        <translation>لم يُؤكَّد منذ أكثر من 6 أشهر</translation>
    </message>
    <message>
        <source>Not confirmed for over 12 months</source>
        <translation>لم يُؤكَّد منذ أكثر من 12 شهرًا</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Confirmed at any time</source>
        <translation>أي تاريخ تأكيد</translation>
    </message>
    <message>
        <source>Active systems: &lt;span style=&apos;background:{gap}&apos;&gt;&amp;nbsp;none (gap)&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:{one}&apos;&gt;&amp;nbsp;one&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:{more}&apos;&gt;&amp;nbsp;several (overlap)&amp;nbsp;&lt;/span&gt;</source>
        <translation>الأنظمة النشطة: &lt;span style=&apos;background:{gap}&apos;&gt;&amp;nbsp;لا يوجد (فجوة)&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:{one}&apos;&gt;&amp;nbsp;نظام واحد&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:{more}&apos;&gt;&amp;nbsp;عدة أنظمة (تداخل)&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>أي مكان</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>تصف&amp;ية:</translation>
    </message>
    <message>
        <source>Filter the mapping</source>
        <translation>تصفية رسم الخرائط</translation>
    </message>
    <message>
        <source>Names, organisations, methods, outputs, places</source>
        <translation>الأسماء، المنظمات، الأساليب، المخرجات، الأماكن</translation>
    </message>
    <message>
        <source>Organisation t&amp;ype:</source>
        <translation>&amp;نوع المنظمة:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>Sens&amp;itivity:</source>
        <translation>&amp;درجة الحساسية:</translation>
    </message>
    <message>
        <source>When the records were last confirmed with their owners</source>
        <translation>متى أُكِّدت السجلات آخر مرة مع أصحابها</translation>
    </message>
    <message>
        <source>Pl&amp;ace:</source>
        <translation>الم&amp;كان:</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;المنظمات</translation>
    </message>
    <message>
        <source>Add organisation…</source>
        <translation>إضافة منظمة…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Organisation register</source>
        <translation>سجل المنظمات</translation>
    </message>
    <message>
        <source>Information &amp;systems</source>
        <translation>&amp;أنظمة المعلومات</translation>
    </message>
    <message>
        <source>Add system…</source>
        <translation>إضافة نظام…</translation>
    </message>
    <message>
        <source>Register of information systems</source>
        <translation>سجل أنظمة المعلومات</translation>
    </message>
    <message>
        <source>Organisations × &amp;categories</source>
        <translation>المنظمات × الف&amp;ئات</translation>
    </message>
    <message>
        <source>Each cell lists an organisation&apos;s systems in a category, darker for more. Select a cell to see its systems; Enter or double-click opens one.</source>
        <translation>تعرض كل خلية أنظمة منظمة ما في فئة معيّنة، ويزداد لونها قتامةً كلما زاد عددها. حدّد خلية لرؤية أنظمتها؛ ويفتح مفتاح Enter أو النقر المزدوج أحدها.</translation>
    </message>
    <message>
        <source>Organisations by category</source>
        <translation>المنظمات حسب الفئة</translation>
    </message>
    <message>
        <source>Systems of the selected cell</source>
        <translation>أنظمة الخلية المحددة</translation>
    </message>
    <message>
        <source>Pe&amp;r category</source>
        <translation>&amp;بحسب الفئة</translation>
    </message>
    <message>
        <source>Gaps an&amp;d overlaps</source>
        <translation>ال&amp;فجوات والتداخلات</translation>
    </message>
    <message>
        <source>Find a so&amp;urce</source>
        <translation>البحث عن م&amp;صدر</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>الفئ&amp;ة:</translation>
    </message>
    <message>
        <source>Systems of the category</source>
        <translation>أنظمة الفئة</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>على مست&amp;وى:</translation>
    </message>
    <message>
        <source>Active systems by place and category</source>
        <translation>الأنظمة النشطة حسب المكان والفئة</translation>
    </message>
    <message>
        <source>Gaps and overlaps in words</source>
        <translation>الفجوات والتداخلات نصًّا</translation>
    </message>
    <message>
        <source>Data you &amp;need:</source>
        <translation>البيانات ال&amp;لازمة:</translation>
    </message>
    <message>
        <source>Data you need</source>
        <translation>البيانات اللازمة</translation>
    </message>
    <message>
        <source>e.g. returns of IDPs by district, GBV incidents</source>
        <translation>مثلًا: عودة النازحين داخليًا حسب المنطقة، حوادث العنف القائم على النوع الاجتماعي</translation>
    </message>
    <message>
        <source>Systems that could be the source</source>
        <translation>الأنظمة التي يمكن أن تكون المصدر</translation>
    </message>
</context>
<context>
    <name>MappingWorkspace</name>
    <message>
        <source>Not changed</source>
        <translation>لم يتم التغيير</translation>
    </message>
    <message numerus="yes">
        <source>{name} runs %n information system(s). Deleting it takes it off those systems; the systems stay, and systems it was the only organisation of are left without one.

Delete {name}? (Edit &gt; Undo brings it back.)</source>
        <translation>
            <numerusform>تدير {name} %n نظام معلومات. يؤدي حذفها إلى إزالتها من هذه الأنظمة؛ تبقى الأنظمة، أما الأنظمة التي كانت {name} منظمتها الوحيدة فتبقى بلا منظمة.

هل تريد حذف {name}؟ (يمكن التراجع عن ذلك بالأمر تحرير &gt; تراجع.)</numerusform>
            <numerusform>تدير {name} نظام معلومات واحدًا. يؤدي حذفها إلى إزالتها من هذا النظام؛ يبقى النظام، وإذا كانت {name} منظمته الوحيدة فسيبقى بلا منظمة.

هل تريد حذف {name}؟ (يمكن التراجع عن ذلك بالأمر تحرير &gt; تراجع.)</numerusform>
            <numerusform>تدير {name} نظامَي معلومات. يؤدي حذفها إلى إزالتها من هذين النظامين؛ يبقى النظامان، وما كانت {name} منظمته الوحيدة منهما يبقى بلا منظمة.

هل تريد حذف {name}؟ (يمكن التراجع عن ذلك بالأمر تحرير &gt; تراجع.)</numerusform>
            <numerusform>تدير {name} %n أنظمة معلومات. يؤدي حذفها إلى إزالتها من هذه الأنظمة؛ تبقى الأنظمة، أما الأنظمة التي كانت {name} منظمتها الوحيدة فتبقى بلا منظمة.

هل تريد حذف {name}؟ (يمكن التراجع عن ذلك بالأمر تحرير &gt; تراجع.)</numerusform>
            <numerusform>تدير {name} %n نظامَ معلومات. يؤدي حذفها إلى إزالتها من هذه الأنظمة؛ تبقى الأنظمة، أما الأنظمة التي كانت {name} منظمتها الوحيدة فتبقى بلا منظمة.

هل تريد حذف {name}؟ (يمكن التراجع عن ذلك بالأمر تحرير &gt; تراجع.)</numerusform>
            <numerusform>تدير {name} %n نظام معلومات. يؤدي حذفها إلى إزالتها من هذه الأنظمة؛ تبقى الأنظمة، أما الأنظمة التي كانت {name} منظمتها الوحيدة فتبقى بلا منظمة.

هل تريد حذف {name}؟ (يمكن التراجع عن ذلك بالأمر تحرير &gt; تراجع.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name}? (Edit &gt; Undo brings it back.)</source>
        <translation>هل تريد حذف {name}؟ (يمكن التراجع عن ذلك بالأمر تحرير &gt; تراجع.)</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>حذف المنظمة</translation>
    </message>
    <message>
        <source>Delete the system {name}, with its responsible-data review? (Edit &gt; Undo brings it back.)</source>
        <translation>هل تريد حذف النظام {name} مع مراجعة الاستخدام المسؤول للبيانات الخاصة به؟ (يمكن التراجع عن ذلك بالأمر تحرير &gt; تراجع.)</translation>
    </message>
    <message>
        <source>Delete system</source>
        <translation>حذف النظام</translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message>
        <source>Systems in this operation</source>
        <translation>الأنظمة في هذه العملية</translation>
    </message>
    <message>
        <source>This row cannot be modified: the Definition and Output rows are what distinguish the PIM categories from each other (PIM guidance).</source>
        <translation>لا يمكن تعديل هذا الصف: صفّا التعريف والمخرجات هما ما يميّز فئات PIM بعضها عن بعض (إرشادات PIM).</translation>
    </message>
    <message>
        <source>The information systems mapped for this operation (read-only here; edit them under Mapping).</source>
        <translation>أنظمة المعلومات التي رُسمت خرائطها لهذه العملية (للقراءة فقط هنا؛ عدّلها من رسم الخرائط).</translation>
    </message>
    <message>
        <source>One of the operation&apos;s own rows</source>
        <translation>أحد الصفوف الخاصة بالعملية</translation>
    </message>
    <message>
        <source>{category}: a core protection category</source>
        <translation>{category}: فئة حماية أساسية</translation>
    </message>
    <message>
        <source>{category}: a related category</source>
        <translation>{category}: فئة ذات صلة</translation>
    </message>
    <message>
        <source>… and {count} more: see Mapping (Ctrl+2)</source>
        <translation>… و{count} غيرها: انظر رسم الخرائط (Ctrl+2)</translation>
    </message>
</context>
<context>
    <name>MatrixController</name>
    <message>
        <source>Add entry</source>
        <translation>إضافة بند</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>تعديل بند</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>إزالة بند</translation>
    </message>
    <message>
        <source>Move entry</source>
        <translation>نقل بند</translation>
    </message>
    <message>
        <source>Reset entry to the standard</source>
        <translation>إعادة البند إلى الصيغة القياسية</translation>
    </message>
    <message>
        <source>Reset cell to the standard</source>
        <translation>إعادة الخلية إلى الصيغة القياسية</translation>
    </message>
    <message>
        <source>Reset row to the standard</source>
        <translation>إعادة الصف إلى الصيغة القياسية</translation>
    </message>
    <message>
        <source>Reset the whole matrix</source>
        <translation>إعادة تعيين المصفوفة كلها</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>إضافة صف</translation>
    </message>
    <message>
        <source>Rename row</source>
        <translation>إعادة تسمية صف</translation>
    </message>
    <message>
        <source>Move row</source>
        <translation>نقل صف</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>إزالة صف</translation>
    </message>
</context>
<context>
    <name>MatrixSidePanel</name>
    <message>
        <source>Click a category&apos;s name to read it from top to bottom, or a row&apos;s name to compare the categories across that row.</source>
        <translation>انقر على اسم فئة لقراءتها من أعلاها إلى أسفلها، أو على اسم صف لمقارنة الفئات على امتداد ذلك الصف.</translation>
    </message>
    <message>
        <source>Select a cell of the matrix to see and change its entries.</source>
        <translation>حدّد خلية في المصفوفة لعرض بنودها وتغييرها.</translation>
    </message>
    <message>
        <source>This file is read-only: nothing can be changed.</source>
        <translation>هذا الملف للقراءة فقط: لا يمكن تغيير أي شيء.</translation>
    </message>
    <message>
        <source>&amp;Cell</source>
        <translation>الخ&amp;لية</translation>
    </message>
    <message>
        <source>Entries of the cell</source>
        <translation>بنود الخلية</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <source>Add an entry (Insert)</source>
        <translation>إضافة بند (Insert)</translation>
    </message>
    <message>
        <source>Ed&amp;it</source>
        <translation>تع&amp;ديل</translation>
    </message>
    <message>
        <source>Find a &amp;source</source>
        <translation>البحث عن م&amp;صدر</translation>
    </message>
    <message>
        <source>Edit the selected entry (F2)</source>
        <translation>تعديل البند المحدد (F2)</translation>
    </message>
    <message>
        <source>Remove the selected entry (Delete)</source>
        <translation>إزالة البند المحدد (Delete)</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>نقل ل&amp;أعلى</translation>
    </message>
    <message>
        <source>Move the entry up (Alt+Up)</source>
        <translation>نقل البند إلى الأعلى (Alt+Up)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>نقل لأس&amp;فل</translation>
    </message>
    <message>
        <source>Move the entry down (Alt+Down)</source>
        <translation>نقل البند إلى الأسفل (Alt+Down)</translation>
    </message>
    <message>
        <source>Give the entry back its standard text, or take out an entry the operation added</source>
        <translation>إعادة النص القياسي إلى البند، أو إزالة بند أضافته العملية</translation>
    </message>
    <message>
        <source>Reset e&amp;ntry</source>
        <translation>إعادة تعيين ال&amp;بند</translation>
    </message>
    <message>
        <source>Standard entries removed from this cell:</source>
        <translation>البنود القياسية المُزالة من هذه الخلية:</translation>
    </message>
    <message>
        <source>Standard entries removed from the cell</source>
        <translation>البنود القياسية المُزالة من الخلية</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>&amp;استعادة</translation>
    </message>
    <message>
        <source>Put the selected standard entry back</source>
        <translation>إرجاع البند القياسي المحدد</translation>
    </message>
    <message>
        <source>Give the whole cell back its standard entries</source>
        <translation>إعادة البنود القياسية إلى الخلية كلها</translation>
    </message>
    <message>
        <source>Reset ce&amp;ll</source>
        <translation>إعادة تع&amp;يين الخلية</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;قراءة</translation>
    </message>
    <message>
        <source>Reading view</source>
        <translation>عرض القراءة</translation>
    </message>
    <message>
        <source>Describe the data you need; see which categories produce it and which systems of the operation could be its source.</source>
        <translation>صِف البيانات التي تحتاج إليها؛ لترى الفئات التي تنتجها وأنظمة العملية التي يمكن أن تكون مصدرها.</translation>
    </message>
    <message>
        <source>Data you need</source>
        <translation>البيانات اللازمة</translation>
    </message>
    <message>
        <source>e.g. figures on returns</source>
        <translation>مثلًا: أرقام العودة</translation>
    </message>
    <message>
        <source>Where the data could come from</source>
        <translation>المصادر المحتملة للبيانات</translation>
    </message>
</context>
<context>
    <name>MatrixWorkspace</name>
    <message>
        <source>Not changed</source>
        <translation>لم يتم التغيير</translation>
    </message>
    <message>
        <source>Against the standard matrix: {changed}, {removed}, {custom}</source>
        <translation>مقارنةً بالمصفوفة القياسية: {changed}، {removed}، {custom}</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) changed or added</source>
        <translation>
            <numerusform>لا بنود مغيَّرة أو مضافة</numerusform>
            <numerusform>بند واحد مغيَّر أو مضاف</numerusform>
            <numerusform>بندان مغيَّران أو مضافان</numerusform>
            <numerusform>%n بنود مغيَّرة أو مضافة</numerusform>
            <numerusform>%n بندًا مغيَّرًا أو مضافًا</numerusform>
            <numerusform>%n بند مغيَّر أو مضاف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>entries</comment>
        <translation>
            <numerusform>لا بنود مُزالة</numerusform>
            <numerusform>بند واحد مُزال</numerusform>
            <numerusform>بندان مُزالان</numerusform>
            <numerusform>%n بنود مُزالة</numerusform>
            <numerusform>%n بندًا مُزالًا</numerusform>
            <numerusform>%n بند مُزال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the operation&apos;s own</source>
        <translation>
            <numerusform>لا صفوف خاصة بالعملية</numerusform>
            <numerusform>صف واحد خاص بالعملية</numerusform>
            <numerusform>صفان خاصان بالعملية</numerusform>
            <numerusform>%n صفوف خاصة بالعملية</numerusform>
            <numerusform>%n صفًّا خاصًّا بالعملية</numerusform>
            <numerusform>%n صف خاص بالعملية</numerusform>
        </translation>
    </message>
    <message>
        <source>{matches} in {cells}</source>
        <comment>search</comment>
        <translation>{matches} في {cells}</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>لا مطابقات</numerusform>
            <numerusform>مطابقة واحدة</numerusform>
            <numerusform>مطابقتان</numerusform>
            <numerusform>%n مطابقات</numerusform>
            <numerusform>%n مطابقةً</numerusform>
            <numerusform>%n مطابقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s)</source>
        <translation>
            <numerusform>أي خلية</numerusform>
            <numerusform>خلية واحدة</numerusform>
            <numerusform>خليتين</numerusform>
            <numerusform>%n خلايا</numerusform>
            <numerusform>%n خليةً</numerusform>
            <numerusform>%n خلية</numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the row:</source>
        <translation>اسم الصف:</translation>
    </message>
    <message>
        <source>Add a row of the operation&apos;s own</source>
        <translation>إضافة صف خاص بالعملية</translation>
    </message>
    <message>
        <source>Rename the row</source>
        <translation>إعادة تسمية الصف</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>إزالة الصف</translation>
    </message>
    <message>
        <source>Remove the row &apos;{row}&apos; and all its entries? You can undo this.</source>
        <translation>هل تريد إزالة الصف «{row}» وكل بنوده؟ يمكنك التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Reset the whole matrix</source>
        <translation>إعادة تعيين المصفوفة كلها</translation>
    </message>
    <message>
        <source>Give every cell back its standard entries and remove the operation&apos;s own rows? You can undo this.</source>
        <translation>هل تريد إعادة البنود القياسية إلى كل الخلايا وإزالة الصفوف الخاصة بالعملية؟ يمكنك التراجع عن ذلك.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>organisation</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <source>system</source>
        <translation>نظام</translation>
    </message>
    <message>
        <source>action plan</source>
        <translation>خطة عمل</translation>
    </message>
    <message>
        <source>matrix cell</source>
        <translation>خلية في المصفوفة</translation>
    </message>
    <message>
        <source>matrix row</source>
        <translation>صف في المصفوفة</translation>
    </message>
    <message>
        <source>Merging &lt;b&gt;{file}&lt;/b&gt; ({operation}). Nothing is written until OK; Edit &amp;gt; Undo takes the merge back whole.</source>
        <translation>جارٍ دمج &lt;b&gt;{file}&lt;/b&gt; ({operation}). لا يُكتب أي شيء قبل الضغط على «موافق»؛ ويلغي الأمر تحرير &amp;gt; تراجع الدمج بأكمله.</translation>
    </message>
    <message>
        <source>It is an offline copy of this operation, taken by {login} on {day}: what only the copy changed since is ticked, what the server changed is kept, and a conflict (changed on both sides) is marked for you to choose.</source>
        <translation>إنها نسخة للعمل دون اتصال من هذه العملية، أخذها {login} في {day}: ما غيّرته النسخة وحدها منذ ذلك الحين محدَّد، وما غيّره الخادم محفوظ، والتعارض (تغيير من الجانبين) مُعلَّم لتختار بنفسك.</translation>
    </message>
    <message>
        <source>{part}: deleted on the server since the copy was taken (tick to add it again)</source>
        <translation>{part}: حُذف على الخادم منذ أخذ النسخة (حدّده لإضافته من جديد)</translation>
    </message>
    <message>
        <source>{part}: deleted in the copy, kept here</source>
        <translation>{part}: حُذف في النسخة، ويبقى هنا</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>{part} (conflict: the same field changed in the copy and on the server)</source>
        <translation>{part} (تعارض: الحقل نفسه تغيّر في النسخة وعلى الخادم)</translation>
    </message>
    <message>
        <source>{part} (conflict: changed in the copy and on the server)</source>
        <translation>{part} (تعارض: تغيّر في النسخة وعلى الخادم)</translation>
    </message>
    <message>
        <source>take their {field}</source>
        <translation>أخذ {field} من نسختهم</translation>
    </message>
    <message>
        <source>take the copy&apos;s {field} (changed on both sides)</source>
        <translation>أخذ {field} من النسخة (تغيّر من الجانبين)</translation>
    </message>
    <message>
        <source>take the copy&apos;s {field} (changed in the copy)</source>
        <translation>أخذ {field} من النسخة (تغيّر في النسخة)</translation>
    </message>
    <message>
        <source>take the copy&apos;s {field} (changed on the server)</source>
        <translation>أخذ {field} من النسخة (تغيّر على الخادم)</translation>
    </message>
    <message>
        <source>{kind}: {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
    <message>
        <source>Merge an operation file</source>
        <translation>دمج ملف عملية</translation>
    </message>
    <message>
        <source>&amp;Only in the other file (will be added):</source>
        <translation>موجود في الملف الآخر &amp;فقط (ستتم إضافته):</translation>
    </message>
    <message>
        <source>Parts only in the other file</source>
        <translation>الأجزاء الموجودة في الملف الآخر فقط</translation>
    </message>
    <message>
        <source>&amp;Different in the two files (tick a part or some of its fields to take theirs; unticked keeps yours):</source>
        <translation>&amp;مختلف بين الملفين (حدّد جزءًا أو بعض حقوله لأخذ نسختهم؛ وما لم يُحدَّد يبقى على نسختك):</translation>
    </message>
    <message>
        <source>Parts that differ</source>
        <translation>الأجزاء المختلفة</translation>
    </message>
    <message>
        <source>Take &amp;all of theirs</source>
        <translation>أخذ &amp;كل ما لديهم</translation>
    </message>
    <message>
        <source>&amp;Keep all of mine</source>
        <translation>&amp;الاحتفاظ بكل ما لدي</translation>
    </message>
</context>
<context>
    <name>NewOperationDialog</name>
    <message>
        <source>(no country)</source>
        <translation>(بلا بلد)</translation>
    </message>
    <message>
        <source>Save the operation as</source>
        <translation>حفظ العملية باسم</translation>
    </message>
    <message>
        <source>PIM operation files (*.pim)</source>
        <translation>ملفات عمليات PIM (*.pim)</translation>
    </message>
    <message>
        <source>choose where to save the operation</source>
        <translation>اختر مكان حفظ العملية</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name</source>
        <translation>{path} موجود بالفعل؛ اختر اسمًا آخر</translation>
    </message>
    <message>
        <source>New operation</source>
        <translation>عملية جديدة</translation>
    </message>
    <message>
        <source>The new operation starts from the standard PIM Matrix, which you can then adapt to your context.</source>
        <translation>تبدأ العملية الجديدة من مصفوفة إدارة معلومات الحماية (PIM) القياسية، ويمكنك بعد ذلك تكييفها مع سياقك.</translation>
    </message>
    <message>
        <source>Operation &amp;name:</source>
        <translation>&amp;اسم العملية:</translation>
    </message>
    <message>
        <source>e.g. Lebanon protection response</source>
        <translation>مثلًا: الاستجابة للحماية في لبنان</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>&amp;حفظ باسم:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ا&amp;ستعراض…</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Opening {name}…</source>
        <translation>جارٍ فتح {name}…</translation>
    </message>
</context>
<context>
    <name>OperationCopies</name>
    <message>
        <source>Taking a copy offline…</source>
        <translation>جارٍ أخذ نسخة للعمل دون اتصال…</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>حفظ نسخة باسم</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>تعذّر حفظ النسخة</translation>
    </message>
    <message>
        <source>choose another name than the open file</source>
        <translation>اختر اسمًا غير اسم الملف المفتوح</translation>
    </message>
    <message>
        <source>Copy saved as {path}</source>
        <translation>حُفظت النسخة باسم {path}</translation>
    </message>
    <message>
        <source>Take a copy offline</source>
        <translation>أخذ نسخة للعمل دون اتصال</translation>
    </message>
    <message>
        <source>The copy was not taken</source>
        <translation>لم تُؤخذ النسخة</translation>
    </message>
    <message>
        <source>Offline copy written to {path}: work on it anywhere, then bring it back with File &gt; Merge while this shared operation is open.</source>
        <translation>كُتبت النسخة للعمل دون اتصال في {path}: اعمل عليها أينما كنت، ثم أعدها بالأمر ملف &gt; دمج بينما هذه العملية المشتركة مفتوحة.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Change organisation</source>
        <translation>تغيير المنظمة</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>إضافة منظمة</translation>
    </message>
    <message>
        <source>This looks like an organisation already in the register: {names}. Press OK again to keep it anyway, or Cancel.</source>
        <translation>يبدو أن هذه المنظمة موجودة بالفعل في السجل: {names}. اضغط «موافق» مرة أخرى للاحتفاظ بها على أي حال، أو «إلغاء».</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ال&amp;اسم:</translation>
    </message>
    <message>
        <source>e.g. Danish Refugee Council</source>
        <translation>مثلًا: المجلس الدنماركي للاجئين</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>الا&amp;ختصار:</translation>
    </message>
    <message>
        <source>e.g. DRC</source>
        <translation>مثلًا: DRC</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>ال&amp;معرّف:</translation>
    </message>
    <message>
        <source>International organisation identifier, e.g. XM-DAC-41121</source>
        <translation>المعرّف الدولي للمنظمة، مثلًا: XM-DAC-41121</translation>
    </message>
    <message>
        <source>&amp;Focal point:</source>
        <translation>&amp;جهة التنسيق:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Focal point&apos;s &amp;role:</source>
        <translation>&amp;دور جهة التنسيق:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>ال&amp;بريد الإلكتروني:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>ال&amp;هاتف:</translation>
    </message>
    <message>
        <source>&amp;Last confirmed:</source>
        <translation>آخر &amp;تأكيد:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>مثال: 2025-03-31</translation>
    </message>
    <message>
        <source>The day the organisation last confirmed what is recorded</source>
        <translation>اليوم الذي أكّدت فيه المنظمة آخر مرة ما هو مسجّل</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>م&amp;لاحظات:</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; is encrypted. Type its passphrase to open it.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; مشفّر. اكتب عبارة المرور الخاصة به لفتحه.</translation>
    </message>
    <message>
        <source>{message} (tries left: {count})</source>
        <translation>{message} (المحاولات المتبقية: {count})</translation>
    </message>
    <message>
        <source>Encrypted operation</source>
        <translation>عملية مشفّرة</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
</context>
<context>
    <name>PlanController</name>
    <message>
        <source>Add action plan {title}</source>
        <translation>إضافة خطة العمل {title}</translation>
    </message>
    <message>
        <source>Change plan details</source>
        <translation>تغيير تفاصيل الخطة</translation>
    </message>
    <message>
        <source>Delete plan {title}</source>
        <translation>حذف الخطة {title}</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>إضافة مجموعة</translation>
    </message>
    <message>
        <source>Change group</source>
        <translation>تغيير مجموعة</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>حذف مجموعة</translation>
    </message>
    <message>
        <source>Add challenge</source>
        <translation>إضافة تحدٍّ</translation>
    </message>
    <message>
        <source>Change challenge {number}</source>
        <translation>تغيير التحدي {number}</translation>
    </message>
    <message>
        <source>Delete challenge {number}</source>
        <translation>حذف التحدي {number}</translation>
    </message>
    <message>
        <source>Move challenge {number}</source>
        <translation>نقل التحدي {number}</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan details</source>
        <translation>تفاصيل الخطة</translation>
    </message>
    <message>
        <source>New action plan</source>
        <translation>خطة عمل جديدة</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>e.g. PIM Lebanon Action Plan</source>
        <translation>مثلًا: خطة عمل PIM في لبنان</translation>
    </message>
    <message>
        <source>&amp;Workshop or meeting:</source>
        <translation>&amp;ورشة العمل أو الاجتماع:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>ال&amp;مكان:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>م&amp;ن:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>مثال: 2025-03-31</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <source>F&amp;acilitators:</source>
        <translation>الم&amp;يسّرون:</translation>
    </message>
    <message>
        <source>Participating o&amp;rganisations:</source>
        <translation>المنظمات الم&amp;شاركة:</translation>
    </message>
    <message>
        <source>&amp;Sensitivity:</source>
        <translation>&amp;درجة الحساسية:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>م&amp;لاحظات:</translation>
    </message>
</context>
<context>
    <name>PlansWorkspace</name>
    <message>
        <source>Not changed</source>
        <translation>لم يتم التغيير</translation>
    </message>
    <message>
        <source>No action plan yet: New plan… starts one.</source>
        <translation>لا توجد خطة عمل بعد: استخدم «خطة جديدة…» لبدء خطة.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Team leader:&lt;/b&gt; {leader}&lt;br&gt;&lt;b&gt;Members:&lt;/b&gt; {members}</source>
        <translation>&lt;b&gt;قائد الفريق:&lt;/b&gt; {leader}&lt;br&gt;&lt;b&gt;الأعضاء:&lt;/b&gt; {members}</translation>
    </message>
    <message numerus="yes">
        <source>%n challenge(s), {overdue} overdue</source>
        <translation>
            <numerusform>لا تحديات، المتأخر منها: {overdue}</numerusform>
            <numerusform>تحدٍّ واحد، المتأخر منه: {overdue}</numerusform>
            <numerusform>تحدِّيان، المتأخر منهما: {overdue}</numerusform>
            <numerusform>%n تحديات، المتأخر منها: {overdue}</numerusform>
            <numerusform>%n تحديًا، المتأخر منها: {overdue}</numerusform>
            <numerusform>%n تحدٍّ، المتأخر منها: {overdue}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the plan {title} with its %n challenge(s)? (Edit &gt; Undo brings it back.)</source>
        <translation>
            <numerusform>هل تريد حذف الخطة {title}؟ ليس فيها أي تحدٍّ. (يمكن التراجع عن ذلك بالأمر تحرير &gt; تراجع.)</numerusform>
            <numerusform>هل تريد حذف الخطة {title} مع تحدِّيها الوحيد؟ (يمكن التراجع عن ذلك بالأمر تحرير &gt; تراجع.)</numerusform>
            <numerusform>هل تريد حذف الخطة {title} مع تحدِّيَيها الاثنين؟ (يمكن التراجع عن ذلك بالأمر تحرير &gt; تراجع.)</numerusform>
            <numerusform>هل تريد حذف الخطة {title} مع تحدياتها (%n)؟ (يمكن التراجع عن ذلك بالأمر تحرير &gt; تراجع.)</numerusform>
            <numerusform>هل تريد حذف الخطة {title} مع تحدياتها (%n)؟ (يمكن التراجع عن ذلك بالأمر تحرير &gt; تراجع.)</numerusform>
            <numerusform>هل تريد حذف الخطة {title} مع تحدياتها (%n)؟ (يمكن التراجع عن ذلك بالأمر تحرير &gt; تراجع.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the group {theme} with its %n challenge(s)? (Edit &gt; Undo brings it back.)</source>
        <translation>
            <numerusform>هل تريد حذف المجموعة {theme}؟ ليس فيها أي تحدٍّ. (يمكن التراجع عن ذلك بالأمر تحرير &gt; تراجع.)</numerusform>
            <numerusform>هل تريد حذف المجموعة {theme} مع تحدِّيها الوحيد؟ (يمكن التراجع عن ذلك بالأمر تحرير &gt; تراجع.)</numerusform>
            <numerusform>هل تريد حذف المجموعة {theme} مع تحدِّيَيها الاثنين؟ (يمكن التراجع عن ذلك بالأمر تحرير &gt; تراجع.)</numerusform>
            <numerusform>هل تريد حذف المجموعة {theme} مع تحدياتها (%n)؟ (يمكن التراجع عن ذلك بالأمر تحرير &gt; تراجع.)</numerusform>
            <numerusform>هل تريد حذف المجموعة {theme} مع تحدياتها (%n)؟ (يمكن التراجع عن ذلك بالأمر تحرير &gt; تراجع.)</numerusform>
            <numerusform>هل تريد حذف المجموعة {theme} مع تحدياتها (%n)؟ (يمكن التراجع عن ذلك بالأمر تحرير &gt; تراجع.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>حذف الخطة</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>حذف المجموعة</translation>
    </message>
    <message>
        <source>New challenge</source>
        <translation>تحدٍّ جديد</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>ال&amp;مظهر:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>Your &amp;name in the change log:</source>
        <translation>ا&amp;سمك في سجل التغييرات:</translation>
    </message>
    <message>
        <source>Your name in the change log</source>
        <translation>اسمك في سجل التغييرات</translation>
    </message>
    <message>
        <source>The window speaks the new language from the next start; exports use it at once.</source>
        <translation>تظهر النافذة باللغة الجديدة عند التشغيل القادم؛ أما التصدير فيستخدمها فورًا.</translation>
    </message>
</context>
<context>
    <name>ProcessController</name>
    <message>
        <source>Update {step}</source>
        <translation>تحديث «{step}»</translation>
    </message>
    <message>
        <source>Review {system}</source>
        <translation>مراجعة «{system}»</translation>
    </message>
</context>
<context>
    <name>ProcessPage</name>
    <message>
        <source>PIM Pro&amp;cess</source>
        <translation>مس&amp;ار PIM</translation>
    </message>
    <message>
        <source>Steps of the PIM Process</source>
        <translation>خطوات مسار PIM</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>المسؤ&amp;ول:</translation>
    </message>
    <message>
        <source>S&amp;tarted on:</source>
        <translation>&amp;بدأت في:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>مثال: 2025-03-31</translation>
    </message>
    <message>
        <source>Ev&amp;idence:</source>
        <translation>الأ&amp;دلة:</translation>
    </message>
    <message>
        <source>Review the Selected S&amp;ystem…</source>
        <translation>مراجعة ال&amp;نظام المحدد…</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>ا&amp;كتملت في:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>م&amp;لاحظات:</translation>
    </message>
    <message>
        <source>A file path or a reference, one a line</source>
        <translation>مسار ملف أو مرجع، واحد في كل سطر</translation>
    </message>
    <message>
        <source>Responsible-data &amp;review</source>
        <translation>مرا&amp;جعة الإدارة المسؤولة للبيانات</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>ما يحتاج إلى اهتمام</translation>
    </message>
    <message>
        <source>Reviews of the information systems</source>
        <translation>مراجعات أنظمة المعلومات</translation>
    </message>
</context>
<context>
    <name>ProcessWorkspace</name>
    <message>
        <source>The operation stands at: &lt;b&gt;{step}&lt;/b&gt;</source>
        <translation>تقف العملية عند: &lt;b&gt;{step}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All four steps of the PIM Process are done.</source>
        <translation>اكتملت خطوات مسار PIM الأربع.</translation>
    </message>
    <message>
        <source>{step}: not stored. {reason}</source>
        <translation>{step}: لم يُحفظ. {reason}</translation>
    </message>
    <message>
        <source>System</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>درجة الحساسية</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>بيانات شخصية</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>تمت مراجعته</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message numerus="yes">
        <source>{reviewed} of %n system(s) reviewed</source>
        <translation>
            <numerusform>رُوجع {reviewed} من %n نظام</numerusform>
            <numerusform>رُوجع {reviewed} من نظام واحد</numerusform>
            <numerusform>رُوجع {reviewed} من نظامين</numerusform>
            <numerusform>رُوجع {reviewed} من %n أنظمة</numerusform>
            <numerusform>رُوجع {reviewed} من %n نظامًا</numerusform>
            <numerusform>رُوجع {reviewed} من %n نظام</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>يحتاج إلى اهتمام</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>PIM Principles most often not met</source>
        <translation>مبادئ PIM الأكثر عدم استيفاء</translation>
    </message>
    <message>
        <source>not met {not_met}, partly {partly}</source>
        <translation>غير مستوفى: {not_met}، جزئيًا: {partly}</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>A core protection category.</source>
        <translation>فئة حماية أساسية.</translation>
    </message>
    <message>
        <source>A related category.</source>
        <translation>فئة ذات صلة.</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>(لا شيء بعد)</translation>
    </message>
    <message>
        <source>No system mapped yet.</source>
        <translation>لم يُرسم أي نظام بعد.</translation>
    </message>
    <message>
        <source>Systems in this operation</source>
        <translation>الأنظمة في هذه العملية</translation>
    </message>
    <message>
        <source>Read across the eight categories.</source>
        <translation>اقرأ عبر الفئات الثماني.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Type a few words about the data you need, e.g. &lt;i&gt;figures on returns&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;اكتب بضع كلمات عن البيانات التي تحتاج إليها، مثلًا: &lt;i&gt;أرقام العودة&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing in the matrix or the mapped systems speaks of that. Try other words.</source>
        <translation>لا شيء في المصفوفة أو في الأنظمة المرسومة خرائطها يتناول ذلك. جرّب كلمات أخرى.</translation>
    </message>
    <message>
        <source>Categories whose matrix speaks of it</source>
        <translation>الفئات التي تتحدث عنه مصفوفتها</translation>
    </message>
    <message>
        <source>Systems that could be the source</source>
        <translation>الأنظمة التي قد تكون المصدر</translation>
    </message>
    <message>
        <source>No mapped system matches yet.</source>
        <translation>لا يطابق أي نظام مرسوم بعد.</translation>
    </message>
    <message>
        <source>no organisation recorded</source>
        <translation>لا توجد منظمة مسجَّلة</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>الجهات المشغّلة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>الأساليب</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>المخرجات</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Discard your changes?</source>
        <translation>هل تريد التخلي عن تعديلاتك؟</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;تجاهل التعديلات</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;متابعة التحرير</translation>
    </message>
</context>
<context>
    <name>RegisterController</name>
    <message>
        <source>Import from {source}</source>
        <translation>استيراد من {source}</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>استيراد {file}</translation>
    </message>
    <message>
        <source>Merge {file}</source>
        <translation>دمج {file}</translation>
    </message>
    <message>
        <source>Add organisation {name}</source>
        <translation>إضافة المنظمة {name}</translation>
    </message>
    <message>
        <source>Change organisation {name}</source>
        <translation>تغيير المنظمة {name}</translation>
    </message>
    <message>
        <source>Delete organisation {name}</source>
        <translation>حذف المنظمة {name}</translation>
    </message>
    <message>
        <source>Add system {name}</source>
        <translation>إضافة النظام {name}</translation>
    </message>
    <message>
        <source>Change system {name}</source>
        <translation>تغيير النظام {name}</translation>
    </message>
    <message>
        <source>Delete system {name}</source>
        <translation>حذف النظام {name}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; is backed up when it is opened and before imports, merges and upgrades; the newest {count} backups are kept, none older than {days} days. The backup you restore takes the file&apos;s place, and the file as it is now is backed up first.</source>
        <translation>تُعمل نسخة احتياطية من &lt;b&gt;{file}&lt;/b&gt; عند فتحه وقبل الاستيراد والدمج والترقية؛ وتُحفظ أحدث {count} نسخ، ولا تُحفظ نسخة أقدم من {days} يوماً. تحل النسخة المستعادة محل الملف، وتُعمل أولاً نسخة احتياطية من الملف كما هو الآن.</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>تاريخ العمل</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>&amp;Backups of this operation, newest first:</source>
        <translation>&amp;النسخ الاحتياطية لهذه العملية، الأحدث أولاً:</translation>
    </message>
    <message>
        <source>Backups of this operation</source>
        <translation>النسخ الاحتياطية لهذه العملية</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>&lt;b&gt;{system}&lt;/b&gt; · sensitivity: {level}</source>
        <translation>&lt;b&gt;{system}&lt;/b&gt; · درجة الحساسية: {level}</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>PIM Principle</source>
        <translation>مبدأ PIM</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Rating of {principle}</source>
        <translation>تقييم «{principle}»</translation>
    </message>
    <message>
        <source>Responsible-data review</source>
        <translation>مراجعة الإدارة المسؤولة للبيانات</translation>
    </message>
    <message>
        <source>&amp;Holds personal data:</source>
        <translation>&amp;يحتوي على بيانات شخصية:</translation>
    </message>
    <message>
        <source>&amp;Risk assessment done on:</source>
        <translation>أُجري تقييم الم&amp;خاطر في:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>مثال: 2025-03-31</translation>
    </message>
    <message>
        <source>How informed &amp;consent is obtained:</source>
        <translation>طريقة الحصول على الم&amp;وافقة المستنيرة:</translation>
    </message>
    <message>
        <source>Sharing protocol or &amp;agreement:</source>
        <translation>بروتوكول أو ا&amp;تفاق تبادل البيانات:</translation>
    </message>
    <message>
        <source>Agreed &amp;on:</source>
        <translation>أُ&amp;برم في:</translation>
    </message>
    <message>
        <source>To be re&amp;viewed on:</source>
        <translation>ت&amp;اريخ المراجعة:</translation>
    </message>
    <message>
        <source>This review &amp;made on:</source>
        <translation>أُجريت هذه المراجعة &amp;في:</translation>
    </message>
    <message>
        <source>The PIM Principles, rated</source>
        <translation>مبادئ PIM مع تقييمها</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;ملاحظات:</translation>
    </message>
</context>
<context>
    <name>SharedOperation</name>
    <message>
        <source>type the server&apos;s name, or the folder of its socket</source>
        <translation>اكتب اسم الخادم، أو مجلد المقبس المحلي الخاص به</translation>
    </message>
    <message>
        <source>type the database of the operation</source>
        <translation>اكتب اسم قاعدة بيانات العملية</translation>
    </message>
    <message>
        <source>type your user name on the server</source>
        <translation>اكتب اسم المستخدم الخاص بك على الخادم</translation>
    </message>
    <message>
        <source>choose the root certificate, the certificate of the authority that signed the server&apos;s (its administrator gives it)</source>
        <translation>اختر شهادة الجذر، أي شهادة الجهة التي وقّعت شهادة الخادم (يعطيك إياها مسؤول الخادم)</translation>
    </message>
    <message>
        <source>{address} is not a server address: postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>{address} ليس عنوان خادم: postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <source>a password is never part of the address (others could read it): type it in its own box</source>
        <translation>لا تُكتب كلمة المرور في العنوان أبدًا (قد يقرؤها غيرك): اكتبها في خانتها الخاصة</translation>
    </message>
    <message>
        <source>the address asks for sslmode={mode}, which is not offered here: use prefer, require or verify-full</source>
        <translation>يطلب العنوان sslmode={mode}، وهذا غير متاح هنا: استخدم prefer أو require أو verify-full</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>This computer has no keyring: your password will be asked each time.</source>
        <translation>لا توجد سلسلة مفاتيح على هذا الحاسوب: ستُطلب منك كلمة المرور في كل مرة.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring did not keep your password: it will be asked next time.</source>
        <translation>لم تحفظ سلسلة المفاتيح على هذا الحاسوب كلمة المرور: ستُطلب منك في المرة القادمة.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring did not forget your password: remove “{entry}” in its manager.</source>
        <translation>لم تحذف سلسلة المفاتيح على هذا الحاسوب كلمة المرور: احذف «{entry}» من مدير سلسلة المفاتيح.</translation>
    </message>
</context>
<context>
    <name>SharedOperationDialog</name>
    <message>
        <source>Encrypted if the server offers it</source>
        <translation>تشفير إذا أتاحه الخادم</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>تشفير إلزامي</translation>
    </message>
    <message>
        <source>Encrypted, server&apos;s certificate checked</source>
        <translation>تشفير إلزامي مع التحقق من شهادة الخادم</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>The root certificate</source>
        <translation>شهادة الجذر</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>الشهادات (*.crt *.pem *.cer);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>the root certificate {file} cannot be found</source>
        <translation>تعذّر العثور على شهادة الجذر {file}</translation>
    </message>
    <message>
        <source>Open a shared operation</source>
        <translation>فتح عملية مشتركة</translation>
    </message>
    <message>
        <source>Paste the operation&apos;s address as its administrator gave it, or fill in the server, the database and your user name.</source>
        <translation>الصق عنوان العملية كما أعطاك إياه مسؤولها، أو املأ الخادم وقاعدة البيانات واسم المستخدم الخاص بك.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>ال&amp;خادم:</translation>
    </message>
    <message>
        <source>db.example.org, or the folder of a local socket</source>
        <translation>db.example.org، أو مجلد مقبس محلي</translation>
    </message>
    <message>
        <source>Por&amp;t:</source>
        <translation>الم&amp;نفذ:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;قاعدة البيانات:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>الم&amp;ستخدم:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>الت&amp;شفير:</translation>
    </message>
    <message>
        <source>Root &amp;certificate:</source>
        <translation>شهادة ال&amp;جذر:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Remember my password in this computer&apos;s keyring</source>
        <translation>ا&amp;حفظ كلمة المرور في سلسلة مفاتيح هذا الحاسوب</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other commands</source>
        <translation>أوامر أخرى</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <source>a command or a key</source>
        <translation>أمر أو مفتاح</translation>
    </message>
    <message>
        <source>Find a command or a key</source>
        <translation>البحث عن أمر أو مفتاح</translation>
    </message>
    <message>
        <source>Keyboard shortcuts by menu and view</source>
        <translation>اختصارات لوحة المفاتيح بحسب القائمة وطريقة العرض</translation>
    </message>
    <message>
        <source>No command or key matches.</source>
        <translation>لا يوجد أمر أو مفتاح مطابق.</translation>
    </message>
</context>
<context>
    <name>SystemDialog</name>
    <message>
        <source>Country (ISO3)</source>
        <translation>البلد (ISO3)</translation>
    </message>
    <message>
        <source>Admin 1</source>
        <translation>المستوى الإداري 1</translation>
    </message>
    <message>
        <source>Admin 1 P-code</source>
        <translation>الرمز المكاني (P-code) للمستوى الإداري 1</translation>
    </message>
    <message>
        <source>Admin 2</source>
        <translation>المستوى الإداري 2</translation>
    </message>
    <message>
        <source>Admin 2 P-code</source>
        <translation>الرمز المكاني (P-code) للمستوى الإداري 2</translation>
    </message>
    <message>
        <source>Change information system</source>
        <translation>تغيير نظام المعلومات</translation>
    </message>
    <message>
        <source>Add information system</source>
        <translation>إضافة نظام معلومات</translation>
    </message>
    <message>
        <source>(choose a category)</source>
        <translation>(اختر فئة)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Choose an organisation of the register (add it there first).</source>
        <translation>اختر منظمة من السجل (أضفها إليه أولًا).</translation>
    </message>
    <message>
        <source>(choose the system&apos;s category first)</source>
        <translation>(اختر فئة النظام أولًا)</translation>
    </message>
    <message>
        <source>Another system of the register has this name. Press OK again to keep it anyway (two organisations may run systems of one name), or change the name.</source>
        <translation>يحمل نظام آخر في السجل هذا الاسم. اضغط «موافق» مرة أخرى للاحتفاظ به على أي حال (فقد تدير منظمتان نظامين بالاسم نفسه)، أو غيّر الاسم.</translation>
    </message>
    <message>
        <source>Information system</source>
        <translation>نظام المعلومات</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;عام</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ال&amp;اسم:</translation>
    </message>
    <message>
        <source>e.g. Protection monitoring in the South</source>
        <translation>مثلًا: رصد الحماية في الجنوب</translation>
    </message>
    <message>
        <source>PIM &amp;category:</source>
        <translation>&amp;فئة PIM:</translation>
    </message>
    <message>
        <source>Also &amp;in:</source>
        <translation>أي&amp;ضًا في:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>S&amp;tarted on:</source>
        <translation>تاريخ ال&amp;بدء:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>مثال: 2025-03-31</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>تاريخ الانت&amp;هاء:</translation>
    </message>
    <message>
        <source>&amp;Last confirmed:</source>
        <translation>آخر &amp;تأكيد:</translation>
    </message>
    <message>
        <source>The day the system&apos;s owner last confirmed what is recorded</source>
        <translation>اليوم الذي أكّد فيه صاحب النظام آخر مرة ما هو مسجّل</translation>
    </message>
    <message>
        <source>Sensitivit&amp;y:</source>
        <translation>&amp;درجة الحساسية:</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>ال&amp;منظمات</translation>
    </message>
    <message>
        <source>Orga&amp;nisation:</source>
        <translation>المن&amp;ظمة:</translation>
    </message>
    <message>
        <source>O&amp;utputs:</source>
        <translation>المخ&amp;رجات:</translation>
    </message>
    <message>
        <source>S&amp;haring and contact</source>
        <translation>الم&amp;شاركة وجهة الاتصال</translation>
    </message>
    <message>
        <source>Shared w&amp;ith:</source>
        <translation>تُشا&amp;رَك مع:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>م&amp;لاحظات:</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>الت&amp;واتر:</translation>
    </message>
    <message>
        <source>e.g. Monthly, Continuous</source>
        <translation>مثلًا: شهري، مستمر</translation>
    </message>
    <message>
        <source>&amp;Population groups:</source>
        <translation>الفئات ال&amp;سكانية:</translation>
    </message>
    <message>
        <source>e.g. Refugees, host community</source>
        <translation>مثلًا: اللاجئون، المجتمع المضيف</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>الو&amp;صف:</translation>
    </message>
    <message>
        <source>Organisations running the system</source>
        <translation>المنظمات المشغّلة للنظام</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>الدو&amp;ر:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>&amp;What it produces</source>
        <translation>ما ي&amp;نتجه</translation>
    </message>
    <message>
        <source>One item a line. Items picked from the matrix (or typed exactly as there) are linked to the operation&apos;s matrix.</source>
        <translation>عنصر واحد في كل سطر. العناصر المختارة من المصفوفة (أو المكتوبة كما هي فيها تمامًا) تُربط بمصفوفة العملية.</translation>
    </message>
    <message>
        <source>Su&amp;b-categories:</source>
        <translation>الفئات ال&amp;فرعية:</translation>
    </message>
    <message>
        <source>Pick from the matrix…</source>
        <translation>اختيار من المصفوفة…</translation>
    </message>
    <message>
        <source>&amp;Methods:</source>
        <translation>الأ&amp;ساليب:</translation>
    </message>
    <message>
        <source>Co&amp;verage</source>
        <translation>الت&amp;غطية</translation>
    </message>
    <message>
        <source>One area a row. Leave admin 1 empty for the whole country, admin 2 empty for all of admin 1. P-codes are optional.</source>
        <translation>منطقة واحدة في كل صف. اترك المستوى الإداري 1 فارغًا لتغطية البلد كله، والمستوى الإداري 2 فارغًا لتغطية المستوى الإداري 1 كله. الرموز المكانية (P-codes) اختيارية.</translation>
    </message>
    <message>
        <source>Areas covered</source>
        <translation>المناطق المشمولة</translation>
    </message>
    <message>
        <source>Add a&amp;rea</source>
        <translation>إضافة منط&amp;قة</translation>
    </message>
    <message>
        <source>Remove area</source>
        <translation>إزالة منطقة</translation>
    </message>
    <message>
        <source>&amp;Data shared:</source>
        <translation>&amp;البيانات المشتركة:</translation>
    </message>
    <message>
        <source>Under &amp;agreement:</source>
        <translation>بموجب ا&amp;تفاق:</translation>
    </message>
    <message>
        <source>e.g. Data-sharing agreement with MoSA (2019)</source>
        <translation>مثلًا: اتفاق تبادل البيانات مع وزارة الشؤون الاجتماعية (2019)</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;جهة الاتصال:</translation>
    </message>
    <message>
        <source>Contact &amp;e-mail:</source>
        <translation>&amp;بريد جهة الاتصال الإلكتروني:</translation>
    </message>
    <message>
        <source>Contact &amp;phone:</source>
        <translation>&amp;هاتف جهة الاتصال:</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Theme</source>
        <translation>المظ&amp;هر</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
</context>
<context>
    <name>UndoableController</name>
    <message>
        <source>This file is read-only: nothing can be changed.</source>
        <translation>هذا الملف للقراءة فقط: لا يمكن تغيير أي شيء.</translation>
    </message>
    <message>
        <source>The change was saved, but it cannot be undone ({reason}). Earlier changes cannot be undone either; File &gt; Restore from Backup has the file as it was when it was opened.</source>
        <translation>تم حفظ التغيير، لكن لا يمكن التراجع عنه ({reason}). ولا يمكن التراجع عن التغييرات السابقة أيضًا؛ يحتوي ملف &gt; استعادة من نسخة احتياطية على الملف كما كان عند فتحه.</translation>
    </message>
</context>
<context>
    <name>ViewKeys</name>
    <message>
        <source>PIM Matrix</source>
        <translation>مصفوفة إدارة معلومات الحماية (PIM)</translation>
    </message>
    <message>
        <source>PIM Matrix: a cell&apos;s entries in the side panel</source>
        <translation>مصفوفة PIM: بنود الخلية في اللوحة الجانبية</translation>
    </message>
    <message>
        <source>Spotlight on a category or a row</source>
        <translation>تسليط الضوء على فئة أو صف</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>رسم الخرائط</translation>
    </message>
    <message>
        <source>Information system dialog</source>
        <translation>مربع حوار نظام المعلومات</translation>
    </message>
    <message>
        <source>Action plans: challenges</source>
        <translation>خطط العمل: التحديات</translation>
    </message>
    <message>
        <source>Action plans: follow-up</source>
        <translation>خطط العمل: المتابعة</translation>
    </message>
    <message>
        <source>Every view</source>
        <translation>كل طرق العرض</translation>
    </message>
    <message>
        <source>Edit the cell in the side panel</source>
        <translation>تعديل الخلية في اللوحة الجانبية</translation>
    </message>
    <message>
        <source>In the Find box: the next cell that matches</source>
        <translation>في مربع البحث: الخلية المطابقة التالية</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>إضافة بند</translation>
    </message>
    <message>
        <source>Change the selected entry</source>
        <translation>تغيير البند المحدد</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>إزالة البند المحدد</translation>
    </message>
    <message>
        <source>Move the selected entry up</source>
        <translation>نقل البند المحدد إلى الأعلى</translation>
    </message>
    <message>
        <source>Move the selected entry down</source>
        <translation>نقل البند المحدد إلى الأسفل</translation>
    </message>
    <message>
        <source>The next category (Left when the window reads right to left)</source>
        <translation>الفئة التالية (السهم الأيسر عندما تُقرأ النافذة من اليمين إلى اليسار)</translation>
    </message>
    <message>
        <source>The previous category (Right when the window reads right to left)</source>
        <translation>الفئة السابقة (السهم الأيمن عندما تُقرأ النافذة من اليمين إلى اليسار)</translation>
    </message>
    <message>
        <source>The next row</source>
        <translation>الصف التالي</translation>
    </message>
    <message>
        <source>The previous row</source>
        <translation>الصف السابق</translation>
    </message>
    <message>
        <source>The next category or row (a presenter&apos;s remote)</source>
        <translation>الفئة أو الصف التالي (جهاز التحكم عن بُعد في العرض)</translation>
    </message>
    <message>
        <source>The previous category or row (a presenter&apos;s remote)</source>
        <translation>الفئة أو الصف السابق (جهاز التحكم عن بُعد في العرض)</translation>
    </message>
    <message>
        <source>Organisations, Information systems: edit the selected one</source>
        <translation>المنظمات، أنظمة المعلومات: تعديل السجل المحدد</translation>
    </message>
    <message>
        <source>Organisations × categories, Gaps and overlaps: open the cell&apos;s first system</source>
        <translation>المنظمات × الفئات، الفجوات والتداخلات: فتح أول نظام في الخلية</translation>
    </message>
    <message>
        <source>In the organisation box: add the organisation typed</source>
        <translation>في مربع المنظمة: إضافة المنظمة المكتوبة</translation>
    </message>
    <message>
        <source>Change the selected cell: type over it</source>
        <translation>تغيير الخلية المحددة: الكتابة فوقها</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>الكتابة</translation>
    </message>
    <message>
        <source>Keep the cell and go to the next or previous one</source>
        <translation>الاحتفاظ بالخلية والانتقال إلى التالية أو السابقة</translation>
    </message>
    <message>
        <source>In the action points: start a new line</source>
        <translation>في نقاط العمل: بدء سطر جديد</translation>
    </message>
    <message>
        <source>Open the challenge in its plan</source>
        <translation>فتح التحدي في خطته</translation>
    </message>
    <message>
        <source>Zoom in or out</source>
        <translation>التكبير أو التصغير</translation>
    </message>
    <message>
        <source>Ctrl+mouse wheel</source>
        <translation>Ctrl+عجلة الفأرة</translation>
    </message>
</context>
</TS>
