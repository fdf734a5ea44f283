<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop/ui/application.py" line="95"/>
        <location filename="../../desktop/ui/application.py" line="99"/>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="100"/>
        <source>Regulars could not open its database. The details were written to the log file.</source>
        <translation>Regulars no ha podido abrir su base de datos. Los detalles están en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="19"/>
        <source>Undone %1</source>
        <translation>Deshecho el %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="20"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="24"/>
        <source>Reviews</source>
        <translation>Reseñas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="24"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="25"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="33"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="35"/>
        <source>Contains</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="36"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="37"/>
        <source>Imported on</source>
        <translation>Importado el</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="39"/>
        <source>Added</source>
        <translation>Añadidas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="40"/>
        <source>Already there</source>
        <translation>Ya estaban</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="41"/>
        <source>Rows that were already in Regulars and were skipped</source>
        <translation>Filas que ya estaban en Regulars y se omitieron</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="42"/>
        <source>Updated</source>
        <translation>Actualizadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="44"/>
        <source>Stored rows this file changed (undone with it)</source>
        <translation>Filas guardadas que este archivo cambió (se deshacen con él)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="45"/>
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="46"/>
        <source>Rows that could not be read</source>
        <translation>Filas que no se pudieron leer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="48"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="51"/>
        <source>Undo</source>
        <translation>Anular</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../desktop/ui/widgets/drop_zone.py" line="43"/>
        <source>Choose files…</source>
        <translation>Elegir archivos…</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="75"/>
        <source>Something needs your attention</source>
        <translation>Algo requiere tu atención</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="84"/>
        <source>Sorry, something went wrong on our side. Your data has not been changed.

The details were written to:
{path}</source>
        <translation>Lo sentimos, algo ha fallado por nuestra parte. Tus datos no se han modificado.

