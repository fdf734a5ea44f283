<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop/ui/application.py" line="111"/>
        <location filename="../../desktop/ui/application.py" line="123"/>
        <location filename="../../desktop/ui/application.py" line="128"/>
        <source>Cannot open the database</source>
        <translation>Datenbank lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="115"/>
        <source>Cannot reach the shared server</source>
        <translation>Gemeinsamer Server nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="116"/>
        <source>%1

Regulars opens the data file on this computer instead. Check the address in File &gt; Settings &gt; Shared server, or leave it empty to always use the file.</source>
        <translation>%1

Regulars öffnet stattdessen die Datendatei auf diesem Computer. Prüfen Sie die Adresse unter Datei &gt; Einstellungen &gt; Gemeinsamer Server, oder lassen Sie sie leer, um immer die Datei zu verwenden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="129"/>
        <source>Regulars could not open its database. The details were written to the log file.</source>
        <translation>Regulars konnte seine Datenbank nicht öffnen. Die Details stehen in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="36"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="37"/>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="38"/>
        <source>Before an update of Regulars</source>
        <translation>Vor einem Update von Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="39"/>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="40"/>
        <source>Before encrypting</source>
        <translation>Vor dem Verschlüsseln</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="41"/>
        <source>Made by you</source>
        <translation>Von Ihnen erstellt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="71"/>
        <source>Listing backups</source>
        <translation>Sicherungen werden aufgelistet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="81"/>
        <source>Backing up</source>
        <translation>Sicherung läuft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="82"/>
        <source>Backed up.</source>
        <translation>Gesichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="91"/>
        <source>Restoring a backup</source>
        <translation>Sicherung wird wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="104"/>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="214"/>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="246"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="108"/>
        <source>Regulars copies your data here every day you use it, before every import and before each update. Each copy is checked when it is made.</source>
        <translation>Regulars sichert Ihre Daten hier an jedem Tag, an dem Sie es benutzen, vor jedem Import und vor jedem Update. Jede Kopie wird beim Erstellen geprüft.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="119"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="119"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="119"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="119"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="132"/>
        <source>No backups yet. The first one is made today.</source>
        <translation>Noch keine Sicherungen. Die erste wird heute erstellt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="137"/>
        <source>Keep the newest</source>
        <translation>Die neuesten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="143"/>
        <source>backups of each kind (copies made before an update are all kept)</source>
        <translation>Sicherungen jeder Art behalten (Kopien vor einem Update bleiben alle erhalten)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="152"/>
        <source>Show the folder</source>
        <translation>Ordner zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="156"/>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="159"/>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="162"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="167"/>
        <source>This window is read-only: backups are made and restored in the window that has your data open.</source>
        <translation>Dieses Fenster ist schreibgeschützt: Sicherungen werden in dem Fenster erstellt und wiederhergestellt, das Ihre Daten geöffnet hat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="178"/>
        <source>Working…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="189"/>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="197"/>
        <source>encrypted</source>
        <translation>verschlüsselt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="198"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="199"/>
        <source>OK</source>
        <translation>In Ordnung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="199"/>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="199"/>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="224"/>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="225"/>
        <source>Put your data back as it was on %1? What changed since then will be replaced. Your data as it is now is backed up first, so you can come back to it.</source>
        <translation>Ihre Daten so zurücksetzen, wie sie am %1 waren? Was sich seitdem geändert hat, wird ersetzt. Ihre Daten werden vorher im jetzigen Zustand gesichert, sodass Sie dahin zurückkehren können.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="230"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="236"/>
        <source>Restored. Your data as it was just before is kept as a backup.</source>
        <translation>Wiederhergestellt. Ihre Daten von direkt davor bleiben als Sicherung erhalten.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="245"/>
        <source>That did not work.</source>
        <translation>Das hat nicht geklappt.</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="266"/>
        <source>Backups kept of each kind</source>
        <translation>Aufbewahrte Sicherungen je Art</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="267"/>
        <source>Regulars makes a backup every day it opens, and before an import or an upgrade; the oldest beyond this number are removed.</source>
        <translation>Regulars legt jeden Tag beim Öffnen eine Sicherung an, außerdem vor einem Import oder einem Update; die ältesten über dieser Zahl werden entfernt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="269"/>
        <source>See and restore backups…</source>
        <translation>Sicherungen ansehen und wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="270"/>
        <source>Encryption…</source>
        <translation>Verschlüsselung…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="277"/>
        <source>Your data is on a shared server: back it up and protect it on the server (ask whoever runs it).</source>
        <translation>Ihre Daten liegen auf einem gemeinsamen Server: Sichern und schützen Sie sie dort (fragen Sie, wer ihn betreut).</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="20"/>
        <source>Undone %1</source>
        <translation>Rückgängig am %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="21"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="25"/>
        <source>Reviews</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="25"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="26"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="34"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="36"/>
        <source>Contains</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="37"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="38"/>
        <source>Imported on</source>
        <translation>Importiert am</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="40"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="41"/>
        <source>Already there</source>
        <translation>Schon vorhanden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="42"/>
        <source>Rows that were already in Regulars and were skipped</source>
        <translation>Zeilen, die schon in Regulars waren und übersprungen wurden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="43"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="45"/>
        <source>Stored rows this file changed (undone with it)</source>
        <translation>Gespeicherte Zeilen, die diese Datei geändert hat (werden mit ihr rückgängig gemacht)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="46"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="47"/>
        <source>Rows that could not be read</source>
        <translation>Zeilen, die nicht gelesen werden konnten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="52"/>
        <source>Undo</source>
        <translation>Storno</translation>
    </message>
</context>
<context>
    <name>BusinessTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="106"/>
        <source>e.g. The Corner Café</source>
        <translation>z. B. Café am Eck</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="107"/>
        <source>Business name</source>
        <translation>Name des Betriebs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="109"/>
        <source>One a line, e.g.
High Street
Station Road</source>
        <translation>Eine pro Zeile, z. B.
