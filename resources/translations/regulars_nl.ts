<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop/ui/application.py" line="111"/>
        <location filename="../../desktop/ui/application.py" line="123"/>
        <location filename="../../desktop/ui/application.py" line="128"/>
        <source>Cannot open the database</source>
        <translation>Kan de database niet openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="115"/>
        <source>Cannot reach the shared server</source>
        <translation>Kan de gedeelde server niet bereiken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="116"/>
        <source>%1

Regulars opens the data file on this computer instead. Check the address in File &gt; Settings &gt; Shared server, or leave it empty to always use the file.</source>
        <translation>%1

Regulars opent in plaats daarvan het gegevensbestand op deze computer. Controleer het adres bij Bestand &gt; Instellingen &gt; Gedeelde server, of laat het leeg om altijd het bestand te gebruiken.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="129"/>
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
    <name>BackupsTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="266"/>
        <source>Backups kept of each kind</source>
        <translation>Back-ups die per soort bewaard blijven</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="267"/>
        <source>Regulars makes a backup every day it opens, and before an import or an upgrade; the oldest beyond this number are removed.</source>
        <translation>Regulars maakt elke dag dat het opent een back-up, en vóór een import of een update; de oudste boven dit aantal worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="269"/>
        <source>See and restore backups…</source>
        <translation>Back-ups bekijken en terugzetten…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="270"/>
        <source>Encryption…</source>
        <translation>Versleuteling…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="277"/>
        <source>Your data is on a shared server: back it up and protect it on the server (ask whoever runs it).</source>
        <translation>Je gegevens staan op een gedeelde server: maak daar back-ups en beveilig ze op de server (vraag het aan wie hem beheert).</translation>
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
    <name>BusinessTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="106"/>
        <source>e.g. The Corner Café</source>
        <translation>bijv. Café de Hoek</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="107"/>
        <source>Business name</source>
        <translation>Bedrijfsnaam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="109"/>
        <source>One a line, e.g.
High Street
Station Road</source>
        <translation>Eén per regel, bijv.
Dorpsstraat
Stationsplein</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="112"/>
        <source>Locations</source>
        <translation>Vestigingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="117"/>
        <source>e.g. EUR</source>
        <translation>bijv. EUR</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="119"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="124"/>
        <source>Not set (numbers must start with +)</source>
        <translation>Niet ingesteld (nummers beginnen met +)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="127"/>
        <source>Phone numbers are from</source>
        <translation>Telefoonnummers uit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="128"/>
        <source>Phone numbers in your files written without a country code (like 07700 900123) are read as numbers of this country, so the same customer is recognised across your till, your mailing list and your booking system.</source>
        <translation>Telefoonnummers zonder landcode in je bestanden (zoals 06 12345678) worden gelezen als nummers uit dit land, zodat dezelfde klant wordt herkend in je kassa, je mailinglijst en je reserveringssysteem.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="134"/>
        <source>Messages are written in</source>
        <translation>Berichten worden geschreven in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="135"/>
        <source>…when a customer&apos;s or reviewer&apos;s own language is not known.</source>
        <translation>…als de taal van een klant of recensent niet bekend is.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="174"/>
        <source>A currency is three letters, such as EUR, GBP or SEK (or leave it empty).</source>
        <translation>Een valuta is drie letters, zoals EUR, GBP of SEK (of laat het leeg).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="177"/>
        <source>Regulars keeps at most %1 locations; there are %2.</source>
        <translation>Regulars bewaart hoogstens %1 vestigingen; er zijn er %2.</translation>
    </message>