Los detalles se han guardado en:
{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="89"/>
        <source>Sorry, something went wrong</source>
        <translation>Lo sentimos, algo ha fallado</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="70"/>
        <source>All sources</source>
        <translation>Todas las fuentes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="71"/>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="105"/>
        <source>Search reviews, authors…</source>
        <translation>Buscar reseñas, autores…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="116"/>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="117"/>
        <source>Any</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="122"/>
        <source>All time</source>
        <translation>Todo el periodo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="122"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="123"/>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="123"/>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="124"/>
        <source>Custom dates…</source>
        <translation>Elegir fechas…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="137"/>
        <source>Stars</source>
        <translation>Estrellas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="139"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="144"/>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="30"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="31"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="32"/>
        <source>Rating</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="33"/>
        <source>Review text</source>
        <translation>Texto de la reseña</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="34"/>
        <source>Reviewer</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="35"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="36"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="37"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="38"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="39"/>
        <source>Your reply</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="40"/>
        <source>Reply date</source>
        <translation>Fecha de respuesta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="41"/>
        <source>Location</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="42"/>
        <source>Recommends</source>
        <translation>Recomienda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="43"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="44"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="45"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="46"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="47"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="48"/>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="49"/>
        <source>E-mail consent</source>
        <translation>Acepta correos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="50"/>
        <source>SMS consent</source>
        <translation>Acepta SMS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="51"/>
        <source>Order number</source>
        <translation>N.º de pedido</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="52"/>
        <source>Order date</source>
        <translation>Fecha del pedido</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="53"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="54"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="55"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="56"/>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="57"/>
        <source>Line total</source>
        <translation>Total de línea</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="58"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="59"/>
        <source>Customer ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="60"/>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="61"/>
        <source>Customer e-mail</source>
        <translation>Correo del cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="62"/>
        <source>Customer phone</source>
        <translation>Teléfono del cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="63"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="64"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="65"/>
        <source>Staff</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="66"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="67"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="68"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="85"/>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="59"/>
        <source>Loading import history</source>
        <translation>Cargando el historial de importaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="68"/>
        <source>Undoing import</source>
        <translation>Deshaciendo la importación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="73"/>
        <source>Undo import?</source>
        <translation>¿Deshacer la importación?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="74"/>
        <source>Remove the %1 rows that “%2” added on %3?

Rows that were already there stay.</source>
        <translation>¿Quitar las %1 filas que añadió «%2» el %3?

Las filas que ya estaban se mantienen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="85"/>
        <source>Undoing merge</source>
        <translation>Deshaciendo la fusión</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="90"/>
        <source>Undo merge?</source>
        <translation>¿Deshacer la fusión?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="91"/>
        <source>Split “%1” back into two customers?

The %2 record becomes a customer of its own again, and the values it changed go back to what they were.</source>
        <translation>¿Volver a separar «%1» en dos clientes?

La ficha de %2 vuelve a ser un cliente propio, y los valores que cambió recuperan su estado anterior.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="93"/>
        <source>this customer</source>
        <translation>este cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="111"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="115"/>
        <source>Drop files here to import them</source>
        <translation>Suelta aquí los archivos para importarlos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="116"/>
        <source>Google and Tripadvisor review exports, your till&apos;s customer and order exports, or any spreadsheet (CSV, Excel, JSON). Importing the same file twice changes nothing.</source>
        <translation>Exportaciones de reseñas de Google y Tripadvisor, exportaciones de clientes y pedidos de tu TPV o cualquier hoja de cálculo (CSV, Excel, JSON). Importar dos veces el mismo archivo no cambia nada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="127"/>
        <source>Import history</source>
        <translation>Historial de importaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="128"/>
        <location filename="../../desktop/ui/pages/import_page.py" line="209"/>
        <source>Customer merges</source>
        <translation>Clientes fusionados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="140"/>
        <source>Nothing imported yet. Files you import will be listed here, and each import can be undone.</source>
        <translation>Aún no hay nada importado. Los archivos que importes aparecerán aquí y cada importación se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="152"/>
        <source>When a customer in one file has the same e-mail or phone as a customer from another system, Regulars keeps one customer. Undo a merge if they are really two people.</source>
        <translation>Cuando un cliente de un archivo tiene el mismo correo o teléfono que un cliente de otro sistema, Regulars conserva un solo cliente. Deshaz la fusión si en realidad son dos personas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="166"/>
        <source>No customers have been merged. Merges happen when you import customer lists from more than one system.</source>
        <translation>No se ha fusionado ningún cliente. Las fusiones ocurren al importar listas de clientes de más de un sistema.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="208"/>
        <source>Customer merges (%1)</source>
        <translation>Clientes fusionados (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="218"/>
        <location filename="../../desktop/ui/pages/import_page.py" line="232"/>
        <source>Undo</source>
        <translation>Anular</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="221"/>
        <source>Make these two customers again</source>
        <translation>Volver a separar en dos clientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="222"/>
        <location filename="../../desktop/ui/pages/import_page.py" line="236"/>
        <source>Already undone</source>
        <translation>Ya deshecha</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="235"/>
        <source>Remove what this import added</source>
        <translation>Quitar lo que añadió esta importación</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="72"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="73"/>
        <source>Already there</source>
        <translation>Ya estaban</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="74"/>
        <source>Joins a customer</source>
        <translation>Se une a un cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="75"/>
        <source>Updates the stored one</source>
        <translation>Actualiza la guardada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="76"/>
        <source>Not imported</source>
        <translation>No se importa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="205"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="205"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="287"/>
        <source>What happens</source>
        <translation>Qué pasa</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="147"/>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="256"/>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="295"/>
        <source>Import preview</source>
        <translation>Vista previa de la importación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="158"/>
        <source>Nothing has been imported yet. Check what Regulars found, fix the columns if needed, then import.</source>
        <translation>Aún no se ha importado nada. Revisa lo que ha encontrado Regulars, corrige las columnas si hace falta y luego importa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="185"/>
        <source>Don&apos;t ask again for recognised formats</source>
        <translation>No volver a preguntar con formatos reconocidos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="186"/>
        <source>Import files Regulars recognises for certain straight away, unless rows are rejected or a question needs your answer.</source>
        <translation>Importar directamente los archivos que Regulars reconoce con seguridad, salvo que haya filas rechazadas o una pregunta pendiente.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="198"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="200"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="210"/>
        <source>Reviews</source>
        <translation>Reseñas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="210"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="211"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="214"/>
        <source>reviews</source>
        <translation>reseñas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="214"/>
        <source>customers</source>
        <translation>clientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="215"/>
        <source>orders</source>
        <translation>pedidos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="236"/>
        <source>Reading “%1”…</source>
        <translation>Leyendo «%1»…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="290"/>
        <source>Regulars cannot read “%1”:
%2</source>
        <translation>Regulars no puede leer «%1»:
%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="293"/>
        <source>Something went wrong while reading this file.</source>
        <translation>Algo ha fallado al leer este archivo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="311"/>
        <source>Not a format Regulars knows. Tell it which column holds what; nothing is imported until you do.</source>
        <translation>Regulars no conoce este formato. Indica qué contiene cada columna; no se importa nada hasta que lo hagas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="315"/>
        <source>Choose, for at least one column, what it holds.</source>
        <translation>Elige qué contiene al menos una columna.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="332"/>
        <source>A spreadsheet read by its column names</source>
        <translation>Hoja de cálculo leída por sus nombres de columna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="333"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="347"/>
        <source>%1: %2 new, %3 already there</source>
        <translation>%1: %2 nuevas, %3 ya estaban</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="364"/>
        <source>mapped by you</source>
        <translation>asignado por ti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="366"/>
        <source>recognised for certain</source>
        <translation>reconocido con seguridad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="367"/>
        <source>a good guess (%1% sure) — check the columns</source>
        <translation>buena suposición (%1% de seguridad) — revisa las columnas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="384"/>
        <source>Import %Ln row(s)</source>
        <translation>
            <numerusform>Importar %Ln fila</numerusform>
            <numerusform>Importar %Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="385"/>
        <source>Skip the %Ln rejected row(s)</source>
        <translation>
            <numerusform>Omitir la fila rechazada</numerusform>
            <numerusform>Omitir las %Ln filas rechazadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="392"/>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="394"/>
        <source>Answer the question about dates in “%1” first.</source>
        <translation>Primero responde a la pregunta sobre las fechas de «%1».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="397"/>
        <source>Answer the question about dates first.</source>
        <translation>Primero responde a la pregunta sobre las fechas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="399"/>
        <source>Without skipping, importing is all or nothing: fix the rejected rows in the file, or tick “Skip”.</source>
        <translation>Sin omitir, la importación es todo o nada: corrige las filas rechazadas en el archivo o marca «Omitir».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="402"/>
        <source>There is nothing Regulars can import from here yet.</source>
        <translation>Aún no hay nada aquí que Regulars pueda importar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="404"/>
        <source>Everything in here is already in Regulars.</source>
        <translation>Todo esto ya está en Regulars.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="407"/>
        <source>“%1” is left out: it cannot be read, or its columns are not chosen yet.</source>
        <translation>«%1» queda fuera: no se puede leer o sus columnas aún no están elegidas.</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="41"/>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="55"/>
        <source>reviews</source>
        <translation>reseñas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="55"/>
        <source>customers</source>
        <translation>clientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="56"/>
        <source>orders</source>
        <translation>pedidos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="61"/>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="64"/>
        <source>…and %1 more</source>
        <translation>…y %1 más</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="78"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="78"/>
        <source>Added</source>
        <translation>Añadidas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="79"/>
        <source>Already there</source>
        <translation>Ya estaban</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="79"/>
        <source>Updated</source>
        <translation>Actualizadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="80"/>
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="86"/>
        <source>These files could not be imported:</source>
        <translation>No se han podido importar estos archivos:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="92"/>
        <source>There was nothing to import.</source>
        <translation>No había nada que importar.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="108"/>
        <source>Nothing was imported</source>
        <translation>No se ha importado nada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="110"/>
        <source>Everything in these files was already in Regulars</source>
        <translation>Todo lo de estos archivos ya estaba en Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="111"/>
        <source>Imported %1</source>
        <translation>Importado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="114"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="25"/>
        <source>%Ln new review(s)</source>
        <translation>
            <numerusform>%Ln reseña nueva</numerusform>
            <numerusform>%Ln reseñas nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="27"/>
        <source>%Ln new customer(s)</source>
        <translation>
            <numerusform>%Ln cliente nuevo</numerusform>
            <numerusform>%Ln clientes nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="29"/>
        <source>%Ln new order(s)</source>
        <translation>
            <numerusform>%Ln pedido nuevo</numerusform>
            <numerusform>%Ln pedidos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="30"/>
        <source>%Ln new row(s)</source>
        <translation>
            <numerusform>%Ln fila nueva</numerusform>
            <numerusform>%Ln filas nuevas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="92"/>
        <location filename="../../desktop/ui/pages/insights.py" line="330"/>
        <source>Looking for rating drops</source>
        <translation>Buscando bajadas de valoración</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="120"/>
        <source>Why did the rating change?</source>
        <translation>¿Por qué cambió la valoración?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="120"/>
        <source>Causes</source>
        <translation>Causas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="121"/>
        <source>Reviews</source>
        <translation>Reseñas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="121"/>
        <location filename="../../desktop/ui/pages/insights.py" line="136"/>
        <location filename="../../desktop/ui/pages/insights.py" line="218"/>
        <source>Suspicious reviews</source>
        <translation>Reseñas sospechosas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="121"/>
        <source>Till</source>
        <translation>Caja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="137"/>
        <source>Evidence saved in %1</source>
        <translation>Pruebas guardadas en %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="139"/>
        <source>Saving the evidence</source>
        <translation>Guardando las pruebas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="150"/>
        <source>Insights</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="152"/>
        <source>Why your rating moved, with the reviews that show it.</source>
        <translation>Por qué cambió tu valoración, con las reseñas que lo muestran.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="158"/>
        <source>Export report…</source>
        <translation>Exportar informe…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="167"/>
        <location filename="../../desktop/ui/pages/insights.py" line="292"/>
        <source>All locations</source>
        <translation>Todos los locales</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="168"/>
        <location filename="../../desktop/ui/pages/insights.py" line="293"/>
        <source>All platforms</source>
        <translation>Todas las plataformas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="169"/>
        <location filename="../../desktop/ui/pages/insights.py" line="294"/>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="171"/>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="173"/>
        <source>All time</source>
        <translation>Todo el periodo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="173"/>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="173"/>
        <source>Last 6 months</source>
        <translation>Últimos 6 meses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="204"/>
        <source>Average stars</source>
        <translation>Media de estrellas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="204"/>
        <source>Drop</source>
        <translation>Bajada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="204"/>
        <source>Suspicious burst</source>
        <translation>Avalancha sospechosa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="213"/>
        <source>Drops</source>
        <translation>Bajadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="222"/>
        <source>Export evidence…</source>
        <translation>Exportar pruebas…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="262"/>
        <source>Looking for rating drops…</source>
        <translation>Buscando bajadas de valoración…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="297"/>
        <source>No reviews yet. Import your review exports and Regulars will tell you here when your rating really drops, and why.</source>
        <translation>Aún no hay reseñas. Importa tus reseñas y Regulars te dirá aquí cuándo baja de verdad tu valoración, y por qué.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="302"/>
        <source>A handful of reviews is not a trend: Regulars names a cause only when the reviews show one.</source>
        <translation>Unas pocas reseñas no son una tendencia: Regulars solo señala una causa cuando las reseñas la muestran.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="342"/>
        <source>Select a cause to read the reviews that show it.</source>
        <translation>Elige una causa para leer las reseñas que la muestran.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="349"/>
        <source>Loading reviews</source>
        <translation>Cargando reseñas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="353"/>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="354"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="357"/>
        <source>Report saved as %1</source>
        <translation>Informe guardado como %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="360"/>
        <source>Save the evidence in</source>
        <translation>Guardar las pruebas en</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="388"/>
        <source>few reviews</source>
        <translation>pocas reseñas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="390"/>
        <source>%1 reviews</source>
        <translation>%1 reseñas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="404"/>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="406"/>
        <source>(stars only)</source>
        <translation>(solo estrellas)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="59"/>
        <source>Exports (*.csv *.tsv *.txt *.xlsx *.xls *.json *.zip);;All files (*)</source>
        <translation>Exportaciones (*.csv *.tsv *.txt *.xlsx *.xls *.json *.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="121"/>
        <source>Updating the analysis of your reviews</source>
        <translation>Actualizando el análisis de tus reseñas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="131"/>
        <source>Reading your reviews again with the latest analysis… %1%</source>
        <translation>Releyendo tus reseñas con el análisis más reciente… %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="142"/>
        <location filename="../../desktop/ui/main_window.py" line="169"/>
        <source>An import is already running; please wait for it.</source>
        <translation>Ya hay una importación en curso; espera a que termine.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="155"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="172"/>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="174"/>
        <source>Importing %1 files…</source>
        <translation>Importando %1 archivos…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="190"/>
        <location filename="../../desktop/ui/main_window.py" line="328"/>
        <location filename="../../desktop/ui/main_window.py" line="443"/>
        <source>Import</source>
        <translation>Importar</translation>
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
        <translation>&amp;Importar archivos…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="256"/>
        <source>Import review, customer or order exports</source>
        <translation>Importar exportaciones de reseñas, clientes o pedidos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="258"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="261"/>
        <source>&amp;About Regulars</source>
        <translation>&amp;Acerca de Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="263"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="265"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="272"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="274"/>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="303"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="327"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="327"/>
        <source>Reviews</source>
        <translation>Reseñas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="327"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="327"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="327"/>
        <source>Insights</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="365"/>
        <source>Import files</source>
        <translation>Importar archivos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="392"/>
        <source>Settings saved.</source>
        <translation>Ajustes guardados.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="405"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="417"/>
        <source>The analysis of your reviews could not be updated now; Regulars will try again next time.</source>
        <translation>No se pudo actualizar ahora el análisis de tus reseñas; Regulars lo intentará de nuevo la próxima vez.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="422"/>
        <source>%Ln review(s) read again with the latest analysis.</source>
        <translation>
            <numerusform>%Ln reseña releída con el análisis más reciente.</numerusform>
            <numerusform>%Ln reseñas releídas con el análisis más reciente.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="427"/>
        <source>nothing new</source>
        <translation>nada nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="428"/>
        <source>Import finished: %1</source>
        <translation>Importación terminada: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="437"/>
        <source>Import cancelled. The file being read when you pressed Cancel was not imported.</source>
        <translation>Importación cancelada. El archivo que se estaba leyendo al pulsar Cancelar no se ha importado.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="442"/>
        <source>Import failed.</source>
        <translation>La importación ha fallado.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="453"/>
        <source>About Regulars</source>
        <translation>Acerca de Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="454"/>
        <source>&lt;h3&gt;Regulars&lt;/h3&gt;&lt;p&gt;Understand your reviews and know your regulars.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: your files are read here and nothing is uploaded.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Regulars&lt;/h3&gt;&lt;p&gt;Entiende tus reseñas y conoce a tus clientes habituales.&lt;/p&gt;&lt;p&gt;Todo se queda en este ordenador: tus archivos se leen aquí y no se sube nada.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="97"/>
        <source>Column in your file</source>
        <translation>Columna de tu archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="98"/>
        <source>Goes into</source>
        <translation>Se guarda como</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="99"/>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
</context>
<context>
    <name>MergesModel</name>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="35"/>
        <source>Spreadsheet</source>
        <translation>Hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="46"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="51"/>
        <source>Same e-mail</source>
        <translation>Mismo correo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="53"/>
        <source>Same phone</source>
        <translation>Mismo teléfono</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="63"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="65"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="69"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="79"/>
        <source>Undone %1</source>
        <translation>Deshecho el %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="80"/>
        <source>Merged</source>
        <translation>Fusionado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="91"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="93"/>
        <source>Merged in</source>
        <translation>Ficha añadida</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="95"/>
        <source>Because</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="97"/>
        <source>What changed</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="99"/>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="101"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="103"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="124"/>
        <source>Import %1</source>
        <translation>Importación %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="159"/>
        <source>Undo</source>
        <translation>Anular</translation>
    </message>
</context>
<context>
    <name>NameListEditor</name>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="120"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="124"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../desktop/ui/pages/placeholders.py" line="36"/>
        <source>Coming soon</source>
        <translation>Próximamente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/placeholders.py" line="55"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/placeholders.py" line="56"/>
        <source>A one-page summary of your week: how ratings are moving, what guests praise and complain about most, and which regulars you have not seen for a while.</source>
        <translation>Tu semana en una página: cómo evolucionan las puntuaciones, qué elogian y qué critican más tus clientes y qué habituales hace tiempo que no vienen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/placeholders.py" line="62"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/placeholders.py" line="63"/>
        <source>Your regulars from your till and loyalty exports: who visits often, who has lapsed, and what they like to order.</source>
        <translation>Tus clientes habituales según las exportaciones del TPV y de fidelización: quién viene a menudo, quién ha dejado de venir y qué le gusta pedir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/placeholders.py" line="69"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/placeholders.py" line="70"/>
        <source>Draft thank-you notes and win-back messages for the guests who agreed to hear from you, ready to send from your own email or SMS tool.</source>
        <translation>Borradores de agradecimiento y mensajes para recuperar clientes que aceptaron recibir noticias tuyas, listos para enviar desde tu propia herramienta de correo o SMS.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="147"/>
        <source>Updating the preview…</source>
        <translation>Actualizando la vista previa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="173"/>
        <source>new</source>
        <translation>nuevas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="173"/>
        <source>already there</source>
        <translation>ya estaban</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="174"/>
        <source>rejected</source>
        <translation>rechazadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="174"/>
        <source>join a customer</source>
        <translation>se unen a un cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="175"/>
        <source>updated</source>
        <translation>actualizadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="203"/>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="222"/>
        <source>day first</source>
        <translation>primero el día</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="222"/>
        <source>month first</source>
        <translation>primero el mes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="224"/>
        <source>Dates in the column “%1” can be read two ways. Is %2 the %3 or %4?</source>
        <translation>Las fechas de la columna «%1» se pueden leer de dos formas. ¿%2 es %3 o %4?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="226"/>
        <source>%1 = %2 (day first, as in the UK and Europe)</source>
        <translation>%1 = %2 (primero el día, como en Europa)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="228"/>
        <source>%1 = %2 (month first, as in the US)</source>
        <translation>%1 = %2 (primero el mes, como en EE. UU.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="263"/>
        <source>This file holds</source>
        <translation>Este archivo contiene</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="306"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="328"/>
        <source>First rows, as Regulars will store them</source>
        <translation>Primeras filas, tal como las guardará Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="344"/>
        <source>Rows that cannot be imported</source>
        <translation>Filas que no se pueden importar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="354"/>
        <source>Reading “%1”…</source>
        <translation>Leyendo «%1»…</translation>
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
        <translation>Mixta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="91"/>
        <source>Recommends</source>
        <translation>Recomienda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="91"/>
        <source>Doesn&apos;t recommend</source>
        <translation>No recomienda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="112"/>
        <source>%1 out of 5</source>
        <translation>%1 de 5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="126"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="129"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="131"/>
        <source>Rating</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="133"/>
        <source>Sentiment</source>
        <translation>Tono</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="136"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="138"/>
        <source>Review</source>
        <translation>Reseña</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="139"/>
        <source>Reply</source>
        <translation>Resp.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="141"/>
        <source>You replied to this review</source>
        <translation>Has respondido a esta reseña</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="65"/>
        <source>Food</source>
        <translation>Comida</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="66"/>
        <source>Drinks</source>
        <translation>Bebidas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="67"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="68"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="69"/>
        <source>Ambience</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="70"/>
        <source>Cleanliness</source>
        <translation>Limpieza</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="71"/>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="72"/>
        <source>Your dishes</source>
        <translation>Tus platos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="73"/>
        <source>Your staff</source>
        <translation>Tu equipo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="76"/>
        <source>food poisoning</source>
        <translation>intoxicación alimentaria</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="77"/>
        <source>allergic reaction</source>
        <translation>reacción alérgica</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="78"/>
        <source>something in the food</source>
        <translation>algo extraño en la comida</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="79"/>
        <source>pests</source>
        <translation>plagas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="80"/>
        <source>hygiene</source>
        <translation>higiene</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="81"/>
        <source>legal threat</source>
        <translation>amenaza legal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="122"/>
        <location filename="../../desktop/ui/pages/reviews.py" line="283"/>
        <source>Loading reviews</source>
        <translation>Cargando reseñas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="135"/>
        <location filename="../../desktop/ui/pages/reviews.py" line="173"/>
        <source>Reviews</source>
        <translation>Reseñas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="137"/>
        <source>What your guests say, across every site you are listed on.</source>
        <translation>Lo que dicen tus clientes en todos los sitios donde apareces.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="151"/>
        <source>No reviews yet</source>
        <translation>Aún no hay reseñas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="152"/>
        <source>Drop your Google, Tripadvisor or spreadsheet export here, or use Import.
Regulars reads the file on this computer; nothing is uploaded.</source>
        <translation>Suelta aquí tu exportación de Google, Tripadvisor o una hoja de cálculo, o usa Importar.
Regulars lee el archivo en este ordenador; no se sube nada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="174"/>
        <source>Average rating</source>
        <translation>Puntuación media</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="175"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="176"/>
        <source>Needing a reply</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="215"/>
        <source>No reviews match these filters.</source>
        <translation>Ninguna reseña coincide con estos filtros.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="246"/>
        <source>Loading your reviews…</source>
        <translation>Cargando tus reseñas…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="285"/>
        <source>Your reviews could not be loaded.</source>
        <translation>No se han podido cargar tus reseñas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="295"/>
        <source>matching your filters</source>
        <translation>con tus filtros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="296"/>
        <source>all time</source>
        <translation>en total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="298"/>
        <source>no star ratings yet</source>
        <translation>aún sin puntuaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="303"/>
        <source>no rated reviews in the last 30 days</source>
        <translation>sin puntuaciones en los últimos 30 días</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="305"/>
        <source>nothing to compare with before</source>
        <translation>sin datos anteriores para comparar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="309"/>
        <source>→ steady vs previous 30 days (%1)</source>
        <translation>→ estable vs 30 días anteriores (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="311"/>
        <source>▲ %1 vs previous 30 days</source>
        <translation>▲ %1 vs 30 días anteriores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="313"/>
        <source>▼ %1 vs previous 30 days</source>
        <translation>▼ %1 vs 30 días anteriores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="315"/>
        <source>reviews without your reply</source>
        <translation>reseñas sin tu respuesta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="320"/>
        <source>Select a review to read it in full.</source>
        <translation>Selecciona una reseña para leerla entera.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="330"/>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="344"/>
        <source>(This review has stars but no text.)</source>
        <translation>(Esta reseña tiene estrellas pero no texto.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="347"/>
        <source>Your reply</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="347"/>
        <source>No reply yet</source>
        <translation>Aún sin respuesta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="358"/>
        <source>Health or safety claim:</source>
        <translation>Denuncia de salud o seguridad:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="89"/>
        <source>Loading settings</source>
        <translation>Cargando ajustes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="91"/>
        <source>Looking for names in your reviews</source>
        <translation>Buscando nombres en tus reseñas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="137"/>
        <source>Saving settings</source>
        <translation>Guardando ajustes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="150"/>
        <source>Re-reading your reviews with your dishes and staff</source>
        <translation>Releyendo tus reseñas con tus platos y tu equipo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="157"/>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="265"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="173"/>
        <source>e.g. The Corner Café</source>
        <translation>p. ej. Café de la Esquina</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="174"/>
        <source>Business name</source>
        <translation>Nombre del negocio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="178"/>
        <source>Not set (numbers must start with +)</source>
        <translation>Sin definir (números con + delante)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="181"/>
        <source>Phone numbers are from</source>
        <translation>Teléfonos de</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="182"/>
        <source>Phone numbers in your files written without a country code (like 07700 900123) are read as numbers of this country, so the same customer is recognised across your till, your mailing list and your booking system.</source>
        <translation>Los teléfonos de tus archivos sin prefijo internacional (como 612 345 678) se leen como números de este país, para reconocer al mismo cliente en tu TPV, tu lista de correo y tu sistema de reservas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="206"/>
        <source>Always show the import preview, even for files Regulars recognises</source>
        <translation>Mostrar siempre la vista previa, también con archivos que Regulars reconoce</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="190"/>
        <source>Same as this computer</source>
        <translation>Igual que este ordenador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="203"/>
        <source>Language of the window</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="196"/>
        <source>Regulars will speak this language the next time it starts.</source>
        <translation>Regulars usará este idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="214"/>
        <source>Your business</source>
        <translation>Tu negocio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="222"/>
        <source>Your dishes and staff</source>
        <translation>Platos y equipo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="251"/>
        <source>Suggestions from your reviews</source>
        <translation>Sugerencias de tus reseñas</translation>
    </message>
</context>
<context>
    <name>TermsEditor</name>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="209"/>
        <source>Regulars looks for these names in your reviews, so you can see what people say about each dish and each member of your team.</source>
        <translation>Regulars busca estos nombres en tus reseñas para que veas qué se dice de cada plato y de cada persona de tu equipo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="216"/>
        <source>Dishes and drinks</source>
        <translation>Platos y bebidas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="216"/>
        <source>e.g. Pastel de nata</source>
        <translation>p. ej. Pastel de nata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="217"/>
        <source>Staff</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="217"/>
        <source>e.g. Marco</source>
        <translation>p. ej. Marco</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="223"/>
        <source>Suggestions from your reviews</source>
        <translation>Sugerencias de tus reseñas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="229"/>
        <source>Name or phrase</source>
        <translation>Nombre o frase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="229"/>
        <source>Reviews mentioning it</source>
        <translation>Reseñas que lo mencionan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="244"/>
        <source>Add as dish</source>
        <translation>Añadir como plato</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="248"/>
        <source>Add as staff</source>
        <translation>Añadir al equipo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="267"/>
        <source>Looking through your reviews…</source>
        <translation>Revisando tus reseñas…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="270"/>
        <source>No suggestions yet: names show up here once several reviews mention them.</source>
        <translation>Aún no hay sugerencias: los nombres aparecen aquí cuando varias reseñas los mencionan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="272"/>
        <source>Pick a name and add it as a dish or as a member of staff.</source>
        <translation>Elige un nombre y añádelo como plato o como miembro del equipo.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="66"/>
        <source>Average rating</source>
        <translation>Puntuación media</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="81"/>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="112"/>
        <source>Reviews</source>
        <translation>Reseñas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="112"/>
        <source>Stars</source>
        <translation>Estrellas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="129"/>
        <source>Rating over time</source>
        <translation>Puntuación en el tiempo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="133"/>
        <source>Average stars</source>
        <translation>Media de estrellas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="134"/>
        <source>Number of reviews</source>
        <translation>Número de reseñas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="142"/>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="142"/>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
</context>
</TS>