Hauptstraße
Bahnhofstraße</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="112"/>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="117"/>
        <source>e.g. EUR</source>
        <translation>z. B. EUR</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="119"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="124"/>
        <source>Not set (numbers must start with +)</source>
        <translation>Nicht festgelegt (Nummern müssen mit + beginnen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="127"/>
        <source>Phone numbers are from</source>
        <translation>Telefonnummern aus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="128"/>
        <source>Phone numbers in your files written without a country code (like 07700 900123) are read as numbers of this country, so the same customer is recognised across your till, your mailing list and your booking system.</source>
        <translation>Telefonnummern ohne Ländervorwahl in Ihren Dateien (wie 030 1234567) gelten als Nummern dieses Landes. So wird derselbe Kunde in Kasse, Newsletter-Liste und Reservierungssystem erkannt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="134"/>
        <source>Messages are written in</source>
        <translation>Nachrichten werden verfasst auf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="135"/>
        <source>…when a customer&apos;s or reviewer&apos;s own language is not known.</source>
        <translation>…wenn die Sprache eines Kunden oder Bewertenden nicht bekannt ist.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="174"/>
        <source>A currency is three letters, such as EUR, GBP or SEK (or leave it empty).</source>
        <translation>Eine Währung hat drei Buchstaben, etwa EUR, GBP oder CHF (oder lassen Sie das Feld leer).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="177"/>
        <source>Regulars keeps at most %1 locations; there are %2.</source>
        <translation>Regulars speichert höchstens %1 Standorte; es sind %2.</translation>
    </message>
</context>
<context>
    <name>CampaignsTab</name>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="100"/>
        <source>Unknown offer tags. Use: %1</source>
        <translation>Unbekannte Angebots-Merkmale. Möglich sind: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="106"/>
        <source>Write the new dish&apos;s name first.</source>
        <translation>Schreiben Sie zuerst den Namen des neuen Gerichts.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="110"/>
        <source>Preparing the drafts…</source>
        <translation>Die Entwürfe werden vorbereitet…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="112"/>
        <location filename="../../desktop/ui/pages/messages.py" line="353"/>
        <source>Preparing drafts</source>
        <translation>Entwürfe vorbereiten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="121"/>
        <source>Loading past campaigns</source>
        <translation>Frühere Aktionen werden geladen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="141"/>
        <source>Exporting messages</source>
        <translation>Nachrichten werden exportiert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="147"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="149"/>
        <source>Sending messages</source>
        <translation>Nachrichten senden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="179"/>
        <source>Offer contains, e.g. meat, dairy</source>
        <translation>Angebot enthält, z. B. Fleisch, Milch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="180"/>
        <source>Menu tags of what you offer: customers whose diet or allergies conflict are left out, and the list says why.</source>
        <translation>Merkmale Ihres Angebots laut Speisekarte: Gäste, deren Ernährung oder Allergien nicht dazu passen, werden ausgelassen, und die Liste sagt warum.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="183"/>
        <source>The new dish</source>
        <translation>Das neue Gericht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="305"/>
        <source>Every tier</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="187"/>
        <source>Your offer, if any (written as is)</source>
        <translation>Ihr Angebot, falls es eins gibt (wird wörtlich übernommen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="188"/>
        <source>Prepare drafts</source>
        <translation>Entwürfe vorbereiten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="198"/>
        <source>Pick a campaign and press Prepare drafts.</source>
        <translation>Wählen Sie eine Aktion und klicken Sie auf „Entwürfe vorbereiten“.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="201"/>
        <source>Import files…</source>
        <translation>Dateien importieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="216"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="216"/>
        <source>Getting a message</source>
        <translation>Bekommen eine Nachricht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="216"/>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="238"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/message_draft_pane.py" line="88"/>
        <source>Select a customer to see their message.</source>
        <translation>Wählen Sie einen Gast, um seine Nachricht zu sehen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/message_draft_pane.py" line="53"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/message_draft_pane.py" line="60"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/message_draft_pane.py" line="62"/>
        <source>Open in my mail program</source>
        <translation>In meinem Mailprogramm öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="260"/>
        <source>Edit the wording…</source>
        <translation>Text bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="262"/>
        <source>Export for mail merge…</source>
        <translation>Für Serienbrief exportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="263"/>
        <source>Writes one .eml file per e-mail and a CSV for your mail or SMS tool, and logs the messages as sent.</source>
        <translation>Schreibt eine .eml-Datei pro E-Mail und eine CSV-Datei für Ihr Mail- oder SMS-Programm und vermerkt die Nachrichten als gesendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="267"/>
        <source>Send by e-mail…</source>
        <translation>Per E-Mail senden…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="269"/>
        <source>Sending settings…</source>
        <translation>Versandeinstellungen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="281"/>
        <source>Past campaigns</source>
        <translation>Frühere Aktionen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="282"/>
        <source>Messages sent</source>
        <translation>Gesendete Nachrichten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="330"/>
        <source>%Ln message(s) ready.</source>
        <translation>
            <numerusform>%Ln Nachricht bereit.</numerusform>
            <numerusform>%Ln Nachrichten bereit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="331"/>
        <source>%Ln customer(s) left out.</source>
        <translation>
            <numerusform>%Ln Gast ausgelassen.</numerusform>
            <numerusform>%Ln Gäste ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="333"/>
        <source>%Ln of them held out at random, to measure whether the campaign works.</source>
        <translation>
            <numerusform>%Ln davon zufällig zurückgehalten, um zu messen, ob die Aktion wirkt.</numerusform>
            <numerusform>%Ln davon zufällig zurückgehalten, um zu messen, ob die Aktion wirkt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="336"/>
        <source>Nobody fits this campaign right now. Customers come from your till&apos;s and mailing list&apos;s exports: drop them on the Import page.</source>
        <translation>Gerade passt niemand zu dieser Aktion. Gäste kommen aus den Exporten Ihrer Kasse und Ihrer Mailingliste: Ziehen Sie sie auf die Seite Import.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="354"/>
        <source>The drafts could not be prepared.</source>
        <translation>Die Entwürfe konnten nicht vorbereitet werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="365"/>
        <source>Difference: %1 points (95% interval %2 to %3)</source>
        <translation>Unterschied: %1 Prozentpunkte (95-%-Intervall %2 bis %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/message_draft_pane.py" line="90"/>
        <source>%1 is left out: %2</source>
        <translation>%1 wird ausgelassen: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/message_draft_pane.py" line="97"/>
        <source>To %1 &lt;%2&gt; by %3, in %4.</source>
        <translation>An %1 &lt;%2&gt; per %3, auf %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="386"/>
        <source>Logging the message</source>
        <translation>Nachricht wird vermerkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="398"/>
        <source>Logged: the frequency cap now counts this message.</source>
        <translation>Vermerkt: Die Höchstgrenze zählt diese Nachricht jetzt mit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="405"/>
        <source>Export the messages into…</source>
        <translation>Nachrichten exportieren nach…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="410"/>
        <source>Send by e-mail</source>
        <translation>Per E-Mail senden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="411"/>
        <source>Password of your mail account (not stored):</source>
        <translation>Passwort Ihres Mailkontos (wird nicht gespeichert):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="418"/>
        <source>Exported %Ln message(s) to %1 and logged them.</source>
        <translation>
            <numerusform>%Ln Nachricht nach %1 exportiert und vermerkt.</numerusform>
            <numerusform>%Ln Nachrichten nach %1 exportiert und vermerkt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="421"/>
        <source>Sent and logged %Ln message(s).</source>
        <translation>
            <numerusform>%Ln Nachricht gesendet und vermerkt.</numerusform>
            <numerusform>%Ln Nachrichten gesendet und vermerkt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="423"/>
        <source>%Ln could not be sent.</source>
        <translation>
            <numerusform>%Ln konnte nicht gesendet werden.</numerusform>
            <numerusform>%Ln konnten nicht gesendet werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="425"/>
        <source>%Ln left out because of the frequency cap.</source>
        <translation>
            <numerusform>%Ln wegen der Höchstgrenze ausgelassen.</numerusform>
            <numerusform>%Ln wegen der Höchstgrenze ausgelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="120"/>
        <source>Record what %1 agreed to</source>
        <translation>Einwilligung von %1 festhalten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="129"/>
        <source>Only what the customer told you themselves. A receipt e-mail is not consent.</source>
        <translation>Nur was der Kunde Ihnen selbst gesagt hat. Eine Beleg-E-Mail ist keine Einwilligung.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="137"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="138"/>
        <source>Yes, they want to hear from us</source>
        <translation>Ja, möchte von uns hören</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="139"/>
        <source>No, they do not</source>
        <translation>Nein, möchte nicht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="144"/>
        <source>Their answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="146"/>
        <source>What they were asked and how they answered, e.g. “ticked the newsletter box on the loyalty card, 3 May”</source>
        <translation>Was gefragt wurde und wie die Antwort lautete, z. B. „Newsletter-Feld auf der Treuekarte angekreuzt, 3. Mai“</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="149"/>
        <source>How</source>
        <translation>Wie</translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="111"/>
        <source>Select a customer to see their card: their rhythm, what they like, their reviews and what they agreed to receive.</source>
        <translation>Wählen Sie einen Kunden, um seine Karte zu sehen: Rhythmus, Vorlieben, Bewertungen und wozu er eingewilligt hat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="140"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="147"/>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="149"/>
        <source>first visit %1</source>
        <translation>erster Besuch %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="151"/>
        <source>birthday %1</source>
        <translation>Geburtstag %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="158"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="158"/>
        <source>Consent…</source>
        <translation>Einwilligung…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="159"/>
        <source>Export data…</source>
        <translation>Daten exportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="159"/>
        <source>Erase…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="176"/>
        <source>Tier and rhythm</source>
        <translation>Stufe und Rhythmus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="182"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="182"/>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="183"/>
        <source>Segment</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="183"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="184"/>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="185"/>
        <source>%1 spent</source>
        <translation>%1 ausgegeben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="186"/>
        <source>In short</source>
        <translation>Kurz gesagt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="198"/>
        <source>no tier</source>
        <translation>keine Stufe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="205"/>
        <source>Visits per month</source>
        <translation>Besuche pro Monat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="211"/>
        <source>Counted from the customer file: no orders of theirs imported yet.</source>
        <translation>Aus der Kundendatei gezählt: noch keine Bestellungen dieses Kunden importiert.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="216"/>
        <source>What they like</source>
        <translation>Vorlieben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="232"/>
        <source>Diet</source>
        <translation>Ernährung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="233"/>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="242"/>
        <source>Staff notes</source>
        <translation>Notizen des Teams</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="247"/>
        <source>Nothing noted yet. Use Edit… to add their usual order, diet or allergies.</source>
        <translation>Noch nichts notiert. Mit „Bearbeiten…“ können Sie die übliche Bestellung, Ernährung oder Allergien eintragen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="254"/>
        <source>Suggestions to check</source>
        <translation>Vorschläge zum Prüfen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="260"/>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="261"/>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="271"/>
        <source>An allergy counts only once you accept it.</source>
        <translation>Eine Allergie zählt erst, wenn Sie sie übernehmen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="277"/>
        <source>Their reviews</source>
        <translation>Bewertungen des Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="284"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="286"/>
        <source>Probably them (%1%)</source>
        <translation>Wahrscheinlich dieser Kunde (%1%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="291"/>
        <source>It&apos;s them</source>
        <translation>Ist dieser Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="292"/>
        <source>Not them</source>
        <translation>Jemand anderes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="300"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="305"/>
        <source>May we contact them?</source>
        <translation>Dürfen wir schreiben?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="312"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="312"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="318"/>
        <source>They said no before; a later “yes” was not applied: %1</source>
        <translation>Vorher abgelehnt; ein späteres „Ja“ wurde nicht übernommen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="320"/>
        <source>no choice recorded</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="323"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="323"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/customer_card.py" line="333"/>
        <source>%Ln message(s) sent; the last on %1: %2, by %3.</source>
        <translation>
            <numerusform>%n Nachricht gesendet; die letzte am %1: %2, per %3.</numerusform>
            <numerusform>%n Nachrichten gesendet; die letzte am %1: %2, per %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="340"/>
        <source>No message sent to them yet.</source>
        <translation>Noch keine Nachricht an diese Person gesendet.</translation>
    </message>
</context>
<context>
    <name>CustomerEditDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="39"/>
        <source>What %1 likes</source>
        <translation>Vorlieben von %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="57"/>
        <source>Usual order</source>
        <translation>Übliche Bestellung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="57"/>
        <source>oat flat white, extra hot</source>
        <translation>Flat White mit Hafermilch, extra heiß</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="58"/>
        <source>Seating</source>
        <translation>Lieblingsplatz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="58"/>
        <source>the window table</source>
        <translation>der Tisch am Fenster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="59"/>
        <source>Best time to contact</source>
        <translation>Beste Zeit für Nachrichten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="59"/>
        <source>weekday mornings</source>
        <translation>werktags morgens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="65"/>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="69"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="71"/>
        <source>No preference</source>
        <translation>Egal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="75"/>
        <source>Preferred channel</source>
        <translation>Bevorzugter Kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="78"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="81"/>
        <source>Diet and allergies</source>
        <translation>Ernährung und Allergien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="83"/>
        <source>Health data: kept apart and used only to leave them out of offers that do not suit them, never to choose who gets an offer.</source>
        <translation>Gesundheitsdaten: getrennt gespeichert und nur genutzt, um diesen Kunden von unpassenden Angeboten auszunehmen, nie um auszuwählen, wer ein Angebot bekommt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="96"/>
        <source>Allergies (the 14 EU allergens)</source>
        <translation>Allergien (die 14 EU-Allergene)</translation>
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
        <translation>Vegan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="19"/>
        <source>Gluten-free</source>
        <translation>Glutenfrei</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="20"/>
        <source>Halal</source>
        <translation>Halal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="21"/>
        <source>Kosher</source>
        <translation>Koscher</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="22"/>
        <source>Dairy-free</source>
        <translation>Milchfrei</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="25"/>
        <source>Gluten (cereals)</source>
        <translation>Gluten (Getreide)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="26"/>
        <source>Crustaceans</source>
        <translation>Krebstiere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="27"/>
        <source>Eggs</source>
        <translation>Eier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="28"/>
        <location filename="../../desktop/ui/customer_text.py" line="57"/>
        <source>Fish</source>
        <translation>Fisch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="29"/>
        <source>Peanuts</source>
        <translation>Erdnüsse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="30"/>
        <source>Soya</source>
        <translation>Soja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="31"/>
        <source>Milk (lactose)</source>
        <translation>Milch (Laktose)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="32"/>
        <source>Tree nuts</source>
        <translation>Schalenfrüchte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="33"/>
        <source>Celery</source>
        <translation>Sellerie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="34"/>
        <source>Mustard</source>
        <translation>Senf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="35"/>
        <source>Sesame</source>
        <translation>Sesam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="36"/>
        <source>Sulphites</source>
        <translation>Sulfite</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="37"/>
        <source>Lupin</source>
        <translation>Lupinen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="38"/>
        <source>Molluscs</source>
        <translation>Weichtiere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="41"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
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
        <translation>Übliche Bestellung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="47"/>
        <source>Diet</source>
        <translation>Ernährung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="48"/>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="49"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="50"/>
        <source>Seating</source>
        <translation>Lieblingsplatz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="51"/>
        <source>Preferred channel</source>
        <translation>Bevorzugter Kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="52"/>
        <source>Best time to contact</source>
        <translation>Beste Zeit für Nachrichten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="53"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="56"/>
        <source>Meat</source>
        <translation>Fleisch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="58"/>
        <source>Shellfish</source>
        <translation>Meeresfrüchte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="59"/>
        <source>Dairy</source>
        <translation>Milchprodukte</translation>
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
        <translation>Nüsse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="63"/>
        <source>Alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="68"/>
        <source>from a staff note</source>
        <translation>aus einer Team-Notiz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="69"/>
        <source>entered by you</source>
        <translation>von Ihnen eingetragen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="70"/>
        <source>confirmed by you</source>
        <translation>von Ihnen bestätigt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="91"/>
        <location filename="../../desktop/ui/customer_text.py" line="116"/>
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln Besuch</numerusform>
            <numerusform>%Ln Besuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="99"/>
        <source>First visit %Ln day(s) ago</source>
        <translation>
            <numerusform>Erster Besuch vor %Ln Tag</numerusform>
            <numerusform>Erster Besuch vor %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="101"/>
        <source>One visit, %Ln day(s) ago</source>
        <translation>
            <numerusform>Ein Besuch, vor %Ln Tag</numerusform>
            <numerusform>Ein Besuch, vor %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="103"/>
        <source>%Ln visit(s), no habit yet</source>
        <translation>
            <numerusform>%Ln Besuch, noch keine Gewohnheit</numerusform>
            <numerusform>%Ln Besuche, noch keine Gewohnheit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="103"/>
        <location filename="../../desktop/ui/customer_text.py" line="114"/>
        <location filename="../../desktop/ui/customer_text.py" line="116"/>
        <source>last seen %Ln day(s) ago</source>
        <translation>
            <numerusform>zuletzt vor %Ln Tag</numerusform>
            <numerusform>zuletzt vor %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="105"/>
        <location filename="../../desktop/ui/customer_text.py" line="107"/>
        <source>Not seen for %Ln day(s)</source>
        <translation>
            <numerusform>Seit %Ln Tag nicht gesehen</numerusform>
            <numerusform>Seit %Ln Tagen nicht gesehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="105"/>
        <source>usually every %Ln day(s)</source>
        <translation>
            <numerusform>sonst jeden Tag</numerusform>
            <numerusform>sonst alle %Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="108"/>
        <source>last year they took a break of %Ln day(s) at this time and came back</source>
        <translation>
            <numerusform>letztes Jahr um diese Zeit %Ln Tag weg und dann zurück</numerusform>
            <numerusform>letztes Jahr um diese Zeit %Ln Tage weg und dann zurück</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="111"/>
        <source>%Ln visit(s) in the last %1 weeks</source>
        <translation>
            <numerusform>%Ln Besuch in den letzten %1 Wochen</numerusform>
            <numerusform>%Ln Besuche in den letzten %1 Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="112"/>
        <source>about %Ln expected from their rhythm</source>
        <translation>
            <numerusform>nach ihrem Rhythmus etwa %Ln erwartet</numerusform>
            <numerusform>nach ihrem Rhythmus etwa %Ln erwartet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="114"/>
        <source>Usually every %Ln day(s)</source>
        <translation>
            <numerusform>Kommt jeden Tag</numerusform>
            <numerusform>Kommt alle %Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="118"/>
        <source>%Ln visit(s) in the customer file, no dates</source>
        <translation>
            <numerusform>%Ln Besuch laut Kundendatei, ohne Datum</numerusform>
            <numerusform>%Ln Besuche laut Kundendatei, ohne Datum</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="119"/>
        <source>No visit known yet</source>
        <translation>Noch kein Besuch bekannt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="123"/>
        <source>Not in a tier yet</source>
        <translation>Noch in keiner Stufe</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="126"/>
        <source>%Ln visit(s) in the last %1 days</source>
        <translation>
            <numerusform>%Ln Besuch in den letzten %1 Tagen</numerusform>
            <numerusform>%Ln Besuche in den letzten %1 Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="128"/>
        <source>%1 spent in the last %2 days</source>
        <translation>%1 ausgegeben in den letzten %2 Tagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="133"/>
        <source>Not enough visits to tell</source>
        <translation>Zu wenige Besuche für eine Aussage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="134"/>
        <source>came recently</source>
        <translation>war kürzlich da</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="134"/>
        <source>not seen for a while</source>
        <translation>länger nicht gesehen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="135"/>
        <source>not seen for a long time</source>
        <translation>lange nicht gesehen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="136"/>
        <source>comes often</source>
        <translation>kommt oft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="136"/>
        <source>comes now and then</source>
        <translation>kommt ab und zu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="137"/>
        <source>comes rarely</source>
        <translation>kommt selten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="138"/>
        <source>spends a lot</source>
        <translation>gibt viel aus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="138"/>
        <source>spends about average</source>
        <translation>gibt durchschnittlich aus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="139"/>
        <source>spends little</source>
        <translation>gibt wenig aus</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="145"/>
        <source>On %1 of %Ln visit(s)</source>
        <translation>
            <numerusform>Bei %1 von %Ln Besuch</numerusform>
            <numerusform>Bei %1 von %Ln Besuchen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="148"/>
        <source>%Ln visit(s) with food, never meat or fish</source>
        <translation>
            <numerusform>%Ln Besuch mit Essen, nie Fleisch oder Fisch</numerusform>
            <numerusform>%Ln Besuche mit Essen, nie Fleisch oder Fisch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="150"/>
        <source>Wrote %1 of %Ln review(s) in this language</source>
        <translation>
            <numerusform>%1 von %Ln Bewertung in dieser Sprache geschrieben</numerusform>
            <numerusform>%1 von %Ln Bewertungen in dieser Sprache geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="153"/>
        <source>Their review: “%1”</source>
        <translation>Aus der Bewertung: „%1“</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="32"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="33"/>
        <location filename="../../desktop/ui/models/customers_model.py" line="42"/>
        <source>Regular</source>
        <translation>Stammgast</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="34"/>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="35"/>
        <source>Lapsed</source>
        <translation>Ausgeblieben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="36"/>
        <source>One-off</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="43"/>
        <source>Gold</source>
        <translation>Gold</translation>
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
        <translation>vegan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="50"/>
        <source>gluten-free</source>
        <translation>glutenfrei</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="51"/>
        <source>halal</source>
        <translation>halal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="52"/>
        <source>kosher</source>
        <translation>koscher</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="53"/>
        <source>dairy-free</source>
        <translation>milchfrei</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="54"/>
        <source>big spender</source>
        <translation>gibt viel aus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="55"/>
        <source>birthday this month</source>
        <translation>Geburtstag diesen Monat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="108"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="111"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="113"/>
        <source>Segment</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="117"/>
        <source>Last visit</source>
        <translation>Letzter Besuch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="119"/>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="121"/>
        <source>Spend</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="124"/>
        <source>Tags</source>
        <translation>Merkmale</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="139"/>
        <location filename="../../desktop/ui/pages/customers.py" line="349"/>
        <source>Loading customers</source>
        <translation>Kunden werden geladen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="174"/>
        <location filename="../../desktop/ui/pages/customers.py" line="200"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="176"/>
        <source>Who your regulars are, who is slipping away, and what each one likes.</source>
        <translation>Wer Ihre Stammgäste sind, wer wegbleibt und was jeder mag.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="187"/>
        <source>No customers yet</source>
        <translation>Noch keine Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="188"/>
        <source>Drop your till&apos;s customer list or sales export here (Square, Shopify, Loyverse, Toast, SumUp, Zettle, Lightspeed) or a Mailchimp audience, or use Import.
Orders that name their customer bring the customer with them. Everything stays on this computer.</source>
        <translation>Legen Sie hier die Kundenliste oder den Verkaufsexport Ihrer Kasse ab (Square, Shopify, Loyverse, Toast, SumUp, Zettle, Lightspeed) oder eine Mailchimp-Zielgruppe, oder nutzen Sie Import.
Bestellungen mit Kundenangabe bringen den Kunden gleich mit. Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="201"/>
        <source>Regulars</source>
        <translation>Stammgäste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="202"/>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="203"/>
        <source>Lapsed</source>
        <translation>Ausgeblieben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="204"/>
        <source>Tier moves</source>
        <translation>Stufenwechsel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="212"/>
        <source>Search name, e-mail or phone</source>
        <translation>Name, E-Mail oder Telefon suchen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="216"/>
        <source>All segments</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="221"/>
        <location filename="../../desktop/ui/pages/customers.py" line="358"/>
        <source>All tiers</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="224"/>
        <location filename="../../desktop/ui/pages/customers.py" line="371"/>
        <source>All locations</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="230"/>
        <source>Tiers…</source>
        <translation>Stufen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="232"/>
        <source>Menu…</source>
        <translation>Karte…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="294"/>
        <source>No customers match these filters.</source>
        <translation>Keine Kunden passen zu diesen Filtern.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="323"/>
        <source>Loading your customers…</source>
        <translation>Ihre Kunden werden geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="351"/>
        <source>Your customers could not be loaded.</source>
        <translation>Ihre Kunden konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="361"/>
        <source>No tier</source>
        <translation>Keine Stufe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="393"/>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="394"/>
        <source>%1 of them with visits; judged as of the latest order.</source>
        <translation>%1 davon mit Besuchen; beurteilt zum Stand der letzten Bestellung.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="396"/>
        <source>in their rhythm</source>
        <translation>im üblichen Rhythmus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="398"/>
        <source>slower than usual</source>
        <translation>seltener als sonst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="399"/>
        <source>well past their rhythm</source>
        <translation>weit über ihren Rhythmus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="400"/>
        <source>this month</source>
        <translation>diesen Monat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="412"/>
        <source>%1 shown</source>
        <translation>%1 angezeigt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="434"/>
        <location filename="../../desktop/ui/pages/customers.py" line="446"/>
        <source>Loading the customer</source>
        <translation>Kunde wird geladen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="479"/>
        <source>Saving the customer</source>
        <translation>Kunde wird gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="493"/>
        <source>Recording consent</source>
        <translation>Einwilligung wird gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="499"/>
        <source>Export this customer&apos;s data to</source>
        <translation>Daten dieses Kunden exportieren nach</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="506"/>
        <source>Exported %1 files to %2</source>
        <translation>%1 Dateien nach %2 exportiert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="509"/>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="513"/>
        <source>Erase this customer?</source>
        <translation>Diesen Kunden löschen?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="514"/>
        <source>Erase %1 and everything about them: contact details, notes, diet and allergies, consent, and which reviews they wrote. Their orders stay as anonymous sales. This cannot be undone; the erasure is logged without any personal data.</source>
        <translation>%1 und alles über diesen Kunden löschen: Kontaktdaten, Notizen, Ernährung und Allergien, Einwilligungen und welche Bewertungen er geschrieben hat. Die Bestellungen bleiben als anonyme Verkäufe. Das lässt sich nicht rückgängig machen; die Löschung wird ohne persönliche Daten protokolliert.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="526"/>
        <source>The customer was erased.</source>
        <translation>Der Kunde wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="528"/>
        <source>Erasing</source>
        <translation>Löschen läuft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="533"/>
        <location filename="../../desktop/ui/pages/customers.py" line="537"/>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../desktop/ui/widgets/drop_zone.py" line="48"/>
        <source>Choose files…</source>
        <translation>Dateien auswählen…</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="71"/>
        <source>Choose a passphrase of at least %1 characters.</source>
        <translation>Wählen Sie eine Passphrase mit mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="75"/>
        <source>The two passphrases are not the same.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="80"/>
        <source>Encrypting your data</source>
        <translation>Ihre Daten werden verschlüsselt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="85"/>
        <source>Store your data unencrypted?</source>
        <translation>Ihre Daten unverschlüsselt speichern?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="86"/>
        <source>Anyone who can open this computer&apos;s files will be able to read your reviews and customers. Continue?</source>
        <translation>Jeder, der die Dateien dieses Computers öffnen kann, kann dann Ihre Bewertungen und Kunden lesen. Fortfahren?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="91"/>
        <source>Removing the encryption</source>
        <translation>Verschlüsselung wird entfernt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="96"/>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="178"/>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="112"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="113"/>
        <source>The same again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="115"/>
        <source>Write the passphrase down somewhere safe. Without it nobody can open your data, not even Regulars. Your backups are encrypted with it too.</source>
        <translation>Schreiben Sie die Passphrase an einem sicheren Ort auf. Ohne sie kann niemand Ihre Daten öffnen, auch Regulars nicht. Ihre Sicherungen werden ebenfalls damit verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="125"/>
        <source>Remove the encryption…</source>
        <translation>Verschlüsselung entfernen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="133"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="141"/>
        <source>Your data is encrypted</source>
        <translation>Ihre Daten sind verschlüsselt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="142"/>
        <source>Regulars asks for the passphrase each time it opens. You can choose a new one here.</source>
        <translation>Regulars fragt bei jedem Start nach der Passphrase. Hier können Sie eine neue wählen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="144"/>
        <source>Change the passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="146"/>
        <source>Your data is not encrypted</source>
        <translation>Ihre Daten sind nicht verschlüsselt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="147"/>
        <source>Anyone who can open this computer&apos;s files can read your reviews and customers. Encrypt them with a passphrase that only you know.</source>
        <translation>Jeder, der die Dateien dieses Computers öffnen kann, kann Ihre Bewertungen und Kunden lesen. Verschlüsseln Sie sie mit einer Passphrase, die nur Sie kennen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="149"/>
        <source>Encrypt</source>
        <translation>Verschlüsseln</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="156"/>
        <source>This window is read-only: change the encryption in the window that has your data open.</source>
        <translation>Dieses Fenster ist schreibgeschützt: Ändern Sie die Verschlüsselung in dem Fenster, das Ihre Daten geöffnet hat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="160"/>
        <source>Working… this rewrites the whole file and can take a minute.</source>
        <translation>Wird bearbeitet… Die ganze Datei wird neu geschrieben, das kann eine Minute dauern.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="170"/>
        <source>Done: your data and its backups are encrypted.</source>
        <translation>Fertig: Ihre Daten und ihre Sicherungen sind verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="171"/>
        <source>Done: your data and its backups are stored unencrypted.</source>
        <translation>Fertig: Ihre Daten und ihre Sicherungen werden unverschlüsselt gespeichert.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="77"/>
        <source>Something needs your attention</source>
        <translation>Bitte beachten Sie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="86"/>
        <source>Sorry, something went wrong on our side. Your data has not been changed.

The details were written to:
{path}</source>
        <translation>Entschuldigung, bei uns ist etwas schiefgelaufen. Ihre Daten wurden nicht verändert.

Die Details stehen in:
{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="91"/>
        <source>Sorry, something went wrong</source>
        <translation>Entschuldigung, da ist etwas schiefgelaufen</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="71"/>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="72"/>
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="106"/>
        <source>Search reviews, authors…</source>
        <translation>Bewertungen, Verfasser suchen…</translation>
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
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="123"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="124"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="124"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="125"/>
        <source>Custom dates…</source>
        <translation>Zeitraum wählen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="138"/>
        <source>Stars</source>
        <translation>Sterne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="140"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="145"/>
        <source>Clear filters</source>
        <translation>Filter löschen</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../desktop/ui/help.py" line="21"/>
        <location filename="../../desktop/ui/help.py" line="29"/>
        <source>Regulars guide</source>
        <translation>Regulars-Anleitung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="37"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="37"/>
        <source>Your week at a glance: the rating and how it moved, new reviews, who is waiting for a reply, rating drops, suspicious reviews, regulars at risk, birthdays and your last campaign. Open a card to see more.</source>
        <translation>Ihre Woche auf einen Blick: die Bewertung und wie sie sich verändert hat, neue Bewertungen, wer auf eine Antwort wartet, Bewertungseinbrüche, verdächtige Bewertungen, gefährdete Stammgäste, Geburtstage und Ihre letzte Kampagne. Öffnen Sie eine Karte, um mehr zu sehen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="40"/>
        <source>Reviews</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="40"/>
        <source>Every review you imported, with filters by platform, stars, language and words, and the rating over time.</source>
        <translation>Alle importierten Bewertungen, mit Filtern nach Plattform, Sternen, Sprache und Wörtern, und die Bewertung im Zeitverlauf.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="42"/>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="42"/>
        <source>Why the rating changed: each drop with its causes in plain words, the reviews behind them, and bursts of suspicious reviews.</source>
        <translation>Warum sich die Bewertung verändert hat: jeder Einbruch mit seinen Ursachen in einfachen Worten, die Bewertungen dahinter und Häufungen verdächtiger Bewertungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="44"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="44"/>
        <source>Your customers from every till and mailing list: tiers, who is a regular, who is at risk or lapsed, birthdays and what they usually order.</source>
        <translation>Ihre Kunden aus allen Kassen und Mailinglisten: Stufen, wer Stammgast ist, wer gefährdet oder weggeblieben ist, Geburtstage und was sie meistens bestellen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="47"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="47"/>
        <source>Personal notes to customers who agreed to hear from you, what they did afterwards, and the reviews waiting for a reply, most urgent first.</source>
        <translation>Persönliche Nachrichten an Kunden, die zugestimmt haben, von Ihnen zu hören, was sie danach getan haben, und die Bewertungen, die auf eine Antwort warten – die dringendsten zuerst.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="50"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="50"/>
        <source>Bring in review, customer and order exports, see every import and undo one.</source>
        <translation>Holen Sie Exporte von Bewertungen, Kunden und Bestellungen herein, sehen Sie jeden Import und machen Sie einen rückgängig.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="60"/>
        <source>Regulars never connects to the internet: files are read here and nothing is uploaded. A backup is made every day you open it and before every import (File &gt; Backups).</source>
        <translation>Regulars verbindet sich nie mit dem Internet: Dateien werden hier gelesen und nichts wird hochgeladen. An jedem Tag, an dem Sie die App öffnen, und vor jedem Import wird eine Sicherung erstellt (Datei &gt; Sicherungen).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="66"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="66"/>
        <source>Move between the cards, lists and buttons</source>
        <translation>Zwischen Karten, Listen und Schaltflächen wechseln</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="67"/>
        <source>Enter, Space</source>
        <translation>Enter, Leertaste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="67"/>
        <source>Open the card or press the button that has the focus</source>
        <translation>Die ausgewählte Karte öffnen oder die ausgewählte Schaltfläche drücken</translation>
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
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="33"/>
        <source>Rating</source>
        <translation>Sterne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="34"/>
        <source>Review text</source>
        <translation>Bewertungstext</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="35"/>
        <source>Reviewer</source>
        <translation>Verfasser</translation>
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
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="39"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="40"/>
        <source>Your reply</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="41"/>
        <source>Reply date</source>
        <translation>Antwortdatum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="42"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="43"/>
        <source>Recommends</source>
        <translation>Empfiehlt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="44"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="45"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="46"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="47"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="48"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="49"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="50"/>
        <source>E-mail consent</source>
        <translation>E-Mail-Einwilligung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="51"/>
        <source>SMS consent</source>
        <translation>SMS-Einwilligung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="52"/>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="53"/>
        <source>Order date</source>
        <translation>Bestelldatum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="54"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="55"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="56"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="57"/>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="58"/>
        <source>Line total</source>
        <translation>Positionssumme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="59"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="60"/>
        <source>Customer ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="61"/>
        <source>Customer name</source>
        <translation>Kundenname</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="62"/>
        <source>Customer e-mail</source>
        <translation>Kunden-E-Mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="63"/>
        <source>Customer phone</source>
        <translation>Kundentelefon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="64"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="65"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="66"/>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="67"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="68"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="69"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="86"/>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="28"/>
        <source>row {row}: {detail}</source>
        <translation>Zeile {row}: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="29"/>
        <source>item {row}: {detail}</source>
        <translation>Eintrag {row}: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="30"/>
        <source>line {row}: {detail}</source>
        <translation>Zeile {row}: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="31"/>
        <source>{file}: {detail}</source>
        <translation>{file}: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="32"/>
        <source>{column} &apos;{value}&apos; is not a number</source>
        <translation>{column} „{value}“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="33"/>
        <source>{column} &apos;{value}&apos; is not yes/no</source>
        <translation>{column} „{value}“ ist weder Ja noch Nein</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="34"/>
        <source>{column} &apos;{value}&apos; is not a rating out of 5, 10 or 100</source>
        <translation>{column} „{value}“ ist keine Bewertung von 5, 10 oder 100</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="36"/>
        <source>{column} &apos;{value}&apos; is not a number 1-{scale}</source>
        <translation>{column} „{value}“ ist keine Zahl von 1 bis {scale}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="37"/>
        <source>{column} &apos;{value}&apos; is not an e-mail address</source>
        <translation>{column} „{value}“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="38"/>
        <source>{column} &apos;{value}&apos; is not a phone number</source>
        <translation>{column} „{value}“ ist keine Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="39"/>
        <source>{column} &apos;{value}&apos; was shortened by Excel (scientific notation); re-export the file as text</source>
        <translation>{column} „{value}“ wurde von Excel gekürzt (wissenschaftliche Schreibweise); exportieren Sie die Datei erneut als Text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="42"/>
        <source>{column} &apos;{value}&apos; is not a date</source>
        <translation>{column} „{value}“ ist kein Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="43"/>
        <source>{column} is empty</source>
        <translation>{column} ist leer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="44"/>
        <source>birthday {day}/{month}/{year} is not a date</source>
        <translation>Geburtstag {day}.{month}.{year} ist kein Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="45"/>
        <source>has no name, e-mail, phone or customer id</source>
        <translation>hat weder Name, E-Mail, Telefon noch Kundennummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="46"/>
        <source>has no rating and no review text</source>
        <translation>hat weder Bewertung noch Text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="47"/>
        <source>is not valid JSON</source>
        <translation>ist kein gültiges JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="48"/>
        <source>is not a review object</source>
        <translation>ist keine Bewertung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="49"/>
        <source>unexpected review shape ({kind})</source>
        <translation>unerwarteter Aufbau der Bewertung ({kind})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="50"/>
        <source>The file has column names but no data rows.</source>
        <translation>Die Datei hat Spaltennamen, aber keine Datenzeilen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="51"/>
        <source>Some rows have a different number of columns than the header; values may be in the wrong columns. Check the file in a spreadsheet.</source>
        <translation>Einige Zeilen haben eine andere Spaltenzahl als die Kopfzeile; Werte stehen womöglich in falschen Spalten. Prüfen Sie die Datei in einer Tabellenkalkulation.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="54"/>
        <source>{count} more rows were rejected and are not listed.</source>
        <translation>{count} weitere Zeilen wurden abgelehnt und sind nicht aufgeführt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="55"/>
        <source>Read the worksheet &apos;{sheet}&apos; (the first sheet had no recognisable table).</source>
        <translation>Das Arbeitsblatt „{sheet}“ wurde gelesen (das erste Blatt enthielt keine erkennbare Tabelle).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="57"/>
        <source>Ratings in column &apos;{column}&apos; go up to {max}; they were read as a 10-point scale and converted to 1-5 stars.</source>
        <translation>Die Bewertungen in der Spalte „{column}“ reichen bis {max}; sie wurden als 10-Punkte-Skala gelesen und in 1–5 Sterne umgerechnet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="60"/>
        <source>{count} cancelled or void rows were left out.</source>
        <translation>{count} stornierte oder ungültige Zeilen wurden ausgelassen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="61"/>
        <source>{count} rows that are not sales (payouts, floats, transfers...) were left out.</source>
        <translation>{count} Zeilen, die keine Verkäufe sind (Auszahlungen, Wechselgeld, Überweisungen …), wurden ausgelassen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="63"/>
        <source>{count} customer e-mails, phones or ids on orders were unusable and left empty; the orders were kept.</source>
        <translation>{count} Kunden-E-Mails, Telefonnummern oder Kundennummern auf Bestellungen waren unbrauchbar und blieben leer; die Bestellungen wurden übernommen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="66"/>
        <source>Dates in column &apos;{column}&apos; could be read either way (for example &apos;{example}&apos;); they were read as {order} {why}. If that is wrong, re-import choosing the other date order.</source>
        <translation>Die Daten in der Spalte „{column}“ lassen sich zweifach lesen (zum Beispiel „{example}“); sie wurden als {order} gelesen, {why}. Falls das falsch ist, importieren Sie erneut und wählen Sie die andere Reihenfolge.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="69"/>
        <source>day/month</source>
        <translation>Tag/Monat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="70"/>
        <source>month/day (US style)</source>
        <translation>Monat/Tag (US-Stil)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="71"/>
        <source>as {profile} usually writes them</source>
        <translation>wie {profile} sie üblicherweise schreibt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="72"/>
        <source>because the column names are in {language}</source>
        <translation>weil die Spaltennamen auf {language} sind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="73"/>
        <source>because dotted dates are European style</source>
        <translation>weil Daten mit Punkten europäisch geschrieben sind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="74"/>
        <source>as in US exports</source>
        <translation>wie in US-Exporten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="75"/>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="76"/>
        <source>this is not a regular file (a pipe or a device); save the export as a file</source>
        <translation>das ist keine normale Datei (eine Pipe oder ein Gerät); speichern Sie den Export als Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="78"/>
        <source>cannot open the file ({reason})</source>
        <translation>die Datei lässt sich nicht öffnen ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="79"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="80"/>
        <source>this is not a text table (it contains binary data)</source>
        <translation>das ist keine Texttabelle (sie enthält Binärdaten)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="81"/>
        <source>this is an old Excel .xls file; open it in Excel and save it as .xlsx or CSV</source>
        <translation>das ist eine alte Excel-Datei (.xls); öffnen Sie sie in Excel und speichern Sie sie als .xlsx oder CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="83"/>
        <source>unknown text encoding</source>
        <translation>unbekannte Textkodierung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="84"/>
        <source>this is a web page or XML file, not a table; open it in Excel and save it as .xlsx or CSV</source>
        <translation>das ist eine Webseite oder XML-Datei, keine Tabelle; öffnen Sie sie in Excel und speichern Sie sie als .xlsx oder CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="87"/>
        <source>a row has {columns} columns; this is not a table of reviews, customers or orders</source>
        <translation>eine Zeile hat {columns} Spalten; das ist keine Tabelle mit Bewertungen, Kunden oder Bestellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="89"/>
        <source>the file could not be read as a table ({reason})</source>
        <translation>die Datei ließ sich nicht als Tabelle lesen ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="90"/>
        <source>line {line} is longer than {megabytes} MB (a file without line breaks, or not a table)</source>
        <translation>Zeile {line} ist länger als {megabytes} MB (eine Datei ohne Zeilenumbrüche oder keine Tabelle)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="93"/>
        <source>no table with column names was found</source>
        <translation>keine Tabelle mit Spaltennamen gefunden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="94"/>
        <source>the file is too large to read into memory</source>
        <translation>die Datei ist zu groß, um sie in den Speicher zu lesen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="95"/>
        <source>the file is nested too deeply to read</source>
        <translation>die Datei ist zu tief verschachtelt, um sie zu lesen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="96"/>
        <source>the file could not be read ({reason})</source>
        <translation>die Datei ließ sich nicht lesen ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="97"/>
        <source>the folder contains no CSV, Excel or JSON files</source>
        <translation>der Ordner enthält keine CSV-, Excel- oder JSON-Dateien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="98"/>
        <source>this folder holds more than {files} data files or {limit} files in all; choose the export&apos;s own folder</source>
        <translation>dieser Ordner enthält mehr als {files} Datendateien oder insgesamt {limit} Dateien; wählen Sie den Ordner des Exports selbst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="101"/>
        <source>none of the {count} files inside could be read (first: {first})</source>
        <translation>keine der {count} enthaltenen Dateien ließ sich lesen (die erste: {first})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="103"/>
        <source>reading Excel files needs openpyxl</source>
        <translation>zum Lesen von Excel-Dateien wird openpyxl benötigt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="104"/>
        <source>the Excel file is damaged or not a workbook ({reason})</source>
        <translation>die Excel-Datei ist beschädigt oder keine Arbeitsmappe ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="106"/>
        <source>the Excel file is damaged ({reason})</source>
        <translation>die Excel-Datei ist beschädigt ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="107"/>
        <source>the workbook&apos;s first sheet is empty</source>
        <translation>das erste Blatt der Arbeitsmappe ist leer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="108"/>
        <source>the sheet is empty</source>
        <translation>das Blatt ist leer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="109"/>
        <source>the workbook has no sheets</source>
        <translation>die Arbeitsmappe hat keine Blätter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="110"/>
        <source>the ZIP archive contains no CSV, Excel or JSON files</source>
        <translation>das ZIP-Archiv enthält keine CSV-, Excel- oder JSON-Dateien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="111"/>
        <source>this ZIP is not an Excel workbook (.xlsx)</source>
        <translation>dieses ZIP ist keine Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="112"/>
        <source>the ZIP archive is damaged or incomplete ({reason})</source>
        <translation>das ZIP-Archiv ist beschädigt oder unvollständig ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="113"/>
        <source>the ZIP holds {files} data files; Regulars reads at most {limit} from one archive</source>
        <translation>das ZIP enthält {files} Datendateien; Regulars liest höchstens {limit} aus einem Archiv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="116"/>
        <source>the files in this ZIP add up to more than {gigabytes} GB unpacked; unpack it and import the files</source>
        <translation>die Dateien in diesem ZIP sind entpackt größer als {gigabytes} GB; entpacken Sie es und importieren Sie die Dateien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="119"/>
        <source>cannot unpack this file from the ZIP ({reason})</source>
        <translation>diese Datei lässt sich nicht aus dem ZIP entpacken ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="120"/>
        <source>this file in the ZIP is too large to import</source>
        <translation>diese Datei im ZIP ist zu groß für den Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="121"/>
        <source>this file would unpack {times} times larger than it is stored: a ZIP bomb, not an export</source>
        <translation>diese Datei würde entpackt {times}-mal größer als gespeichert: eine ZIP-Bombe, kein Export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="124"/>
        <source>&apos;{format}&apos; is a JSON format but this file is a table</source>
        <translation>„{format}“ ist ein JSON-Format, aber diese Datei ist eine Tabelle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="126"/>
        <source>no recognisable columns; columns found: {columns}</source>
        <translation>keine erkennbaren Spalten; gefundene Spalten: {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="127"/>
        <source>no recognisable {kind} columns; columns found: {columns}</source>
        <translation>keine erkennbaren Spalten für {kind}; gefundene Spalten: {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="129"/>
        <source>no recognisable {kind} columns (it looks like a {description} file); columns found: {columns}</source>
        <translation>keine erkennbaren Spalten für {kind} (es sieht nach einer Datei von {description} aus); gefundene Spalten: {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="132"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="133"/>
        <source>unknown format &apos;{format}&apos; (see the list of formats)</source>
        <translation>unbekanntes Format „{format}“ (siehe die Liste der Formate)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="134"/>
        <source>the format &apos;{format}&apos; holds {holds}, not {kind}</source>
        <translation>das Format „{format}“ enthält {holds}, nicht {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="135"/>
        <source>this is not a {description} file: missing column(s) {columns}</source>
        <translation>das ist keine Datei von {description}: Spalte(n) fehlen: {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="137"/>
        <source>this is a {description} file, which holds {holds}, not {kind}</source>
        <translation>das ist eine Datei von {description}; sie enthält {holds}, nicht {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="139"/>
        <source>JSON files hold reviews only; no {kind} found</source>
        <translation>JSON-Dateien enthalten nur Bewertungen; keine {kind} gefunden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="140"/>
        <source>this is not valid JSON (line {line}: {reason})</source>
        <translation>das ist kein gültiges JSON (Zeile {line}: {reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="141"/>
        <source>these are reviews you wrote yourself on Google Maps (Takeout &apos;Maps (your places)&apos;); export &apos;Google Business Profile&apos; to get your café&apos;s reviews</source>
        <translation>das sind Bewertungen, die Sie selbst auf Google Maps geschrieben haben (Takeout „Maps (Meine Orte)“); exportieren Sie „Google Unternehmensprofil“, um die Bewertungen Ihres Cafés zu erhalten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="144"/>
        <source>this JSON is {found}, not {format}</source>
        <translation>dieses JSON ist {found}, nicht {format}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="145"/>
        <source>the JSON file contains no reviews</source>
        <translation>die JSON-Datei enthält keine Bewertungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="146"/>
        <source>no reviews in a known format were found in this JSON file</source>
        <translation>in dieser JSON-Datei wurden keine Bewertungen in einem bekannten Format gefunden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="148"/>
        <source>reviews</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="149"/>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="150"/>
        <source>orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="151"/>
        <source>Skipped {detail}</source>
        <translation>Übersprungen: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="152"/>
        <source>... and {count} more like these</source>
        <translation>… und {count} weitere dieser Art</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="153"/>
        <source>There is no import batch {batch}.</source>
        <translation>Es gibt keinen Import Nr. {batch}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="154"/>
        <source>Import batch {batch} ({file}) was already undone.</source>
        <translation>Der Import Nr. {batch} ({file}) wurde bereits rückgängig gemacht.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="68"/>
        <source>Loading import history</source>
        <translation>Importverlauf wird geladen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="77"/>
        <source>Undoing import</source>
        <translation>Import wird rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="82"/>
        <source>Undo import?</source>
        <translation>Import rückgängig machen?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="83"/>
        <source>Remove the %1 rows that “%2” added on %3?

Rows that were already there stay.</source>
        <translation>Die %1 Zeilen entfernen, die „%2“ am %3 hinzugefügt hat?

Zeilen, die schon vorhanden waren, bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="94"/>
        <source>Undoing merge</source>
        <translation>Zusammenführung wird rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="99"/>
        <source>Undo merge?</source>
        <translation>Zusammenführung rückgängig machen?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="100"/>
        <source>Split “%1” back into two customers?

The %2 record becomes a customer of its own again, and the values it changed go back to what they were.</source>
        <translation>„%1“ wieder in zwei Kunden aufteilen?

Der Eintrag aus %2 wird wieder ein eigener Kunde, und die Werte, die er geändert hat, werden zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="102"/>
        <source>this customer</source>
        <translation>diesen Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="120"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="124"/>
        <source>Drop files here to import them</source>
        <translation>Dateien zum Importieren hier ablegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="125"/>
        <source>Google and Tripadvisor review exports, your till&apos;s customer and order exports, or any spreadsheet (CSV, Excel, JSON). Importing the same file twice changes nothing.</source>
        <translation>Bewertungsexporte von Google und Tripadvisor, Kunden- und Bestellexporte Ihrer Kasse oder beliebige Tabellen (CSV, Excel, JSON). Dieselbe Datei zweimal zu importieren ändert nichts.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="136"/>
        <source>Import history</source>
        <translation>Importverlauf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="137"/>
        <location filename="../../desktop/ui/pages/import_page.py" line="234"/>
        <source>Customer merges</source>
        <translation>Zusammenführungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="160"/>
        <source>Nothing imported yet. Files you import will be listed here, and each import can be undone.</source>
        <translation>Noch nichts importiert. Importierte Dateien erscheinen hier, und jeder Import lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="172"/>
        <source>When a customer in one file has the same e-mail or phone as a customer from another system, Regulars keeps one customer. Undo a merge if they are really two people.</source>
        <translation>Hat ein Kunde in einer Datei dieselbe E-Mail oder Telefonnummer wie ein Kunde aus einem anderen System, behält Regulars nur einen Kunden. Machen Sie die Zusammenführung rückgängig, wenn es wirklich zwei Personen sind.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="186"/>
        <source>No customers have been merged. Merges happen when you import customer lists from more than one system.</source>
        <translation>Es wurden keine Kunden zusammengeführt. Das passiert, wenn Sie Kundenlisten aus mehreren Systemen importieren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="233"/>
        <source>Customer merges (%1)</source>
        <translation>Zusammenführungen (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="243"/>
        <location filename="../../desktop/ui/pages/import_page.py" line="257"/>
        <source>Undo</source>
        <translation>Storno</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="246"/>
        <source>Make these two customers again</source>
        <translation>Wieder zwei Kunden daraus machen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="260"/>
        <source>Remove what this import added</source>
        <translation>Entfernen, was dieser Import hinzugefügt hat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="247"/>
        <location filename="../../desktop/ui/pages/import_page.py" line="261"/>
        <source>Already undone</source>
        <translation>Bereits rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="73"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="74"/>
        <source>Already there</source>
        <translation>Schon vorhanden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="75"/>
        <source>Joins a customer</source>
        <translation>Zu Kunde zugeordnet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="76"/>
        <source>Updates the stored one</source>
        <translation>Ändert den gespeicherten Eintrag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="77"/>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="206"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="206"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="288"/>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="149"/>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="258"/>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="297"/>
        <source>Import preview</source>
        <translation>Importvorschau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="160"/>
        <source>Nothing has been imported yet. Check what Regulars found, fix the columns if needed, then import.</source>
        <translation>Noch ist nichts importiert. Prüfen Sie, was Regulars gefunden hat, korrigieren Sie bei Bedarf die Spalten und importieren Sie dann.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="187"/>
        <source>Don&apos;t ask again for recognised formats</source>
        <translation>Bei erkannten Formaten nicht mehr fragen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="188"/>
        <source>Import files Regulars recognises for certain straight away, unless rows are rejected or a question needs your answer.</source>
        <translation>Dateien, die Regulars sicher erkennt, sofort importieren – außer es werden Zeilen abgelehnt oder eine Frage braucht Ihre Antwort.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="200"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="202"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="212"/>
        <source>Reviews</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="212"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="213"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="216"/>
        <source>reviews</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="216"/>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="217"/>
        <source>orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="238"/>
        <source>Reading “%1”…</source>
        <translation>„%1“ wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="292"/>
        <source>Regulars cannot read “%1”:
%2</source>
        <translation>Regulars kann „%1“ nicht lesen:
%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="295"/>
        <source>Something went wrong while reading this file.</source>
        <translation>Beim Lesen dieser Datei ist etwas schiefgelaufen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="315"/>
        <source>Not a format Regulars knows. Tell it which column holds what; nothing is imported until you do.</source>
        <translation>Dieses Format kennt Regulars nicht. Geben Sie an, welche Spalte was enthält; vorher wird nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="319"/>
        <source>Choose, for at least one column, what it holds.</source>
        <translation>Wählen Sie für mindestens eine Spalte, was sie enthält.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="336"/>
        <source>A spreadsheet read by its column names</source>
        <translation>Tabelle, gelesen anhand der Spaltennamen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="337"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="351"/>
        <source>%1: %2 new, %3 already there</source>
        <translation>%1: %2 neu, %3 schon vorhanden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="369"/>
        <source>mapped by you</source>
        <translation>von Ihnen zugeordnet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="371"/>
        <source>recognised for certain</source>
        <translation>sicher erkannt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="372"/>
        <source>a good guess (%1% sure) — check the columns</source>
        <translation>gut geschätzt (%1% sicher) – bitte Spalten prüfen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="389"/>
        <source>Import %Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile importieren</numerusform>
            <numerusform>%Ln Zeilen importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="390"/>
        <source>Skip the %Ln rejected row(s)</source>
        <translation>
            <numerusform>Abgelehnte Zeile überspringen</numerusform>
            <numerusform>%Ln abgelehnte Zeilen überspringen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="397"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="399"/>
        <source>Answer the question about dates in “%1” first.</source>
        <translation>Beantworten Sie zuerst die Frage zu den Datumsangaben in „%1“.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="402"/>
        <source>Answer the question about dates first.</source>
        <translation>Beantworten Sie zuerst die Frage zu den Datumsangaben.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="404"/>
        <source>Without skipping, importing is all or nothing: fix the rejected rows in the file, or tick “Skip”.</source>
        <translation>Ohne Überspringen heißt es alles oder nichts: Korrigieren Sie die abgelehnten Zeilen in der Datei oder setzen Sie den Haken bei „überspringen“.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="407"/>
        <source>There is nothing Regulars can import from here yet.</source>
        <translation>Hier gibt es noch nichts, was Regulars importieren kann.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="409"/>
        <source>Everything in here is already in Regulars.</source>
        <translation>Alles hier ist schon in Regulars.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="412"/>
        <source>“%1” is left out: it cannot be read, or its columns are not chosen yet.</source>
        <translation>„%1“ wird ausgelassen: Die Datei ist nicht lesbar oder ihre Spalten sind noch nicht zugeordnet.</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="44"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="63"/>
        <source>reviews</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="63"/>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="64"/>
        <source>orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="69"/>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="72"/>
        <source>…and %1 more</source>
        <translation>…und %1 weitere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="86"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="86"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="87"/>
        <source>Already there</source>
        <translation>Schon vorhanden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="87"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="88"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="94"/>
        <source>These files could not be imported:</source>
        <translation>Diese Dateien konnten nicht importiert werden:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="100"/>
        <source>There was nothing to import.</source>
        <translation>Es gab nichts zu importieren.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="116"/>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="118"/>
        <source>Everything in these files was already in Regulars</source>
        <translation>Alles in diesen Dateien war schon in Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="119"/>
        <source>Imported %1</source>
        <translation>Importiert: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="122"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="28"/>
        <source>%Ln new review(s)</source>
        <translation>
            <numerusform>%Ln neue Bewertung</numerusform>
            <numerusform>%Ln neue Bewertungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="30"/>
        <source>%Ln new customer(s)</source>
        <translation>
            <numerusform>%Ln neuer Kunde</numerusform>
            <numerusform>%Ln neue Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="32"/>
        <source>%Ln new order(s)</source>
        <translation>
            <numerusform>%Ln neue Bestellung</numerusform>
            <numerusform>%Ln neue Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="33"/>
        <source>%Ln new row(s)</source>
        <translation>
            <numerusform>%Ln neue Zeile</numerusform>
            <numerusform>%Ln neue Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="100"/>
        <source>Loading the reviews waiting for a reply</source>
        <translation>Bewertungen, die auf Antwort warten, werden geladen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="122"/>
        <source>Marking answered</source>
        <translation>Wird als beantwortet markiert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="135"/>
        <source>No reviews are waiting for a reply. Well done!
New reviews appear here after you import them.</source>
        <translation>Keine Bewertung wartet auf eine Antwort. Gut gemacht!
Neue Bewertungen erscheinen hier, sobald Sie sie importieren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="141"/>
        <source>No reviews yet</source>
        <translation>Noch keine Bewertungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="142"/>
        <source>Import your review exports on the Import page, or drop them here: the reviews waiting for a reply then appear here, most urgent first, each with a draft reply.</source>
        <translation>Importieren Sie Ihre Bewertungsexporte auf der Seite Import oder ziehen Sie sie hierher: Dann erscheinen hier die Bewertungen, die auf eine Antwort warten, die dringendsten zuerst, jede mit einem Antwortentwurf.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="167"/>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="263"/>
        <source>Draft reply (edit it before you post it)</source>
        <translation>Antwortentwurf (vor dem Posten anpassen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="173"/>
        <source>Copy reply</source>
        <translation>Antwort kopieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="175"/>
        <source>Mark as answered</source>
        <translation>Als beantwortet markieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="177"/>
        <source>After you pasted the reply on the review site: the review leaves the inbox.</source>
        <translation>Nachdem Sie die Antwort auf der Bewertungsseite eingefügt haben: Die Bewertung verlässt den Posteingang.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="224"/>
        <source>%1: %2 h</source>
        <translation>%1: %2 Std.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="226"/>
        <source>Typical time to reply (median): %1</source>
        <translation>Übliche Antwortzeit (Median): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="247"/>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="257"/>
        <source>Answer this one yourself. Before you do:</source>
        <translation>Diese Antwort schreiben Sie selbst. Vorher:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="261"/>
        <source>Holding reply: complete the part in [brackets] before you post it</source>
        <translation>Zwischenantwort: Ergänzen Sie den Teil in [Klammern], bevor Sie sie posten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="283"/>
        <source>Writing the draft reply</source>
        <translation>Antwortentwurf wird geschrieben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="305"/>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="114"/>
        <location filename="../../desktop/ui/pages/insights.py" line="376"/>
        <source>Looking for rating drops</source>
        <translation>Suche nach Bewertungsrückgängen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="146"/>
        <source>Why did the rating change?</source>
        <translation>Warum hat sich die Bewertung verändert?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="146"/>
        <source>Causes</source>
        <translation>Ursachen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="147"/>
        <source>Reviews</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="147"/>
        <location filename="../../desktop/ui/pages/insights.py" line="162"/>
        <location filename="../../desktop/ui/pages/insights.py" line="260"/>
        <source>Suspicious reviews</source>
        <translation>Verdächtige Bewertungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="147"/>
        <source>Till</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="163"/>
        <source>Evidence saved in %1</source>
        <translation>Belege gespeichert in %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="165"/>
        <source>Saving the evidence</source>
        <translation>Belege werden gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="185"/>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="187"/>
        <source>Why your rating moved, with the reviews that show it.</source>
        <translation>Warum sich Ihre Bewertung verändert hat – mit den Bewertungen, die es zeigen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="193"/>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="202"/>
        <location filename="../../desktop/ui/pages/insights.py" line="338"/>
        <source>All locations</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="203"/>
        <location filename="../../desktop/ui/pages/insights.py" line="339"/>
        <source>All platforms</source>
        <translation>Alle Plattformen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="204"/>
        <location filename="../../desktop/ui/pages/insights.py" line="340"/>
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="206"/>
        <source>All topics</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="208"/>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="208"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="208"/>
        <source>Last 6 months</source>
        <translation>Letzte 6 Monate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="176"/>
        <source>Average stars</source>
        <translation>Durchschnitt Sterne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="176"/>
        <source>Drop</source>
        <translation>Rückgang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="176"/>
        <source>Suspicious burst</source>
        <translation>Verdächtige Häufung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="231"/>
        <source>No reviews yet</source>
        <translation>Noch keine Bewertungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="232"/>
        <source>Import your review exports on the Import page, or drop them here: Regulars then tells you here when your rating really drops, and why.</source>
        <translation>Importieren Sie Ihre Bewertungsexporte auf der Seite Import oder ziehen Sie sie hierher: Dann zeigt Ihnen Regulars hier, wann Ihre Bewertung wirklich sinkt, und warum.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="255"/>
        <source>Drops</source>
        <translation>Rückgänge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="266"/>
        <source>Export evidence…</source>
        <translation>Belege exportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="308"/>
        <source>Looking for rating drops…</source>
        <translation>Suche nach Bewertungsrückgängen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="349"/>
        <source>A handful of reviews is not a trend: Regulars names a cause only when the reviews show one.</source>
        <translation>Ein paar Bewertungen sind noch kein Trend: Regulars nennt eine Ursache nur, wenn die Bewertungen sie zeigen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="388"/>
        <source>Select a cause to read the reviews that show it.</source>
        <translation>Wählen Sie eine Ursache, um die Bewertungen dazu zu lesen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="395"/>
        <source>Loading reviews</source>
        <translation>Bewertungen werden geladen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="399"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="400"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="403"/>
        <source>Report saved as %1</source>
        <translation>Bericht gespeichert als %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="406"/>
        <source>Save the evidence in</source>
        <translation>Belege speichern in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="437"/>
        <source>few reviews</source>
        <translation>wenige Bewertungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="439"/>
        <source>%1 reviews</source>
        <translation>%1 Bewertungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="449"/>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="458"/>
        <source>over %1 %</source>
        <translation>über %1 %</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="461"/>
        <source>%1 reviews in the drop, %2 before it; confidence %3</source>
        <translation>%1 Bewertungen im Rückgang, %2 davor; Sicherheit %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="472"/>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="474"/>
        <source>(stars only)</source>
        <translation>(nur Sterne)</translation>
    </message>
</context>
<context>
    <name>LocationsModel</name>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="26"/>
        <source>No location</source>
        <translation>Ohne Standort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="40"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="43"/>
        <source>Reviews</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="45"/>
        <source>Average</source>
        <translation>Schnitt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="47"/>
        <source>Average stars of all its reviews</source>
        <translation>Durchschnittliche Sterne aller seiner Bewertungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="48"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="50"/>
        <source>90 days before</source>
        <translation>90 Tage davor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="52"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="55"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="57"/>
        <source>Customers who ordered there at least once</source>
        <translation>Kunden, die dort mindestens einmal bestellt haben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="58"/>
        <source>Open drops</source>
        <translation>Offene Einbrüche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="60"/>
        <source>Rating drops still going on: see why on the Insights page</source>
        <translation>Bewertungseinbrüche, die noch andauern: das Warum steht auf der Seite Einblicke</translation>
    </message>
</context>
<context>
    <name>LocationsPanel</name>
    <message>
        <location filename="../../desktop/ui/widgets/locations_panel.py" line="39"/>
        <location filename="../../desktop/ui/widgets/locations_panel.py" line="96"/>
        <source>Comparing your locations</source>
        <translation>Standorte werden verglichen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/locations_panel.py" line="48"/>
        <source>Your locations side by side</source>
        <translation>Ihre Standorte im Vergleich</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/locations_panel.py" line="83"/>
        <source>The last 90 days (%1 to %2) against the 90 before. Open the Insights page and choose a location to see why its rating moved.</source>
        <translation>Die letzten 90 Tage (%1 bis %2) gegenüber den 90 davor. Öffnen Sie die Seite Einblicke und wählen Sie einen Standort, um zu sehen, warum sich seine Bewertung verändert hat.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="40"/>
        <source>Exports (*.csv *.tsv *.txt *.xlsx *.xls *.json *.zip);;All files (*)</source>
        <translation>Exporte (*.csv *.tsv *.txt *.xlsx *.xls *.json *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="121"/>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>Die heutige Sicherung konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="124"/>
        <source>Backing up</source>
        <translation>Sicherung läuft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="141"/>
        <source>Updating the analysis of your reviews</source>
        <translation>Analyse Ihrer Bewertungen wird aktualisiert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="151"/>
        <source>Reading your reviews again with the latest analysis… %1%</source>
        <translation>Bewertungen werden mit der neuesten Analyse neu gelesen… %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="98"/>
        <source>This window is read-only: import in the window that has your data open.</source>
        <translation>Dieses Fenster ist schreibgeschützt: Importieren Sie in dem Fenster, das Ihre Daten geöffnet hat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="102"/>
        <location filename="../../desktop/ui/import_flow.py" line="130"/>
        <source>An import is already running; please wait for it.</source>
        <translation>Es läuft bereits ein Import – bitte warten Sie, bis er fertig ist.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="116"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="134"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="136"/>
        <source>Importing %1 files…</source>
        <translation>%1 Dateien werden importiert…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="140"/>
        <source>Backing up your data first…</source>
        <translation>Ihre Daten werden zuerst gesichert…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="141"/>
        <source>Nothing was imported: Regulars could not back up your data first (%1).</source>
        <translation>Nichts wurde importiert: Regulars konnte Ihre Daten vorher nicht sichern (%1).</translation>
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
        <translation>Das Demo-Café wird in einem neuen Fenster geöffnet …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="172"/>
        <source>The demo café could not be opened.</source>
        <translation>Das Demo-Café konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="183"/>
        <source>This page has no search box.</source>
        <translation>Diese Seite hat kein Suchfeld.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="229"/>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
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
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="340"/>
        <source>Pages</source>
        <translation>Seiten</translation>
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
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="62"/>
        <source>Import review, customer or order exports</source>
        <translation>Bewertungs-, Kunden- oder Bestellexporte importieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="70"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="100"/>
        <source>&amp;Guide</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="101"/>
        <source>What each page is for, where your data lives, keyboard shortcuts</source>
        <translation>Wofür jede Seite da ist, wo Ihre Daten liegen, Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="102"/>
        <source>&amp;Welcome…</source>
        <translation>&amp;Willkommen …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="103"/>
        <source>The first-run welcome again: the demo café, your files, your café&apos;s details</source>
        <translation>Die Begrüßung vom ersten Start noch einmal: das Demo-Café, Ihre Dateien, die Angaben zu Ihrem Café</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="104"/>
        <source>&amp;About Regulars</source>
        <translation>Ü&amp;ber Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="80"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="63"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="64"/>
        <source>Your business, tiers, message limits, backups and the window&apos;s language</source>
        <translation>Ihr Betrieb, Stufen, Nachrichtenlimits, Sicherungen und die Sprache des Fensters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="66"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="67"/>
        <source>See, make and restore copies of your data</source>
        <translation>Kopien Ihrer Daten ansehen, erstellen und wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="68"/>
        <source>&amp;Encryption…</source>
        <translation>&amp;Verschlüsselung…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="69"/>
        <source>Protect your data file with a passphrase</source>
        <translation>Ihre Datendatei mit einer Passphrase schützen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="74"/>
        <source>Your data is on a shared server: back it up and protect it on the server (ask whoever runs it)</source>
        <translation>Ihre Daten liegen auf einem gemeinsamen Server: Sichern und schützen Sie sie dort (fragen Sie, wer ihn betreut)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="87"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="92"/>
        <source>&amp;Search this page</source>
        <translation>Auf dieser Seite &amp;suchen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="93"/>
        <source>Type to filter the list on this page</source>
        <translation>Tippen Sie, um die Liste auf dieser Seite zu filtern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="94"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="95"/>
        <source>Read this page&apos;s data again</source>
        <translation>Die Daten dieser Seite neu einlesen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="99"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="258"/>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="270"/>
        <source>Open in another window: read-only. Importing and changes are off here; close the other window and open Regulars again to make changes.</source>
        <translation>In einem anderen Fenster geöffnet: schreibgeschützt. Importe und Änderungen sind hier aus; schließen Sie das andere Fenster und öffnen Sie Regulars erneut, um etwas zu ändern.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="311"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="30"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="30"/>
        <source>Reviews</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="31"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="32"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="31"/>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="206"/>
        <source>Import files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="394"/>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="403"/>
        <source>Backup restored.</source>
        <translation>Sicherung wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="233"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="453"/>
        <source>The analysis of your reviews could not be updated now; Regulars will try again next time.</source>
        <translation>Die Analyse Ihrer Bewertungen konnte gerade nicht aktualisiert werden; Regulars versucht es beim nächsten Mal wieder.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="458"/>
        <source>%Ln review(s) read again with the latest analysis.</source>
        <translation>
            <numerusform>%Ln Bewertung mit der neuesten Analyse neu gelesen.</numerusform>
            <numerusform>%Ln Bewertungen mit der neuesten Analyse neu gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="242"/>
        <source>nothing new</source>
        <translation>nichts Neues</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="246"/>
        <source>“%1” could not be imported: %2</source>
        <translation>„%1“ konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="249"/>
        <source>Import finished: %1</source>
        <translation>Import abgeschlossen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="260"/>
        <source>Import cancelled. The file being read when you pressed Cancel was not imported.</source>
        <translation>Import abgebrochen. Die Datei, die beim Abbrechen gerade gelesen wurde, wurde nicht importiert.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="267"/>
        <source>Import failed: %1</source>
        <translation>Import fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="270"/>
        <source>Import failed.</source>
        <translation>Import fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="462"/>
        <source>About Regulars</source>
        <translation>Über Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="463"/>
        <source>&lt;h3&gt;Regulars&lt;/h3&gt;&lt;p&gt;Understand your reviews and know your regulars.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: your files are read here and nothing is uploaded.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Regulars&lt;/h3&gt;&lt;p&gt;Verstehen Sie Ihre Bewertungen und kennen Sie Ihre Stammgäste.&lt;/p&gt;&lt;p&gt;Alles bleibt auf diesem Computer: Ihre Dateien werden hier gelesen, nichts wird hochgeladen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="98"/>
        <source>Column in your file</source>
        <translation>Spalte in Ihrer Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="99"/>
        <source>Goes into</source>
        <translation>Wird zu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="100"/>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
</context>
<context>
    <name>MenuDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/menu_dialog.py" line="39"/>
        <source>Menu and its tags</source>
        <translation>Speisekarte und Merkmale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/menu_dialog.py" line="53"/>
        <source>Loading the menu</source>
        <translation>Karte wird geladen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/menu_dialog.py" line="58"/>
        <source>The items your orders name. Tags are suggested from each name; tick or untick to correct them (your choice, in bold, wins). Offers use these tags to leave out customers whose diet or allergies they do not suit.</source>
        <translation>Die Artikel aus Ihren Bestellungen. Die Merkmale werden aus dem Namen vorgeschlagen; setzen oder entfernen Sie Häkchen, um sie zu korrigieren (Ihre Wahl, fett, gilt). Angebote nutzen sie, um Kunden auszunehmen, zu deren Ernährung oder Allergien sie nicht passen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/menu_dialog.py" line="66"/>
        <source>Search items</source>
        <translation>Artikel suchen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/menu_dialog.py" line="70"/>
        <source>Back to suggested</source>
        <translation>Zurück zum Vorschlag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/menu_dialog.py" line="95"/>
        <source>No items yet: import an orders file whose lines name what was sold.</source>
        <translation>Noch keine Artikel: Importieren Sie eine Bestelldatei, deren Zeilen die verkauften Artikel nennen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/menu_dialog.py" line="130"/>
        <source>Saving tags</source>
        <translation>Merkmale werden gespeichert</translation>
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
        <translation>Bestellt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/menu_model.py" line="72"/>
        <source>Tags chosen by you</source>
        <translation>Von Ihnen gewählte Merkmale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/menu_model.py" line="73"/>
        <source>Tags suggested from the name</source>
        <translation>Aus dem Namen vorgeschlagene Merkmale</translation>
    </message>
</context>
<context>
    <name>MergesModel</name>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="36"/>
        <source>Spreadsheet</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="47"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="52"/>
        <source>Same e-mail</source>
        <translation>Gleiche E-Mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="54"/>
        <source>Same phone</source>
        <translation>Gleiche Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="64"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="66"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="70"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="80"/>
        <source>Undone %1</source>
        <translation>Rückgängig am %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="81"/>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="92"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="94"/>
        <source>Merged in</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="96"/>
        <source>Because</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="98"/>
        <source>What changed</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="100"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="102"/>
        <source>When</source>
        <translation>Wann</translation>
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
        <translation>Storno</translation>
    </message>
</context>
<context>
    <name>MessageModels</name>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="107"/>
        <source>Gets a message</source>
        <translation>Bekommt eine Nachricht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="108"/>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="122"/>
        <location filename="../../desktop/ui/models/message_models.py" line="177"/>
        <source>Customer</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="124"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="128"/>
        <source>Sent as</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="181"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="130"/>
        <source>Segment</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="132"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="136"/>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="140"/>
        <source>Rating</source>
        <translation>Sterne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="142"/>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="144"/>
        <source>Site</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="146"/>
        <source>Posted</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="148"/>
        <source>Why it ranks here</source>
        <translation>Warum hier eingeordnet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="156"/>
        <source>%1 of %2 came back (%3%)</source>
        <translation>%1 von %2 kamen wieder (%3%)</translation>
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
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="166"/>
        <source>Contacted</source>
        <translation>Angeschrieben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="168"/>
        <source>Held out</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="170"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="175"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="183"/>
        <source>To</source>
        <translation>An</translation>
    </message>
</context>
<context>
    <name>MessageWords</name>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="21"/>
        <source>Win back lapsed regulars</source>
        <translation>Verlorene Stammgäste zurückgewinnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="22"/>
        <source>Thank your regulars</source>
        <translation>Stammgästen danken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="23"/>
        <source>Welcome new customers</source>
        <translation>Neue Gäste begrüßen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="24"/>
        <source>Birthdays this week</source>
        <translation>Geburtstage dieser Woche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="25"/>
        <source>Congratulate a tier upgrade</source>
        <translation>Zum Stufenaufstieg gratulieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="26"/>
        <source>Announce a new dish</source>
        <translation>Ein neues Gericht ankündigen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="27"/>
        <source>Apologise after a bad review</source>
        <translation>Nach einer schlechten Bewertung entschuldigen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="32"/>
        <source>on the do-not-contact list ({detail})</source>
        <translation>auf der Liste „Nicht kontaktieren“ ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="33"/>
        <source>no recorded consent for {channel}</source>
        <translation>keine erfasste Einwilligung für {channel}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="34"/>
        <source>said no to {channel} messages</source>
        <translation>hat {channel}-Nachrichten abgelehnt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="35"/>
        <source>no {channel} address on file</source>
        <translation>keine {channel}-Adresse gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="36"/>
        <source>diet ({diet}) conflicts with the offer ({tags})</source>
        <translation>Ernährung ({diet}) passt nicht zum Angebot ({tags})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="37"/>
        <source>allergy ({allergy}) conflicts with the offer ({tags})</source>
        <translation>Allergie ({allergy}) passt nicht zum Angebot ({tags})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="38"/>
        <source>has a diet or allergy note Regulars cannot read (“{note}”): check it by hand before offering food</source>
        <translation>hat eine Ernährungs- oder Allergienotiz, die Regulars nicht lesen kann („{note}“): prüfen Sie sie selbst, bevor Sie Essen anbieten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="39"/>
        <source>their review makes a health or safety claim: answer it personally from the Inbox</source>
        <translation>die Bewertung behauptet ein Gesundheits- oder Sicherheitsproblem: beantworten Sie sie persönlich im Posteingang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="40"/>
        <source>already received this message on {date}</source>
        <translation>hat diese Nachricht schon am {date} bekommen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="41"/>
        <source>frequency cap: last message on {date}; at most one every {days} days</source>
        <translation>Höchstgrenze: letzte Nachricht am {date}; höchstens eine alle {days} Tage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="42"/>
        <source>no visit after the last {count} messages: contacted at most every {days} days (last on {date})</source>
        <translation>kein Besuch nach den letzten {count} Nachrichten: höchstens alle {days} Tage angeschrieben (zuletzt am {date})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="43"/>
        <source>held out at random to measure whether the campaign works</source>
        <translation>zufällig zurückgehalten, um zu messen, ob die Aktion wirkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="44"/>
        <source>{segment} customer</source>
        <translation>Gast: {segment}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="45"/>
        <source>{tier} tier</source>
        <translation>Stufe {tier}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="46"/>
        <source>moved up from {previous} to {tier}</source>
        <translation>aufgestiegen von {previous} zu {tier}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="47"/>
        <source>birthday on {date}</source>
        <translation>Geburtstag am {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="48"/>
        <source>first visit on {date}</source>
        <translation>erster Besuch am {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="49"/>
        <source>left a {rating}-star review on {date}</source>
        <translation>hat am {date} eine {rating}-Sterne-Bewertung geschrieben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="50"/>
        <source>visited in the last {days} days</source>
        <translation>war in den letzten {days} Tagen da</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="51"/>
        <source>health or safety claim: {flag}</source>
        <translation>Gesundheits- oder Sicherheitsvorwurf: {flag}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="52"/>
        <source>{rating}-star review</source>
        <translation>{rating}-Sterne-Bewertung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="53"/>
        <source>written by a known customer ({visits} visits)</source>
        <translation>von einem bekannten Gast ({visits} Besuche)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="54"/>
        <source>written by a {tier} customer</source>
        <translation>von einem {tier}-Gast</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="55"/>
        <source>a regular who is {segment}: a good reply may bring them back</source>
        <translation>Stammgast, {segment}: eine gute Antwort kann ihn zurückholen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="56"/>
        <source>influential reviewer ({detail})</source>
        <translation>einflussreicher Verfasser ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="57"/>
        <source>posted {days} days ago</source>
        <translation>vor {days} Tagen veröffentlicht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="58"/>
        <source>posted today</source>
        <translation>heute veröffentlicht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="59"/>
        <source>waiting {days} days for a reply</source>
        <translation>wartet seit {days} Tagen auf eine Antwort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="63"/>
        <source>e-mail</source>
        <translation>E-Mail</translation>
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
        <translation>verloren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="67"/>
        <source>at-risk</source>
        <translation>gefährdet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="68"/>
        <source>regular</source>
        <translation>Stammgast</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="69"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="70"/>
        <source>one-off</source>
        <translation>einmalig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="71"/>
        <source>food poisoning</source>
        <translation>Lebensmittelvergiftung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="72"/>
        <source>allergic reaction</source>
        <translation>allergische Reaktion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="73"/>
        <source>something in the food</source>
        <translation>Fremdkörper im Essen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="74"/>
        <source>pests</source>
        <translation>Schädlinge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="75"/>
        <source>hygiene</source>
        <translation>Hygiene</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="76"/>
        <source>legal threat</source>
        <translation>Androhung rechtlicher Schritte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="77"/>
        <source>discrimination</source>
        <translation>Diskriminierung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="78"/>
        <source>meat</source>
        <translation>Fleisch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="79"/>
        <source>pork</source>
        <translation>Schwein</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="80"/>
        <source>fish</source>
        <translation>Fisch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="81"/>
        <source>shellfish</source>
        <translation>Meeresfrüchte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="82"/>
        <source>dairy</source>
        <translation>Milchprodukte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="83"/>
        <source>milk</source>
        <translation>Milch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="84"/>
        <source>egg</source>
        <translation>Ei</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="85"/>
        <source>gluten</source>
        <translation>Gluten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="86"/>
        <source>nuts</source>
        <translation>Nüsse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="87"/>
        <source>peanuts</source>
        <translation>Erdnüsse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="88"/>
        <source>soy</source>
        <translation>Soja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="89"/>
        <source>sesame</source>
        <translation>Sesam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="90"/>
        <source>celery</source>
        <translation>Sellerie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="91"/>
        <source>mustard</source>
        <translation>Senf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="92"/>
        <source>sulphites</source>
        <translation>Sulfite</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="93"/>
        <source>lupin</source>
        <translation>Lupinen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="94"/>
        <source>alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="95"/>
        <source>vegan</source>
        <translation>vegan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="96"/>
        <source>vegetarian</source>
        <translation>vegetarisch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="97"/>
        <source>pescatarian</source>
        <translation>pescetarisch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="98"/>
        <source>halal</source>
        <translation>halal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="99"/>
        <source>kosher</source>
        <translation>koscher</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="100"/>
        <source>gluten-free</source>
        <translation>glutenfrei</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="101"/>
        <source>dairy-free</source>
        <translation>milchfrei</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="102"/>
        <source>no alcohol</source>
        <translation>kein Alkohol</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="103"/>
        <source>no pork</source>
        <translation>kein Schweinefleisch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="107"/>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="108"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="109"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="110"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="115"/>
        <source>Do not argue or deny in public, and do not admit fault either: answer briefly and move the conversation to private.</source>
        <translation>Nicht öffentlich streiten oder abstreiten und auch keine Schuld eingestehen: kurz antworten und das Gespräch ins Private verlegen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="117"/>
        <source>Find the visit: the date, what they ate, who cooked; keep the kitchen&apos;s temperature and cleaning records for that day.</source>
        <translation>Den Besuch finden: Datum, was gegessen wurde, wer gekocht hat; die Temperatur- und Reinigungsprotokolle der Küche für diesen Tag aufbewahren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="119"/>
        <source>Ask them to contact you directly so you can hear the details (symptoms, when, what they ate).</source>
        <translation>Bitten Sie den Gast, sich direkt zu melden, damit Sie die Einzelheiten erfahren (Beschwerden, wann, was gegessen wurde).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="121"/>
        <source>If more than one guest reports illness, tell your food safety lead or local authority.</source>
        <translation>Melden mehrere Gäste Beschwerden, informieren Sie Ihre Verantwortliche für Lebensmittelsicherheit oder die Behörde.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="123"/>
        <source>Check the dish&apos;s allergen sheet: was the ingredient listed, and was the guest told?</source>
        <translation>Prüfen Sie die Allergenliste des Gerichts: War die Zutat aufgeführt, und wurde der Gast informiert?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="125"/>
        <source>Ask them to contact you directly; note what they ordered and what they told the staff.</source>
        <translation>Bitten Sie den Gast, sich direkt zu melden; notieren Sie, was bestellt und was dem Personal gesagt wurde.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="127"/>
        <source>Correct the menu or the allergen sheet now if it was wrong, and tell the team.</source>
        <translation>Korrigieren Sie Karte oder Allergenliste sofort, falls sie falsch war, und informieren Sie das Team.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="129"/>
        <source>Ask them to keep the object or a photo and to contact you directly.</source>
        <translation>Bitten Sie den Gast, den Gegenstand oder ein Foto aufzubewahren und sich direkt zu melden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="131"/>
        <source>Check with the kitchen which dish and batch it was, and what the object could be.</source>
        <translation>Klären Sie mit der Küche, welches Gericht und welche Charge es war und was der Gegenstand sein könnte.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="133"/>
        <source>Inspect the premises today and call your pest control contractor; keep the report.</source>
        <translation>Prüfen Sie die Räume noch heute und rufen Sie Ihren Schädlingsbekämpfer; bewahren Sie den Bericht auf.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="135"/>
        <source>Thank them for telling you and say what you checked; do not deny before you have looked.</source>
        <translation>Danken Sie für den Hinweis und sagen Sie, was Sie geprüft haben; streiten Sie nichts ab, bevor Sie nachgesehen haben.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="137"/>
        <source>Check the area they mention and your cleaning log for that day.</source>
        <translation>Prüfen Sie den genannten Bereich und Ihr Reinigungsprotokoll für diesen Tag.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="139"/>
        <source>Thank them, say what you checked or changed, and invite them to contact you.</source>
        <translation>Danken Sie, sagen Sie, was Sie geprüft oder geändert haben, und laden Sie zum direkten Kontakt ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="141"/>
        <source>Do not discuss the details in public; talk to your insurer or lawyer before you answer.</source>
        <translation>Keine Einzelheiten öffentlich besprechen; sprechen Sie vor der Antwort mit Ihrer Versicherung oder Ihrem Anwalt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="143"/>
        <source>Keep every message, receipt and record of the visit.</source>
        <translation>Bewahren Sie alle Nachrichten, Belege und Aufzeichnungen zum Besuch auf.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="145"/>
        <source>Take it seriously: hear the staff involved and the guest before you answer in public.</source>
        <translation>Nehmen Sie es ernst: Hören Sie das beteiligte Personal und den Gast an, bevor Sie öffentlich antworten.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="147"/>
        <source>Reply briefly, invite them to contact you directly, and do not argue the facts in public.</source>
        <translation>Antworten Sie kurz, laden Sie zum direkten Kontakt ein und streiten Sie nicht öffentlich über die Fakten.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="151"/>
        <source>Too early to tell: the 30-day window closes on {date}</source>
        <translation>Noch zu früh: Das 30-Tage-Fenster schließt am {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="152"/>
        <source>More customers came back than in the hold-out</source>
        <translation>Mehr Gäste kamen wieder als in der Vergleichsgruppe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="153"/>
        <source>Fewer customers came back than in the hold-out</source>
        <translation>Weniger Gäste kamen wieder als in der Vergleichsgruppe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="154"/>
        <source>Too few customers to tell</source>
        <translation>Zu wenige Gäste für eine Aussage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="155"/>
        <source>No clear difference from the hold-out</source>
        <translation>Kein klarer Unterschied zur Vergleichsgruppe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="156"/>
        <source>Nobody was held out, so there is nothing to compare with</source>
        <translation>Niemand wurde zurückgehalten, daher gibt es keinen Vergleich</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/message_words.py" line="175"/>
        <source>%n-star review</source>
        <translation>
            <numerusform>%n-Stern-Bewertung</numerusform>
            <numerusform>%n-Sterne-Bewertung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/message_words.py" line="177"/>
        <source>left a %n-star review on {date}</source>
        <translation>
            <numerusform>hat am {date} eine %n-Stern-Bewertung geschrieben</numerusform>
            <numerusform>hat am {date} eine %n-Sterne-Bewertung geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="231"/>
        <source>the greeting, with the first name when known</source>
        <translation>die Anrede, mit Vornamen, wenn bekannt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="232"/>
        <source>the customer&apos;s first name</source>
        <translation>der Vorname des Gastes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="233"/>
        <source>the customer&apos;s full name</source>
        <translation>der volle Name des Gastes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="234"/>
        <source>your business name</source>
        <translation>der Name Ihres Betriebs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="235"/>
        <source>what they usually order (empty when not known)</source>
        <translation>was der Gast üblicherweise bestellt (leer, wenn unbekannt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="236"/>
        <source>their tier (Regular, Gold, VIP...)</source>
        <translation>seine Stufe (Regular, Gold, VIP...)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="237"/>
        <source>their tier before the upgrade</source>
        <translation>seine Stufe vor dem Aufstieg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="238"/>
        <source>how many visits they made</source>
        <translation>wie viele Besuche er hatte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="239"/>
        <source>the date of their last visit</source>
        <translation>das Datum des letzten Besuchs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="240"/>
        <source>weeks since their last visit</source>
        <translation>Wochen seit dem letzten Besuch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="241"/>
        <source>the dish the campaign is about (new dish)</source>
        <translation>das Gericht, um das es geht (neues Gericht)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="242"/>
        <source>your offer, exactly as you wrote it (empty when none)</source>
        <translation>Ihr Angebot, genau wie Sie es geschrieben haben (leer, wenn keins)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="243"/>
        <source>the date of their review (apology)</source>
        <translation>das Datum der Bewertung (Entschuldigung)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="244"/>
        <source>how you sign (your business name unless you change it)</source>
        <translation>wie Sie unterschreiben (Ihr Betriebsname, wenn Sie nichts ändern)</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="479"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="481"/>
        <source>Personal notes to the customers who agreed to hear from you, and replies to your reviews.</source>
        <translation>Persönliche Nachrichten an Gäste, die zugestimmt haben, und Antworten auf Ihre Bewertungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="492"/>
        <source>Campaigns</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="493"/>
        <location filename="../../desktop/ui/pages/messages.py" line="515"/>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="506"/>
        <source>Loading the reviews waiting for a reply</source>
        <translation>Bewertungen, die auf Antwort warten, werden geladen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="515"/>
        <source>Inbox (%1)</source>
        <translation>Posteingang (%1)</translation>
    </message>
</context>
<context>
    <name>MessagingSettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="42"/>
        <source>Loading settings</source>
        <translation>Einstellungen werden geladen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="46"/>
        <source>Sending settings</source>
        <translation>Versandeinstellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="49"/>
        <source>Respecting your customers</source>
        <translation>Rücksicht auf Ihre Gäste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="53"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="54"/>
        <source>At most one message per customer every</source>
        <translation>Höchstens eine Nachricht pro Gast alle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="59"/>
        <source>Quiet hours from</source>
        <translation>Ruhezeit von</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="60"/>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="64"/>
        <source>Hold out, to measure each campaign</source>
        <translation>Zurückhalten, um jede Aktion zu messen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="65"/>
        <source>Customers who did not come back after three messages in a row are written to four times less often.</source>
        <translation>Gäste, die nach drei Nachrichten in Folge nicht wiederkamen, werden viermal seltener angeschrieben.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="71"/>
        <source>Your messages</source>
        <translation>Ihre Nachrichten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="74"/>
        <source>e.g. Ana and the team at Café Aurora</source>
        <translation>z. B. Ana und das Team vom Café Aurora</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="75"/>
        <source>Sign as</source>
        <translation>Unterschreiben als</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="79"/>
        <source>When a customer&apos;s language is unknown, write in</source>
        <translation>Wenn die Sprache eines Gastes unbekannt ist, schreiben auf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="81"/>
        <source>Sending from your own mail account (optional)</source>
        <translation>Versand über Ihr eigenes Mailkonto (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="84"/>
        <source>e.g. smtp.example.com; empty: export only</source>
        <translation>z. B. smtp.example.com; leer: nur exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="89"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (Port 587)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="89"/>
        <source>TLS (port 465)</source>
        <translation>TLS (Port 465)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="90"/>
        <source>None (only a server on this computer)</source>
        <translation>Keine (nur ein Server auf diesem Computer)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="94"/>
        <source>e.g. hello@yourcafe.com</source>
        <translation>z. B. hallo@ihrcafe.de</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="95"/>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="96"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="97"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="98"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="99"/>
        <source>From address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="100"/>
        <source>Your password is never stored: Regulars asks for it each time you send.</source>
        <translation>Ihr Passwort wird nie gespeichert: Regulars fragt bei jedem Versand danach.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="146"/>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="157"/>
        <source>Saving settings</source>
        <translation>Einstellungen werden gespeichert</translation>
    </message>
</context>
<context>
    <name>NameListEditor</name>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="120"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="124"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="189"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="191"/>
        <source>Your week at a glance. Open a card to see what is behind it.</source>
        <translation>Ihre Woche auf einen Blick. Öffnen Sie eine Karte, um zu sehen, was dahintersteckt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="215"/>
        <source>Rating this week</source>
        <translation>Bewertung diese Woche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="215"/>
        <location filename="../../desktop/ui/pages/overview.py" line="216"/>
        <source>Open your reviews</source>
        <translation>Ihre Bewertungen öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="216"/>
        <source>New reviews</source>
        <translation>Neue Bewertungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="217"/>
        <source>Waiting for a reply</source>
        <translation>Wartet auf Antwort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="217"/>
        <source>Open the most urgent review in the Inbox</source>
        <translation>Die dringendste Bewertung im Posteingang öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="218"/>
        <source>Rating drop</source>
        <translation>Bewertungseinbruch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="42"/>
        <location filename="../../desktop/ui/pages/overview.py" line="218"/>
        <source>See why on the Insights page</source>
        <translation>Den Grund auf der Seite „Einblicke“ ansehen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="219"/>
        <source>Suspicious reviews</source>
        <translation>Verdächtige Bewertungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="219"/>
        <source>See the evidence on the Insights page</source>
        <translation>Die Hinweise auf der Seite „Einblicke“ ansehen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="220"/>
        <source>Last campaign</source>
        <translation>Letzte Kampagne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="220"/>
        <source>Open your campaigns</source>
        <translation>Ihre Kampagnen öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="221"/>
        <source>Regulars at risk</source>
        <translation>Gefährdete Stammgäste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="221"/>
        <location filename="../../desktop/ui/pages/overview.py" line="222"/>
        <location filename="../../desktop/ui/pages/overview.py" line="223"/>
        <source>Open them on the Customers page</source>
        <translation>Auf der Seite „Kunden“ öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="222"/>
        <source>Lapsed regulars</source>
        <translation>Weggebliebene Stammgäste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="223"/>
        <source>Birthdays ahead</source>
        <translation>Anstehende Geburtstage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="257"/>
        <source>Welcome to Regulars</source>
        <translation>Willkommen bei Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="259"/>
        <source>There is nothing here yet. Import your review exports and your till&apos;s customer and order files, and this page will show your week: how your rating moves, who is waiting for a reply, and which regulars you have not seen for a while. Or look around the demo café first: it opens in a window of its own and leaves your data alone.</source>
        <translation>Hier ist noch nichts. Importieren Sie Ihre Bewertungsexporte und die Kunden- und Bestelldateien Ihrer Kasse, dann zeigt Ihnen diese Seite Ihre Woche: wie sich Ihre Bewertung entwickelt, wer auf eine Antwort wartet und welche Stammgäste Sie schon länger nicht gesehen haben. Oder sehen Sie sich zuerst das Demo-Café an: Es öffnet sich in einem eigenen Fenster und lässt Ihre Daten unberührt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="267"/>
        <source>Import your files…</source>
        <translation>Ihre Dateien importieren …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="270"/>
        <source>Open the demo café</source>
        <translation>Demo-Café öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="292"/>
        <location filename="../../desktop/ui/pages/overview.py" line="308"/>
        <source>Gathering your week</source>
        <translation>Ihre Woche wird zusammengestellt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="323"/>
        <source>Your week to %1. Open a card to see what is behind it.</source>
        <translation>Ihre Woche bis %1. Öffnen Sie eine Karte, um zu sehen, was dahintersteckt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="326"/>
        <source>Your newest review or order is from %1: import newer exports to see this week.</source>
        <translation>Ihre neueste Bewertung oder Bestellung ist vom %1: Importieren Sie neuere Exporte, um diese Woche zu sehen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="328"/>
        <source>Looking…</source>
        <translation>Wird gesucht …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="353"/>
        <source>No reviews imported yet.</source>
        <translation>Noch keine Bewertungen importiert.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="354"/>
        <source>Import your review exports to see them here.</source>
        <translation>Importieren Sie Ihre Bewertungsexporte, um sie hier zu sehen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="357"/>
        <source>No rated review this week.</source>
        <translation>Diese Woche keine Bewertung mit Sternen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="359"/>
        <source>No rated review in the %1 weeks before to compare with.</source>
        <translation>Keine Bewertung mit Sternen in den %1 Wochen davor zum Vergleich.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="362"/>
        <source>Steady: %1 in the %2 weeks before.</source>
        <translation>Stabil: %1 in den %2 Wochen davor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="365"/>
        <source>Up %1 from %2 in the %3 weeks before.</source>
        <translation>Um %1 gestiegen, von %2 in den %3 Wochen davor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="366"/>
        <source>Down %1 from %2 in the %3 weeks before.</source>
        <translation>Um %1 gesunken, von %2 in den %3 Wochen davor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="374"/>
        <source>in the 7 days to %1; %2 in all.</source>
        <translation>in den 7 Tagen bis %1; %2 insgesamt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="382"/>
        <source>Every review with text has a reply. Well done.</source>
        <translation>Jede Bewertung mit Text hat eine Antwort. Gut gemacht!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="385"/>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="388"/>
        <source>Top of the inbox (%1): %2 %3 on %4, %5</source>
        <translation>Ganz oben im Posteingang (%1): %2 %3 auf %4, %5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="397"/>
        <source>None found</source>
        <translation>Keine gefunden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="400"/>
        <source>Still going.</source>
        <translation>Hält noch an.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="400"/>
        <source>The latest one.</source>
        <translation>Der neueste.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="406"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="406"/>
        <source>No burst of suspicious reviews found.</source>
        <translation>Keine Häufung verdächtiger Bewertungen gefunden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="413"/>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="420"/>
        <source>Import your till&apos;s customer and order files to know your regulars.</source>
        <translation>Importieren Sie die Kunden- und Bestelldateien Ihrer Kasse, um Ihre Stammgäste zu kennen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="425"/>
        <source>Nobody became at risk this week.</source>
        <translation>Diese Woche ist niemand gefährdet geworden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="426"/>
        <source>Nobody lapsed this week.</source>
        <translation>Diese Woche ist niemand weggeblieben.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="430"/>
        <source>This week: %1</source>
        <translation>Diese Woche: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="441"/>
        <source>No birthday in the next %1 days.</source>
        <translation>Kein Geburtstag in den nächsten %1 Tagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="448"/>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="449"/>
        <source>Send a win-back or thank-you campaign from the Messages page; its result shows here.</source>
        <translation>Senden Sie auf der Seite „Nachrichten“ eine Rückgewinnungs- oder Dankeschön-Kampagne; das Ergebnis erscheint hier.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="455"/>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="37"/>
        <source>That passphrase does not open “%1”. Capital letters count. Try again:</source>
        <translation>Diese Passphrase öffnet „%1“ nicht. Groß- und Kleinschreibung zählt. Versuchen Sie es noch einmal:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="40"/>
        <source>Your data in “%1” is encrypted. Type its passphrase:</source>
        <translation>Ihre Daten in „%1“ sind verschlüsselt. Geben Sie die Passphrase ein:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="42"/>
        <source>Regulars — passphrase</source>
        <translation>Regulars — Passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="45"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="150"/>
        <source>Updating the preview…</source>
        <translation>Vorschau wird aktualisiert…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="176"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="176"/>
        <source>already there</source>
        <translation>schon vorhanden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="177"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="177"/>
        <source>join a customer</source>
        <translation>zu einem Kunden hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="178"/>
        <source>updated</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="208"/>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="227"/>
        <source>day first</source>
        <translation>Tag zuerst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="227"/>
        <source>month first</source>
        <translation>Monat zuerst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="229"/>
        <source>Dates in the column “%1” can be read two ways. Is %2 the %3 or %4?</source>
        <translation>Datumsangaben in der Spalte „%1“ lassen sich zweifach lesen. Ist %2 = %3 oder %4?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="231"/>
        <source>%1 = %2 (day first, as in the UK and Europe)</source>
        <translation>%1 = %2 (Tag zuerst, wie in Europa)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="233"/>
        <source>%1 = %2 (month first, as in the US)</source>
        <translation>%1 = %2 (Monat zuerst, wie in den USA)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="268"/>
        <source>This file holds</source>
        <translation>Diese Datei enthält</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="313"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="335"/>
        <source>First rows, as Regulars will store them</source>
        <translation>Erste Zeilen, so wie Regulars sie speichert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="351"/>
        <source>Rows that cannot be imported</source>
        <translation>Zeilen, die nicht importiert werden können</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="361"/>
        <source>Reading “%1”…</source>
        <translation>„%1“ wird gelesen…</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../../desktop/ui/read_only.py" line="14"/>
        <source>This window is read-only: another Regulars window has this database open. Make changes there, or close it and reopen this one.</source>
        <translation>Dieses Fenster ist schreibgeschützt: Ein anderes Regulars-Fenster hat diese Datenbank geöffnet. Nehmen Sie Änderungen dort vor oder schließen Sie es und öffnen Sie dieses Fenster neu.</translation>
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
        <translation>Gemischt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="92"/>
        <source>Recommends</source>
        <translation>Empfiehlt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="92"/>
        <source>Doesn&apos;t recommend</source>
        <translation>Empfiehlt nicht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="113"/>
        <source>%1 out of 5</source>
        <translation>%1 von 5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="127"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="130"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="132"/>
        <source>Rating</source>
        <translation>Sterne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="134"/>
        <source>Sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="137"/>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="139"/>
        <source>Review</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="140"/>
        <source>Reply</source>
        <translation>Antw.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="142"/>
        <source>You replied to this review</source>
        <translation>Sie haben auf diese Bewertung geantwortet</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="66"/>
        <source>Food</source>
        <translation>Essen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="67"/>
        <source>Drinks</source>
        <translation>Getränke</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="68"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="69"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="70"/>
        <source>Ambience</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="71"/>
        <source>Cleanliness</source>
        <translation>Sauberkeit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="72"/>
        <source>Waiting</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="73"/>
        <source>Your dishes</source>
        <translation>Ihre Gerichte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="74"/>
        <source>Your staff</source>
        <translation>Ihr Team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="77"/>
        <source>food poisoning</source>
        <translation>Lebensmittelvergiftung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="78"/>
        <source>allergic reaction</source>
        <translation>allergische Reaktion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="79"/>
        <source>something in the food</source>
        <translation>Fremdkörper im Essen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="80"/>
        <source>pests</source>
        <translation>Schädlinge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="81"/>
        <source>hygiene</source>
        <translation>Hygiene</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="82"/>
        <source>legal threat</source>
        <translation>Androhung rechtlicher Schritte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="127"/>
        <location filename="../../desktop/ui/pages/reviews.py" line="282"/>
        <source>Loading reviews</source>
        <translation>Bewertungen werden geladen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="140"/>
        <location filename="../../desktop/ui/pages/reviews.py" line="166"/>
        <source>Reviews</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="142"/>
        <source>What your guests say, across every site you are listed on.</source>
        <translation>Was Ihre Gäste sagen – auf allen Portalen, auf denen Sie gelistet sind.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="153"/>
        <source>No reviews yet</source>
        <translation>Noch keine Bewertungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="154"/>
        <source>Drop your Google, Tripadvisor or spreadsheet export here, or use Import.
Regulars reads the file on this computer; nothing is uploaded.</source>
        <translation>Legen Sie Ihren Export aus Google, Tripadvisor oder einer Tabelle hier ab oder nutzen Sie „Import“.
Regulars liest die Datei auf diesem Computer; nichts wird hochgeladen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="167"/>
        <source>Average rating</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="168"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="169"/>
        <source>Needing a reply</source>
        <translation>Ohne Antwort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="210"/>
        <source>No reviews match these filters.</source>
        <translation>Keine Bewertungen passen zu diesen Filtern.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="241"/>
        <source>Loading your reviews…</source>
        <translation>Ihre Bewertungen werden geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="284"/>
        <source>Your reviews could not be loaded.</source>
        <translation>Ihre Bewertungen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="294"/>
        <source>matching your filters</source>
        <translation>passend zu Ihren Filtern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="295"/>
        <source>all time</source>
        <translation>insgesamt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="297"/>
        <source>no star ratings yet</source>
        <translation>noch keine Sterne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="302"/>
        <source>no rated reviews in the last 30 days</source>
        <translation>keine Sterne in den letzten 30 Tagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="304"/>
        <source>nothing to compare with before</source>
        <translation>noch kein Vergleich möglich</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="308"/>
        <source>→ steady vs previous 30 days (%1)</source>
        <translation>→ stabil ggü. 30 Tagen davor (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="310"/>
        <source>▲ %1 vs previous 30 days</source>
        <translation>▲ %1 ggü. 30 Tagen davor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="312"/>
        <source>▼ %1 vs previous 30 days</source>
        <translation>▼ %1 ggü. 30 Tagen davor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="314"/>
        <source>reviews without your reply</source>
        <translation>Bewertungen ohne Ihre Antwort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="320"/>
        <source>Select a review to read it in full.</source>
        <translation>Wählen Sie eine Bewertung, um sie ganz zu lesen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="330"/>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="345"/>
        <source>(This review has stars but no text.)</source>
        <translation>(Diese Bewertung hat Sterne, aber keinen Text.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="348"/>
        <source>Your reply</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="348"/>
        <source>No reply yet</source>
        <translation>Noch keine Antwort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="359"/>
        <source>Health or safety claim:</source>
        <translation>Gesundheits- oder Sicherheitsvorwurf:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="389"/>
        <source>Written by your customer</source>
        <translation>Geschrieben von Ihrem Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="391"/>
        <source>Probably written by your customer (%1%)</source>
        <translation>Wahrscheinlich von Ihrem Kunden geschrieben (%1%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="396"/>
        <source>last visit %1</source>
        <translation>letzter Besuch %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="400"/>
        <source>Usual order: %1</source>
        <translation>Übliche Bestellung: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="404"/>
        <source>It is them</source>
        <translation>Ja, dieser Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="404"/>
        <source>Not them</source>
        <translation>Jemand anderes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="418"/>
        <source>Loading the author</source>
        <translation>Verfasser wird geladen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="427"/>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
</context>
<context>
    <name>SendingTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="194"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="195"/>
        <source>At most one message per customer every</source>
        <translation>Höchstens eine Nachricht pro Gast alle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="202"/>
        <source>Quiet hours from</source>
        <translation>Ruhezeit von</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="203"/>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="206"/>
        <source>Nothing is sent in quiet hours. They may run overnight, such as 21:00 until 09:00.</source>
        <translation>In den Ruhezeiten wird nichts gesendet. Sie dürfen über Nacht gehen, etwa von 21:00 bis 09:00.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="211"/>
        <source>Hold out, to measure each campaign</source>
        <translation>Zurückhalten, um jede Aktion zu messen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="213"/>
        <source>e.g. Ana and the team at Café Aurora</source>
        <translation>z. B. Ana und das Team vom Café Aurora</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="214"/>
        <source>Sign as</source>
        <translation>Unterschreiben als</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="215"/>
        <source>Customers who did not come back after three messages in a row are written to four times less often. Your own mail server is set on the Messages page, under Sending settings.</source>
        <translation>Kunden, die nach drei Nachrichten in Folge nicht wiederkamen, werden viermal seltener angeschrieben. Ihren eigenen Mailserver richten Sie auf der Seite Nachrichten unter Versandeinstellungen ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="245"/>
        <source>Leave at least one day between two messages to the same customer.</source>
        <translation>Lassen Sie mindestens einen Tag zwischen zwei Nachrichten an denselben Kunden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="247"/>
        <source>Quiet hours cannot start and end at the same time.</source>
        <translation>Ruhezeiten können nicht zur selben Uhrzeit beginnen und enden.</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="55"/>
        <source>Type the server&apos;s address first.</source>
        <translation>Geben Sie zuerst die Adresse des Servers ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="58"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="60"/>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="67"/>
        <source>A group with several laptops can keep its data on one PostgreSQL server that all of them open. Leave the address empty to keep your data in the file on this computer.</source>
        <translation>Eine Gruppe mit mehreren Laptops kann ihre Daten auf einem PostgreSQL-Server ablegen, den alle öffnen. Lassen Sie die Adresse leer, um Ihre Daten in der Datei auf diesem Computer zu behalten.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="76"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="79"/>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="124"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="87"/>
        <source>The password is never saved: Regulars reads it from the PGPASSWORD environment variable or the .pgpass file of this computer. The server is used the next time Regulars starts; backups and encryption are then the server&apos;s job.</source>
        <translation>Das Passwort wird nie gespeichert: Regulars liest es aus der Umgebungsvariablen PGPASSWORD oder der Datei .pgpass dieses Computers. Der Server wird beim nächsten Start von Regulars verwendet; Sicherungen und Verschlüsselung übernimmt dann der Server.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="94"/>
        <source>Regulars will open this the next time it starts.</source>
        <translation>Regulars öffnet dies beim nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="114"/>
        <source>Connected to %1 (%2). The database is empty: Regulars will set it up at the next start.</source>
        <translation>Verbunden mit %1 (%2). Die Datenbank ist leer: Regulars richtet sie beim nächsten Start ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="117"/>
        <source>Connected to %1 (%2). Regulars&apos; data is there.</source>
        <translation>Verbunden mit %1 (%2). Die Daten von Regulars sind vorhanden.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="92"/>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="321"/>
        <source>Loading settings</source>
        <translation>Einstellungen werden geladen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="94"/>
        <source>Looking for names in your reviews</source>
        <translation>Namen in Ihren Bewertungen werden gesucht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="175"/>
        <source>Saving settings</source>
        <translation>Einstellungen werden gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="201"/>
        <source>Tiers</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="203"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="207"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="215"/>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="222"/>
        <source>This window is read-only: change the settings in the window that has your data open.</source>
        <translation>Dieses Fenster ist schreibgeschützt: Ändern Sie die Einstellungen in dem Fenster, in dem Ihre Daten geöffnet sind.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="267"/>
        <source>Re-reading your reviews with your dishes and staff</source>
        <translation>Bewertungen werden mit Ihren Gerichten und Ihrem Team neu ausgewertet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="181"/>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="344"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="191"/>
        <source>Your business</source>
        <translation>Ihr Betrieb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="199"/>
        <source>Your dishes and staff</source>
        <translation>Gerichte und Team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="216"/>
        <source>Shared server</source>
        <translation>Gemeinsamer Server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="295"/>
        <source>Suggestions from your reviews</source>
        <translation>Vorschläge aus Ihren Bewertungen</translation>
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
        <translation>Fassung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="79"/>
        <source>Remove this wording</source>
        <translation>Diese Fassung entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="81"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="95"/>
        <source>E-mail subject</source>
        <translation>E-Mail-Betreff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="96"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="97"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="103"/>
        <source>Preview for an invented customer</source>
        <translation>Vorschau für einen erfundenen Gast</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="110"/>
        <source>Merge fields</source>
        <translation>Serienfelder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="124"/>
        <source>Back to the shipped wording</source>
        <translation>Zurück zum mitgelieferten Text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="136"/>
        <source>Loading the wording</source>
        <translation>Text wird geladen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="150"/>
        <source>Wording %1 of %2</source>
        <translation>Fassung %1 von %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="203"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="210"/>
        <source>This wording cannot be used yet: %1</source>
        <translation>Dieser Text ist so noch nicht verwendbar: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="220"/>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="226"/>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="238"/>
        <source>Saving the wording</source>
        <translation>Text wird gespeichert</translation>
    </message>
</context>
<context>
    <name>TermsEditor</name>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="209"/>
        <source>Regulars looks for these names in your reviews, so you can see what people say about each dish and each member of your team.</source>
        <translation>Regulars sucht diese Namen in Ihren Bewertungen, damit Sie sehen, was Gäste über jedes Gericht und jedes Teammitglied sagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="216"/>
        <source>Dishes and drinks</source>
        <translation>Speisen und Getränke</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="216"/>
        <source>e.g. Pastel de nata</source>
        <translation>z. B. Pastel de nata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="217"/>
        <source>Staff</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="217"/>
        <source>e.g. Marco</source>
        <translation>z. B. Marco</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="223"/>
        <source>Suggestions from your reviews</source>
        <translation>Vorschläge aus Ihren Bewertungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="229"/>
        <source>Name or phrase</source>
        <translation>Name oder Begriff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="229"/>
        <source>Reviews mentioning it</source>
        <translation>Erwähnt in Bewertungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="244"/>
        <source>Add as dish</source>
        <translation>Als Gericht hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="248"/>
        <source>Add as staff</source>
        <translation>Als Teammitglied hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="267"/>
        <source>Looking through your reviews…</source>
        <translation>Ihre Bewertungen werden durchsucht…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="270"/>
        <source>No suggestions yet: names show up here once several reviews mention them.</source>
        <translation>Noch keine Vorschläge: Namen erscheinen hier, sobald mehrere Bewertungen sie erwähnen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="272"/>
        <source>Pick a name and add it as a dish or as a member of staff.</source>
        <translation>Wählen Sie einen Namen und fügen Sie ihn als Gericht oder Teammitglied hinzu.</translation>
    </message>
</context>
<context>
    <name>TiersDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="49"/>
        <source>Loyalty tiers</source>
        <translation>Treuestufen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="71"/>
        <source>A customer is in the highest tier whose visits or spend they reach in its window, so a daily coffee and a weekly bag of beans both count. Leave a threshold at 0 to use only the other.</source>
        <translation>Ein Kunde steht in der höchsten Stufe, deren Besuche oder Umsatz er in ihrem Zeitraum erreicht – so zählen der tägliche Kaffee und die wöchentliche Tüte Bohnen gleichermaßen. Lassen Sie eine Schwelle auf 0, um nur die andere zu nutzen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="77"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="77"/>
        <source>Visits at least</source>
        <translation>Mind. Besuche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="77"/>
        <source>or spend at least</source>
        <translation>oder mind. Umsatz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="78"/>
        <source>in the last (days)</source>
        <translation>in den letzten (Tagen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="78"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="82"/>
        <source>Add a tier</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="83"/>
        <source>Remove the last tier</source>
        <translation>Letzte Stufe entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="94"/>
        <source>When is a regular lapsed?</source>
        <translation>Wann gilt ein Stammgast als ausgeblieben?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="102"/>
        <source>Away for more than this many of their usual gaps</source>
        <translation>Länger weg als so viele seiner üblichen Abstände</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="103"/>
        <source>and at least this many days</source>
        <translation>und mindestens so viele Tage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="104"/>
        <source>Their usual gap is the time between visits they rarely go beyond; at risk comes first, after twice that gap.</source>
        <translation>Der übliche Abstand ist die Zeit zwischen Besuchen, die der Kunde selten überschreitet; „gefährdet“ kommt zuerst, nach dem doppelten Abstand.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="127"/>
        <source>Loading the tiers</source>
        <translation>Stufen werden geladen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="153"/>
        <source>Check the tiers: %1</source>
        <translation>Bitte Stufen prüfen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="167"/>
        <source>Counting customers</source>
        <translation>Kunden werden gezählt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="176"/>
        <source>Not in any tier: %1</source>
        <translation>In keiner Stufe: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="196"/>
        <source>Saving the tiers</source>
        <translation>Stufen werden gespeichert</translation>
    </message>
</context>
<context>
    <name>TiersTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="27"/>
        <source>A customer is in the highest tier whose visits or spend they reach in its window, lowest tier first. Leave a threshold at 0 to use only the other.</source>
        <translation>Ein Kunde ist in der höchsten Stufe, deren Besuche oder Ausgaben er in ihrem Zeitraum erreicht; die niedrigste Stufe steht oben. Lassen Sie eine Schwelle auf 0, um nur die andere zu nutzen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="30"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="30"/>
        <source>Visits at least</source>
        <translation>Mind. Besuche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="31"/>
        <source>or spend at least</source>
        <translation>oder mind. Umsatz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="31"/>
        <source>in the last (days)</source>
        <translation>in den letzten (Tagen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="37"/>
        <source>Add a tier</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="38"/>
        <source>Remove the last tier</source>
        <translation>Letzte Stufe entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="45"/>
        <source>Customers &gt; Tiers… shows how many customers each rule holds.</source>
        <translation>Kunden &gt; Stufen… zeigt, wie viele Kunden jede Regel umfasst.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/tier_rules_table.py" line="118"/>
        <source>New tier</source>
        <translation>Neue Stufe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="86"/>
        <source>Every tier needs a name (row %1).</source>
        <translation>Jede Stufe braucht einen Namen (Zeile %1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="88"/>
        <source>The name “%1” is used twice.</source>
        <translation>Der Name „%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="91"/>
        <source>“%1” needs a number of visits or an amount spent.</source>
        <translation>„%1“ braucht eine Zahl von Besuchen oder einen Betrag.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="96"/>
        <source>“%1” must ask for more visits than “%2” beneath it.</source>
        <translation>„%1“ muss mehr Besuche verlangen als „%2“ darunter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="97"/>
        <source>“%1” must ask for more spend than “%2” beneath it.</source>
        <translation>„%1“ muss höhere Ausgaben verlangen als „%2“ darunter.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="68"/>
        <source>Average rating</source>
        <translation>Ø Sterne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="83"/>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="114"/>
        <source>Reviews</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="114"/>
        <source>Stars</source>
        <translation>Sterne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="131"/>
        <source>Rating over time</source>
        <translation>Sterne im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="136"/>
        <source>Average stars</source>
        <translation>Ø Sterne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="137"/>
        <source>Number of reviews</source>
        <translation>Anzahl Bewertungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="147"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="147"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
</context>
<context>
    <name>VisitsChart</name>
    <message>
        <location filename="../../desktop/ui/widgets/visits_chart.py" line="54"/>
        <source>No visits recorded yet</source>
        <translation>Noch keine Besuche erfasst</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="150"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="178"/>
        <location filename="../../desktop/ui/welcome.py" line="237"/>
        <location filename="../../desktop/ui/welcome.py" line="370"/>
        <source>Welcome to Regulars</source>
        <translation>Willkommen bei Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="197"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="198"/>
        <source>Close the welcome; it will not show again. Everything here is also in File &gt; Settings.</source>
        <translation>Begrüßung schließen; sie wird nicht mehr angezeigt. Alles hier finden Sie auch unter Datei &gt; Einstellungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="201"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="203"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="206"/>
        <source>Import my files…</source>
        <translation>Meine Dateien importieren …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="209"/>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="239"/>
        <source>Regulars reads your review exports and your till&apos;s customer and order files, tells you why your rating moves, knows your regulars, and helps you write to them personally.</source>
        <translation>Regulars liest Ihre Bewertungsexporte und die Kunden- und Bestelldateien Ihrer Kasse, erklärt Ihnen, warum sich Ihre Bewertung verändert, kennt Ihre Stammgäste und hilft Ihnen, ihnen persönlich zu schreiben.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="242"/>
        <source>Everything stays on this laptop: files are read here, nothing is uploaded, and Regulars never connects to the internet.</source>
        <translation>Alles bleibt auf diesem Laptop: Dateien werden hier gelesen, nichts wird hochgeladen, und Regulars verbindet sich nie mit dem Internet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="244"/>
        <source>Your data is kept in this one file (copy it to keep a backup):</source>
        <translation>Ihre Daten werden in dieser einen Datei gespeichert (kopieren Sie sie, um eine Sicherung zu haben):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="251"/>
        <source>Look around the demo café first</source>
        <translation>Zuerst das Demo-Café ansehen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="252"/>
        <source>Opens a made-up café in a window of its own; your data is not touched.</source>
        <translation>Öffnet ein erfundenes Café in einem eigenen Fenster; Ihre Daten bleiben unberührt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="266"/>
        <source>Your café</source>
        <translation>Ihr Café</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="267"/>
        <source>Messages are signed with your business&apos;s name; you can change all of this later in File &gt; Settings.</source>
        <translation>Nachrichten werden mit dem Namen Ihres Betriebs unterschrieben; all das können Sie später unter Datei &gt; Einstellungen ändern.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="274"/>
        <source>e.g. The Corner Café</source>
        <translation>z. B. Café an der Ecke</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="275"/>
        <source>Business name</source>
        <translation>Name des Betriebs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="283"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="286"/>
        <source>Not set (numbers must start with +)</source>
        <translation>Nicht festgelegt (Nummern müssen mit + beginnen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="290"/>
        <source>Phone numbers written without a country code are read as numbers of this country.</source>
        <translation>Telefonnummern ohne Ländervorwahl werden als Nummern dieses Landes gelesen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="292"/>
        <source>Phone numbers are from</source>
        <translation>Telefonnummern sind aus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="294"/>
        <source>Same as this computer</source>
        <translation>Wie auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="299"/>
        <source>Language of the window</source>
        <translation>Sprache des Fensters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="305"/>
        <source>Used when a customer&apos;s or reviewer&apos;s own language is not known.</source>
        <translation>Wird verwendet, wenn die eigene Sprache eines Kunden oder Bewertenden nicht bekannt ist.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="307"/>
        <source>Messages are written in</source>
        <translation>Nachrichten werden verfasst auf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="316"/>
        <source>Your files</source>
        <translation>Ihre Dateien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="318"/>
        <source>Download these exports from the systems you use, then import them (or drop them on the window). Importing the same file twice adds nothing, and every import can be undone.</source>
        <translation>Laden Sie diese Exporte aus den Systemen herunter, die Sie nutzen, und importieren Sie sie dann (oder ziehen Sie sie einfach auf das Fenster). Wird dieselbe Datei zweimal importiert, kommt nichts doppelt hinzu, und jeder Import lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="322"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="322"/>
        <source>What it holds</source>
        <translation>Was sie enthält</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="323"/>
        <source>Where to find the export</source>
        <translation>Wo Sie den Export finden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="326"/>
        <source>Exports Regulars understands</source>
        <translation>Exporte, die Regulars versteht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="354"/>
        <source>Saving your café&apos;s details</source>
        <translation>Die Angaben zu Ihrem Café werden gespeichert</translation>
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
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="58"/>
        <source>takeout.google.com: choose only “Google Business Profile” and download the archive; or an Outscraper or Apify export of your Google Maps reviews.</source>
        <translation>takeout.google.com: Wählen Sie nur „Google Business Profile“ aus und laden Sie das Archiv herunter; oder ein Outscraper- oder Apify-Export Ihrer Google-Maps-Bewertungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="61"/>
        <source>Tripadvisor has no export button: use an Apify Tripadvisor export (CSV, Excel or JSON).</source>
        <translation>Tripadvisor hat keine Export-Schaltfläche: Verwenden Sie einen Apify-Tripadvisor-Export (CSV, Excel oder JSON).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="63"/>
        <source>Trustpilot Business: Reviews, then Export reviews.</source>
        <translation>Trustpilot Business: Bewertungen, dann Bewertungen exportieren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="65"/>
        <source>The Yelp review file your developer or agency downloaded (JSON or CSV).</source>
        <translation>Die Yelp-Bewertungsdatei, die Ihr Entwickler oder Ihre Agentur heruntergeladen hat (JSON oder CSV).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="67"/>
        <source>Your Page’s recommendations, exported as CSV or JSON.</source>
        <translation>Die Empfehlungen Ihrer Seite, als CSV oder JSON exportiert.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="69"/>
        <location filename="../../desktop/ui/welcome.py" line="72"/>
        <location filename="../../desktop/ui/welcome.py" line="74"/>
        <source>Customers and orders</source>
        <translation>Kunden und Bestellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="69"/>
        <source>Square Dashboard: Customers, Directory, Export customers; and Reports, Item sales, Export, Item detail.</source>
        <translation>Square Dashboard: Kunden, Verzeichnis, Kunden exportieren; und Berichte, Artikelverkäufe, Exportieren, Artikeldetails.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="72"/>
        <source>Shopify admin: Customers, then Export; Orders, then Export.</source>
        <translation>Shopify-Verwaltung: Kunden, dann Exportieren; Bestellungen, dann Exportieren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="74"/>
        <source>Loyverse Back Office: Customers, then Export; Reports, Receipts, then Export.</source>
        <translation>Loyverse Back Office: Kunden, dann Exportieren; Berichte, Belege, dann Exportieren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="76"/>
        <location filename="../../desktop/ui/welcome.py" line="78"/>
        <location filename="../../desktop/ui/welcome.py" line="80"/>
        <location filename="../../desktop/ui/welcome.py" line="82"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="76"/>
        <source>Toast Web: Reports, Data exports, the CheckDetails file.</source>
        <translation>Toast Web: Berichte, Datenexporte, die Datei CheckDetails.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="78"/>
        <source>SumUp dashboard: Sales, then export the sales or transactions report.</source>
        <translation>SumUp-Dashboard: Umsätze, dann den Umsatz- oder Transaktionsbericht exportieren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="80"/>
        <source>Zettle back office: Reports, Receipts, then Export to Excel.</source>
        <translation>Zettle Back Office: Berichte, Belege, dann Nach Excel exportieren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="82"/>
        <source>Lightspeed Restaurant (K-Series): Reports, Payments, then Export.</source>
        <translation>Lightspeed Restaurant (K-Series): Berichte, Zahlungen, dann Exportieren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="84"/>
        <location filename="../../desktop/ui/welcome.py" line="86"/>
        <location filename="../../desktop/ui/welcome.py" line="88"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="84"/>
        <source>Audience, All contacts, Export Audience: import the ZIP as it is.</source>
        <translation>Zielgruppe, Alle Kontakte, Zielgruppe exportieren: Importieren Sie die ZIP-Datei so, wie sie ist.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="86"/>
        <source>Contacts, select all, then Export.</source>
        <translation>Kontakte, alle auswählen, dann Exportieren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="88"/>
        <source>TheFork Manager: Customers, then Export.</source>
        <translation>TheFork Manager: Kunden, dann Exportieren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="90"/>
        <source>Anything</source>
        <translation>Alles Mögliche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="90"/>
        <source>Any spreadsheet with recognisable column names (date, rating, text; name, email, phone; date, total): Regulars asks when it is not sure.</source>
        <translation>Jede Tabelle mit erkennbaren Spaltennamen (Datum, Bewertung, Text; Name, E-Mail, Telefon; Datum, Summe): Regulars fragt nach, wenn es sich nicht sicher ist.</translation>
    </message>
</context>
<context>
    <name>WindowTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="297"/>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="310"/>
        <source>Same as this computer</source>
        <translation>Wie dieser Computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="303"/>
        <source>Language of the window</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="304"/>
        <source>Regulars will speak this language the next time it starts.</source>
        <translation>Regulars verwendet diese Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="310"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="310"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="314"/>
        <source>Light or dark</source>
        <translation>Hell oder dunkel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="315"/>
        <source>Always show the import preview, even for files Regulars recognises</source>
        <translation>Importvorschau immer zeigen, auch für Dateien, die Regulars erkennt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="320"/>
        <source>These choices belong to this computer; everything else in Settings is kept with your data.</source>
        <translation>Diese Einstellungen gelten für diesen Computer; alles andere in den Einstellungen wird mit Ihren Daten gespeichert.</translation>
    </message>
</context>
</TS>
