<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop/ui/application.py" line="95"/>
        <location filename="../../desktop/ui/application.py" line="99"/>
        <source>Cannot open the database</source>
        <translation>Impossibile aprire il database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="100"/>
        <source>Regulars could not open its database. The details were written to the log file.</source>
        <translation>Regulars non è riuscito ad aprire il suo database. I dettagli sono stati scritti nel file di log.</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="19"/>
        <source>Undone %1</source>
        <translation>Annullato il %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="20"/>
        <source>Imported</source>
        <translation>Importato</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="24"/>
        <source>Reviews</source>
        <translation>Recensioni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="24"/>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="25"/>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="33"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="35"/>
        <source>Contains</source>
        <translation>Contenuto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="36"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="37"/>
        <source>Imported on</source>
        <translation>Importato il</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="39"/>
        <source>Added</source>
        <translation>Aggiunti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="40"/>
        <source>Already there</source>
        <translation>Già presenti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="41"/>
        <source>Rows that were already in Regulars and were skipped</source>
        <translation>Righe già presenti in Regulars e quindi saltate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="42"/>
        <source>Updated</source>
        <translation>Aggiornate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="44"/>
        <source>Stored rows this file changed (undone with it)</source>
        <translation>Righe già salvate che questo file ha modificato (annullate insieme al file)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="45"/>
        <source>Skipped</source>
        <translation>Saltate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="46"/>
        <source>Rows that could not be read</source>
        <translation>Righe che non è stato possibile leggere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="48"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="51"/>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../desktop/ui/widgets/drop_zone.py" line="43"/>
        <source>Choose files…</source>
        <translation>Scegli file…</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="75"/>
        <source>Something needs your attention</source>
        <translation>Serve la tua attenzione</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="84"/>
        <source>Sorry, something went wrong on our side. Your data has not been changed.

The details were written to:
{path}</source>
        <translation>Ci dispiace, qualcosa è andato storto da parte nostra. I tuoi dati non sono stati modificati.

