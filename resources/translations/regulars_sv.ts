<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop/ui/application.py" line="101"/>
        <location filename="../../desktop/ui/application.py" line="105"/>
        <source>Cannot open the database</source>
        <translation>Det går inte att öppna databasen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="106"/>
        <source>Regulars could not open its database. The details were written to the log file.</source>
        <translation>Regulars kunde inte öppna sin databas. Detaljerna har skrivits till loggfilen.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="36"/>
        <source>Daily</source>
        <translation>Daglig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="37"/>
        <source>Before an import</source>
        <translation>Före en import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="38"/>
        <source>Before an update of Regulars</source>
        <translation>Före en uppdatering av Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="39"/>
        <source>Before a restore</source>
        <translation>Före en återställning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="40"/>
        <source>Before encrypting</source>
        <translation>Före kryptering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="41"/>
        <source>Made by you</source>
        <translation>Gjord av dig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="71"/>
        <source>Listing backups</source>
        <translation>Listar säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="81"/>
        <source>Backing up</source>
        <translation>Säkerhetskopierar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="82"/>
        <source>Backed up.</source>
        <translation>Säkerhetskopierat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="91"/>
        <source>Restoring a backup</source>
        <translation>Återställer en säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="104"/>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="214"/>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="246"/>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="108"/>
        <source>Regulars copies your data here every day you use it, before every import and before each update. Each copy is checked when it is made.</source>
        <translation>Regulars kopierar dina data hit varje dag du använder det, före varje import och före varje uppdatering. Varje kopia kontrolleras när den görs.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="119"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="119"/>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="119"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="119"/>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="132"/>
        <source>No backups yet. The first one is made today.</source>
        <translation>Inga säkerhetskopior än. Den första görs i dag.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="137"/>
        <source>Keep the newest</source>
        <translation>Behåll de</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="143"/>
        <source>backups of each kind (copies made before an update are all kept)</source>
        <translation>senaste säkerhetskopiorna av varje slag (kopior från före en uppdatering sparas alla)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="152"/>
        <source>Show the folder</source>
        <translation>Visa mappen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="156"/>
        <source>Back up now</source>
        <translation>Säkerhetskopiera nu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="159"/>
        <source>Restore…</source>
        <translation>Återställ…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="162"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="167"/>
        <source>This window is read-only: backups are made and restored in the window that has your data open.</source>
        <translation>Det här fönstret är skrivskyddat: säkerhetskopior görs och återställs i fönstret som har dina data öppna.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="178"/>
        <source>Working…</source>
        <translation>Arbetar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="189"/>
        <source>Folder: %1</source>
        <translation>Mapp: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="197"/>
        <source>encrypted</source>
        <translation>krypterad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="198"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="199"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="199"/>
        <source>Damaged</source>
        <translation>Skadad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="199"/>
        <source>Not checked</source>
        <translation>Inte kontrollerad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="224"/>
        <source>Restore this backup?</source>
        <translation>Återställa den här säkerhetskopian?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="225"/>
        <source>Put your data back as it was on %1? What changed since then will be replaced. Your data as it is now is backed up first, so you can come back to it.</source>
        <translation>Återställa dina data som de var %1? Det som ändrats sedan dess ersätts. Dina data som de är nu säkerhetskopieras först, så att du kan gå tillbaka till dem.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="230"/>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="236"/>
        <source>Restored. Your data as it was just before is kept as a backup.</source>
        <translation>Återställt. Dina data från precis innan sparas som en säkerhetskopia.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="245"/>
        <source>That did not work.</source>
        <translation>Det fungerade inte.</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="20"/>
        <source>Undone %1</source>
        <translation>Ångrad %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="21"/>
        <source>Imported</source>
        <translation>Importerad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="25"/>
        <source>Reviews</source>
        <translation>Recensioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="25"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="26"/>
        <source>Orders</source>
        <translation>Beställningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="34"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="36"/>
        <source>Contains</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="37"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="38"/>
        <source>Imported on</source>
        <translation>Importdatum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="40"/>
        <source>Added</source>
        <translation>Tillagda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="41"/>
        <source>Already there</source>
        <translation>Fanns redan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="42"/>
        <source>Rows that were already in Regulars and were skipped</source>
        <translation>Rader som redan fanns i Regulars och hoppades över</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="43"/>
        <source>Updated</source>
        <translation>Ändrade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="45"/>
        <source>Stored rows this file changed (undone with it)</source>
        <translation>Sparade rader som filen ändrade (ångras tillsammans med den)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="46"/>
        <source>Skipped</source>
        <translation>Överhoppade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="47"/>
        <source>Rows that could not be read</source>
        <translation>Rader som inte kunde läsas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="52"/>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../desktop/ui/widgets/drop_zone.py" line="43"/>
        <source>Choose files…</source>
        <translation>Välj filer…</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="71"/>
        <source>Choose a passphrase of at least %1 characters.</source>
        <translation>Välj en lösenfras på minst %1 tecken.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="75"/>
        <source>The two passphrases are not the same.</source>
        <translation>De två lösenfraserna är inte likadana.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="80"/>
        <source>Encrypting your data</source>
        <translation>Krypterar dina data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="85"/>
        <source>Store your data unencrypted?</source>
        <translation>Spara dina data okrypterade?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="86"/>
        <source>Anyone who can open this computer&apos;s files will be able to read your reviews and customers. Continue?</source>
        <translation>Alla som kan öppna den här datorns filer kommer att kunna läsa dina recensioner och kunder. Fortsätta?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="91"/>
        <source>Removing the encryption</source>
        <translation>Tar bort krypteringen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="96"/>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="178"/>
        <source>Encryption</source>
        <translation>Kryptering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="112"/>
        <source>New passphrase</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="113"/>
        <source>The same again</source>
        <translation>Samma igen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="115"/>
        <source>Write the passphrase down somewhere safe. Without it nobody can open your data, not even Regulars. Your backups are encrypted with it too.</source>
        <translation>Skriv ner lösenfrasen på ett säkert ställe. Utan den kan ingen öppna dina data, inte ens Regulars. Dina säkerhetskopior krypteras också med den.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="125"/>
        <source>Remove the encryption…</source>
        <translation>Ta bort krypteringen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="133"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="141"/>
        <source>Your data is encrypted</source>
        <translation>Dina data är krypterade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="142"/>
        <source>Regulars asks for the passphrase each time it opens. You can choose a new one here.</source>
        <translation>Regulars frågar efter lösenfrasen varje gång det öppnas. Här kan du välja en ny.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="144"/>
        <source>Change the passphrase</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="146"/>
        <source>Your data is not encrypted</source>
        <translation>Dina data är inte krypterade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="147"/>
        <source>Anyone who can open this computer&apos;s files can read your reviews and customers. Encrypt them with a passphrase that only you know.</source>
        <translation>Alla som kan öppna den här datorns filer kan läsa dina recensioner och kunder. Kryptera dem med en lösenfras som bara du känner till.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="149"/>
        <source>Encrypt</source>
        <translation>Kryptera</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="156"/>
        <source>This window is read-only: change the encryption in the window that has your data open.</source>
        <translation>Det här fönstret är skrivskyddat: ändra krypteringen i fönstret som har dina data öppna.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="160"/>
        <source>Working… this rewrites the whole file and can take a minute.</source>
        <translation>Arbetar… hela filen skrivs om och det kan ta en minut.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="170"/>
        <source>Done: your data and its backups are encrypted.</source>
        <translation>Klart: dina data och deras säkerhetskopior är krypterade.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="171"/>
        <source>Done: your data and its backups are stored unencrypted.</source>
        <translation>Klart: dina data och deras säkerhetskopior sparas okrypterade.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="75"/>
        <source>Something needs your attention</source>
        <translation>Något behöver din uppmärksamhet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="84"/>
        <source>Sorry, something went wrong on our side. Your data has not been changed.