</context>
<context>
    <name>CampaignsTab</name>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="100"/>
        <source>Unknown offer tags. Use: %1</source>
        <translation>Onbekende aanbodkenmerken. Gebruik: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="106"/>
        <source>Write the new dish&apos;s name first.</source>
        <translation>Schrijf eerst de naam van het nieuwe gerecht.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="110"/>
        <source>Preparing the drafts…</source>
        <translation>Concepten voorbereiden…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="112"/>
        <location filename="../../desktop/ui/pages/messages.py" line="353"/>
        <source>Preparing drafts</source>
        <translation>Concepten voorbereiden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="121"/>
        <source>Loading past campaigns</source>
        <translation>Eerdere campagnes laden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="141"/>
        <source>Exporting messages</source>
        <translation>Berichten exporteren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="147"/>
        <source>Sending…</source>
        <translation>Versturen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="149"/>
        <source>Sending messages</source>
        <translation>Berichten versturen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="179"/>
        <source>Offer contains, e.g. meat, dairy</source>
        <translation>Aanbod bevat, bijv. vlees, zuivel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="180"/>
        <source>Menu tags of what you offer: customers whose diet or allergies conflict are left out, and the list says why.</source>
        <translation>Menukenmerken van wat je aanbiedt: klanten bij wie het dieet of de allergieën niet passen, worden overgeslagen, en de lijst zegt waarom.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="183"/>
        <source>The new dish</source>
        <translation>Het nieuwe gerecht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="305"/>
        <source>Every tier</source>
        <translation>Alle niveaus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="187"/>
        <source>Your offer, if any (written as is)</source>
        <translation>Je aanbod, als je er een hebt (wordt letterlijk overgenomen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="188"/>
        <source>Prepare drafts</source>
        <translation>Concepten voorbereiden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="198"/>
        <source>Pick a campaign and press Prepare drafts.</source>
        <translation>Kies een campagne en klik op Concepten voorbereiden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="201"/>
        <source>Import files…</source>
        <translation>Bestanden importeren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="216"/>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="216"/>
        <source>Getting a message</source>
        <translation>Krijgen een bericht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="216"/>
        <source>Left out</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="238"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/message_draft_pane.py" line="88"/>
        <source>Select a customer to see their message.</source>
        <translation>Kies een klant om het bericht te zien.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/message_draft_pane.py" line="53"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/message_draft_pane.py" line="60"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/message_draft_pane.py" line="62"/>
        <source>Open in my mail program</source>
        <translation>Openen in mijn mailprogramma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="260"/>
        <source>Edit the wording…</source>
        <translation>Tekst bewerken…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="262"/>
        <source>Export for mail merge…</source>
        <translation>Exporteren voor mailmerge…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="263"/>
        <source>Writes one .eml file per e-mail and a CSV for your mail or SMS tool, and logs the messages as sent.</source>
        <translation>Maakt één .eml-bestand per e-mail en een CSV voor je mail- of sms-programma, en noteert de berichten als verstuurd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="267"/>
        <source>Send by e-mail…</source>
        <translation>Versturen per e-mail…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="269"/>
        <source>Sending settings…</source>
        <translation>Verzendinstellingen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="281"/>
        <source>Past campaigns</source>
        <translation>Eerdere campagnes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="282"/>
        <source>Messages sent</source>
        <translation>Verstuurde berichten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="330"/>
        <source>%Ln message(s) ready.</source>
        <translation>
            <numerusform>%Ln bericht klaar.</numerusform>
            <numerusform>%Ln berichten klaar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="331"/>
        <source>%Ln customer(s) left out.</source>
        <translation>
            <numerusform>%Ln klant overgeslagen.</numerusform>
            <numerusform>%Ln klanten overgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="333"/>
        <source>%Ln of them held out at random, to measure whether the campaign works.</source>
        <translation>
            <numerusform>%Ln van hen willekeurig achtergehouden, om te meten of de campagne werkt.</numerusform>
            <numerusform>%Ln van hen willekeurig achtergehouden, om te meten of de campagne werkt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="336"/>
        <source>Nobody fits this campaign right now. Customers come from your till&apos;s and mailing list&apos;s exports: drop them on the Import page.</source>
        <translation>Nu past niemand in deze campagne. Klanten komen uit de exports van je kassa en je mailinglijst: sleep ze naar de pagina Importeren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="354"/>
        <source>The drafts could not be prepared.</source>
        <translation>De concepten konden niet worden voorbereid.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="365"/>
        <source>Difference: %1 points (95% interval %2 to %3)</source>
        <translation>Verschil: %1 procentpunten (95%-interval %2 tot %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/message_draft_pane.py" line="90"/>
        <source>%1 is left out: %2</source>
        <translation>%1 wordt overgeslagen: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/message_draft_pane.py" line="97"/>
        <source>To %1 &lt;%2&gt; by %3, in %4.</source>
        <translation>Aan %1 &lt;%2&gt; via %3, in het %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="386"/>
        <source>Logging the message</source>
        <translation>Bericht noteren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="398"/>
        <source>Logged: the frequency cap now counts this message.</source>
        <translation>Genoteerd: de frequentielimiet telt dit bericht nu mee.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="405"/>
        <source>Export the messages into…</source>
        <translation>Berichten exporteren naar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="410"/>
        <source>Send by e-mail</source>
        <translation>Versturen per e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="411"/>
        <source>Password of your mail account (not stored):</source>
        <translation>Wachtwoord van je mailaccount (wordt niet bewaard):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="418"/>
        <source>Exported %Ln message(s) to %1 and logged them.</source>
        <translation>
            <numerusform>%Ln bericht geëxporteerd naar %1 en genoteerd.</numerusform>
            <numerusform>%Ln berichten geëxporteerd naar %1 en genoteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="421"/>
        <source>Sent and logged %Ln message(s).</source>
        <translation>
            <numerusform>%Ln bericht verstuurd en genoteerd.</numerusform>
            <numerusform>%Ln berichten verstuurd en genoteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="423"/>
        <source>%Ln could not be sent.</source>
        <translation>
            <numerusform>%Ln kon niet worden verstuurd.</numerusform>
            <numerusform>%Ln konden niet worden verstuurd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="425"/>
        <source>%Ln left out because of the frequency cap.</source>
        <translation>
            <numerusform>%Ln overgeslagen vanwege de frequentielimiet.</numerusform>
            <numerusform>%Ln overgeslagen vanwege de frequentielimiet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="120"/>
        <source>Record what %1 agreed to</source>
        <translation>Vastleggen waar %1 mee instemt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="129"/>
        <source>Only what the customer told you themselves. A receipt e-mail is not consent.</source>
        <translation>Alleen wat de klant je zelf heeft gezegd. Een e-mail voor de bon is geen toestemming.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="137"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="138"/>
        <source>Yes, they want to hear from us</source>
        <translation>Ja, wil berichten van ons</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="139"/>
        <source>No, they do not</source>
        <translation>Nee, wil dat niet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="144"/>
        <source>Their answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="146"/>
        <source>What they were asked and how they answered, e.g. “ticked the newsletter box on the loyalty card, 3 May”</source>
        <translation>Wat er gevraagd werd en wat het antwoord was, bijv. ‘vinkte de nieuwsbrief aan op de spaarkaart, 3 mei’</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="149"/>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="111"/>
        <source>Select a customer to see their card: their rhythm, what they like, their reviews and what they agreed to receive.</source>
        <translation>Kies een klant om de kaart te zien: ritme, wat ze lekker vinden, hun reviews en waar ze mee instemden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="140"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="147"/>
        <source>From %1</source>
        <translation>Uit %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="149"/>
        <source>first visit %1</source>
        <translation>eerste bezoek %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="151"/>
        <source>birthday %1</source>
        <translation>verjaardag %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="158"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="158"/>
        <source>Consent…</source>
        <translation>Toestemming…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="159"/>
        <source>Export data…</source>
        <translation>Gegevens exporteren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="159"/>
        <source>Erase…</source>
        <translation>Wissen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="176"/>
        <source>Tier and rhythm</source>
        <translation>Niveau en ritme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="182"/>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="182"/>
        <source>None yet</source>
        <translation>Nog geen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="183"/>
        <source>Segment</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="183"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="184"/>
        <source>Visits</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="185"/>
        <source>%1 spent</source>
        <translation>%1 besteed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="186"/>
        <source>In short</source>
        <translation>Kortom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="198"/>
        <source>no tier</source>
        <translation>geen niveau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="205"/>
        <source>Visits per month</source>
        <translation>Bezoeken per maand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="211"/>
        <source>Counted from the customer file: no orders of theirs imported yet.</source>
        <translation>Geteld uit het klantenbestand: nog geen bestellingen van deze klant geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="216"/>
        <source>What they like</source>
        <translation>Wat ze lekker vinden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="232"/>
        <source>Diet</source>
        <translation>Dieet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="233"/>
        <source>Allergies</source>
        <translation>Allergieën</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="242"/>
        <source>Staff notes</source>
        <translation>Notities van het team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="247"/>
        <source>Nothing noted yet. Use Edit… to add their usual order, diet or allergies.</source>
        <translation>Nog niets genoteerd. Met Bewerken… voeg je de vaste bestelling, het dieet of allergieën toe.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="254"/>
        <source>Suggestions to check</source>
        <translation>Suggesties om na te kijken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="260"/>
        <source>Accept</source>
        <translation>Overnemen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="261"/>
        <source>Dismiss</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="271"/>
        <source>An allergy counts only once you accept it.</source>
        <translation>Een allergie telt pas als jij hem overneemt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="277"/>
        <source>Their reviews</source>
        <translation>Hun reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="284"/>
        <source>Confirmed</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="286"/>
        <source>Probably them (%1%)</source>
        <translation>Waarschijnlijk deze klant (%1%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="291"/>
        <source>It&apos;s them</source>
        <translation>Klopt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="292"/>
        <source>Not them</source>
        <translation>Iemand anders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="300"/>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="305"/>
        <source>May we contact them?</source>
        <translation>Mogen we ze berichten?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="312"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="312"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="318"/>
        <source>They said no before; a later “yes” was not applied: %1</source>
        <translation>Zei eerder nee; een later ‘ja’ is niet overgenomen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="320"/>
        <source>no choice recorded</source>
        <translation>geen keuze vastgelegd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="323"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="323"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/customer_card.py" line="333"/>
        <source>%Ln message(s) sent; the last on %1: %2, by %3.</source>
        <translation>
            <numerusform>%n bericht gestuurd; het laatste op %1: %2, via %3.</numerusform>
            <numerusform>%n berichten gestuurd; het laatste op %1: %2, via %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="340"/>
        <source>No message sent to them yet.</source>
        <translation>Nog geen bericht gestuurd.</translation>
    </message>
</context>
<context>
    <name>CustomerEditDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="39"/>
        <source>What %1 likes</source>
        <translation>Wat %1 lekker vindt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="57"/>
        <source>Usual order</source>
        <translation>Vaste bestelling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="57"/>
        <source>oat flat white, extra hot</source>
        <translation>flat white met havermelk, extra heet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="58"/>
        <source>Seating</source>
        <translation>Favoriete plek</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="58"/>
        <source>the window table</source>
        <translation>het tafeltje bij het raam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="59"/>
        <source>Best time to contact</source>
        <translation>Beste moment om te berichten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="59"/>
        <source>weekday mornings</source>
        <translation>doordeweeks &apos;s ochtends</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="65"/>
        <source>Not known</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="69"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="71"/>
        <source>No preference</source>
        <translation>Geen voorkeur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="75"/>
        <source>Preferred channel</source>
        <translation>Voorkeurskanaal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="78"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="81"/>
        <source>Diet and allergies</source>
        <translation>Dieet en allergieën</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="83"/>
        <source>Health data: kept apart and used only to leave them out of offers that do not suit them, never to choose who gets an offer.</source>
        <translation>Gezondheidsgegevens: apart bewaard en alleen gebruikt om iemand buiten aanbiedingen te houden die niet passen, nooit om te kiezen wie een aanbieding krijgt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="96"/>
        <source>Allergies (the 14 EU allergens)</source>
        <translation>Allergieën (de 14 EU-allergenen)</translation>
    </message>
</context>
<context>
    <name>CustomerText</name>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="17"/>
        <location filename="../../desktop/ui/customer_text.py" line="65"/>
        <source>Vegetarian</source>
        <translation>Vegetarisch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="18"/>
        <location filename="../../desktop/ui/customer_text.py" line="64"/>
        <source>Vegan</source>
        <translation>Veganistisch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="19"/>
        <source>Gluten-free</source>
        <translation>Glutenvrij</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="20"/>
        <source>Halal</source>
        <translation>Halal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="21"/>
        <source>Kosher</source>
        <translation>Koosjer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="22"/>
        <source>Dairy-free</source>
        <translation>Zuivelvrij</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="25"/>
        <source>Gluten (cereals)</source>
        <translation>Gluten (granen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="26"/>
        <source>Crustaceans</source>
        <translation>Schaaldieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="27"/>
        <source>Eggs</source>
        <translation>Eieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="28"/>
        <location filename="../../desktop/ui/customer_text.py" line="57"/>
        <source>Fish</source>
        <translation>Vis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="29"/>
        <source>Peanuts</source>
        <translation>Pinda&apos;s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="30"/>
        <source>Soya</source>
        <translation>Soja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="31"/>
        <source>Milk (lactose)</source>
        <translation>Melk (lactose)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="32"/>
        <source>Tree nuts</source>
        <translation>Noten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="33"/>
        <source>Celery</source>
        <translation>Selderij</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="34"/>
        <source>Mustard</source>
        <translation>Mosterd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="35"/>
        <source>Sesame</source>
        <translation>Sesam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="36"/>
        <source>Sulphites</source>
        <translation>Sulfiet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="37"/>
        <source>Lupin</source>
        <translation>Lupine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="38"/>
        <source>Molluscs</source>
        <translation>Weekdieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="41"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="42"/>
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="43"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="46"/>
        <source>Usual order</source>
        <translation>Vaste bestelling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="47"/>
        <source>Diet</source>
        <translation>Dieet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="48"/>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="49"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="50"/>
        <source>Seating</source>
        <translation>Favoriete plek</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="51"/>
        <source>Preferred channel</source>
        <translation>Voorkeurskanaal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="52"/>
        <source>Best time to contact</source>
        <translation>Beste moment om te berichten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="53"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="56"/>
        <source>Meat</source>
        <translation>Vlees</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="58"/>
        <source>Shellfish</source>
        <translation>Schaal- en schelpdieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="59"/>
        <source>Dairy</source>
        <translation>Zuivel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="60"/>
        <source>Egg</source>
        <translation>Ei</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="61"/>
        <source>Gluten</source>
        <translation>Gluten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="62"/>
        <source>Nuts</source>
        <translation>Noten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="63"/>
        <source>Alcohol</source>
        <translation>Alcohol</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="68"/>
        <source>from a staff note</source>
        <translation>uit een teamnotitie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="69"/>
        <source>entered by you</source>
        <translation>door jou ingevoerd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="70"/>
        <source>confirmed by you</source>
        <translation>door jou bevestigd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="91"/>
        <location filename="../../desktop/ui/customer_text.py" line="116"/>
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln bezoek</numerusform>
            <numerusform>%Ln bezoeken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="99"/>
        <source>First visit %Ln day(s) ago</source>
        <translation>
            <numerusform>Eerste bezoek %Ln dag geleden</numerusform>
            <numerusform>Eerste bezoek %Ln dagen geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="101"/>
        <source>One visit, %Ln day(s) ago</source>
        <translation>
            <numerusform>Eén bezoek, %Ln dag geleden</numerusform>
            <numerusform>Eén bezoek, %Ln dagen geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="103"/>
        <source>%Ln visit(s), no habit yet</source>
        <translation>
            <numerusform>%Ln bezoek, nog geen gewoonte</numerusform>
            <numerusform>%Ln bezoeken, nog geen gewoonte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="103"/>
        <location filename="../../desktop/ui/customer_text.py" line="114"/>
        <location filename="../../desktop/ui/customer_text.py" line="116"/>
        <source>last seen %Ln day(s) ago</source>
        <translation>
            <numerusform>laatst gezien %Ln dag geleden</numerusform>
            <numerusform>laatst gezien %Ln dagen geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="105"/>
        <location filename="../../desktop/ui/customer_text.py" line="107"/>
        <source>Not seen for %Ln day(s)</source>
        <translation>
            <numerusform>Al %Ln dag niet gezien</numerusform>
            <numerusform>Al %Ln dagen niet gezien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="105"/>
        <source>usually every %Ln day(s)</source>
        <translation>
            <numerusform>komt meestal elke dag</numerusform>
            <numerusform>komt meestal om de %Ln dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="108"/>
        <source>last year they took a break of %Ln day(s) at this time and came back</source>
        <translation>
            <numerusform>vorig jaar rond deze tijd %Ln dag weg en daarna terug</numerusform>
            <numerusform>vorig jaar rond deze tijd %Ln dagen weg en daarna terug</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="111"/>
        <source>%Ln visit(s) in the last %1 weeks</source>
        <translation>
            <numerusform>%Ln bezoek in de laatste %1 weken</numerusform>
            <numerusform>%Ln bezoeken in de laatste %1 weken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="112"/>
        <source>about %Ln expected from their rhythm</source>
        <translation>
            <numerusform>volgens hun ritme zo&apos;n %Ln verwacht</numerusform>
            <numerusform>volgens hun ritme zo&apos;n %Ln verwacht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="114"/>
        <source>Usually every %Ln day(s)</source>
        <translation>
            <numerusform>Komt meestal elke dag</numerusform>
            <numerusform>Komt meestal om de %Ln dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="118"/>
        <source>%Ln visit(s) in the customer file, no dates</source>
        <translation>
            <numerusform>%Ln bezoek in het klantenbestand, zonder datum</numerusform>
            <numerusform>%Ln bezoeken in het klantenbestand, zonder data</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="119"/>
        <source>No visit known yet</source>
        <translation>Nog geen bezoek bekend</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="123"/>
        <source>Not in a tier yet</source>
        <translation>Nog geen niveau</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="126"/>
        <source>%Ln visit(s) in the last %1 days</source>
        <translation>
            <numerusform>%Ln bezoek in de laatste %1 dagen</numerusform>
            <numerusform>%Ln bezoeken in de laatste %1 dagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="128"/>
        <source>%1 spent in the last %2 days</source>
        <translation>%1 besteed in de laatste %2 dagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="133"/>
        <source>Not enough visits to tell</source>
        <translation>Te weinig bezoeken om iets te zeggen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="134"/>
        <source>came recently</source>
        <translation>kwam onlangs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="134"/>
        <source>not seen for a while</source>
        <translation>al even niet gezien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="135"/>
        <source>not seen for a long time</source>
        <translation>al lang niet gezien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="136"/>
        <source>comes often</source>
        <translation>komt vaak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="136"/>
        <source>comes now and then</source>
        <translation>komt af en toe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="137"/>
        <source>comes rarely</source>
        <translation>komt zelden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="138"/>
        <source>spends a lot</source>
        <translation>besteedt veel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="138"/>
        <source>spends about average</source>
        <translation>besteedt gemiddeld</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="139"/>
        <source>spends little</source>
        <translation>besteedt weinig</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="145"/>
        <source>On %1 of %Ln visit(s)</source>
        <translation>
            <numerusform>Bij %1 van %Ln bezoek</numerusform>
            <numerusform>Bij %1 van %Ln bezoeken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="148"/>
        <source>%Ln visit(s) with food, never meat or fish</source>
        <translation>
            <numerusform>%Ln bezoek met eten, nooit vlees of vis</numerusform>
            <numerusform>%Ln bezoeken met eten, nooit vlees of vis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="150"/>
        <source>Wrote %1 of %Ln review(s) in this language</source>
        <translation>
            <numerusform>Schreef %1 van %Ln review in deze taal</numerusform>
            <numerusform>Schreef %1 van %Ln reviews in deze taal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="153"/>
        <source>Their review: “%1”</source>
        <translation>In hun review: ‘%1’</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="32"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="33"/>
        <location filename="../../desktop/ui/models/customers_model.py" line="42"/>
        <source>Regular</source>
        <translation>Vaste klant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="34"/>
        <source>At risk</source>
        <translation>Haakt af</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="35"/>
        <source>Lapsed</source>
        <translation>Weggebleven</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="36"/>
        <source>One-off</source>
        <translation>Eenmalig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="43"/>
        <source>Gold</source>
        <translation>Goud</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="44"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="48"/>
        <source>vegetarian</source>
        <translation>vegetarisch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="49"/>
        <source>vegan</source>
        <translation>veganistisch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="50"/>
        <source>gluten-free</source>
        <translation>glutenvrij</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="51"/>
        <source>halal</source>
        <translation>halal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="52"/>
        <source>kosher</source>
        <translation>koosjer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="53"/>
        <source>dairy-free</source>
        <translation>zuivelvrij</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="54"/>
        <source>big spender</source>
        <translation>grote besteder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="55"/>
        <source>birthday this month</source>
        <translation>jarig deze maand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="108"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="111"/>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="113"/>
        <source>Segment</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="117"/>
        <source>Last visit</source>
        <translation>Laatste bezoek</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="119"/>
        <source>Visits</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="121"/>
        <source>Spend</source>
        <translation>Besteed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="124"/>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="139"/>
        <location filename="../../desktop/ui/pages/customers.py" line="349"/>
        <source>Loading customers</source>
        <translation>Klanten laden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="174"/>
        <location filename="../../desktop/ui/pages/customers.py" line="200"/>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="176"/>
        <source>Who your regulars are, who is slipping away, and what each one likes.</source>
        <translation>Wie je vaste klanten zijn, wie wegblijft en wat ieder lekker vindt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="187"/>
        <source>No customers yet</source>
        <translation>Nog geen klanten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="188"/>
        <source>Drop your till&apos;s customer list or sales export here (Square, Shopify, Loyverse, Toast, SumUp, Zettle, Lightspeed) or a Mailchimp audience, or use Import.
Orders that name their customer bring the customer with them. Everything stays on this computer.</source>
        <translation>Sleep hier de klantenlijst of verkoopexport van je kassa (Square, Shopify, Loyverse, Toast, SumUp, Zettle, Lightspeed) of een Mailchimp-doelgroep naartoe, of gebruik Import.
Bestellingen die hun klant noemen, brengen de klant mee. Alles blijft op deze computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="201"/>
        <source>Regulars</source>
        <translation>Vaste klanten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="202"/>
        <source>At risk</source>
        <translation>Haakt af</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="203"/>
        <source>Lapsed</source>
        <translation>Weggebleven</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="204"/>
        <source>Tier moves</source>
        <translation>Niveauwissels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="212"/>
        <source>Search name, e-mail or phone</source>
        <translation>Zoek op naam, e-mail of telefoon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="216"/>
        <source>All segments</source>
        <translation>Alle groepen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="221"/>
        <location filename="../../desktop/ui/pages/customers.py" line="358"/>
        <source>All tiers</source>
        <translation>Alle niveaus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="224"/>
        <location filename="../../desktop/ui/pages/customers.py" line="371"/>
        <source>All locations</source>
        <translation>Alle vestigingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="230"/>
        <source>Tiers…</source>
        <translation>Niveaus…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="232"/>
        <source>Menu…</source>
        <translation>Menu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="294"/>
        <source>No customers match these filters.</source>
        <translation>Geen klanten bij deze filters.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="323"/>
        <source>Loading your customers…</source>
        <translation>Je klanten worden geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="351"/>
        <source>Your customers could not be loaded.</source>
        <translation>Je klanten konden niet worden geladen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="361"/>
        <source>No tier</source>
        <translation>Geen niveau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="393"/>
        <source>as of %1</source>
        <translation>per %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="394"/>
        <source>%1 of them with visits; judged as of the latest order.</source>
        <translation>%1 daarvan met bezoeken; beoordeeld per de laatste bestelling.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="396"/>
        <source>in their rhythm</source>
        <translation>in hun ritme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="398"/>
        <source>slower than usual</source>
        <translation>minder vaak dan anders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="399"/>
        <source>well past their rhythm</source>
        <translation>ruim over hun ritme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="400"/>
        <source>this month</source>
        <translation>deze maand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="412"/>
        <source>%1 shown</source>
        <translation>%1 getoond</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="434"/>
        <location filename="../../desktop/ui/pages/customers.py" line="446"/>
        <source>Loading the customer</source>
        <translation>Klant laden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="479"/>
        <source>Saving the customer</source>
        <translation>Klant opslaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="493"/>
        <source>Recording consent</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="499"/>
        <source>Export this customer&apos;s data to</source>
        <translation>Gegevens van deze klant exporteren naar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="506"/>
        <source>Exported %1 files to %2</source>
        <translation>%1 bestanden geëxporteerd naar %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="509"/>
        <source>Exporting</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="513"/>
        <source>Erase this customer?</source>
        <translation>Deze klant wissen?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="514"/>
        <source>Erase %1 and everything about them: contact details, notes, diet and allergies, consent, and which reviews they wrote. Their orders stay as anonymous sales. This cannot be undone; the erasure is logged without any personal data.</source>
        <translation>%1 wissen met alles wat erbij hoort: contactgegevens, notities, dieet en allergieën, toestemmingen en welke reviews ze schreven. De bestellingen blijven als anonieme verkopen. Dit kan niet ongedaan worden gemaakt; het wissen wordt vastgelegd zonder persoonsgegevens.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="526"/>
        <source>The customer was erased.</source>
        <translation>De klant is gewist.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="528"/>
        <source>Erasing</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="533"/>
        <location filename="../../desktop/ui/pages/customers.py" line="537"/>
        <source>Saving</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../desktop/ui/widgets/drop_zone.py" line="48"/>
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
        <location filename="../../desktop/ui/errors.py" line="77"/>
        <source>Something needs your attention</source>
        <translation>Je aandacht is nodig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="86"/>
        <source>Sorry, something went wrong on our side. Your data has not been changed.

The details were written to:
{path}</source>
        <translation>Sorry, er ging bij ons iets mis. Je gegevens zijn niet gewijzigd.

De details staan in:
{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="91"/>
        <source>Sorry, something went wrong</source>
        <translation>Sorry, er ging iets mis</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="71"/>
        <source>All sources</source>
        <translation>Alle bronnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="72"/>
        <source>All languages</source>
        <translation>Alle talen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="106"/>
        <source>Search reviews, authors…</source>
        <translation>Zoek reviews, auteurs…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="117"/>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="118"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="123"/>
        <source>All time</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="123"/>
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="124"/>
        <source>Last 90 days</source>
        <translation>Laatste 90 dagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="124"/>
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="125"/>
        <source>Custom dates…</source>
        <translation>Datums kiezen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="138"/>
        <source>Stars</source>
        <translation>Sterren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="140"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="145"/>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../desktop/ui/help.py" line="21"/>
        <location filename="../../desktop/ui/help.py" line="29"/>
        <source>Regulars guide</source>
        <translation>Regulars-handleiding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="37"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="37"/>
        <source>Your week at a glance: the rating and how it moved, new reviews, who is waiting for a reply, rating drops, suspicious reviews, regulars at risk, birthdays and your last campaign. Open a card to see more.</source>
        <translation>Je week in één oogopslag: je beoordeling en hoe die veranderde, nieuwe reviews, wie op een antwoord wacht, dalingen in je beoordeling, verdachte reviews, vaste klanten die dreigen weg te blijven, verjaardagen en je laatste campagne. Open een kaart voor meer details.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="40"/>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="40"/>
        <source>Every review you imported, with filters by platform, stars, language and words, and the rating over time.</source>
        <translation>Alle reviews die je hebt geïmporteerd, met filters op platform, sterren, taal en woorden, en je beoordeling door de tijd heen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="42"/>
        <source>Insights</source>
        <translation>Inzichten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="42"/>
        <source>Why the rating changed: each drop with its causes in plain words, the reviews behind them, and bursts of suspicious reviews.</source>
        <translation>Waarom je beoordeling veranderde: elke daling met de oorzaken in gewone woorden, de reviews erachter en golven van verdachte reviews.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="44"/>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="44"/>
        <source>Your customers from every till and mailing list: tiers, who is a regular, who is at risk or lapsed, birthdays and what they usually order.</source>
        <translation>Je klanten uit al je kassa&apos;s en mailinglijsten: niveaus, wie een vaste klant is, wie dreigt weg te blijven of al weg is gebleven, verjaardagen en wat ze meestal bestellen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="47"/>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="47"/>
        <source>Personal notes to customers who agreed to hear from you, what they did afterwards, and the reviews waiting for a reply, most urgent first.</source>
        <translation>Persoonlijke berichtjes aan klanten die hebben aangegeven iets van je te willen horen, wat ze daarna deden, en de reviews die op een antwoord wachten, de dringendste eerst.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="50"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="50"/>
        <source>Bring in review, customer and order exports, see every import and undo one.</source>
        <translation>Haal exports van reviews, klanten en bestellingen binnen, bekijk elke import en maak er een ongedaan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="60"/>
        <source>Regulars never connects to the internet: files are read here and nothing is uploaded. A backup is made every day you open it and before every import (File &gt; Backups).</source>
        <translation>Regulars maakt nooit verbinding met internet: bestanden worden hier gelezen en er wordt niets geüpload. Elke dag dat je de app opent en vóór elke import wordt er een back-up gemaakt (Bestand &gt; Back-ups).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="66"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="66"/>
        <source>Move between the cards, lists and buttons</source>
        <translation>Tussen de kaarten, lijsten en knoppen wisselen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="67"/>
        <source>Enter, Space</source>
        <translation>Enter, spatiebalk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="67"/>
        <source>Open the card or press the button that has the focus</source>
        <translation>De geselecteerde kaart openen of de geselecteerde knop indrukken</translation>
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
    <name>ImportMessages</name>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="28"/>
        <source>row {row}: {detail}</source>
        <translation>rij {row}: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="29"/>
        <source>item {row}: {detail}</source>
        <translation>item {row}: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="30"/>
        <source>line {row}: {detail}</source>
        <translation>regel {row}: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="31"/>
        <source>{file}: {detail}</source>
        <translation>{file}: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="32"/>
        <source>{column} &apos;{value}&apos; is not a number</source>
        <translation>{column} &apos;{value}&apos; is geen getal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="33"/>
        <source>{column} &apos;{value}&apos; is not yes/no</source>
        <translation>{column} &apos;{value}&apos; is geen ja/nee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="34"/>
        <source>{column} &apos;{value}&apos; is not a rating out of 5, 10 or 100</source>
        <translation>{column} &apos;{value}&apos; is geen score op 5, 10 of 100</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="36"/>
        <source>{column} &apos;{value}&apos; is not a number 1-{scale}</source>
        <translation>{column} &apos;{value}&apos; is geen getal van 1 tot {scale}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="37"/>
        <source>{column} &apos;{value}&apos; is not an e-mail address</source>
        <translation>{column} &apos;{value}&apos; is geen e-mailadres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="38"/>
        <source>{column} &apos;{value}&apos; is not a phone number</source>
        <translation>{column} &apos;{value}&apos; is geen telefoonnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="39"/>
        <source>{column} &apos;{value}&apos; was shortened by Excel (scientific notation); re-export the file as text</source>
        <translation>{column} &apos;{value}&apos; is door Excel ingekort (wetenschappelijke notatie); exporteer het bestand opnieuw als tekst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="42"/>
        <source>{column} &apos;{value}&apos; is not a date</source>
        <translation>{column} &apos;{value}&apos; is geen datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="43"/>
        <source>{column} is empty</source>
        <translation>{column} is leeg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="44"/>
        <source>birthday {day}/{month}/{year} is not a date</source>
        <translation>verjaardag {day}-{month}-{year} is geen datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="45"/>
        <source>has no name, e-mail, phone or customer id</source>
        <translation>heeft geen naam, e-mail, telefoon of klant-id</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="46"/>
        <source>has no rating and no review text</source>
        <translation>heeft geen score en geen reviewtekst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="47"/>
        <source>is not valid JSON</source>
        <translation>is geen geldige JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="48"/>
        <source>is not a review object</source>
        <translation>is geen review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="49"/>
        <source>unexpected review shape ({kind})</source>
        <translation>onverwachte vorm van review ({kind})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="50"/>
        <source>The file has column names but no data rows.</source>
        <translation>Het bestand heeft kolomnamen maar geen gegevensrijen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="51"/>
        <source>Some rows have a different number of columns than the header; values may be in the wrong columns. Check the file in a spreadsheet.</source>
        <translation>Sommige rijen hebben een ander aantal kolommen dan de kopregel; waarden staan mogelijk in de verkeerde kolom. Controleer het bestand in een spreadsheet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="54"/>
        <source>{count} more rows were rejected and are not listed.</source>
        <translation>Nog {count} rijen zijn geweigerd en worden niet getoond.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="55"/>
        <source>Read the worksheet &apos;{sheet}&apos; (the first sheet had no recognisable table).</source>
        <translation>Het werkblad &apos;{sheet}&apos; is gelezen (het eerste blad had geen herkenbare tabel).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="57"/>
        <source>Ratings in column &apos;{column}&apos; go up to {max}; they were read as a 10-point scale and converted to 1-5 stars.</source>
        <translation>De scores in kolom &apos;{column}&apos; gaan tot {max}; ze zijn gelezen als een 10-puntsschaal en omgerekend naar 1-5 sterren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="60"/>
        <source>{count} cancelled or void rows were left out.</source>
        <translation>{count} geannuleerde of vervallen rijen zijn weggelaten.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="61"/>
        <source>{count} rows that are not sales (payouts, floats, transfers...) were left out.</source>
        <translation>{count} rijen die geen verkopen zijn (uitbetalingen, wisselgeld, overboekingen...) zijn weggelaten.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="63"/>
        <source>{count} customer e-mails, phones or ids on orders were unusable and left empty; the orders were kept.</source>
        <translation>{count} e-mailadressen, telefoonnummers of klant-id&apos;s bij bestellingen waren onbruikbaar en zijn leeg gelaten; de bestellingen zijn bewaard.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="66"/>
        <source>Dates in column &apos;{column}&apos; could be read either way (for example &apos;{example}&apos;); they were read as {order} {why}. If that is wrong, re-import choosing the other date order.</source>
        <translation>De datums in kolom &apos;{column}&apos; zijn op twee manieren te lezen (bijvoorbeeld &apos;{example}&apos;); ze zijn gelezen als {order} {why}. Klopt dat niet, importeer dan opnieuw en kies de andere volgorde.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="69"/>
        <source>day/month</source>
        <translation>dag/maand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="70"/>
        <source>month/day (US style)</source>
        <translation>maand/dag (Amerikaans)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="71"/>
        <source>as {profile} usually writes them</source>
        <translation>zoals {profile} ze meestal schrijft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="72"/>
        <source>because the column names are in {language}</source>
        <translation>omdat de kolomnamen in het {language} zijn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="73"/>
        <source>because dotted dates are European style</source>
        <translation>omdat datums met punten Europees zijn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="74"/>
        <source>as in US exports</source>
        <translation>zoals in Amerikaanse exports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="75"/>
        <source>the file does not exist</source>
        <translation>het bestand bestaat niet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="76"/>
        <source>this is not a regular file (a pipe or a device); save the export as a file</source>
        <translation>dit is geen gewoon bestand (een pipe of een apparaat); sla de export op als bestand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="78"/>
        <source>cannot open the file ({reason})</source>
        <translation>het bestand kan niet worden geopend ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="79"/>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="80"/>
        <source>this is not a text table (it contains binary data)</source>
        <translation>dit is geen teksttabel (het bevat binaire gegevens)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="81"/>
        <source>this is an old Excel .xls file; open it in Excel and save it as .xlsx or CSV</source>
        <translation>dit is een oud Excel-bestand (.xls); open het in Excel en sla het op als .xlsx of CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="83"/>
        <source>unknown text encoding</source>
        <translation>onbekende tekstcodering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="84"/>
        <source>this is a web page or XML file, not a table; open it in Excel and save it as .xlsx or CSV</source>
        <translation>dit is een webpagina of XML-bestand, geen tabel; open het in Excel en sla het op als .xlsx of CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="87"/>
        <source>a row has {columns} columns; this is not a table of reviews, customers or orders</source>
        <translation>een rij heeft {columns} kolommen; dit is geen tabel met reviews, klanten of bestellingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="89"/>
        <source>the file could not be read as a table ({reason})</source>
        <translation>het bestand kon niet als tabel worden gelezen ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="90"/>
        <source>line {line} is longer than {megabytes} MB (a file without line breaks, or not a table)</source>
        <translation>regel {line} is langer dan {megabytes} MB (een bestand zonder regeleinden, of geen tabel)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="93"/>
        <source>no table with column names was found</source>
        <translation>er is geen tabel met kolomnamen gevonden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="94"/>
        <source>the file is too large to read into memory</source>
        <translation>het bestand is te groot om in het geheugen te lezen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="95"/>
        <source>the file is nested too deeply to read</source>
        <translation>het bestand is te diep genest om te lezen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="96"/>
        <source>the file could not be read ({reason})</source>
        <translation>het bestand kon niet worden gelezen ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="97"/>
        <source>the folder contains no CSV, Excel or JSON files</source>
        <translation>de map bevat geen CSV-, Excel- of JSON-bestanden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="98"/>
        <source>this folder holds more than {files} data files or {limit} files in all; choose the export&apos;s own folder</source>
        <translation>deze map bevat meer dan {files} gegevensbestanden of {limit} bestanden in totaal; kies de map van de export zelf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="101"/>
        <source>none of the {count} files inside could be read (first: {first})</source>
        <translation>geen van de {count} bestanden erin kon worden gelezen (het eerste: {first})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="103"/>
        <source>reading Excel files needs openpyxl</source>
        <translation>voor het lezen van Excel-bestanden is openpyxl nodig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="104"/>
        <source>the Excel file is damaged or not a workbook ({reason})</source>
        <translation>het Excel-bestand is beschadigd of geen werkmap ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="106"/>
        <source>the Excel file is damaged ({reason})</source>
        <translation>het Excel-bestand is beschadigd ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="107"/>
        <source>the workbook&apos;s first sheet is empty</source>
        <translation>het eerste blad van de werkmap is leeg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="108"/>
        <source>the sheet is empty</source>
        <translation>het blad is leeg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="109"/>
        <source>the workbook has no sheets</source>
        <translation>de werkmap heeft geen bladen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="110"/>
        <source>the ZIP archive contains no CSV, Excel or JSON files</source>
        <translation>het ZIP-archief bevat geen CSV-, Excel- of JSON-bestanden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="111"/>
        <source>this ZIP is not an Excel workbook (.xlsx)</source>
        <translation>deze ZIP is geen Excel-werkmap (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="112"/>
        <source>the ZIP archive is damaged or incomplete ({reason})</source>
        <translation>het ZIP-archief is beschadigd of onvolledig ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="113"/>
        <source>the ZIP holds {files} data files; Regulars reads at most {limit} from one archive</source>
        <translation>de ZIP bevat {files} gegevensbestanden; Regulars leest er hoogstens {limit} uit één archief</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="116"/>
        <source>the files in this ZIP add up to more than {gigabytes} GB unpacked; unpack it and import the files</source>
        <translation>de bestanden in deze ZIP zijn uitgepakt groter dan {gigabytes} GB; pak hem uit en importeer de bestanden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="119"/>
        <source>cannot unpack this file from the ZIP ({reason})</source>
        <translation>dit bestand kan niet uit de ZIP worden uitgepakt ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="120"/>
        <source>this file in the ZIP is too large to import</source>
        <translation>dit bestand in de ZIP is te groot om te importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="121"/>
        <source>this file would unpack {times} times larger than it is stored: a ZIP bomb, not an export</source>
        <translation>dit bestand zou uitgepakt {times} keer groter worden: een ZIP-bom, geen export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="124"/>
        <source>&apos;{format}&apos; is a JSON format but this file is a table</source>
        <translation>&apos;{format}&apos; is een JSON-formaat, maar dit bestand is een tabel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="126"/>
        <source>no recognisable columns; columns found: {columns}</source>
        <translation>geen herkenbare kolommen; gevonden kolommen: {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="127"/>
        <source>no recognisable {kind} columns; columns found: {columns}</source>
        <translation>geen herkenbare kolommen voor {kind}; gevonden kolommen: {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="129"/>
        <source>no recognisable {kind} columns (it looks like a {description} file); columns found: {columns}</source>
        <translation>geen herkenbare kolommen voor {kind} (het lijkt een bestand van {description}); gevonden kolommen: {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="132"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="133"/>
        <source>unknown format &apos;{format}&apos; (see the list of formats)</source>
        <translation>onbekend formaat &apos;{format}&apos; (zie de lijst met formaten)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="134"/>
        <source>the format &apos;{format}&apos; holds {holds}, not {kind}</source>
        <translation>het formaat &apos;{format}&apos; bevat {holds}, geen {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="135"/>
        <source>this is not a {description} file: missing column(s) {columns}</source>
        <translation>dit is geen bestand van {description}: ontbrekende kolom(men) {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="137"/>
        <source>this is a {description} file, which holds {holds}, not {kind}</source>
        <translation>dit is een bestand van {description}, dat {holds} bevat, geen {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="139"/>
        <source>JSON files hold reviews only; no {kind} found</source>
        <translation>JSON-bestanden bevatten alleen reviews; geen {kind} gevonden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="140"/>
        <source>this is not valid JSON (line {line}: {reason})</source>
        <translation>dit is geen geldige JSON (regel {line}: {reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="141"/>
        <source>these are reviews you wrote yourself on Google Maps (Takeout &apos;Maps (your places)&apos;); export &apos;Google Business Profile&apos; to get your café&apos;s reviews</source>
        <translation>dit zijn reviews die je zelf op Google Maps hebt geschreven (Takeout &apos;Maps (je plaatsen)&apos;); exporteer &apos;Google Bedrijfsprofiel&apos; om de reviews van je café te krijgen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="144"/>
        <source>this JSON is {found}, not {format}</source>
        <translation>deze JSON is {found}, geen {format}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="145"/>
        <source>the JSON file contains no reviews</source>
        <translation>het JSON-bestand bevat geen reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="146"/>
        <source>no reviews in a known format were found in this JSON file</source>
        <translation>in dit JSON-bestand zijn geen reviews in een bekend formaat gevonden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="148"/>
        <source>reviews</source>
        <translation>reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="149"/>
        <source>customers</source>
        <translation>klanten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="150"/>
        <source>orders</source>
        <translation>bestellingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="151"/>
        <source>Skipped {detail}</source>
        <translation>Overgeslagen: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="152"/>
        <source>... and {count} more like these</source>
        <translation>… en nog {count} van dit soort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="153"/>
        <source>There is no import batch {batch}.</source>
        <translation>Er is geen import nr. {batch}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="154"/>
        <source>Import batch {batch} ({file}) was already undone.</source>
        <translation>Import nr. {batch} ({file}) is al ongedaan gemaakt.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="68"/>
        <source>Loading import history</source>
        <translation>Importgeschiedenis laden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="77"/>
        <source>Undoing import</source>
        <translation>Import ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="82"/>
        <source>Undo import?</source>
        <translation>Import ongedaan maken?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="83"/>
        <source>Remove the %1 rows that “%2” added on %3?

Rows that were already there stay.</source>
        <translation>De %1 rijen verwijderen die „%2” op %3 heeft toegevoegd?

Rijen die er al waren, blijven staan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="94"/>
        <source>Undoing merge</source>
        <translation>Samenvoeging ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="99"/>
        <source>Undo merge?</source>
        <translation>Samenvoeging ongedaan maken?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="100"/>
        <source>Split “%1” back into two customers?

The %2 record becomes a customer of its own again, and the values it changed go back to what they were.</source>
        <translation>„%1” weer splitsen in twee klanten?

Het record uit %2 wordt weer een aparte klant, en de waarden die het wijzigde worden teruggezet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="102"/>
        <source>this customer</source>
        <translation>deze klant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="120"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="124"/>
        <source>Drop files here to import them</source>
        <translation>Sleep bestanden hierheen om ze te importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="125"/>
        <source>Google and Tripadvisor review exports, your till&apos;s customer and order exports, or any spreadsheet (CSV, Excel, JSON). Importing the same file twice changes nothing.</source>
        <translation>Review-exports van Google en Tripadvisor, klant- en bestelexports van je kassa, of elke spreadsheet (CSV, Excel, JSON). Hetzelfde bestand twee keer importeren verandert niets.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="136"/>
        <source>Import history</source>
        <translation>Importgeschiedenis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="137"/>
        <location filename="../../desktop/ui/pages/import_page.py" line="234"/>
        <source>Customer merges</source>
        <translation>Samengevoegde klanten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="160"/>
        <source>Nothing imported yet. Files you import will be listed here, and each import can be undone.</source>
        <translation>Nog niets geïmporteerd. Bestanden die je importeert verschijnen hier, en elke import kan ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="172"/>
        <source>When a customer in one file has the same e-mail or phone as a customer from another system, Regulars keeps one customer. Undo a merge if they are really two people.</source>
        <translation>Als een klant in een bestand hetzelfde e-mailadres of telefoonnummer heeft als een klant uit een ander systeem, houdt Regulars één klant over. Maak de samenvoeging ongedaan als het echt twee mensen zijn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="186"/>
        <source>No customers have been merged. Merges happen when you import customer lists from more than one system.</source>
        <translation>Er zijn geen klanten samengevoegd. Dat gebeurt als je klantenlijsten uit meer dan één systeem importeert.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="233"/>
        <source>Customer merges (%1)</source>
        <translation>Samengevoegde klanten (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="243"/>
        <location filename="../../desktop/ui/pages/import_page.py" line="257"/>
        <source>Undo</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="246"/>
        <source>Make these two customers again</source>
        <translation>Maak hier weer twee klanten van</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="247"/>
        <location filename="../../desktop/ui/pages/import_page.py" line="261"/>
        <source>Already undone</source>
        <translation>Al ongedaan gemaakt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="260"/>
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
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="149"/>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="258"/>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="297"/>
        <source>Import preview</source>
        <translation>Importvoorbeeld</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="160"/>
        <source>Nothing has been imported yet. Check what Regulars found, fix the columns if needed, then import.</source>
        <translation>Er is nog niets geïmporteerd. Controleer wat Regulars heeft gevonden, pas zo nodig de kolommen aan en importeer dan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="187"/>
        <source>Don&apos;t ask again for recognised formats</source>
        <translation>Niet meer vragen bij herkende formaten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="188"/>
        <source>Import files Regulars recognises for certain straight away, unless rows are rejected or a question needs your answer.</source>
        <translation>Bestanden die Regulars zeker herkent meteen importeren, tenzij er rijen worden afgewezen of een vraag op je antwoord wacht.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="200"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="202"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="212"/>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="212"/>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="213"/>
        <source>Orders</source>
        <translation>Bestellingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="216"/>
        <source>reviews</source>
        <translation>reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="216"/>
        <source>customers</source>
        <translation>klanten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="217"/>
        <source>orders</source>
        <translation>bestellingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="238"/>
        <source>Reading “%1”…</source>
        <translation>„%1” lezen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="292"/>
        <source>Regulars cannot read “%1”:
%2</source>
        <translation>Regulars kan „%1” niet lezen:
%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="295"/>
        <source>Something went wrong while reading this file.</source>
        <translation>Er ging iets mis bij het lezen van dit bestand.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="315"/>
        <source>Not a format Regulars knows. Tell it which column holds what; nothing is imported until you do.</source>
        <translation>Regulars kent dit formaat niet. Geef aan wat elke kolom bevat; tot die tijd wordt er niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="319"/>
        <source>Choose, for at least one column, what it holds.</source>
        <translation>Kies voor minstens één kolom wat erin staat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="336"/>
        <source>A spreadsheet read by its column names</source>
        <translation>Spreadsheet gelezen via de kolomnamen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="337"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="351"/>
        <source>%1: %2 new, %3 already there</source>
        <translation>%1: %2 nieuw, %3 al aanwezig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="369"/>
        <source>mapped by you</source>
        <translation>door jou gekoppeld</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="371"/>
        <source>recognised for certain</source>
        <translation>zeker herkend</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="372"/>
        <source>a good guess (%1% sure) — check the columns</source>
        <translation>goede gok (%1% zeker) — controleer de kolommen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="389"/>
        <source>Import %Ln row(s)</source>
        <translation>
            <numerusform>%Ln rij importeren</numerusform>
            <numerusform>%Ln rijen importeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="390"/>
        <source>Skip the %Ln rejected row(s)</source>
        <translation>
            <numerusform>Afgewezen rij overslaan</numerusform>
            <numerusform>De %Ln afgewezen rijen overslaan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="397"/>
        <source>Reading…</source>
        <translation>Lezen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="399"/>
        <source>Answer the question about dates in “%1” first.</source>
        <translation>Beantwoord eerst de vraag over datums in „%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="402"/>
        <source>Answer the question about dates first.</source>
        <translation>Beantwoord eerst de vraag over datums.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="404"/>
        <source>Without skipping, importing is all or nothing: fix the rejected rows in the file, or tick “Skip”.</source>
        <translation>Zonder overslaan is importeren alles of niets: verbeter de afgewezen rijen in het bestand of vink „overslaan” aan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="407"/>
        <source>There is nothing Regulars can import from here yet.</source>
        <translation>Hier is nog niets wat Regulars kan importeren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="409"/>
        <source>Everything in here is already in Regulars.</source>
        <translation>Alles hierin staat al in Regulars.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="412"/>
        <source>“%1” is left out: it cannot be read, or its columns are not chosen yet.</source>
        <translation>„%1” wordt overgeslagen: het is onleesbaar of de kolommen zijn nog niet gekozen.</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="44"/>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="63"/>
        <source>reviews</source>
        <translation>reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="63"/>
        <source>customers</source>
        <translation>klanten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="64"/>
        <source>orders</source>
        <translation>bestellingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="69"/>
        <source>Row %1: %2</source>
        <translation>Rij %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="72"/>
        <source>…and %1 more</source>
        <translation>…en nog %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="86"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="86"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="87"/>
        <source>Already there</source>
        <translation>Al aanwezig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="87"/>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="88"/>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="94"/>
        <source>These files could not be imported:</source>
        <translation>Deze bestanden konden niet worden geïmporteerd:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="100"/>
        <source>There was nothing to import.</source>
        <translation>Er was niets om te importeren.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="116"/>
        <source>Nothing was imported</source>
        <translation>Er is niets geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="118"/>
        <source>Everything in these files was already in Regulars</source>
        <translation>Alles in deze bestanden stond al in Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="119"/>
        <source>Imported %1</source>
        <translation>Geïmporteerd: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="122"/>
        <source>Import finished</source>
        <translation>Import voltooid</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="28"/>
        <source>%Ln new review(s)</source>
        <translation>
            <numerusform>%Ln nieuwe review</numerusform>
            <numerusform>%Ln nieuwe reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="30"/>
        <source>%Ln new customer(s)</source>
        <translation>
            <numerusform>%Ln nieuwe klant</numerusform>
            <numerusform>%Ln nieuwe klanten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="32"/>
        <source>%Ln new order(s)</source>
        <translation>
            <numerusform>%Ln nieuwe bestelling</numerusform>
            <numerusform>%Ln nieuwe bestellingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="33"/>
        <source>%Ln new row(s)</source>
        <translation>
            <numerusform>%Ln nieuwe rij</numerusform>
            <numerusform>%Ln nieuwe rijen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="100"/>
        <source>Loading the reviews waiting for a reply</source>
        <translation>Reviews laden die op antwoord wachten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="122"/>
        <source>Marking answered</source>
        <translation>Markeren als beantwoord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="135"/>
        <source>No reviews are waiting for a reply. Well done!
New reviews appear here after you import them.</source>
        <translation>Er wachten geen reviews op antwoord. Goed gedaan!
Nieuwe reviews verschijnen hier zodra je ze importeert.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="141"/>
        <source>No reviews yet</source>
        <translation>Nog geen reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="142"/>
        <source>Import your review exports on the Import page, or drop them here: the reviews waiting for a reply then appear here, most urgent first, each with a draft reply.</source>
        <translation>Importeer je review-exports op de pagina Importeren, of sleep ze hierheen: dan verschijnen hier de reviews die op een antwoord wachten, de dringendste eerst, elk met een conceptantwoord.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="167"/>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="263"/>
        <source>Draft reply (edit it before you post it)</source>
        <translation>Conceptantwoord (pas het aan voordat je het plaatst)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="173"/>
        <source>Copy reply</source>
        <translation>Antwoord kopiëren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="175"/>
        <source>Mark as answered</source>
        <translation>Markeren als beantwoord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="177"/>
        <source>After you pasted the reply on the review site: the review leaves the inbox.</source>
        <translation>Nadat je het antwoord op de reviewsite hebt geplakt: de review verdwijnt uit de inbox.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="224"/>
        <source>%1: %2 h</source>
        <translation>%1: %2 u</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="226"/>
        <source>Typical time to reply (median): %1</source>
        <translation>Gebruikelijke reactietijd (mediaan): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="247"/>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="257"/>
        <source>Answer this one yourself. Before you do:</source>
        <translation>Deze beantwoord je zelf. Eerst:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="261"/>
        <source>Holding reply: complete the part in [brackets] before you post it</source>
        <translation>Tijdelijk antwoord: vul het deel tussen [haken] in voordat je het plaatst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="283"/>
        <source>Writing the draft reply</source>
        <translation>Conceptantwoord schrijven</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="305"/>
        <source>%1 of %2 characters</source>
        <translation>%1 van %2 tekens</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="114"/>
        <location filename="../../desktop/ui/pages/insights.py" line="376"/>
        <source>Looking for rating drops</source>
        <translation>Zoeken naar dalingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="146"/>
        <source>Why did the rating change?</source>
        <translation>Waarom veranderde de beoordeling?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="146"/>
        <source>Causes</source>
        <translation>Oorzaken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="147"/>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="147"/>
        <location filename="../../desktop/ui/pages/insights.py" line="162"/>
        <location filename="../../desktop/ui/pages/insights.py" line="260"/>
        <source>Suspicious reviews</source>
        <translation>Verdachte reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="147"/>
        <source>Till</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="163"/>
        <source>Evidence saved in %1</source>
        <translation>Bewijs opgeslagen in %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="165"/>
        <source>Saving the evidence</source>
        <translation>Bewijs wordt opgeslagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="185"/>
        <source>Insights</source>
        <translation>Inzichten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="187"/>
        <source>Why your rating moved, with the reviews that show it.</source>
        <translation>Waarom je beoordeling veranderde, met de reviews die het laten zien.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="193"/>
        <source>Export report…</source>
        <translation>Rapport exporteren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="202"/>
        <location filename="../../desktop/ui/pages/insights.py" line="338"/>
        <source>All locations</source>
        <translation>Alle vestigingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="203"/>
        <location filename="../../desktop/ui/pages/insights.py" line="339"/>
        <source>All platforms</source>
        <translation>Alle platforms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="204"/>
        <location filename="../../desktop/ui/pages/insights.py" line="340"/>
        <source>All languages</source>
        <translation>Alle talen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="206"/>
        <source>All topics</source>
        <translation>Alle onderwerpen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="208"/>
        <source>All time</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="208"/>
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="208"/>
        <source>Last 6 months</source>
        <translation>Laatste 6 maanden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="176"/>
        <source>Average stars</source>
        <translation>Gemiddelde sterren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="176"/>
        <source>Drop</source>
        <translation>Daling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="176"/>
        <source>Suspicious burst</source>
        <translation>Verdachte golf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="231"/>
        <source>No reviews yet</source>
        <translation>Nog geen reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="232"/>
        <source>Import your review exports on the Import page, or drop them here: Regulars then tells you here when your rating really drops, and why.</source>
        <translation>Importeer je review-exports op de pagina Importeren, of sleep ze hierheen: dan vertelt Regulars je hier wanneer je beoordeling echt daalt, en waarom.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="255"/>
        <source>Drops</source>
        <translation>Dalingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="266"/>
        <source>Export evidence…</source>
        <translation>Bewijs exporteren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="308"/>
        <source>Looking for rating drops…</source>
        <translation>Zoeken naar dalingen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="349"/>
        <source>A handful of reviews is not a trend: Regulars names a cause only when the reviews show one.</source>
        <translation>Een handvol reviews is geen trend: Regulars noemt alleen een oorzaak als de reviews die laten zien.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="388"/>
        <source>Select a cause to read the reviews that show it.</source>
        <translation>Kies een oorzaak om de reviews te lezen die haar laten zien.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="395"/>
        <source>Loading reviews</source>
        <translation>Reviews laden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="399"/>
        <source>Export report</source>
        <translation>Rapport exporteren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="400"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="403"/>
        <source>Report saved as %1</source>
        <translation>Rapport opgeslagen als %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="406"/>
        <source>Save the evidence in</source>
        <translation>Bewijs opslaan in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="437"/>
        <source>few reviews</source>
        <translation>weinig reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="439"/>
        <source>%1 reviews</source>
        <translation>%1 reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="449"/>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="458"/>
        <source>over %1 %</source>
        <translation>meer dan %1 %</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="461"/>
        <source>%1 reviews in the drop, %2 before it; confidence %3</source>
        <translation>%1 beoordelingen tijdens de daling, %2 ervoor; betrouwbaarheid %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="472"/>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="474"/>
        <source>(stars only)</source>
        <translation>(alleen sterren)</translation>
    </message>
</context>
<context>
    <name>LocationsModel</name>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="26"/>
        <source>No location</source>
        <translation>Zonder locatie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="40"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="43"/>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="45"/>
        <source>Average</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="47"/>
        <source>Average stars of all its reviews</source>
        <translation>Gemiddeld aantal sterren van al zijn reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="48"/>
        <source>Last 90 days</source>
        <translation>Laatste 90 dagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="50"/>
        <source>90 days before</source>
        <translation>90 dagen ervoor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="52"/>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="55"/>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="57"/>
        <source>Customers who ordered there at least once</source>
        <translation>Klanten die er minstens één keer hebben besteld</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="58"/>
        <source>Open drops</source>
        <translation>Lopende dalingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="60"/>
        <source>Rating drops still going on: see why on the Insights page</source>
        <translation>Dalingen in beoordeling die nog aan de gang zijn: zie waarom op de pagina Inzichten</translation>
    </message>
</context>
<context>
    <name>LocationsPanel</name>
    <message>
        <location filename="../../desktop/ui/widgets/locations_panel.py" line="39"/>
        <location filename="../../desktop/ui/widgets/locations_panel.py" line="96"/>
        <source>Comparing your locations</source>
        <translation>Je locaties vergelijken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/locations_panel.py" line="48"/>
        <source>Your locations side by side</source>
        <translation>Je locaties naast elkaar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/locations_panel.py" line="83"/>
        <source>The last 90 days (%1 to %2) against the 90 before. Open the Insights page and choose a location to see why its rating moved.</source>
        <translation>De laatste 90 dagen (%1 tot %2) tegenover de 90 ervoor. Open de pagina Inzichten en kies een locatie om te zien waarom de beoordeling veranderde.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="40"/>
        <source>Exports (*.csv *.tsv *.txt *.xlsx *.xls *.json *.zip);;All files (*)</source>
        <translation>Exports (*.csv *.tsv *.txt *.xlsx *.xls *.json *.zip);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="121"/>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>De back-up van vandaag kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="124"/>
        <source>Backing up</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="141"/>
        <source>Updating the analysis of your reviews</source>
        <translation>Analyse van je reviews bijwerken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="151"/>
        <source>Reading your reviews again with the latest analysis… %1%</source>
        <translation>Je reviews opnieuw lezen met de nieuwste analyse… %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="98"/>
        <source>This window is read-only: import in the window that has your data open.</source>
        <translation>Dit venster is alleen-lezen: importeer in het venster waarin je gegevens open zijn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="102"/>
        <location filename="../../desktop/ui/import_flow.py" line="130"/>
        <source>An import is already running; please wait for it.</source>
        <translation>Er loopt al een import; wacht tot die klaar is.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="116"/>
        <source>Reading %1…</source>
        <translation>%1 lezen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="134"/>
        <source>Importing %1…</source>
        <translation>%1 importeren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="136"/>
        <source>Importing %1 files…</source>
        <translation>%1 bestanden importeren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="140"/>
        <source>Backing up your data first…</source>
        <translation>Eerst een back-up van je gegevens…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="141"/>
        <source>Nothing was imported: Regulars could not back up your data first (%1).</source>
        <translation>Er is niets geïmporteerd: Regulars kon eerst geen back-up van je gegevens maken (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="160"/>
        <location filename="../../desktop/ui/import_flow.py" line="271"/>
        <location filename="../../desktop/ui/menus.py" line="32"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="171"/>
        <source>Opening the demo café in a new window…</source>
        <translation>Het democafé wordt in een nieuw venster geopend…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="172"/>
        <source>The demo café could not be opened.</source>
        <translation>Het democafé kon niet worden geopend.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="183"/>
        <source>This page has no search box.</source>
        <translation>Deze pagina heeft geen zoekvak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="229"/>
        <source>Starting</source>
        <translation>Bezig met starten</translation>
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
        <translation>%1 (alleen-lezen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="340"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
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
        <translation>Bestanden &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="62"/>
        <source>Import review, customer or order exports</source>
        <translation>Review-, klant- of bestelexports importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="70"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="100"/>
        <source>&amp;Guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="101"/>
        <source>What each page is for, where your data lives, keyboard shortcuts</source>
        <translation>Waar elke pagina voor is, waar je gegevens staan, sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="102"/>
        <source>&amp;Welcome…</source>
        <translation>&amp;Welkom…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="103"/>
        <source>The first-run welcome again: the demo café, your files, your café&apos;s details</source>
        <translation>Het welkomstscherm van de eerste keer opnieuw: het democafé, je bestanden, de gegevens van je café</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="104"/>
        <source>&amp;About Regulars</source>
        <translation>&amp;Over Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="80"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="63"/>
        <source>&amp;Settings…</source>
        <translation>In&amp;stellingen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="64"/>
        <source>Your business, tiers, message limits, backups and the window&apos;s language</source>
        <translation>Je zaak, niveaus, berichtlimieten, back-ups en de taal van het venster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="66"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Back-ups…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="67"/>
        <source>See, make and restore copies of your data</source>
        <translation>Kopieën van je gegevens bekijken, maken en terugzetten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="68"/>
        <source>&amp;Encryption…</source>
        <translation>&amp;Versleuteling…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="69"/>
        <source>Protect your data file with a passphrase</source>
        <translation>Je gegevensbestand beveiligen met een wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="74"/>
        <source>Your data is on a shared server: back it up and protect it on the server (ask whoever runs it)</source>
        <translation>Je gegevens staan op een gedeelde server: maak back-ups en beveilig ze op de server (vraag het wie hem beheert)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="87"/>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="92"/>
        <source>&amp;Search this page</source>
        <translation>Op deze pagina &amp;zoeken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="93"/>
        <source>Type to filter the list on this page</source>
        <translation>Typ om de lijst op deze pagina te filteren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="94"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="95"/>
        <source>Read this page&apos;s data again</source>
        <translation>De gegevens van deze pagina opnieuw inlezen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="99"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="258"/>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="270"/>
        <source>Open in another window: read-only. Importing and changes are off here; close the other window and open Regulars again to make changes.</source>
        <translation>Open in een ander venster: alleen-lezen. Importeren en wijzigen staan hier uit; sluit het andere venster en open Regulars opnieuw om iets te wijzigen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="311"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="30"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="30"/>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="31"/>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="32"/>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="31"/>
        <source>Insights</source>
        <translation>Inzichten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="206"/>
        <source>Import files</source>
        <translation>Bestanden importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="394"/>
        <source>Settings saved.</source>
        <translation>Instellingen opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="403"/>
        <source>Backup restored.</source>
        <translation>Back-up teruggezet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="233"/>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="453"/>
        <source>The analysis of your reviews could not be updated now; Regulars will try again next time.</source>
        <translation>De analyse van je reviews kon nu niet worden bijgewerkt; Regulars probeert het de volgende keer opnieuw.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="458"/>
        <source>%Ln review(s) read again with the latest analysis.</source>
        <translation>
            <numerusform>%Ln review opnieuw gelezen met de nieuwste analyse.</numerusform>
            <numerusform>%Ln reviews opnieuw gelezen met de nieuwste analyse.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="242"/>
        <source>nothing new</source>
        <translation>niets nieuws</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="246"/>
        <source>“%1” could not be imported: %2</source>
        <translation>&apos;%1&apos; kon niet worden geïmporteerd: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="249"/>
        <source>Import finished: %1</source>
        <translation>Import voltooid: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="260"/>
        <source>Import cancelled. The file being read when you pressed Cancel was not imported.</source>
        <translation>Import geannuleerd. Het bestand dat werd gelezen toen je op Annuleren drukte, is niet geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="267"/>
        <source>Import failed: %1</source>
        <translation>Importeren mislukt: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="270"/>
        <source>Import failed.</source>
        <translation>Import mislukt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="462"/>
        <source>About Regulars</source>
        <translation>Over Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="463"/>
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
    <name>MenuDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/menu_dialog.py" line="39"/>
        <source>Menu and its tags</source>
        <translation>Het menu en de labels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/menu_dialog.py" line="53"/>
        <source>Loading the menu</source>
        <translation>Menu laden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/menu_dialog.py" line="58"/>
        <source>The items your orders name. Tags are suggested from each name; tick or untick to correct them (your choice, in bold, wins). Offers use these tags to leave out customers whose diet or allergies they do not suit.</source>
        <translation>De producten uit je bestellingen. Labels worden voorgesteld op basis van de naam; vink aan of uit om ze te verbeteren (jouw keuze, vetgedrukt, telt). Aanbiedingen gebruiken ze om klanten over te slaan bij wie het dieet of de allergieën niet passen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/menu_dialog.py" line="66"/>
        <source>Search items</source>
        <translation>Producten zoeken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/menu_dialog.py" line="70"/>
        <source>Back to suggested</source>
        <translation>Terug naar het voorstel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/menu_dialog.py" line="95"/>
        <source>No items yet: import an orders file whose lines name what was sold.</source>
        <translation>Nog geen producten: importeer een bestellingenbestand waarvan de regels noemen wat er verkocht is.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/menu_dialog.py" line="130"/>
        <source>Saving tags</source>
        <translation>Labels opslaan</translation>
    </message>
</context>
<context>
    <name>MenuModel</name>
    <message>
        <location filename="../../desktop/ui/models/menu_model.py" line="27"/>
        <source>Item</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/menu_model.py" line="27"/>
        <source>Ordered</source>
        <translation>Besteld</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/menu_model.py" line="72"/>
        <source>Tags chosen by you</source>
        <translation>Door jou gekozen labels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/menu_model.py" line="73"/>
        <source>Tags suggested from the name</source>
        <translation>Labels voorgesteld op basis van de naam</translation>
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
    <name>MessageModels</name>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="107"/>
        <source>Gets a message</source>
        <translation>Krijgt een bericht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="108"/>
        <source>Left out</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="122"/>
        <location filename="../../desktop/ui/models/message_models.py" line="177"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="124"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="128"/>
        <source>Sent as</source>
        <translation>Verzending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="181"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="130"/>
        <source>Segment</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="132"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="136"/>
        <source>Urgency</source>
        <translation>Urgentie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="140"/>
        <source>Rating</source>
        <translation>Sterren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="142"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="144"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="146"/>
        <source>Posted</source>
        <translation>Geplaatst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="148"/>
        <source>Why it ranks here</source>
        <translation>Waarom hier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="156"/>
        <source>%1 of %2 came back (%3%)</source>
        <translation>%1 van %2 kwamen terug (%3%)</translation>
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
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="166"/>
        <source>Contacted</source>
        <translation>Benaderd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="168"/>
        <source>Held out</source>
        <translation>Achtergehouden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="170"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="175"/>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="183"/>
        <source>To</source>
        <translation>Aan</translation>
    </message>
</context>
<context>
    <name>MessageWords</name>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="21"/>
        <source>Win back lapsed regulars</source>
        <translation>Vaste gasten terugwinnen die wegbleven</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="22"/>
        <source>Thank your regulars</source>
        <translation>Je vaste gasten bedanken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="23"/>
        <source>Welcome new customers</source>
        <translation>Nieuwe klanten verwelkomen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="24"/>
        <source>Birthdays this week</source>
        <translation>Verjaardagen deze week</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="25"/>
        <source>Congratulate a tier upgrade</source>
        <translation>Feliciteren met een hoger niveau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="26"/>
        <source>Announce a new dish</source>
        <translation>Een nieuw gerecht aankondigen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="27"/>
        <source>Apologise after a bad review</source>
        <translation>Excuses na een slechte review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="32"/>
        <source>on the do-not-contact list ({detail})</source>
        <translation>op de lijst van niet benaderen ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="33"/>
        <source>no recorded consent for {channel}</source>
        <translation>geen vastgelegde toestemming voor {channel}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="34"/>
        <source>said no to {channel} messages</source>
        <translation>wilde geen berichten via {channel}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="35"/>
        <source>no {channel} address on file</source>
        <translation>geen {channel}-adres bekend</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="36"/>
        <source>diet ({diet}) conflicts with the offer ({tags})</source>
        <translation>dieet ({diet}) past niet bij het aanbod ({tags})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="37"/>
        <source>allergy ({allergy}) conflicts with the offer ({tags})</source>
        <translation>allergie ({allergy}) past niet bij het aanbod ({tags})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="38"/>
        <source>has a diet or allergy note Regulars cannot read (“{note}”): check it by hand before offering food</source>
        <translation>heeft een dieet- of allergienotitie die Regulars niet kan lezen (‘{note}’): controleer die zelf voordat je eten aanbiedt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="39"/>
        <source>their review makes a health or safety claim: answer it personally from the Inbox</source>
        <translation>de review gaat over gezondheid of veiligheid: beantwoord die persoonlijk vanuit de inbox</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="40"/>
        <source>already received this message on {date}</source>
        <translation>kreeg dit bericht al op {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="41"/>
        <source>frequency cap: last message on {date}; at most one every {days} days</source>
        <translation>frequentielimiet: laatste bericht op {date}; hoogstens één per {days} dagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="42"/>
        <source>no visit after the last {count} messages: contacted at most every {days} days (last on {date})</source>
        <translation>geen bezoek na de laatste {count} berichten: hoogstens eens per {days} dagen benaderd (laatst op {date})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="43"/>
        <source>held out at random to measure whether the campaign works</source>
        <translation>willekeurig achtergehouden om te meten of de campagne werkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="44"/>
        <source>{segment} customer</source>
        <translation>{segment} klant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="45"/>
        <source>{tier} tier</source>
        <translation>niveau {tier}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="46"/>
        <source>moved up from {previous} to {tier}</source>
        <translation>gestegen van {previous} naar {tier}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="47"/>
        <source>birthday on {date}</source>
        <translation>jarig op {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="48"/>
        <source>first visit on {date}</source>
        <translation>eerste bezoek op {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="49"/>
        <source>left a {rating}-star review on {date}</source>
        <translation>schreef op {date} een review met {rating} sterren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="50"/>
        <source>visited in the last {days} days</source>
        <translation>kwam in de afgelopen {days} dagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="51"/>
        <source>health or safety claim: {flag}</source>
        <translation>melding over gezondheid of veiligheid: {flag}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="52"/>
        <source>{rating}-star review</source>
        <translation>review met {rating} sterren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="53"/>
        <source>written by a known customer ({visits} visits)</source>
        <translation>geschreven door een bekende klant ({visits} bezoeken)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="54"/>
        <source>written by a {tier} customer</source>
        <translation>geschreven door een {tier}-klant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="55"/>
        <source>a regular who is {segment}: a good reply may bring them back</source>
        <translation>een vaste klant die {segment} is: een goed antwoord kan hem terugbrengen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="56"/>
        <source>influential reviewer ({detail})</source>
        <translation>invloedrijke reviewer ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="57"/>
        <source>posted {days} days ago</source>
        <translation>{days} dagen geleden geplaatst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="58"/>
        <source>posted today</source>
        <translation>vandaag geplaatst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="59"/>
        <source>waiting {days} days for a reply</source>
        <translation>wacht al {days} dagen op antwoord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="63"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
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
        <translation>weggebleven</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="67"/>
        <source>at-risk</source>
        <translation>afhakende</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="68"/>
        <source>regular</source>
        <translation>vaste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="69"/>
        <source>new</source>
        <translation>nieuwe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="70"/>
        <source>one-off</source>
        <translation>eenmalige</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="71"/>
        <source>food poisoning</source>
        <translation>voedselvergiftiging</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="72"/>
        <source>allergic reaction</source>
        <translation>allergische reactie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="73"/>
        <source>something in the food</source>
        <translation>iets in het eten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="74"/>
        <source>pests</source>
        <translation>ongedierte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="75"/>
        <source>hygiene</source>
        <translation>hygiëne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="76"/>
        <source>legal threat</source>
        <translation>juridische dreiging</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="77"/>
        <source>discrimination</source>
        <translation>discriminatie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="78"/>
        <source>meat</source>
        <translation>vlees</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="79"/>
        <source>pork</source>
        <translation>varkensvlees</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="80"/>
        <source>fish</source>
        <translation>vis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="81"/>
        <source>shellfish</source>
        <translation>schaal- en schelpdieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="82"/>
        <source>dairy</source>
        <translation>zuivel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="83"/>
        <source>milk</source>
        <translation>melk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="84"/>
        <source>egg</source>
        <translation>ei</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="85"/>
        <source>gluten</source>
        <translation>gluten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="86"/>
        <source>nuts</source>
        <translation>noten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="87"/>
        <source>peanuts</source>
        <translation>pinda&apos;s</translation>
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
        <translation>selderij</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="91"/>
        <source>mustard</source>
        <translation>mosterd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="92"/>
        <source>sulphites</source>
        <translation>sulfieten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="93"/>
        <source>lupin</source>
        <translation>lupine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="94"/>
        <source>alcohol</source>
        <translation>alcohol</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="95"/>
        <source>vegan</source>
        <translation>veganistisch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="96"/>
        <source>vegetarian</source>
        <translation>vegetarisch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="97"/>
        <source>pescatarian</source>
        <translation>pescotarisch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="98"/>
        <source>halal</source>
        <translation>halal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="99"/>
        <source>kosher</source>
        <translation>koosjer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="100"/>
        <source>gluten-free</source>
        <translation>glutenvrij</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="101"/>
        <source>dairy-free</source>
        <translation>zuivelvrij</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="102"/>
        <source>no alcohol</source>
        <translation>geen alcohol</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="103"/>
        <source>no pork</source>
        <translation>geen varkensvlees</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="107"/>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="108"/>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="109"/>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="110"/>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="115"/>
        <source>Do not argue or deny in public, and do not admit fault either: answer briefly and move the conversation to private.</source>
        <translation>Ga niet in discussie en ontken niets in het openbaar, maar geef ook geen schuld toe: antwoord kort en zet het gesprek privé voort.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="117"/>
        <source>Find the visit: the date, what they ate, who cooked; keep the kitchen&apos;s temperature and cleaning records for that day.</source>
        <translation>Zoek het bezoek op: de datum, wat er gegeten is, wie er kookte; bewaar de temperatuur- en schoonmaaklijsten van de keuken van die dag.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="119"/>
        <source>Ask them to contact you directly so you can hear the details (symptoms, when, what they ate).</source>
        <translation>Vraag de gast direct contact op te nemen, zodat je de details hoort (klachten, wanneer, wat er gegeten is).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="121"/>
        <source>If more than one guest reports illness, tell your food safety lead or local authority.</source>
        <translation>Melden meer gasten dat ze ziek werden, licht dan je verantwoordelijke voor voedselveiligheid of de gemeente in.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="123"/>
        <source>Check the dish&apos;s allergen sheet: was the ingredient listed, and was the guest told?</source>
        <translation>Controleer de allergenenlijst van het gerecht: stond het ingrediënt erop, en is de gast ingelicht?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="125"/>
        <source>Ask them to contact you directly; note what they ordered and what they told the staff.</source>
        <translation>Vraag de gast direct contact op te nemen; noteer wat er besteld is en wat er tegen het personeel is gezegd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="127"/>
        <source>Correct the menu or the allergen sheet now if it was wrong, and tell the team.</source>
        <translation>Verbeter de kaart of de allergenenlijst meteen als die fout was, en licht het team in.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="129"/>
        <source>Ask them to keep the object or a photo and to contact you directly.</source>
        <translation>Vraag de gast het voorwerp of een foto te bewaren en direct contact op te nemen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="131"/>
        <source>Check with the kitchen which dish and batch it was, and what the object could be.</source>
        <translation>Ga met de keuken na om welk gerecht en welke partij het ging, en wat het voorwerp kan zijn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="133"/>
        <source>Inspect the premises today and call your pest control contractor; keep the report.</source>
        <translation>Inspecteer de zaak vandaag nog en bel je ongediertebestrijder; bewaar het rapport.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="135"/>
        <source>Thank them for telling you and say what you checked; do not deny before you have looked.</source>
        <translation>Bedank voor de melding en zeg wat je hebt gecontroleerd; ontken niets voordat je hebt gekeken.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="137"/>
        <source>Check the area they mention and your cleaning log for that day.</source>
        <translation>Controleer de genoemde plek en je schoonmaaklijst van die dag.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="139"/>
        <source>Thank them, say what you checked or changed, and invite them to contact you.</source>
        <translation>Bedank, zeg wat je hebt gecontroleerd of veranderd, en nodig uit om contact op te nemen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="141"/>
        <source>Do not discuss the details in public; talk to your insurer or lawyer before you answer.</source>
        <translation>Bespreek de details niet in het openbaar; overleg eerst met je verzekeraar of een advocaat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="143"/>
        <source>Keep every message, receipt and record of the visit.</source>
        <translation>Bewaar alle berichten, bonnen en gegevens van het bezoek.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="145"/>
        <source>Take it seriously: hear the staff involved and the guest before you answer in public.</source>
        <translation>Neem het serieus: hoor het betrokken personeel en de gast voordat je openbaar reageert.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="147"/>
        <source>Reply briefly, invite them to contact you directly, and do not argue the facts in public.</source>
        <translation>Antwoord kort, nodig uit om direct contact op te nemen en discussieer niet openbaar over de feiten.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="151"/>
        <source>Too early to tell: the 30-day window closes on {date}</source>
        <translation>Te vroeg om te zeggen: de periode van 30 dagen sluit op {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="152"/>
        <source>More customers came back than in the hold-out</source>
        <translation>Er kwamen meer klanten terug dan in de controlegroep</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="153"/>
        <source>Fewer customers came back than in the hold-out</source>
        <translation>Er kwamen minder klanten terug dan in de controlegroep</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="154"/>
        <source>Too few customers to tell</source>
        <translation>Te weinig klanten om iets te zeggen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="155"/>
        <source>No clear difference from the hold-out</source>
        <translation>Geen duidelijk verschil met de controlegroep</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="156"/>
        <source>Nobody was held out, so there is nothing to compare with</source>
        <translation>Niemand is achtergehouden, dus er is niets om mee te vergelijken</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/message_words.py" line="175"/>
        <source>%n-star review</source>
        <translation>
            <numerusform>review met %n ster</numerusform>
            <numerusform>review met %n sterren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/message_words.py" line="177"/>
        <source>left a %n-star review on {date}</source>
        <translation>
            <numerusform>schreef op {date} een review met %n ster</numerusform>
            <numerusform>schreef op {date} een review met %n sterren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="231"/>
        <source>the greeting, with the first name when known</source>
        <translation>de aanhef, met de voornaam als die bekend is</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="232"/>
        <source>the customer&apos;s first name</source>
        <translation>de voornaam van de klant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="233"/>
        <source>the customer&apos;s full name</source>
        <translation>de volledige naam van de klant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="234"/>
        <source>your business name</source>
        <translation>de naam van je zaak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="235"/>
        <source>what they usually order (empty when not known)</source>
        <translation>wat de klant meestal bestelt (leeg als dat onbekend is)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="236"/>
        <source>their tier (Regular, Gold, VIP...)</source>
        <translation>het niveau (Regular, Gold, VIP...)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="237"/>
        <source>their tier before the upgrade</source>
        <translation>het niveau vóór de stijging</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="238"/>
        <source>how many visits they made</source>
        <translation>hoeveel bezoeken de klant had</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="239"/>
        <source>the date of their last visit</source>
        <translation>de datum van het laatste bezoek</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="240"/>
        <source>weeks since their last visit</source>
        <translation>weken sinds het laatste bezoek</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="241"/>
        <source>the dish the campaign is about (new dish)</source>
        <translation>het gerecht waar de campagne over gaat (nieuw gerecht)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="242"/>
        <source>your offer, exactly as you wrote it (empty when none)</source>
        <translation>je aanbod, precies zoals je het schreef (leeg als er geen is)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="243"/>
        <source>the date of their review (apology)</source>
        <translation>de datum van de review (excuses)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="244"/>
        <source>how you sign (your business name unless you change it)</source>
        <translation>hoe je ondertekent (de naam van je zaak als je niets wijzigt)</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="479"/>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="481"/>
        <source>Personal notes to the customers who agreed to hear from you, and replies to your reviews.</source>
        <translation>Persoonlijke berichtjes aan klanten die dat goed vinden, en antwoorden op je reviews.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="492"/>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="493"/>
        <location filename="../../desktop/ui/pages/messages.py" line="515"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="506"/>
        <source>Loading the reviews waiting for a reply</source>
        <translation>Reviews laden die op antwoord wachten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="515"/>
        <source>Inbox (%1)</source>
        <translation>Inbox (%1)</translation>
    </message>
</context>
<context>
    <name>MessagingSettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="42"/>
        <source>Loading settings</source>
        <translation>Instellingen laden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="46"/>
        <source>Sending settings</source>
        <translation>Verzendinstellingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="49"/>
        <source>Respecting your customers</source>
        <translation>Respect voor je klanten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="53"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="54"/>
        <source>At most one message per customer every</source>
        <translation>Hoogstens één bericht per klant per</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="59"/>
        <source>Quiet hours from</source>
        <translation>Stille uren van</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="60"/>
        <source>until</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="64"/>
        <source>Hold out, to measure each campaign</source>
        <translation>Achterhouden, om elke campagne te meten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="65"/>
        <source>Customers who did not come back after three messages in a row are written to four times less often.</source>
        <translation>Klanten die na drie berichten op rij niet terugkwamen, krijgen vier keer minder vaak een bericht.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="71"/>
        <source>Your messages</source>
        <translation>Je berichten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="74"/>
        <source>e.g. Ana and the team at Café Aurora</source>
        <translation>bijv. Ana en het team van Café Aurora</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="75"/>
        <source>Sign as</source>
        <translation>Ondertekenen als</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="79"/>
        <source>When a customer&apos;s language is unknown, write in</source>
        <translation>Als de taal van een klant onbekend is, schrijf in het</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="81"/>
        <source>Sending from your own mail account (optional)</source>
        <translation>Versturen vanaf je eigen mailaccount (optioneel)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="84"/>
        <source>e.g. smtp.example.com; empty: export only</source>
        <translation>bijv. smtp.example.com; leeg: alleen exporteren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="89"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (poort 587)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="89"/>
        <source>TLS (port 465)</source>
        <translation>TLS (poort 465)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="90"/>
        <source>None (only a server on this computer)</source>
        <translation>Geen (alleen een server op deze computer)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="94"/>
        <source>e.g. hello@yourcafe.com</source>
        <translation>bijv. hallo@jouwcafe.nl</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="95"/>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="96"/>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="97"/>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="98"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="99"/>
        <source>From address</source>
        <translation>Afzenderadres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="100"/>
        <source>Your password is never stored: Regulars asks for it each time you send.</source>
        <translation>Je wachtwoord wordt nooit bewaard: Regulars vraagt erom bij elke verzending.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="146"/>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="157"/>
        <source>Saving settings</source>
        <translation>Instellingen opslaan</translation>
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
    <name>OverviewPage</name>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="189"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="191"/>
        <source>Your week at a glance. Open a card to see what is behind it.</source>
        <translation>Je week in één oogopslag. Open een kaart om te zien wat erachter zit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="215"/>
        <source>Rating this week</source>
        <translation>Beoordeling deze week</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="215"/>
        <location filename="../../desktop/ui/pages/overview.py" line="216"/>
        <source>Open your reviews</source>
        <translation>Je reviews openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="216"/>
        <source>New reviews</source>
        <translation>Nieuwe reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="217"/>
        <source>Waiting for a reply</source>
        <translation>Wacht op antwoord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="217"/>
        <source>Open the most urgent review in the Inbox</source>
        <translation>De dringendste review in de inbox openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="218"/>
        <source>Rating drop</source>
        <translation>Daling in beoordeling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="42"/>
        <location filename="../../desktop/ui/pages/overview.py" line="218"/>
        <source>See why on the Insights page</source>
        <translation>Bekijk waarom op de pagina Inzichten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="219"/>
        <source>Suspicious reviews</source>
        <translation>Verdachte reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="219"/>
        <source>See the evidence on the Insights page</source>
        <translation>Bekijk het bewijs op de pagina Inzichten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="220"/>
        <source>Last campaign</source>
        <translation>Laatste campagne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="220"/>
        <source>Open your campaigns</source>
        <translation>Je campagnes openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="221"/>
        <source>Regulars at risk</source>
        <translation>Vaste klanten die dreigen weg te blijven</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="221"/>
        <location filename="../../desktop/ui/pages/overview.py" line="222"/>
        <location filename="../../desktop/ui/pages/overview.py" line="223"/>
        <source>Open them on the Customers page</source>
        <translation>Openen op de pagina Klanten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="222"/>
        <source>Lapsed regulars</source>
        <translation>Weggebleven vaste klanten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="223"/>
        <source>Birthdays ahead</source>
        <translation>Komende verjaardagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="257"/>
        <source>Welcome to Regulars</source>
        <translation>Welkom bij Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="259"/>
        <source>There is nothing here yet. Import your review exports and your till&apos;s customer and order files, and this page will show your week: how your rating moves, who is waiting for a reply, and which regulars you have not seen for a while. Or look around the demo café first: it opens in a window of its own and leaves your data alone.</source>
        <translation>Er staat hier nog niets. Importeer je exports van reviews en de klant- en bestelbestanden van je kassa, dan laat deze pagina je week zien: hoe je beoordeling verandert, wie op een antwoord wacht en welke vaste klanten je al een tijdje niet hebt gezien. Of kijk eerst rond in het democafé: dat opent in een eigen venster en laat je gegevens met rust.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="267"/>
        <source>Import your files…</source>
        <translation>Je bestanden importeren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="270"/>
        <source>Open the demo café</source>
        <translation>Democafé openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="292"/>
        <location filename="../../desktop/ui/pages/overview.py" line="308"/>
        <source>Gathering your week</source>
        <translation>Je week wordt verzameld</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="323"/>
        <source>Your week to %1. Open a card to see what is behind it.</source>
        <translation>Je week tot en met %1. Open een kaart om te zien wat erachter zit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="326"/>
        <source>Your newest review or order is from %1: import newer exports to see this week.</source>
        <translation>Je nieuwste review of bestelling is van %1: importeer nieuwere exports om deze week te zien.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="328"/>
        <source>Looking…</source>
        <translation>Bezig met zoeken…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="353"/>
        <source>No reviews imported yet.</source>
        <translation>Nog geen reviews geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="354"/>
        <source>Import your review exports to see them here.</source>
        <translation>Importeer je exports van reviews om ze hier te zien.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="357"/>
        <source>No rated review this week.</source>
        <translation>Deze week geen review met sterren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="359"/>
        <source>No rated review in the %1 weeks before to compare with.</source>
        <translation>Geen review met sterren in de %1 weken ervoor om mee te vergelijken.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="362"/>
        <source>Steady: %1 in the %2 weeks before.</source>
        <translation>Stabiel: %1 in de %2 weken ervoor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="365"/>
        <source>Up %1 from %2 in the %3 weeks before.</source>
        <translation>%1 gestegen ten opzichte van %2 in de %3 weken ervoor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="366"/>
        <source>Down %1 from %2 in the %3 weeks before.</source>
        <translation>%1 gedaald ten opzichte van %2 in de %3 weken ervoor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="374"/>
        <source>in the 7 days to %1; %2 in all.</source>
        <translation>in de 7 dagen tot en met %1; %2 in totaal.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="382"/>
        <source>Every review with text has a reply. Well done.</source>
        <translation>Elke review met tekst heeft een antwoord. Goed gedaan!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="385"/>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="388"/>
        <source>Top of the inbox (%1): %2 %3 on %4, %5</source>
        <translation>Bovenaan de inbox (%1): %2 %3 op %4, %5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="397"/>
        <source>None found</source>
        <translation>Niets gevonden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="400"/>
        <source>Still going.</source>
        <translation>Nog steeds bezig.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="400"/>
        <source>The latest one.</source>
        <translation>De meest recente.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="406"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="406"/>
        <source>No burst of suspicious reviews found.</source>
        <translation>Geen golf van verdachte reviews gevonden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="413"/>
        <source>and %1 more</source>
        <translation>en nog %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="420"/>
        <source>Import your till&apos;s customer and order files to know your regulars.</source>
        <translation>Importeer de klant- en bestelbestanden van je kassa om je vaste klanten te leren kennen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="425"/>
        <source>Nobody became at risk this week.</source>
        <translation>Deze week is er niemand bijgekomen die dreigt weg te blijven.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="426"/>
        <source>Nobody lapsed this week.</source>
        <translation>Deze week is er niemand weggebleven.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="430"/>
        <source>This week: %1</source>
        <translation>Deze week: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="441"/>
        <source>No birthday in the next %1 days.</source>
        <translation>Geen verjaardag in de komende %1 dagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="448"/>
        <source>None yet</source>
        <translation>Nog geen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="449"/>
        <source>Send a win-back or thank-you campaign from the Messages page; its result shows here.</source>
        <translation>Verstuur vanaf de pagina Berichten een terugwin- of bedankcampagne; het resultaat verschijnt hier.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="455"/>
        <source>%1 points</source>
        <translation>%1 punten</translation>
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
    <name>PreviewPanel</name>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="150"/>
        <source>Updating the preview…</source>
        <translation>Voorbeeld bijwerken…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="176"/>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="176"/>
        <source>already there</source>
        <translation>al aanwezig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="177"/>
        <source>rejected</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="177"/>
        <source>join a customer</source>
        <translation>bij een klant gevoegd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="178"/>
        <source>updated</source>
        <translation>bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="208"/>
        <source>Row %1: %2</source>
        <translation>Rij %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="227"/>
        <source>day first</source>
        <translation>dag eerst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="227"/>
        <source>month first</source>
        <translation>maand eerst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="229"/>
        <source>Dates in the column “%1” can be read two ways. Is %2 the %3 or %4?</source>
        <translation>Datums in de kolom „%1” kunnen op twee manieren gelezen worden. Is %2 = %3 of %4?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="231"/>
        <source>%1 = %2 (day first, as in the UK and Europe)</source>
        <translation>%1 = %2 (dag eerst, zoals in Europa)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="233"/>
        <source>%1 = %2 (month first, as in the US)</source>
        <translation>%1 = %2 (maand eerst, zoals in de VS)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="268"/>
        <source>This file holds</source>
        <translation>Dit bestand bevat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="313"/>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="335"/>
        <source>First rows, as Regulars will store them</source>
        <translation>Eerste rijen, zoals Regulars ze opslaat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="351"/>
        <source>Rows that cannot be imported</source>
        <translation>Rijen die niet kunnen worden geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="361"/>
        <source>Reading “%1”…</source>
        <translation>„%1” lezen…</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../../desktop/ui/read_only.py" line="14"/>
        <source>This window is read-only: another Regulars window has this database open. Make changes there, or close it and reopen this one.</source>
        <translation>Dit venster is alleen-lezen: een ander Regulars-venster heeft deze database open. Breng daar de wijzigingen aan, of sluit het en open dit venster opnieuw.</translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="48"/>
        <source>Positive</source>
        <translation>Positief</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="50"/>
        <source>Negative</source>
        <translation>Negatief</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="51"/>
        <source>Mixed</source>
        <translation>Gemengd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="92"/>
        <source>Recommends</source>
        <translation>Beveelt aan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="92"/>
        <source>Doesn&apos;t recommend</source>
        <translation>Beveelt niet aan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="113"/>
        <source>%1 out of 5</source>
        <translation>%1 van 5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="127"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="130"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="132"/>
        <source>Rating</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="134"/>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="137"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="139"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="140"/>
        <source>Reply</source>
        <translation>Antw.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="142"/>
        <source>You replied to this review</source>
        <translation>Je hebt op deze review gereageerd</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="66"/>
        <source>Food</source>
        <translation>Eten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="67"/>
        <source>Drinks</source>
        <translation>Drinken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="68"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="69"/>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="70"/>
        <source>Ambience</source>
        <translation>Sfeer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="71"/>
        <source>Cleanliness</source>
        <translation>Hygiëne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="72"/>
        <source>Waiting</source>
        <translation>Wachttijd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="73"/>
        <source>Your dishes</source>
        <translation>Je gerechten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="74"/>
        <source>Your staff</source>
        <translation>Je team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="77"/>
        <source>food poisoning</source>
        <translation>voedselvergiftiging</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="78"/>
        <source>allergic reaction</source>
        <translation>allergische reactie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="79"/>
        <source>something in the food</source>
        <translation>iets in het eten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="80"/>
        <source>pests</source>
        <translation>ongedierte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="81"/>
        <source>hygiene</source>
        <translation>hygiëne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="82"/>
        <source>legal threat</source>
        <translation>juridische dreiging</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="127"/>
        <location filename="../../desktop/ui/pages/reviews.py" line="282"/>
        <source>Loading reviews</source>
        <translation>Reviews laden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="140"/>
        <location filename="../../desktop/ui/pages/reviews.py" line="166"/>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="142"/>
        <source>What your guests say, across every site you are listed on.</source>
        <translation>Wat je gasten zeggen, op elke site waar je vermeld staat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="153"/>
        <source>No reviews yet</source>
        <translation>Nog geen reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="154"/>
        <source>Drop your Google, Tripadvisor or spreadsheet export here, or use Import.
Regulars reads the file on this computer; nothing is uploaded.</source>
        <translation>Sleep je export uit Google, Tripadvisor of een spreadsheet hierheen, of gebruik Import.
Regulars leest het bestand op deze computer; er wordt niets geüpload.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="167"/>
        <source>Average rating</source>
        <translation>Gem. score</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="168"/>
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="169"/>
        <source>Needing a reply</source>
        <translation>Zonder reactie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="210"/>
        <source>No reviews match these filters.</source>
        <translation>Geen reviews voldoen aan deze filters.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="241"/>
        <source>Loading your reviews…</source>
        <translation>Je reviews laden…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="284"/>
        <source>Your reviews could not be loaded.</source>
        <translation>Je reviews konden niet worden geladen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="294"/>
        <source>matching your filters</source>
        <translation>binnen je filters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="295"/>
        <source>all time</source>
        <translation>in totaal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="297"/>
        <source>no star ratings yet</source>
        <translation>nog geen scores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="302"/>
        <source>no rated reviews in the last 30 days</source>
        <translation>geen scores in de laatste 30 dagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="304"/>
        <source>nothing to compare with before</source>
        <translation>nog niets om mee te vergelijken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="308"/>
        <source>→ steady vs previous 30 days (%1)</source>
        <translation>→ stabiel t.o.v. 30 dagen ervoor (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="310"/>
        <source>▲ %1 vs previous 30 days</source>
        <translation>▲ %1 t.o.v. 30 dagen ervoor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="312"/>
        <source>▼ %1 vs previous 30 days</source>
        <translation>▼ %1 t.o.v. 30 dagen ervoor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="314"/>
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
        <location filename="../../desktop/ui/pages/reviews.py" line="345"/>
        <source>(This review has stars but no text.)</source>
        <translation>(Deze review heeft sterren maar geen tekst.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="348"/>
        <source>Your reply</source>
        <translation>Jouw reactie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="348"/>
        <source>No reply yet</source>
        <translation>Nog geen reactie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="359"/>
        <source>Health or safety claim:</source>
        <translation>Klacht over gezondheid of veiligheid:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="389"/>
        <source>Written by your customer</source>
        <translation>Geschreven door je klant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="391"/>
        <source>Probably written by your customer (%1%)</source>
        <translation>Waarschijnlijk geschreven door je klant (%1%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="396"/>
        <source>last visit %1</source>
        <translation>laatste bezoek %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="400"/>
        <source>Usual order: %1</source>
        <translation>Vaste bestelling: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="404"/>
        <source>It is them</source>
        <translation>Klopt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="404"/>
        <source>Not them</source>
        <translation>Iemand anders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="418"/>
        <source>Loading the author</source>
        <translation>Schrijver laden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="427"/>
        <source>Saving</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>SendingTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="194"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="195"/>
        <source>At most one message per customer every</source>
        <translation>Hoogstens één bericht per klant per</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="202"/>
        <source>Quiet hours from</source>
        <translation>Stille uren van</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="203"/>
        <source>until</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="206"/>
        <source>Nothing is sent in quiet hours. They may run overnight, such as 21:00 until 09:00.</source>
        <translation>Tijdens de stille uren wordt niets verstuurd. Ze mogen over de nacht lopen, bijvoorbeeld van 21:00 tot 09:00.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="211"/>
        <source>Hold out, to measure each campaign</source>
        <translation>Achterhouden, om elke campagne te meten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="213"/>
        <source>e.g. Ana and the team at Café Aurora</source>
        <translation>bijv. Ana en het team van Café Aurora</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="214"/>
        <source>Sign as</source>
        <translation>Ondertekenen als</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="215"/>
        <source>Customers who did not come back after three messages in a row are written to four times less often. Your own mail server is set on the Messages page, under Sending settings.</source>
        <translation>Klanten die na drie berichten op rij niet terugkwamen, krijgen vier keer minder vaak een bericht. Je eigen mailserver stel je in op de pagina Berichten, onder Verzendinstellingen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="245"/>
        <source>Leave at least one day between two messages to the same customer.</source>
        <translation>Laat minstens één dag tussen twee berichten aan dezelfde klant.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="247"/>
        <source>Quiet hours cannot start and end at the same time.</source>
        <translation>Stille uren kunnen niet op hetzelfde tijdstip beginnen en eindigen.</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="55"/>
        <source>Type the server&apos;s address first.</source>
        <translation>Typ eerst het adres van de server.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="58"/>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="60"/>
        <source>Testing the connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="67"/>
        <source>A group with several laptops can keep its data on one PostgreSQL server that all of them open. Leave the address empty to keep your data in the file on this computer.</source>
        <translation>Een groep met meerdere laptops kan zijn gegevens op één PostgreSQL-server bewaren die ze allemaal openen. Laat het adres leeg om je gegevens in het bestand op deze computer te houden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="76"/>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="79"/>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="124"/>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="87"/>
        <source>The password is never saved: Regulars reads it from the PGPASSWORD environment variable or the .pgpass file of this computer. The server is used the next time Regulars starts; backups and encryption are then the server&apos;s job.</source>
        <translation>Het wachtwoord wordt nooit opgeslagen: Regulars leest het uit de omgevingsvariabele PGPASSWORD of het bestand .pgpass van deze computer. De server wordt gebruikt bij de volgende start van Regulars; back-ups en versleuteling zijn dan de taak van de server.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="94"/>
        <source>Regulars will open this the next time it starts.</source>
        <translation>Regulars opent dit bij de volgende start.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="114"/>
        <source>Connected to %1 (%2). The database is empty: Regulars will set it up at the next start.</source>
        <translation>Verbonden met %1 (%2). De database is leeg: Regulars richt hem bij de volgende start in.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="117"/>
        <source>Connected to %1 (%2). Regulars&apos; data is there.</source>
        <translation>Verbonden met %1 (%2). De gegevens van Regulars staan er.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="92"/>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="321"/>
        <source>Loading settings</source>
        <translation>Instellingen laden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="94"/>
        <source>Looking for names in your reviews</source>
        <translation>Namen zoeken in je reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="175"/>
        <source>Saving settings</source>
        <translation>Instellingen opslaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="201"/>
        <source>Tiers</source>
        <translation>Niveaus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="203"/>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="207"/>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="215"/>
        <source>This computer</source>
        <translation>Deze computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="222"/>
        <source>This window is read-only: change the settings in the window that has your data open.</source>
        <translation>Dit venster is alleen-lezen: wijzig de instellingen in het venster waarin je gegevens open staan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="267"/>
        <source>Re-reading your reviews with your dishes and staff</source>
        <translation>Je reviews opnieuw lezen met je gerechten en team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="181"/>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="344"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="191"/>
        <source>Your business</source>
        <translation>Je zaak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="199"/>
        <source>Your dishes and staff</source>
        <translation>Gerechten en team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="216"/>
        <source>Shared server</source>
        <translation>Gedeelde server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="295"/>
        <source>Suggestions from your reviews</source>
        <translation>Suggesties uit je reviews</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="66"/>
        <source>Wording: %1</source>
        <translation>Tekst: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="77"/>
        <source>Add a wording</source>
        <translation>Versie toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="79"/>
        <source>Remove this wording</source>
        <translation>Deze versie verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="81"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="95"/>
        <source>E-mail subject</source>
        <translation>Onderwerp van de e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="96"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="97"/>
        <source>SMS</source>
        <translation>sms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="103"/>
        <source>Preview for an invented customer</source>
        <translation>Voorbeeld voor een verzonnen klant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="110"/>
        <source>Merge fields</source>
        <translation>Samenvoegvelden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="124"/>
        <source>Back to the shipped wording</source>
        <translation>Terug naar de meegeleverde tekst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="136"/>
        <source>Loading the wording</source>
        <translation>Tekst laden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="150"/>
        <source>Wording %1 of %2</source>
        <translation>Versie %1 van %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="203"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="210"/>
        <source>This wording cannot be used yet: %1</source>
        <translation>Deze tekst is nog niet bruikbaar: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="220"/>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="226"/>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="238"/>
        <source>Saving the wording</source>
        <translation>Tekst opslaan</translation>
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
    <name>TiersDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="49"/>
        <source>Loyalty tiers</source>
        <translation>Loyaliteitsniveaus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="71"/>
        <source>A customer is in the highest tier whose visits or spend they reach in its window, so a daily coffee and a weekly bag of beans both count. Leave a threshold at 0 to use only the other.</source>
        <translation>Een klant staat in het hoogste niveau waarvan hij de bezoeken of bestedingen in de periode haalt, dus de dagelijkse koffie en het wekelijkse zakje bonen tellen allebei. Laat een drempel op 0 om alleen de andere te gebruiken.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="77"/>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="77"/>
        <source>Visits at least</source>
        <translation>Min. bezoeken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="77"/>
        <source>or spend at least</source>
        <translation>of min. besteed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="78"/>
        <source>in the last (days)</source>
        <translation>in de laatste (dagen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="78"/>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="82"/>
        <source>Add a tier</source>
        <translation>Niveau toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="83"/>
        <source>Remove the last tier</source>
        <translation>Laatste niveau verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="94"/>
        <source>When is a regular lapsed?</source>
        <translation>Wanneer is een vaste klant weggebleven?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="102"/>
        <source>Away for more than this many of their usual gaps</source>
        <translation>Langer weg dan zoveel keer hun gewone tussenpoos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="103"/>
        <source>and at least this many days</source>
        <translation>en minstens zoveel dagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="104"/>
        <source>Their usual gap is the time between visits they rarely go beyond; at risk comes first, after twice that gap.</source>
        <translation>De gewone tussenpoos is de tijd tussen bezoeken die ze zelden overschrijden; eerst volgt ‘haakt af’, na twee keer die tijd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="127"/>
        <source>Loading the tiers</source>
        <translation>Niveaus laden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="153"/>
        <source>Check the tiers: %1</source>
        <translation>Controleer de niveaus: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="167"/>
        <source>Counting customers</source>
        <translation>Klanten tellen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="176"/>
        <source>Not in any tier: %1</source>
        <translation>Zonder niveau: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="196"/>
        <source>Saving the tiers</source>
        <translation>Niveaus opslaan</translation>
    </message>
</context>
<context>
    <name>TiersTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="27"/>
        <source>A customer is in the highest tier whose visits or spend they reach in its window, lowest tier first. Leave a threshold at 0 to use only the other.</source>
        <translation>Een klant zit in het hoogste niveau waarvan hij de bezoeken of het bedrag in de periode haalt; het laagste niveau staat bovenaan. Laat een drempel op 0 om alleen de andere te gebruiken.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="30"/>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="30"/>
        <source>Visits at least</source>
        <translation>Min. bezoeken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="31"/>
        <source>or spend at least</source>
        <translation>of min. besteed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="31"/>
        <source>in the last (days)</source>
        <translation>in de laatste (dagen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="37"/>
        <source>Add a tier</source>
        <translation>Niveau toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="38"/>
        <source>Remove the last tier</source>
        <translation>Laatste niveau verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="45"/>
        <source>Customers &gt; Tiers… shows how many customers each rule holds.</source>
        <translation>Klanten &gt; Niveaus… laat zien hoeveel klanten elke regel omvat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/tier_rules_table.py" line="118"/>
        <source>New tier</source>
        <translation>Nieuw niveau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="86"/>
        <source>Every tier needs a name (row %1).</source>
        <translation>Elk niveau heeft een naam nodig (regel %1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="88"/>
        <source>The name “%1” is used twice.</source>
        <translation>De naam ‘%1’ komt twee keer voor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="91"/>
        <source>“%1” needs a number of visits or an amount spent.</source>
        <translation>‘%1’ heeft een aantal bezoeken of een bedrag nodig.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="96"/>
        <source>“%1” must ask for more visits than “%2” beneath it.</source>
        <translation>‘%1’ moet meer bezoeken vragen dan ‘%2’ eronder.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="97"/>
        <source>“%1” must ask for more spend than “%2” beneath it.</source>
        <translation>‘%1’ moet een hoger bedrag vragen dan ‘%2’ eronder.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="68"/>
        <source>Average rating</source>
        <translation>Gem. score</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="83"/>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="114"/>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="114"/>
        <source>Stars</source>
        <translation>Sterren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="131"/>
        <source>Rating over time</source>
        <translation>Score door de tijd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="136"/>
        <source>Average stars</source>
        <translation>Gem. sterren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="137"/>
        <source>Number of reviews</source>
        <translation>Aantal reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="147"/>
        <source>Weekly</source>
        <translation>Per week</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="147"/>
        <source>Monthly</source>
        <translation>Per maand</translation>
    </message>
</context>
<context>
    <name>VisitsChart</name>
    <message>
        <location filename="../../desktop/ui/widgets/visits_chart.py" line="54"/>
        <source>No visits recorded yet</source>
        <translation>Nog geen bezoeken vastgelegd</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="150"/>
        <source>Step %1 of %2</source>
        <translation>Stap %1 van %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="178"/>
        <location filename="../../desktop/ui/welcome.py" line="237"/>
        <location filename="../../desktop/ui/welcome.py" line="370"/>
        <source>Welcome to Regulars</source>
        <translation>Welkom bij Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="197"/>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="198"/>
        <source>Close the welcome; it will not show again. Everything here is also in File &gt; Settings.</source>
        <translation>Het welkomstscherm sluiten; het verschijnt daarna niet meer. Alles hier vind je ook onder Bestand &gt; Instellingen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="201"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="203"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="206"/>
        <source>Import my files…</source>
        <translation>Mijn bestanden importeren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="209"/>
        <source>Finish</source>
        <translation>Voltooien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="239"/>
        <source>Regulars reads your review exports and your till&apos;s customer and order files, tells you why your rating moves, knows your regulars, and helps you write to them personally.</source>
        <translation>Regulars leest je exports van reviews en de klant- en bestelbestanden van je kassa, vertelt je waarom je beoordeling verandert, kent je vaste klanten en helpt je hun persoonlijk te schrijven.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="242"/>
        <source>Everything stays on this laptop: files are read here, nothing is uploaded, and Regulars never connects to the internet.</source>
        <translation>Alles blijft op deze laptop: bestanden worden hier gelezen, er wordt niets geüpload en Regulars maakt nooit verbinding met internet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="244"/>
        <source>Your data is kept in this one file (copy it to keep a backup):</source>
        <translation>Je gegevens worden in dit ene bestand bewaard (kopieer het om een back-up te hebben):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="251"/>
        <source>Look around the demo café first</source>
        <translation>Eerst rondkijken in het democafé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="252"/>
        <source>Opens a made-up café in a window of its own; your data is not touched.</source>
        <translation>Opent een verzonnen café in een eigen venster; je gegevens blijven onaangeroerd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="266"/>
        <source>Your café</source>
        <translation>Je café</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="267"/>
        <source>Messages are signed with your business&apos;s name; you can change all of this later in File &gt; Settings.</source>
        <translation>Berichten worden ondertekend met de naam van je zaak; je kunt dit allemaal later wijzigen onder Bestand &gt; Instellingen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="274"/>
        <source>e.g. The Corner Café</source>
        <translation>bijv. Café De Hoek</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="275"/>
        <source>Business name</source>
        <translation>Naam van de zaak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="283"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="286"/>
        <source>Not set (numbers must start with +)</source>
        <translation>Niet ingesteld (nummers moeten met + beginnen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="290"/>
        <source>Phone numbers written without a country code are read as numbers of this country.</source>
        <translation>Telefoonnummers zonder landcode worden gelezen als nummers uit dit land.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="292"/>
        <source>Phone numbers are from</source>
        <translation>Telefoonnummers zijn uit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="294"/>
        <source>Same as this computer</source>
        <translation>Zelfde als deze computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="299"/>
        <source>Language of the window</source>
        <translation>Taal van het venster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="305"/>
        <source>Used when a customer&apos;s or reviewer&apos;s own language is not known.</source>
        <translation>Wordt gebruikt als de eigen taal van een klant of reviewer niet bekend is.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="307"/>
        <source>Messages are written in</source>
        <translation>Berichten worden geschreven in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="316"/>
        <source>Your files</source>
        <translation>Je bestanden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="318"/>
        <source>Download these exports from the systems you use, then import them (or drop them on the window). Importing the same file twice adds nothing, and every import can be undone.</source>
        <translation>Download deze exports uit de systemen die je gebruikt en importeer ze daarna (of sleep ze naar het venster). Hetzelfde bestand twee keer importeren voegt niets toe, en elke import kan ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="322"/>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="322"/>
        <source>What it holds</source>
        <translation>Wat erin staat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="323"/>
        <source>Where to find the export</source>
        <translation>Waar je de export vindt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="326"/>
        <source>Exports Regulars understands</source>
        <translation>Exports die Regulars begrijpt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="354"/>
        <source>Saving your café&apos;s details</source>
        <translation>De gegevens van je café worden opgeslagen</translation>
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
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="58"/>
        <source>takeout.google.com: choose only “Google Business Profile” and download the archive; or an Outscraper or Apify export of your Google Maps reviews.</source>
        <translation>takeout.google.com: kies alleen ‘Google Business Profile’ en download het archief; of een export van je Google Maps-reviews uit Outscraper of Apify.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="61"/>
        <source>Tripadvisor has no export button: use an Apify Tripadvisor export (CSV, Excel or JSON).</source>
        <translation>Tripadvisor heeft geen exportknop: gebruik een Tripadvisor-export van Apify (CSV, Excel of JSON).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="63"/>
        <source>Trustpilot Business: Reviews, then Export reviews.</source>
        <translation>Trustpilot Business: Reviews, dan Reviews exporteren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="65"/>
        <source>The Yelp review file your developer or agency downloaded (JSON or CSV).</source>
        <translation>Het Yelp-reviewbestand dat je ontwikkelaar of bureau heeft gedownload (JSON of CSV).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="67"/>
        <source>Your Page’s recommendations, exported as CSV or JSON.</source>
        <translation>De aanbevelingen van je pagina, geëxporteerd als CSV of JSON.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="69"/>
        <location filename="../../desktop/ui/welcome.py" line="72"/>
        <location filename="../../desktop/ui/welcome.py" line="74"/>
        <source>Customers and orders</source>
        <translation>Klanten en bestellingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="69"/>
        <source>Square Dashboard: Customers, Directory, Export customers; and Reports, Item sales, Export, Item detail.</source>
        <translation>Square Dashboard: Klanten, Overzicht, Klanten exporteren; en Rapporten, Artikelverkopen, Exporteren, Artikeldetails.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="72"/>
        <source>Shopify admin: Customers, then Export; Orders, then Export.</source>
        <translation>Shopify-beheer: Klanten, dan Exporteren; Bestellingen, dan Exporteren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="74"/>
        <source>Loyverse Back Office: Customers, then Export; Reports, Receipts, then Export.</source>
        <translation>Loyverse Back Office: Klanten, dan Exporteren; Rapporten, Bonnen, dan Exporteren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="76"/>
        <location filename="../../desktop/ui/welcome.py" line="78"/>
        <location filename="../../desktop/ui/welcome.py" line="80"/>
        <location filename="../../desktop/ui/welcome.py" line="82"/>
        <source>Orders</source>
        <translation>Bestellingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="76"/>
        <source>Toast Web: Reports, Data exports, the CheckDetails file.</source>
        <translation>Toast Web: Rapporten, Gegevensexports, het bestand CheckDetails.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="78"/>
        <source>SumUp dashboard: Sales, then export the sales or transactions report.</source>
        <translation>SumUp-dashboard: Verkopen, dan het verkoop- of transactierapport exporteren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="80"/>
        <source>Zettle back office: Reports, Receipts, then Export to Excel.</source>
        <translation>Zettle Back Office: Rapporten, Bonnen, dan Exporteren naar Excel.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="82"/>
        <source>Lightspeed Restaurant (K-Series): Reports, Payments, then Export.</source>
        <translation>Lightspeed Restaurant (K-Series): Rapporten, Betalingen, dan Exporteren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="84"/>
        <location filename="../../desktop/ui/welcome.py" line="86"/>
        <location filename="../../desktop/ui/welcome.py" line="88"/>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="84"/>
        <source>Audience, All contacts, Export Audience: import the ZIP as it is.</source>
        <translation>Doelgroep (Audience), Alle contacten, Doelgroep exporteren: importeer het ZIP-bestand zoals het is.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="86"/>
        <source>Contacts, select all, then Export.</source>
        <translation>Contacten, alles selecteren, dan Exporteren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="88"/>
        <source>TheFork Manager: Customers, then Export.</source>
        <translation>TheFork Manager: Klanten, dan Exporteren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="90"/>
        <source>Anything</source>
        <translation>Van alles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="90"/>
        <source>Any spreadsheet with recognisable column names (date, rating, text; name, email, phone; date, total): Regulars asks when it is not sure.</source>
        <translation>Elk spreadsheet met herkenbare kolomnamen (datum, beoordeling, tekst; naam, e-mail, telefoon; datum, totaal): Regulars vraagt het als het niet zeker is.</translation>
    </message>
</context>
<context>
    <name>WindowTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="297"/>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="310"/>
        <source>Same as this computer</source>
        <translation>Zoals deze computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="303"/>
        <source>Language of the window</source>
        <translation>Taal van het venster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="304"/>
        <source>Regulars will speak this language the next time it starts.</source>
        <translation>Regulars gebruikt deze taal bij de volgende start.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="310"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="310"/>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="314"/>
        <source>Light or dark</source>
        <translation>Licht of donker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="315"/>
        <source>Always show the import preview, even for files Regulars recognises</source>
        <translation>Altijd het importvoorbeeld tonen, ook voor bestanden die Regulars herkent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="320"/>
        <source>These choices belong to this computer; everything else in Settings is kept with your data.</source>
        <translation>Deze keuzes horen bij deze computer; al het andere in Instellingen wordt bij je gegevens bewaard.</translation>
    </message>
</context>
</TS>
