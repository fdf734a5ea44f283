<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop/ui/application.py" line="111"/>
        <location filename="../../desktop/ui/application.py" line="123"/>
        <location filename="../../desktop/ui/application.py" line="128"/>
        <source>Cannot open the database</source>
        <translation>Det går inte att öppna databasen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="115"/>
        <source>Cannot reach the shared server</source>
        <translation>Det går inte att nå den delade servern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="116"/>
        <source>%1

Regulars opens the data file on this computer instead. Check the address in File &gt; Settings &gt; Shared server, or leave it empty to always use the file.</source>
        <translation>%1

Regulars öppnar i stället datafilen på den här datorn. Kontrollera adressen under Arkiv &gt; Inställningar &gt; Delad server, eller lämna den tom för att alltid använda filen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="129"/>
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
    <name>BackupsTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="266"/>
        <source>Backups kept of each kind</source>
        <translation>Säkerhetskopior som sparas av varje slag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="267"/>
        <source>Regulars makes a backup every day it opens, and before an import or an upgrade; the oldest beyond this number are removed.</source>
        <translation>Regulars gör en säkerhetskopia varje dag det öppnas, och före en import eller en uppdatering; de äldsta utöver detta antal tas bort.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="269"/>
        <source>See and restore backups…</source>
        <translation>Visa och återställ säkerhetskopior…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="270"/>
        <source>Encryption…</source>
        <translation>Kryptering…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="277"/>
        <source>Your data is on a shared server: back it up and protect it on the server (ask whoever runs it).</source>
        <translation>Dina data ligger på en delad server: säkerhetskopiera och skydda dem på servern (fråga den som sköter den).</translation>
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
    <name>BusinessTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="106"/>
        <source>e.g. The Corner Café</source>
        <translation>t.ex. Hörnkaféet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="107"/>
        <source>Business name</source>
        <translation>Företagsnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="109"/>
        <source>One a line, e.g.
High Street
Station Road</source>
        <translation>En per rad, t.ex.
Storgatan
Stationsgatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="112"/>
        <source>Locations</source>
        <translation>Platser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="117"/>
        <source>e.g. EUR</source>
        <translation>t.ex. SEK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="119"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="124"/>
        <source>Not set (numbers must start with +)</source>
        <translation>Inte angivet (nummer börjar med +)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="127"/>
        <source>Phone numbers are from</source>
        <translation>Telefonnummer från</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="128"/>
        <source>Phone numbers in your files written without a country code (like 07700 900123) are read as numbers of this country, so the same customer is recognised across your till, your mailing list and your booking system.</source>
        <translation>Telefonnummer utan landsnummer i dina filer (som 070 123 45 67) läses som nummer i det här landet, så att samma kund känns igen i kassan, utskickslistan och bokningssystemet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="134"/>
        <source>Messages are written in</source>
        <translation>Meddelanden skrivs på</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="135"/>
        <source>…when a customer&apos;s or reviewer&apos;s own language is not known.</source>
        <translation>…när kundens eller recensentens eget språk inte är känt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="174"/>
        <source>A currency is three letters, such as EUR, GBP or SEK (or leave it empty).</source>
        <translation>En valuta är tre bokstäver, till exempel SEK, EUR eller NOK (eller lämna tomt).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="177"/>
        <source>Regulars keeps at most %1 locations; there are %2.</source>
        <translation>Regulars sparar högst %1 platser; det finns %2.</translation>
    </message>
