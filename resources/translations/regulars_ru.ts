<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop/ui/application.py" line="101"/>
        <location filename="../../desktop/ui/application.py" line="105"/>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="106"/>
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
    <name>DropZone</name>
    <message>
        <location filename="../../desktop/ui/widgets/drop_zone.py" line="43"/>
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
        <location filename="../../desktop/ui/errors.py" line="75"/>
        <source>Something needs your attention</source>
        <translation>Требуется ваше внимание</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="84"/>
        <source>Sorry, something went wrong on our side. Your data has not been changed.

The details were written to:
{path}</source>
        <translation>Извините, у нас что-то пошло не так. Ваши данные не изменены.

Подробности записаны в:
{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="89"/>
        <source>Sorry, something went wrong</source>
        <translation>Извините, что-то пошло не так</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="70"/>
        <source>All sources</source>
        <translation>Все источники</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="71"/>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="105"/>
        <source>Search reviews, authors…</source>
        <translation>Найти отзыв, автора…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="116"/>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="117"/>
        <source>Any</source>
        <translation>Любые</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="122"/>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="122"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="123"/>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="123"/>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="124"/>
        <source>Custom dates…</source>
        <translation>Выбрать даты…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="137"/>
        <source>Stars</source>
        <translation>Звёзды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="139"/>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="144"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
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
    <name>ImportPage</name>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="59"/>
        <source>Loading import history</source>
        <translation>Загрузка истории импорта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="68"/>
        <source>Undoing import</source>
        <translation>Отмена импорта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="73"/>
        <source>Undo import?</source>
        <translation>Отменить импорт?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="74"/>
        <source>Remove the %1 rows that “%2” added on %3?

Rows that were already there stay.</source>
        <translation>Удалить строки, добавленные из «%2» %3 (всего: %1)?

Строки, которые уже были, останутся.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="85"/>
        <source>Undoing merge</source>
        <translation>Отмена объединения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="90"/>
        <source>Undo merge?</source>
        <translation>Отменить объединение?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="91"/>
        <source>Split “%1” back into two customers?

The %2 record becomes a customer of its own again, and the values it changed go back to what they were.</source>
        <translation>Снова разделить «%1» на двух клиентов?

Запись из %2 снова станет отдельным клиентом, а изменённые ею значения вернутся к прежним.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="93"/>
        <source>this customer</source>
        <translation>этого клиента</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="111"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="115"/>
        <source>Drop files here to import them</source>
        <translation>Перетащите сюда файлы для импорта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="116"/>
        <source>Google and Tripadvisor review exports, your till&apos;s customer and order exports, or any spreadsheet (CSV, Excel, JSON). Importing the same file twice changes nothing.</source>
        <translation>Выгрузки отзывов из Google и Tripadvisor, выгрузки клиентов и заказов из кассы или любая таблица (CSV, Excel, JSON). Повторный импорт того же файла ничего не меняет.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="127"/>
        <source>Import history</source>
        <translation>История импорта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="128"/>
        <location filename="../../desktop/ui/pages/import_page.py" line="209"/>
        <source>Customer merges</source>
        <translation>Объединения клиентов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="140"/>
        <source>Nothing imported yet. Files you import will be listed here, and each import can be undone.</source>
        <translation>Пока ничего не импортировано. Здесь появятся импортированные файлы, и любой импорт можно отменить.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="152"/>
        <source>When a customer in one file has the same e-mail or phone as a customer from another system, Regulars keeps one customer. Undo a merge if they are really two people.</source>
        <translation>Если у клиента из одного файла тот же e-mail или телефон, что и у клиента из другой системы, Regulars оставляет одного клиента. Отмените объединение, если это на самом деле два человека.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="166"/>
        <source>No customers have been merged. Merges happen when you import customer lists from more than one system.</source>
        <translation>Клиенты не объединялись. Объединение происходит при импорте списков клиентов из нескольких систем.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="208"/>
        <source>Customer merges (%1)</source>
        <translation>Объединения клиентов (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="218"/>
        <location filename="../../desktop/ui/pages/import_page.py" line="232"/>
        <source>Undo</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="221"/>
        <source>Make these two customers again</source>
        <translation>Снова сделать двух клиентов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="222"/>
        <location filename="../../desktop/ui/pages/import_page.py" line="236"/>
        <source>Already undone</source>
        <translation>Уже отменено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="235"/>
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
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="148"/>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="257"/>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="296"/>
        <source>Import preview</source>
        <translation>Предпросмотр импорта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="159"/>
        <source>Nothing has been imported yet. Check what Regulars found, fix the columns if needed, then import.</source>
        <translation>Пока ничего не импортировано. Проверьте, что нашёл Regulars, при необходимости исправьте столбцы и импортируйте.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="186"/>
        <source>Don&apos;t ask again for recognised formats</source>
        <translation>Больше не спрашивать для известных форматов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="187"/>
        <source>Import files Regulars recognises for certain straight away, unless rows are rejected or a question needs your answer.</source>
        <translation>Сразу импортировать файлы, которые Regulars точно распознал, если нет отклонённых строк и вопросов к вам.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="199"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="201"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="211"/>
        <source>Reviews</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="211"/>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="212"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="215"/>
        <source>reviews</source>
        <translation>отзывы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="215"/>
        <source>customers</source>
        <translation>клиенты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="216"/>
        <source>orders</source>
        <translation>заказы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="237"/>
        <source>Reading “%1”…</source>
        <translation>Чтение «%1»…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="291"/>
        <source>Regulars cannot read “%1”:
%2</source>
        <translation>Regulars не может прочитать «%1»:
%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="294"/>
        <source>Something went wrong while reading this file.</source>
        <translation>При чтении этого файла что-то пошло не так.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="312"/>
        <source>Not a format Regulars knows. Tell it which column holds what; nothing is imported until you do.</source>
        <translation>Regulars не знает этот формат. Укажите, что в каком столбце; до этого ничего не импортируется.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="316"/>
        <source>Choose, for at least one column, what it holds.</source>
        <translation>Укажите содержимое хотя бы одного столбца.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="333"/>
        <source>A spreadsheet read by its column names</source>
        <translation>Таблица, прочитанная по названиям столбцов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="334"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="348"/>
        <source>%1: %2 new, %3 already there</source>
        <translation>%1: новых — %2, уже есть — %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="365"/>
        <source>mapped by you</source>
        <translation>столбцы указаны вами</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="367"/>
        <source>recognised for certain</source>
        <translation>распознано точно</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="368"/>
        <source>a good guess (%1% sure) — check the columns</source>
        <translation>вероятно (уверенность %1%) — проверьте столбцы</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="385"/>
        <source>Import %Ln row(s)</source>
        <translation>
            <numerusform>Импортировать %Ln строку</numerusform>
            <numerusform>Импортировать %Ln строки</numerusform>
            <numerusform>Импортировать %Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="386"/>
        <source>Skip the %Ln rejected row(s)</source>
        <translation>
            <numerusform>Пропустить %Ln отклонённую строку</numerusform>
            <numerusform>Пропустить %Ln отклонённые строки</numerusform>
            <numerusform>Пропустить %Ln отклонённых строк</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="393"/>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="395"/>
        <source>Answer the question about dates in “%1” first.</source>
        <translation>Сначала ответьте на вопрос о датах в «%1».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="398"/>
        <source>Answer the question about dates first.</source>
        <translation>Сначала ответьте на вопрос о датах.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="400"/>
        <source>Without skipping, importing is all or nothing: fix the rejected rows in the file, or tick “Skip”.</source>
        <translation>Без пропуска импорт идёт по принципу «всё или ничего»: исправьте отклонённые строки в файле или отметьте «Пропустить».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="403"/>
        <source>There is nothing Regulars can import from here yet.</source>
        <translation>Здесь пока нечего импортировать.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="405"/>
        <source>Everything in here is already in Regulars.</source>
        <translation>Всё это уже есть в Regulars.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="408"/>
        <source>“%1” is left out: it cannot be read, or its columns are not chosen yet.</source>
        <translation>«%1» пропущен: его не удаётся прочитать или столбцы ещё не указаны.</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="41"/>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="55"/>
        <source>reviews</source>
        <translation>отзывы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="55"/>
        <source>customers</source>
        <translation>клиенты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="56"/>
        <source>orders</source>
        <translation>заказы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="61"/>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="64"/>
        <source>…and %1 more</source>
        <translation>…и ещё %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="78"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="78"/>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="79"/>
        <source>Already there</source>
        <translation>Уже есть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="79"/>
        <source>Updated</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="80"/>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="86"/>
        <source>These files could not be imported:</source>
        <translation>Эти файлы не удалось импортировать:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="92"/>
        <source>There was nothing to import.</source>
        <translation>Импортировать было нечего.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="108"/>
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="110"/>
        <source>Everything in these files was already in Regulars</source>
        <translation>Всё из этих файлов уже было в Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="111"/>
        <source>Imported %1</source>
        <translation>Импортировано: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="114"/>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="25"/>
        <source>%Ln new review(s)</source>
        <translation>
            <numerusform>%Ln новый отзыв</numerusform>
            <numerusform>%Ln новых отзыва</numerusform>
            <numerusform>%Ln новых отзывов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="27"/>
        <source>%Ln new customer(s)</source>
        <translation>
            <numerusform>%Ln новый клиент</numerusform>
            <numerusform>%Ln новых клиента</numerusform>
            <numerusform>%Ln новых клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="29"/>
        <source>%Ln new order(s)</source>
        <translation>
            <numerusform>%Ln новый заказ</numerusform>
            <numerusform>%Ln новых заказа</numerusform>
            <numerusform>%Ln новых заказов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="30"/>
        <source>%Ln new row(s)</source>
        <translation>
            <numerusform>%Ln новая строка</numerusform>
            <numerusform>%Ln новые строки</numerusform>
            <numerusform>%Ln новых строк</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="61"/>
        <source>Exports (*.csv *.tsv *.txt *.xlsx *.xls *.json *.zip);;All files (*)</source>
        <translation>Выгрузки (*.csv *.tsv *.txt *.xlsx *.xls *.json *.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="123"/>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>Не удалось сделать сегодняшнюю резервную копию: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="126"/>
        <source>Backing up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="143"/>
        <source>Updating the analysis of your reviews</source>
        <translation>Обновляем анализ ваших отзывов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="153"/>
        <source>Reading your reviews again with the latest analysis… %1%</source>
        <translation>Перечитываем отзывы с новым анализом… %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="164"/>
        <source>This window is read-only: import in the window that has your data open.</source>
        <translation>Это окно только для чтения: импортируйте в окне, где открыты ваши данные.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="168"/>
        <location filename="../../desktop/ui/main_window.py" line="195"/>
        <source>An import is already running; please wait for it.</source>
        <translation>Импорт уже выполняется; дождитесь его окончания.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="181"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="198"/>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="200"/>
        <source>Importing %1 files…</source>
        <translation>Импорт файлов: %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="204"/>
        <source>Backing up your data first…</source>
        <translation>Сначала резервная копия данных…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="205"/>
        <source>Nothing was imported: Regulars could not back up your data first (%1).</source>
        <translation>Ничего не импортировано: Regulars не смог сначала сделать резервную копию данных (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="224"/>
        <location filename="../../desktop/ui/main_window.py" line="383"/>
        <location filename="../../desktop/ui/main_window.py" line="522"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="282"/>
        <source>Regulars — %1</source>
        <translation>Regulars — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="283"/>
        <source>Regulars</source>
        <translation>Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="285"/>
        <source>%1 (read-only)</source>
        <translation>%1 (только чтение)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="290"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Импорт файлов…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="292"/>
        <source>Import review, customer or order exports</source>
        <translation>Импорт выгрузок отзывов, клиентов или заказов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="294"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="297"/>
        <source>&amp;About Regulars</source>
        <translation>&amp;О программе Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="299"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="301"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="306"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервные копии…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="309"/>
        <source>&amp;Encryption…</source>
        <translation>&amp;Шифрование…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="314"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="316"/>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="328"/>
        <source>Open in another window: read-only. Importing and changes are off here; close the other window and open Regulars again to make changes.</source>
        <translation>Открыто в другом окне: только чтение. Импорт и изменения здесь отключены; закройте другое окно и снова откройте Regulars, чтобы вносить изменения.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="356"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="383"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="383"/>
        <source>Reviews</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="383"/>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="383"/>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="420"/>
        <source>Import files</source>
        <translation>Импорт файлов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="447"/>
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="456"/>
        <source>Backup restored.</source>
        <translation>Резервная копия восстановлена.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="484"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="496"/>
        <source>The analysis of your reviews could not be updated now; Regulars will try again next time.</source>
        <translation>Сейчас не удалось обновить анализ отзывов; Regulars попробует снова в следующий раз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="501"/>
        <source>%Ln review(s) read again with the latest analysis.</source>
        <translation>
            <numerusform>%Ln отзыв перечитан с новым анализом.</numerusform>
            <numerusform>%Ln отзыва перечитаны с новым анализом.</numerusform>
            <numerusform>%Ln отзывов перечитано с новым анализом.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="506"/>
        <source>nothing new</source>
        <translation>ничего нового</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="507"/>
        <source>Import finished: %1</source>
        <translation>Импорт завершён: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="516"/>
        <source>Import cancelled. The file being read when you pressed Cancel was not imported.</source>
        <translation>Импорт отменён. Файл, который читался в момент отмены, не импортирован.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="521"/>
        <source>Import failed.</source>
        <translation>Импорт не удался.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="532"/>
        <source>About Regulars</source>
        <translation>О программе Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="533"/>
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
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../desktop/ui/pages/placeholders.py" line="36"/>
        <source>Coming soon</source>
        <translation>Скоро</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/placeholders.py" line="55"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/placeholders.py" line="56"/>
        <source>A one-page summary of your week: how ratings are moving, what guests praise and complain about most, and which regulars you have not seen for a while.</source>
        <translation>Ваша неделя на одной странице: как меняются оценки, что гости чаще всего хвалят и ругают и кого из постоянных гостей вы давно не видели.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/placeholders.py" line="62"/>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/placeholders.py" line="63"/>
        <source>Your regulars from your till and loyalty exports: who visits often, who has lapsed, and what they like to order.</source>
        <translation>Ваши постоянные гости из выгрузок кассы и программы лояльности: кто приходит часто, кто перестал заходить и что любит заказывать.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/placeholders.py" line="69"/>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/placeholders.py" line="70"/>
        <source>Draft thank-you notes and win-back messages for the guests who agreed to hear from you, ready to send from your own email or SMS tool.</source>
        <translation>Черновики благодарностей и писем для возврата гостей, согласившихся получать от вас сообщения, — готовые к отправке через вашу почту или SMS-сервис.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="148"/>
        <source>Updating the preview…</source>
        <translation>Обновление предпросмотра…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="174"/>
        <source>new</source>
        <translation>новых</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="174"/>
        <source>already there</source>
        <translation>уже есть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="175"/>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="175"/>
        <source>join a customer</source>
        <translation>объединятся с клиентом</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="176"/>
        <source>updated</source>
        <translation>обновятся</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="204"/>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="223"/>
        <source>day first</source>
        <translation>сначала день</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="223"/>
        <source>month first</source>
        <translation>сначала месяц</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="225"/>
        <source>Dates in the column “%1” can be read two ways. Is %2 the %3 or %4?</source>
        <translation>Даты в столбце «%1» можно прочитать двумя способами. %2 — это %3 или %4?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="227"/>
        <source>%1 = %2 (day first, as in the UK and Europe)</source>
        <translation>%1 = %2 (сначала день, как в Европе)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="229"/>
        <source>%1 = %2 (month first, as in the US)</source>
        <translation>%1 = %2 (сначала месяц, как в США)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="264"/>
        <source>This file holds</source>
        <translation>В этом файле</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="307"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="329"/>
        <source>First rows, as Regulars will store them</source>
        <translation>Первые строки, как их сохранит Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="345"/>
        <source>Rows that cannot be imported</source>
        <translation>Строки, которые нельзя импортировать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="355"/>
        <source>Reading “%1”…</source>
        <translation>Чтение «%1»…</translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="47"/>
        <source>Positive</source>
        <translation>Позитивный</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="49"/>
        <source>Negative</source>
        <translation>Негативный</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="50"/>
        <source>Mixed</source>
        <translation>Смешанный</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="91"/>
        <source>Recommends</source>
        <translation>Рекомендует</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="91"/>
        <source>Doesn&apos;t recommend</source>
        <translation>Не рекомендует</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="112"/>
        <source>%1 out of 5</source>
        <translation>%1 из 5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="126"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="129"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="131"/>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="133"/>
        <source>Sentiment</source>
        <translation>Тон</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="136"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="138"/>
        <source>Review</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="139"/>
        <source>Reply</source>
        <translation>Отв.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="141"/>
        <source>You replied to this review</source>
        <translation>Вы ответили на этот отзыв</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="65"/>
        <source>Food</source>
        <translation>Еда</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="66"/>
        <source>Drinks</source>
        <translation>Напитки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="67"/>
        <source>Service</source>
        <translation>Обслуживание</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="68"/>
        <source>Price</source>
        <translation>Цены</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="69"/>
        <source>Ambience</source>
        <translation>Атмосфера</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="70"/>
        <source>Cleanliness</source>
        <translation>Чистота</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="71"/>
        <source>Waiting</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="72"/>
        <source>Your dishes</source>
        <translation>Ваши блюда</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="73"/>
        <source>Your staff</source>
        <translation>Ваш персонал</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="76"/>
        <source>food poisoning</source>
        <translation>пищевое отравление</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="77"/>
        <source>allergic reaction</source>
        <translation>аллергическая реакция</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="78"/>
        <source>something in the food</source>
        <translation>посторонний предмет в еде</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="79"/>
        <source>pests</source>
        <translation>вредители</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="80"/>
        <source>hygiene</source>
        <translation>гигиена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="81"/>
        <source>legal threat</source>
        <translation>угроза иском</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="122"/>
        <location filename="../../desktop/ui/pages/reviews.py" line="283"/>
        <source>Loading reviews</source>
        <translation>Загрузка отзывов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="135"/>
        <location filename="../../desktop/ui/pages/reviews.py" line="173"/>
        <source>Reviews</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="137"/>
        <source>What your guests say, across every site you are listed on.</source>
        <translation>Что говорят гости на всех площадках, где вы есть.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="151"/>
        <source>No reviews yet</source>
        <translation>Отзывов пока нет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="152"/>
        <source>Drop your Google, Tripadvisor or spreadsheet export here, or use Import.
Regulars reads the file on this computer; nothing is uploaded.</source>
        <translation>Перетащите сюда выгрузку из Google, Tripadvisor или таблицу либо нажмите «Импорт».
Regulars читает файл на этом компьютере; ничего не загружается в сеть.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="174"/>
        <source>Average rating</source>
        <translation>Средняя оценка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="175"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="176"/>
        <source>Needing a reply</source>
        <translation>Без ответа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="215"/>
        <source>No reviews match these filters.</source>
        <translation>Нет отзывов по этим фильтрам.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="246"/>
        <source>Loading your reviews…</source>
        <translation>Загрузка отзывов…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="285"/>
        <source>Your reviews could not be loaded.</source>
        <translation>Не удалось загрузить отзывы.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="295"/>
        <source>matching your filters</source>
        <translation>по вашим фильтрам</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="296"/>
        <source>all time</source>
        <translation>за всё время</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="298"/>
        <source>no star ratings yet</source>
        <translation>оценок пока нет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="303"/>
        <source>no rated reviews in the last 30 days</source>
        <translation>нет оценок за последние 30 дней</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="305"/>
        <source>nothing to compare with before</source>
        <translation>не с чем сравнить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="309"/>
        <source>→ steady vs previous 30 days (%1)</source>
        <translation>→ без изменений к прошлым 30 дням (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="311"/>
        <source>▲ %1 vs previous 30 days</source>
        <translation>▲ %1 к прошлым 30 дням</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="313"/>
        <source>▼ %1 vs previous 30 days</source>
        <translation>▼ %1 к прошлым 30 дням</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="315"/>
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
        <location filename="../../desktop/ui/pages/reviews.py" line="344"/>
        <source>(This review has stars but no text.)</source>
        <translation>(В этом отзыве есть оценка, но нет текста.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="347"/>
        <source>Your reply</source>
        <translation>Ваш ответ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="347"/>
        <source>No reply yet</source>
        <translation>Ответа пока нет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="358"/>
        <source>Health or safety claim:</source>
        <translation>Жалоба на здоровье или безопасность:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="89"/>
        <source>Loading settings</source>
        <translation>Загрузка настроек</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="91"/>
        <source>Looking for names in your reviews</source>
        <translation>Поиск имён в ваших отзывах</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="137"/>
        <source>Saving settings</source>
        <translation>Сохранение настроек</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="150"/>
        <source>Re-reading your reviews with your dishes and staff</source>
        <translation>Повторный анализ отзывов с учётом блюд и персонала</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="157"/>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="265"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="173"/>
        <source>e.g. The Corner Café</source>
        <translation>например, Кафе на углу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="174"/>
        <source>Business name</source>
        <translation>Название заведения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="178"/>
        <source>Not set (numbers must start with +)</source>
        <translation>Не задано (номера начинаются с +)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="181"/>
        <source>Phone numbers are from</source>
        <translation>Телефоны из страны</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="182"/>
        <source>Phone numbers in your files written without a country code (like 07700 900123) are read as numbers of this country, so the same customer is recognised across your till, your mailing list and your booking system.</source>
        <translation>Номера без кода страны в ваших файлах (например, 8 912 345-67-89) считаются номерами этой страны, чтобы один и тот же клиент узнавался в кассе, списке рассылки и системе бронирования.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="206"/>
        <source>Always show the import preview, even for files Regulars recognises</source>
        <translation>Всегда показывать предпросмотр, даже для распознанных файлов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="190"/>
        <source>Same as this computer</source>
        <translation>Как на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="203"/>
        <source>Language of the window</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="196"/>
        <source>Regulars will speak this language the next time it starts.</source>
        <translation>Regulars перейдёт на этот язык при следующем запуске.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="214"/>
        <source>Your business</source>
        <translation>Ваше заведение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="222"/>
        <source>Your dishes and staff</source>
        <translation>Блюда и персонал</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="251"/>
        <source>Suggestions from your reviews</source>
        <translation>Подсказки из отзывов</translation>
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
    <name>TrendChart</name>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="66"/>
        <source>Average rating</source>
        <translation>Средняя оценка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="81"/>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="112"/>
        <source>Reviews</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="112"/>
        <source>Stars</source>
        <translation>Звёзды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="129"/>
        <source>Rating over time</source>
        <translation>Оценка по времени</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="133"/>
        <source>Average stars</source>
        <translation>Средняя оценка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="134"/>
        <source>Number of reviews</source>
        <translation>Число отзывов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="142"/>
        <source>Weekly</source>
        <translation>По неделям</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="142"/>
        <source>Monthly</source>
        <translation>По месяцам</translation>
    </message>
</context>
</TS>