I dettagli sono stati scritti in:
{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="89"/>
        <source>Sorry, something went wrong</source>
        <translation>Ci dispiace, qualcosa è andato storto</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="70"/>
        <source>All sources</source>
        <translation>Tutte le fonti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="71"/>
        <source>All languages</source>
        <translation>Tutte le lingue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="105"/>
        <source>Search reviews, authors…</source>
        <translation>Cerca recensioni, autori…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="116"/>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="117"/>
        <source>Any</source>
        <translation>Tutte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="122"/>
        <source>All time</source>
        <translation>Sempre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="122"/>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="123"/>
        <source>Last 90 days</source>
        <translation>Ultimi 90 giorni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="123"/>
        <source>Last 12 months</source>
        <translation>Ultimi 12 mesi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="124"/>
        <source>Custom dates…</source>
        <translation>Scegli date…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="137"/>
        <source>Stars</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="139"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="144"/>
        <source>Clear filters</source>
        <translation>Azzera filtri</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="30"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="31"/>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="32"/>
        <source>Rating</source>
        <translation>Voto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="33"/>
        <source>Review text</source>
        <translation>Testo recensione</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="34"/>
        <source>Reviewer</source>
        <translation>Autore</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="35"/>
        <source>Platform</source>
        <translation>Piattaforma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="36"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="37"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="38"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="39"/>
        <source>Your reply</source>
        <translation>La tua risposta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="40"/>
        <source>Reply date</source>
        <translation>Data risposta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="41"/>
        <source>Location</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="42"/>
        <source>Recommends</source>
        <translation>Consiglia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="43"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="44"/>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="45"/>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="46"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="47"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="48"/>
        <source>Birthday</source>
        <translation>Compleanno</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="49"/>
        <source>E-mail consent</source>
        <translation>Consenso e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="50"/>
        <source>SMS consent</source>
        <translation>Consenso SMS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="51"/>
        <source>Order number</source>
        <translation>Numero ordine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="52"/>
        <source>Order date</source>
        <translation>Data ordine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="53"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="54"/>
        <source>Item</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="55"/>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="56"/>
        <source>Unit price</source>
        <translation>Prezzo unitario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="57"/>
        <source>Line total</source>
        <translation>Totale riga</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="58"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="59"/>
        <source>Customer ID</source>
        <translation>ID cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="60"/>
        <source>Customer name</source>
        <translation>Nome cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="61"/>
        <source>Customer e-mail</source>
        <translation>E-mail cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="62"/>
        <source>Customer phone</source>
        <translation>Telefono cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="63"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="64"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="65"/>
        <source>Staff</source>
        <translation>Addetto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="66"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="67"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="68"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="85"/>
        <source>(ignore)</source>
        <translation>(ignora)</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="59"/>
        <source>Loading import history</source>
        <translation>Caricamento cronologia importazioni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="68"/>
        <source>Undoing import</source>
        <translation>Annullamento importazione</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="73"/>
        <source>Undo import?</source>
        <translation>Annullare l&apos;importazione?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="74"/>
        <source>Remove the %1 rows that “%2” added on %3?

Rows that were already there stay.</source>
        <translation>Rimuovere le %1 righe aggiunte da “%2” il %3?

Le righe che c&apos;erano già restano.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="85"/>
        <source>Undoing merge</source>
        <translation>Annullamento unione</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="90"/>
        <source>Undo merge?</source>
        <translation>Annullare l&apos;unione?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="91"/>
        <source>Split “%1” back into two customers?

The %2 record becomes a customer of its own again, and the values it changed go back to what they were.</source>
        <translation>Separare di nuovo “%1” in due clienti?

La scheda da %2 torna a essere un cliente a sé e i valori che aveva modificato tornano com&apos;erano.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="93"/>
        <source>this customer</source>
        <translation>questo cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="111"/>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="115"/>
        <source>Drop files here to import them</source>
        <translation>Trascina qui i file da importare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="116"/>
        <source>Google and Tripadvisor review exports, your till&apos;s customer and order exports, or any spreadsheet (CSV, Excel, JSON). Importing the same file twice changes nothing.</source>
        <translation>Esportazioni di recensioni da Google e Tripadvisor, esportazioni di clienti e ordini dalla cassa o qualsiasi foglio di calcolo (CSV, Excel, JSON). Importare due volte lo stesso file non cambia nulla.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="127"/>
        <source>Import history</source>
        <translation>Cronologia importazioni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="128"/>
        <location filename="../../desktop/ui/pages/import_page.py" line="209"/>
        <source>Customer merges</source>
        <translation>Clienti uniti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="140"/>
        <source>Nothing imported yet. Files you import will be listed here, and each import can be undone.</source>
        <translation>Ancora nessuna importazione. I file importati compariranno qui e ogni importazione si può annullare.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="152"/>
        <source>When a customer in one file has the same e-mail or phone as a customer from another system, Regulars keeps one customer. Undo a merge if they are really two people.</source>
        <translation>Se un cliente in un file ha la stessa e-mail o lo stesso telefono di un cliente di un altro sistema, Regulars tiene un solo cliente. Annulla l&apos;unione se sono davvero due persone.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="166"/>
        <source>No customers have been merged. Merges happen when you import customer lists from more than one system.</source>
        <translation>Nessun cliente è stato unito. Le unioni avvengono quando importi elenchi di clienti da più sistemi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="208"/>
        <source>Customer merges (%1)</source>
        <translation>Clienti uniti (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="218"/>
        <location filename="../../desktop/ui/pages/import_page.py" line="232"/>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="221"/>
        <source>Make these two customers again</source>
        <translation>Separa di nuovo i due clienti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="222"/>
        <location filename="../../desktop/ui/pages/import_page.py" line="236"/>
        <source>Already undone</source>
        <translation>Già annullata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="235"/>
        <source>Remove what this import added</source>
        <translation>Rimuovi ciò che ha aggiunto questa importazione</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="72"/>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="73"/>
        <source>Already there</source>
        <translation>Già presenti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="74"/>
        <source>Joins a customer</source>
        <translation>Unito a un cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="75"/>
        <source>Updates the stored one</source>
        <translation>Aggiorna quella salvata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="76"/>
        <source>Not imported</source>
        <translation>Non importato</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="205"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="205"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="287"/>
        <source>What happens</source>
        <translation>Cosa succede</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="147"/>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="256"/>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="295"/>
        <source>Import preview</source>
        <translation>Anteprima importazione</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="158"/>
        <source>Nothing has been imported yet. Check what Regulars found, fix the columns if needed, then import.</source>
        <translation>Non è ancora stato importato nulla. Controlla cosa ha trovato Regulars, correggi le colonne se serve, poi importa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="185"/>
        <source>Don&apos;t ask again for recognised formats</source>
        <translation>Non chiedere più per i formati riconosciuti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="186"/>
        <source>Import files Regulars recognises for certain straight away, unless rows are rejected or a question needs your answer.</source>
        <translation>Importa subito i file che Regulars riconosce con certezza, a meno che ci siano righe scartate o una domanda a cui rispondere.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="198"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="200"/>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="210"/>
        <source>Reviews</source>
        <translation>Recensioni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="210"/>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="211"/>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="214"/>
        <source>reviews</source>
        <translation>recensioni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="214"/>
        <source>customers</source>
        <translation>clienti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="215"/>
        <source>orders</source>
        <translation>ordini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="236"/>
        <source>Reading “%1”…</source>
        <translation>Lettura di “%1”…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="290"/>
        <source>Regulars cannot read “%1”:
%2</source>
        <translation>Regulars non riesce a leggere “%1”:
%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="293"/>
        <source>Something went wrong while reading this file.</source>
        <translation>Qualcosa è andato storto durante la lettura del file.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="311"/>
        <source>Not a format Regulars knows. Tell it which column holds what; nothing is imported until you do.</source>
        <translation>Regulars non conosce questo formato. Indica cosa contiene ogni colonna; finché non lo fai, non viene importato nulla.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="315"/>
        <source>Choose, for at least one column, what it holds.</source>
        <translation>Scegli cosa contiene almeno una colonna.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="332"/>
        <source>A spreadsheet read by its column names</source>
        <translation>Foglio di calcolo letto dai nomi delle colonne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="333"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="347"/>
        <source>%1: %2 new, %3 already there</source>
        <translation>%1: %2 nuove, %3 già presenti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="364"/>
        <source>mapped by you</source>
        <translation>assegnato da te</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="366"/>
        <source>recognised for certain</source>
        <translation>riconosciuto con certezza</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="367"/>
        <source>a good guess (%1% sure) — check the columns</source>
        <translation>ipotesi probabile (%1% sicura) — controlla le colonne</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="384"/>
        <source>Import %Ln row(s)</source>
        <translation>
            <numerusform>Importa %Ln riga</numerusform>
            <numerusform>Importa %Ln righe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="385"/>
        <source>Skip the %Ln rejected row(s)</source>
        <translation>
            <numerusform>Salta la riga scartata</numerusform>
            <numerusform>Salta le %Ln righe scartate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="392"/>
        <source>Reading…</source>
        <translation>Lettura…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="394"/>
        <source>Answer the question about dates in “%1” first.</source>
        <translation>Prima rispondi alla domanda sulle date in “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="397"/>
        <source>Answer the question about dates first.</source>
        <translation>Prima rispondi alla domanda sulle date.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="399"/>
        <source>Without skipping, importing is all or nothing: fix the rejected rows in the file, or tick “Skip”.</source>
        <translation>Senza saltare, l&apos;importazione è tutto o niente: correggi le righe scartate nel file oppure spunta “Salta”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="402"/>
        <source>There is nothing Regulars can import from here yet.</source>
        <translation>Qui non c&apos;è ancora nulla che Regulars possa importare.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="404"/>
        <source>Everything in here is already in Regulars.</source>
        <translation>È tutto già presente in Regulars.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="407"/>
        <source>“%1” is left out: it cannot be read, or its columns are not chosen yet.</source>
        <translation>“%1” è escluso: non si può leggere o le sue colonne non sono ancora assegnate.</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="41"/>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="55"/>
        <source>reviews</source>
        <translation>recensioni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="55"/>
        <source>customers</source>
        <translation>clienti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="56"/>
        <source>orders</source>
        <translation>ordini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="61"/>
        <source>Row %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="64"/>
        <source>…and %1 more</source>
        <translation>…e altre %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="78"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="78"/>
        <source>Added</source>
        <translation>Aggiunti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="79"/>
        <source>Already there</source>
        <translation>Già presenti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="79"/>
        <source>Updated</source>
        <translation>Aggiornate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="80"/>
        <source>Skipped</source>
        <translation>Saltate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="86"/>
        <source>These files could not be imported:</source>
        <translation>Non è stato possibile importare questi file:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="92"/>
        <source>There was nothing to import.</source>
        <translation>Non c&apos;era niente da importare.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="108"/>
        <source>Nothing was imported</source>
        <translation>Non è stato importato nulla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="110"/>
        <source>Everything in these files was already in Regulars</source>
        <translation>Tutto il contenuto di questi file era già in Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="111"/>
        <source>Imported %1</source>
        <translation>Importati: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="114"/>
        <source>Import finished</source>
        <translation>Importazione completata</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="25"/>
        <source>%Ln new review(s)</source>
        <translation>
            <numerusform>%Ln nuova recensione</numerusform>
            <numerusform>%Ln nuove recensioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="27"/>
        <source>%Ln new customer(s)</source>
        <translation>
            <numerusform>%Ln nuovo cliente</numerusform>
            <numerusform>%Ln nuovi clienti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="29"/>
        <source>%Ln new order(s)</source>
        <translation>
            <numerusform>%Ln nuovo ordine</numerusform>
            <numerusform>%Ln nuovi ordini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="30"/>
        <source>%Ln new row(s)</source>
        <translation>
            <numerusform>%Ln nuova riga</numerusform>
            <numerusform>%Ln nuove righe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="92"/>
        <location filename="../../desktop/ui/pages/insights.py" line="330"/>
        <source>Looking for rating drops</source>
        <translation>Ricerca dei cali di valutazione</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="120"/>
        <source>Why did the rating change?</source>
        <translation>Perché è cambiata la valutazione?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="120"/>
        <source>Causes</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="121"/>
        <source>Reviews</source>
        <translation>Recensioni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="121"/>
        <location filename="../../desktop/ui/pages/insights.py" line="136"/>
        <location filename="../../desktop/ui/pages/insights.py" line="218"/>
        <source>Suspicious reviews</source>
        <translation>Recensioni sospette</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="121"/>
        <source>Till</source>
        <translation>Cassa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="137"/>
        <source>Evidence saved in %1</source>
        <translation>Prove salvate in %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="139"/>
        <source>Saving the evidence</source>
        <translation>Salvataggio delle prove</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="150"/>
        <source>Insights</source>
        <translation>Analisi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="152"/>
        <source>Why your rating moved, with the reviews that show it.</source>
        <translation>Perché la tua valutazione è cambiata, con le recensioni che lo mostrano.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="158"/>
        <source>Export report…</source>
        <translation>Esporta rapporto…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="167"/>
        <location filename="../../desktop/ui/pages/insights.py" line="292"/>
        <source>All locations</source>
        <translation>Tutte le sedi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="168"/>
        <location filename="../../desktop/ui/pages/insights.py" line="293"/>
        <source>All platforms</source>
        <translation>Tutte le piattaforme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="169"/>
        <location filename="../../desktop/ui/pages/insights.py" line="294"/>
        <source>All languages</source>
        <translation>Tutte le lingue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="171"/>
        <source>All topics</source>
        <translation>Tutti i temi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="173"/>
        <source>All time</source>
        <translation>Sempre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="173"/>
        <source>Last 12 months</source>
        <translation>Ultimi 12 mesi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="173"/>
        <source>Last 6 months</source>
        <translation>Ultimi 6 mesi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="204"/>
        <source>Average stars</source>
        <translation>Media stelle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="204"/>
        <source>Drop</source>
        <translation>Calo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="204"/>
        <source>Suspicious burst</source>
        <translation>Raffica sospetta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="213"/>
        <source>Drops</source>
        <translation>Cali</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="222"/>
        <source>Export evidence…</source>
        <translation>Esporta prove…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="262"/>
        <source>Looking for rating drops…</source>
        <translation>Ricerca dei cali di valutazione…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="297"/>
        <source>No reviews yet. Import your review exports and Regulars will tell you here when your rating really drops, and why.</source>
        <translation>Ancora nessuna recensione. Importa le tue recensioni e Regulars ti dirà qui quando la valutazione cala davvero, e perché.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="302"/>
        <source>A handful of reviews is not a trend: Regulars names a cause only when the reviews show one.</source>
        <translation>Poche recensioni non fanno una tendenza: Regulars indica una causa solo quando le recensioni la mostrano.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="342"/>
        <source>Select a cause to read the reviews that show it.</source>
        <translation>Seleziona una causa per leggere le recensioni che la mostrano.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="349"/>
        <source>Loading reviews</source>
        <translation>Caricamento recensioni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="353"/>
        <source>Export report</source>
        <translation>Esporta rapporto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="354"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="357"/>
        <source>Report saved as %1</source>
        <translation>Rapporto salvato come %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="360"/>
        <source>Save the evidence in</source>
        <translation>Salva le prove in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="388"/>
        <source>few reviews</source>
        <translation>poche recensioni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="390"/>
        <source>%1 reviews</source>
        <translation>%1 recensioni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="404"/>
        <source>Anonymous</source>
        <translation>Anonimo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="406"/>
        <source>(stars only)</source>
        <translation>(solo stelle)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="59"/>
        <source>Exports (*.csv *.tsv *.txt *.xlsx *.xls *.json *.zip);;All files (*)</source>
        <translation>Esportazioni (*.csv *.tsv *.txt *.xlsx *.xls *.json *.zip);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="121"/>
        <source>Updating the analysis of your reviews</source>
        <translation>Aggiornamento dell&apos;analisi delle recensioni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="131"/>
        <source>Reading your reviews again with the latest analysis… %1%</source>
        <translation>Rilettura delle recensioni con l&apos;analisi più recente… %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="142"/>
        <location filename="../../desktop/ui/main_window.py" line="169"/>
        <source>An import is already running; please wait for it.</source>
        <translation>C&apos;è già un&apos;importazione in corso; attendi che finisca.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="155"/>
        <source>Reading %1…</source>
        <translation>Lettura di %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="172"/>
        <source>Importing %1…</source>
        <translation>Importazione di %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="174"/>
        <source>Importing %1 files…</source>
        <translation>Importazione di %1 file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="190"/>
        <location filename="../../desktop/ui/main_window.py" line="328"/>
        <location filename="../../desktop/ui/main_window.py" line="443"/>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="248"/>
        <source>Regulars — %1</source>
        <translation>Regulars — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="249"/>
        <source>Regulars</source>
        <translation>Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="254"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Importa file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="256"/>
        <source>Import review, customer or order exports</source>
        <translation>Importa esportazioni di recensioni, clienti o ordini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="258"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="261"/>
        <source>&amp;About Regulars</source>
        <translation>&amp;Informazioni su Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="263"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="265"/>
        <source>&amp;Settings…</source>
        <translation>Impo&amp;stazioni…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="272"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="274"/>
        <source>Main toolbar</source>
        <translation>Barra degli strumenti principale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="303"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="327"/>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="327"/>
        <source>Reviews</source>
        <translation>Recensioni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="327"/>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="327"/>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="327"/>
        <source>Insights</source>
        <translation>Analisi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="365"/>
        <source>Import files</source>
        <translation>Importa file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="392"/>
        <source>Settings saved.</source>
        <translation>Impostazioni salvate.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="405"/>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="417"/>
        <source>The analysis of your reviews could not be updated now; Regulars will try again next time.</source>
        <translation>Non è stato possibile aggiornare ora l&apos;analisi delle recensioni; Regulars riproverà la prossima volta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="422"/>
        <source>%Ln review(s) read again with the latest analysis.</source>
        <translation>
            <numerusform>%Ln recensione riletta con l&apos;analisi più recente.</numerusform>
            <numerusform>%Ln recensioni rilette con l&apos;analisi più recente.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="427"/>
        <source>nothing new</source>
        <translation>niente di nuovo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="428"/>
        <source>Import finished: %1</source>
        <translation>Importazione completata: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="437"/>
        <source>Import cancelled. The file being read when you pressed Cancel was not imported.</source>
        <translation>Importazione annullata. Il file in lettura quando hai premuto Annulla non è stato importato.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="442"/>
        <source>Import failed.</source>
        <translation>Importazione non riuscita.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="453"/>
        <source>About Regulars</source>
        <translation>Informazioni su Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="454"/>
        <source>&lt;h3&gt;Regulars&lt;/h3&gt;&lt;p&gt;Understand your reviews and know your regulars.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: your files are read here and nothing is uploaded.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Regulars&lt;/h3&gt;&lt;p&gt;Capisci le tue recensioni e conosci i tuoi clienti abituali.&lt;/p&gt;&lt;p&gt;Tutto resta su questo computer: i file vengono letti qui e non viene caricato nulla.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="97"/>
        <source>Column in your file</source>
        <translation>Colonna nel tuo file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="98"/>
        <source>Goes into</source>
        <translation>Diventa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="99"/>
        <source>Example</source>
        <translation>Esempio</translation>
    </message>
</context>
<context>
    <name>MergesModel</name>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="35"/>
        <source>Spreadsheet</source>
        <translation>Foglio di calcolo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="46"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="51"/>
        <source>Same e-mail</source>
        <translation>Stessa e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="53"/>
        <source>Same phone</source>
        <translation>Stesso telefono</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="63"/>
        <source>nothing</source>
        <translation>nulla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="65"/>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="69"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="79"/>
        <source>Undone %1</source>
        <translation>Annullato il %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="80"/>
        <source>Merged</source>
        <translation>Unito</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="91"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="93"/>
        <source>Merged in</source>
        <translation>Unito da</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="95"/>
        <source>Because</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="97"/>
        <source>What changed</source>
        <translation>Modifiche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="99"/>
        <source>Import</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="101"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="103"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="124"/>
        <source>Import %1</source>
        <translation>Importazione %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="159"/>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>NameListEditor</name>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="120"/>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="124"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../desktop/ui/pages/placeholders.py" line="36"/>
        <source>Coming soon</source>
        <translation>Prossimamente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/placeholders.py" line="55"/>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/placeholders.py" line="56"/>
        <source>A one-page summary of your week: how ratings are moving, what guests praise and complain about most, and which regulars you have not seen for a while.</source>
        <translation>La tua settimana in una pagina: come vanno i voti, cosa gli ospiti lodano e criticano di più e quali clienti abituali non vedi da un po&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/placeholders.py" line="62"/>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/placeholders.py" line="63"/>
        <source>Your regulars from your till and loyalty exports: who visits often, who has lapsed, and what they like to order.</source>
        <translation>I tuoi clienti abituali dalle esportazioni di cassa e fedeltà: chi viene spesso, chi non torna più e cosa ama ordinare.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/placeholders.py" line="69"/>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/placeholders.py" line="70"/>
        <source>Draft thank-you notes and win-back messages for the guests who agreed to hear from you, ready to send from your own email or SMS tool.</source>
        <translation>Bozze di ringraziamenti e messaggi per riconquistare gli ospiti che accettano di ricevere tue notizie, pronte da inviare con il tuo programma di e-mail o SMS.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="147"/>
        <source>Updating the preview…</source>
        <translation>Aggiornamento anteprima…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="173"/>
        <source>new</source>
        <translation>nuove</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="173"/>
        <source>already there</source>
        <translation>già presenti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="174"/>
        <source>rejected</source>
        <translation>scartate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="174"/>
        <source>join a customer</source>
        <translation>unite a un cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="175"/>
        <source>updated</source>
        <translation>aggiornate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="203"/>
        <source>Row %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="222"/>
        <source>day first</source>
        <translation>prima il giorno</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="222"/>
        <source>month first</source>
        <translation>prima il mese</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="224"/>
        <source>Dates in the column “%1” can be read two ways. Is %2 the %3 or %4?</source>
        <translation>Le date nella colonna “%1” si possono leggere in due modi. %2 è %3 o %4?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="226"/>
        <source>%1 = %2 (day first, as in the UK and Europe)</source>
        <translation>%1 = %2 (prima il giorno, come in Europa)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="228"/>
        <source>%1 = %2 (month first, as in the US)</source>
        <translation>%1 = %2 (prima il mese, come negli USA)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="263"/>
        <source>This file holds</source>
        <translation>Questo file contiene</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="306"/>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="328"/>
        <source>First rows, as Regulars will store them</source>
        <translation>Prime righe, come le salverà Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="344"/>
        <source>Rows that cannot be imported</source>
        <translation>Righe che non si possono importare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="354"/>
        <source>Reading “%1”…</source>
        <translation>Lettura di “%1”…</translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="47"/>
        <source>Positive</source>
        <translation>Positiva</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="49"/>
        <source>Negative</source>
        <translation>Negativa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="50"/>
        <source>Mixed</source>
        <translation>Mista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="91"/>
        <source>Recommends</source>
        <translation>Consiglia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="91"/>
        <source>Doesn&apos;t recommend</source>
        <translation>Non consiglia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="112"/>
        <source>%1 out of 5</source>
        <translation>%1 su 5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="126"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="129"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="131"/>
        <source>Rating</source>
        <translation>Voto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="133"/>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="136"/>
        <source>Author</source>
        <translation>Autore</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="138"/>
        <source>Review</source>
        <translation>Recensione</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="139"/>
        <source>Reply</source>
        <translation>Risp.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="141"/>
        <source>You replied to this review</source>
        <translation>Hai risposto a questa recensione</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="65"/>
        <source>Food</source>
        <translation>Cibo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="66"/>
        <source>Drinks</source>
        <translation>Bevande</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="67"/>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="68"/>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="69"/>
        <source>Ambience</source>
        <translation>Atmosfera</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="70"/>
        <source>Cleanliness</source>
        <translation>Pulizia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="71"/>
        <source>Waiting</source>
        <translation>Attesa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="72"/>
        <source>Your dishes</source>
        <translation>I tuoi piatti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="73"/>
        <source>Your staff</source>
        <translation>Il tuo staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="76"/>
        <source>food poisoning</source>
        <translation>intossicazione alimentare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="77"/>
        <source>allergic reaction</source>
        <translation>reazione allergica</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="78"/>
        <source>something in the food</source>
        <translation>corpo estraneo nel cibo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="79"/>
        <source>pests</source>
        <translation>infestanti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="80"/>
        <source>hygiene</source>
        <translation>igiene</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="81"/>
        <source>legal threat</source>
        <translation>minaccia legale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="122"/>
        <location filename="../../desktop/ui/pages/reviews.py" line="283"/>
        <source>Loading reviews</source>
        <translation>Caricamento recensioni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="135"/>
        <location filename="../../desktop/ui/pages/reviews.py" line="173"/>
        <source>Reviews</source>
        <translation>Recensioni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="137"/>
        <source>What your guests say, across every site you are listed on.</source>
        <translation>Cosa dicono i tuoi ospiti, su tutti i siti in cui sei presente.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="151"/>
        <source>No reviews yet</source>
        <translation>Ancora nessuna recensione</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="152"/>
        <source>Drop your Google, Tripadvisor or spreadsheet export here, or use Import.
Regulars reads the file on this computer; nothing is uploaded.</source>
        <translation>Trascina qui l&apos;esportazione da Google, Tripadvisor o un foglio di calcolo, oppure usa Importa.
Regulars legge il file su questo computer; non viene caricato nulla.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="174"/>
        <source>Average rating</source>
        <translation>Voto medio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="175"/>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="176"/>
        <source>Needing a reply</source>
        <translation>Senza risposta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="215"/>
        <source>No reviews match these filters.</source>
        <translation>Nessuna recensione corrisponde a questi filtri.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="246"/>
        <source>Loading your reviews…</source>
        <translation>Caricamento delle recensioni…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="285"/>
        <source>Your reviews could not be loaded.</source>
        <translation>Non è stato possibile caricare le recensioni.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="295"/>
        <source>matching your filters</source>
        <translation>con i filtri attivi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="296"/>
        <source>all time</source>
        <translation>in totale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="298"/>
        <source>no star ratings yet</source>
        <translation>ancora nessun voto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="303"/>
        <source>no rated reviews in the last 30 days</source>
        <translation>nessun voto negli ultimi 30 giorni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="305"/>
        <source>nothing to compare with before</source>
        <translation>nessun confronto possibile</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="309"/>
        <source>→ steady vs previous 30 days (%1)</source>
        <translation>→ stabile sui 30 giorni prima (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="311"/>
        <source>▲ %1 vs previous 30 days</source>
        <translation>▲ %1 sui 30 giorni prima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="313"/>
        <source>▼ %1 vs previous 30 days</source>
        <translation>▼ %1 sui 30 giorni prima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="315"/>
        <source>reviews without your reply</source>
        <translation>recensioni senza tua risposta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="320"/>
        <source>Select a review to read it in full.</source>
        <translation>Seleziona una recensione per leggerla per intero.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="330"/>
        <source>Anonymous</source>
        <translation>Anonimo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="344"/>
        <source>(This review has stars but no text.)</source>
        <translation>(Questa recensione ha le stelle ma nessun testo.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="347"/>
        <source>Your reply</source>
        <translation>La tua risposta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="347"/>
        <source>No reply yet</source>
        <translation>Ancora nessuna risposta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="358"/>
        <source>Health or safety claim:</source>
        <translation>Segnalazione di salute o sicurezza:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="89"/>
        <source>Loading settings</source>
        <translation>Caricamento impostazioni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="91"/>
        <source>Looking for names in your reviews</source>
        <translation>Ricerca di nomi nelle recensioni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="137"/>
        <source>Saving settings</source>
        <translation>Salvataggio impostazioni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="150"/>
        <source>Re-reading your reviews with your dishes and staff</source>
        <translation>Rilettura delle recensioni con i tuoi piatti e lo staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="157"/>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="265"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="173"/>
        <source>e.g. The Corner Café</source>
        <translation>es. Caffè dell&apos;Angolo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="174"/>
        <source>Business name</source>
        <translation>Nome dell&apos;attività</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="178"/>
        <source>Not set (numbers must start with +)</source>
        <translation>Non impostato (numeri con + iniziale)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="181"/>
        <source>Phone numbers are from</source>
        <translation>Numeri di telefono di</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="182"/>
        <source>Phone numbers in your files written without a country code (like 07700 900123) are read as numbers of this country, so the same customer is recognised across your till, your mailing list and your booking system.</source>
        <translation>I numeri senza prefisso internazionale nei tuoi file (come 06 1234567) vengono letti come numeri di questo paese, così lo stesso cliente viene riconosciuto tra cassa, mailing list e sistema di prenotazione.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="206"/>
        <source>Always show the import preview, even for files Regulars recognises</source>
        <translation>Mostra sempre l&apos;anteprima, anche per i file che Regulars riconosce</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="190"/>
        <source>Same as this computer</source>
        <translation>Come questo computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="203"/>
        <source>Language of the window</source>
        <translation>Lingua dell&apos;interfaccia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="196"/>
        <source>Regulars will speak this language the next time it starts.</source>
        <translation>Regulars userà questa lingua dal prossimo avvio.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="214"/>
        <source>Your business</source>
        <translation>La tua attività</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="222"/>
        <source>Your dishes and staff</source>
        <translation>Piatti e staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="251"/>
        <source>Suggestions from your reviews</source>
        <translation>Suggerimenti dalle recensioni</translation>
    </message>
</context>
<context>
    <name>TermsEditor</name>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="209"/>
        <source>Regulars looks for these names in your reviews, so you can see what people say about each dish and each member of your team.</source>
        <translation>Regulars cerca questi nomi nelle recensioni, così vedi cosa dicono di ogni piatto e di ogni persona del tuo staff.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="216"/>
        <source>Dishes and drinks</source>
        <translation>Piatti e bevande</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="216"/>
        <source>e.g. Pastel de nata</source>
        <translation>es. Pastel de nata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="217"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="217"/>
        <source>e.g. Marco</source>
        <translation>es. Marco</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="223"/>
        <source>Suggestions from your reviews</source>
        <translation>Suggerimenti dalle recensioni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="229"/>
        <source>Name or phrase</source>
        <translation>Nome o frase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="229"/>
        <source>Reviews mentioning it</source>
        <translation>Recensioni che lo citano</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="244"/>
        <source>Add as dish</source>
        <translation>Aggiungi come piatto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="248"/>
        <source>Add as staff</source>
        <translation>Aggiungi allo staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="267"/>
        <source>Looking through your reviews…</source>
        <translation>Analisi delle recensioni…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="270"/>
        <source>No suggestions yet: names show up here once several reviews mention them.</source>
        <translation>Ancora nessun suggerimento: i nomi compaiono qui quando più recensioni li citano.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="272"/>
        <source>Pick a name and add it as a dish or as a member of staff.</source>
        <translation>Scegli un nome e aggiungilo come piatto o come membro dello staff.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="66"/>
        <source>Average rating</source>
        <translation>Voto medio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="81"/>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="112"/>
        <source>Reviews</source>
        <translation>Recensioni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="112"/>
        <source>Stars</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="129"/>
        <source>Rating over time</source>
        <translation>Voto nel tempo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="133"/>
        <source>Average stars</source>
        <translation>Stelle medie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="134"/>
        <source>Number of reviews</source>
        <translation>Numero di recensioni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="142"/>
        <source>Weekly</source>
        <translation>Settimanale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="142"/>
        <source>Monthly</source>
        <translation>Mensile</translation>
    </message>
</context>
</TS>
