<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop/ui/application.py" line="101"/>
        <location filename="../../desktop/ui/application.py" line="105"/>
        <source>Cannot open the database</source>
        <translation>Kan de database niet openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="106"/>
        <source>Regulars could not open its database. The details were written to the log file.</source>
        <translation>Regulars kon de database niet openen. De details staan in het logbestand.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="36"/>
        <source>Daily</source>
        <translation>Dagelijks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="37"/>
        <source>Before an import</source>
        <translation>Vóór een import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="38"/>
        <source>Before an update of Regulars</source>
        <translation>Vóór een update van Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="39"/>
        <source>Before a restore</source>
        <translation>Vóór een herstel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="40"/>
        <source>Before encrypting</source>
        <translation>Vóór het versleutelen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="41"/>
        <source>Made by you</source>
        <translation>Door jou gemaakt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="71"/>
        <source>Listing backups</source>
        <translation>Back-ups ophalen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="81"/>
        <source>Backing up</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="82"/>
        <source>Backed up.</source>
        <translation>Back-up gemaakt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="91"/>
        <source>Restoring a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="104"/>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="214"/>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="246"/>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="108"/>
        <source>Regulars copies your data here every day you use it, before every import and before each update. Each copy is checked when it is made.</source>
        <translation>Regulars kopieert je gegevens hierheen op elke dag dat je het gebruikt, vóór elke import en vóór elke update. Elke kopie wordt gecontroleerd als ze gemaakt wordt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="119"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="119"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="119"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="119"/>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="132"/>
        <source>No backups yet. The first one is made today.</source>
        <translation>Nog geen back-ups. De eerste wordt vandaag gemaakt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="137"/>
        <source>Keep the newest</source>
        <translation>Bewaar de</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="143"/>
        <source>backups of each kind (copies made before an update are all kept)</source>
        <translation>nieuwste back-ups van elke soort (kopieën van vóór een update blijven allemaal)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="152"/>
        <source>Show the folder</source>
        <translation>Map tonen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="156"/>
        <source>Back up now</source>
        <translation>Nu back-up maken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="159"/>
        <source>Restore…</source>
        <translation>Terugzetten…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="162"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="167"/>
        <source>This window is read-only: backups are made and restored in the window that has your data open.</source>
        <translation>Dit venster is alleen-lezen: back-ups maak en herstel je in het venster waarin je gegevens open zijn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="178"/>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="189"/>
        <source>Folder: %1</source>
        <translation>Map: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="197"/>
        <source>encrypted</source>
        <translation>versleuteld</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="198"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="199"/>
        <source>OK</source>
        <translation>In orde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="199"/>
        <source>Damaged</source>
        <translation>Beschadigd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="199"/>
        <source>Not checked</source>
        <translation>Niet gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="224"/>
        <source>Restore this backup?</source>
        <translation>Deze back-up terugzetten?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="225"/>
        <source>Put your data back as it was on %1? What changed since then will be replaced. Your data as it is now is backed up first, so you can come back to it.</source>
        <translation>Je gegevens terugzetten zoals ze waren op %1? Wat sindsdien veranderd is, wordt vervangen. Je gegevens zoals ze nu zijn worden eerst geback-upt, zodat je ernaar terug kunt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="230"/>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="236"/>
        <source>Restored. Your data as it was just before is kept as a backup.</source>
        <translation>Teruggezet. Je gegevens van vlak daarvoor blijven bewaard als back-up.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="245"/>
        <source>That did not work.</source>
        <translation>Dat is niet gelukt.</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="20"/>
        <source>Undone %1</source>
        <translation>Ongedaan op %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="21"/>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="25"/>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="25"/>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="26"/>
        <source>Orders</source>
        <translation>Bestellingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="34"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="36"/>
        <source>Contains</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="37"/>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="38"/>
        <source>Imported on</source>
        <translation>Geïmporteerd op</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="40"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="41"/>
        <source>Already there</source>
        <translation>Al aanwezig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="42"/>
        <source>Rows that were already in Regulars and were skipped</source>
        <translation>Rijen die al in Regulars stonden en zijn overgeslagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="43"/>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="45"/>
        <source>Stored rows this file changed (undone with it)</source>
        <translation>Opgeslagen rijen die dit bestand heeft gewijzigd (worden mee ongedaan gemaakt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="46"/>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="47"/>
        <source>Rows that could not be read</source>
        <translation>Rijen die niet gelezen konden worden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="52"/>
        <source>Undo</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../desktop/ui/widgets/drop_zone.py" line="43"/>
        <source>Choose files…</source>
        <translation>Bestanden kiezen…</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="71"/>
        <source>Choose a passphrase of at least %1 characters.</source>
        <translation>Kies een wachtzin van minstens %1 tekens.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="75"/>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtzinnen zijn niet gelijk.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="80"/>
        <source>Encrypting your data</source>
        <translation>Je gegevens versleutelen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="85"/>
        <source>Store your data unencrypted?</source>
        <translation>Je gegevens onversleuteld opslaan?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="86"/>
        <source>Anyone who can open this computer&apos;s files will be able to read your reviews and customers. Continue?</source>
        <translation>Iedereen die de bestanden van deze computer kan openen, kan dan je reviews en klanten lezen. Doorgaan?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="91"/>
        <source>Removing the encryption</source>
        <translation>Versleuteling verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="96"/>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="178"/>
        <source>Encryption</source>
        <translation>Versleuteling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="112"/>
        <source>New passphrase</source>
        <translation>Nieuwe wachtzin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="113"/>
        <source>The same again</source>
        <translation>Nogmaals dezelfde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="115"/>
        <source>Write the passphrase down somewhere safe. Without it nobody can open your data, not even Regulars. Your backups are encrypted with it too.</source>
        <translation>Schrijf de wachtzin op een veilige plek op. Zonder kan niemand je gegevens openen, ook Regulars niet. Je back-ups worden er ook mee versleuteld.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="125"/>
        <source>Remove the encryption…</source>
        <translation>Versleuteling verwijderen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="133"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="141"/>
        <source>Your data is encrypted</source>
        <translation>Je gegevens zijn versleuteld</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="142"/>
        <source>Regulars asks for the passphrase each time it opens. You can choose a new one here.</source>
        <translation>Regulars vraagt bij elke start om de wachtzin. Hier kun je een nieuwe kiezen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="144"/>
        <source>Change the passphrase</source>
        <translation>Wachtzin wijzigen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="146"/>
        <source>Your data is not encrypted</source>
        <translation>Je gegevens zijn niet versleuteld</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="147"/>
        <source>Anyone who can open this computer&apos;s files can read your reviews and customers. Encrypt them with a passphrase that only you know.</source>
        <translation>Iedereen die de bestanden van deze computer kan openen, kan je reviews en klanten lezen. Versleutel ze met een wachtzin die alleen jij kent.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="149"/>
        <source>Encrypt</source>
        <translation>Versleutelen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="156"/>
        <source>This window is read-only: change the encryption in the window that has your data open.</source>
        <translation>Dit venster is alleen-lezen: wijzig de versleuteling in het venster waarin je gegevens open zijn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="160"/>
        <source>Working… this rewrites the whole file and can take a minute.</source>
        <translation>Bezig… het hele bestand wordt herschreven, dat kan een minuut duren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="170"/>
        <source>Done: your data and its backups are encrypted.</source>
        <translation>Klaar: je gegevens en hun back-ups zijn versleuteld.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="171"/>
        <source>Done: your data and its backups are stored unencrypted.</source>
        <translation>Klaar: je gegevens en hun back-ups worden onversleuteld opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="75"/>
        <source>Something needs your attention</source>
        <translation>Je aandacht is nodig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="84"/>
        <source>Sorry, something went wrong on our side. Your data has not been changed.

The details were written to:
{path}</source>
        <translation>Sorry, er ging bij ons iets mis. Je gegevens zijn niet gewijzigd.

De details staan in:
{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="89"/>
        <source>Sorry, something went wrong</source>
        <translation>Sorry, er ging iets mis</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="70"/>
        <source>All sources</source>
        <translation>Alle bronnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="71"/>
        <source>All languages</source>
        <translation>Alle talen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="105"/>
        <source>Search reviews, authors…</source>
        <translation>Zoek reviews, auteurs…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="116"/>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="117"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="122"/>
        <source>All time</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="122"/>
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="123"/>
        <source>Last 90 days</source>
        <translation>Laatste 90 dagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="123"/>
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="124"/>
        <source>Custom dates…</source>
        <translation>Datums kiezen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="137"/>
        <source>Stars</source>
        <translation>Sterren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="139"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="144"/>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
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
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="33"/>
        <source>Rating</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="34"/>
        <source>Review text</source>
        <translation>Reviewtekst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="35"/>
        <source>Reviewer</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="36"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="37"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="38"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="39"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="40"/>
        <source>Your reply</source>
        <translation>Jouw reactie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="41"/>
        <source>Reply date</source>
        <translation>Reactiedatum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="42"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="43"/>
        <source>Recommends</source>
        <translation>Beveelt aan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="44"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="45"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="46"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="47"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="48"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="49"/>
        <source>Birthday</source>
        <translation>Verjaardag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="50"/>
        <source>E-mail consent</source>
        <translation>Toestemming e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="51"/>
        <source>SMS consent</source>
        <translation>Toestemming sms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="52"/>
        <source>Order number</source>
        <translation>Bestelnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="53"/>
        <source>Order date</source>
        <translation>Besteldatum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="54"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="55"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="56"/>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="57"/>
        <source>Unit price</source>
        <translation>Stukprijs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="58"/>
        <source>Line total</source>
        <translation>Regeltotaal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="59"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="60"/>
        <source>Customer ID</source>
        <translation>Klant-ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="61"/>
        <source>Customer name</source>
        <translation>Klantnaam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="62"/>
        <source>Customer e-mail</source>
        <translation>E-mail klant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="63"/>
        <source>Customer phone</source>
        <translation>Telefoon klant</translation>
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
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="67"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="68"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="69"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="86"/>
        <source>(ignore)</source>
        <translation>(negeren)</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="59"/>
        <source>Loading import history</source>
        <translation>Importgeschiedenis laden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="68"/>
        <source>Undoing import</source>
        <translation>Import ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="73"/>
        <source>Undo import?</source>
        <translation>Import ongedaan maken?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="74"/>
        <source>Remove the %1 rows that “%2” added on %3?

Rows that were already there stay.</source>
        <translation>De %1 rijen verwijderen die „%2” op %3 heeft toegevoegd?

Rijen die er al waren, blijven staan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="85"/>
        <source>Undoing merge</source>
        <translation>Samenvoeging ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="90"/>
        <source>Undo merge?</source>
        <translation>Samenvoeging ongedaan maken?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="91"/>
        <source>Split “%1” back into two customers?

The %2 record becomes a customer of its own again, and the values it changed go back to what they were.</source>
        <translation>„%1” weer splitsen in twee klanten?

Het record uit %2 wordt weer een aparte klant, en de waarden die het wijzigde worden teruggezet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="93"/>
        <source>this customer</source>
        <translation>deze klant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="111"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="115"/>
        <source>Drop files here to import them</source>
        <translation>Sleep bestanden hierheen om ze te importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="116"/>
        <source>Google and Tripadvisor review exports, your till&apos;s customer and order exports, or any spreadsheet (CSV, Excel, JSON). Importing the same file twice changes nothing.</source>
        <translation>Review-exports van Google en Tripadvisor, klant- en bestelexports van je kassa, of elke spreadsheet (CSV, Excel, JSON). Hetzelfde bestand twee keer importeren verandert niets.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="127"/>
        <source>Import history</source>
        <translation>Importgeschiedenis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="128"/>
        <location filename="../../desktop/ui/pages/import_page.py" line="209"/>
        <source>Customer merges</source>
        <translation>Samengevoegde klanten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="140"/>
        <source>Nothing imported yet. Files you import will be listed here, and each import can be undone.</source>
        <translation>Nog niets geïmporteerd. Bestanden die je importeert verschijnen hier, en elke import kan ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="152"/>
        <source>When a customer in one file has the same e-mail or phone as a customer from another system, Regulars keeps one customer. Undo a merge if they are really two people.</source>
        <translation>Als een klant in een bestand hetzelfde e-mailadres of telefoonnummer heeft als een klant uit een ander systeem, houdt Regulars één klant over. Maak de samenvoeging ongedaan als het echt twee mensen zijn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="166"/>
        <source>No customers have been merged. Merges happen when you import customer lists from more than one system.</source>
        <translation>Er zijn geen klanten samengevoegd. Dat gebeurt als je klantenlijsten uit meer dan één systeem importeert.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="208"/>
        <source>Customer merges (%1)</source>
        <translation>Samengevoegde klanten (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="218"/>
        <location filename="../../desktop/ui/pages/import_page.py" line="232"/>
        <source>Undo</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="221"/>
        <source>Make these two customers again</source>
        <translation>Maak hier weer twee klanten van</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="222"/>
        <location filename="../../desktop/ui/pages/import_page.py" line="236"/>
        <source>Already undone</source>
        <translation>Al ongedaan gemaakt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="235"/>
        <source>Remove what this import added</source>
        <translation>Verwijder wat deze import heeft toegevoegd</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="73"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="74"/>
        <source>Already there</source>
        <translation>Al aanwezig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="75"/>
        <source>Joins a customer</source>
        <translation>Koppelt aan klant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="76"/>
        <source>Updates the stored one</source>
        <translation>Werkt de opgeslagen bij</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="77"/>
        <source>Not imported</source>
        <translation>Niet geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="206"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="206"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="288"/>
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="148"/>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="257"/>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="296"/>
        <source>Import preview</source>
        <translation>Importvoorbeeld</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="159"/>
        <source>Nothing has been imported yet. Check what Regulars found, fix the columns if needed, then import.</source>
        <translation>Er is nog niets geïmporteerd. Controleer wat Regulars heeft gevonden, pas zo nodig de kolommen aan en importeer dan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="186"/>
        <source>Don&apos;t ask again for recognised formats</source>
        <translation>Niet meer vragen bij herkende formaten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="187"/>
        <source>Import files Regulars recognises for certain straight away, unless rows are rejected or a question needs your answer.</source>
        <translation>Bestanden die Regulars zeker herkent meteen importeren, tenzij er rijen worden afgewezen of een vraag op je antwoord wacht.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="199"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="201"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="211"/>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="211"/>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="212"/>
        <source>Orders</source>
        <translation>Bestellingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="215"/>
        <source>reviews</source>
        <translation>reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="215"/>
        <source>customers</source>
        <translation>klanten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="216"/>
        <source>orders</source>
        <translation>bestellingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="237"/>
        <source>Reading “%1”…</source>
        <translation>„%1” lezen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="291"/>
        <source>Regulars cannot read “%1”:
%2</source>
        <translation>Regulars kan „%1” niet lezen:
%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="294"/>
        <source>Something went wrong while reading this file.</source>
        <translation>Er ging iets mis bij het lezen van dit bestand.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="312"/>
        <source>Not a format Regulars knows. Tell it which column holds what; nothing is imported until you do.</source>
        <translation>Regulars kent dit formaat niet. Geef aan wat elke kolom bevat; tot die tijd wordt er niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="316"/>
        <source>Choose, for at least one column, what it holds.</source>
        <translation>Kies voor minstens één kolom wat erin staat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="333"/>
        <source>A spreadsheet read by its column names</source>
        <translation>Spreadsheet gelezen via de kolomnamen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="334"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="348"/>
        <source>%1: %2 new, %3 already there</source>
        <translation>%1: %2 nieuw, %3 al aanwezig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="365"/>
        <source>mapped by you</source>
        <translation>door jou gekoppeld</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="367"/>
        <source>recognised for certain</source>
        <translation>zeker herkend</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="368"/>
        <source>a good guess (%1% sure) — check the columns</source>
        <translation>goede gok (%1% zeker) — controleer de kolommen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="385"/>
        <source>Import %Ln row(s)</source>
        <translation>
            <numerusform>%Ln rij importeren</numerusform>
            <numerusform>%Ln rijen importeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="386"/>
        <source>Skip the %Ln rejected row(s)</source>
        <translation>
            <numerusform>Afgewezen rij overslaan</numerusform>
            <numerusform>De %Ln afgewezen rijen overslaan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="393"/>
        <source>Reading…</source>
        <translation>Lezen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="395"/>
        <source>Answer the question about dates in “%1” first.</source>
        <translation>Beantwoord eerst de vraag over datums in „%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="398"/>
        <source>Answer the question about dates first.</source>
        <translation>Beantwoord eerst de vraag over datums.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="400"/>
        <source>Without skipping, importing is all or nothing: fix the rejected rows in the file, or tick “Skip”.</source>
        <translation>Zonder overslaan is importeren alles of niets: verbeter de afgewezen rijen in het bestand of vink „overslaan” aan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="403"/>
        <source>There is nothing Regulars can import from here yet.</source>
        <translation>Hier is nog niets wat Regulars kan importeren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="405"/>
        <source>Everything in here is already in Regulars.</source>
        <translation>Alles hierin staat al in Regulars.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="408"/>
        <source>“%1” is left out: it cannot be read, or its columns are not chosen yet.</source>
        <translation>„%1” wordt overgeslagen: het is onleesbaar of de kolommen zijn nog niet gekozen.</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="41"/>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="55"/>
        <source>reviews</source>
        <translation>reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="55"/>
        <source>customers</source>
        <translation>klanten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="56"/>
        <source>orders</source>
        <translation>bestellingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="61"/>
        <source>Row %1: %2</source>
        <translation>Rij %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="64"/>
        <source>…and %1 more</source>
        <translation>…en nog %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="78"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="78"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="79"/>
        <source>Already there</source>
        <translation>Al aanwezig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="79"/>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="80"/>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="86"/>
        <source>These files could not be imported:</source>
        <translation>Deze bestanden konden niet worden geïmporteerd:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="92"/>
        <source>There was nothing to import.</source>
        <translation>Er was niets om te importeren.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="108"/>
        <source>Nothing was imported</source>
        <translation>Er is niets geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="110"/>
        <source>Everything in these files was already in Regulars</source>
        <translation>Alles in deze bestanden stond al in Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="111"/>
        <source>Imported %1</source>
        <translation>Geïmporteerd: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="114"/>
        <source>Import finished</source>
        <translation>Import voltooid</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="25"/>
        <source>%Ln new review(s)</source>
        <translation>
            <numerusform>%Ln nieuwe review</numerusform>
            <numerusform>%Ln nieuwe reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="27"/>
        <source>%Ln new customer(s)</source>
        <translation>
            <numerusform>%Ln nieuwe klant</numerusform>
            <numerusform>%Ln nieuwe klanten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="29"/>
        <source>%Ln new order(s)</source>
        <translation>
            <numerusform>%Ln nieuwe bestelling</numerusform>
            <numerusform>%Ln nieuwe bestellingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="30"/>
        <source>%Ln new row(s)</source>
        <translation>
            <numerusform>%Ln nieuwe rij</numerusform>
            <numerusform>%Ln nieuwe rijen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="61"/>
        <source>Exports (*.csv *.tsv *.txt *.xlsx *.xls *.json *.zip);;All files (*)</source>
        <translation>Exports (*.csv *.tsv *.txt *.xlsx *.xls *.json *.zip);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="123"/>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>De back-up van vandaag kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="126"/>
        <source>Backing up</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="143"/>
        <source>Updating the analysis of your reviews</source>
        <translation>Analyse van je reviews bijwerken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="153"/>
        <source>Reading your reviews again with the latest analysis… %1%</source>
        <translation>Je reviews opnieuw lezen met de nieuwste analyse… %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="164"/>
        <source>This window is read-only: import in the window that has your data open.</source>
        <translation>Dit venster is alleen-lezen: importeer in het venster waarin je gegevens open zijn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="168"/>
        <location filename="../../desktop/ui/main_window.py" line="195"/>
        <source>An import is already running; please wait for it.</source>
        <translation>Er loopt al een import; wacht tot die klaar is.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="181"/>
        <source>Reading %1…</source>
        <translation>%1 lezen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="198"/>
        <source>Importing %1…</source>
        <translation>%1 importeren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="200"/>
        <source>Importing %1 files…</source>
        <translation>%1 bestanden importeren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="204"/>
        <source>Backing up your data first…</source>
        <translation>Eerst een back-up van je gegevens…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="205"/>
        <source>Nothing was imported: Regulars could not back up your data first (%1).</source>
        <translation>Er is niets geïmporteerd: Regulars kon eerst geen back-up van je gegevens maken (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="224"/>
        <location filename="../../desktop/ui/main_window.py" line="383"/>
        <location filename="../../desktop/ui/main_window.py" line="522"/>
        <source>Import</source>
        <translation>Import</translation>
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
        <translation>%1 (alleen-lezen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="290"/>
        <source>&amp;Import files…</source>
        <translation>Bestanden &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="292"/>
        <source>Import review, customer or order exports</source>
        <translation>Review-, klant- of bestelexports importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="294"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="297"/>
        <source>&amp;About Regulars</source>
        <translation>&amp;Over Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="299"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="301"/>
        <source>&amp;Settings…</source>
        <translation>In&amp;stellingen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="306"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Back-ups…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="309"/>
        <source>&amp;Encryption…</source>
        <translation>&amp;Versleuteling…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="314"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="316"/>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="328"/>
        <source>Open in another window: read-only. Importing and changes are off here; close the other window and open Regulars again to make changes.</source>
        <translation>Open in een ander venster: alleen-lezen. Importeren en wijzigen staan hier uit; sluit het andere venster en open Regulars opnieuw om iets te wijzigen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="356"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="383"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="383"/>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="383"/>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="383"/>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="420"/>
        <source>Import files</source>
        <translation>Bestanden importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="447"/>
        <source>Settings saved.</source>
        <translation>Instellingen opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="456"/>
        <source>Backup restored.</source>
        <translation>Back-up teruggezet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="484"/>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="496"/>
        <source>The analysis of your reviews could not be updated now; Regulars will try again next time.</source>
        <translation>De analyse van je reviews kon nu niet worden bijgewerkt; Regulars probeert het de volgende keer opnieuw.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="501"/>
        <source>%Ln review(s) read again with the latest analysis.</source>
        <translation>
            <numerusform>%Ln review opnieuw gelezen met de nieuwste analyse.</numerusform>
            <numerusform>%Ln reviews opnieuw gelezen met de nieuwste analyse.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="506"/>
        <source>nothing new</source>
        <translation>niets nieuws</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="507"/>
        <source>Import finished: %1</source>
        <translation>Import voltooid: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="516"/>
        <source>Import cancelled. The file being read when you pressed Cancel was not imported.</source>
        <translation>Import geannuleerd. Het bestand dat werd gelezen toen je op Annuleren drukte, is niet geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="521"/>
        <source>Import failed.</source>
        <translation>Import mislukt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="532"/>
        <source>About Regulars</source>
        <translation>Over Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="533"/>
        <source>&lt;h3&gt;Regulars&lt;/h3&gt;&lt;p&gt;Understand your reviews and know your regulars.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: your files are read here and nothing is uploaded.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Regulars&lt;/h3&gt;&lt;p&gt;Begrijp je reviews en ken je vaste gasten.&lt;/p&gt;&lt;p&gt;Alles blijft op deze computer: je bestanden worden hier gelezen en er wordt niets geüpload.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="98"/>
        <source>Column in your file</source>
        <translation>Kolom in je bestand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="99"/>
        <source>Goes into</source>
        <translation>Wordt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="100"/>
        <source>Example</source>
        <translation>Voorbeeld</translation>
    </message>
</context>
<context>
    <name>MergesModel</name>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="36"/>
        <source>Spreadsheet</source>
        <translation>Spreadsheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="47"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="52"/>
        <source>Same e-mail</source>
        <translation>Zelfde e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="54"/>
        <source>Same phone</source>
        <translation>Zelfde telefoon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="64"/>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="66"/>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="70"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="80"/>
        <source>Undone %1</source>
        <translation>Ongedaan op %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="81"/>
        <source>Merged</source>
        <translation>Samengevoegd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="92"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="94"/>
        <source>Merged in</source>
        <translation>Toegevoegd record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="96"/>
        <source>Because</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="98"/>
        <source>What changed</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="100"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="102"/>
        <source>When</source>
        <translation>Wanneer</translation>
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
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>NameListEditor</name>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="120"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="124"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="37"/>
        <source>That passphrase does not open “%1”. Capital letters count. Try again:</source>
        <translation>Met die wachtzin gaat ‘%1’ niet open. Hoofdletters tellen mee. Probeer het opnieuw:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="40"/>
        <source>Your data in “%1” is encrypted. Type its passphrase:</source>
        <translation>Je gegevens in ‘%1’ zijn versleuteld. Typ de wachtzin:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="42"/>
        <source>Regulars — passphrase</source>
        <translation>Regulars — wachtzin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="45"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../desktop/ui/pages/placeholders.py" line="36"/>
        <source>Coming soon</source>
        <translation>Binnenkort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/placeholders.py" line="55"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/placeholders.py" line="56"/>
        <source>A one-page summary of your week: how ratings are moving, what guests praise and complain about most, and which regulars you have not seen for a while.</source>
        <translation>Je week op één pagina: hoe de scores zich ontwikkelen, waar gasten het meest over juichen en klagen, en welke vaste gasten je al een tijd niet hebt gezien.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/placeholders.py" line="62"/>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/placeholders.py" line="63"/>
        <source>Your regulars from your till and loyalty exports: who visits often, who has lapsed, and what they like to order.</source>
        <translation>Je vaste gasten uit je kassa- en spaarprogramma-exports: wie vaak komt, wie wegblijft en wat ze graag bestellen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/placeholders.py" line="69"/>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/placeholders.py" line="70"/>
        <source>Draft thank-you notes and win-back messages for the guests who agreed to hear from you, ready to send from your own email or SMS tool.</source>
        <translation>Concepten voor bedankjes en terugwinberichten aan gasten die van je willen horen, klaar om te versturen vanuit je eigen e-mail- of sms-tool.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="148"/>
        <source>Updating the preview…</source>
        <translation>Voorbeeld bijwerken…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="174"/>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="174"/>
        <source>already there</source>
        <translation>al aanwezig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="175"/>
        <source>rejected</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="175"/>
        <source>join a customer</source>
        <translation>bij een klant gevoegd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="176"/>
        <source>updated</source>
        <translation>bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="204"/>
        <source>Row %1: %2</source>
        <translation>Rij %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="223"/>
        <source>day first</source>
        <translation>dag eerst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="223"/>
        <source>month first</source>
        <translation>maand eerst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="225"/>
        <source>Dates in the column “%1” can be read two ways. Is %2 the %3 or %4?</source>
        <translation>Datums in de kolom „%1” kunnen op twee manieren gelezen worden. Is %2 = %3 of %4?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="227"/>
        <source>%1 = %2 (day first, as in the UK and Europe)</source>
        <translation>%1 = %2 (dag eerst, zoals in Europa)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="229"/>
        <source>%1 = %2 (month first, as in the US)</source>
        <translation>%1 = %2 (maand eerst, zoals in de VS)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="264"/>
        <source>This file holds</source>
        <translation>Dit bestand bevat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="307"/>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="329"/>
        <source>First rows, as Regulars will store them</source>
        <translation>Eerste rijen, zoals Regulars ze opslaat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="345"/>
        <source>Rows that cannot be imported</source>
        <translation>Rijen die niet kunnen worden geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="355"/>
        <source>Reading “%1”…</source>
        <translation>„%1” lezen…</translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="47"/>
        <source>Positive</source>
        <translation>Positief</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="49"/>
        <source>Negative</source>
        <translation>Negatief</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="50"/>
        <source>Mixed</source>
        <translation>Gemengd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="91"/>
        <source>Recommends</source>
        <translation>Beveelt aan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="91"/>
        <source>Doesn&apos;t recommend</source>
        <translation>Beveelt niet aan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="112"/>
        <source>%1 out of 5</source>
        <translation>%1 van 5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="126"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="129"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="131"/>
        <source>Rating</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="133"/>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="136"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="138"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="139"/>
        <source>Reply</source>
        <translation>Antw.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="141"/>
        <source>You replied to this review</source>
        <translation>Je hebt op deze review gereageerd</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="65"/>
        <source>Food</source>
        <translation>Eten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="66"/>
        <source>Drinks</source>
        <translation>Drinken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="67"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="68"/>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="69"/>
        <source>Ambience</source>
        <translation>Sfeer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="70"/>
        <source>Cleanliness</source>
        <translation>Hygiëne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="71"/>
        <source>Waiting</source>
        <translation>Wachttijd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="72"/>
        <source>Your dishes</source>
        <translation>Je gerechten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="73"/>
        <source>Your staff</source>
        <translation>Je team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="76"/>
        <source>food poisoning</source>
        <translation>voedselvergiftiging</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="77"/>
        <source>allergic reaction</source>
        <translation>allergische reactie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="78"/>
        <source>something in the food</source>
        <translation>iets in het eten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="79"/>
        <source>pests</source>
        <translation>ongedierte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="80"/>
        <source>hygiene</source>
        <translation>hygiëne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="81"/>
        <source>legal threat</source>
        <translation>juridische dreiging</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="122"/>
        <location filename="../../desktop/ui/pages/reviews.py" line="283"/>
        <source>Loading reviews</source>
        <translation>Reviews laden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="135"/>
        <location filename="../../desktop/ui/pages/reviews.py" line="173"/>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="137"/>
        <source>What your guests say, across every site you are listed on.</source>
        <translation>Wat je gasten zeggen, op elke site waar je vermeld staat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="151"/>
        <source>No reviews yet</source>
        <translation>Nog geen reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="152"/>
        <source>Drop your Google, Tripadvisor or spreadsheet export here, or use Import.
Regulars reads the file on this computer; nothing is uploaded.</source>
        <translation>Sleep je export uit Google, Tripadvisor of een spreadsheet hierheen, of gebruik Import.
Regulars leest het bestand op deze computer; er wordt niets geüpload.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="174"/>
        <source>Average rating</source>
        <translation>Gem. score</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="175"/>
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="176"/>
        <source>Needing a reply</source>
        <translation>Zonder reactie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="215"/>
        <source>No reviews match these filters.</source>
        <translation>Geen reviews voldoen aan deze filters.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="246"/>
        <source>Loading your reviews…</source>
        <translation>Je reviews laden…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="285"/>
        <source>Your reviews could not be loaded.</source>
        <translation>Je reviews konden niet worden geladen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="295"/>
        <source>matching your filters</source>
        <translation>binnen je filters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="296"/>
        <source>all time</source>
        <translation>in totaal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="298"/>
        <source>no star ratings yet</source>
        <translation>nog geen scores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="303"/>
        <source>no rated reviews in the last 30 days</source>
        <translation>geen scores in de laatste 30 dagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="305"/>
        <source>nothing to compare with before</source>
        <translation>nog niets om mee te vergelijken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="309"/>
        <source>→ steady vs previous 30 days (%1)</source>
        <translation>→ stabiel t.o.v. 30 dagen ervoor (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="311"/>
        <source>▲ %1 vs previous 30 days</source>
        <translation>▲ %1 t.o.v. 30 dagen ervoor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="313"/>
        <source>▼ %1 vs previous 30 days</source>
        <translation>▼ %1 t.o.v. 30 dagen ervoor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="315"/>
        <source>reviews without your reply</source>
        <translation>reviews zonder jouw reactie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="320"/>
        <source>Select a review to read it in full.</source>
        <translation>Kies een review om hem helemaal te lezen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="330"/>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="344"/>
        <source>(This review has stars but no text.)</source>
        <translation>(Deze review heeft sterren maar geen tekst.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="347"/>
        <source>Your reply</source>
        <translation>Jouw reactie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="347"/>
        <source>No reply yet</source>
        <translation>Nog geen reactie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="358"/>
        <source>Health or safety claim:</source>
        <translation>Klacht over gezondheid of veiligheid:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="89"/>
        <source>Loading settings</source>
        <translation>Instellingen laden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="91"/>
        <source>Looking for names in your reviews</source>
        <translation>Namen zoeken in je reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="137"/>
        <source>Saving settings</source>
        <translation>Instellingen opslaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="150"/>
        <source>Re-reading your reviews with your dishes and staff</source>
        <translation>Je reviews opnieuw lezen met je gerechten en team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="157"/>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="265"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="173"/>
        <source>e.g. The Corner Café</source>
        <translation>bijv. Café de Hoek</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="174"/>
        <source>Business name</source>
        <translation>Bedrijfsnaam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="178"/>
        <source>Not set (numbers must start with +)</source>
        <translation>Niet ingesteld (nummers beginnen met +)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="181"/>
        <source>Phone numbers are from</source>
        <translation>Telefoonnummers uit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="182"/>
        <source>Phone numbers in your files written without a country code (like 07700 900123) are read as numbers of this country, so the same customer is recognised across your till, your mailing list and your booking system.</source>
        <translation>Telefoonnummers zonder landcode in je bestanden (zoals 06 12345678) worden gelezen als nummers uit dit land, zodat dezelfde klant wordt herkend in je kassa, je mailinglijst en je reserveringssysteem.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="206"/>
        <source>Always show the import preview, even for files Regulars recognises</source>
        <translation>Altijd het importvoorbeeld tonen, ook voor bestanden die Regulars herkent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="190"/>
        <source>Same as this computer</source>
        <translation>Zoals deze computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="203"/>
        <source>Language of the window</source>
        <translation>Taal van het venster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="196"/>
        <source>Regulars will speak this language the next time it starts.</source>
        <translation>Regulars gebruikt deze taal bij de volgende start.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="214"/>
        <source>Your business</source>
        <translation>Je zaak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="222"/>
        <source>Your dishes and staff</source>
        <translation>Gerechten en team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="251"/>
        <source>Suggestions from your reviews</source>
        <translation>Suggesties uit je reviews</translation>
    </message>
</context>
<context>
    <name>TermsEditor</name>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="209"/>
        <source>Regulars looks for these names in your reviews, so you can see what people say about each dish and each member of your team.</source>
        <translation>Regulars zoekt deze namen in je reviews, zodat je ziet wat mensen zeggen over elk gerecht en elk teamlid.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="216"/>
        <source>Dishes and drinks</source>
        <translation>Eten en drinken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="216"/>
        <source>e.g. Pastel de nata</source>
        <translation>bijv. Pastel de nata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="217"/>
        <source>Staff</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="217"/>
        <source>e.g. Marco</source>
        <translation>bijv. Marco</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="223"/>
        <source>Suggestions from your reviews</source>
        <translation>Suggesties uit je reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="229"/>
        <source>Name or phrase</source>
        <translation>Naam of woordgroep</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="229"/>
        <source>Reviews mentioning it</source>
        <translation>Reviews die het noemen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="244"/>
        <source>Add as dish</source>
        <translation>Toevoegen als gerecht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="248"/>
        <source>Add as staff</source>
        <translation>Toevoegen aan team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="267"/>
        <source>Looking through your reviews…</source>
        <translation>Je reviews doorzoeken…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="270"/>
        <source>No suggestions yet: names show up here once several reviews mention them.</source>
        <translation>Nog geen suggesties: namen verschijnen hier zodra meerdere reviews ze noemen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="272"/>
        <source>Pick a name and add it as a dish or as a member of staff.</source>
        <translation>Kies een naam en voeg die toe als gerecht of als teamlid.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="66"/>
        <source>Average rating</source>
        <translation>Gem. score</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="81"/>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="112"/>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="112"/>
        <source>Stars</source>
        <translation>Sterren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="129"/>
        <source>Rating over time</source>
        <translation>Score door de tijd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="133"/>
        <source>Average stars</source>
        <translation>Gem. sterren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="134"/>
        <source>Number of reviews</source>
        <translation>Aantal reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="142"/>
        <source>Weekly</source>
        <translation>Per week</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="142"/>
        <source>Monthly</source>
        <translation>Per maand</translation>
    </message>
</context>
</TS>