The details were written to:
{path}</source>
        <translation>Tyvärr gick något fel hos oss. Dina data har inte ändrats.

Detaljerna har skrivits till:
{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="89"/>
        <source>Sorry, something went wrong</source>
        <translation>Tyvärr gick något fel</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="70"/>
        <source>All sources</source>
        <translation>Alla källor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="71"/>
        <source>All languages</source>
        <translation>Alla språk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="105"/>
        <source>Search reviews, authors…</source>
        <translation>Sök recensioner, skribenter…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="116"/>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="117"/>
        <source>Any</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="122"/>
        <source>All time</source>
        <translation>Hela tiden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="122"/>
        <source>Last 30 days</source>
        <translation>Senaste 30 dagarna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="123"/>
        <source>Last 90 days</source>
        <translation>Senaste 90 dagarna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="123"/>
        <source>Last 12 months</source>
        <translation>Senaste 12 månaderna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="124"/>
        <source>Custom dates…</source>
        <translation>Välj datum…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="137"/>
        <source>Stars</source>
        <translation>Stjärnor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="139"/>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="144"/>
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="31"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="32"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="33"/>
        <source>Rating</source>
        <translation>Betyg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="34"/>
        <source>Review text</source>
        <translation>Recensionstext</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="35"/>
        <source>Reviewer</source>
        <translation>Skribent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="36"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="37"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="38"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="39"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="40"/>
        <source>Your reply</source>
        <translation>Ditt svar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="41"/>
        <source>Reply date</source>
        <translation>Svarsdatum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="42"/>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="43"/>
        <source>Recommends</source>
        <translation>Rekommenderar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="44"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="45"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="46"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="47"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="48"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="49"/>
        <source>Birthday</source>
        <translation>Födelsedag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="50"/>
        <source>E-mail consent</source>
        <translation>Samtycke e-post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="51"/>
        <source>SMS consent</source>
        <translation>Samtycke sms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="52"/>
        <source>Order number</source>
        <translation>Ordernummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="53"/>
        <source>Order date</source>
        <translation>Orderdatum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="54"/>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="55"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="56"/>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="57"/>
        <source>Unit price</source>
        <translation>Styckpris</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="58"/>
        <source>Line total</source>
        <translation>Radsumma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="59"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="60"/>
        <source>Customer ID</source>
        <translation>Kund-ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="61"/>
        <source>Customer name</source>
        <translation>Kundnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="62"/>
        <source>Customer e-mail</source>
        <translation>Kundens e-post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="63"/>
        <source>Customer phone</source>
        <translation>Kundens telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="64"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="65"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="66"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="67"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="68"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="69"/>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="86"/>
        <source>(ignore)</source>
        <translation>(ignorera)</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="59"/>
        <source>Loading import history</source>
        <translation>Läser in importhistoriken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="68"/>
        <source>Undoing import</source>
        <translation>Ångrar importen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="73"/>
        <source>Undo import?</source>
        <translation>Ångra importen?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="74"/>
        <source>Remove the %1 rows that “%2” added on %3?

Rows that were already there stay.</source>
        <translation>Ta bort de %1 rader som ”%2” lade till %3?

Rader som redan fanns ligger kvar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="85"/>
        <source>Undoing merge</source>
        <translation>Ångrar sammanslagningen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="90"/>
        <source>Undo merge?</source>
        <translation>Ångra sammanslagningen?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="91"/>
        <source>Split “%1” back into two customers?

The %2 record becomes a customer of its own again, and the values it changed go back to what they were.</source>
        <translation>Dela upp ”%1” i två kunder igen?

Posten från %2 blir en egen kund igen, och värdena den ändrade återställs.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="93"/>
        <source>this customer</source>
        <translation>den här kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="111"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="115"/>
        <source>Drop files here to import them</source>
        <translation>Släpp filer här för att importera dem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="116"/>
        <source>Google and Tripadvisor review exports, your till&apos;s customer and order exports, or any spreadsheet (CSV, Excel, JSON). Importing the same file twice changes nothing.</source>
        <translation>Recensionsexporter från Google och Tripadvisor, kund- och orderexporter från kassan eller valfritt kalkylark (CSV, Excel, JSON). Att importera samma fil två gånger ändrar ingenting.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="127"/>
        <source>Import history</source>
        <translation>Importhistorik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="128"/>
        <location filename="../../desktop/ui/pages/import_page.py" line="209"/>
        <source>Customer merges</source>
        <translation>Sammanslagna kunder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="140"/>
        <source>Nothing imported yet. Files you import will be listed here, and each import can be undone.</source>
        <translation>Inget har importerats än. Filer du importerar visas här, och varje import kan ångras.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="152"/>
        <source>When a customer in one file has the same e-mail or phone as a customer from another system, Regulars keeps one customer. Undo a merge if they are really two people.</source>
        <translation>När en kund i en fil har samma e-post eller telefon som en kund från ett annat system behåller Regulars en kund. Ångra sammanslagningen om det faktiskt är två personer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="166"/>
        <source>No customers have been merged. Merges happen when you import customer lists from more than one system.</source>
        <translation>Inga kunder har slagits samman. Det händer när du importerar kundlistor från mer än ett system.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="208"/>
        <source>Customer merges (%1)</source>
        <translation>Sammanslagna kunder (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="218"/>
        <location filename="../../desktop/ui/pages/import_page.py" line="232"/>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="221"/>
        <source>Make these two customers again</source>
        <translation>Gör dem till två kunder igen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="222"/>
        <location filename="../../desktop/ui/pages/import_page.py" line="236"/>
        <source>Already undone</source>
        <translation>Redan ångrad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="235"/>
        <source>Remove what this import added</source>
        <translation>Ta bort det som importen lade till</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="73"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="74"/>
        <source>Already there</source>
        <translation>Fanns redan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="75"/>
        <source>Joins a customer</source>
        <translation>Kopplas till kund</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="76"/>
        <source>Updates the stored one</source>
        <translation>Ändrar den sparade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="77"/>
        <source>Not imported</source>
        <translation>Importeras inte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="206"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="206"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="288"/>
        <source>What happens</source>
        <translation>Vad som händer</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="148"/>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="257"/>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="296"/>
        <source>Import preview</source>
        <translation>Förhandsgranska import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="159"/>
        <source>Nothing has been imported yet. Check what Regulars found, fix the columns if needed, then import.</source>
        <translation>Inget har importerats än. Kontrollera vad Regulars hittade, rätta kolumnerna vid behov och importera sedan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="186"/>
        <source>Don&apos;t ask again for recognised formats</source>
        <translation>Fråga inte igen för kända format</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="187"/>
        <source>Import files Regulars recognises for certain straight away, unless rows are rejected or a question needs your answer.</source>
        <translation>Importera filer som Regulars säkert känner igen direkt, om inte rader avvisas eller en fråga behöver ditt svar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="199"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="201"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="211"/>
        <source>Reviews</source>
        <translation>Recensioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="211"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="212"/>
        <source>Orders</source>
        <translation>Beställningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="215"/>
        <source>reviews</source>
        <translation>recensioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="215"/>
        <source>customers</source>
        <translation>kunder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="216"/>
        <source>orders</source>
        <translation>beställningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="237"/>
        <source>Reading “%1”…</source>
        <translation>Läser ”%1”…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="291"/>
        <source>Regulars cannot read “%1”:
%2</source>
        <translation>Regulars kan inte läsa ”%1”:
%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="294"/>
        <source>Something went wrong while reading this file.</source>
        <translation>Något gick fel när filen lästes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="312"/>
        <source>Not a format Regulars knows. Tell it which column holds what; nothing is imported until you do.</source>
        <translation>Regulars känner inte till formatet. Ange vad varje kolumn innehåller; inget importeras förrän du gjort det.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="316"/>
        <source>Choose, for at least one column, what it holds.</source>
        <translation>Välj vad minst en kolumn innehåller.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="333"/>
        <source>A spreadsheet read by its column names</source>
        <translation>Kalkylark som läses via kolumnnamnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="334"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="348"/>
        <source>%1: %2 new, %3 already there</source>
        <translation>%1: %2 nya, %3 fanns redan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="365"/>
        <source>mapped by you</source>
        <translation>kopplat av dig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="367"/>
        <source>recognised for certain</source>
        <translation>säkert igenkänt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="368"/>
        <source>a good guess (%1% sure) — check the columns</source>
        <translation>en bra gissning (%1% säker) — kontrollera kolumnerna</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="385"/>
        <source>Import %Ln row(s)</source>
        <translation>
            <numerusform>Importera %Ln rad</numerusform>
            <numerusform>Importera %Ln rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="386"/>
        <source>Skip the %Ln rejected row(s)</source>
        <translation>
            <numerusform>Hoppa över den avvisade raden</numerusform>
            <numerusform>Hoppa över de %Ln avvisade raderna</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="393"/>
        <source>Reading…</source>
        <translation>Läser…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="395"/>
        <source>Answer the question about dates in “%1” first.</source>
        <translation>Svara först på frågan om datum i ”%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="398"/>
        <source>Answer the question about dates first.</source>
        <translation>Svara först på frågan om datum.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="400"/>
        <source>Without skipping, importing is all or nothing: fix the rejected rows in the file, or tick “Skip”.</source>
        <translation>Utan att hoppa över gäller allt eller inget: rätta de avvisade raderna i filen eller kryssa i ”Hoppa över”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="403"/>
        <source>There is nothing Regulars can import from here yet.</source>
        <translation>Här finns inget som Regulars kan importera än.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="405"/>
        <source>Everything in here is already in Regulars.</source>
        <translation>Allt här finns redan i Regulars.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="408"/>
        <source>“%1” is left out: it cannot be read, or its columns are not chosen yet.</source>
        <translation>”%1” utelämnas: den kan inte läsas eller så är kolumnerna inte valda än.</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="41"/>
        <source>%1 and %2</source>
        <translation>%1 och %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="55"/>
        <source>reviews</source>
        <translation>recensioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="55"/>
        <source>customers</source>
        <translation>kunder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="56"/>
        <source>orders</source>
        <translation>beställningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="61"/>
        <source>Row %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="64"/>
        <source>…and %1 more</source>
        <translation>…och %1 till</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="78"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="78"/>
        <source>Added</source>
        <translation>Tillagda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="79"/>
        <source>Already there</source>
        <translation>Fanns redan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="79"/>
        <source>Updated</source>
        <translation>Ändrade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="80"/>
        <source>Skipped</source>
        <translation>Överhoppade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="86"/>
        <source>These files could not be imported:</source>
        <translation>De här filerna kunde inte importeras:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="92"/>
        <source>There was nothing to import.</source>
        <translation>Det fanns inget att importera.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="108"/>
        <source>Nothing was imported</source>
        <translation>Inget importerades</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="110"/>
        <source>Everything in these files was already in Regulars</source>
        <translation>Allt i filerna fanns redan i Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="111"/>
        <source>Imported %1</source>
        <translation>Importerat: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="114"/>
        <source>Import finished</source>
        <translation>Importen är klar</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="25"/>
        <source>%Ln new review(s)</source>
        <translation>
            <numerusform>%Ln ny recension</numerusform>
            <numerusform>%Ln nya recensioner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="27"/>
        <source>%Ln new customer(s)</source>
        <translation>
            <numerusform>%Ln ny kund</numerusform>
            <numerusform>%Ln nya kunder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="29"/>
        <source>%Ln new order(s)</source>
        <translation>
            <numerusform>%Ln ny beställning</numerusform>
            <numerusform>%Ln nya beställningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="30"/>
        <source>%Ln new row(s)</source>
        <translation>
            <numerusform>%Ln ny rad</numerusform>
            <numerusform>%Ln nya rader</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="61"/>
        <source>Exports (*.csv *.tsv *.txt *.xlsx *.xls *.json *.zip);;All files (*)</source>
        <translation>Exporter (*.csv *.tsv *.txt *.xlsx *.xls *.json *.zip);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="123"/>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>Dagens säkerhetskopia kunde inte göras: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="126"/>
        <source>Backing up</source>
        <translation>Säkerhetskopierar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="143"/>
        <source>Updating the analysis of your reviews</source>
        <translation>Uppdaterar analysen av dina recensioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="153"/>
        <source>Reading your reviews again with the latest analysis… %1%</source>
        <translation>Läser om dina recensioner med den senaste analysen… %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="164"/>
        <source>This window is read-only: import in the window that has your data open.</source>
        <translation>Det här fönstret är skrivskyddat: importera i fönstret som har dina data öppna.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="168"/>
        <location filename="../../desktop/ui/main_window.py" line="195"/>
        <source>An import is already running; please wait for it.</source>
        <translation>En import pågår redan; vänta tills den är klar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="181"/>
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="198"/>
        <source>Importing %1…</source>
        <translation>Importerar %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="200"/>
        <source>Importing %1 files…</source>
        <translation>Importerar %1 filer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="204"/>
        <source>Backing up your data first…</source>
        <translation>Säkerhetskopierar dina data först…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="205"/>
        <source>Nothing was imported: Regulars could not back up your data first (%1).</source>
        <translation>Inget importerades: Regulars kunde inte säkerhetskopiera dina data först (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="224"/>
        <location filename="../../desktop/ui/main_window.py" line="383"/>
        <location filename="../../desktop/ui/main_window.py" line="522"/>
        <source>Import</source>
        <translation>Importera</translation>
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
        <translation>%1 (skrivskyddat)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="290"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Importera filer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="292"/>
        <source>Import review, customer or order exports</source>
        <translation>Importera recensions-, kund- eller orderexporter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="294"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="297"/>
        <source>&amp;About Regulars</source>
        <translation>&amp;Om Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="299"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="301"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="306"/>
        <source>&amp;Backups…</source>
        <translation>Säkerhets&amp;kopior…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="309"/>
        <source>&amp;Encryption…</source>
        <translation>K&amp;ryptering…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="314"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="316"/>
        <source>Main toolbar</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="328"/>
        <source>Open in another window: read-only. Importing and changes are off here; close the other window and open Regulars again to make changes.</source>
        <translation>Öppnat i ett annat fönster: skrivskyddat. Import och ändringar är avstängda här; stäng det andra fönstret och öppna Regulars igen för att ändra.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="356"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="383"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="383"/>
        <source>Reviews</source>
        <translation>Recensioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="383"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="383"/>
        <source>Messages</source>
        <translation>Meddelanden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="420"/>
        <source>Import files</source>
        <translation>Importera filer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="447"/>
        <source>Settings saved.</source>
        <translation>Inställningarna har sparats.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="456"/>
        <source>Backup restored.</source>
        <translation>Säkerhetskopian återställd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="484"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="496"/>
        <source>The analysis of your reviews could not be updated now; Regulars will try again next time.</source>
        <translation>Analysen av dina recensioner kunde inte uppdateras nu; Regulars försöker igen nästa gång.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="501"/>
        <source>%Ln review(s) read again with the latest analysis.</source>
        <translation>
            <numerusform>%Ln recension omläst med den senaste analysen.</numerusform>
            <numerusform>%Ln recensioner omlästa med den senaste analysen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="506"/>
        <source>nothing new</source>
        <translation>inget nytt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="507"/>
        <source>Import finished: %1</source>
        <translation>Importen är klar: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="516"/>
        <source>Import cancelled. The file being read when you pressed Cancel was not imported.</source>
        <translation>Importen avbröts. Filen som lästes när du tryckte på Avbryt importerades inte.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="521"/>
        <source>Import failed.</source>
        <translation>Importen misslyckades.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="532"/>
        <source>About Regulars</source>
        <translation>Om Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="533"/>
        <source>&lt;h3&gt;Regulars&lt;/h3&gt;&lt;p&gt;Understand your reviews and know your regulars.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: your files are read here and nothing is uploaded.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Regulars&lt;/h3&gt;&lt;p&gt;Förstå dina recensioner och lär känna dina stamgäster.&lt;/p&gt;&lt;p&gt;Allt stannar på den här datorn: dina filer läses här och inget laddas upp.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="98"/>
        <source>Column in your file</source>
        <translation>Kolumn i din fil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="99"/>
        <source>Goes into</source>
        <translation>Blir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="100"/>
        <source>Example</source>
        <translation>Exempel</translation>
    </message>
</context>
<context>
    <name>MergesModel</name>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="36"/>
        <source>Spreadsheet</source>
        <translation>Kalkylblad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="47"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="52"/>
        <source>Same e-mail</source>
        <translation>Samma e-post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="54"/>
        <source>Same phone</source>
        <translation>Samma telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="64"/>
        <source>nothing</source>
        <translation>inget</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="66"/>
        <source> and </source>
        <translation> och </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="70"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="80"/>
        <source>Undone %1</source>
        <translation>Ångrad %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="81"/>
        <source>Merged</source>
        <translation>Sammanslagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="92"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="94"/>
        <source>Merged in</source>
        <translation>Sammanslagen post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="96"/>
        <source>Because</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="98"/>
        <source>What changed</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="100"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="102"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="104"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="125"/>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="160"/>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
</context>
<context>
    <name>NameListEditor</name>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="120"/>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="124"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="37"/>
        <source>That passphrase does not open “%1”. Capital letters count. Try again:</source>
        <translation>Den lösenfrasen öppnar inte ”%1”. Stora bokstäver räknas. Försök igen:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="40"/>
        <source>Your data in “%1” is encrypted. Type its passphrase:</source>
        <translation>Dina data i ”%1” är krypterade. Skriv lösenfrasen:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="42"/>
        <source>Regulars — passphrase</source>
        <translation>Regulars — lösenfras</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="45"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../desktop/ui/pages/placeholders.py" line="36"/>
        <source>Coming soon</source>
        <translation>Kommer snart</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/placeholders.py" line="55"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/placeholders.py" line="56"/>
        <source>A one-page summary of your week: how ratings are moving, what guests praise and complain about most, and which regulars you have not seen for a while.</source>
        <translation>Din vecka på en sida: hur betygen utvecklas, vad gästerna berömmer och klagar på mest och vilka stamgäster du inte sett på ett tag.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/placeholders.py" line="62"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/placeholders.py" line="63"/>
        <source>Your regulars from your till and loyalty exports: who visits often, who has lapsed, and what they like to order.</source>
        <translation>Dina stamgäster från kassa- och lojalitetsexporter: vem som kommer ofta, vem som slutat komma och vad de gärna beställer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/placeholders.py" line="69"/>
        <source>Messages</source>
        <translation>Meddelanden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/placeholders.py" line="70"/>
        <source>Draft thank-you notes and win-back messages for the guests who agreed to hear from you, ready to send from your own email or SMS tool.</source>
        <translation>Utkast till tackmeddelanden och återvinningsmeddelanden till gäster som vill höra från dig, redo att skicka från ditt eget e-post- eller sms-verktyg.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="148"/>
        <source>Updating the preview…</source>
        <translation>Uppdaterar förhandsvisningen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="174"/>
        <source>new</source>
        <translation>nya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="174"/>
        <source>already there</source>
        <translation>fanns redan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="175"/>
        <source>rejected</source>
        <translation>avvisade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="175"/>
        <source>join a customer</source>
        <translation>läggs till en kund</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="176"/>
        <source>updated</source>
        <translation>ändrade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="204"/>
        <source>Row %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="223"/>
        <source>day first</source>
        <translation>dag först</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="223"/>
        <source>month first</source>
        <translation>månad först</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="225"/>
        <source>Dates in the column “%1” can be read two ways. Is %2 the %3 or %4?</source>
        <translation>Datum i kolumnen ”%1” kan läsas på två sätt. Är %2 = %3 eller %4?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="227"/>
        <source>%1 = %2 (day first, as in the UK and Europe)</source>
        <translation>%1 = %2 (dag först, som i Europa)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="229"/>
        <source>%1 = %2 (month first, as in the US)</source>
        <translation>%1 = %2 (månad först, som i USA)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="264"/>
        <source>This file holds</source>
        <translation>Filen innehåller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="307"/>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="329"/>
        <source>First rows, as Regulars will store them</source>
        <translation>Första raderna, så som Regulars sparar dem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="345"/>
        <source>Rows that cannot be imported</source>
        <translation>Rader som inte kan importeras</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="355"/>
        <source>Reading “%1”…</source>
        <translation>Läser ”%1”…</translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="47"/>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="49"/>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="50"/>
        <source>Mixed</source>
        <translation>Blandad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="91"/>
        <source>Recommends</source>
        <translation>Rekommenderar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="91"/>
        <source>Doesn&apos;t recommend</source>
        <translation>Rekommenderar inte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="112"/>
        <source>%1 out of 5</source>
        <translation>%1 av 5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="126"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="129"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="131"/>
        <source>Rating</source>
        <translation>Betyg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="133"/>
        <source>Sentiment</source>
        <translation>Ton</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="136"/>
        <source>Author</source>
        <translation>Skribent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="138"/>
        <source>Review</source>
        <translation>Recension</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="139"/>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="141"/>
        <source>You replied to this review</source>
        <translation>Du har svarat på recensionen</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="65"/>
        <source>Food</source>
        <translation>Mat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="66"/>
        <source>Drinks</source>
        <translation>Dryck</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="67"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="68"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="69"/>
        <source>Ambience</source>
        <translation>Atmosfär</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="70"/>
        <source>Cleanliness</source>
        <translation>Renlighet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="71"/>
        <source>Waiting</source>
        <translation>Väntetid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="72"/>
        <source>Your dishes</source>
        <translation>Dina rätter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="73"/>
        <source>Your staff</source>
        <translation>Din personal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="76"/>
        <source>food poisoning</source>
        <translation>matförgiftning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="77"/>
        <source>allergic reaction</source>
        <translation>allergisk reaktion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="78"/>
        <source>something in the food</source>
        <translation>främmande föremål i maten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="79"/>
        <source>pests</source>
        <translation>skadedjur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="80"/>
        <source>hygiene</source>
        <translation>hygien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="81"/>
        <source>legal threat</source>
        <translation>rättsligt hot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="122"/>
        <location filename="../../desktop/ui/pages/reviews.py" line="283"/>
        <source>Loading reviews</source>
        <translation>Läser in recensioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="135"/>
        <location filename="../../desktop/ui/pages/reviews.py" line="173"/>
        <source>Reviews</source>
        <translation>Recensioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="137"/>
        <source>What your guests say, across every site you are listed on.</source>
        <translation>Vad dina gäster säger, på alla sajter där du finns.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="151"/>
        <source>No reviews yet</source>
        <translation>Inga recensioner än</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="152"/>
        <source>Drop your Google, Tripadvisor or spreadsheet export here, or use Import.
Regulars reads the file on this computer; nothing is uploaded.</source>
        <translation>Släpp din export från Google, Tripadvisor eller ett kalkylark här, eller använd Importera.
Regulars läser filen på den här datorn; inget laddas upp.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="174"/>
        <source>Average rating</source>
        <translation>Snittbetyg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="175"/>
        <source>Last 30 days</source>
        <translation>Senaste 30 dagarna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="176"/>
        <source>Needing a reply</source>
        <translation>Obesvarade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="215"/>
        <source>No reviews match these filters.</source>
        <translation>Inga recensioner matchar filtren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="246"/>
        <source>Loading your reviews…</source>
        <translation>Läser in dina recensioner…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="285"/>
        <source>Your reviews could not be loaded.</source>
        <translation>Dina recensioner kunde inte läsas in.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="295"/>
        <source>matching your filters</source>
        <translation>som matchar filtren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="296"/>
        <source>all time</source>
        <translation>totalt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="298"/>
        <source>no star ratings yet</source>
        <translation>inga betyg än</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="303"/>
        <source>no rated reviews in the last 30 days</source>
        <translation>inga betyg de senaste 30 dagarna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="305"/>
        <source>nothing to compare with before</source>
        <translation>inget att jämföra med</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="309"/>
        <source>→ steady vs previous 30 days (%1)</source>
        <translation>→ stabilt mot 30 dagar innan (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="311"/>
        <source>▲ %1 vs previous 30 days</source>
        <translation>▲ %1 mot 30 dagar innan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="313"/>
        <source>▼ %1 vs previous 30 days</source>
        <translation>▼ %1 mot 30 dagar innan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="315"/>
        <source>reviews without your reply</source>
        <translation>recensioner utan ditt svar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="320"/>
        <source>Select a review to read it in full.</source>
        <translation>Välj en recension för att läsa hela.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="330"/>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="344"/>
        <source>(This review has stars but no text.)</source>
        <translation>(Recensionen har stjärnor men ingen text.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="347"/>
        <source>Your reply</source>
        <translation>Ditt svar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="347"/>
        <source>No reply yet</source>
        <translation>Inget svar än</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="358"/>
        <source>Health or safety claim:</source>
        <translation>Anklagelse om hälsa eller säkerhet:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="89"/>
        <source>Loading settings</source>
        <translation>Läser in inställningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="91"/>
        <source>Looking for names in your reviews</source>
        <translation>Letar efter namn i dina recensioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="137"/>
        <source>Saving settings</source>
        <translation>Sparar inställningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="150"/>
        <source>Re-reading your reviews with your dishes and staff</source>
        <translation>Läser om dina recensioner med dina rätter och din personal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="157"/>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="265"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="173"/>
        <source>e.g. The Corner Café</source>
        <translation>t.ex. Hörnkaféet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="174"/>
        <source>Business name</source>
        <translation>Företagsnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="178"/>
        <source>Not set (numbers must start with +)</source>
        <translation>Inte angivet (nummer börjar med +)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="181"/>
        <source>Phone numbers are from</source>
        <translation>Telefonnummer från</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="182"/>
        <source>Phone numbers in your files written without a country code (like 07700 900123) are read as numbers of this country, so the same customer is recognised across your till, your mailing list and your booking system.</source>
        <translation>Telefonnummer utan landsnummer i dina filer (som 070 123 45 67) läses som nummer i det här landet, så att samma kund känns igen i kassan, utskickslistan och bokningssystemet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="206"/>
        <source>Always show the import preview, even for files Regulars recognises</source>
        <translation>Visa alltid förhandsgranskningen, även för filer som Regulars känner igen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="190"/>
        <source>Same as this computer</source>
        <translation>Samma som datorn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="203"/>
        <source>Language of the window</source>
        <translation>Språk i fönstret</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="196"/>
        <source>Regulars will speak this language the next time it starts.</source>
        <translation>Regulars använder det här språket nästa gång det startar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="214"/>
        <source>Your business</source>
        <translation>Ditt företag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="222"/>
        <source>Your dishes and staff</source>
        <translation>Rätter och personal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="251"/>
        <source>Suggestions from your reviews</source>
        <translation>Förslag från dina recensioner</translation>
    </message>
</context>
<context>
    <name>TermsEditor</name>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="209"/>
        <source>Regulars looks for these names in your reviews, so you can see what people say about each dish and each member of your team.</source>
        <translation>Regulars letar efter namnen i dina recensioner, så att du ser vad folk säger om varje rätt och varje person i ditt team.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="216"/>
        <source>Dishes and drinks</source>
        <translation>Mat och dryck</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="216"/>
        <source>e.g. Pastel de nata</source>
        <translation>t.ex. Pastel de nata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="217"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="217"/>
        <source>e.g. Marco</source>
        <translation>t.ex. Marco</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="223"/>
        <source>Suggestions from your reviews</source>
        <translation>Förslag från dina recensioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="229"/>
        <source>Name or phrase</source>
        <translation>Namn eller fras</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="229"/>
        <source>Reviews mentioning it</source>
        <translation>Recensioner som nämner det</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="244"/>
        <source>Add as dish</source>
        <translation>Lägg till som rätt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="248"/>
        <source>Add as staff</source>
        <translation>Lägg till som personal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="267"/>
        <source>Looking through your reviews…</source>
        <translation>Går igenom dina recensioner…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="270"/>
        <source>No suggestions yet: names show up here once several reviews mention them.</source>
        <translation>Inga förslag än: namn visas här när flera recensioner nämner dem.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="272"/>
        <source>Pick a name and add it as a dish or as a member of staff.</source>
        <translation>Välj ett namn och lägg till det som rätt eller som personal.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="66"/>
        <source>Average rating</source>
        <translation>Snittbetyg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="81"/>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="112"/>
        <source>Reviews</source>
        <translation>Recensioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="112"/>
        <source>Stars</source>
        <translation>Stjärnor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="129"/>
        <source>Rating over time</source>
        <translation>Betyg över tid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="133"/>
        <source>Average stars</source>
        <translation>Snittbetyg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="134"/>
        <source>Number of reviews</source>
        <translation>Antal recensioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="142"/>
        <source>Weekly</source>
        <translation>Per vecka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="142"/>
        <source>Monthly</source>
        <translation>Per månad</translation>
    </message>
</context>
</TS>