</context>
<context>
    <name>CampaignsTab</name>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="100"/>
        <source>Unknown offer tags. Use: %1</source>
        <translation>Okända erbjudandetaggar. Använd: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="106"/>
        <source>Write the new dish&apos;s name first.</source>
        <translation>Skriv först namnet på den nya rätten.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="110"/>
        <source>Preparing the drafts…</source>
        <translation>Förbereder utkasten…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="112"/>
        <location filename="../../desktop/ui/pages/messages.py" line="353"/>
        <source>Preparing drafts</source>
        <translation>Förbered utkast</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="121"/>
        <source>Loading past campaigns</source>
        <translation>Läser in tidigare kampanjer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="141"/>
        <source>Exporting messages</source>
        <translation>Exporterar meddelanden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="147"/>
        <source>Sending…</source>
        <translation>Skickar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="149"/>
        <source>Sending messages</source>
        <translation>Skickar meddelanden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="179"/>
        <source>Offer contains, e.g. meat, dairy</source>
        <translation>Erbjudandet innehåller, t.ex. kött, mejeri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="180"/>
        <source>Menu tags of what you offer: customers whose diet or allergies conflict are left out, and the list says why.</source>
        <translation>Menytaggar för det du erbjuder: kunder vars kost eller allergier inte passar lämnas utanför, och listan säger varför.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="183"/>
        <source>The new dish</source>
        <translation>Den nya rätten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="305"/>
        <source>Every tier</source>
        <translation>Alla nivåer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="187"/>
        <source>Your offer, if any (written as is)</source>
        <translation>Ditt erbjudande, om något (skrivs som det står)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="188"/>
        <source>Prepare drafts</source>
        <translation>Förbered utkast</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="198"/>
        <source>Pick a campaign and press Prepare drafts.</source>
        <translation>Välj en kampanj och tryck på Förbered utkast.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="201"/>
        <source>Import files…</source>
        <translation>Importera filer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="216"/>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="216"/>
        <source>Getting a message</source>
        <translation>Får ett meddelande</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="216"/>
        <source>Left out</source>
        <translation>Utelämnade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="238"/>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/message_draft_pane.py" line="88"/>
        <source>Select a customer to see their message.</source>
        <translation>Välj en kund för att se meddelandet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/message_draft_pane.py" line="53"/>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/message_draft_pane.py" line="60"/>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/message_draft_pane.py" line="62"/>
        <source>Open in my mail program</source>
        <translation>Öppna i mitt e-postprogram</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="260"/>
        <source>Edit the wording…</source>
        <translation>Redigera texten…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="262"/>
        <source>Export for mail merge…</source>
        <translation>Exportera för massutskick…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="263"/>
        <source>Writes one .eml file per e-mail and a CSV for your mail or SMS tool, and logs the messages as sent.</source>
        <translation>Skriver en .eml-fil per e-post och en CSV för ditt e-post- eller sms-verktyg, och loggar meddelandena som skickade.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="267"/>
        <source>Send by e-mail…</source>
        <translation>Skicka med e-post…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="269"/>
        <source>Sending settings…</source>
        <translation>Utskicksinställningar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="281"/>
        <source>Past campaigns</source>
        <translation>Tidigare kampanjer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="282"/>
        <source>Messages sent</source>
        <translation>Skickade meddelanden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="330"/>
        <source>%Ln message(s) ready.</source>
        <translation>
            <numerusform>%Ln meddelande klart.</numerusform>
            <numerusform>%Ln meddelanden klara.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="331"/>
        <source>%Ln customer(s) left out.</source>
        <translation>
            <numerusform>%Ln kund utelämnad.</numerusform>
            <numerusform>%Ln kunder utelämnade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="333"/>
        <source>%Ln of them held out at random, to measure whether the campaign works.</source>
        <translation>
            <numerusform>%Ln av dem undantagen slumpvis, för att mäta om kampanjen fungerar.</numerusform>
            <numerusform>%Ln av dem undantagna slumpvis, för att mäta om kampanjen fungerar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="336"/>
        <source>Nobody fits this campaign right now. Customers come from your till&apos;s and mailing list&apos;s exports: drop them on the Import page.</source>
        <translation>Ingen passar den här kampanjen just nu. Kunderna kommer från exporterna från kassan och e-postlistan: dra dem till sidan Importera.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="354"/>
        <source>The drafts could not be prepared.</source>
        <translation>Utkasten kunde inte förberedas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="365"/>
        <source>Difference: %1 points (95% interval %2 to %3)</source>
        <translation>Skillnad: %1 procentenheter (95 %-intervall %2 till %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/message_draft_pane.py" line="90"/>
        <source>%1 is left out: %2</source>
        <translation>%1 lämnas utanför: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/message_draft_pane.py" line="97"/>
        <source>To %1 &lt;%2&gt; by %3, in %4.</source>
        <translation>Till %1 &lt;%2&gt; via %3, på %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="386"/>
        <source>Logging the message</source>
        <translation>Loggar meddelandet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="398"/>
        <source>Logged: the frequency cap now counts this message.</source>
        <translation>Loggat: frekvensgränsen räknar nu med det här meddelandet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="405"/>
        <source>Export the messages into…</source>
        <translation>Exportera meddelandena till…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="410"/>
        <source>Send by e-mail</source>
        <translation>Skicka med e-post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="411"/>
        <source>Password of your mail account (not stored):</source>
        <translation>Lösenord till ditt e-postkonto (sparas inte):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="418"/>
        <source>Exported %Ln message(s) to %1 and logged them.</source>
        <translation>
            <numerusform>%Ln meddelande exporterat till %1 och loggat.</numerusform>
            <numerusform>%Ln meddelanden exporterade till %1 och loggade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="421"/>
        <source>Sent and logged %Ln message(s).</source>
        <translation>
            <numerusform>%Ln meddelande skickat och loggat.</numerusform>
            <numerusform>%Ln meddelanden skickade och loggade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="423"/>
        <source>%Ln could not be sent.</source>
        <translation>
            <numerusform>%Ln kunde inte skickas.</numerusform>
            <numerusform>%Ln kunde inte skickas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="425"/>
        <source>%Ln left out because of the frequency cap.</source>
        <translation>
            <numerusform>%Ln utelämnad på grund av frekvensgränsen.</numerusform>
            <numerusform>%Ln utelämnade på grund av frekvensgränsen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="120"/>
        <source>Record what %1 agreed to</source>
        <translation>Registrera vad %1 har godkänt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="129"/>
        <source>Only what the customer told you themselves. A receipt e-mail is not consent.</source>
        <translation>Bara det kunden själv har sagt till dig. En e-post för kvittot är inget samtycke.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="137"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="138"/>
        <source>Yes, they want to hear from us</source>
        <translation>Ja, vill höra från oss</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="139"/>
        <source>No, they do not</source>
        <translation>Nej, vill inte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="144"/>
        <source>Their answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="146"/>
        <source>What they were asked and how they answered, e.g. “ticked the newsletter box on the loyalty card, 3 May”</source>
        <translation>Vad kunden fick frågan om och vad hen svarade, t.ex. ”kryssade i nyhetsbrevet på stämpelkortet, 3 maj”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="149"/>
        <source>How</source>
        <translation>Hur</translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="111"/>
        <source>Select a customer to see their card: their rhythm, what they like, their reviews and what they agreed to receive.</source>
        <translation>Välj en kund för att se kortet: rytm, vad hen gillar, recensioner och vad hen har godkänt att få.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="140"/>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="147"/>
        <source>From %1</source>
        <translation>Från %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="149"/>
        <source>first visit %1</source>
        <translation>första besök %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="151"/>
        <source>birthday %1</source>
        <translation>födelsedag %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="158"/>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="158"/>
        <source>Consent…</source>
        <translation>Samtycke…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="159"/>
        <source>Export data…</source>
        <translation>Exportera data…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="159"/>
        <source>Erase…</source>
        <translation>Radera…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="176"/>
        <source>Tier and rhythm</source>
        <translation>Nivå och rytm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="182"/>
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="182"/>
        <source>None yet</source>
        <translation>Ingen än</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="183"/>
        <source>Segment</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="183"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="184"/>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="185"/>
        <source>%1 spent</source>
        <translation>%1 spenderat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="186"/>
        <source>In short</source>
        <translation>Kort sagt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="198"/>
        <source>no tier</source>
        <translation>ingen nivå</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="205"/>
        <source>Visits per month</source>
        <translation>Besök per månad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="211"/>
        <source>Counted from the customer file: no orders of theirs imported yet.</source>
        <translation>Räknat från kundfilen: inga av kundens beställningar är importerade än.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="216"/>
        <source>What they like</source>
        <translation>Vad hen gillar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="232"/>
        <source>Diet</source>
        <translation>Kost</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="233"/>
        <source>Allergies</source>
        <translation>Allergier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="242"/>
        <source>Staff notes</source>
        <translation>Personalens anteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="247"/>
        <source>Nothing noted yet. Use Edit… to add their usual order, diet or allergies.</source>
        <translation>Inget antecknat än. Med Redigera… kan du lägga till vanlig beställning, kost eller allergier.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="254"/>
        <source>Suggestions to check</source>
        <translation>Förslag att kontrollera</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="260"/>
        <source>Accept</source>
        <translation>Godkänn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="261"/>
        <source>Dismiss</source>
        <translation>Avfärda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="271"/>
        <source>An allergy counts only once you accept it.</source>
        <translation>En allergi räknas först när du godkänner den.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="277"/>
        <source>Their reviews</source>
        <translation>Kundens recensioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="284"/>
        <source>Confirmed</source>
        <translation>Bekräftad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="286"/>
        <source>Probably them (%1%)</source>
        <translation>Troligen den här kunden (%1 %)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="291"/>
        <source>It&apos;s them</source>
        <translation>Det är hen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="292"/>
        <source>Not them</source>
        <translation>Inte hen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="300"/>
        <source>… and %1 more</source>
        <translation>… och %1 till</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="305"/>
        <source>May we contact them?</source>
        <translation>Får vi höra av oss?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="312"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="312"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="318"/>
        <source>They said no before; a later “yes” was not applied: %1</source>
        <translation>Sa nej tidigare; ett senare ”ja” tillämpades inte: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="320"/>
        <source>no choice recorded</source>
        <translation>inget val registrerat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="323"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="323"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/customer_card.py" line="333"/>
        <source>%Ln message(s) sent; the last on %1: %2, by %3.</source>
        <translation>
            <numerusform>%n meddelande skickat; det senaste %1: %2, via %3.</numerusform>
            <numerusform>%n meddelanden skickade; det senaste %1: %2, via %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="340"/>
        <source>No message sent to them yet.</source>
        <translation>Inget meddelande skickat ännu.</translation>
    </message>
</context>
<context>
    <name>CustomerEditDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="39"/>
        <source>What %1 likes</source>
        <translation>Vad %1 gillar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="57"/>
        <source>Usual order</source>
        <translation>Vanlig beställning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="57"/>
        <source>oat flat white, extra hot</source>
        <translation>flat white med havremjölk, extra varm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="58"/>
        <source>Seating</source>
        <translation>Favoritplats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="58"/>
        <source>the window table</source>
        <translation>bordet vid fönstret</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="59"/>
        <source>Best time to contact</source>
        <translation>Bästa tid att höra av sig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="59"/>
        <source>weekday mornings</source>
        <translation>vardagsmorgnar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="65"/>
        <source>Not known</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="69"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="71"/>
        <source>No preference</source>
        <translation>Spelar ingen roll</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="75"/>
        <source>Preferred channel</source>
        <translation>Föredragen kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="78"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="81"/>
        <source>Diet and allergies</source>
        <translation>Kost och allergier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="83"/>
        <source>Health data: kept apart and used only to leave them out of offers that do not suit them, never to choose who gets an offer.</source>
        <translation>Hälsouppgifter: sparas separat och används bara för att utesluta kunden från erbjudanden som inte passar, aldrig för att välja vem som får ett erbjudande.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="96"/>
        <source>Allergies (the 14 EU allergens)</source>
        <translation>Allergier (EU:s 14 allergener)</translation>
    </message>
</context>
<context>
    <name>CustomerText</name>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="17"/>
        <location filename="../../desktop/ui/customer_text.py" line="65"/>
        <source>Vegetarian</source>
        <translation>Vegetarisk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="18"/>
        <location filename="../../desktop/ui/customer_text.py" line="64"/>
        <source>Vegan</source>
        <translation>Vegansk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="19"/>
        <source>Gluten-free</source>
        <translation>Glutenfri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="20"/>
        <source>Halal</source>
        <translation>Halal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="21"/>
        <source>Kosher</source>
        <translation>Kosher</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="22"/>
        <source>Dairy-free</source>
        <translation>Mjölkfri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="25"/>
        <source>Gluten (cereals)</source>
        <translation>Gluten (spannmål)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="26"/>
        <source>Crustaceans</source>
        <translation>Kräftdjur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="27"/>
        <source>Eggs</source>
        <translation>Ägg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="28"/>
        <location filename="../../desktop/ui/customer_text.py" line="57"/>
        <source>Fish</source>
        <translation>Fisk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="29"/>
        <source>Peanuts</source>
        <translation>Jordnötter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="30"/>
        <source>Soya</source>
        <translation>Soja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="31"/>
        <source>Milk (lactose)</source>
        <translation>Mjölk (laktos)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="32"/>
        <source>Tree nuts</source>
        <translation>Nötter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="33"/>
        <source>Celery</source>
        <translation>Selleri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="34"/>
        <source>Mustard</source>
        <translation>Senap</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="35"/>
        <source>Sesame</source>
        <translation>Sesam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="36"/>
        <source>Sulphites</source>
        <translation>Sulfiter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="37"/>
        <source>Lupin</source>
        <translation>Lupin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="38"/>
        <source>Molluscs</source>
        <translation>Blötdjur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="41"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="42"/>
        <source>SMS</source>
        <translation>sms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="43"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="46"/>
        <source>Usual order</source>
        <translation>Vanlig beställning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="47"/>
        <source>Diet</source>
        <translation>Kost</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="48"/>
        <source>Allergy</source>
        <translation>Allergi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="49"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="50"/>
        <source>Seating</source>
        <translation>Favoritplats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="51"/>
        <source>Preferred channel</source>
        <translation>Föredragen kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="52"/>
        <source>Best time to contact</source>
        <translation>Bästa tid att höra av sig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="53"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="56"/>
        <source>Meat</source>
        <translation>Kött</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="58"/>
        <source>Shellfish</source>
        <translation>Skaldjur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="59"/>
        <source>Dairy</source>
        <translation>Mejeri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="60"/>
        <source>Egg</source>
        <translation>Ägg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="61"/>
        <source>Gluten</source>
        <translation>Gluten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="62"/>
        <source>Nuts</source>
        <translation>Nötter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="63"/>
        <source>Alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="68"/>
        <source>from a staff note</source>
        <translation>från en personalanteckning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="69"/>
        <source>entered by you</source>
        <translation>inlagt av dig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="70"/>
        <source>confirmed by you</source>
        <translation>bekräftat av dig</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="91"/>
        <location filename="../../desktop/ui/customer_text.py" line="116"/>
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln besök</numerusform>
            <numerusform>%Ln besök</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="99"/>
        <source>First visit %Ln day(s) ago</source>
        <translation>
            <numerusform>Första besöket för %Ln dag sedan</numerusform>
            <numerusform>Första besöket för %Ln dagar sedan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="101"/>
        <source>One visit, %Ln day(s) ago</source>
        <translation>
            <numerusform>Ett besök, för %Ln dag sedan</numerusform>
            <numerusform>Ett besök, för %Ln dagar sedan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="103"/>
        <source>%Ln visit(s), no habit yet</source>
        <translation>
            <numerusform>%Ln besök, ingen vana än</numerusform>
            <numerusform>%Ln besök, ingen vana än</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="103"/>
        <location filename="../../desktop/ui/customer_text.py" line="114"/>
        <location filename="../../desktop/ui/customer_text.py" line="116"/>
        <source>last seen %Ln day(s) ago</source>
        <translation>
            <numerusform>senast för %Ln dag sedan</numerusform>
            <numerusform>senast för %Ln dagar sedan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="105"/>
        <location filename="../../desktop/ui/customer_text.py" line="107"/>
        <source>Not seen for %Ln day(s)</source>
        <translation>
            <numerusform>Inte sedd på %Ln dag</numerusform>
            <numerusform>Inte sedd på %Ln dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="105"/>
        <source>usually every %Ln day(s)</source>
        <translation>
            <numerusform>brukar komma varje dag</numerusform>
            <numerusform>brukar komma var %Ln:e dag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="108"/>
        <source>last year they took a break of %Ln day(s) at this time and came back</source>
        <translation>
            <numerusform>förra året vid den här tiden borta %Ln dag, sedan tillbaka</numerusform>
            <numerusform>förra året vid den här tiden borta %Ln dagar, sedan tillbaka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="111"/>
        <source>%Ln visit(s) in the last %1 weeks</source>
        <translation>
            <numerusform>%Ln besök de senaste %1 veckorna</numerusform>
            <numerusform>%Ln besök de senaste %1 veckorna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="112"/>
        <source>about %Ln expected from their rhythm</source>
        <translation>
            <numerusform>omkring %Ln väntat enligt rytmen</numerusform>
            <numerusform>omkring %Ln väntade enligt rytmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="114"/>
        <source>Usually every %Ln day(s)</source>
        <translation>
            <numerusform>Brukar komma varje dag</numerusform>
            <numerusform>Brukar komma var %Ln:e dag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="118"/>
        <source>%Ln visit(s) in the customer file, no dates</source>
        <translation>
            <numerusform>%Ln besök i kundfilen, utan datum</numerusform>
            <numerusform>%Ln besök i kundfilen, utan datum</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="119"/>
        <source>No visit known yet</source>
        <translation>Inget besök känt än</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="123"/>
        <source>Not in a tier yet</source>
        <translation>Ingen nivå än</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="126"/>
        <source>%Ln visit(s) in the last %1 days</source>
        <translation>
            <numerusform>%Ln besök de senaste %1 dagarna</numerusform>
            <numerusform>%Ln besök de senaste %1 dagarna</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="128"/>
        <source>%1 spent in the last %2 days</source>
        <translation>%1 spenderat de senaste %2 dagarna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="133"/>
        <source>Not enough visits to tell</source>
        <translation>För få besök för att säga</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="134"/>
        <source>came recently</source>
        <translation>var här nyligen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="134"/>
        <source>not seen for a while</source>
        <translation>inte sedd på ett tag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="135"/>
        <source>not seen for a long time</source>
        <translation>inte sedd på länge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="136"/>
        <source>comes often</source>
        <translation>kommer ofta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="136"/>
        <source>comes now and then</source>
        <translation>kommer då och då</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="137"/>
        <source>comes rarely</source>
        <translation>kommer sällan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="138"/>
        <source>spends a lot</source>
        <translation>handlar mycket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="138"/>
        <source>spends about average</source>
        <translation>handlar som genomsnittet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="139"/>
        <source>spends little</source>
        <translation>handlar lite</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="145"/>
        <source>On %1 of %Ln visit(s)</source>
        <translation>
            <numerusform>Vid %1 av %Ln besök</numerusform>
            <numerusform>Vid %1 av %Ln besök</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="148"/>
        <source>%Ln visit(s) with food, never meat or fish</source>
        <translation>
            <numerusform>%Ln besök med mat, aldrig kött eller fisk</numerusform>
            <numerusform>%Ln besök med mat, aldrig kött eller fisk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="150"/>
        <source>Wrote %1 of %Ln review(s) in this language</source>
        <translation>
            <numerusform>Skrev %1 av %Ln recension på det här språket</numerusform>
            <numerusform>Skrev %1 av %Ln recensioner på det här språket</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="153"/>
        <source>Their review: “%1”</source>
        <translation>I recensionen: ”%1”</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="32"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="33"/>
        <location filename="../../desktop/ui/models/customers_model.py" line="42"/>
        <source>Regular</source>
        <translation>Stamkund</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="34"/>
        <source>At risk</source>
        <translation>I riskzonen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="35"/>
        <source>Lapsed</source>
        <translation>Borta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="36"/>
        <source>One-off</source>
        <translation>Engångs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="43"/>
        <source>Gold</source>
        <translation>Guld</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="44"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="48"/>
        <source>vegetarian</source>
        <translation>vegetarian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="49"/>
        <source>vegan</source>
        <translation>vegan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="50"/>
        <source>gluten-free</source>
        <translation>glutenfri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="51"/>
        <source>halal</source>
        <translation>halal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="52"/>
        <source>kosher</source>
        <translation>kosher</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="53"/>
        <source>dairy-free</source>
        <translation>mjölkfri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="54"/>
        <source>big spender</source>
        <translation>storhandlare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="55"/>
        <source>birthday this month</source>
        <translation>fyller år i månaden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="108"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="111"/>
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="113"/>
        <source>Segment</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="117"/>
        <source>Last visit</source>
        <translation>Senaste besök</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="119"/>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="121"/>
        <source>Spend</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="124"/>
        <source>Tags</source>
        <translation>Etiketter</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="139"/>
        <location filename="../../desktop/ui/pages/customers.py" line="349"/>
        <source>Loading customers</source>
        <translation>Läser in kunder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="174"/>
        <location filename="../../desktop/ui/pages/customers.py" line="200"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="176"/>
        <source>Who your regulars are, who is slipping away, and what each one likes.</source>
        <translation>Vilka dina stamkunder är, vem som håller på att försvinna och vad var och en gillar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="187"/>
        <source>No customers yet</source>
        <translation>Inga kunder än</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="188"/>
        <source>Drop your till&apos;s customer list or sales export here (Square, Shopify, Loyverse, Toast, SumUp, Zettle, Lightspeed) or a Mailchimp audience, or use Import.
Orders that name their customer bring the customer with them. Everything stays on this computer.</source>
        <translation>Släpp kassans kundlista eller försäljningsexport här (Square, Shopify, Loyverse, Toast, SumUp, Zettle, Lightspeed) eller en Mailchimp-målgrupp, eller använd Importera.
Beställningar som anger kunden tar med kunden. Allt stannar på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="201"/>
        <source>Regulars</source>
        <translation>Stamkunder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="202"/>
        <source>At risk</source>
        <translation>I riskzonen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="203"/>
        <source>Lapsed</source>
        <translation>Borta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="204"/>
        <source>Tier moves</source>
        <translation>Nivåbyten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="212"/>
        <source>Search name, e-mail or phone</source>
        <translation>Sök namn, e-post eller telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="216"/>
        <source>All segments</source>
        <translation>Alla grupper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="221"/>
        <location filename="../../desktop/ui/pages/customers.py" line="358"/>
        <source>All tiers</source>
        <translation>Alla nivåer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="224"/>
        <location filename="../../desktop/ui/pages/customers.py" line="371"/>
        <source>All locations</source>
        <translation>Alla platser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="230"/>
        <source>Tiers…</source>
        <translation>Nivåer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="232"/>
        <source>Menu…</source>
        <translation>Meny…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="294"/>
        <source>No customers match these filters.</source>
        <translation>Inga kunder matchar filtren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="323"/>
        <source>Loading your customers…</source>
        <translation>Läser in dina kunder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="351"/>
        <source>Your customers could not be loaded.</source>
        <translation>Det gick inte att läsa in dina kunder.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="361"/>
        <source>No tier</source>
        <translation>Ingen nivå</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="393"/>
        <source>as of %1</source>
        <translation>per %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="394"/>
        <source>%1 of them with visits; judged as of the latest order.</source>
        <translation>%1 av dem med besök; bedömt per senaste beställning.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="396"/>
        <source>in their rhythm</source>
        <translation>i sin rytm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="398"/>
        <source>slower than usual</source>
        <translation>mer sällan än vanligt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="399"/>
        <source>well past their rhythm</source>
        <translation>långt över sin rytm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="400"/>
        <source>this month</source>
        <translation>den här månaden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="412"/>
        <source>%1 shown</source>
        <translation>%1 visas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="434"/>
        <location filename="../../desktop/ui/pages/customers.py" line="446"/>
        <source>Loading the customer</source>
        <translation>Läser in kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="479"/>
        <source>Saving the customer</source>
        <translation>Sparar kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="493"/>
        <source>Recording consent</source>
        <translation>Registrerar samtycke</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="499"/>
        <source>Export this customer&apos;s data to</source>
        <translation>Exportera kundens data till</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="506"/>
        <source>Exported %1 files to %2</source>
        <translation>Exporterade %1 filer till %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="509"/>
        <source>Exporting</source>
        <translation>Exporterar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="513"/>
        <source>Erase this customer?</source>
        <translation>Radera den här kunden?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="514"/>
        <source>Erase %1 and everything about them: contact details, notes, diet and allergies, consent, and which reviews they wrote. Their orders stay as anonymous sales. This cannot be undone; the erasure is logged without any personal data.</source>
        <translation>Radera %1 och allt om kunden: kontaktuppgifter, anteckningar, kost och allergier, samtycken och vilka recensioner hen skrev. Beställningarna finns kvar som anonym försäljning. Det går inte att ångra; raderingen loggas utan personuppgifter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="526"/>
        <source>The customer was erased.</source>
        <translation>Kunden har raderats.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="528"/>
        <source>Erasing</source>
        <translation>Raderar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="533"/>
        <location filename="../../desktop/ui/pages/customers.py" line="537"/>
        <source>Saving</source>
        <translation>Sparar</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../desktop/ui/widgets/drop_zone.py" line="48"/>
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
        <location filename="../../desktop/ui/errors.py" line="77"/>
        <source>Something needs your attention</source>
        <translation>Något behöver din uppmärksamhet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="86"/>
        <source>Sorry, something went wrong on our side. Your data has not been changed.

The details were written to:
{path}</source>
        <translation>Tyvärr gick något fel hos oss. Dina data har inte ändrats.

Detaljerna har skrivits till:
{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="91"/>
        <source>Sorry, something went wrong</source>
        <translation>Tyvärr gick något fel</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="71"/>
        <source>All sources</source>
        <translation>Alla källor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="72"/>
        <source>All languages</source>
        <translation>Alla språk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="106"/>
        <source>Search reviews, authors…</source>
        <translation>Sök recensioner, skribenter…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="117"/>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="118"/>
        <source>Any</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="123"/>
        <source>All time</source>
        <translation>Hela tiden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="123"/>
        <source>Last 30 days</source>
        <translation>Senaste 30 dagarna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="124"/>
        <source>Last 90 days</source>
        <translation>Senaste 90 dagarna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="124"/>
        <source>Last 12 months</source>
        <translation>Senaste 12 månaderna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="125"/>
        <source>Custom dates…</source>
        <translation>Välj datum…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="138"/>
        <source>Stars</source>
        <translation>Stjärnor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="140"/>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="145"/>
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../desktop/ui/help.py" line="21"/>
        <location filename="../../desktop/ui/help.py" line="29"/>
        <source>Regulars guide</source>
        <translation>Guide till Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="37"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="37"/>
        <source>Your week at a glance: the rating and how it moved, new reviews, who is waiting for a reply, rating drops, suspicious reviews, regulars at risk, birthdays and your last campaign. Open a card to see more.</source>
        <translation>Din vecka i korthet: betyget och hur det har rört sig, nya recensioner, vem som väntar på svar, betygsfall, misstänkta recensioner, stamgäster i riskzonen, födelsedagar och din senaste kampanj. Öppna ett kort för att se mer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="40"/>
        <source>Reviews</source>
        <translation>Recensioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="40"/>
        <source>Every review you imported, with filters by platform, stars, language and words, and the rating over time.</source>
        <translation>Alla recensioner du har importerat, med filter för plattform, stjärnor, språk och ord, och betyget över tid.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="42"/>
        <source>Insights</source>
        <translation>Insikter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="42"/>
        <source>Why the rating changed: each drop with its causes in plain words, the reviews behind them, and bursts of suspicious reviews.</source>
        <translation>Varför betyget ändrades: varje fall med sina orsaker i enkla ord, recensionerna bakom dem och skurar av misstänkta recensioner.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="44"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="44"/>
        <source>Your customers from every till and mailing list: tiers, who is a regular, who is at risk or lapsed, birthdays and what they usually order.</source>
        <translation>Dina kunder från varje kassa och kontaktlista: nivåer, vem som är stamgäst, vem som är i riskzonen eller borta, födelsedagar och vad de brukar beställa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="47"/>
        <source>Messages</source>
        <translation>Meddelanden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="47"/>
        <source>Personal notes to customers who agreed to hear from you, what they did afterwards, and the reviews waiting for a reply, most urgent first.</source>
        <translation>Personliga hälsningar till kunder som har sagt ja till att höra från dig, vad de gjorde efteråt, och recensionerna som väntar på svar, de mest brådskande först.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="50"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="50"/>
        <source>Bring in review, customer and order exports, see every import and undo one.</source>
        <translation>Ta in exporter av recensioner, kunder och beställningar, se varje import och ångra en.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="60"/>
        <source>Regulars never connects to the internet: files are read here and nothing is uploaded. A backup is made every day you open it and before every import (File &gt; Backups).</source>
        <translation>Regulars ansluter aldrig till internet: filerna läses här och inget laddas upp. En säkerhetskopia görs varje dag du öppnar programmet och före varje import (Arkiv &gt; Säkerhetskopior).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="66"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tabb, Skift+Tabb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="66"/>
        <source>Move between the cards, lists and buttons</source>
        <translation>Flytta mellan korten, listorna och knapparna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="67"/>
        <source>Enter, Space</source>
        <translation>Retur, Blanksteg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="67"/>
        <source>Open the card or press the button that has the focus</source>
        <translation>Öppna kortet eller tryck på knappen som har fokus</translation>
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
    <name>ImportMessages</name>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="28"/>
        <source>row {row}: {detail}</source>
        <translation>rad {row}: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="29"/>
        <source>item {row}: {detail}</source>
        <translation>post {row}: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="30"/>
        <source>line {row}: {detail}</source>
        <translation>rad {row}: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="31"/>
        <source>{file}: {detail}</source>
        <translation>{file}: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="32"/>
        <source>{column} &apos;{value}&apos; is not a number</source>
        <translation>{column} ”{value}” är inte ett tal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="33"/>
        <source>{column} &apos;{value}&apos; is not yes/no</source>
        <translation>{column} ”{value}” är inte ja/nej</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="34"/>
        <source>{column} &apos;{value}&apos; is not a rating out of 5, 10 or 100</source>
        <translation>{column} ”{value}” är inte ett betyg av 5, 10 eller 100</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="36"/>
        <source>{column} &apos;{value}&apos; is not a number 1-{scale}</source>
        <translation>{column} ”{value}” är inte ett tal 1–{scale}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="37"/>
        <source>{column} &apos;{value}&apos; is not an e-mail address</source>
        <translation>{column} ”{value}” är inte en e-postadress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="38"/>
        <source>{column} &apos;{value}&apos; is not a phone number</source>
        <translation>{column} ”{value}” är inte ett telefonnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="39"/>
        <source>{column} &apos;{value}&apos; was shortened by Excel (scientific notation); re-export the file as text</source>
        <translation>{column} ”{value}” har förkortats av Excel (grundpotensform); exportera filen igen som text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="42"/>
        <source>{column} &apos;{value}&apos; is not a date</source>
        <translation>{column} ”{value}” är inte ett datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="43"/>
        <source>{column} is empty</source>
        <translation>{column} är tom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="44"/>
        <source>birthday {day}/{month}/{year} is not a date</source>
        <translation>födelsedagen {day}/{month} {year} är inte ett datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="45"/>
        <source>has no name, e-mail, phone or customer id</source>
        <translation>saknar namn, e-post, telefon och kund-id</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="46"/>
        <source>has no rating and no review text</source>
        <translation>saknar både betyg och recensionstext</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="47"/>
        <source>is not valid JSON</source>
        <translation>är inte giltig JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="48"/>
        <source>is not a review object</source>
        <translation>är ingen recension</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="49"/>
        <source>unexpected review shape ({kind})</source>
        <translation>oväntad form på recensionen ({kind})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="50"/>
        <source>The file has column names but no data rows.</source>
        <translation>Filen har kolumnnamn men inga datarader.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="51"/>
        <source>Some rows have a different number of columns than the header; values may be in the wrong columns. Check the file in a spreadsheet.</source>
        <translation>Vissa rader har ett annat antal kolumner än rubrikraden; värden kan hamna i fel kolumner. Kontrollera filen i ett kalkylprogram.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="54"/>
        <source>{count} more rows were rejected and are not listed.</source>
        <translation>Ytterligare {count} rader avvisades och visas inte.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="55"/>
        <source>Read the worksheet &apos;{sheet}&apos; (the first sheet had no recognisable table).</source>
        <translation>Kalkylbladet ”{sheet}” lästes (det första bladet hade ingen igenkännbar tabell).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="57"/>
        <source>Ratings in column &apos;{column}&apos; go up to {max}; they were read as a 10-point scale and converted to 1-5 stars.</source>
        <translation>Betygen i kolumnen ”{column}” går upp till {max}; de lästes som en 10-gradig skala och räknades om till 1–5 stjärnor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="60"/>
        <source>{count} cancelled or void rows were left out.</source>
        <translation>{count} makulerade eller ogiltiga rader utelämnades.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="61"/>
        <source>{count} rows that are not sales (payouts, floats, transfers...) were left out.</source>
        <translation>{count} rader som inte är försäljning (utbetalningar, växelkassa, överföringar …) utelämnades.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="63"/>
        <source>{count} customer e-mails, phones or ids on orders were unusable and left empty; the orders were kept.</source>
        <translation>{count} e-postadresser, telefonnummer eller kund-id på beställningar var oanvändbara och lämnades tomma; beställningarna behölls.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="66"/>
        <source>Dates in column &apos;{column}&apos; could be read either way (for example &apos;{example}&apos;); they were read as {order} {why}. If that is wrong, re-import choosing the other date order.</source>
        <translation>Datumen i kolumnen ”{column}” kan läsas på två sätt (till exempel ”{example}”); de lästes som {order} {why}. Om det är fel, importera igen och välj den andra ordningen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="69"/>
        <source>day/month</source>
        <translation>dag/månad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="70"/>
        <source>month/day (US style)</source>
        <translation>månad/dag (amerikanskt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="71"/>
        <source>as {profile} usually writes them</source>
        <translation>som {profile} brukar skriva dem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="72"/>
        <source>because the column names are in {language}</source>
        <translation>eftersom kolumnnamnen är på {language}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="73"/>
        <source>because dotted dates are European style</source>
        <translation>eftersom datum med punkter är europeisk stil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="74"/>
        <source>as in US exports</source>
        <translation>som i amerikanska exporter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="75"/>
        <source>the file does not exist</source>
        <translation>filen finns inte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="76"/>
        <source>this is not a regular file (a pipe or a device); save the export as a file</source>
        <translation>det här är ingen vanlig fil (en pipe eller en enhet); spara exporten som en fil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="78"/>
        <source>cannot open the file ({reason})</source>
        <translation>filen går inte att öppna ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="79"/>
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="80"/>
        <source>this is not a text table (it contains binary data)</source>
        <translation>det här är ingen texttabell (den innehåller binärdata)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="81"/>
        <source>this is an old Excel .xls file; open it in Excel and save it as .xlsx or CSV</source>
        <translation>det här är en gammal Excel-fil (.xls); öppna den i Excel och spara den som .xlsx eller CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="83"/>
        <source>unknown text encoding</source>
        <translation>okänd teckenkodning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="84"/>
        <source>this is a web page or XML file, not a table; open it in Excel and save it as .xlsx or CSV</source>
        <translation>det här är en webbsida eller XML-fil, ingen tabell; öppna den i Excel och spara den som .xlsx eller CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="87"/>
        <source>a row has {columns} columns; this is not a table of reviews, customers or orders</source>
        <translation>en rad har {columns} kolumner; det här är ingen tabell med omdömen, kunder eller beställningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="89"/>
        <source>the file could not be read as a table ({reason})</source>
        <translation>filen gick inte att läsa som en tabell ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="90"/>
        <source>line {line} is longer than {megabytes} MB (a file without line breaks, or not a table)</source>
        <translation>rad {line} är längre än {megabytes} MB (en fil utan radbrytningar, eller ingen tabell)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="93"/>
        <source>no table with column names was found</source>
        <translation>ingen tabell med kolumnnamn hittades</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="94"/>
        <source>the file is too large to read into memory</source>
        <translation>filen är för stor för att läsas in i minnet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="95"/>
        <source>the file is nested too deeply to read</source>
        <translation>filen är för djupt nästlad för att läsas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="96"/>
        <source>the file could not be read ({reason})</source>
        <translation>filen gick inte att läsa ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="97"/>
        <source>the folder contains no CSV, Excel or JSON files</source>
        <translation>mappen innehåller inga CSV-, Excel- eller JSON-filer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="98"/>
        <source>this folder holds more than {files} data files or {limit} files in all; choose the export&apos;s own folder</source>
        <translation>mappen innehåller fler än {files} datafiler eller {limit} filer totalt; välj exportens egen mapp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="101"/>
        <source>none of the {count} files inside could be read (first: {first})</source>
        <translation>ingen av de {count} filerna i den gick att läsa (den första: {first})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="103"/>
        <source>reading Excel files needs openpyxl</source>
        <translation>för att läsa Excel-filer behövs openpyxl</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="104"/>
        <source>the Excel file is damaged or not a workbook ({reason})</source>
        <translation>Excel-filen är skadad eller ingen arbetsbok ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="106"/>
        <source>the Excel file is damaged ({reason})</source>
        <translation>Excel-filen är skadad ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="107"/>
        <source>the workbook&apos;s first sheet is empty</source>
        <translation>arbetsbokens första blad är tomt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="108"/>
        <source>the sheet is empty</source>
        <translation>bladet är tomt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="109"/>
        <source>the workbook has no sheets</source>
        <translation>arbetsboken har inga blad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="110"/>
        <source>the ZIP archive contains no CSV, Excel or JSON files</source>
        <translation>ZIP-arkivet innehåller inga CSV-, Excel- eller JSON-filer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="111"/>
        <source>this ZIP is not an Excel workbook (.xlsx)</source>
        <translation>den här ZIP-filen är ingen Excel-arbetsbok (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="112"/>
        <source>the ZIP archive is damaged or incomplete ({reason})</source>
        <translation>ZIP-arkivet är skadat eller ofullständigt ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="113"/>
        <source>the ZIP holds {files} data files; Regulars reads at most {limit} from one archive</source>
        <translation>ZIP-filen innehåller {files} datafiler; Regulars läser högst {limit} ur ett arkiv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="116"/>
        <source>the files in this ZIP add up to more than {gigabytes} GB unpacked; unpack it and import the files</source>
        <translation>filerna i den här ZIP-filen blir större än {gigabytes} GB uppackade; packa upp den och importera filerna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="119"/>
        <source>cannot unpack this file from the ZIP ({reason})</source>
        <translation>filen går inte att packa upp ur ZIP-filen ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="120"/>
        <source>this file in the ZIP is too large to import</source>
        <translation>den här filen i ZIP-filen är för stor för att importeras</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="121"/>
        <source>this file would unpack {times} times larger than it is stored: a ZIP bomb, not an export</source>
        <translation>filen skulle bli {times} gånger större uppackad: en ZIP-bomb, ingen export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="124"/>
        <source>&apos;{format}&apos; is a JSON format but this file is a table</source>
        <translation>”{format}” är ett JSON-format, men den här filen är en tabell</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="126"/>
        <source>no recognisable columns; columns found: {columns}</source>
        <translation>inga kolumner som går att känna igen; hittade kolumner: {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="127"/>
        <source>no recognisable {kind} columns; columns found: {columns}</source>
        <translation>inga kolumner för {kind} som går att känna igen; hittade kolumner: {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="129"/>
        <source>no recognisable {kind} columns (it looks like a {description} file); columns found: {columns}</source>
        <translation>inga kolumner för {kind} som går att känna igen (det ser ut som en fil från {description}); hittade kolumner: {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="132"/>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="133"/>
        <source>unknown format &apos;{format}&apos; (see the list of formats)</source>
        <translation>okänt format ”{format}” (se listan över format)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="134"/>
        <source>the format &apos;{format}&apos; holds {holds}, not {kind}</source>
        <translation>formatet ”{format}” innehåller {holds}, inte {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="135"/>
        <source>this is not a {description} file: missing column(s) {columns}</source>
        <translation>det här är ingen fil från {description}: kolumn(er) saknas: {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="137"/>
        <source>this is a {description} file, which holds {holds}, not {kind}</source>
        <translation>det här är en fil från {description}, som innehåller {holds}, inte {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="139"/>
        <source>JSON files hold reviews only; no {kind} found</source>
        <translation>JSON-filer innehåller bara omdömen; inga {kind} hittades</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="140"/>
        <source>this is not valid JSON (line {line}: {reason})</source>
        <translation>det här är ingen giltig JSON (rad {line}: {reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="141"/>
        <source>these are reviews you wrote yourself on Google Maps (Takeout &apos;Maps (your places)&apos;); export &apos;Google Business Profile&apos; to get your café&apos;s reviews</source>
        <translation>det här är omdömen som du själv har skrivit på Google Maps (Takeout ”Maps (dina platser)”); exportera ”Google Företagsprofil” för att få ditt kafés omdömen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="144"/>
        <source>this JSON is {found}, not {format}</source>
        <translation>den här JSON-filen är {found}, inte {format}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="145"/>
        <source>the JSON file contains no reviews</source>
        <translation>JSON-filen innehåller inga omdömen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="146"/>
        <source>no reviews in a known format were found in this JSON file</source>
        <translation>inga omdömen i ett känt format hittades i den här JSON-filen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="148"/>
        <source>reviews</source>
        <translation>omdömen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="149"/>
        <source>customers</source>
        <translation>kunder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="150"/>
        <source>orders</source>
        <translation>beställningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="151"/>
        <source>Skipped {detail}</source>
        <translation>Hoppade över {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="152"/>
        <source>... and {count} more like these</source>
        <translation>… och {count} till av samma slag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="153"/>
        <source>There is no import batch {batch}.</source>
        <translation>Det finns ingen import nr {batch}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="154"/>
        <source>Import batch {batch} ({file}) was already undone.</source>
        <translation>Import nr {batch} ({file}) är redan ångrad.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="68"/>
        <source>Loading import history</source>
        <translation>Läser in importhistoriken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="77"/>
        <source>Undoing import</source>
        <translation>Ångrar importen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="82"/>
        <source>Undo import?</source>
        <translation>Ångra importen?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="83"/>
        <source>Remove the %1 rows that “%2” added on %3?

Rows that were already there stay.</source>
        <translation>Ta bort de %1 rader som ”%2” lade till %3?

Rader som redan fanns ligger kvar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="94"/>
        <source>Undoing merge</source>
        <translation>Ångrar sammanslagningen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="99"/>
        <source>Undo merge?</source>
        <translation>Ångra sammanslagningen?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="100"/>
        <source>Split “%1” back into two customers?

The %2 record becomes a customer of its own again, and the values it changed go back to what they were.</source>
        <translation>Dela upp ”%1” i två kunder igen?

Posten från %2 blir en egen kund igen, och värdena den ändrade återställs.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="102"/>
        <source>this customer</source>
        <translation>den här kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="120"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="124"/>
        <source>Drop files here to import them</source>
        <translation>Släpp filer här för att importera dem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="125"/>
        <source>Google and Tripadvisor review exports, your till&apos;s customer and order exports, or any spreadsheet (CSV, Excel, JSON). Importing the same file twice changes nothing.</source>
        <translation>Recensionsexporter från Google och Tripadvisor, kund- och orderexporter från kassan eller valfritt kalkylark (CSV, Excel, JSON). Att importera samma fil två gånger ändrar ingenting.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="136"/>
        <source>Import history</source>
        <translation>Importhistorik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="137"/>
        <location filename="../../desktop/ui/pages/import_page.py" line="234"/>
        <source>Customer merges</source>
        <translation>Sammanslagna kunder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="160"/>
        <source>Nothing imported yet. Files you import will be listed here, and each import can be undone.</source>
        <translation>Inget har importerats än. Filer du importerar visas här, och varje import kan ångras.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="172"/>
        <source>When a customer in one file has the same e-mail or phone as a customer from another system, Regulars keeps one customer. Undo a merge if they are really two people.</source>
        <translation>När en kund i en fil har samma e-post eller telefon som en kund från ett annat system behåller Regulars en kund. Ångra sammanslagningen om det faktiskt är två personer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="186"/>
        <source>No customers have been merged. Merges happen when you import customer lists from more than one system.</source>
        <translation>Inga kunder har slagits samman. Det händer när du importerar kundlistor från mer än ett system.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="233"/>
        <source>Customer merges (%1)</source>
        <translation>Sammanslagna kunder (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="243"/>
        <location filename="../../desktop/ui/pages/import_page.py" line="257"/>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="246"/>
        <source>Make these two customers again</source>
        <translation>Gör dem till två kunder igen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="247"/>
        <location filename="../../desktop/ui/pages/import_page.py" line="261"/>
        <source>Already undone</source>
        <translation>Redan ångrad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="260"/>
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
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="149"/>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="258"/>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="297"/>
        <source>Import preview</source>
        <translation>Förhandsgranska import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="160"/>
        <source>Nothing has been imported yet. Check what Regulars found, fix the columns if needed, then import.</source>
        <translation>Inget har importerats än. Kontrollera vad Regulars hittade, rätta kolumnerna vid behov och importera sedan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="187"/>
        <source>Don&apos;t ask again for recognised formats</source>
        <translation>Fråga inte igen för kända format</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="188"/>
        <source>Import files Regulars recognises for certain straight away, unless rows are rejected or a question needs your answer.</source>
        <translation>Importera filer som Regulars säkert känner igen direkt, om inte rader avvisas eller en fråga behöver ditt svar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="200"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="202"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="212"/>
        <source>Reviews</source>
        <translation>Recensioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="212"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="213"/>
        <source>Orders</source>
        <translation>Beställningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="216"/>
        <source>reviews</source>
        <translation>recensioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="216"/>
        <source>customers</source>
        <translation>kunder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="217"/>
        <source>orders</source>
        <translation>beställningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="238"/>
        <source>Reading “%1”…</source>
        <translation>Läser ”%1”…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="292"/>
        <source>Regulars cannot read “%1”:
%2</source>
        <translation>Regulars kan inte läsa ”%1”:
%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="295"/>
        <source>Something went wrong while reading this file.</source>
        <translation>Något gick fel när filen lästes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="315"/>
        <source>Not a format Regulars knows. Tell it which column holds what; nothing is imported until you do.</source>
        <translation>Regulars känner inte till formatet. Ange vad varje kolumn innehåller; inget importeras förrän du gjort det.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="319"/>
        <source>Choose, for at least one column, what it holds.</source>
        <translation>Välj vad minst en kolumn innehåller.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="336"/>
        <source>A spreadsheet read by its column names</source>
        <translation>Kalkylark som läses via kolumnnamnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="337"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="351"/>
        <source>%1: %2 new, %3 already there</source>
        <translation>%1: %2 nya, %3 fanns redan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="369"/>
        <source>mapped by you</source>
        <translation>kopplat av dig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="371"/>
        <source>recognised for certain</source>
        <translation>säkert igenkänt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="372"/>
        <source>a good guess (%1% sure) — check the columns</source>
        <translation>en bra gissning (%1% säker) — kontrollera kolumnerna</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="389"/>
        <source>Import %Ln row(s)</source>
        <translation>
            <numerusform>Importera %Ln rad</numerusform>
            <numerusform>Importera %Ln rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="390"/>
        <source>Skip the %Ln rejected row(s)</source>
        <translation>
            <numerusform>Hoppa över den avvisade raden</numerusform>
            <numerusform>Hoppa över de %Ln avvisade raderna</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="397"/>
        <source>Reading…</source>
        <translation>Läser…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="399"/>
        <source>Answer the question about dates in “%1” first.</source>
        <translation>Svara först på frågan om datum i ”%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="402"/>
        <source>Answer the question about dates first.</source>
        <translation>Svara först på frågan om datum.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="404"/>
        <source>Without skipping, importing is all or nothing: fix the rejected rows in the file, or tick “Skip”.</source>
        <translation>Utan att hoppa över gäller allt eller inget: rätta de avvisade raderna i filen eller kryssa i ”Hoppa över”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="407"/>
        <source>There is nothing Regulars can import from here yet.</source>
        <translation>Här finns inget som Regulars kan importera än.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="409"/>
        <source>Everything in here is already in Regulars.</source>
        <translation>Allt här finns redan i Regulars.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="412"/>
        <source>“%1” is left out: it cannot be read, or its columns are not chosen yet.</source>
        <translation>”%1” utelämnas: den kan inte läsas eller så är kolumnerna inte valda än.</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="44"/>
        <source>%1 and %2</source>
        <translation>%1 och %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="63"/>
        <source>reviews</source>
        <translation>recensioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="63"/>
        <source>customers</source>
        <translation>kunder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="64"/>
        <source>orders</source>
        <translation>beställningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="69"/>
        <source>Row %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="72"/>
        <source>…and %1 more</source>
        <translation>…och %1 till</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="86"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="86"/>
        <source>Added</source>
        <translation>Tillagda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="87"/>
        <source>Already there</source>
        <translation>Fanns redan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="87"/>
        <source>Updated</source>
        <translation>Ändrade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="88"/>
        <source>Skipped</source>
        <translation>Överhoppade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="94"/>
        <source>These files could not be imported:</source>
        <translation>De här filerna kunde inte importeras:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="100"/>
        <source>There was nothing to import.</source>
        <translation>Det fanns inget att importera.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="116"/>
        <source>Nothing was imported</source>
        <translation>Inget importerades</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="118"/>
        <source>Everything in these files was already in Regulars</source>
        <translation>Allt i filerna fanns redan i Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="119"/>
        <source>Imported %1</source>
        <translation>Importerat: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="122"/>
        <source>Import finished</source>
        <translation>Importen är klar</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="28"/>
        <source>%Ln new review(s)</source>
        <translation>
            <numerusform>%Ln ny recension</numerusform>
            <numerusform>%Ln nya recensioner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="30"/>
        <source>%Ln new customer(s)</source>
        <translation>
            <numerusform>%Ln ny kund</numerusform>
            <numerusform>%Ln nya kunder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="32"/>
        <source>%Ln new order(s)</source>
        <translation>
            <numerusform>%Ln ny beställning</numerusform>
            <numerusform>%Ln nya beställningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="33"/>
        <source>%Ln new row(s)</source>
        <translation>
            <numerusform>%Ln ny rad</numerusform>
            <numerusform>%Ln nya rader</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="100"/>
        <source>Loading the reviews waiting for a reply</source>
        <translation>Läser in recensioner som väntar på svar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="122"/>
        <source>Marking answered</source>
        <translation>Markerar som besvarad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="135"/>
        <source>No reviews are waiting for a reply. Well done!
New reviews appear here after you import them.</source>
        <translation>Inga recensioner väntar på svar. Bra jobbat!
Nya recensioner visas här när du har importerat dem.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="141"/>
        <source>No reviews yet</source>
        <translation>Inga recensioner än</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="142"/>
        <source>Import your review exports on the Import page, or drop them here: the reviews waiting for a reply then appear here, most urgent first, each with a draft reply.</source>
        <translation>Importera dina recensionsexporter på sidan Importera, eller dra dem hit: då visas recensionerna som väntar på svar här, de mest brådskande först, var och en med ett svarsutkast.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="167"/>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="263"/>
        <source>Draft reply (edit it before you post it)</source>
        <translation>Svarsutkast (redigera det innan du publicerar)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="173"/>
        <source>Copy reply</source>
        <translation>Kopiera svaret</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="175"/>
        <source>Mark as answered</source>
        <translation>Markera som besvarad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="177"/>
        <source>After you pasted the reply on the review site: the review leaves the inbox.</source>
        <translation>När du har klistrat in svaret på recensionssajten: recensionen lämnar inkorgen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="224"/>
        <source>%1: %2 h</source>
        <translation>%1: %2 h</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="226"/>
        <source>Typical time to reply (median): %1</source>
        <translation>Vanlig svarstid (median): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="247"/>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="257"/>
        <source>Answer this one yourself. Before you do:</source>
        <translation>Den här besvarar du själv. Först:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="261"/>
        <source>Holding reply: complete the part in [brackets] before you post it</source>
        <translation>Tillfälligt svar: fyll i delen inom [hakparentes] innan du publicerar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="283"/>
        <source>Writing the draft reply</source>
        <translation>Skriver svarsutkastet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="305"/>
        <source>%1 of %2 characters</source>
        <translation>%1 av %2 tecken</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="114"/>
        <location filename="../../desktop/ui/pages/insights.py" line="376"/>
        <source>Looking for rating drops</source>
        <translation>Letar efter betygsras</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="146"/>
        <source>Why did the rating change?</source>
        <translation>Varför ändrades betyget?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="146"/>
        <source>Causes</source>
        <translation>Orsaker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="147"/>
        <source>Reviews</source>
        <translation>Recensioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="147"/>
        <location filename="../../desktop/ui/pages/insights.py" line="162"/>
        <location filename="../../desktop/ui/pages/insights.py" line="260"/>
        <source>Suspicious reviews</source>
        <translation>Misstänkta recensioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="147"/>
        <source>Till</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="163"/>
        <source>Evidence saved in %1</source>
        <translation>Underlaget sparat i %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="165"/>
        <source>Saving the evidence</source>
        <translation>Sparar underlaget</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="185"/>
        <source>Insights</source>
        <translation>Insikter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="187"/>
        <source>Why your rating moved, with the reviews that show it.</source>
        <translation>Varför ditt betyg rörde sig, med recensionerna som visar det.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="193"/>
        <source>Export report…</source>
        <translation>Exportera rapport…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="202"/>
        <location filename="../../desktop/ui/pages/insights.py" line="338"/>
        <source>All locations</source>
        <translation>Alla platser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="203"/>
        <location filename="../../desktop/ui/pages/insights.py" line="339"/>
        <source>All platforms</source>
        <translation>Alla plattformar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="204"/>
        <location filename="../../desktop/ui/pages/insights.py" line="340"/>
        <source>All languages</source>
        <translation>Alla språk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="206"/>
        <source>All topics</source>
        <translation>Alla ämnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="208"/>
        <source>All time</source>
        <translation>Hela tiden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="208"/>
        <source>Last 12 months</source>
        <translation>Senaste 12 månaderna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="208"/>
        <source>Last 6 months</source>
        <translation>Senaste 6 månaderna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="176"/>
        <source>Average stars</source>
        <translation>Snittbetyg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="176"/>
        <source>Drop</source>
        <translation>Ras</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="176"/>
        <source>Suspicious burst</source>
        <translation>Misstänkt våg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="231"/>
        <source>No reviews yet</source>
        <translation>Inga recensioner än</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="232"/>
        <source>Import your review exports on the Import page, or drop them here: Regulars then tells you here when your rating really drops, and why.</source>
        <translation>Importera dina recensionsexporter på sidan Importera, eller dra dem hit: då berättar Regulars här när ditt betyg verkligen sjunker, och varför.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="255"/>
        <source>Drops</source>
        <translation>Ras</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="266"/>
        <source>Export evidence…</source>
        <translation>Exportera underlag…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="308"/>
        <source>Looking for rating drops…</source>
        <translation>Letar efter betygsras…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="349"/>
        <source>A handful of reviews is not a trend: Regulars names a cause only when the reviews show one.</source>
        <translation>En handfull recensioner är ingen trend: Regulars pekar ut en orsak bara när recensionerna visar den.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="388"/>
        <source>Select a cause to read the reviews that show it.</source>
        <translation>Välj en orsak för att läsa recensionerna som visar den.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="395"/>
        <source>Loading reviews</source>
        <translation>Läser in recensioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="399"/>
        <source>Export report</source>
        <translation>Exportera rapport</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="400"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="403"/>
        <source>Report saved as %1</source>
        <translation>Rapporten sparad som %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="406"/>
        <source>Save the evidence in</source>
        <translation>Spara underlaget i</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="437"/>
        <source>few reviews</source>
        <translation>få recensioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="439"/>
        <source>%1 reviews</source>
        <translation>%1 recensioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="449"/>
        <source>since %1</source>
        <translation>sedan %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="458"/>
        <source>over %1 %</source>
        <translation>över %1 %</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="461"/>
        <source>%1 reviews in the drop, %2 before it; confidence %3</source>
        <translation>%1 omdömen under nedgången, %2 före; säkerhet %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="472"/>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="474"/>
        <source>(stars only)</source>
        <translation>(bara stjärnor)</translation>
    </message>
</context>
<context>
    <name>LocationsModel</name>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="26"/>
        <source>No location</source>
        <translation>Utan plats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="40"/>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="43"/>
        <source>Reviews</source>
        <translation>Recensioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="45"/>
        <source>Average</source>
        <translation>Snitt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="47"/>
        <source>Average stars of all its reviews</source>
        <translation>Genomsnittligt antal stjärnor för alla dess recensioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="48"/>
        <source>Last 90 days</source>
        <translation>Senaste 90 dagarna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="50"/>
        <source>90 days before</source>
        <translation>90 dagar före</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="52"/>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="55"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="57"/>
        <source>Customers who ordered there at least once</source>
        <translation>Kunder som har beställt där minst en gång</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="58"/>
        <source>Open drops</source>
        <translation>Pågående fall</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="60"/>
        <source>Rating drops still going on: see why on the Insights page</source>
        <translation>Betygsfall som fortfarande pågår: se varför på sidan Insikter</translation>
    </message>
</context>
<context>
    <name>LocationsPanel</name>
    <message>
        <location filename="../../desktop/ui/widgets/locations_panel.py" line="39"/>
        <location filename="../../desktop/ui/widgets/locations_panel.py" line="96"/>
        <source>Comparing your locations</source>
        <translation>Jämför dina platser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/locations_panel.py" line="48"/>
        <source>Your locations side by side</source>
        <translation>Dina platser sida vid sida</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/locations_panel.py" line="83"/>
        <source>The last 90 days (%1 to %2) against the 90 before. Open the Insights page and choose a location to see why its rating moved.</source>
        <translation>De senaste 90 dagarna (%1 till %2) jämfört med de 90 före. Öppna sidan Insikter och välj en plats för att se varför dess betyg ändrades.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="40"/>
        <source>Exports (*.csv *.tsv *.txt *.xlsx *.xls *.json *.zip);;All files (*)</source>
        <translation>Exporter (*.csv *.tsv *.txt *.xlsx *.xls *.json *.zip);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="121"/>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>Dagens säkerhetskopia kunde inte göras: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="124"/>
        <source>Backing up</source>
        <translation>Säkerhetskopierar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="141"/>
        <source>Updating the analysis of your reviews</source>
        <translation>Uppdaterar analysen av dina recensioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="151"/>
        <source>Reading your reviews again with the latest analysis… %1%</source>
        <translation>Läser om dina recensioner med den senaste analysen… %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="98"/>
        <source>This window is read-only: import in the window that has your data open.</source>
        <translation>Det här fönstret är skrivskyddat: importera i fönstret som har dina data öppna.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="102"/>
        <location filename="../../desktop/ui/import_flow.py" line="130"/>
        <source>An import is already running; please wait for it.</source>
        <translation>En import pågår redan; vänta tills den är klar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="116"/>
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="134"/>
        <source>Importing %1…</source>
        <translation>Importerar %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="136"/>
        <source>Importing %1 files…</source>
        <translation>Importerar %1 filer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="140"/>
        <source>Backing up your data first…</source>
        <translation>Säkerhetskopierar dina data först…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="141"/>
        <source>Nothing was imported: Regulars could not back up your data first (%1).</source>
        <translation>Inget importerades: Regulars kunde inte säkerhetskopiera dina data först (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="160"/>
        <location filename="../../desktop/ui/import_flow.py" line="271"/>
        <location filename="../../desktop/ui/menus.py" line="32"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="171"/>
        <source>Opening the demo café in a new window…</source>
        <translation>Öppnar demokaféet i ett nytt fönster…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="172"/>
        <source>The demo café could not be opened.</source>
        <translation>Demokaféet kunde inte öppnas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="183"/>
        <source>This page has no search box.</source>
        <translation>Den här sidan har ingen sökruta.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="229"/>
        <source>Starting</source>
        <translation>Startar</translation>
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
        <translation>%1 (skrivskyddat)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="340"/>
        <source>Pages</source>
        <translation>Sidor</translation>
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
        <translation>&amp;Importera filer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="62"/>
        <source>Import review, customer or order exports</source>
        <translation>Importera recensions-, kund- eller orderexporter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="70"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="100"/>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="101"/>
        <source>What each page is for, where your data lives, keyboard shortcuts</source>
        <translation>Vad varje sida är till för, var dina data finns, kortkommandon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="102"/>
        <source>&amp;Welcome…</source>
        <translation>&amp;Välkommen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="103"/>
        <source>The first-run welcome again: the demo café, your files, your café&apos;s details</source>
        <translation>Välkomsten från första starten igen: demokaféet, dina filer, uppgifterna om ditt kafé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="104"/>
        <source>&amp;About Regulars</source>
        <translation>&amp;Om Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="80"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="63"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="64"/>
        <source>Your business, tiers, message limits, backups and the window&apos;s language</source>
        <translation>Ditt företag, nivåer, gränser för meddelanden, säkerhetskopior och fönstrets språk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="66"/>
        <source>&amp;Backups…</source>
        <translation>Säkerhets&amp;kopior…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="67"/>
        <source>See, make and restore copies of your data</source>
        <translation>Se, gör och återställ kopior av dina data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="68"/>
        <source>&amp;Encryption…</source>
        <translation>K&amp;ryptering…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="69"/>
        <source>Protect your data file with a passphrase</source>
        <translation>Skydda din datafil med en lösenfras</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="74"/>
        <source>Your data is on a shared server: back it up and protect it on the server (ask whoever runs it)</source>
        <translation>Dina data finns på en delad server: säkerhetskopiera och skydda dem på servern (fråga den som sköter den)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="87"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="92"/>
        <source>&amp;Search this page</source>
        <translation>&amp;Sök på den här sidan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="93"/>
        <source>Type to filter the list on this page</source>
        <translation>Skriv för att filtrera listan på den här sidan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="94"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="95"/>
        <source>Read this page&apos;s data again</source>
        <translation>Läs in den här sidans data igen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="99"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="258"/>
        <source>Main toolbar</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="270"/>
        <source>Open in another window: read-only. Importing and changes are off here; close the other window and open Regulars again to make changes.</source>
        <translation>Öppnat i ett annat fönster: skrivskyddat. Import och ändringar är avstängda här; stäng det andra fönstret och öppna Regulars igen för att ändra.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="311"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="30"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="30"/>
        <source>Reviews</source>
        <translation>Recensioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="31"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="32"/>
        <source>Messages</source>
        <translation>Meddelanden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="31"/>
        <source>Insights</source>
        <translation>Insikter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="206"/>
        <source>Import files</source>
        <translation>Importera filer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="394"/>
        <source>Settings saved.</source>
        <translation>Inställningarna har sparats.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="403"/>
        <source>Backup restored.</source>
        <translation>Säkerhetskopian återställd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="233"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="453"/>
        <source>The analysis of your reviews could not be updated now; Regulars will try again next time.</source>
        <translation>Analysen av dina recensioner kunde inte uppdateras nu; Regulars försöker igen nästa gång.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="458"/>
        <source>%Ln review(s) read again with the latest analysis.</source>
        <translation>
            <numerusform>%Ln recension omläst med den senaste analysen.</numerusform>
            <numerusform>%Ln recensioner omlästa med den senaste analysen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="242"/>
        <source>nothing new</source>
        <translation>inget nytt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="246"/>
        <source>“%1” could not be imported: %2</source>
        <translation>”%1” kunde inte importeras: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="249"/>
        <source>Import finished: %1</source>
        <translation>Importen är klar: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="260"/>
        <source>Import cancelled. The file being read when you pressed Cancel was not imported.</source>
        <translation>Importen avbröts. Filen som lästes när du tryckte på Avbryt importerades inte.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="267"/>
        <source>Import failed: %1</source>
        <translation>Importen misslyckades: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="270"/>
        <source>Import failed.</source>
        <translation>Importen misslyckades.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="462"/>
        <source>About Regulars</source>
        <translation>Om Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="463"/>
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
    <name>MenuDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/menu_dialog.py" line="39"/>
        <source>Menu and its tags</source>
        <translation>Menyn och dess etiketter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/menu_dialog.py" line="53"/>
        <source>Loading the menu</source>
        <translation>Läser in menyn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/menu_dialog.py" line="58"/>
        <source>The items your orders name. Tags are suggested from each name; tick or untick to correct them (your choice, in bold, wins). Offers use these tags to leave out customers whose diet or allergies they do not suit.</source>
        <translation>Artiklarna som dina beställningar nämner. Etiketterna föreslås utifrån namnet; kryssa i eller ur för att rätta dem (ditt val, i fetstil, gäller). Erbjudanden använder dem för att utesluta kunder vars kost eller allergier de inte passar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/menu_dialog.py" line="66"/>
        <source>Search items</source>
        <translation>Sök artiklar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/menu_dialog.py" line="70"/>
        <source>Back to suggested</source>
        <translation>Tillbaka till förslaget</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/menu_dialog.py" line="95"/>
        <source>No items yet: import an orders file whose lines name what was sold.</source>
        <translation>Inga artiklar än: importera en beställningsfil vars rader anger vad som såldes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/menu_dialog.py" line="130"/>
        <source>Saving tags</source>
        <translation>Sparar etiketter</translation>
    </message>
</context>
<context>
    <name>MenuModel</name>
    <message>
        <location filename="../../desktop/ui/models/menu_model.py" line="27"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/menu_model.py" line="27"/>
        <source>Ordered</source>
        <translation>Beställd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/menu_model.py" line="72"/>
        <source>Tags chosen by you</source>
        <translation>Etiketter du har valt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/menu_model.py" line="73"/>
        <source>Tags suggested from the name</source>
        <translation>Etiketter föreslagna från namnet</translation>
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
    <name>MessageModels</name>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="107"/>
        <source>Gets a message</source>
        <translation>Får ett meddelande</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="108"/>
        <source>Left out</source>
        <translation>Utelämnad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="122"/>
        <location filename="../../desktop/ui/models/message_models.py" line="177"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="124"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="128"/>
        <source>Sent as</source>
        <translation>Skickas som</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="181"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="130"/>
        <source>Segment</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="132"/>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="136"/>
        <source>Urgency</source>
        <translation>Brådska</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="140"/>
        <source>Rating</source>
        <translation>Betyg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="142"/>
        <source>Author</source>
        <translation>Författare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="144"/>
        <source>Site</source>
        <translation>Sajt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="146"/>
        <source>Posted</source>
        <translation>Publicerad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="148"/>
        <source>Why it ranks here</source>
        <translation>Varför den ligger här</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="156"/>
        <source>%1 of %2 came back (%3%)</source>
        <translation>%1 av %2 kom tillbaka (%3%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="162"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="164"/>
        <location filename="../../desktop/ui/models/message_models.py" line="179"/>
        <source>Campaign</source>
        <translation>Kampanj</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="166"/>
        <source>Contacted</source>
        <translation>Kontaktade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="168"/>
        <source>Held out</source>
        <translation>Undantagna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="170"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="175"/>
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="183"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
</context>
<context>
    <name>MessageWords</name>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="21"/>
        <source>Win back lapsed regulars</source>
        <translation>Vinn tillbaka stamgäster som slutat komma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="22"/>
        <source>Thank your regulars</source>
        <translation>Tacka dina stamgäster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="23"/>
        <source>Welcome new customers</source>
        <translation>Välkomna nya kunder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="24"/>
        <source>Birthdays this week</source>
        <translation>Födelsedagar den här veckan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="25"/>
        <source>Congratulate a tier upgrade</source>
        <translation>Gratulera till en ny nivå</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="26"/>
        <source>Announce a new dish</source>
        <translation>Berätta om en ny rätt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="27"/>
        <source>Apologise after a bad review</source>
        <translation>Be om ursäkt efter en dålig recension</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="32"/>
        <source>on the do-not-contact list ({detail})</source>
        <translation>på listan över dem som inte ska kontaktas ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="33"/>
        <source>no recorded consent for {channel}</source>
        <translation>inget registrerat samtycke för {channel}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="34"/>
        <source>said no to {channel} messages</source>
        <translation>har tackat nej till meddelanden via {channel}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="35"/>
        <source>no {channel} address on file</source>
        <translation>ingen {channel}-adress sparad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="36"/>
        <source>diet ({diet}) conflicts with the offer ({tags})</source>
        <translation>kosten ({diet}) passar inte erbjudandet ({tags})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="37"/>
        <source>allergy ({allergy}) conflicts with the offer ({tags})</source>
        <translation>allergin ({allergy}) passar inte erbjudandet ({tags})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="38"/>
        <source>has a diet or allergy note Regulars cannot read (“{note}”): check it by hand before offering food</source>
        <translation>har en kost- eller allergianteckning som Regulars inte kan läsa (”{note}”): kontrollera den själv innan du erbjuder mat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="39"/>
        <source>their review makes a health or safety claim: answer it personally from the Inbox</source>
        <translation>recensionen tar upp hälsa eller säkerhet: svara personligen från inkorgen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="40"/>
        <source>already received this message on {date}</source>
        <translation>har redan fått det här meddelandet den {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="41"/>
        <source>frequency cap: last message on {date}; at most one every {days} days</source>
        <translation>frekvensgräns: senaste meddelandet den {date}; högst ett var {days}:e dag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="42"/>
        <source>no visit after the last {count} messages: contacted at most every {days} days (last on {date})</source>
        <translation>inget besök efter de senaste {count} meddelandena: kontaktas högst var {days}:e dag (senast den {date})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="43"/>
        <source>held out at random to measure whether the campaign works</source>
        <translation>undantagen slumpvis för att mäta om kampanjen fungerar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="44"/>
        <source>{segment} customer</source>
        <translation>kund: {segment}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="45"/>
        <source>{tier} tier</source>
        <translation>nivå {tier}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="46"/>
        <source>moved up from {previous} to {tier}</source>
        <translation>gick upp från {previous} till {tier}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="47"/>
        <source>birthday on {date}</source>
        <translation>födelsedag den {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="48"/>
        <source>first visit on {date}</source>
        <translation>första besöket den {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="49"/>
        <source>left a {rating}-star review on {date}</source>
        <translation>skrev en recension med {rating} stjärnor den {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="50"/>
        <source>visited in the last {days} days</source>
        <translation>var här de senaste {days} dagarna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="51"/>
        <source>health or safety claim: {flag}</source>
        <translation>påstående om hälsa eller säkerhet: {flag}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="52"/>
        <source>{rating}-star review</source>
        <translation>recension med {rating} stjärnor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="53"/>
        <source>written by a known customer ({visits} visits)</source>
        <translation>skriven av en känd kund ({visits} besök)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="54"/>
        <source>written by a {tier} customer</source>
        <translation>skriven av en {tier}-kund</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="55"/>
        <source>a regular who is {segment}: a good reply may bring them back</source>
        <translation>en stamgäst som är {segment}: ett bra svar kan få hen att komma tillbaka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="56"/>
        <source>influential reviewer ({detail})</source>
        <translation>inflytelserik recensent ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="57"/>
        <source>posted {days} days ago</source>
        <translation>publicerad för {days} dagar sedan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="58"/>
        <source>posted today</source>
        <translation>publicerad i dag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="59"/>
        <source>waiting {days} days for a reply</source>
        <translation>har väntat på svar i {days} dagar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="63"/>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="64"/>
        <source>SMS</source>
        <translation>sms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="65"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="66"/>
        <source>lapsed</source>
        <translation>förlorad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="67"/>
        <source>at-risk</source>
        <translation>i riskzonen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="68"/>
        <source>regular</source>
        <translation>stamgäst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="69"/>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="70"/>
        <source>one-off</source>
        <translation>engångsbesök</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="71"/>
        <source>food poisoning</source>
        <translation>matförgiftning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="72"/>
        <source>allergic reaction</source>
        <translation>allergisk reaktion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="73"/>
        <source>something in the food</source>
        <translation>något i maten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="74"/>
        <source>pests</source>
        <translation>skadedjur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="75"/>
        <source>hygiene</source>
        <translation>hygien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="76"/>
        <source>legal threat</source>
        <translation>rättsligt hot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="77"/>
        <source>discrimination</source>
        <translation>diskriminering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="78"/>
        <source>meat</source>
        <translation>kött</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="79"/>
        <source>pork</source>
        <translation>fläsk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="80"/>
        <source>fish</source>
        <translation>fisk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="81"/>
        <source>shellfish</source>
        <translation>skaldjur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="82"/>
        <source>dairy</source>
        <translation>mejeri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="83"/>
        <source>milk</source>
        <translation>mjölk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="84"/>
        <source>egg</source>
        <translation>ägg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="85"/>
        <source>gluten</source>
        <translation>gluten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="86"/>
        <source>nuts</source>
        <translation>nötter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="87"/>
        <source>peanuts</source>
        <translation>jordnötter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="88"/>
        <source>soy</source>
        <translation>soja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="89"/>
        <source>sesame</source>
        <translation>sesam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="90"/>
        <source>celery</source>
        <translation>selleri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="91"/>
        <source>mustard</source>
        <translation>senap</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="92"/>
        <source>sulphites</source>
        <translation>sulfiter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="93"/>
        <source>lupin</source>
        <translation>lupin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="94"/>
        <source>alcohol</source>
        <translation>alkohol</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="95"/>
        <source>vegan</source>
        <translation>vegan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="96"/>
        <source>vegetarian</source>
        <translation>vegetarian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="97"/>
        <source>pescatarian</source>
        <translation>pescetarian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="98"/>
        <source>halal</source>
        <translation>halal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="99"/>
        <source>kosher</source>
        <translation>kosher</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="100"/>
        <source>gluten-free</source>
        <translation>glutenfri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="101"/>
        <source>dairy-free</source>
        <translation>mjölkfri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="102"/>
        <source>no alcohol</source>
        <translation>ingen alkohol</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="103"/>
        <source>no pork</source>
        <translation>inget fläsk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="107"/>
        <source>Urgent</source>
        <translation>Brådskande</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="108"/>
        <source>High</source>
        <translation>Hög</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="109"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="110"/>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="115"/>
        <source>Do not argue or deny in public, and do not admit fault either: answer briefly and move the conversation to private.</source>
        <translation>Bråka inte och förneka inte offentligt, men erkänn inte heller något fel: svara kort och flytta samtalet till privat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="117"/>
        <source>Find the visit: the date, what they ate, who cooked; keep the kitchen&apos;s temperature and cleaning records for that day.</source>
        <translation>Hitta besöket: datum, vad som åts, vem som lagade maten; spara kökets temperatur- och städloggar för den dagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="119"/>
        <source>Ask them to contact you directly so you can hear the details (symptoms, when, what they ate).</source>
        <translation>Be gästen kontakta dig direkt så att du får höra detaljerna (symtom, när, vad som åts).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="121"/>
        <source>If more than one guest reports illness, tell your food safety lead or local authority.</source>
        <translation>Om fler än en gäst rapporterar att de blivit sjuka, kontakta den som ansvarar för livsmedelssäkerheten eller kommunen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="123"/>
        <source>Check the dish&apos;s allergen sheet: was the ingredient listed, and was the guest told?</source>
        <translation>Kontrollera rättens allergenlista: stod ingrediensen med, och fick gästen veta det?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="125"/>
        <source>Ask them to contact you directly; note what they ordered and what they told the staff.</source>
        <translation>Be gästen kontakta dig direkt; anteckna vad som beställdes och vad som sades till personalen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="127"/>
        <source>Correct the menu or the allergen sheet now if it was wrong, and tell the team.</source>
        <translation>Rätta menyn eller allergenlistan nu om den var fel, och berätta för teamet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="129"/>
        <source>Ask them to keep the object or a photo and to contact you directly.</source>
        <translation>Be gästen spara föremålet eller ett foto och kontakta dig direkt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="131"/>
        <source>Check with the kitchen which dish and batch it was, and what the object could be.</source>
        <translation>Kolla med köket vilken rätt och vilken sats det var, och vad föremålet kan vara.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="133"/>
        <source>Inspect the premises today and call your pest control contractor; keep the report.</source>
        <translation>Inspektera lokalen i dag och ring din saneringsfirma; spara rapporten.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="135"/>
        <source>Thank them for telling you and say what you checked; do not deny before you have looked.</source>
        <translation>Tacka för att de sa till och berätta vad du kontrollerat; förneka inget innan du har tittat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="137"/>
        <source>Check the area they mention and your cleaning log for that day.</source>
        <translation>Kontrollera platsen de nämner och städloggen för den dagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="139"/>
        <source>Thank them, say what you checked or changed, and invite them to contact you.</source>
        <translation>Tacka, berätta vad du kontrollerat eller ändrat, och bjud in till kontakt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="141"/>
        <source>Do not discuss the details in public; talk to your insurer or lawyer before you answer.</source>
        <translation>Diskutera inte detaljerna offentligt; prata med ditt försäkringsbolag eller en jurist innan du svarar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="143"/>
        <source>Keep every message, receipt and record of the visit.</source>
        <translation>Spara alla meddelanden, kvitton och uppgifter om besöket.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="145"/>
        <source>Take it seriously: hear the staff involved and the guest before you answer in public.</source>
        <translation>Ta det på allvar: lyssna på den berörda personalen och gästen innan du svarar offentligt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="147"/>
        <source>Reply briefly, invite them to contact you directly, and do not argue the facts in public.</source>
        <translation>Svara kort, bjud in till direkt kontakt och diskutera inte fakta offentligt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="151"/>
        <source>Too early to tell: the 30-day window closes on {date}</source>
        <translation>För tidigt att säga: 30-dagarsperioden slutar den {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="152"/>
        <source>More customers came back than in the hold-out</source>
        <translation>Fler kunder kom tillbaka än i kontrollgruppen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="153"/>
        <source>Fewer customers came back than in the hold-out</source>
        <translation>Färre kunder kom tillbaka än i kontrollgruppen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="154"/>
        <source>Too few customers to tell</source>
        <translation>För få kunder för att kunna säga</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="155"/>
        <source>No clear difference from the hold-out</source>
        <translation>Ingen tydlig skillnad mot kontrollgruppen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="156"/>
        <source>Nobody was held out, so there is nothing to compare with</source>
        <translation>Ingen undantogs, så det finns inget att jämföra med</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/message_words.py" line="175"/>
        <source>%n-star review</source>
        <translation>
            <numerusform>recension med %n stjärna</numerusform>
            <numerusform>recension med %n stjärnor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/message_words.py" line="177"/>
        <source>left a %n-star review on {date}</source>
        <translation>
            <numerusform>skrev en recension med %n stjärna den {date}</numerusform>
            <numerusform>skrev en recension med %n stjärnor den {date}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="231"/>
        <source>the greeting, with the first name when known</source>
        <translation>hälsningen, med förnamnet när det är känt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="232"/>
        <source>the customer&apos;s first name</source>
        <translation>kundens förnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="233"/>
        <source>the customer&apos;s full name</source>
        <translation>kundens fullständiga namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="234"/>
        <source>your business name</source>
        <translation>namnet på ditt företag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="235"/>
        <source>what they usually order (empty when not known)</source>
        <translation>vad kunden brukar beställa (tomt om det inte är känt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="236"/>
        <source>their tier (Regular, Gold, VIP...)</source>
        <translation>kundens nivå (Regular, Gold, VIP...)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="237"/>
        <source>their tier before the upgrade</source>
        <translation>kundens nivå före uppflyttningen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="238"/>
        <source>how many visits they made</source>
        <translation>hur många besök kunden gjort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="239"/>
        <source>the date of their last visit</source>
        <translation>datum för senaste besöket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="240"/>
        <source>weeks since their last visit</source>
        <translation>veckor sedan senaste besöket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="241"/>
        <source>the dish the campaign is about (new dish)</source>
        <translation>rätten kampanjen handlar om (ny rätt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="242"/>
        <source>your offer, exactly as you wrote it (empty when none)</source>
        <translation>ditt erbjudande, precis som du skrev det (tomt om inget)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="243"/>
        <source>the date of their review (apology)</source>
        <translation>datum för recensionen (ursäkt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="244"/>
        <source>how you sign (your business name unless you change it)</source>
        <translation>hur du skriver under (ditt företagsnamn om du inte ändrar det)</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="479"/>
        <source>Messages</source>
        <translation>Meddelanden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="481"/>
        <source>Personal notes to the customers who agreed to hear from you, and replies to your reviews.</source>
        <translation>Personliga hälsningar till kunder som har sagt ja, och svar på dina recensioner.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="492"/>
        <source>Campaigns</source>
        <translation>Kampanjer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="493"/>
        <location filename="../../desktop/ui/pages/messages.py" line="515"/>
        <source>Inbox</source>
        <translation>Inkorg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="506"/>
        <source>Loading the reviews waiting for a reply</source>
        <translation>Läser in recensioner som väntar på svar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="515"/>
        <source>Inbox (%1)</source>
        <translation>Inkorg (%1)</translation>
    </message>
</context>
<context>
    <name>MessagingSettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="42"/>
        <source>Loading settings</source>
        <translation>Läser in inställningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="46"/>
        <source>Sending settings</source>
        <translation>Utskicksinställningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="49"/>
        <source>Respecting your customers</source>
        <translation>Respekt för dina kunder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="53"/>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="54"/>
        <source>At most one message per customer every</source>
        <translation>Högst ett meddelande per kund var</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="59"/>
        <source>Quiet hours from</source>
        <translation>Tysta timmar från</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="60"/>
        <source>until</source>
        <translation>till</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="64"/>
        <source>Hold out, to measure each campaign</source>
        <translation>Undanta, för att mäta varje kampanj</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="65"/>
        <source>Customers who did not come back after three messages in a row are written to four times less often.</source>
        <translation>Kunder som inte kommit tillbaka efter tre meddelanden i rad kontaktas fyra gånger mer sällan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="71"/>
        <source>Your messages</source>
        <translation>Dina meddelanden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="74"/>
        <source>e.g. Ana and the team at Café Aurora</source>
        <translation>t.ex. Ana och teamet på Café Aurora</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="75"/>
        <source>Sign as</source>
        <translation>Skriv under som</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="79"/>
        <source>When a customer&apos;s language is unknown, write in</source>
        <translation>När kundens språk inte är känt, skriv på</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="81"/>
        <source>Sending from your own mail account (optional)</source>
        <translation>Skicka från ditt eget e-postkonto (valfritt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="84"/>
        <source>e.g. smtp.example.com; empty: export only</source>
        <translation>t.ex. smtp.example.com; tomt: bara export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="89"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="89"/>
        <source>TLS (port 465)</source>
        <translation>TLS (port 465)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="90"/>
        <source>None (only a server on this computer)</source>
        <translation>Ingen (bara en server på den här datorn)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="94"/>
        <source>e.g. hello@yourcafe.com</source>
        <translation>t.ex. hej@dittcafe.se</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="95"/>
        <source>Mail server</source>
        <translation>E-postserver</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="96"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="97"/>
        <source>Security</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="98"/>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="99"/>
        <source>From address</source>
        <translation>Avsändaradress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="100"/>
        <source>Your password is never stored: Regulars asks for it each time you send.</source>
        <translation>Ditt lösenord sparas aldrig: Regulars frågar efter det varje gång du skickar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="146"/>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="157"/>
        <source>Saving settings</source>
        <translation>Sparar inställningar</translation>
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
    <name>OverviewPage</name>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="189"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="191"/>
        <source>Your week at a glance. Open a card to see what is behind it.</source>
        <translation>Din vecka i korthet. Öppna ett kort för att se vad som ligger bakom.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="215"/>
        <source>Rating this week</source>
        <translation>Betyg den här veckan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="215"/>
        <location filename="../../desktop/ui/pages/overview.py" line="216"/>
        <source>Open your reviews</source>
        <translation>Öppna dina recensioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="216"/>
        <source>New reviews</source>
        <translation>Nya recensioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="217"/>
        <source>Waiting for a reply</source>
        <translation>Väntar på svar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="217"/>
        <source>Open the most urgent review in the Inbox</source>
        <translation>Öppna den mest brådskande recensionen i inkorgen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="218"/>
        <source>Rating drop</source>
        <translation>Betygsfall</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="42"/>
        <location filename="../../desktop/ui/pages/overview.py" line="218"/>
        <source>See why on the Insights page</source>
        <translation>Se varför på sidan Insikter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="219"/>
        <source>Suspicious reviews</source>
        <translation>Misstänkta recensioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="219"/>
        <source>See the evidence on the Insights page</source>
        <translation>Se bevisen på sidan Insikter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="220"/>
        <source>Last campaign</source>
        <translation>Senaste kampanj</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="220"/>
        <source>Open your campaigns</source>
        <translation>Öppna dina kampanjer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="221"/>
        <source>Regulars at risk</source>
        <translation>Stamgäster i riskzonen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="221"/>
        <location filename="../../desktop/ui/pages/overview.py" line="222"/>
        <location filename="../../desktop/ui/pages/overview.py" line="223"/>
        <source>Open them on the Customers page</source>
        <translation>Öppna dem på sidan Kunder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="222"/>
        <source>Lapsed regulars</source>
        <translation>Stamgäster som slutat komma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="223"/>
        <source>Birthdays ahead</source>
        <translation>Kommande födelsedagar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="257"/>
        <source>Welcome to Regulars</source>
        <translation>Välkommen till Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="259"/>
        <source>There is nothing here yet. Import your review exports and your till&apos;s customer and order files, and this page will show your week: how your rating moves, who is waiting for a reply, and which regulars you have not seen for a while. Or look around the demo café first: it opens in a window of its own and leaves your data alone.</source>
        <translation>Här finns inget ännu. Importera dina recensionsexporter och kassans kund- och beställningsfiler, så visar den här sidan din vecka: hur ditt betyg rör sig, vem som väntar på svar och vilka stamgäster du inte har sett på ett tag. Eller titta först runt i demokaféet: det öppnas i ett eget fönster och rör inte dina data.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="267"/>
        <source>Import your files…</source>
        <translation>Importera dina filer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="270"/>
        <source>Open the demo café</source>
        <translation>Öppna demokaféet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="292"/>
        <location filename="../../desktop/ui/pages/overview.py" line="308"/>
        <source>Gathering your week</source>
        <translation>Samlar ihop din vecka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="323"/>
        <source>Your week to %1. Open a card to see what is behind it.</source>
        <translation>Din vecka fram till %1. Öppna ett kort för att se vad som ligger bakom.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="326"/>
        <source>Your newest review or order is from %1: import newer exports to see this week.</source>
        <translation>Din senaste recension eller beställning är från %1: importera nyare exporter för att se den här veckan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="328"/>
        <source>Looking…</source>
        <translation>Letar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="353"/>
        <source>No reviews imported yet.</source>
        <translation>Inga recensioner importerade ännu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="354"/>
        <source>Import your review exports to see them here.</source>
        <translation>Importera dina recensionsexporter för att se dem här.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="357"/>
        <source>No rated review this week.</source>
        <translation>Ingen recension med betyg den här veckan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="359"/>
        <source>No rated review in the %1 weeks before to compare with.</source>
        <translation>Ingen recension med betyg under de %1 veckorna innan att jämföra med.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="362"/>
        <source>Steady: %1 in the %2 weeks before.</source>
        <translation>Stabilt: %1 under de %2 veckorna innan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="365"/>
        <source>Up %1 from %2 in the %3 weeks before.</source>
        <translation>Upp %1 från %2 under de %3 veckorna innan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="366"/>
        <source>Down %1 from %2 in the %3 weeks before.</source>
        <translation>Ned %1 från %2 under de %3 veckorna innan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="374"/>
        <source>in the 7 days to %1; %2 in all.</source>
        <translation>under de 7 dagarna fram till %1; %2 totalt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="382"/>
        <source>Every review with text has a reply. Well done.</source>
        <translation>Varje recension med text har fått svar. Bra jobbat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="385"/>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="388"/>
        <source>Top of the inbox (%1): %2 %3 on %4, %5</source>
        <translation>Överst i inkorgen (%1): %2 %3 på %4, %5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="397"/>
        <source>None found</source>
        <translation>Inga hittades</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="400"/>
        <source>Still going.</source>
        <translation>Pågår fortfarande.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="400"/>
        <source>The latest one.</source>
        <translation>Den senaste.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="406"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="406"/>
        <source>No burst of suspicious reviews found.</source>
        <translation>Ingen skur av misstänkta recensioner hittades.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="413"/>
        <source>and %1 more</source>
        <translation>och %1 till</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="420"/>
        <source>Import your till&apos;s customer and order files to know your regulars.</source>
        <translation>Importera kassans kund- och beställningsfiler för att lära känna dina stamgäster.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="425"/>
        <source>Nobody became at risk this week.</source>
        <translation>Ingen hamnade i riskzonen den här veckan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="426"/>
        <source>Nobody lapsed this week.</source>
        <translation>Ingen slutade komma den här veckan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="430"/>
        <source>This week: %1</source>
        <translation>Den här veckan: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="441"/>
        <source>No birthday in the next %1 days.</source>
        <translation>Ingen födelsedag de närmaste %1 dagarna.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="448"/>
        <source>None yet</source>
        <translation>Ingen ännu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="449"/>
        <source>Send a win-back or thank-you campaign from the Messages page; its result shows here.</source>
        <translation>Skicka en kampanj för att vinna tillbaka eller tacka från sidan Meddelanden; resultatet visas här.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="455"/>
        <source>%1 points</source>
        <translation>%1 poäng</translation>
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
    <name>PreviewPanel</name>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="150"/>
        <source>Updating the preview…</source>
        <translation>Uppdaterar förhandsvisningen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="176"/>
        <source>new</source>
        <translation>nya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="176"/>
        <source>already there</source>
        <translation>fanns redan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="177"/>
        <source>rejected</source>
        <translation>avvisade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="177"/>
        <source>join a customer</source>
        <translation>läggs till en kund</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="178"/>
        <source>updated</source>
        <translation>ändrade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="208"/>
        <source>Row %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="227"/>
        <source>day first</source>
        <translation>dag först</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="227"/>
        <source>month first</source>
        <translation>månad först</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="229"/>
        <source>Dates in the column “%1” can be read two ways. Is %2 the %3 or %4?</source>
        <translation>Datum i kolumnen ”%1” kan läsas på två sätt. Är %2 = %3 eller %4?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="231"/>
        <source>%1 = %2 (day first, as in the UK and Europe)</source>
        <translation>%1 = %2 (dag först, som i Europa)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="233"/>
        <source>%1 = %2 (month first, as in the US)</source>
        <translation>%1 = %2 (månad först, som i USA)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="268"/>
        <source>This file holds</source>
        <translation>Filen innehåller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="313"/>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="335"/>
        <source>First rows, as Regulars will store them</source>
        <translation>Första raderna, så som Regulars sparar dem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="351"/>
        <source>Rows that cannot be imported</source>
        <translation>Rader som inte kan importeras</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="361"/>
        <source>Reading “%1”…</source>
        <translation>Läser ”%1”…</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../../desktop/ui/read_only.py" line="14"/>
        <source>This window is read-only: another Regulars window has this database open. Make changes there, or close it and reopen this one.</source>
        <translation>Det här fönstret är skrivskyddat: ett annat Regulars-fönster har databasen öppen. Gör ändringarna där, eller stäng det och öppna det här igen.</translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="48"/>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="50"/>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="51"/>
        <source>Mixed</source>
        <translation>Blandad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="92"/>
        <source>Recommends</source>
        <translation>Rekommenderar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="92"/>
        <source>Doesn&apos;t recommend</source>
        <translation>Rekommenderar inte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="113"/>
        <source>%1 out of 5</source>
        <translation>%1 av 5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="127"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="130"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="132"/>
        <source>Rating</source>
        <translation>Betyg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="134"/>
        <source>Sentiment</source>
        <translation>Ton</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="137"/>
        <source>Author</source>
        <translation>Skribent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="139"/>
        <source>Review</source>
        <translation>Recension</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="140"/>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="142"/>
        <source>You replied to this review</source>
        <translation>Du har svarat på recensionen</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="66"/>
        <source>Food</source>
        <translation>Mat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="67"/>
        <source>Drinks</source>
        <translation>Dryck</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="68"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="69"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="70"/>
        <source>Ambience</source>
        <translation>Atmosfär</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="71"/>
        <source>Cleanliness</source>
        <translation>Renlighet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="72"/>
        <source>Waiting</source>
        <translation>Väntetid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="73"/>
        <source>Your dishes</source>
        <translation>Dina rätter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="74"/>
        <source>Your staff</source>
        <translation>Din personal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="77"/>
        <source>food poisoning</source>
        <translation>matförgiftning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="78"/>
        <source>allergic reaction</source>
        <translation>allergisk reaktion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="79"/>
        <source>something in the food</source>
        <translation>främmande föremål i maten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="80"/>
        <source>pests</source>
        <translation>skadedjur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="81"/>
        <source>hygiene</source>
        <translation>hygien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="82"/>
        <source>legal threat</source>
        <translation>rättsligt hot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="127"/>
        <location filename="../../desktop/ui/pages/reviews.py" line="282"/>
        <source>Loading reviews</source>
        <translation>Läser in recensioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="140"/>
        <location filename="../../desktop/ui/pages/reviews.py" line="166"/>
        <source>Reviews</source>
        <translation>Recensioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="142"/>
        <source>What your guests say, across every site you are listed on.</source>
        <translation>Vad dina gäster säger, på alla sajter där du finns.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="153"/>
        <source>No reviews yet</source>
        <translation>Inga recensioner än</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="154"/>
        <source>Drop your Google, Tripadvisor or spreadsheet export here, or use Import.
Regulars reads the file on this computer; nothing is uploaded.</source>
        <translation>Släpp din export från Google, Tripadvisor eller ett kalkylark här, eller använd Importera.
Regulars läser filen på den här datorn; inget laddas upp.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="167"/>
        <source>Average rating</source>
        <translation>Snittbetyg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="168"/>
        <source>Last 30 days</source>
        <translation>Senaste 30 dagarna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="169"/>
        <source>Needing a reply</source>
        <translation>Obesvarade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="210"/>
        <source>No reviews match these filters.</source>
        <translation>Inga recensioner matchar filtren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="241"/>
        <source>Loading your reviews…</source>
        <translation>Läser in dina recensioner…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="284"/>
        <source>Your reviews could not be loaded.</source>
        <translation>Dina recensioner kunde inte läsas in.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="294"/>
        <source>matching your filters</source>
        <translation>som matchar filtren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="295"/>
        <source>all time</source>
        <translation>totalt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="297"/>
        <source>no star ratings yet</source>
        <translation>inga betyg än</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="302"/>
        <source>no rated reviews in the last 30 days</source>
        <translation>inga betyg de senaste 30 dagarna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="304"/>
        <source>nothing to compare with before</source>
        <translation>inget att jämföra med</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="308"/>
        <source>→ steady vs previous 30 days (%1)</source>
        <translation>→ stabilt mot 30 dagar innan (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="310"/>
        <source>▲ %1 vs previous 30 days</source>
        <translation>▲ %1 mot 30 dagar innan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="312"/>
        <source>▼ %1 vs previous 30 days</source>
        <translation>▼ %1 mot 30 dagar innan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="314"/>
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
        <location filename="../../desktop/ui/pages/reviews.py" line="345"/>
        <source>(This review has stars but no text.)</source>
        <translation>(Recensionen har stjärnor men ingen text.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="348"/>
        <source>Your reply</source>
        <translation>Ditt svar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="348"/>
        <source>No reply yet</source>
        <translation>Inget svar än</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="359"/>
        <source>Health or safety claim:</source>
        <translation>Anklagelse om hälsa eller säkerhet:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="389"/>
        <source>Written by your customer</source>
        <translation>Skriven av din kund</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="391"/>
        <source>Probably written by your customer (%1%)</source>
        <translation>Troligen skriven av din kund (%1 %)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="396"/>
        <source>last visit %1</source>
        <translation>senaste besök %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="400"/>
        <source>Usual order: %1</source>
        <translation>Vanlig beställning: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="404"/>
        <source>It is them</source>
        <translation>Det är hen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="404"/>
        <source>Not them</source>
        <translation>Inte hen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="418"/>
        <source>Loading the author</source>
        <translation>Läser in skribenten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="427"/>
        <source>Saving</source>
        <translation>Sparar</translation>
    </message>
</context>
<context>
    <name>SendingTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="194"/>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="195"/>
        <source>At most one message per customer every</source>
        <translation>Högst ett meddelande per kund var</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="202"/>
        <source>Quiet hours from</source>
        <translation>Tysta timmar från</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="203"/>
        <source>until</source>
        <translation>till</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="206"/>
        <source>Nothing is sent in quiet hours. They may run overnight, such as 21:00 until 09:00.</source>
        <translation>Under tysta timmar skickas inget. De får gå över natten, till exempel 21:00 till 09:00.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="211"/>
        <source>Hold out, to measure each campaign</source>
        <translation>Undanta, för att mäta varje kampanj</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="213"/>
        <source>e.g. Ana and the team at Café Aurora</source>
        <translation>t.ex. Ana och teamet på Café Aurora</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="214"/>
        <source>Sign as</source>
        <translation>Skriv under som</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="215"/>
        <source>Customers who did not come back after three messages in a row are written to four times less often. Your own mail server is set on the Messages page, under Sending settings.</source>
        <translation>Kunder som inte kom tillbaka efter tre meddelanden i rad får meddelanden fyra gånger mer sällan. Din egen e-postserver ställer du in på sidan Meddelanden, under Utskicksinställningar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="245"/>
        <source>Leave at least one day between two messages to the same customer.</source>
        <translation>Låt det gå minst en dag mellan två meddelanden till samma kund.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="247"/>
        <source>Quiet hours cannot start and end at the same time.</source>
        <translation>Tysta timmar kan inte börja och sluta vid samma tid.</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="55"/>
        <source>Type the server&apos;s address first.</source>
        <translation>Skriv serverns adress först.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="58"/>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="60"/>
        <source>Testing the connection</source>
        <translation>Testar anslutningen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="67"/>
        <source>A group with several laptops can keep its data on one PostgreSQL server that all of them open. Leave the address empty to keep your data in the file on this computer.</source>
        <translation>En grupp med flera bärbara datorer kan ha sina data på en enda PostgreSQL-server som alla öppnar. Lämna adressen tom för att ha dina data i filen på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="76"/>
        <source>Server address</source>
        <translation>Serveradress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="79"/>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="124"/>
        <source>Test connection</source>
        <translation>Testa anslutningen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="87"/>
        <source>The password is never saved: Regulars reads it from the PGPASSWORD environment variable or the .pgpass file of this computer. The server is used the next time Regulars starts; backups and encryption are then the server&apos;s job.</source>
        <translation>Lösenordet sparas aldrig: Regulars läser det från miljövariabeln PGPASSWORD eller filen .pgpass på den här datorn. Servern används nästa gång Regulars startar; säkerhetskopior och kryptering sköts då av servern.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="94"/>
        <source>Regulars will open this the next time it starts.</source>
        <translation>Regulars öppnar detta nästa gång det startar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="114"/>
        <source>Connected to %1 (%2). The database is empty: Regulars will set it up at the next start.</source>
        <translation>Ansluten till %1 (%2). Databasen är tom: Regulars gör i ordning den vid nästa start.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="117"/>
        <source>Connected to %1 (%2). Regulars&apos; data is there.</source>
        <translation>Ansluten till %1 (%2). Regulars data finns där.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="92"/>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="321"/>
        <source>Loading settings</source>
        <translation>Läser in inställningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="94"/>
        <source>Looking for names in your reviews</source>
        <translation>Letar efter namn i dina recensioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="175"/>
        <source>Saving settings</source>
        <translation>Sparar inställningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="201"/>
        <source>Tiers</source>
        <translation>Nivåer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="203"/>
        <source>Messages</source>
        <translation>Meddelanden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="207"/>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="215"/>
        <source>This computer</source>
        <translation>Den här datorn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="222"/>
        <source>This window is read-only: change the settings in the window that has your data open.</source>
        <translation>Det här fönstret är skrivskyddat: ändra inställningarna i fönstret där dina data är öppna.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="267"/>
        <source>Re-reading your reviews with your dishes and staff</source>
        <translation>Läser om dina recensioner med dina rätter och din personal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="181"/>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="344"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="191"/>
        <source>Your business</source>
        <translation>Ditt företag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="199"/>
        <source>Your dishes and staff</source>
        <translation>Rätter och personal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="216"/>
        <source>Shared server</source>
        <translation>Delad server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="295"/>
        <source>Suggestions from your reviews</source>
        <translation>Förslag från dina recensioner</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="66"/>
        <source>Wording: %1</source>
        <translation>Text: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="77"/>
        <source>Add a wording</source>
        <translation>Lägg till en version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="79"/>
        <source>Remove this wording</source>
        <translation>Ta bort den här versionen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="81"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="95"/>
        <source>E-mail subject</source>
        <translation>E-postämne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="96"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="97"/>
        <source>SMS</source>
        <translation>sms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="103"/>
        <source>Preview for an invented customer</source>
        <translation>Förhandsvisning för en påhittad kund</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="110"/>
        <source>Merge fields</source>
        <translation>Kopplingsfält</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="124"/>
        <source>Back to the shipped wording</source>
        <translation>Tillbaka till den medföljande texten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="136"/>
        <source>Loading the wording</source>
        <translation>Läser in texten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="150"/>
        <source>Wording %1 of %2</source>
        <translation>Version %1 av %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="203"/>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="210"/>
        <source>This wording cannot be used yet: %1</source>
        <translation>Den här texten kan inte användas än: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="220"/>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="226"/>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="238"/>
        <source>Saving the wording</source>
        <translation>Sparar texten</translation>
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
    <name>TiersDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="49"/>
        <source>Loyalty tiers</source>
        <translation>Lojalitetsnivåer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="71"/>
        <source>A customer is in the highest tier whose visits or spend they reach in its window, so a daily coffee and a weekly bag of beans both count. Leave a threshold at 0 to use only the other.</source>
        <translation>En kund hamnar i den högsta nivå vars besök eller summa hen når inom perioden, så både dagens kaffe och veckans påse bönor räknas. Låt en gräns stå på 0 för att bara använda den andra.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="77"/>
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="77"/>
        <source>Visits at least</source>
        <translation>Minst besök</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="77"/>
        <source>or spend at least</source>
        <translation>eller minst summa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="78"/>
        <source>in the last (days)</source>
        <translation>de senaste (dagarna)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="78"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="82"/>
        <source>Add a tier</source>
        <translation>Lägg till en nivå</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="83"/>
        <source>Remove the last tier</source>
        <translation>Ta bort sista nivån</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="94"/>
        <source>When is a regular lapsed?</source>
        <translation>När räknas en stamkund som borta?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="102"/>
        <source>Away for more than this many of their usual gaps</source>
        <translation>Borta längre än så många av sina vanliga uppehåll</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="103"/>
        <source>and at least this many days</source>
        <translation>och minst så många dagar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="104"/>
        <source>Their usual gap is the time between visits they rarely go beyond; at risk comes first, after twice that gap.</source>
        <translation>Det vanliga uppehållet är tiden mellan besök som kunden sällan överskrider; först kommer ”i riskzonen”, efter dubbla uppehållet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="127"/>
        <source>Loading the tiers</source>
        <translation>Läser in nivåerna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="153"/>
        <source>Check the tiers: %1</source>
        <translation>Kontrollera nivåerna: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="167"/>
        <source>Counting customers</source>
        <translation>Räknar kunder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="176"/>
        <source>Not in any tier: %1</source>
        <translation>Utan nivå: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="196"/>
        <source>Saving the tiers</source>
        <translation>Sparar nivåerna</translation>
    </message>
</context>
<context>
    <name>TiersTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="27"/>
        <source>A customer is in the highest tier whose visits or spend they reach in its window, lowest tier first. Leave a threshold at 0 to use only the other.</source>
        <translation>En kund hamnar i den högsta nivå vars besök eller köpbelopp hen når inom nivåns period; den lägsta nivån står först. Lämna en gräns på 0 för att bara använda den andra.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="30"/>
        <source>Tier</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="30"/>
        <source>Visits at least</source>
        <translation>Minst besök</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="31"/>
        <source>or spend at least</source>
        <translation>eller minst summa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="31"/>
        <source>in the last (days)</source>
        <translation>de senaste (dagarna)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="37"/>
        <source>Add a tier</source>
        <translation>Lägg till en nivå</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="38"/>
        <source>Remove the last tier</source>
        <translation>Ta bort sista nivån</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="45"/>
        <source>Customers &gt; Tiers… shows how many customers each rule holds.</source>
        <translation>Kunder &gt; Nivåer… visar hur många kunder varje regel omfattar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/tier_rules_table.py" line="118"/>
        <source>New tier</source>
        <translation>Ny nivå</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="86"/>
        <source>Every tier needs a name (row %1).</source>
        <translation>Varje nivå behöver ett namn (rad %1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="88"/>
        <source>The name “%1” is used twice.</source>
        <translation>Namnet ”%1” används två gånger.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="91"/>
        <source>“%1” needs a number of visits or an amount spent.</source>
        <translation>”%1” behöver ett antal besök eller ett köpbelopp.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="96"/>
        <source>“%1” must ask for more visits than “%2” beneath it.</source>
        <translation>”%1” måste kräva fler besök än ”%2” under den.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="97"/>
        <source>“%1” must ask for more spend than “%2” beneath it.</source>
        <translation>”%1” måste kräva ett högre köpbelopp än ”%2” under den.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="68"/>
        <source>Average rating</source>
        <translation>Snittbetyg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="83"/>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="114"/>
        <source>Reviews</source>
        <translation>Recensioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="114"/>
        <source>Stars</source>
        <translation>Stjärnor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="131"/>
        <source>Rating over time</source>
        <translation>Betyg över tid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="136"/>
        <source>Average stars</source>
        <translation>Snittbetyg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="137"/>
        <source>Number of reviews</source>
        <translation>Antal recensioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="147"/>
        <source>Weekly</source>
        <translation>Per vecka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="147"/>
        <source>Monthly</source>
        <translation>Per månad</translation>
    </message>
</context>
<context>
    <name>VisitsChart</name>
    <message>
        <location filename="../../desktop/ui/widgets/visits_chart.py" line="54"/>
        <source>No visits recorded yet</source>
        <translation>Inga besök registrerade än</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="150"/>
        <source>Step %1 of %2</source>
        <translation>Steg %1 av %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="178"/>
        <location filename="../../desktop/ui/welcome.py" line="237"/>
        <location filename="../../desktop/ui/welcome.py" line="370"/>
        <source>Welcome to Regulars</source>
        <translation>Välkommen till Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="197"/>
        <source>Skip</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="198"/>
        <source>Close the welcome; it will not show again. Everything here is also in File &gt; Settings.</source>
        <translation>Stäng välkomsten; den visas inte igen. Allt här finns också under Arkiv &gt; Inställningar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="201"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="203"/>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="206"/>
        <source>Import my files…</source>
        <translation>Importera mina filer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="209"/>
        <source>Finish</source>
        <translation>Slutför</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="239"/>
        <source>Regulars reads your review exports and your till&apos;s customer and order files, tells you why your rating moves, knows your regulars, and helps you write to them personally.</source>
        <translation>Regulars läser dina recensionsexporter och kassans kund- och beställningsfiler, berättar varför ditt betyg rör sig, känner dina stamgäster och hjälper dig att skriva personligt till dem.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="242"/>
        <source>Everything stays on this laptop: files are read here, nothing is uploaded, and Regulars never connects to the internet.</source>
        <translation>Allt stannar på den här datorn: filerna läses här, inget laddas upp och Regulars ansluter aldrig till internet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="244"/>
        <source>Your data is kept in this one file (copy it to keep a backup):</source>
        <translation>Dina data sparas i den här enda filen (kopiera den för att ha en säkerhetskopia):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="251"/>
        <source>Look around the demo café first</source>
        <translation>Titta först runt i demokaféet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="252"/>
        <source>Opens a made-up café in a window of its own; your data is not touched.</source>
        <translation>Öppnar ett påhittat kafé i ett eget fönster; dina data rörs inte.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="266"/>
        <source>Your café</source>
        <translation>Ditt kafé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="267"/>
        <source>Messages are signed with your business&apos;s name; you can change all of this later in File &gt; Settings.</source>
        <translation>Meddelandena signeras med ditt företagsnamn; du kan ändra allt detta senare under Arkiv &gt; Inställningar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="274"/>
        <source>e.g. The Corner Café</source>
        <translation>t.ex. Hörnkaféet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="275"/>
        <source>Business name</source>
        <translation>Företagsnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="283"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="286"/>
        <source>Not set (numbers must start with +)</source>
        <translation>Inte angivet (numren måste börja med +)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="290"/>
        <source>Phone numbers written without a country code are read as numbers of this country.</source>
        <translation>Telefonnummer som skrivs utan landsnummer läses som nummer i det här landet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="292"/>
        <source>Phone numbers are from</source>
        <translation>Telefonnumren är från</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="294"/>
        <source>Same as this computer</source>
        <translation>Samma som den här datorn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="299"/>
        <source>Language of the window</source>
        <translation>Fönstrets språk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="305"/>
        <source>Used when a customer&apos;s or reviewer&apos;s own language is not known.</source>
        <translation>Används när kundens eller recensentens eget språk inte är känt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="307"/>
        <source>Messages are written in</source>
        <translation>Meddelanden skrivs på</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="316"/>
        <source>Your files</source>
        <translation>Dina filer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="318"/>
        <source>Download these exports from the systems you use, then import them (or drop them on the window). Importing the same file twice adds nothing, and every import can be undone.</source>
        <translation>Ladda ned de här exporterna från systemen du använder och importera dem sedan (eller släpp dem på fönstret). Att importera samma fil två gånger lägger inte till något, och varje import kan ångras.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="322"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="322"/>
        <source>What it holds</source>
        <translation>Vad den innehåller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="323"/>
        <source>Where to find the export</source>
        <translation>Var du hittar exporten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="326"/>
        <source>Exports Regulars understands</source>
        <translation>Exporter som Regulars förstår</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="354"/>
        <source>Saving your café&apos;s details</source>
        <translation>Sparar uppgifterna om ditt kafé</translation>
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
        <translation>Recensioner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="58"/>
        <source>takeout.google.com: choose only “Google Business Profile” and download the archive; or an Outscraper or Apify export of your Google Maps reviews.</source>
        <translation>takeout.google.com: välj bara ”Google Business Profile” och ladda ned arkivet; eller en export från Outscraper eller Apify av dina recensioner på Google Maps.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="61"/>
        <source>Tripadvisor has no export button: use an Apify Tripadvisor export (CSV, Excel or JSON).</source>
        <translation>Tripadvisor har ingen exportknapp: använd en Apify-export från Tripadvisor (CSV, Excel eller JSON).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="63"/>
        <source>Trustpilot Business: Reviews, then Export reviews.</source>
        <translation>Trustpilot Business: Recensioner, sedan Exportera recensioner.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="65"/>
        <source>The Yelp review file your developer or agency downloaded (JSON or CSV).</source>
        <translation>Yelp-recensionsfilen som din utvecklare eller byrå har laddat ned (JSON eller CSV).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="67"/>
        <source>Your Page’s recommendations, exported as CSV or JSON.</source>
        <translation>Din sidas rekommendationer, exporterade som CSV eller JSON.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="69"/>
        <location filename="../../desktop/ui/welcome.py" line="72"/>
        <location filename="../../desktop/ui/welcome.py" line="74"/>
        <source>Customers and orders</source>
        <translation>Kunder och beställningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="69"/>
        <source>Square Dashboard: Customers, Directory, Export customers; and Reports, Item sales, Export, Item detail.</source>
        <translation>Square Dashboard: Kunder, Katalog, Exportera kunder; och Rapporter, Artikelförsäljning, Exportera, Artikeldetaljer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="72"/>
        <source>Shopify admin: Customers, then Export; Orders, then Export.</source>
        <translation>Shopify admin: Kunder, sedan Exportera; Beställningar, sedan Exportera.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="74"/>
        <source>Loyverse Back Office: Customers, then Export; Reports, Receipts, then Export.</source>
        <translation>Loyverse Back Office: Kunder, sedan Exportera; Rapporter, Kvitton, sedan Exportera.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="76"/>
        <location filename="../../desktop/ui/welcome.py" line="78"/>
        <location filename="../../desktop/ui/welcome.py" line="80"/>
        <location filename="../../desktop/ui/welcome.py" line="82"/>
        <source>Orders</source>
        <translation>Beställningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="76"/>
        <source>Toast Web: Reports, Data exports, the CheckDetails file.</source>
        <translation>Toast Web: Reports, Data exports, filen CheckDetails.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="78"/>
        <source>SumUp dashboard: Sales, then export the sales or transactions report.</source>
        <translation>SumUp-panelen: Försäljning, exportera sedan försäljnings- eller transaktionsrapporten.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="80"/>
        <source>Zettle back office: Reports, Receipts, then Export to Excel.</source>
        <translation>Zettle back office: Rapporter, Kvitton, sedan Exportera till Excel.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="82"/>
        <source>Lightspeed Restaurant (K-Series): Reports, Payments, then Export.</source>
        <translation>Lightspeed Restaurant (K-Series): Rapporter, Betalningar, sedan Exportera.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="84"/>
        <location filename="../../desktop/ui/welcome.py" line="86"/>
        <location filename="../../desktop/ui/welcome.py" line="88"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="84"/>
        <source>Audience, All contacts, Export Audience: import the ZIP as it is.</source>
        <translation>Audience, All contacts, Export Audience: importera ZIP-filen som den är.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="86"/>
        <source>Contacts, select all, then Export.</source>
        <translation>Kontakter, markera alla, sedan Exportera.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="88"/>
        <source>TheFork Manager: Customers, then Export.</source>
        <translation>TheFork Manager: Kunder, sedan Exportera.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="90"/>
        <source>Anything</source>
        <translation>Vad som helst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="90"/>
        <source>Any spreadsheet with recognisable column names (date, rating, text; name, email, phone; date, total): Regulars asks when it is not sure.</source>
        <translation>Vilket kalkylark som helst med igenkännbara kolumnnamn (datum, betyg, text; namn, e-post, telefon; datum, summa): Regulars frågar när det är osäkert.</translation>
    </message>
</context>
<context>
    <name>WindowTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="297"/>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="310"/>
        <source>Same as this computer</source>
        <translation>Samma som datorn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="303"/>
        <source>Language of the window</source>
        <translation>Språk i fönstret</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="304"/>
        <source>Regulars will speak this language the next time it starts.</source>
        <translation>Regulars använder det här språket nästa gång det startar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="310"/>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="310"/>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="314"/>
        <source>Light or dark</source>
        <translation>Ljust eller mörkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="315"/>
        <source>Always show the import preview, even for files Regulars recognises</source>
        <translation>Visa alltid förhandsgranskningen, även för filer som Regulars känner igen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="320"/>
        <source>These choices belong to this computer; everything else in Settings is kept with your data.</source>
        <translation>De här valen gäller den här datorn; allt annat i Inställningar sparas med dina data.</translation>
    </message>
</context>
</TS>
