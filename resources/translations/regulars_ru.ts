<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop/ui/application.py" line="111"/>
        <location filename="../../desktop/ui/application.py" line="123"/>
        <location filename="../../desktop/ui/application.py" line="128"/>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="115"/>
        <source>Cannot reach the shared server</source>
        <translation>Не удаётся подключиться к общему серверу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="116"/>
        <source>%1

Regulars opens the data file on this computer instead. Check the address in File &gt; Settings &gt; Shared server, or leave it empty to always use the file.</source>
        <translation>%1

Вместо этого Regulars открывает файл данных на этом компьютере. Проверьте адрес в разделе Файл &gt; Настройки &gt; Общий сервер или оставьте его пустым, чтобы всегда работать с файлом.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="129"/>
        <source>Regulars could not open its database. The details were written to the log file.</source>
        <translation>Regulars не удалось открыть базу данных. Подробности записаны в файл журнала.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="36"/>
        <source>Daily</source>
        <translation>Ежедневная</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="37"/>
        <source>Before an import</source>
        <translation>Перед импортом</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="38"/>
        <source>Before an update of Regulars</source>
        <translation>Перед обновлением Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="39"/>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="40"/>
        <source>Before encrypting</source>
        <translation>Перед шифрованием</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="41"/>
        <source>Made by you</source>
        <translation>Сделана вами</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="71"/>
        <source>Listing backups</source>
        <translation>Список резервных копий</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="81"/>
        <source>Backing up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="82"/>
        <source>Backed up.</source>
        <translation>Резервная копия сделана.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="91"/>
        <source>Restoring a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="104"/>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="214"/>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="246"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="108"/>
        <source>Regulars copies your data here every day you use it, before every import and before each update. Each copy is checked when it is made.</source>
        <translation>Regulars копирует сюда ваши данные в каждый день работы, перед каждым импортом и перед каждым обновлением. Каждая копия проверяется при создании.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="119"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="119"/>
        <source>Why</source>
        <translation>Зачем</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="119"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="119"/>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="132"/>
        <source>No backups yet. The first one is made today.</source>
        <translation>Резервных копий пока нет. Первая будет сделана сегодня.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="137"/>
        <source>Keep the newest</source>
        <translation>Хранить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="143"/>
        <source>backups of each kind (copies made before an update are all kept)</source>
        <translation>последних копий каждого вида (копии перед обновлением хранятся все)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="152"/>
        <source>Show the folder</source>
        <translation>Показать папку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="156"/>
        <source>Back up now</source>
        <translation>Сделать копию сейчас</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="159"/>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="162"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="167"/>
        <source>This window is read-only: backups are made and restored in the window that has your data open.</source>
        <translation>Это окно только для чтения: копии создаются и восстанавливаются в окне, где открыты ваши данные.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="178"/>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="189"/>
        <source>Folder: %1</source>
        <translation>Папка: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="197"/>
        <source>encrypted</source>
        <translation>зашифрована</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="198"/>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="199"/>
        <source>OK</source>
        <translation>В порядке</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="199"/>
        <source>Damaged</source>
        <translation>Повреждена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="199"/>
        <source>Not checked</source>
        <translation>Не проверена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="224"/>
        <source>Restore this backup?</source>
        <translation>Восстановить эту копию?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="225"/>
        <source>Put your data back as it was on %1? What changed since then will be replaced. Your data as it is now is backed up first, so you can come back to it.</source>
        <translation>Вернуть данные к состоянию на %1? Всё, что изменилось с тех пор, будет заменено. Сначала будет сделана копия нынешних данных, чтобы к ним можно было вернуться.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="230"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="236"/>
        <source>Restored. Your data as it was just before is kept as a backup.</source>
        <translation>Восстановлено. Данные, какими они были перед этим, сохранены в резервной копии.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="245"/>
        <source>That did not work.</source>
        <translation>Не получилось.</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="266"/>
        <source>Backups kept of each kind</source>
        <translation>Сколько резервных копий каждого вида хранить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="267"/>
        <source>Regulars makes a backup every day it opens, and before an import or an upgrade; the oldest beyond this number are removed.</source>
        <translation>Regulars делает резервную копию каждый день при запуске, а также перед импортом и обновлением; самые старые сверх этого числа удаляются.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="269"/>
        <source>See and restore backups…</source>
        <translation>Просмотреть и восстановить копии…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="270"/>
        <source>Encryption…</source>
        <translation>Шифрование…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="277"/>
        <source>Your data is on a shared server: back it up and protect it on the server (ask whoever runs it).</source>
        <translation>Ваши данные на общем сервере: резервные копии и защиту делайте на сервере (спросите того, кто его обслуживает).</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="20"/>
        <source>Undone %1</source>
        <translation>Отменён %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="21"/>
        <source>Imported</source>
        <translation>Импортирован</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="25"/>
        <source>Reviews</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="25"/>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="26"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="34"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="36"/>
        <source>Contains</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="37"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="38"/>
        <source>Imported on</source>
        <translation>Дата импорта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="40"/>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="41"/>
        <source>Already there</source>
        <translation>Уже есть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="42"/>
        <source>Rows that were already in Regulars and were skipped</source>
        <translation>Строки, которые уже были в Regulars и были пропущены</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="43"/>
        <source>Updated</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="45"/>
        <source>Stored rows this file changed (undone with it)</source>
        <translation>Сохранённые строки, которые изменил этот файл (отменяются вместе с ним)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="46"/>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="47"/>
        <source>Rows that could not be read</source>
        <translation>Строки, которые не удалось прочитать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="49"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="52"/>
        <source>Undo</source>
        <translation>Убрать</translation>
    </message>
</context>
<context>
    <name>BusinessTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="106"/>
        <source>e.g. The Corner Café</source>
        <translation>например, Кафе на углу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="107"/>
        <source>Business name</source>
        <translation>Название заведения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="109"/>
        <source>One a line, e.g.
High Street
Station Road</source>
        <translation>По одной в строке, например:
ул. Ленина
Вокзальная пл.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="112"/>
        <source>Locations</source>
        <translation>Точки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="117"/>
        <source>e.g. EUR</source>
        <translation>напр. RUB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="119"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="124"/>
        <source>Not set (numbers must start with +)</source>
        <translation>Не задано (номера начинаются с +)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="127"/>
        <source>Phone numbers are from</source>
        <translation>Телефоны из страны</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="128"/>
        <source>Phone numbers in your files written without a country code (like 07700 900123) are read as numbers of this country, so the same customer is recognised across your till, your mailing list and your booking system.</source>
        <translation>Номера без кода страны в ваших файлах (например, 8 912 345-67-89) считаются номерами этой страны, чтобы один и тот же клиент узнавался в кассе, списке рассылки и системе бронирования.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="134"/>
        <source>Messages are written in</source>
        <translation>Язык сообщений</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="135"/>
        <source>…when a customer&apos;s or reviewer&apos;s own language is not known.</source>
        <translation>…когда язык клиента или автора отзыва неизвестен.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="174"/>
        <source>A currency is three letters, such as EUR, GBP or SEK (or leave it empty).</source>
        <translation>Валюта — это три латинские буквы, например RUB, EUR или USD (или оставьте пустым).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="177"/>
        <source>Regulars keeps at most %1 locations; there are %2.</source>
        <translation>Regulars хранит не больше %1 точек; указано %2.</translation>
    </message>
</context>
<context>
    <name>CampaignsTab</name>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="100"/>
        <source>Unknown offer tags. Use: %1</source>
        <translation>Неизвестные метки предложения. Доступны: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="106"/>
        <source>Write the new dish&apos;s name first.</source>
        <translation>Сначала напишите название нового блюда.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="110"/>
        <source>Preparing the drafts…</source>
        <translation>Готовим черновики…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="112"/>
        <location filename="../../desktop/ui/pages/messages.py" line="353"/>
        <source>Preparing drafts</source>
        <translation>Подготовка черновиков</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="121"/>
        <source>Loading past campaigns</source>
        <translation>Загрузка прошлых кампаний</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="141"/>
        <source>Exporting messages</source>
        <translation>Экспорт сообщений</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="147"/>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="149"/>
        <source>Sending messages</source>
        <translation>Отправка сообщений</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="179"/>
        <source>Offer contains, e.g. meat, dairy</source>
        <translation>Предложение содержит, например мясо, молочное</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="180"/>
        <source>Menu tags of what you offer: customers whose diet or allergies conflict are left out, and the list says why.</source>
        <translation>Метки меню для того, что вы предлагаете: гости, которым это не подходит по диете или из-за аллергии, исключаются, и в списке сказано почему.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="183"/>
        <source>The new dish</source>
        <translation>Новое блюдо</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="305"/>
        <source>Every tier</source>
        <translation>Все уровни</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="187"/>
        <source>Your offer, if any (written as is)</source>
        <translation>Ваше предложение, если есть (попадёт в текст как есть)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="188"/>
        <source>Prepare drafts</source>
        <translation>Подготовить черновики</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="198"/>
        <source>Pick a campaign and press Prepare drafts.</source>
        <translation>Выберите кампанию и нажмите «Подготовить черновики».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="201"/>
        <source>Import files…</source>
        <translation>Импорт файлов…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="216"/>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="216"/>
        <source>Getting a message</source>
        <translation>Получат сообщение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="216"/>
        <source>Left out</source>
        <translation>Исключены</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="238"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/message_draft_pane.py" line="88"/>
        <source>Select a customer to see their message.</source>
        <translation>Выберите гостя, чтобы увидеть его сообщение.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/message_draft_pane.py" line="53"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/message_draft_pane.py" line="60"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/message_draft_pane.py" line="62"/>
        <source>Open in my mail program</source>
        <translation>Открыть в почтовой программе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="260"/>
        <source>Edit the wording…</source>
        <translation>Изменить текст…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="262"/>
        <source>Export for mail merge…</source>
        <translation>Экспорт для рассылки…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="263"/>
        <source>Writes one .eml file per e-mail and a CSV for your mail or SMS tool, and logs the messages as sent.</source>
        <translation>Создаёт по файлу .eml на каждое письмо и CSV для вашей почтовой или SMS-программы и отмечает сообщения как отправленные.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="267"/>
        <source>Send by e-mail…</source>
        <translation>Отправить по e-mail…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="269"/>
        <source>Sending settings…</source>
        <translation>Настройки отправки…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="281"/>
        <source>Past campaigns</source>
        <translation>Прошлые кампании</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="282"/>
        <source>Messages sent</source>
        <translation>Отправленные сообщения</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="330"/>
        <source>%Ln message(s) ready.</source>
        <translation>
            <numerusform>%Ln сообщение готово.</numerusform>
            <numerusform>%Ln сообщения готовы.</numerusform>
            <numerusform>%Ln сообщений готово.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="331"/>
        <source>%Ln customer(s) left out.</source>
        <translation>
            <numerusform>%Ln гость исключён.</numerusform>
            <numerusform>%Ln гостя исключены.</numerusform>
            <numerusform>%Ln гостей исключено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="333"/>
        <source>%Ln of them held out at random, to measure whether the campaign works.</source>
        <translation>
            <numerusform>Из них %Ln случайно в контрольной группе, чтобы измерить эффект кампании.</numerusform>
            <numerusform>Из них %Ln случайно в контрольной группе, чтобы измерить эффект кампании.</numerusform>
            <numerusform>Из них %Ln случайно в контрольной группе, чтобы измерить эффект кампании.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="336"/>
        <source>Nobody fits this campaign right now. Customers come from your till&apos;s and mailing list&apos;s exports: drop them on the Import page.</source>
        <translation>Сейчас под эту кампанию никто не подходит. Гости берутся из выгрузок кассы и списка рассылки: перетащите их на страницу «Импорт».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="354"/>
        <source>The drafts could not be prepared.</source>
        <translation>Не удалось подготовить черновики.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="365"/>
        <source>Difference: %1 points (95% interval %2 to %3)</source>
        <translation>Разница: %1 п. п. (95-процентный интервал от %2 до %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/message_draft_pane.py" line="90"/>
        <source>%1 is left out: %2</source>
        <translation>%1 исключён: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/message_draft_pane.py" line="97"/>
        <source>To %1 &lt;%2&gt; by %3, in %4.</source>
        <translation>Кому: %1 &lt;%2&gt;, через %3, язык %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="386"/>
        <source>Logging the message</source>
        <translation>Запись сообщения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="398"/>
        <source>Logged: the frequency cap now counts this message.</source>
        <translation>Записано: ограничение частоты теперь учитывает это сообщение.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="405"/>
        <source>Export the messages into…</source>
        <translation>Экспортировать сообщения в…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="410"/>
        <source>Send by e-mail</source>
        <translation>Отправить по e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="411"/>
        <source>Password of your mail account (not stored):</source>
        <translation>Пароль вашей почты (не сохраняется):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="418"/>
        <source>Exported %Ln message(s) to %1 and logged them.</source>
        <translation>
            <numerusform>%Ln сообщение экспортировано в %1 и записано.</numerusform>
            <numerusform>%Ln сообщения экспортированы в %1 и записаны.</numerusform>
            <numerusform>%Ln сообщений экспортировано в %1 и записано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="421"/>
        <source>Sent and logged %Ln message(s).</source>
        <translation>
            <numerusform>%Ln сообщение отправлено и записано.</numerusform>
            <numerusform>%Ln сообщения отправлены и записаны.</numerusform>
            <numerusform>%Ln сообщений отправлено и записано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="423"/>
        <source>%Ln could not be sent.</source>
        <translation>
            <numerusform>%Ln не удалось отправить.</numerusform>
            <numerusform>%Ln не удалось отправить.</numerusform>
            <numerusform>%Ln не удалось отправить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="425"/>
        <source>%Ln left out because of the frequency cap.</source>
        <translation>
            <numerusform>%Ln исключено из-за ограничения частоты.</numerusform>
            <numerusform>%Ln исключено из-за ограничения частоты.</numerusform>
            <numerusform>%Ln исключено из-за ограничения частоты.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="120"/>
        <source>Record what %1 agreed to</source>
        <translation>Записать согласие: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="129"/>
        <source>Only what the customer told you themselves. A receipt e-mail is not consent.</source>
        <translation>Только то, что клиент сказал вам сам. Адрес для чека — это не согласие.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="137"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="138"/>
        <source>Yes, they want to hear from us</source>
        <translation>Да, хочет получать наши сообщения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="139"/>
        <source>No, they do not</source>
        <translation>Нет, не хочет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="144"/>
        <source>Their answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="146"/>
        <source>What they were asked and how they answered, e.g. “ticked the newsletter box on the loyalty card, 3 May”</source>
        <translation>О чём спросили и что ответил клиент, например «отметил рассылку в карте лояльности, 3 мая»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="149"/>
        <source>How</source>
        <translation>Как</translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="111"/>
        <source>Select a customer to see their card: their rhythm, what they like, their reviews and what they agreed to receive.</source>
        <translation>Выберите клиента, чтобы увидеть его карточку: ритм визитов, что он любит, его отзывы и на что он согласился.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="140"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="147"/>
        <source>From %1</source>
        <translation>Из %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="149"/>
        <source>first visit %1</source>
        <translation>первый визит %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="151"/>
        <source>birthday %1</source>
        <translation>день рождения %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="158"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="158"/>
        <source>Consent…</source>
        <translation>Согласие…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="159"/>
        <source>Export data…</source>
        <translation>Экспорт данных…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="159"/>
        <source>Erase…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="176"/>
        <source>Tier and rhythm</source>
        <translation>Уровень и ритм</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="182"/>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="182"/>
        <source>None yet</source>
        <translation>Пока нет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="183"/>
        <source>Segment</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="183"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="184"/>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="185"/>
        <source>%1 spent</source>
        <translation>потрачено %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="186"/>
        <source>In short</source>
        <translation>Коротко</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="198"/>
        <source>no tier</source>
        <translation>без уровня</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="205"/>
        <source>Visits per month</source>
        <translation>Визиты по месяцам</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="211"/>
        <source>Counted from the customer file: no orders of theirs imported yet.</source>
        <translation>По файлу клиентов: его заказы ещё не импортированы.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="216"/>
        <source>What they like</source>
        <translation>Что любит</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="232"/>
        <source>Diet</source>
        <translation>Питание</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="233"/>
        <source>Allergies</source>
        <translation>Аллергии</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="242"/>
        <source>Staff notes</source>
        <translation>Заметки персонала</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="247"/>
        <source>Nothing noted yet. Use Edit… to add their usual order, diet or allergies.</source>
        <translation>Пока ничего не отмечено. Через «Изменить…» добавьте обычный заказ, питание или аллергии.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="254"/>
        <source>Suggestions to check</source>
        <translation>Предложения на проверку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="260"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="261"/>
        <source>Dismiss</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="271"/>
        <source>An allergy counts only once you accept it.</source>
        <translation>Аллергия учитывается, только когда вы её примете.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="277"/>
        <source>Their reviews</source>
        <translation>Его отзывы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="284"/>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="286"/>
        <source>Probably them (%1%)</source>
        <translation>Вероятно, он (%1%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="291"/>
        <source>It&apos;s them</source>
        <translation>Это он</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="292"/>
        <source>Not them</source>
        <translation>Не он</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="300"/>
        <source>… and %1 more</source>
        <translation>… и ещё %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="305"/>
        <source>May we contact them?</source>
        <translation>Можно ли писать?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="312"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="312"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="318"/>
        <source>They said no before; a later “yes” was not applied: %1</source>
        <translation>Раньше отказался; более позднее «да» не применено: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="320"/>
        <source>no choice recorded</source>
        <translation>выбор не записан</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="323"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="323"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/customer_card.py" line="333"/>
        <source>%Ln message(s) sent; the last on %1: %2, by %3.</source>
        <translation>
            <numerusform>%n сообщение отправлено; последнее %1: %2, через %3.</numerusform>
            <numerusform>%n сообщения отправлено; последнее %1: %2, через %3.</numerusform>
            <numerusform>%n сообщений отправлено; последнее %1: %2, через %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="340"/>
        <source>No message sent to them yet.</source>
        <translation>Сообщений ещё не отправляли.</translation>
    </message>
</context>
<context>
    <name>CustomerEditDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="39"/>
        <source>What %1 likes</source>
        <translation>Что любит %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="57"/>
        <source>Usual order</source>
        <translation>Обычный заказ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="57"/>
        <source>oat flat white, extra hot</source>
        <translation>флэт уайт на овсяном, очень горячий</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="58"/>
        <source>Seating</source>
        <translation>Любимое место</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="58"/>
        <source>the window table</source>
        <translation>столик у окна</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="59"/>
        <source>Best time to contact</source>
        <translation>Когда лучше писать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="59"/>
        <source>weekday mornings</source>
        <translation>по будням утром</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="65"/>
        <source>Not known</source>
        <translation>Неизвестен</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="69"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="71"/>
        <source>No preference</source>
        <translation>Без предпочтений</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="75"/>
        <source>Preferred channel</source>
        <translation>Предпочтительный канал</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="78"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="81"/>
        <source>Diet and allergies</source>
        <translation>Питание и аллергии</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="83"/>
        <source>Health data: kept apart and used only to leave them out of offers that do not suit them, never to choose who gets an offer.</source>
        <translation>Данные о здоровье: хранятся отдельно и используются только для того, чтобы не присылать неподходящие предложения, а не для выбора, кому их отправить.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="96"/>
        <source>Allergies (the 14 EU allergens)</source>
        <translation>Аллергии (14 аллергенов ЕС)</translation>
    </message>
</context>
<context>
    <name>CustomerText</name>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="17"/>
        <location filename="../../desktop/ui/customer_text.py" line="65"/>
        <source>Vegetarian</source>
        <translation>Вегетарианское</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="18"/>
        <location filename="../../desktop/ui/customer_text.py" line="64"/>
        <source>Vegan</source>
        <translation>Веганское</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="19"/>
        <source>Gluten-free</source>
        <translation>Без глютена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="20"/>
        <source>Halal</source>
        <translation>Халяль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="21"/>
        <source>Kosher</source>
        <translation>Кошерное</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="22"/>
        <source>Dairy-free</source>
        <translation>Без молочного</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="25"/>
        <source>Gluten (cereals)</source>
        <translation>Глютен (злаки)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="26"/>
        <source>Crustaceans</source>
        <translation>Ракообразные</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="27"/>
        <source>Eggs</source>
        <translation>Яйца</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="28"/>
        <location filename="../../desktop/ui/customer_text.py" line="57"/>
        <source>Fish</source>
        <translation>Рыба</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="29"/>
        <source>Peanuts</source>
        <translation>Арахис</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="30"/>
        <source>Soya</source>
        <translation>Соя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="31"/>
        <source>Milk (lactose)</source>
        <translation>Молоко (лактоза)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="32"/>
        <source>Tree nuts</source>
        <translation>Орехи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="33"/>
        <source>Celery</source>
        <translation>Сельдерей</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="34"/>
        <source>Mustard</source>
        <translation>Горчица</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="35"/>
        <source>Sesame</source>
        <translation>Кунжут</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="36"/>
        <source>Sulphites</source>
        <translation>Сульфиты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="37"/>
        <source>Lupin</source>
        <translation>Люпин</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="38"/>
        <source>Molluscs</source>
        <translation>Моллюски</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="41"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="42"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="43"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="46"/>
        <source>Usual order</source>
        <translation>Обычный заказ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="47"/>
        <source>Diet</source>
        <translation>Питание</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="48"/>
        <source>Allergy</source>
        <translation>Аллергия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="49"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="50"/>
        <source>Seating</source>
        <translation>Любимое место</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="51"/>
        <source>Preferred channel</source>
        <translation>Предпочтительный канал</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="52"/>
        <source>Best time to contact</source>
        <translation>Когда лучше писать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="53"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="56"/>
        <source>Meat</source>
        <translation>Мясо</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="58"/>
        <source>Shellfish</source>
        <translation>Морепродукты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="59"/>
        <source>Dairy</source>
        <translation>Молочное</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="60"/>
        <source>Egg</source>
        <translation>Яйцо</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="61"/>
        <source>Gluten</source>
        <translation>Глютен</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="62"/>
        <source>Nuts</source>
        <translation>Орехи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="63"/>
        <source>Alcohol</source>
        <translation>Алкоголь</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="68"/>
        <source>from a staff note</source>
        <translation>из заметки персонала</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="69"/>
        <source>entered by you</source>
        <translation>введено вами</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="70"/>
        <source>confirmed by you</source>
        <translation>подтверждено вами</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="91"/>
        <location filename="../../desktop/ui/customer_text.py" line="116"/>
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln визит</numerusform>
            <numerusform>%Ln визита</numerusform>
            <numerusform>%Ln визитов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="99"/>
        <source>First visit %Ln day(s) ago</source>
        <translation>
            <numerusform>Первый визит %Ln день назад</numerusform>
            <numerusform>Первый визит %Ln дня назад</numerusform>
            <numerusform>Первый визит %Ln дней назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="101"/>
        <source>One visit, %Ln day(s) ago</source>
        <translation>
            <numerusform>Один визит, %Ln день назад</numerusform>
            <numerusform>Один визит, %Ln дня назад</numerusform>
            <numerusform>Один визит, %Ln дней назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="103"/>
        <source>%Ln visit(s), no habit yet</source>
        <translation>
            <numerusform>%Ln визит, привычки пока нет</numerusform>
            <numerusform>%Ln визита, привычки пока нет</numerusform>
            <numerusform>%Ln визитов, привычки пока нет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="103"/>
        <location filename="../../desktop/ui/customer_text.py" line="114"/>
        <location filename="../../desktop/ui/customer_text.py" line="116"/>
        <source>last seen %Ln day(s) ago</source>
        <translation>
            <numerusform>был %Ln день назад</numerusform>
            <numerusform>был %Ln дня назад</numerusform>
            <numerusform>был %Ln дней назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="105"/>
        <location filename="../../desktop/ui/customer_text.py" line="107"/>
        <source>Not seen for %Ln day(s)</source>
        <translation>
            <numerusform>Не приходил %Ln день</numerusform>
            <numerusform>Не приходил %Ln дня</numerusform>
            <numerusform>Не приходил %Ln дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="105"/>
        <source>usually every %Ln day(s)</source>
        <translation>
            <numerusform>обычно раз в %Ln день</numerusform>
            <numerusform>обычно раз в %Ln дня</numerusform>
            <numerusform>обычно раз в %Ln дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="108"/>
        <source>last year they took a break of %Ln day(s) at this time and came back</source>
        <translation>
            <numerusform>год назад в это же время — перерыв в %Ln день, а потом возвращение</numerusform>
            <numerusform>год назад в это же время — перерыв в %Ln дня, а потом возвращение</numerusform>
            <numerusform>год назад в это же время — перерыв в %Ln дней, а потом возвращение</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="111"/>
        <source>%Ln visit(s) in the last %1 weeks</source>
        <translation>
            <numerusform>%Ln визит за последние %1 недель</numerusform>
            <numerusform>%Ln визита за последние %1 недель</numerusform>
            <numerusform>%Ln визитов за последние %1 недель</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="112"/>
        <source>about %Ln expected from their rhythm</source>
        <translation>
            <numerusform>по его ритму ждали около %Ln</numerusform>
            <numerusform>по его ритму ждали около %Ln</numerusform>
            <numerusform>по его ритму ждали около %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="114"/>
        <source>Usually every %Ln day(s)</source>
        <translation>
            <numerusform>Обычно раз в %Ln день</numerusform>
            <numerusform>Обычно раз в %Ln дня</numerusform>
            <numerusform>Обычно раз в %Ln дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="118"/>
        <source>%Ln visit(s) in the customer file, no dates</source>
        <translation>
            <numerusform>%Ln визит в файле клиентов, без дат</numerusform>
            <numerusform>%Ln визита в файле клиентов, без дат</numerusform>
            <numerusform>%Ln визитов в файле клиентов, без дат</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="119"/>
        <source>No visit known yet</source>
        <translation>Визитов пока не известно</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="123"/>
        <source>Not in a tier yet</source>
        <translation>Пока без уровня</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="126"/>
        <source>%Ln visit(s) in the last %1 days</source>
        <translation>
            <numerusform>%Ln визит за последние %1 дней</numerusform>
            <numerusform>%Ln визита за последние %1 дней</numerusform>
            <numerusform>%Ln визитов за последние %1 дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="128"/>
        <source>%1 spent in the last %2 days</source>
        <translation>%1 потрачено за последние %2 дней</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="133"/>
        <source>Not enough visits to tell</source>
        <translation>Слишком мало визитов, чтобы судить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="134"/>
        <source>came recently</source>
        <translation>был недавно</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="134"/>
        <source>not seen for a while</source>
        <translation>давно не был</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="135"/>
        <source>not seen for a long time</source>
        <translation>очень давно не был</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="136"/>
        <source>comes often</source>
        <translation>приходит часто</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="136"/>
        <source>comes now and then</source>
        <translation>приходит иногда</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="137"/>
        <source>comes rarely</source>
        <translation>приходит редко</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="138"/>
        <source>spends a lot</source>
        <translation>тратит много</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="138"/>
        <source>spends about average</source>
        <translation>тратит как все</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="139"/>
        <source>spends little</source>
        <translation>тратит мало</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="145"/>
        <source>On %1 of %Ln visit(s)</source>
        <translation>
            <numerusform>В %1 из %Ln визита</numerusform>
            <numerusform>В %1 из %Ln визитов</numerusform>
            <numerusform>В %1 из %Ln визитов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="148"/>
        <source>%Ln visit(s) with food, never meat or fish</source>
        <translation>
            <numerusform>%Ln визит с едой, ни разу мяса или рыбы</numerusform>
            <numerusform>%Ln визита с едой, ни разу мяса или рыбы</numerusform>
            <numerusform>%Ln визитов с едой, ни разу мяса или рыбы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="150"/>
        <source>Wrote %1 of %Ln review(s) in this language</source>
        <translation>
            <numerusform>Написал %1 из %Ln отзыва на этом языке</numerusform>
            <numerusform>Написал %1 из %Ln отзывов на этом языке</numerusform>
            <numerusform>Написал %1 из %Ln отзывов на этом языке</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="153"/>
        <source>Their review: “%1”</source>
        <translation>Из его отзыва: «%1»</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="32"/>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="33"/>
        <location filename="../../desktop/ui/models/customers_model.py" line="42"/>
        <source>Regular</source>
        <translation>Постоянный</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="34"/>
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="35"/>
        <source>Lapsed</source>
        <translation>Пропал</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="36"/>
        <source>One-off</source>
        <translation>Разовый</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="43"/>
        <source>Gold</source>
        <translation>Золото</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="44"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="48"/>
        <source>vegetarian</source>
        <translation>вегетарианец</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="49"/>
        <source>vegan</source>
        <translation>веган</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="50"/>
        <source>gluten-free</source>
        <translation>без глютена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="51"/>
        <source>halal</source>
        <translation>халяль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="52"/>
        <source>kosher</source>
        <translation>кошерное</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="53"/>
        <source>dairy-free</source>
        <translation>без молочного</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="54"/>
        <source>big spender</source>
        <translation>много тратит</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="55"/>
        <source>birthday this month</source>
        <translation>день рождения в этом месяце</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="108"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="111"/>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="113"/>
        <source>Segment</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="117"/>
        <source>Last visit</source>
        <translation>Посл. визит</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="119"/>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="121"/>
        <source>Spend</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="124"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="139"/>
        <location filename="../../desktop/ui/pages/customers.py" line="349"/>
        <source>Loading customers</source>
        <translation>Загрузка клиентов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="174"/>
        <location filename="../../desktop/ui/pages/customers.py" line="200"/>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="176"/>
        <source>Who your regulars are, who is slipping away, and what each one likes.</source>
        <translation>Кто ваши постоянные гости, кто перестаёт приходить и что любит каждый.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="187"/>
        <source>No customers yet</source>
        <translation>Клиентов пока нет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="188"/>
        <source>Drop your till&apos;s customer list or sales export here (Square, Shopify, Loyverse, Toast, SumUp, Zettle, Lightspeed) or a Mailchimp audience, or use Import.
Orders that name their customer bring the customer with them. Everything stays on this computer.</source>
        <translation>Перетащите сюда список клиентов или выгрузку продаж из кассы (Square, Shopify, Loyverse, Toast, SumUp, Zettle, Lightspeed) или аудиторию Mailchimp, либо нажмите «Импорт».
Заказы, в которых указан клиент, добавляют и клиента. Всё остаётся на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="201"/>
        <source>Regulars</source>
        <translation>Постоянные</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="202"/>
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="203"/>
        <source>Lapsed</source>
        <translation>Пропавшие</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="204"/>
        <source>Tier moves</source>
        <translation>Смена уровня</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="212"/>
        <source>Search name, e-mail or phone</source>
        <translation>Поиск по имени, e-mail или телефону</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="216"/>
        <source>All segments</source>
        <translation>Все группы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="221"/>
        <location filename="../../desktop/ui/pages/customers.py" line="358"/>
        <source>All tiers</source>
        <translation>Все уровни</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="224"/>
        <location filename="../../desktop/ui/pages/customers.py" line="371"/>
        <source>All locations</source>
        <translation>Все заведения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="230"/>
        <source>Tiers…</source>
        <translation>Уровни…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="232"/>
        <source>Menu…</source>
        <translation>Меню…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="294"/>
        <source>No customers match these filters.</source>
        <translation>Под эти фильтры не подходит ни один клиент.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="323"/>
        <source>Loading your customers…</source>
        <translation>Загружаем ваших клиентов…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="351"/>
        <source>Your customers could not be loaded.</source>
        <translation>Не удалось загрузить клиентов.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="361"/>
        <source>No tier</source>
        <translation>Без уровня</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="393"/>
        <source>as of %1</source>
        <translation>на %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="394"/>
        <source>%1 of them with visits; judged as of the latest order.</source>
        <translation>Из них с визитами: %1; оценка на дату последнего заказа.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="396"/>
        <source>in their rhythm</source>
        <translation>в своём ритме</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="398"/>
        <source>slower than usual</source>
        <translation>реже обычного</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="399"/>
        <source>well past their rhythm</source>
        <translation>давно сверх ритма</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="400"/>
        <source>this month</source>
        <translation>в этом месяце</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="412"/>
        <source>%1 shown</source>
        <translation>показано: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="434"/>
        <location filename="../../desktop/ui/pages/customers.py" line="446"/>
        <source>Loading the customer</source>
        <translation>Загрузка клиента</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="479"/>
        <source>Saving the customer</source>
        <translation>Сохранение клиента</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="493"/>
        <source>Recording consent</source>
        <translation>Запись согласия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="499"/>
        <source>Export this customer&apos;s data to</source>
        <translation>Экспорт данных клиента в</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="506"/>
        <source>Exported %1 files to %2</source>
        <translation>Файлов экспортировано: %1, в %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="509"/>
        <source>Exporting</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="513"/>
        <source>Erase this customer?</source>
        <translation>Удалить этого клиента?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="514"/>
        <source>Erase %1 and everything about them: contact details, notes, diet and allergies, consent, and which reviews they wrote. Their orders stay as anonymous sales. This cannot be undone; the erasure is logged without any personal data.</source>
        <translation>Удалить %1 и всё о нём: контакты, заметки, питание и аллергии, согласия и то, какие отзывы он написал. Его заказы останутся как анонимные продажи. Отменить нельзя; удаление записывается в журнал без персональных данных.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="526"/>
        <source>The customer was erased.</source>
        <translation>Клиент удалён.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="528"/>
        <source>Erasing</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="533"/>
        <location filename="../../desktop/ui/pages/customers.py" line="537"/>
        <source>Saving</source>
        <translation>Сохранение</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../desktop/ui/widgets/drop_zone.py" line="48"/>
        <source>Choose files…</source>
        <translation>Выбрать файлы…</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="71"/>
        <source>Choose a passphrase of at least %1 characters.</source>
        <translation>Выберите парольную фразу не короче %1 символов.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="75"/>
        <source>The two passphrases are not the same.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="80"/>
        <source>Encrypting your data</source>
        <translation>Шифрование данных</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="85"/>
        <source>Store your data unencrypted?</source>
        <translation>Хранить данные без шифрования?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="86"/>
        <source>Anyone who can open this computer&apos;s files will be able to read your reviews and customers. Continue?</source>
        <translation>Любой, кто может открыть файлы этого компьютера, сможет прочитать ваши отзывы и данные клиентов. Продолжить?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="91"/>
        <source>Removing the encryption</source>
        <translation>Снятие шифрования</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="96"/>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="178"/>
        <source>Encryption</source>
        <translation>Шифрование</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="112"/>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="113"/>
        <source>The same again</source>
        <translation>Ещё раз</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="115"/>
        <source>Write the passphrase down somewhere safe. Without it nobody can open your data, not even Regulars. Your backups are encrypted with it too.</source>
        <translation>Запишите парольную фразу в надёжном месте. Без неё никто не сможет открыть ваши данные, даже Regulars. Резервные копии шифруются ею же.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="125"/>
        <source>Remove the encryption…</source>
        <translation>Снять шифрование…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="133"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="141"/>
        <source>Your data is encrypted</source>
        <translation>Ваши данные зашифрованы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="142"/>
        <source>Regulars asks for the passphrase each time it opens. You can choose a new one here.</source>
        <translation>Regulars спрашивает парольную фразу при каждом запуске. Здесь можно выбрать новую.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="144"/>
        <source>Change the passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="146"/>
        <source>Your data is not encrypted</source>
        <translation>Ваши данные не зашифрованы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="147"/>
        <source>Anyone who can open this computer&apos;s files can read your reviews and customers. Encrypt them with a passphrase that only you know.</source>
        <translation>Любой, кто может открыть файлы этого компьютера, может прочитать ваши отзывы и данные клиентов. Зашифруйте их парольной фразой, которую знаете только вы.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="149"/>
        <source>Encrypt</source>
        <translation>Зашифровать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="156"/>
        <source>This window is read-only: change the encryption in the window that has your data open.</source>
        <translation>Это окно только для чтения: меняйте шифрование в окне, где открыты ваши данные.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="160"/>
        <source>Working… this rewrites the whole file and can take a minute.</source>
        <translation>Выполняется… файл переписывается целиком, это может занять минуту.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="170"/>
        <source>Done: your data and its backups are encrypted.</source>
        <translation>Готово: данные и их резервные копии зашифрованы.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="171"/>
        <source>Done: your data and its backups are stored unencrypted.</source>
        <translation>Готово: данные и их резервные копии хранятся без шифрования.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="77"/>
        <source>Something needs your attention</source>
        <translation>Требуется ваше внимание</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="86"/>
        <source>Sorry, something went wrong on our side. Your data has not been changed.

The details were written to:
{path}</source>
        <translation>Извините, у нас что-то пошло не так. Ваши данные не изменены.

Подробности записаны в:
{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="91"/>
        <source>Sorry, something went wrong</source>
        <translation>Извините, что-то пошло не так</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="71"/>
        <source>All sources</source>
        <translation>Все источники</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="72"/>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="106"/>
        <source>Search reviews, authors…</source>
        <translation>Найти отзыв, автора…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="117"/>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="118"/>
        <source>Any</source>
        <translation>Любые</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="123"/>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="123"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="124"/>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="124"/>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="125"/>
        <source>Custom dates…</source>
        <translation>Выбрать даты…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="138"/>
        <source>Stars</source>
        <translation>Звёзды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="140"/>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="145"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../desktop/ui/help.py" line="21"/>
        <location filename="../../desktop/ui/help.py" line="29"/>
        <source>Regulars guide</source>
        <translation>Руководство Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="37"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="37"/>
        <source>Your week at a glance: the rating and how it moved, new reviews, who is waiting for a reply, rating drops, suspicious reviews, regulars at risk, birthdays and your last campaign. Open a card to see more.</source>
        <translation>Ваша неделя одним взглядом: оценка и её изменение, новые отзывы, кто ждёт ответа, падения оценки, подозрительные отзывы, постоянные гости под угрозой ухода, дни рождения и ваша последняя рассылка. Откройте карточку, чтобы узнать больше.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="40"/>
        <source>Reviews</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="40"/>
        <source>Every review you imported, with filters by platform, stars, language and words, and the rating over time.</source>
        <translation>Все импортированные отзывы с фильтрами по площадке, звёздам, языку и словам, и оценка во времени.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="42"/>
        <source>Insights</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="42"/>
        <source>Why the rating changed: each drop with its causes in plain words, the reviews behind them, and bursts of suspicious reviews.</source>
        <translation>Почему изменилась оценка: каждое падение с причинами простыми словами, отзывы, которые это показывают, и всплески подозрительных отзывов.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="44"/>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="44"/>
        <source>Your customers from every till and mailing list: tiers, who is a regular, who is at risk or lapsed, birthdays and what they usually order.</source>
        <translation>Ваши клиенты из всех касс и списков контактов: уровни, кто постоянный гость, кто под угрозой ухода или ушёл, дни рождения и что они обычно заказывают.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="47"/>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="47"/>
        <source>Personal notes to customers who agreed to hear from you, what they did afterwards, and the reviews waiting for a reply, most urgent first.</source>
        <translation>Личные сообщения клиентам, согласившимся получать от вас весточки, что они сделали потом, и отзывы, ждущие ответа, — самые срочные первыми.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="50"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="50"/>
        <source>Bring in review, customer and order exports, see every import and undo one.</source>
        <translation>Загрузите выгрузки отзывов, клиентов и заказов, смотрите каждый импорт и отменяйте его.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="60"/>
        <source>Regulars never connects to the internet: files are read here and nothing is uploaded. A backup is made every day you open it and before every import (File &gt; Backups).</source>
        <translation>Regulars никогда не подключается к интернету: файлы читаются здесь, и ничего никуда не отправляется. Резервная копия создаётся каждый день, когда вы открываете программу, и перед каждым импортом (Файл &gt; Резервные копии).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="66"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="66"/>
        <source>Move between the cards, lists and buttons</source>
        <translation>Переход между карточками, списками и кнопками</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="67"/>
        <source>Enter, Space</source>
        <translation>Enter, Пробел</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="67"/>
        <source>Open the card or press the button that has the focus</source>
        <translation>Открыть карточку или нажать кнопку, на которой фокус</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="31"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="32"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="33"/>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="34"/>
        <source>Review text</source>
        <translation>Текст отзыва</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="35"/>
        <source>Reviewer</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="36"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="37"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="38"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="39"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="40"/>
        <source>Your reply</source>
        <translation>Ваш ответ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="41"/>
        <source>Reply date</source>
        <translation>Дата ответа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="42"/>
        <source>Location</source>
        <translation>Заведение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="43"/>
        <source>Recommends</source>
        <translation>Рекомендует</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="44"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="45"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="46"/>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="47"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="48"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="49"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="50"/>
        <source>E-mail consent</source>
        <translation>Согласие на e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="51"/>
        <source>SMS consent</source>
        <translation>Согласие на SMS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="52"/>
        <source>Order number</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="53"/>
        <source>Order date</source>
        <translation>Дата заказа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="54"/>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="55"/>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="56"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="57"/>
        <source>Unit price</source>
        <translation>Цена за шт.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="58"/>
        <source>Line total</source>
        <translation>Сумма позиции</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="59"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="60"/>
        <source>Customer ID</source>
        <translation>ID клиента</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="61"/>
        <source>Customer name</source>
        <translation>Имя клиента</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="62"/>
        <source>Customer e-mail</source>
        <translation>E-mail клиента</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="63"/>
        <source>Customer phone</source>
        <translation>Телефон клиента</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="64"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="65"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="66"/>
        <source>Staff</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="67"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="68"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="69"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="86"/>
        <source>(ignore)</source>
        <translation>(пропустить)</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="28"/>
        <source>row {row}: {detail}</source>
        <translation>строка {row}: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="29"/>
        <source>item {row}: {detail}</source>
        <translation>элемент {row}: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="30"/>
        <source>line {row}: {detail}</source>
        <translation>строка {row}: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="31"/>
        <source>{file}: {detail}</source>
        <translation>{file}: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="32"/>
        <source>{column} &apos;{value}&apos; is not a number</source>
        <translation>{column} «{value}» — не число</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="33"/>
        <source>{column} &apos;{value}&apos; is not yes/no</source>
        <translation>{column} «{value}» — не «да» и не «нет»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="34"/>
        <source>{column} &apos;{value}&apos; is not a rating out of 5, 10 or 100</source>
        <translation>{column} «{value}» — не оценка из 5, 10 или 100</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="36"/>
        <source>{column} &apos;{value}&apos; is not a number 1-{scale}</source>
        <translation>{column} «{value}» — не число от 1 до {scale}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="37"/>
        <source>{column} &apos;{value}&apos; is not an e-mail address</source>
        <translation>{column} «{value}» — не адрес электронной почты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="38"/>
        <source>{column} &apos;{value}&apos; is not a phone number</source>
        <translation>{column} «{value}» — не номер телефона</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="39"/>
        <source>{column} &apos;{value}&apos; was shortened by Excel (scientific notation); re-export the file as text</source>
        <translation>{column} «{value}» сокращено Excel (экспоненциальная запись); экспортируйте файл заново как текст</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="42"/>
        <source>{column} &apos;{value}&apos; is not a date</source>
        <translation>{column} «{value}» — не дата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="43"/>
        <source>{column} is empty</source>
        <translation>{column}: пусто</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="44"/>
        <source>birthday {day}/{month}/{year} is not a date</source>
        <translation>день рождения {day}.{month}.{year} — не дата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="45"/>
        <source>has no name, e-mail, phone or customer id</source>
        <translation>нет ни имени, ни e-mail, ни телефона, ни номера клиента</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="46"/>
        <source>has no rating and no review text</source>
        <translation>нет ни оценки, ни текста отзыва</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="47"/>
        <source>is not valid JSON</source>
        <translation>— некорректный JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="48"/>
        <source>is not a review object</source>
        <translation>— не отзыв</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="49"/>
        <source>unexpected review shape ({kind})</source>
        <translation>неожиданная структура отзыва ({kind})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="50"/>
        <source>The file has column names but no data rows.</source>
        <translation>В файле есть названия столбцов, но нет строк с данными.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="51"/>
        <source>Some rows have a different number of columns than the header; values may be in the wrong columns. Check the file in a spreadsheet.</source>
        <translation>В некоторых строках другое число столбцов, чем в заголовке; значения могут оказаться не в тех столбцах. Проверьте файл в табличном редакторе.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="54"/>
        <source>{count} more rows were rejected and are not listed.</source>
        <translation>Ещё отклонённых строк, не показанных здесь: {count}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="55"/>
        <source>Read the worksheet &apos;{sheet}&apos; (the first sheet had no recognisable table).</source>
        <translation>Прочитан лист «{sheet}» (на первом листе не нашлось понятной таблицы).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="57"/>
        <source>Ratings in column &apos;{column}&apos; go up to {max}; they were read as a 10-point scale and converted to 1-5 stars.</source>
        <translation>Оценки в столбце «{column}» доходят до {max}; они прочитаны как 10-балльная шкала и пересчитаны в 1–5 звёзд.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="60"/>
        <source>{count} cancelled or void rows were left out.</source>
        <translation>Пропущено отменённых или аннулированных строк: {count}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="61"/>
        <source>{count} rows that are not sales (payouts, floats, transfers...) were left out.</source>
        <translation>Пропущено строк, которые не являются продажами (выплаты, размен, переводы...): {count}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="63"/>
        <source>{count} customer e-mails, phones or ids on orders were unusable and left empty; the orders were kept.</source>
        <translation>Непригодных e-mail, телефонов или номеров клиентов в заказах: {count}; они оставлены пустыми, заказы сохранены.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="66"/>
        <source>Dates in column &apos;{column}&apos; could be read either way (for example &apos;{example}&apos;); they were read as {order} {why}. If that is wrong, re-import choosing the other date order.</source>
        <translation>Даты в столбце «{column}» можно прочитать двояко (например, «{example}»); они прочитаны как {order} {why}. Если это неверно, импортируйте заново и выберите другой порядок.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="69"/>
        <source>day/month</source>
        <translation>день/месяц</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="70"/>
        <source>month/day (US style)</source>
        <translation>месяц/день (как в США)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="71"/>
        <source>as {profile} usually writes them</source>
        <translation>так, как их обычно пишет {profile}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="72"/>
        <source>because the column names are in {language}</source>
        <translation>так как названия столбцов на языке «{language}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="73"/>
        <source>because dotted dates are European style</source>
        <translation>так как даты с точками пишутся по-европейски</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="74"/>
        <source>as in US exports</source>
        <translation>как в выгрузках из США</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="75"/>
        <source>the file does not exist</source>
        <translation>файл не существует</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="76"/>
        <source>this is not a regular file (a pipe or a device); save the export as a file</source>
        <translation>это не обычный файл (канал или устройство); сохраните выгрузку в файл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="78"/>
        <source>cannot open the file ({reason})</source>
        <translation>не удаётся открыть файл ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="79"/>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="80"/>
        <source>this is not a text table (it contains binary data)</source>
        <translation>это не текстовая таблица (в файле двоичные данные)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="81"/>
        <source>this is an old Excel .xls file; open it in Excel and save it as .xlsx or CSV</source>
        <translation>это старый файл Excel .xls; откройте его в Excel и сохраните как .xlsx или CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="83"/>
        <source>unknown text encoding</source>
        <translation>неизвестная кодировка текста</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="84"/>
        <source>this is a web page or XML file, not a table; open it in Excel and save it as .xlsx or CSV</source>
        <translation>это веб-страница или XML-файл, а не таблица; откройте его в Excel и сохраните как .xlsx или CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="87"/>
        <source>a row has {columns} columns; this is not a table of reviews, customers or orders</source>
        <translation>в строке {columns} столбцов; это не таблица отзывов, клиентов или заказов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="89"/>
        <source>the file could not be read as a table ({reason})</source>
        <translation>не удалось прочитать файл как таблицу ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="90"/>
        <source>line {line} is longer than {megabytes} MB (a file without line breaks, or not a table)</source>
        <translation>строка {line} длиннее {megabytes} МБ (файл без переносов строк или не таблица)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="93"/>
        <source>no table with column names was found</source>
        <translation>таблица с названиями столбцов не найдена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="94"/>
        <source>the file is too large to read into memory</source>
        <translation>файл слишком велик, чтобы прочитать его в память</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="95"/>
        <source>the file is nested too deeply to read</source>
        <translation>у файла слишком глубокая вложенность, его не прочитать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="96"/>
        <source>the file could not be read ({reason})</source>
        <translation>не удалось прочитать файл ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="97"/>
        <source>the folder contains no CSV, Excel or JSON files</source>
        <translation>в папке нет файлов CSV, Excel или JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="98"/>
        <source>this folder holds more than {files} data files or {limit} files in all; choose the export&apos;s own folder</source>
        <translation>в этой папке больше {files} файлов с данными или больше {limit} файлов всего; выберите папку самой выгрузки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="101"/>
        <source>none of the {count} files inside could be read (first: {first})</source>
        <translation>не удалось прочитать ни один из файлов внутри ({count}; первый: {first})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="103"/>
        <source>reading Excel files needs openpyxl</source>
        <translation>для чтения файлов Excel нужен openpyxl</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="104"/>
        <source>the Excel file is damaged or not a workbook ({reason})</source>
        <translation>файл Excel повреждён или не является книгой ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="106"/>
        <source>the Excel file is damaged ({reason})</source>
        <translation>файл Excel повреждён ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="107"/>
        <source>the workbook&apos;s first sheet is empty</source>
        <translation>первый лист книги пуст</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="108"/>
        <source>the sheet is empty</source>
        <translation>лист пуст</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="109"/>
        <source>the workbook has no sheets</source>
        <translation>в книге нет листов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="110"/>
        <source>the ZIP archive contains no CSV, Excel or JSON files</source>
        <translation>в ZIP-архиве нет файлов CSV, Excel или JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="111"/>
        <source>this ZIP is not an Excel workbook (.xlsx)</source>
        <translation>этот ZIP не является книгой Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="112"/>
        <source>the ZIP archive is damaged or incomplete ({reason})</source>
        <translation>ZIP-архив повреждён или неполон ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="113"/>
        <source>the ZIP holds {files} data files; Regulars reads at most {limit} from one archive</source>
        <translation>в ZIP файлов с данными: {files}; Regulars читает из одного архива не больше {limit}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="116"/>
        <source>the files in this ZIP add up to more than {gigabytes} GB unpacked; unpack it and import the files</source>
        <translation>в распакованном виде файлы этого ZIP занимают больше {gigabytes} ГБ; распакуйте его и импортируйте файлы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="119"/>
        <source>cannot unpack this file from the ZIP ({reason})</source>
        <translation>не удаётся распаковать этот файл из ZIP ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="120"/>
        <source>this file in the ZIP is too large to import</source>
        <translation>этот файл в ZIP слишком велик для импорта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="121"/>
        <source>this file would unpack {times} times larger than it is stored: a ZIP bomb, not an export</source>
        <translation>при распаковке этот файл стал бы в {times} раз больше: это ZIP-бомба, а не выгрузка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="124"/>
        <source>&apos;{format}&apos; is a JSON format but this file is a table</source>
        <translation>«{format}» — формат JSON, а этот файл — таблица</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="126"/>
        <source>no recognisable columns; columns found: {columns}</source>
        <translation>нет знакомых столбцов; найдены столбцы: {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="127"/>
        <source>no recognisable {kind} columns; columns found: {columns}</source>
        <translation>нет знакомых столбцов (данные: {kind}); найдены столбцы: {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="129"/>
        <source>no recognisable {kind} columns (it looks like a {description} file); columns found: {columns}</source>
        <translation>нет знакомых столбцов (данные: {kind}; похоже на файл {description}); найдены столбцы: {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="132"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="133"/>
        <source>unknown format &apos;{format}&apos; (see the list of formats)</source>
        <translation>неизвестный формат «{format}» (см. список форматов)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="134"/>
        <source>the format &apos;{format}&apos; holds {holds}, not {kind}</source>
        <translation>в формате «{format}» данные «{holds}», а не «{kind}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="135"/>
        <source>this is not a {description} file: missing column(s) {columns}</source>
        <translation>это не файл {description}: нет столбцов {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="137"/>
        <source>this is a {description} file, which holds {holds}, not {kind}</source>
        <translation>это файл {description}, в нём данные «{holds}», а не «{kind}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="139"/>
        <source>JSON files hold reviews only; no {kind} found</source>
        <translation>в файлах JSON бывают только отзывы; данных «{kind}» не найдено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="140"/>
        <source>this is not valid JSON (line {line}: {reason})</source>
        <translation>это некорректный JSON (строка {line}: {reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="141"/>
        <source>these are reviews you wrote yourself on Google Maps (Takeout &apos;Maps (your places)&apos;); export &apos;Google Business Profile&apos; to get your café&apos;s reviews</source>
        <translation>это отзывы, которые вы сами написали в Google Картах (Takeout «Карты (ваши места)»); выгрузите «Профиль компании в Google», чтобы получить отзывы о вашем кафе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="144"/>
        <source>this JSON is {found}, not {format}</source>
        <translation>этот JSON — {found}, а не {format}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="145"/>
        <source>the JSON file contains no reviews</source>
        <translation>в файле JSON нет отзывов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="146"/>
        <source>no reviews in a known format were found in this JSON file</source>
        <translation>в этом файле JSON не найдено отзывов в известном формате</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="148"/>
        <source>reviews</source>
        <translation>отзывы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="149"/>
        <source>customers</source>
        <translation>клиенты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="150"/>
        <source>orders</source>
        <translation>заказы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="151"/>
        <source>Skipped {detail}</source>
        <translation>Пропущено: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="152"/>
        <source>... and {count} more like these</source>
        <translation>… и ещё {count} таких же</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="153"/>
        <source>There is no import batch {batch}.</source>
        <translation>Импорта № {batch} нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="154"/>
        <source>Import batch {batch} ({file}) was already undone.</source>
        <translation>Импорт № {batch} ({file}) уже отменён.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="68"/>
        <source>Loading import history</source>
        <translation>Загрузка истории импорта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="77"/>
        <source>Undoing import</source>
        <translation>Отмена импорта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="82"/>
        <source>Undo import?</source>
        <translation>Отменить импорт?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="83"/>
        <source>Remove the %1 rows that “%2” added on %3?

Rows that were already there stay.</source>
        <translation>Удалить строки, добавленные из «%2» %3 (всего: %1)?

Строки, которые уже были, останутся.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="94"/>
        <source>Undoing merge</source>
        <translation>Отмена объединения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="99"/>
        <source>Undo merge?</source>
        <translation>Отменить объединение?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="100"/>
        <source>Split “%1” back into two customers?

The %2 record becomes a customer of its own again, and the values it changed go back to what they were.</source>
        <translation>Снова разделить «%1» на двух клиентов?

Запись из %2 снова станет отдельным клиентом, а изменённые ею значения вернутся к прежним.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="102"/>
        <source>this customer</source>
        <translation>этого клиента</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="120"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="124"/>
        <source>Drop files here to import them</source>
        <translation>Перетащите сюда файлы для импорта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="125"/>
        <source>Google and Tripadvisor review exports, your till&apos;s customer and order exports, or any spreadsheet (CSV, Excel, JSON). Importing the same file twice changes nothing.</source>
        <translation>Выгрузки отзывов из Google и Tripadvisor, выгрузки клиентов и заказов из кассы или любая таблица (CSV, Excel, JSON). Повторный импорт того же файла ничего не меняет.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="136"/>
        <source>Import history</source>
        <translation>История импорта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="137"/>
        <location filename="../../desktop/ui/pages/import_page.py" line="234"/>
        <source>Customer merges</source>
        <translation>Объединения клиентов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="160"/>
        <source>Nothing imported yet. Files you import will be listed here, and each import can be undone.</source>
        <translation>Пока ничего не импортировано. Здесь появятся импортированные файлы, и любой импорт можно отменить.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="172"/>
        <source>When a customer in one file has the same e-mail or phone as a customer from another system, Regulars keeps one customer. Undo a merge if they are really two people.</source>
        <translation>Если у клиента из одного файла тот же e-mail или телефон, что и у клиента из другой системы, Regulars оставляет одного клиента. Отмените объединение, если это на самом деле два человека.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="186"/>
        <source>No customers have been merged. Merges happen when you import customer lists from more than one system.</source>
        <translation>Клиенты не объединялись. Объединение происходит при импорте списков клиентов из нескольких систем.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="233"/>
        <source>Customer merges (%1)</source>
        <translation>Объединения клиентов (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="243"/>
        <location filename="../../desktop/ui/pages/import_page.py" line="257"/>
        <source>Undo</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="246"/>
        <source>Make these two customers again</source>
        <translation>Снова сделать двух клиентов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="247"/>
        <location filename="../../desktop/ui/pages/import_page.py" line="261"/>
        <source>Already undone</source>
        <translation>Уже отменено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="260"/>
        <source>Remove what this import added</source>
        <translation>Удалить то, что добавил этот импорт</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="73"/>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="74"/>
        <source>Already there</source>
        <translation>Уже есть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="75"/>
        <source>Joins a customer</source>
        <translation>Привязка к клиенту</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="76"/>
        <source>Updates the stored one</source>
        <translation>Обновит сохранённую</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="77"/>
        <source>Not imported</source>
        <translation>Не импортируется</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="206"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="206"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="288"/>
        <source>What happens</source>
        <translation>Что произойдёт</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="149"/>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="258"/>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="297"/>
        <source>Import preview</source>
        <translation>Предпросмотр импорта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="160"/>
        <source>Nothing has been imported yet. Check what Regulars found, fix the columns if needed, then import.</source>
        <translation>Пока ничего не импортировано. Проверьте, что нашёл Regulars, при необходимости исправьте столбцы и импортируйте.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="187"/>
        <source>Don&apos;t ask again for recognised formats</source>
        <translation>Больше не спрашивать для известных форматов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="188"/>
        <source>Import files Regulars recognises for certain straight away, unless rows are rejected or a question needs your answer.</source>
        <translation>Сразу импортировать файлы, которые Regulars точно распознал, если нет отклонённых строк и вопросов к вам.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="200"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="202"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="212"/>
        <source>Reviews</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="212"/>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="213"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="216"/>
        <source>reviews</source>
        <translation>отзывы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="216"/>
        <source>customers</source>
        <translation>клиенты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="217"/>
        <source>orders</source>
        <translation>заказы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="238"/>
        <source>Reading “%1”…</source>
        <translation>Чтение «%1»…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="292"/>
        <source>Regulars cannot read “%1”:
%2</source>
        <translation>Regulars не может прочитать «%1»:
%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="295"/>
        <source>Something went wrong while reading this file.</source>
        <translation>При чтении этого файла что-то пошло не так.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="315"/>
        <source>Not a format Regulars knows. Tell it which column holds what; nothing is imported until you do.</source>
        <translation>Regulars не знает этот формат. Укажите, что в каком столбце; до этого ничего не импортируется.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="319"/>
        <source>Choose, for at least one column, what it holds.</source>
        <translation>Укажите содержимое хотя бы одного столбца.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="336"/>
        <source>A spreadsheet read by its column names</source>
        <translation>Таблица, прочитанная по названиям столбцов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="337"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="351"/>
        <source>%1: %2 new, %3 already there</source>
        <translation>%1: новых — %2, уже есть — %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="369"/>
        <source>mapped by you</source>
        <translation>столбцы указаны вами</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="371"/>
        <source>recognised for certain</source>
        <translation>распознано точно</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="372"/>
        <source>a good guess (%1% sure) — check the columns</source>
        <translation>вероятно (уверенность %1%) — проверьте столбцы</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="389"/>
        <source>Import %Ln row(s)</source>
        <translation>
            <numerusform>Импортировать %Ln строку</numerusform>
            <numerusform>Импортировать %Ln строки</numerusform>
            <numerusform>Импортировать %Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="390"/>
        <source>Skip the %Ln rejected row(s)</source>
        <translation>
            <numerusform>Пропустить %Ln отклонённую строку</numerusform>
            <numerusform>Пропустить %Ln отклонённые строки</numerusform>
            <numerusform>Пропустить %Ln отклонённых строк</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="397"/>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="399"/>
        <source>Answer the question about dates in “%1” first.</source>
        <translation>Сначала ответьте на вопрос о датах в «%1».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="402"/>
        <source>Answer the question about dates first.</source>
        <translation>Сначала ответьте на вопрос о датах.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="404"/>
        <source>Without skipping, importing is all or nothing: fix the rejected rows in the file, or tick “Skip”.</source>
        <translation>Без пропуска импорт идёт по принципу «всё или ничего»: исправьте отклонённые строки в файле или отметьте «Пропустить».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="407"/>
        <source>There is nothing Regulars can import from here yet.</source>
        <translation>Здесь пока нечего импортировать.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="409"/>
        <source>Everything in here is already in Regulars.</source>
        <translation>Всё это уже есть в Regulars.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="412"/>
        <source>“%1” is left out: it cannot be read, or its columns are not chosen yet.</source>
        <translation>«%1» пропущен: его не удаётся прочитать или столбцы ещё не указаны.</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="44"/>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="63"/>
        <source>reviews</source>
        <translation>отзывы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="63"/>
        <source>customers</source>
        <translation>клиенты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="64"/>
        <source>orders</source>
        <translation>заказы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="69"/>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="72"/>
        <source>…and %1 more</source>
        <translation>…и ещё %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="86"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="86"/>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="87"/>
        <source>Already there</source>
        <translation>Уже есть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="87"/>
        <source>Updated</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="88"/>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="94"/>
        <source>These files could not be imported:</source>
        <translation>Эти файлы не удалось импортировать:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="100"/>
        <source>There was nothing to import.</source>
        <translation>Импортировать было нечего.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="116"/>
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="118"/>
        <source>Everything in these files was already in Regulars</source>
        <translation>Всё из этих файлов уже было в Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="119"/>
        <source>Imported %1</source>
        <translation>Импортировано: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="122"/>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="28"/>
        <source>%Ln new review(s)</source>
        <translation>
            <numerusform>%Ln новый отзыв</numerusform>
            <numerusform>%Ln новых отзыва</numerusform>
            <numerusform>%Ln новых отзывов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="30"/>
        <source>%Ln new customer(s)</source>
        <translation>
            <numerusform>%Ln новый клиент</numerusform>
            <numerusform>%Ln новых клиента</numerusform>
            <numerusform>%Ln новых клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="32"/>
        <source>%Ln new order(s)</source>
        <translation>
            <numerusform>%Ln новый заказ</numerusform>
            <numerusform>%Ln новых заказа</numerusform>
            <numerusform>%Ln новых заказов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="33"/>
        <source>%Ln new row(s)</source>
        <translation>
            <numerusform>%Ln новая строка</numerusform>
            <numerusform>%Ln новые строки</numerusform>
            <numerusform>%Ln новых строк</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="100"/>
        <source>Loading the reviews waiting for a reply</source>
        <translation>Загрузка отзывов, ждущих ответа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="122"/>
        <source>Marking answered</source>
        <translation>Отмечаем как отвеченный</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="135"/>
        <source>No reviews are waiting for a reply. Well done!
New reviews appear here after you import them.</source>
        <translation>Ни один отзыв не ждёт ответа. Отлично!
Новые отзывы появятся здесь после импорта.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="141"/>
        <source>No reviews yet</source>
        <translation>Отзывов пока нет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="142"/>
        <source>Import your review exports on the Import page, or drop them here: the reviews waiting for a reply then appear here, most urgent first, each with a draft reply.</source>
        <translation>Импортируйте выгрузки отзывов на странице «Импорт» или перетащите их сюда: здесь появятся отзывы, которые ждут ответа, самые срочные первыми, каждый с черновиком ответа.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="167"/>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="263"/>
        <source>Draft reply (edit it before you post it)</source>
        <translation>Черновик ответа (отредактируйте перед публикацией)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="173"/>
        <source>Copy reply</source>
        <translation>Копировать ответ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="175"/>
        <source>Mark as answered</source>
        <translation>Отметить как отвеченный</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="177"/>
        <source>After you pasted the reply on the review site: the review leaves the inbox.</source>
        <translation>После того как вы вставили ответ на сайте отзывов: отзыв уходит из входящих.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="224"/>
        <source>%1: %2 h</source>
        <translation>%1: %2 ч</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="226"/>
        <source>Typical time to reply (median): %1</source>
        <translation>Обычное время ответа (медиана): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="247"/>
        <source>Anonymous</source>
        <translation>Аноним</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="257"/>
        <source>Answer this one yourself. Before you do:</source>
        <translation>На этот отзыв ответьте сами. Сначала:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="261"/>
        <source>Holding reply: complete the part in [brackets] before you post it</source>
        <translation>Предварительный ответ: заполните часть в [скобках] перед публикацией</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="283"/>
        <source>Writing the draft reply</source>
        <translation>Составление черновика ответа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="305"/>
        <source>%1 of %2 characters</source>
        <translation>%1 из %2 символов</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="114"/>
        <location filename="../../desktop/ui/pages/insights.py" line="376"/>
        <source>Looking for rating drops</source>
        <translation>Поиск падений рейтинга</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="146"/>
        <source>Why did the rating change?</source>
        <translation>Почему изменился рейтинг?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="146"/>
        <source>Causes</source>
        <translation>Причины</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="147"/>
        <source>Reviews</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="147"/>
        <location filename="../../desktop/ui/pages/insights.py" line="162"/>
        <location filename="../../desktop/ui/pages/insights.py" line="260"/>
        <source>Suspicious reviews</source>
        <translation>Подозрительные отзывы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="147"/>
        <source>Till</source>
        <translation>Касса</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="163"/>
        <source>Evidence saved in %1</source>
        <translation>Материалы сохранены в %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="165"/>
        <source>Saving the evidence</source>
        <translation>Сохранение материалов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="185"/>
        <source>Insights</source>
        <translation>Аналитика</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="187"/>
        <source>Why your rating moved, with the reviews that show it.</source>
        <translation>Почему изменился ваш рейтинг — и отзывы, которые это показывают.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="193"/>
        <source>Export report…</source>
        <translation>Экспорт отчёта…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="202"/>
        <location filename="../../desktop/ui/pages/insights.py" line="338"/>
        <source>All locations</source>
        <translation>Все заведения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="203"/>
        <location filename="../../desktop/ui/pages/insights.py" line="339"/>
        <source>All platforms</source>
        <translation>Все площадки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="204"/>
        <location filename="../../desktop/ui/pages/insights.py" line="340"/>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="206"/>
        <source>All topics</source>
        <translation>Все темы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="208"/>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="208"/>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="208"/>
        <source>Last 6 months</source>
        <translation>Последние 6 месяцев</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="176"/>
        <source>Average stars</source>
        <translation>Средняя оценка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="176"/>
        <source>Drop</source>
        <translation>Падение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="176"/>
        <source>Suspicious burst</source>
        <translation>Подозрительный всплеск</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="231"/>
        <source>No reviews yet</source>
        <translation>Отзывов пока нет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="232"/>
        <source>Import your review exports on the Import page, or drop them here: Regulars then tells you here when your rating really drops, and why.</source>
        <translation>Импортируйте выгрузки отзывов на странице «Импорт» или перетащите их сюда: тогда Regulars покажет здесь, когда ваша оценка действительно падает и почему.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="255"/>
        <source>Drops</source>
        <translation>Падения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="266"/>
        <source>Export evidence…</source>
        <translation>Экспорт материалов…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="308"/>
        <source>Looking for rating drops…</source>
        <translation>Поиск падений рейтинга…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="349"/>
        <source>A handful of reviews is not a trend: Regulars names a cause only when the reviews show one.</source>
        <translation>Несколько отзывов — ещё не тенденция: Regulars называет причину, только когда её видно в отзывах.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="388"/>
        <source>Select a cause to read the reviews that show it.</source>
        <translation>Выберите причину, чтобы прочитать отзывы о ней.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="395"/>
        <source>Loading reviews</source>
        <translation>Загрузка отзывов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="399"/>
        <source>Export report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="400"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="403"/>
        <source>Report saved as %1</source>
        <translation>Отчёт сохранён: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="406"/>
        <source>Save the evidence in</source>
        <translation>Сохранить материалы в</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="437"/>
        <source>few reviews</source>
        <translation>мало отзывов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="439"/>
        <source>%1 reviews</source>
        <translation>Отзывов: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="449"/>
        <source>since %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="458"/>
        <source>over %1 %</source>
        <translation>более %1 %</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="461"/>
        <source>%1 reviews in the drop, %2 before it; confidence %3</source>
        <translation>Отзывов за время падения: %1, до него: %2; достоверность %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="472"/>
        <source>Anonymous</source>
        <translation>Аноним</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="474"/>
        <source>(stars only)</source>
        <translation>(только звёзды)</translation>
    </message>
</context>
<context>
    <name>LocationsModel</name>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="26"/>
        <source>No location</source>
        <translation>Без заведения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="40"/>
        <source>Location</source>
        <translation>Заведение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="43"/>
        <source>Reviews</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="45"/>
        <source>Average</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="47"/>
        <source>Average stars of all its reviews</source>
        <translation>Средняя оценка по всем его отзывам</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="48"/>
        <source>Last 90 days</source>
        <translation>За 90 дней</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="50"/>
        <source>90 days before</source>
        <translation>90 дней до того</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="52"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="55"/>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="57"/>
        <source>Customers who ordered there at least once</source>
        <translation>Клиенты, которые заказывали там хотя бы раз</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="58"/>
        <source>Open drops</source>
        <translation>Текущие падения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="60"/>
        <source>Rating drops still going on: see why on the Insights page</source>
        <translation>Падения оценки, которые ещё продолжаются: причины — на странице «Аналитика»</translation>
    </message>
</context>
<context>
    <name>LocationsPanel</name>
    <message>
        <location filename="../../desktop/ui/widgets/locations_panel.py" line="39"/>
        <location filename="../../desktop/ui/widgets/locations_panel.py" line="96"/>
        <source>Comparing your locations</source>
        <translation>Сравниваем ваши заведения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/locations_panel.py" line="48"/>
        <source>Your locations side by side</source>
        <translation>Ваши заведения рядом</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/locations_panel.py" line="83"/>
        <source>The last 90 days (%1 to %2) against the 90 before. Open the Insights page and choose a location to see why its rating moved.</source>
        <translation>Последние 90 дней (с %1 по %2) против 90 дней до них. Откройте страницу «Аналитика» и выберите заведение, чтобы увидеть, почему изменилась его оценка.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="40"/>
        <source>Exports (*.csv *.tsv *.txt *.xlsx *.xls *.json *.zip);;All files (*)</source>
        <translation>Выгрузки (*.csv *.tsv *.txt *.xlsx *.xls *.json *.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="121"/>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>Не удалось сделать сегодняшнюю резервную копию: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="124"/>
        <source>Backing up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="141"/>
        <source>Updating the analysis of your reviews</source>
        <translation>Обновляем анализ ваших отзывов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="151"/>
        <source>Reading your reviews again with the latest analysis… %1%</source>
        <translation>Перечитываем отзывы с новым анализом… %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="98"/>
        <source>This window is read-only: import in the window that has your data open.</source>
        <translation>Это окно только для чтения: импортируйте в окне, где открыты ваши данные.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="102"/>
        <location filename="../../desktop/ui/import_flow.py" line="130"/>
        <source>An import is already running; please wait for it.</source>
        <translation>Импорт уже выполняется; дождитесь его окончания.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="116"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="134"/>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="136"/>
        <source>Importing %1 files…</source>
        <translation>Импорт файлов: %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="140"/>
        <source>Backing up your data first…</source>
        <translation>Сначала резервная копия данных…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="141"/>
        <source>Nothing was imported: Regulars could not back up your data first (%1).</source>
        <translation>Ничего не импортировано: Regulars не смог сначала сделать резервную копию данных (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="160"/>
        <location filename="../../desktop/ui/import_flow.py" line="271"/>
        <location filename="../../desktop/ui/menus.py" line="32"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="171"/>
        <source>Opening the demo café in a new window…</source>
        <translation>Открываю демо-кафе в новом окне…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="172"/>
        <source>The demo café could not be opened.</source>
        <translation>Не удалось открыть демо-кафе.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="183"/>
        <source>This page has no search box.</source>
        <translation>На этой странице нет поля поиска.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="229"/>
        <source>Starting</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="246"/>
        <source>Regulars — %1</source>
        <translation>Regulars — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="247"/>
        <source>Regulars</source>
        <translation>Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="249"/>
        <source>%1 (read-only)</source>
        <translation>%1 (только чтение)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="340"/>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="344"/>
        <location filename="../../desktop/ui/main_window.py" line="356"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="61"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Импорт файлов…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="62"/>
        <source>Import review, customer or order exports</source>
        <translation>Импорт выгрузок отзывов, клиентов или заказов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="70"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="100"/>
        <source>&amp;Guide</source>
        <translation>&amp;Руководство</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="101"/>
        <source>What each page is for, where your data lives, keyboard shortcuts</source>
        <translation>Для чего каждая страница, где хранятся ваши данные, сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="102"/>
        <source>&amp;Welcome…</source>
        <translation>&amp;Приветствие…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="103"/>
        <source>The first-run welcome again: the demo café, your files, your café&apos;s details</source>
        <translation>Снова приветствие первого запуска: демо-кафе, ваши файлы, данные вашего заведения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="104"/>
        <source>&amp;About Regulars</source>
        <translation>&amp;О программе Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="80"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="63"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="64"/>
        <source>Your business, tiers, message limits, backups and the window&apos;s language</source>
        <translation>Ваше заведение, уровни, ограничения сообщений, резервные копии и язык окна</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="66"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервные копии…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="67"/>
        <source>See, make and restore copies of your data</source>
        <translation>Просмотр, создание и восстановление копий ваших данных</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="68"/>
        <source>&amp;Encryption…</source>
        <translation>&amp;Шифрование…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="69"/>
        <source>Protect your data file with a passphrase</source>
        <translation>Защитить файл данных парольной фразой</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="74"/>
        <source>Your data is on a shared server: back it up and protect it on the server (ask whoever runs it)</source>
        <translation>Ваши данные хранятся на общем сервере: резервные копии и защиту делайте на сервере (спросите того, кто его обслуживает)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="87"/>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="92"/>
        <source>&amp;Search this page</source>
        <translation>&amp;Поиск на этой странице</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="93"/>
        <source>Type to filter the list on this page</source>
        <translation>Начните печатать, чтобы отфильтровать список на этой странице</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="94"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="95"/>
        <source>Read this page&apos;s data again</source>
        <translation>Заново прочитать данные этой страницы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="99"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="258"/>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="270"/>
        <source>Open in another window: read-only. Importing and changes are off here; close the other window and open Regulars again to make changes.</source>
        <translation>Открыто в другом окне: только чтение. Импорт и изменения здесь отключены; закройте другое окно и снова откройте Regulars, чтобы вносить изменения.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="311"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="30"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="30"/>
        <source>Reviews</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="31"/>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="32"/>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="31"/>
        <source>Insights</source>
        <translation>Аналитика</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="206"/>
        <source>Import files</source>
        <translation>Импорт файлов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="394"/>
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="403"/>
        <source>Backup restored.</source>
        <translation>Резервная копия восстановлена.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="233"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="453"/>
        <source>The analysis of your reviews could not be updated now; Regulars will try again next time.</source>
        <translation>Сейчас не удалось обновить анализ отзывов; Regulars попробует снова в следующий раз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="458"/>
        <source>%Ln review(s) read again with the latest analysis.</source>
        <translation>
            <numerusform>%Ln отзыв перечитан с новым анализом.</numerusform>
            <numerusform>%Ln отзыва перечитаны с новым анализом.</numerusform>
            <numerusform>%Ln отзывов перечитано с новым анализом.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="242"/>
        <source>nothing new</source>
        <translation>ничего нового</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="246"/>
        <source>“%1” could not be imported: %2</source>
        <translation>Не удалось импортировать «%1»: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="249"/>
        <source>Import finished: %1</source>
        <translation>Импорт завершён: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="260"/>
        <source>Import cancelled. The file being read when you pressed Cancel was not imported.</source>
        <translation>Импорт отменён. Файл, который читался в момент отмены, не импортирован.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="267"/>
        <source>Import failed: %1</source>
        <translation>Импорт не удался: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="270"/>
        <source>Import failed.</source>
        <translation>Импорт не удался.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="462"/>
        <source>About Regulars</source>
        <translation>О программе Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="463"/>
        <source>&lt;h3&gt;Regulars&lt;/h3&gt;&lt;p&gt;Understand your reviews and know your regulars.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: your files are read here and nothing is uploaded.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Regulars&lt;/h3&gt;&lt;p&gt;Понимайте свои отзывы и знайте своих постоянных гостей.&lt;/p&gt;&lt;p&gt;Всё остаётся на этом компьютере: файлы читаются здесь, ничего не загружается в сеть.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="98"/>
        <source>Column in your file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="99"/>
        <source>Goes into</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="100"/>
        <source>Example</source>
        <translation>Пример</translation>
    </message>
</context>
<context>
    <name>MenuDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/menu_dialog.py" line="39"/>
        <source>Menu and its tags</source>
        <translation>Меню и метки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/menu_dialog.py" line="53"/>
        <source>Loading the menu</source>
        <translation>Загрузка меню</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/menu_dialog.py" line="58"/>
        <source>The items your orders name. Tags are suggested from each name; tick or untick to correct them (your choice, in bold, wins). Offers use these tags to leave out customers whose diet or allergies they do not suit.</source>
        <translation>Позиции из ваших заказов. Метки предлагаются по названию; отметьте или снимите галочку, чтобы исправить (ваш выбор, выделенный жирным, важнее). По этим меткам предложения не отправляются тем, кому они не подходят по питанию или аллергиям.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/menu_dialog.py" line="66"/>
        <source>Search items</source>
        <translation>Поиск позиций</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/menu_dialog.py" line="70"/>
        <source>Back to suggested</source>
        <translation>Вернуть предложенные</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/menu_dialog.py" line="95"/>
        <source>No items yet: import an orders file whose lines name what was sold.</source>
        <translation>Позиций пока нет: импортируйте файл заказов, в строках которого указано, что продано.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/menu_dialog.py" line="130"/>
        <source>Saving tags</source>
        <translation>Сохранение меток</translation>
    </message>
</context>
<context>
    <name>MenuModel</name>
    <message>
        <location filename="../../desktop/ui/models/menu_model.py" line="27"/>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/menu_model.py" line="27"/>
        <source>Ordered</source>
        <translation>Заказано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/menu_model.py" line="72"/>
        <source>Tags chosen by you</source>
        <translation>Метки выбраны вами</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/menu_model.py" line="73"/>
        <source>Tags suggested from the name</source>
        <translation>Метки предложены по названию</translation>
    </message>
</context>
<context>
    <name>MergesModel</name>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="36"/>
        <source>Spreadsheet</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="47"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="52"/>
        <source>Same e-mail</source>
        <translation>Тот же e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="54"/>
        <source>Same phone</source>
        <translation>Тот же телефон</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="64"/>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="66"/>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="70"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="80"/>
        <source>Undone %1</source>
        <translation>Отменён %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="81"/>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="92"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="94"/>
        <source>Merged in</source>
        <translation>Присоединено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="96"/>
        <source>Because</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="98"/>
        <source>What changed</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="100"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="102"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="104"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="125"/>
        <source>Import %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="160"/>
        <source>Undo</source>
        <translation>Убрать</translation>
    </message>
</context>
<context>
    <name>MessageModels</name>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="107"/>
        <source>Gets a message</source>
        <translation>Получит сообщение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="108"/>
        <source>Left out</source>
        <translation>Исключён</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="122"/>
        <location filename="../../desktop/ui/models/message_models.py" line="177"/>
        <source>Customer</source>
        <translation>Гость</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="124"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="128"/>
        <source>Sent as</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="181"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="130"/>
        <source>Segment</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="132"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="136"/>
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="140"/>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="142"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="144"/>
        <source>Site</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="146"/>
        <source>Posted</source>
        <translation>Опубликован</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="148"/>
        <source>Why it ranks here</source>
        <translation>Почему здесь</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="156"/>
        <source>%1 of %2 came back (%3%)</source>
        <translation>Вернулись %1 из %2 (%3%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="162"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="164"/>
        <location filename="../../desktop/ui/models/message_models.py" line="179"/>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="166"/>
        <source>Contacted</source>
        <translation>Получили</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="168"/>
        <source>Held out</source>
        <translation>Контрольная группа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="170"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="175"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="183"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
</context>
<context>
    <name>MessageWords</name>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="21"/>
        <source>Win back lapsed regulars</source>
        <translation>Вернуть пропавших постоянных гостей</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="22"/>
        <source>Thank your regulars</source>
        <translation>Поблагодарить постоянных гостей</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="23"/>
        <source>Welcome new customers</source>
        <translation>Поприветствовать новых гостей</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="24"/>
        <source>Birthdays this week</source>
        <translation>Дни рождения на этой неделе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="25"/>
        <source>Congratulate a tier upgrade</source>
        <translation>Поздравить с новым уровнем</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="26"/>
        <source>Announce a new dish</source>
        <translation>Рассказать о новом блюде</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="27"/>
        <source>Apologise after a bad review</source>
        <translation>Извиниться после плохого отзыва</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="32"/>
        <source>on the do-not-contact list ({detail})</source>
        <translation>в списке «не беспокоить» ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="33"/>
        <source>no recorded consent for {channel}</source>
        <translation>нет записанного согласия на {channel}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="34"/>
        <source>said no to {channel} messages</source>
        <translation>отказался от сообщений по {channel}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="35"/>
        <source>no {channel} address on file</source>
        <translation>нет адреса для {channel}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="36"/>
        <source>diet ({diet}) conflicts with the offer ({tags})</source>
        <translation>диета ({diet}) не подходит к предложению ({tags})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="37"/>
        <source>allergy ({allergy}) conflicts with the offer ({tags})</source>
        <translation>аллергия ({allergy}) не подходит к предложению ({tags})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="38"/>
        <source>has a diet or allergy note Regulars cannot read (“{note}”): check it by hand before offering food</source>
        <translation>есть заметка о диете или аллергии, которую Regulars не может прочитать («{note}»): проверьте её сами, прежде чем предлагать еду</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="39"/>
        <source>their review makes a health or safety claim: answer it personally from the Inbox</source>
        <translation>в отзыве говорится о здоровье или безопасности: ответьте лично из входящих</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="40"/>
        <source>already received this message on {date}</source>
        <translation>уже получил это сообщение {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="41"/>
        <source>frequency cap: last message on {date}; at most one every {days} days</source>
        <translation>ограничение частоты: последнее сообщение {date}; не чаще одного раза в {days} дн.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="42"/>
        <source>no visit after the last {count} messages: contacted at most every {days} days (last on {date})</source>
        <translation>не приходил после последних {count} сообщений: пишем не чаще раза в {days} дн. (последний раз {date})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="43"/>
        <source>held out at random to measure whether the campaign works</source>
        <translation>случайно оставлен в контрольной группе, чтобы измерить эффект кампании</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="44"/>
        <source>{segment} customer</source>
        <translation>гость: {segment}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="45"/>
        <source>{tier} tier</source>
        <translation>уровень {tier}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="46"/>
        <source>moved up from {previous} to {tier}</source>
        <translation>перешёл с уровня {previous} на {tier}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="47"/>
        <source>birthday on {date}</source>
        <translation>день рождения {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="48"/>
        <source>first visit on {date}</source>
        <translation>первый визит {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="49"/>
        <source>left a {rating}-star review on {date}</source>
        <translation>оставил отзыв на {rating} зв. {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="50"/>
        <source>visited in the last {days} days</source>
        <translation>приходил за последние {days} дн.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="51"/>
        <source>health or safety claim: {flag}</source>
        <translation>жалоба на здоровье или безопасность: {flag}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="52"/>
        <source>{rating}-star review</source>
        <translation>отзыв на {rating} зв.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="53"/>
        <source>written by a known customer ({visits} visits)</source>
        <translation>написан известным гостем ({visits} визитов)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="54"/>
        <source>written by a {tier} customer</source>
        <translation>написан гостем уровня {tier}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="55"/>
        <source>a regular who is {segment}: a good reply may bring them back</source>
        <translation>постоянный гость ({segment}): хороший ответ может его вернуть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="56"/>
        <source>influential reviewer ({detail})</source>
        <translation>влиятельный автор ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="57"/>
        <source>posted {days} days ago</source>
        <translation>опубликован {days} дн. назад</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="58"/>
        <source>posted today</source>
        <translation>опубликован сегодня</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="59"/>
        <source>waiting {days} days for a reply</source>
        <translation>ждёт ответа {days} дн.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="63"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="64"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="65"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="66"/>
        <source>lapsed</source>
        <translation>пропал</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="67"/>
        <source>at-risk</source>
        <translation>под угрозой ухода</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="68"/>
        <source>regular</source>
        <translation>постоянный</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="69"/>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="70"/>
        <source>one-off</source>
        <translation>разовый</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="71"/>
        <source>food poisoning</source>
        <translation>пищевое отравление</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="72"/>
        <source>allergic reaction</source>
        <translation>аллергическая реакция</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="73"/>
        <source>something in the food</source>
        <translation>что-то постороннее в еде</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="74"/>
        <source>pests</source>
        <translation>вредители</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="75"/>
        <source>hygiene</source>
        <translation>гигиена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="76"/>
        <source>legal threat</source>
        <translation>угроза судом</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="77"/>
        <source>discrimination</source>
        <translation>дискриминация</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="78"/>
        <source>meat</source>
        <translation>мясо</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="79"/>
        <source>pork</source>
        <translation>свинина</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="80"/>
        <source>fish</source>
        <translation>рыба</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="81"/>
        <source>shellfish</source>
        <translation>морепродукты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="82"/>
        <source>dairy</source>
        <translation>молочные продукты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="83"/>
        <source>milk</source>
        <translation>молоко</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="84"/>
        <source>egg</source>
        <translation>яйца</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="85"/>
        <source>gluten</source>
        <translation>глютен</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="86"/>
        <source>nuts</source>
        <translation>орехи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="87"/>
        <source>peanuts</source>
        <translation>арахис</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="88"/>
        <source>soy</source>
        <translation>соя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="89"/>
        <source>sesame</source>
        <translation>кунжут</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="90"/>
        <source>celery</source>
        <translation>сельдерей</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="91"/>
        <source>mustard</source>
        <translation>горчица</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="92"/>
        <source>sulphites</source>
        <translation>сульфиты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="93"/>
        <source>lupin</source>
        <translation>люпин</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="94"/>
        <source>alcohol</source>
        <translation>алкоголь</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="95"/>
        <source>vegan</source>
        <translation>веган</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="96"/>
        <source>vegetarian</source>
        <translation>вегетарианец</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="97"/>
        <source>pescatarian</source>
        <translation>пескетарианец</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="98"/>
        <source>halal</source>
        <translation>халяль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="99"/>
        <source>kosher</source>
        <translation>кошер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="100"/>
        <source>gluten-free</source>
        <translation>без глютена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="101"/>
        <source>dairy-free</source>
        <translation>без молочного</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="102"/>
        <source>no alcohol</source>
        <translation>без алкоголя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="103"/>
        <source>no pork</source>
        <translation>без свинины</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="107"/>
        <source>Urgent</source>
        <translation>Срочно</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="108"/>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="109"/>
        <source>Normal</source>
        <translation>Обычная</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="110"/>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="115"/>
        <source>Do not argue or deny in public, and do not admit fault either: answer briefly and move the conversation to private.</source>
        <translation>Не спорьте и не отрицайте публично, но и не признавайте вину: ответьте коротко и продолжите разговор лично.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="117"/>
        <source>Find the visit: the date, what they ate, who cooked; keep the kitchen&apos;s temperature and cleaning records for that day.</source>
        <translation>Найдите визит: дату, что ели, кто готовил; сохраните журналы температур и уборки кухни за тот день.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="119"/>
        <source>Ask them to contact you directly so you can hear the details (symptoms, when, what they ate).</source>
        <translation>Попросите гостя связаться с вами напрямую, чтобы узнать подробности (симптомы, когда, что ели).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="121"/>
        <source>If more than one guest reports illness, tell your food safety lead or local authority.</source>
        <translation>Если плохо стало нескольким гостям, сообщите ответственному за безопасность пищи или в местные органы.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="123"/>
        <source>Check the dish&apos;s allergen sheet: was the ingredient listed, and was the guest told?</source>
        <translation>Проверьте карту аллергенов блюда: был ли указан ингредиент и предупредили ли гостя?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="125"/>
        <source>Ask them to contact you directly; note what they ordered and what they told the staff.</source>
        <translation>Попросите гостя связаться с вами напрямую; запишите, что заказали и что сказали персоналу.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="127"/>
        <source>Correct the menu or the allergen sheet now if it was wrong, and tell the team.</source>
        <translation>Сразу исправьте меню или карту аллергенов, если в них была ошибка, и предупредите команду.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="129"/>
        <source>Ask them to keep the object or a photo and to contact you directly.</source>
        <translation>Попросите гостя сохранить предмет или фото и связаться с вами напрямую.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="131"/>
        <source>Check with the kitchen which dish and batch it was, and what the object could be.</source>
        <translation>Выясните на кухне, какое это было блюдо и какая партия, и что это мог быть за предмет.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="133"/>
        <source>Inspect the premises today and call your pest control contractor; keep the report.</source>
        <translation>Осмотрите помещение сегодня же и вызовите службу дезинсекции; сохраните отчёт.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="135"/>
        <source>Thank them for telling you and say what you checked; do not deny before you have looked.</source>
        <translation>Поблагодарите за сообщение и расскажите, что проверили; не отрицайте, пока не посмотрели.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="137"/>
        <source>Check the area they mention and your cleaning log for that day.</source>
        <translation>Проверьте упомянутое место и журнал уборки за тот день.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="139"/>
        <source>Thank them, say what you checked or changed, and invite them to contact you.</source>
        <translation>Поблагодарите, расскажите, что проверили или изменили, и пригласите связаться с вами.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="141"/>
        <source>Do not discuss the details in public; talk to your insurer or lawyer before you answer.</source>
        <translation>Не обсуждайте подробности публично; перед ответом поговорите со страховой или юристом.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="143"/>
        <source>Keep every message, receipt and record of the visit.</source>
        <translation>Сохраните все сообщения, чеки и записи о визите.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="145"/>
        <source>Take it seriously: hear the staff involved and the guest before you answer in public.</source>
        <translation>Отнеситесь серьёзно: выслушайте причастных сотрудников и гостя, прежде чем отвечать публично.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="147"/>
        <source>Reply briefly, invite them to contact you directly, and do not argue the facts in public.</source>
        <translation>Ответьте коротко, пригласите связаться напрямую и не спорьте о фактах публично.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="151"/>
        <source>Too early to tell: the 30-day window closes on {date}</source>
        <translation>Пока рано судить: 30-дневный срок закончится {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="152"/>
        <source>More customers came back than in the hold-out</source>
        <translation>Вернулось больше гостей, чем в контрольной группе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="153"/>
        <source>Fewer customers came back than in the hold-out</source>
        <translation>Вернулось меньше гостей, чем в контрольной группе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="154"/>
        <source>Too few customers to tell</source>
        <translation>Слишком мало гостей, чтобы судить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="155"/>
        <source>No clear difference from the hold-out</source>
        <translation>Нет явной разницы с контрольной группой</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="156"/>
        <source>Nobody was held out, so there is nothing to compare with</source>
        <translation>Контрольной группы не было, сравнивать не с чем</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/message_words.py" line="175"/>
        <source>%n-star review</source>
        <translation>
            <numerusform>отзыв на %n звезду</numerusform>
            <numerusform>отзыв на %n звезды</numerusform>
            <numerusform>отзыв на %n звёзд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/message_words.py" line="177"/>
        <source>left a %n-star review on {date}</source>
        <translation>
            <numerusform>оставил отзыв на %n звезду {date}</numerusform>
            <numerusform>оставил отзыв на %n звезды {date}</numerusform>
            <numerusform>оставил отзыв на %n звёзд {date}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="231"/>
        <source>the greeting, with the first name when known</source>
        <translation>приветствие, с именем, если оно известно</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="232"/>
        <source>the customer&apos;s first name</source>
        <translation>имя гостя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="233"/>
        <source>the customer&apos;s full name</source>
        <translation>полное имя гостя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="234"/>
        <source>your business name</source>
        <translation>название вашего заведения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="235"/>
        <source>what they usually order (empty when not known)</source>
        <translation>что гость обычно заказывает (пусто, если неизвестно)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="236"/>
        <source>their tier (Regular, Gold, VIP...)</source>
        <translation>уровень гостя (Regular, Gold, VIP...)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="237"/>
        <source>their tier before the upgrade</source>
        <translation>уровень гостя до повышения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="238"/>
        <source>how many visits they made</source>
        <translation>сколько раз гость приходил</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="239"/>
        <source>the date of their last visit</source>
        <translation>дата последнего визита</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="240"/>
        <source>weeks since their last visit</source>
        <translation>недель с последнего визита</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="241"/>
        <source>the dish the campaign is about (new dish)</source>
        <translation>блюдо, о котором кампания (новое блюдо)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="242"/>
        <source>your offer, exactly as you wrote it (empty when none)</source>
        <translation>ваше предложение, ровно как вы его написали (пусто, если нет)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="243"/>
        <source>the date of their review (apology)</source>
        <translation>дата отзыва (извинение)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="244"/>
        <source>how you sign (your business name unless you change it)</source>
        <translation>ваша подпись (название заведения, если не изменить)</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="479"/>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="481"/>
        <source>Personal notes to the customers who agreed to hear from you, and replies to your reviews.</source>
        <translation>Личные письма гостям, которые согласились их получать, и ответы на ваши отзывы.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="492"/>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="493"/>
        <location filename="../../desktop/ui/pages/messages.py" line="515"/>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="506"/>
        <source>Loading the reviews waiting for a reply</source>
        <translation>Загрузка отзывов, ждущих ответа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="515"/>
        <source>Inbox (%1)</source>
        <translation>Входящие (%1)</translation>
    </message>
</context>
<context>
    <name>MessagingSettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="42"/>
        <source>Loading settings</source>
        <translation>Загрузка настроек</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="46"/>
        <source>Sending settings</source>
        <translation>Настройки отправки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="49"/>
        <source>Respecting your customers</source>
        <translation>Уважение к гостям</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="53"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="54"/>
        <source>At most one message per customer every</source>
        <translation>Не больше одного сообщения гостю за</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="59"/>
        <source>Quiet hours from</source>
        <translation>Тихие часы с</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="60"/>
        <source>until</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="64"/>
        <source>Hold out, to measure each campaign</source>
        <translation>Контрольная группа для оценки каждой кампании</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="65"/>
        <source>Customers who did not come back after three messages in a row are written to four times less often.</source>
        <translation>Гостям, которые не вернулись после трёх сообщений подряд, пишем в четыре раза реже.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="71"/>
        <source>Your messages</source>
        <translation>Ваши сообщения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="74"/>
        <source>e.g. Ana and the team at Café Aurora</source>
        <translation>например: Ана и команда Café Aurora</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="75"/>
        <source>Sign as</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="79"/>
        <source>When a customer&apos;s language is unknown, write in</source>
        <translation>Если язык гостя неизвестен, писать на</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="81"/>
        <source>Sending from your own mail account (optional)</source>
        <translation>Отправка с вашей почты (необязательно)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="84"/>
        <source>e.g. smtp.example.com; empty: export only</source>
        <translation>например smtp.example.com; пусто: только экспорт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="89"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (порт 587)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="89"/>
        <source>TLS (port 465)</source>
        <translation>TLS (порт 465)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="90"/>
        <source>None (only a server on this computer)</source>
        <translation>Нет (только сервер на этом компьютере)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="94"/>
        <source>e.g. hello@yourcafe.com</source>
        <translation>например hello@vashecafe.ru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="95"/>
        <source>Mail server</source>
        <translation>Почтовый сервер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="96"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="97"/>
        <source>Security</source>
        <translation>Защита</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="98"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="99"/>
        <source>From address</source>
        <translation>Адрес отправителя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="100"/>
        <source>Your password is never stored: Regulars asks for it each time you send.</source>
        <translation>Пароль никогда не сохраняется: Regulars спрашивает его при каждой отправке.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="146"/>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="157"/>
        <source>Saving settings</source>
        <translation>Сохранение настроек</translation>
    </message>
</context>
<context>
    <name>NameListEditor</name>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="120"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="124"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="189"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="191"/>
        <source>Your week at a glance. Open a card to see what is behind it.</source>
        <translation>Ваша неделя одним взглядом. Откройте карточку, чтобы увидеть, что за ней стоит.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="215"/>
        <source>Rating this week</source>
        <translation>Оценка за эту неделю</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="215"/>
        <location filename="../../desktop/ui/pages/overview.py" line="216"/>
        <source>Open your reviews</source>
        <translation>Открыть ваши отзывы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="216"/>
        <source>New reviews</source>
        <translation>Новые отзывы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="217"/>
        <source>Waiting for a reply</source>
        <translation>Ждут ответа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="217"/>
        <source>Open the most urgent review in the Inbox</source>
        <translation>Открыть самый срочный отзыв во входящих</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="218"/>
        <source>Rating drop</source>
        <translation>Падение оценки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="42"/>
        <location filename="../../desktop/ui/pages/overview.py" line="218"/>
        <source>See why on the Insights page</source>
        <translation>Узнать почему на странице «Анализ»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="219"/>
        <source>Suspicious reviews</source>
        <translation>Подозрительные отзывы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="219"/>
        <source>See the evidence on the Insights page</source>
        <translation>Посмотреть доказательства на странице «Анализ»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="220"/>
        <source>Last campaign</source>
        <translation>Последняя рассылка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="220"/>
        <source>Open your campaigns</source>
        <translation>Открыть ваши рассылки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="221"/>
        <source>Regulars at risk</source>
        <translation>Постоянные гости под угрозой ухода</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="221"/>
        <location filename="../../desktop/ui/pages/overview.py" line="222"/>
        <location filename="../../desktop/ui/pages/overview.py" line="223"/>
        <source>Open them on the Customers page</source>
        <translation>Открыть их на странице «Клиенты»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="222"/>
        <source>Lapsed regulars</source>
        <translation>Ушедшие постоянные гости</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="223"/>
        <source>Birthdays ahead</source>
        <translation>Ближайшие дни рождения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="257"/>
        <source>Welcome to Regulars</source>
        <translation>Добро пожаловать в Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="259"/>
        <source>There is nothing here yet. Import your review exports and your till&apos;s customer and order files, and this page will show your week: how your rating moves, who is waiting for a reply, and which regulars you have not seen for a while. Or look around the demo café first: it opens in a window of its own and leaves your data alone.</source>
        <translation>Здесь пока ничего нет. Импортируйте выгрузки отзывов и файлы клиентов и заказов из вашей кассы, и эта страница покажет вашу неделю: как меняется оценка, кто ждёт ответа и каких постоянных гостей вы давно не видели. Или сначала загляните в демо-кафе: оно откроется в отдельном окне и не тронет ваши данные.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="267"/>
        <source>Import your files…</source>
        <translation>Импортировать ваши файлы…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="270"/>
        <source>Open the demo café</source>
        <translation>Открыть демо-кафе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="292"/>
        <location filename="../../desktop/ui/pages/overview.py" line="308"/>
        <source>Gathering your week</source>
        <translation>Собираю вашу неделю</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="323"/>
        <source>Your week to %1. Open a card to see what is behind it.</source>
        <translation>Ваша неделя по %1. Откройте карточку, чтобы увидеть, что за ней стоит.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="326"/>
        <source>Your newest review or order is from %1: import newer exports to see this week.</source>
        <translation>Ваш самый свежий отзыв или заказ — от %1: импортируйте более новые выгрузки, чтобы увидеть эту неделю.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="328"/>
        <source>Looking…</source>
        <translation>Ищу…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="353"/>
        <source>No reviews imported yet.</source>
        <translation>Отзывы ещё не импортированы.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="354"/>
        <source>Import your review exports to see them here.</source>
        <translation>Импортируйте выгрузки отзывов, чтобы увидеть их здесь.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="357"/>
        <source>No rated review this week.</source>
        <translation>На этой неделе нет отзывов с оценкой.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="359"/>
        <source>No rated review in the %1 weeks before to compare with.</source>
        <translation>Нет отзывов с оценкой за предыдущие недели (%1) для сравнения.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="362"/>
        <source>Steady: %1 in the %2 weeks before.</source>
        <translation>Без изменений: %1 за предыдущие недели (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="365"/>
        <source>Up %1 from %2 in the %3 weeks before.</source>
        <translation>Выше на %1 по сравнению с %2 за предыдущие недели (%3).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="366"/>
        <source>Down %1 from %2 in the %3 weeks before.</source>
        <translation>Ниже на %1 по сравнению с %2 за предыдущие недели (%3).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="374"/>
        <source>in the 7 days to %1; %2 in all.</source>
        <translation>за 7 дней по %1; всего %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="382"/>
        <source>Every review with text has a reply. Well done.</source>
        <translation>На каждый отзыв с текстом есть ответ. Отлично.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="385"/>
        <source>Anonymous</source>
        <translation>Аноним</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="388"/>
        <source>Top of the inbox (%1): %2 %3 on %4, %5</source>
        <translation>Первый во входящих (%1): %2 %3 на %4, %5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="397"/>
        <source>None found</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="400"/>
        <source>Still going.</source>
        <translation>Всё ещё продолжается.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="400"/>
        <source>The latest one.</source>
        <translation>Самая последняя.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="406"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="406"/>
        <source>No burst of suspicious reviews found.</source>
        <translation>Всплесков подозрительных отзывов не найдено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="413"/>
        <source>and %1 more</source>
        <translation>и ещё %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="420"/>
        <source>Import your till&apos;s customer and order files to know your regulars.</source>
        <translation>Импортируйте файлы клиентов и заказов из вашей кассы, чтобы узнать своих постоянных гостей.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="425"/>
        <source>Nobody became at risk this week.</source>
        <translation>На этой неделе никто не оказался под угрозой ухода.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="426"/>
        <source>Nobody lapsed this week.</source>
        <translation>На этой неделе никто не ушёл.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="430"/>
        <source>This week: %1</source>
        <translation>На этой неделе: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="441"/>
        <source>No birthday in the next %1 days.</source>
        <translation>Нет дней рождения в ближайшие дни (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="448"/>
        <source>None yet</source>
        <translation>Пока нет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="449"/>
        <source>Send a win-back or thank-you campaign from the Messages page; its result shows here.</source>
        <translation>Отправьте рассылку для возврата клиентов или с благодарностью со страницы «Сообщения»; её результат появится здесь.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="455"/>
        <source>%1 points</source>
        <translation>%1 п. п.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="37"/>
        <source>That passphrase does not open “%1”. Capital letters count. Try again:</source>
        <translation>Эта парольная фраза не открывает «%1». Регистр букв важен. Попробуйте ещё раз:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="40"/>
        <source>Your data in “%1” is encrypted. Type its passphrase:</source>
        <translation>Ваши данные в «%1» зашифрованы. Введите парольную фразу:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="42"/>
        <source>Regulars — passphrase</source>
        <translation>Regulars — парольная фраза</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="45"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="150"/>
        <source>Updating the preview…</source>
        <translation>Обновление предпросмотра…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="176"/>
        <source>new</source>
        <translation>новых</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="176"/>
        <source>already there</source>
        <translation>уже есть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="177"/>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="177"/>
        <source>join a customer</source>
        <translation>объединятся с клиентом</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="178"/>
        <source>updated</source>
        <translation>обновятся</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="208"/>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="227"/>
        <source>day first</source>
        <translation>сначала день</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="227"/>
        <source>month first</source>
        <translation>сначала месяц</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="229"/>
        <source>Dates in the column “%1” can be read two ways. Is %2 the %3 or %4?</source>
        <translation>Даты в столбце «%1» можно прочитать двумя способами. %2 — это %3 или %4?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="231"/>
        <source>%1 = %2 (day first, as in the UK and Europe)</source>
        <translation>%1 = %2 (сначала день, как в Европе)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="233"/>
        <source>%1 = %2 (month first, as in the US)</source>
        <translation>%1 = %2 (сначала месяц, как в США)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="268"/>
        <source>This file holds</source>
        <translation>В этом файле</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="313"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="335"/>
        <source>First rows, as Regulars will store them</source>
        <translation>Первые строки, как их сохранит Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="351"/>
        <source>Rows that cannot be imported</source>
        <translation>Строки, которые нельзя импортировать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="361"/>
        <source>Reading “%1”…</source>
        <translation>Чтение «%1»…</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../../desktop/ui/read_only.py" line="14"/>
        <source>This window is read-only: another Regulars window has this database open. Make changes there, or close it and reopen this one.</source>
        <translation>Это окно только для чтения: база данных открыта в другом окне Regulars. Вносите изменения там или закройте его и откройте это окно заново.</translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="48"/>
        <source>Positive</source>
        <translation>Позитивный</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="50"/>
        <source>Negative</source>
        <translation>Негативный</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="51"/>
        <source>Mixed</source>
        <translation>Смешанный</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="92"/>
        <source>Recommends</source>
        <translation>Рекомендует</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="92"/>
        <source>Doesn&apos;t recommend</source>
        <translation>Не рекомендует</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="113"/>
        <source>%1 out of 5</source>
        <translation>%1 из 5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="127"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="130"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="132"/>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="134"/>
        <source>Sentiment</source>
        <translation>Тон</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="137"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="139"/>
        <source>Review</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="140"/>
        <source>Reply</source>
        <translation>Отв.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="142"/>
        <source>You replied to this review</source>
        <translation>Вы ответили на этот отзыв</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="66"/>
        <source>Food</source>
        <translation>Еда</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="67"/>
        <source>Drinks</source>
        <translation>Напитки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="68"/>
        <source>Service</source>
        <translation>Обслуживание</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="69"/>
        <source>Price</source>
        <translation>Цены</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="70"/>
        <source>Ambience</source>
        <translation>Атмосфера</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="71"/>
        <source>Cleanliness</source>
        <translation>Чистота</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="72"/>
        <source>Waiting</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="73"/>
        <source>Your dishes</source>
        <translation>Ваши блюда</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="74"/>
        <source>Your staff</source>
        <translation>Ваш персонал</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="77"/>
        <source>food poisoning</source>
        <translation>пищевое отравление</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="78"/>
        <source>allergic reaction</source>
        <translation>аллергическая реакция</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="79"/>
        <source>something in the food</source>
        <translation>посторонний предмет в еде</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="80"/>
        <source>pests</source>
        <translation>вредители</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="81"/>
        <source>hygiene</source>
        <translation>гигиена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="82"/>
        <source>legal threat</source>
        <translation>угроза иском</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="127"/>
        <location filename="../../desktop/ui/pages/reviews.py" line="282"/>
        <source>Loading reviews</source>
        <translation>Загрузка отзывов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="140"/>
        <location filename="../../desktop/ui/pages/reviews.py" line="166"/>
        <source>Reviews</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="142"/>
        <source>What your guests say, across every site you are listed on.</source>
        <translation>Что говорят гости на всех площадках, где вы есть.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="153"/>
        <source>No reviews yet</source>
        <translation>Отзывов пока нет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="154"/>
        <source>Drop your Google, Tripadvisor or spreadsheet export here, or use Import.
Regulars reads the file on this computer; nothing is uploaded.</source>
        <translation>Перетащите сюда выгрузку из Google, Tripadvisor или таблицу либо нажмите «Импорт».
Regulars читает файл на этом компьютере; ничего не загружается в сеть.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="167"/>
        <source>Average rating</source>
        <translation>Средняя оценка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="168"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="169"/>
        <source>Needing a reply</source>
        <translation>Без ответа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="210"/>
        <source>No reviews match these filters.</source>
        <translation>Нет отзывов по этим фильтрам.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="241"/>
        <source>Loading your reviews…</source>
        <translation>Загрузка отзывов…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="284"/>
        <source>Your reviews could not be loaded.</source>
        <translation>Не удалось загрузить отзывы.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="294"/>
        <source>matching your filters</source>
        <translation>по вашим фильтрам</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="295"/>
        <source>all time</source>
        <translation>за всё время</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="297"/>
        <source>no star ratings yet</source>
        <translation>оценок пока нет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="302"/>
        <source>no rated reviews in the last 30 days</source>
        <translation>нет оценок за последние 30 дней</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="304"/>
        <source>nothing to compare with before</source>
        <translation>не с чем сравнить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="308"/>
        <source>→ steady vs previous 30 days (%1)</source>
        <translation>→ без изменений к прошлым 30 дням (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="310"/>
        <source>▲ %1 vs previous 30 days</source>
        <translation>▲ %1 к прошлым 30 дням</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="312"/>
        <source>▼ %1 vs previous 30 days</source>
        <translation>▼ %1 к прошлым 30 дням</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="314"/>
        <source>reviews without your reply</source>
        <translation>отзывы без вашего ответа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="320"/>
        <source>Select a review to read it in full.</source>
        <translation>Выберите отзыв, чтобы прочитать его полностью.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="330"/>
        <source>Anonymous</source>
        <translation>Аноним</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="345"/>
        <source>(This review has stars but no text.)</source>
        <translation>(В этом отзыве есть оценка, но нет текста.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="348"/>
        <source>Your reply</source>
        <translation>Ваш ответ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="348"/>
        <source>No reply yet</source>
        <translation>Ответа пока нет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="359"/>
        <source>Health or safety claim:</source>
        <translation>Жалоба на здоровье или безопасность:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="389"/>
        <source>Written by your customer</source>
        <translation>Написал ваш клиент</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="391"/>
        <source>Probably written by your customer (%1%)</source>
        <translation>Вероятно, написал ваш клиент (%1%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="396"/>
        <source>last visit %1</source>
        <translation>последний визит %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="400"/>
        <source>Usual order: %1</source>
        <translation>Обычный заказ: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="404"/>
        <source>It is them</source>
        <translation>Это он</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="404"/>
        <source>Not them</source>
        <translation>Не он</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="418"/>
        <source>Loading the author</source>
        <translation>Загрузка автора</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="427"/>
        <source>Saving</source>
        <translation>Сохранение</translation>
    </message>
</context>
<context>
    <name>SendingTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="194"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="195"/>
        <source>At most one message per customer every</source>
        <translation>Не больше одного сообщения гостю за</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="202"/>
        <source>Quiet hours from</source>
        <translation>Тихие часы с</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="203"/>
        <source>until</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="206"/>
        <source>Nothing is sent in quiet hours. They may run overnight, such as 21:00 until 09:00.</source>
        <translation>В тихие часы ничего не отправляется. Они могут переходить через полночь, например с 21:00 до 09:00.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="211"/>
        <source>Hold out, to measure each campaign</source>
        <translation>Контрольная группа для оценки каждой кампании</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="213"/>
        <source>e.g. Ana and the team at Café Aurora</source>
        <translation>например: Ана и команда Café Aurora</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="214"/>
        <source>Sign as</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="215"/>
        <source>Customers who did not come back after three messages in a row are written to four times less often. Your own mail server is set on the Messages page, under Sending settings.</source>
        <translation>Клиентам, которые не вернулись после трёх сообщений подряд, пишем в четыре раза реже. Свой почтовый сервер настраивается на странице «Сообщения», в настройках отправки.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="245"/>
        <source>Leave at least one day between two messages to the same customer.</source>
        <translation>Между двумя сообщениями одному клиенту должен пройти хотя бы один день.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="247"/>
        <source>Quiet hours cannot start and end at the same time.</source>
        <translation>Тихие часы не могут начинаться и заканчиваться в одно и то же время.</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="55"/>
        <source>Type the server&apos;s address first.</source>
        <translation>Сначала введите адрес сервера.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="58"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="60"/>
        <source>Testing the connection</source>
        <translation>Проверка подключения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="67"/>
        <source>A group with several laptops can keep its data on one PostgreSQL server that all of them open. Leave the address empty to keep your data in the file on this computer.</source>
        <translation>Сеть с несколькими ноутбуками может хранить данные на одном сервере PostgreSQL, который открывают все. Оставьте адрес пустым, чтобы данные хранились в файле на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="76"/>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="79"/>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="124"/>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="87"/>
        <source>The password is never saved: Regulars reads it from the PGPASSWORD environment variable or the .pgpass file of this computer. The server is used the next time Regulars starts; backups and encryption are then the server&apos;s job.</source>
        <translation>Пароль никогда не сохраняется: Regulars берёт его из переменной окружения PGPASSWORD или из файла .pgpass на этом компьютере. Сервер будет использоваться при следующем запуске Regulars; резервные копии и шифрование тогда обеспечивает сервер.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="94"/>
        <source>Regulars will open this the next time it starts.</source>
        <translation>Regulars откроет это при следующем запуске.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="114"/>
        <source>Connected to %1 (%2). The database is empty: Regulars will set it up at the next start.</source>
        <translation>Подключено к %1 (%2). База данных пуста: Regulars подготовит её при следующем запуске.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="117"/>
        <source>Connected to %1 (%2). Regulars&apos; data is there.</source>
        <translation>Подключено к %1 (%2). Данные Regulars на месте.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="92"/>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="321"/>
        <source>Loading settings</source>
        <translation>Загрузка настроек</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="94"/>
        <source>Looking for names in your reviews</source>
        <translation>Поиск имён в ваших отзывах</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="175"/>
        <source>Saving settings</source>
        <translation>Сохранение настроек</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="201"/>
        <source>Tiers</source>
        <translation>Уровни</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="203"/>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="207"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="215"/>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="222"/>
        <source>This window is read-only: change the settings in the window that has your data open.</source>
        <translation>Это окно только для чтения: меняйте настройки в окне, где открыты ваши данные.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="267"/>
        <source>Re-reading your reviews with your dishes and staff</source>
        <translation>Повторный анализ отзывов с учётом блюд и персонала</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="181"/>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="344"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="191"/>
        <source>Your business</source>
        <translation>Ваше заведение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="199"/>
        <source>Your dishes and staff</source>
        <translation>Блюда и персонал</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="216"/>
        <source>Shared server</source>
        <translation>Общий сервер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="295"/>
        <source>Suggestions from your reviews</source>
        <translation>Подсказки из отзывов</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="66"/>
        <source>Wording: %1</source>
        <translation>Текст: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="77"/>
        <source>Add a wording</source>
        <translation>Добавить вариант</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="79"/>
        <source>Remove this wording</source>
        <translation>Удалить этот вариант</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="81"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="95"/>
        <source>E-mail subject</source>
        <translation>Тема письма</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="96"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="97"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="103"/>
        <source>Preview for an invented customer</source>
        <translation>Пример для вымышленного гостя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="110"/>
        <source>Merge fields</source>
        <translation>Поля подстановки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="124"/>
        <source>Back to the shipped wording</source>
        <translation>Вернуть исходный текст</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="136"/>
        <source>Loading the wording</source>
        <translation>Загрузка текста</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="150"/>
        <source>Wording %1 of %2</source>
        <translation>Вариант %1 из %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="203"/>
        <source>Preview</source>
        <translation>Пример</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="210"/>
        <source>This wording cannot be used yet: %1</source>
        <translation>Этот текст пока нельзя использовать: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="220"/>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="226"/>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="238"/>
        <source>Saving the wording</source>
        <translation>Сохранение текста</translation>
    </message>
</context>
<context>
    <name>TermsEditor</name>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="209"/>
        <source>Regulars looks for these names in your reviews, so you can see what people say about each dish and each member of your team.</source>
        <translation>Regulars ищет эти названия и имена в отзывах, чтобы вы видели, что говорят о каждом блюде и каждом сотруднике.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="216"/>
        <source>Dishes and drinks</source>
        <translation>Блюда и напитки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="216"/>
        <source>e.g. Pastel de nata</source>
        <translation>например, Паштел-де-ната</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="217"/>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="217"/>
        <source>e.g. Marco</source>
        <translation>например, Марко</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="223"/>
        <source>Suggestions from your reviews</source>
        <translation>Подсказки из отзывов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="229"/>
        <source>Name or phrase</source>
        <translation>Имя или фраза</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="229"/>
        <source>Reviews mentioning it</source>
        <translation>Упоминаний в отзывах</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="244"/>
        <source>Add as dish</source>
        <translation>Добавить как блюдо</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="248"/>
        <source>Add as staff</source>
        <translation>Добавить в персонал</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="267"/>
        <source>Looking through your reviews…</source>
        <translation>Просматриваем ваши отзывы…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="270"/>
        <source>No suggestions yet: names show up here once several reviews mention them.</source>
        <translation>Подсказок пока нет: имена появятся здесь, когда их упомянут в нескольких отзывах.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="272"/>
        <source>Pick a name and add it as a dish or as a member of staff.</source>
        <translation>Выберите имя и добавьте его как блюдо или как сотрудника.</translation>
    </message>
</context>
<context>
    <name>TiersDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="49"/>
        <source>Loyalty tiers</source>
        <translation>Уровни лояльности</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="71"/>
        <source>A customer is in the highest tier whose visits or spend they reach in its window, so a daily coffee and a weekly bag of beans both count. Leave a threshold at 0 to use only the other.</source>
        <translation>Клиент попадает на самый высокий уровень, чьё число визитов или сумму он набирает за период: считаются и ежедневный кофе, и еженедельная пачка зёрен. Оставьте порог 0, чтобы учитывать только другой.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="77"/>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="77"/>
        <source>Visits at least</source>
        <translation>Визитов от</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="77"/>
        <source>or spend at least</source>
        <translation>или сумма от</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="78"/>
        <source>in the last (days)</source>
        <translation>за последние (дней)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="78"/>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="82"/>
        <source>Add a tier</source>
        <translation>Добавить уровень</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="83"/>
        <source>Remove the last tier</source>
        <translation>Убрать последний уровень</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="94"/>
        <source>When is a regular lapsed?</source>
        <translation>Когда постоянный гость считается пропавшим?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="102"/>
        <source>Away for more than this many of their usual gaps</source>
        <translation>Нет дольше, чем столько его обычных перерывов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="103"/>
        <source>and at least this many days</source>
        <translation>и не меньше стольких дней</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="104"/>
        <source>Their usual gap is the time between visits they rarely go beyond; at risk comes first, after twice that gap.</source>
        <translation>Обычный перерыв — время между визитами, которое он редко превышает; сначала наступает «под угрозой» — после двух таких перерывов.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="127"/>
        <source>Loading the tiers</source>
        <translation>Загрузка уровней</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="153"/>
        <source>Check the tiers: %1</source>
        <translation>Проверьте уровни: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="167"/>
        <source>Counting customers</source>
        <translation>Подсчёт клиентов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="176"/>
        <source>Not in any tier: %1</source>
        <translation>Без уровня: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="196"/>
        <source>Saving the tiers</source>
        <translation>Сохранение уровней</translation>
    </message>
</context>
<context>
    <name>TiersTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="27"/>
        <source>A customer is in the highest tier whose visits or spend they reach in its window, lowest tier first. Leave a threshold at 0 to use only the other.</source>
        <translation>Клиент получает самый высокий уровень, для которого он набрал визиты или сумму покупок за его период; самый низкий уровень — первый. Оставьте порог на 0, чтобы считать только другой.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="30"/>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="30"/>
        <source>Visits at least</source>
        <translation>Визитов от</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="31"/>
        <source>or spend at least</source>
        <translation>или сумма от</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="31"/>
        <source>in the last (days)</source>
        <translation>за последние (дней)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="37"/>
        <source>Add a tier</source>
        <translation>Добавить уровень</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="38"/>
        <source>Remove the last tier</source>
        <translation>Убрать последний уровень</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="45"/>
        <source>Customers &gt; Tiers… shows how many customers each rule holds.</source>
        <translation>«Клиенты» &gt; «Уровни…» показывает, сколько клиентов попадает под каждое правило.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/tier_rules_table.py" line="118"/>
        <source>New tier</source>
        <translation>Новый уровень</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="86"/>
        <source>Every tier needs a name (row %1).</source>
        <translation>У каждого уровня должно быть название (строка %1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="88"/>
        <source>The name “%1” is used twice.</source>
        <translation>Название «%1» встречается дважды.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="91"/>
        <source>“%1” needs a number of visits or an amount spent.</source>
        <translation>Для «%1» укажите число визитов или сумму покупок.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="96"/>
        <source>“%1” must ask for more visits than “%2” beneath it.</source>
        <translation>Уровень «%1» должен требовать больше визитов, чем «%2» под ним.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="97"/>
        <source>“%1” must ask for more spend than “%2” beneath it.</source>
        <translation>Уровень «%1» должен требовать больше покупок, чем «%2» под ним.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="68"/>
        <source>Average rating</source>
        <translation>Средняя оценка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="83"/>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="114"/>
        <source>Reviews</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="114"/>
        <source>Stars</source>
        <translation>Звёзды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="131"/>
        <source>Rating over time</source>
        <translation>Оценка по времени</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="136"/>
        <source>Average stars</source>
        <translation>Средняя оценка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="137"/>
        <source>Number of reviews</source>
        <translation>Число отзывов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="147"/>
        <source>Weekly</source>
        <translation>По неделям</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="147"/>
        <source>Monthly</source>
        <translation>По месяцам</translation>
    </message>
</context>
<context>
    <name>VisitsChart</name>
    <message>
        <location filename="../../desktop/ui/widgets/visits_chart.py" line="54"/>
        <source>No visits recorded yet</source>
        <translation>Визитов пока нет</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="150"/>
        <source>Step %1 of %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="178"/>
        <location filename="../../desktop/ui/welcome.py" line="237"/>
        <location filename="../../desktop/ui/welcome.py" line="370"/>
        <source>Welcome to Regulars</source>
        <translation>Добро пожаловать в Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="197"/>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="198"/>
        <source>Close the welcome; it will not show again. Everything here is also in File &gt; Settings.</source>
        <translation>Закрыть приветствие; оно больше не появится. Всё, что здесь есть, также находится в меню Файл &gt; Настройки.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="201"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="203"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="206"/>
        <source>Import my files…</source>
        <translation>Импортировать мои файлы…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="209"/>
        <source>Finish</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="239"/>
        <source>Regulars reads your review exports and your till&apos;s customer and order files, tells you why your rating moves, knows your regulars, and helps you write to them personally.</source>
        <translation>Regulars читает выгрузки ваших отзывов и файлы клиентов и заказов из кассы, объясняет, почему меняется ваша оценка, знает ваших постоянных гостей и помогает писать им лично.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="242"/>
        <source>Everything stays on this laptop: files are read here, nothing is uploaded, and Regulars never connects to the internet.</source>
        <translation>Всё остаётся на этом компьютере: файлы читаются здесь, ничего не отправляется, и Regulars никогда не подключается к интернету.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="244"/>
        <source>Your data is kept in this one file (copy it to keep a backup):</source>
        <translation>Ваши данные хранятся в этом одном файле (скопируйте его, чтобы иметь резервную копию):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="251"/>
        <source>Look around the demo café first</source>
        <translation>Сначала загляните в демо-кафе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="252"/>
        <source>Opens a made-up café in a window of its own; your data is not touched.</source>
        <translation>Открывает выдуманное кафе в отдельном окне; ваши данные не затрагиваются.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="266"/>
        <source>Your café</source>
        <translation>Ваше заведение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="267"/>
        <source>Messages are signed with your business&apos;s name; you can change all of this later in File &gt; Settings.</source>
        <translation>Сообщения подписываются названием вашего заведения; всё это можно изменить позже в меню Файл &gt; Настройки.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="274"/>
        <source>e.g. The Corner Café</source>
        <translation>например, Кафе на углу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="275"/>
        <source>Business name</source>
        <translation>Название заведения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="283"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="286"/>
        <source>Not set (numbers must start with +)</source>
        <translation>Не задано (номера должны начинаться с +)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="290"/>
        <source>Phone numbers written without a country code are read as numbers of this country.</source>
        <translation>Номера телефонов без кода страны считаются номерами этой страны.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="292"/>
        <source>Phone numbers are from</source>
        <translation>Номера телефонов из</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="294"/>
        <source>Same as this computer</source>
        <translation>Как на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="299"/>
        <source>Language of the window</source>
        <translation>Язык окна</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="305"/>
        <source>Used when a customer&apos;s or reviewer&apos;s own language is not known.</source>
        <translation>Используется, когда язык клиента или автора отзыва неизвестен.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="307"/>
        <source>Messages are written in</source>
        <translation>Язык сообщений</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="316"/>
        <source>Your files</source>
        <translation>Ваши файлы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="318"/>
        <source>Download these exports from the systems you use, then import them (or drop them on the window). Importing the same file twice adds nothing, and every import can be undone.</source>
        <translation>Скачайте эти выгрузки из систем, которыми вы пользуетесь, и импортируйте их (или перетащите в окно). Повторный импорт того же файла ничего не добавляет, и любой импорт можно отменить.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="322"/>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="322"/>
        <source>What it holds</source>
        <translation>Что в ней</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="323"/>
        <source>Where to find the export</source>
        <translation>Где найти выгрузку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="326"/>
        <source>Exports Regulars understands</source>
        <translation>Выгрузки, которые понимает Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="354"/>
        <source>Saving your café&apos;s details</source>
        <translation>Сохраняю данные вашего заведения</translation>
    </message>
</context>
<context>
    <name>WhereToFind</name>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="58"/>
        <location filename="../../desktop/ui/welcome.py" line="61"/>
        <location filename="../../desktop/ui/welcome.py" line="63"/>
        <location filename="../../desktop/ui/welcome.py" line="65"/>
        <location filename="../../desktop/ui/welcome.py" line="67"/>
        <source>Reviews</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="58"/>
        <source>takeout.google.com: choose only “Google Business Profile” and download the archive; or an Outscraper or Apify export of your Google Maps reviews.</source>
        <translation>takeout.google.com: выберите только «Google Business Profile» и скачайте архив; или выгрузку ваших отзывов Google Maps из Outscraper или Apify.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="61"/>
        <source>Tripadvisor has no export button: use an Apify Tripadvisor export (CSV, Excel or JSON).</source>
        <translation>У Tripadvisor нет кнопки выгрузки: используйте выгрузку Tripadvisor из Apify (CSV, Excel или JSON).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="63"/>
        <source>Trustpilot Business: Reviews, then Export reviews.</source>
        <translation>Trustpilot Business: «Отзывы», затем «Экспорт отзывов».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="65"/>
        <source>The Yelp review file your developer or agency downloaded (JSON or CSV).</source>
        <translation>Файл отзывов Yelp, который скачал ваш разработчик или агентство (JSON или CSV).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="67"/>
        <source>Your Page’s recommendations, exported as CSV or JSON.</source>
        <translation>Рекомендации вашей Страницы, выгруженные в CSV или JSON.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="69"/>
        <location filename="../../desktop/ui/welcome.py" line="72"/>
        <location filename="../../desktop/ui/welcome.py" line="74"/>
        <source>Customers and orders</source>
        <translation>Клиенты и заказы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="69"/>
        <source>Square Dashboard: Customers, Directory, Export customers; and Reports, Item sales, Export, Item detail.</source>
        <translation>Square Dashboard: «Клиенты», «Каталог», «Экспорт клиентов»; и «Отчёты», «Продажи товаров», «Экспорт», «Детали товаров».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="72"/>
        <source>Shopify admin: Customers, then Export; Orders, then Export.</source>
        <translation>Админка Shopify: «Клиенты», затем «Экспорт»; «Заказы», затем «Экспорт».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="74"/>
        <source>Loyverse Back Office: Customers, then Export; Reports, Receipts, then Export.</source>
        <translation>Loyverse Back Office: «Клиенты», затем «Экспорт»; «Отчёты», «Чеки», затем «Экспорт».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="76"/>
        <location filename="../../desktop/ui/welcome.py" line="78"/>
        <location filename="../../desktop/ui/welcome.py" line="80"/>
        <location filename="../../desktop/ui/welcome.py" line="82"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="76"/>
        <source>Toast Web: Reports, Data exports, the CheckDetails file.</source>
        <translation>Toast Web: Reports, Data exports, файл CheckDetails.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="78"/>
        <source>SumUp dashboard: Sales, then export the sales or transactions report.</source>
        <translation>Панель SumUp: «Продажи», затем выгрузите отчёт о продажах или транзакциях.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="80"/>
        <source>Zettle back office: Reports, Receipts, then Export to Excel.</source>
        <translation>Бэк-офис Zettle: «Отчёты», «Чеки», затем «Экспорт в Excel».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="82"/>
        <source>Lightspeed Restaurant (K-Series): Reports, Payments, then Export.</source>
        <translation>Lightspeed Restaurant (K-Series): «Отчёты», «Платежи», затем «Экспорт».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="84"/>
        <location filename="../../desktop/ui/welcome.py" line="86"/>
        <location filename="../../desktop/ui/welcome.py" line="88"/>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="84"/>
        <source>Audience, All contacts, Export Audience: import the ZIP as it is.</source>
        <translation>Audience, All contacts, Export Audience: импортируйте ZIP как есть.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="86"/>
        <source>Contacts, select all, then Export.</source>
        <translation>«Контакты», выделите все, затем «Экспорт».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="88"/>
        <source>TheFork Manager: Customers, then Export.</source>
        <translation>TheFork Manager: «Клиенты», затем «Экспорт».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="90"/>
        <source>Anything</source>
        <translation>Что угодно</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="90"/>
        <source>Any spreadsheet with recognisable column names (date, rating, text; name, email, phone; date, total): Regulars asks when it is not sure.</source>
        <translation>Любая таблица с понятными названиями столбцов (дата, оценка, текст; имя, e-mail, телефон; дата, сумма): Regulars спросит, если не уверен.</translation>
    </message>
</context>
<context>
    <name>WindowTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="297"/>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="310"/>
        <source>Same as this computer</source>
        <translation>Как на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="303"/>
        <source>Language of the window</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="304"/>
        <source>Regulars will speak this language the next time it starts.</source>
        <translation>Regulars перейдёт на этот язык при следующем запуске.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="310"/>
        <source>Light</source>
        <translation>Светлое</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="310"/>
        <source>Dark</source>
        <translation>Тёмное</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="314"/>
        <source>Light or dark</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="315"/>
        <source>Always show the import preview, even for files Regulars recognises</source>
        <translation>Всегда показывать предпросмотр, даже для распознанных файлов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="320"/>
        <source>These choices belong to this computer; everything else in Settings is kept with your data.</source>
        <translation>Эти настройки относятся к этому компьютеру; всё остальное хранится вместе с вашими данными.</translation>
    </message>
</context>
</TS>
