<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop/ui/application.py" line="111"/>
        <location filename="../../desktop/ui/application.py" line="123"/>
        <location filename="../../desktop/ui/application.py" line="128"/>
        <source>Cannot open the database</source>
        <translation>Não é possível abrir a base de dados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="115"/>
        <source>Cannot reach the shared server</source>
        <translation>Não é possível contactar o servidor partilhado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="116"/>
        <source>%1

Regulars opens the data file on this computer instead. Check the address in File &gt; Settings &gt; Shared server, or leave it empty to always use the file.</source>
        <translation>%1

O Regulars abre, em vez disso, o ficheiro de dados deste computador. Verifique o endereço em Ficheiro &gt; Definições &gt; Servidor partilhado, ou deixe-o vazio para usar sempre o ficheiro.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="129"/>
        <source>Regulars could not open its database. The details were written to the log file.</source>
        <translation>O Regulars não conseguiu abrir a base de dados. Os detalhes foram escritos no ficheiro de registo.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="36"/>
        <source>Daily</source>
        <translation>Diária</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="37"/>
        <source>Before an import</source>
        <translation>Antes de uma importação</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="38"/>
        <source>Before an update of Regulars</source>
        <translation>Antes de uma atualização do Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="39"/>
        <source>Before a restore</source>
        <translation>Antes de um restauro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="40"/>
        <source>Before encrypting</source>
        <translation>Antes de encriptar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="41"/>
        <source>Made by you</source>
        <translation>Feita por si</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="71"/>
        <source>Listing backups</source>
        <translation>A listar as cópias de segurança</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="81"/>
        <source>Backing up</source>
        <translation>A fazer cópia de segurança</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="82"/>
        <source>Backed up.</source>
        <translation>Cópia de segurança feita.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="91"/>
        <source>Restoring a backup</source>
        <translation>A restaurar uma cópia de segurança</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="104"/>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="214"/>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="246"/>
        <source>Backups</source>
        <translation>Cópias de segurança</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="108"/>
        <source>Regulars copies your data here every day you use it, before every import and before each update. Each copy is checked when it is made.</source>
        <translation>O Regulars copia aqui os seus dados em cada dia em que o usa, antes de cada importação e antes de cada atualização. Cada cópia é verificada quando é feita.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="119"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="119"/>
        <source>Why</source>
        <translation>Porquê</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="119"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="119"/>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="132"/>
        <source>No backups yet. The first one is made today.</source>
        <translation>Ainda não há cópias de segurança. A primeira é feita hoje.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="137"/>
        <source>Keep the newest</source>
        <translation>Manter as</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="143"/>
        <source>backups of each kind (copies made before an update are all kept)</source>
        <translation>cópias mais recentes de cada tipo (as de antes de uma atualização ficam todas)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="152"/>
        <source>Show the folder</source>
        <translation>Mostrar a pasta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="156"/>
        <source>Back up now</source>
        <translation>Fazer cópia agora</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="159"/>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="162"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="167"/>
        <source>This window is read-only: backups are made and restored in the window that has your data open.</source>
        <translation>Esta janela é só de leitura: as cópias fazem-se e restauram-se na janela que tem os seus dados abertos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="178"/>
        <source>Working…</source>
        <translation>A trabalhar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="189"/>
        <source>Folder: %1</source>
        <translation>Pasta: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="197"/>
        <source>encrypted</source>
        <translation>encriptada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="198"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="199"/>
        <source>OK</source>
        <translation>Correta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="199"/>
        <source>Damaged</source>
        <translation>Danificada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="199"/>
        <source>Not checked</source>
        <translation>Não verificada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="224"/>
        <source>Restore this backup?</source>
        <translation>Restaurar esta cópia de segurança?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="225"/>
        <source>Put your data back as it was on %1? What changed since then will be replaced. Your data as it is now is backed up first, so you can come back to it.</source>
        <translation>Repor os seus dados como estavam em %1? O que mudou desde então será substituído. Antes é feita uma cópia dos dados como estão agora, para que possa voltar a eles.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="230"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="236"/>
        <source>Restored. Your data as it was just before is kept as a backup.</source>
        <translation>Restaurado. Os seus dados de imediatamente antes ficam guardados como cópia.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/backups_dialog.py" line="245"/>
        <source>That did not work.</source>
        <translation>Não funcionou.</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="266"/>
        <source>Backups kept of each kind</source>
        <translation>Cópias de segurança guardadas de cada tipo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="267"/>
        <source>Regulars makes a backup every day it opens, and before an import or an upgrade; the oldest beyond this number are removed.</source>
        <translation>O Regulars faz uma cópia de segurança em cada dia em que é aberto, e antes de uma importação ou de uma atualização; as mais antigas para além deste número são apagadas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="269"/>
        <source>See and restore backups…</source>
        <translation>Ver e restaurar cópias de segurança…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="270"/>
        <source>Encryption…</source>
        <translation>Encriptação…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="277"/>
        <source>Your data is on a shared server: back it up and protect it on the server (ask whoever runs it).</source>
        <translation>Os seus dados estão num servidor partilhado: faça a cópia de segurança e proteja-os no servidor (pergunte a quem o gere).</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="20"/>
        <source>Undone %1</source>
        <translation>Anulado a %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="21"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="25"/>
        <source>Reviews</source>
        <translation>Avaliações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="25"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="26"/>
        <source>Orders</source>
        <translation>Encomendas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="34"/>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="36"/>
        <source>Contains</source>
        <translation>Conteúdo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="37"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="38"/>
        <source>Imported on</source>
        <translation>Importado em</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="40"/>
        <source>Added</source>
        <translation>Adicionadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="41"/>
        <source>Already there</source>
        <translation>Já existentes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="42"/>
        <source>Rows that were already in Regulars and were skipped</source>
        <translation>Linhas que já estavam no Regulars e foram ignoradas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="43"/>
        <source>Updated</source>
        <translation>Atualizadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="45"/>
        <source>Stored rows this file changed (undone with it)</source>
        <translation>Linhas guardadas que este ficheiro alterou (anuladas com ele)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="46"/>
        <source>Skipped</source>
        <translation>Ignoradas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="47"/>
        <source>Rows that could not be read</source>
        <translation>Linhas que não foi possível ler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="49"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/batches_model.py" line="52"/>
        <source>Undo</source>
        <translation>Anular</translation>
    </message>
</context>
<context>
    <name>BusinessTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="106"/>
        <source>e.g. The Corner Café</source>
        <translation>p. ex. Café da Esquina</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="107"/>
        <source>Business name</source>
        <translation>Nome do negócio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="109"/>
        <source>One a line, e.g.
High Street
Station Road</source>
        <translation>Uma por linha, p. ex.
Rua Direita
Largo da Estação</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="112"/>
        <source>Locations</source>
        <translation>Espaços</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="117"/>
        <source>e.g. EUR</source>
        <translation>p. ex. EUR</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="119"/>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="124"/>
        <source>Not set (numbers must start with +)</source>
        <translation>Não definido (números começam por +)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="127"/>
        <source>Phone numbers are from</source>
        <translation>Números de telefone de</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="128"/>
        <source>Phone numbers in your files written without a country code (like 07700 900123) are read as numbers of this country, so the same customer is recognised across your till, your mailing list and your booking system.</source>
        <translation>Os números nos seus ficheiros sem indicativo do país (como 912 345 678) são lidos como números deste país, para que o mesmo cliente seja reconhecido na caixa, na lista de e-mail e no sistema de reservas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="134"/>
        <source>Messages are written in</source>
        <translation>As mensagens são escritas em</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="135"/>
        <source>…when a customer&apos;s or reviewer&apos;s own language is not known.</source>
        <translation>…quando não se sabe a língua do cliente ou de quem escreveu a avaliação.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="174"/>
        <source>A currency is three letters, such as EUR, GBP or SEK (or leave it empty).</source>
        <translation>Uma moeda tem três letras, como EUR, GBP ou BRL (ou deixe vazio).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="177"/>
        <source>Regulars keeps at most %1 locations; there are %2.</source>
        <translation>O Regulars guarda no máximo %1 espaços; há %2.</translation>
    </message>
</context>
<context>
    <name>CampaignsTab</name>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="100"/>
        <source>Unknown offer tags. Use: %1</source>
        <translation>Características da oferta desconhecidas. Use: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="106"/>
        <source>Write the new dish&apos;s name first.</source>
        <translation>Escreva primeiro o nome do prato novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="110"/>
        <source>Preparing the drafts…</source>
        <translation>A preparar os rascunhos…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="112"/>
        <location filename="../../desktop/ui/pages/messages.py" line="353"/>
        <source>Preparing drafts</source>
        <translation>Preparar rascunhos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="121"/>
        <source>Loading past campaigns</source>
        <translation>A carregar as campanhas anteriores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="141"/>
        <source>Exporting messages</source>
        <translation>A exportar as mensagens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="147"/>
        <source>Sending…</source>
        <translation>A enviar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="149"/>
        <source>Sending messages</source>
        <translation>A enviar as mensagens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="179"/>
        <source>Offer contains, e.g. meat, dairy</source>
        <translation>A oferta contém, p. ex. carne, lacticínios</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="180"/>
        <source>Menu tags of what you offer: customers whose diet or allergies conflict are left out, and the list says why.</source>
        <translation>Características da carta do que oferece: quem tem uma dieta ou alergias incompatíveis fica de fora, e a lista diz porquê.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="183"/>
        <source>The new dish</source>
        <translation>O prato novo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="305"/>
        <source>Every tier</source>
        <translation>Todos os níveis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="187"/>
        <source>Your offer, if any (written as is)</source>
        <translation>A sua oferta, se houver (tal como a escrever)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="188"/>
        <source>Prepare drafts</source>
        <translation>Preparar rascunhos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="198"/>
        <source>Pick a campaign and press Prepare drafts.</source>
        <translation>Escolha uma campanha e carregue em Preparar rascunhos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="201"/>
        <source>Import files…</source>
        <translation>Importar ficheiros…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="216"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="216"/>
        <source>Getting a message</source>
        <translation>Recebem uma mensagem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="216"/>
        <source>Left out</source>
        <translation>Ficam de fora</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="238"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/message_draft_pane.py" line="88"/>
        <source>Select a customer to see their message.</source>
        <translation>Selecione um cliente para ver a mensagem.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/message_draft_pane.py" line="53"/>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/message_draft_pane.py" line="60"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/message_draft_pane.py" line="62"/>
        <source>Open in my mail program</source>
        <translation>Abrir no meu programa de e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="260"/>
        <source>Edit the wording…</source>
        <translation>Editar o texto…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="262"/>
        <source>Export for mail merge…</source>
        <translation>Exportar para impressão em série…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="263"/>
        <source>Writes one .eml file per e-mail and a CSV for your mail or SMS tool, and logs the messages as sent.</source>
        <translation>Cria um ficheiro .eml por e-mail e um CSV para a sua ferramenta de e-mail ou SMS, e regista as mensagens como enviadas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="267"/>
        <source>Send by e-mail…</source>
        <translation>Enviar por e-mail…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="269"/>
        <source>Sending settings…</source>
        <translation>Definições de envio…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="281"/>
        <source>Past campaigns</source>
        <translation>Campanhas anteriores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="282"/>
        <source>Messages sent</source>
        <translation>Mensagens enviadas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="330"/>
        <source>%Ln message(s) ready.</source>
        <translation>
            <numerusform>%Ln mensagem pronta.</numerusform>
            <numerusform>%Ln mensagens prontas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="331"/>
        <source>%Ln customer(s) left out.</source>
        <translation>
            <numerusform>%Ln cliente fica de fora.</numerusform>
            <numerusform>%Ln clientes ficam de fora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="333"/>
        <source>%Ln of them held out at random, to measure whether the campaign works.</source>
        <translation>
            <numerusform>%Ln deles reservado ao acaso, para medir se a campanha resulta.</numerusform>
            <numerusform>%Ln deles reservados ao acaso, para medir se a campanha resulta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="336"/>
        <source>Nobody fits this campaign right now. Customers come from your till&apos;s and mailing list&apos;s exports: drop them on the Import page.</source>
        <translation>Neste momento ninguém se enquadra nesta campanha. Os clientes vêm das exportações da caixa e da lista de e-mail: arraste-as para a página Importar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="354"/>
        <source>The drafts could not be prepared.</source>
        <translation>Não foi possível preparar os rascunhos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="365"/>
        <source>Difference: %1 points (95% interval %2 to %3)</source>
        <translation>Diferença: %1 pontos (intervalo de 95% de %2 a %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/message_draft_pane.py" line="90"/>
        <source>%1 is left out: %2</source>
        <translation>%1 fica de fora: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/message_draft_pane.py" line="97"/>
        <source>To %1 &lt;%2&gt; by %3, in %4.</source>
        <translation>Para %1 &lt;%2&gt; por %3, em %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="386"/>
        <source>Logging the message</source>
        <translation>A registar a mensagem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="398"/>
        <source>Logged: the frequency cap now counts this message.</source>
        <translation>Registada: o limite de frequência já conta esta mensagem.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="405"/>
        <source>Export the messages into…</source>
        <translation>Exportar as mensagens para…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="410"/>
        <source>Send by e-mail</source>
        <translation>Enviar por e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="411"/>
        <source>Password of your mail account (not stored):</source>
        <translation>Palavra-passe da sua conta de e-mail (não é guardada):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="418"/>
        <source>Exported %Ln message(s) to %1 and logged them.</source>
        <translation>
            <numerusform>%Ln mensagem exportada para %1 e registada.</numerusform>
            <numerusform>%Ln mensagens exportadas para %1 e registadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="421"/>
        <source>Sent and logged %Ln message(s).</source>
        <translation>
            <numerusform>%Ln mensagem enviada e registada.</numerusform>
            <numerusform>%Ln mensagens enviadas e registadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="423"/>
        <source>%Ln could not be sent.</source>
        <translation>
            <numerusform>%Ln não foi enviada.</numerusform>
            <numerusform>%Ln não foram enviadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="425"/>
        <source>%Ln left out because of the frequency cap.</source>
        <translation>
            <numerusform>%Ln de fora por causa do limite de frequência.</numerusform>
            <numerusform>%Ln de fora por causa do limite de frequência.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="120"/>
        <source>Record what %1 agreed to</source>
        <translation>Registar o consentimento de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="129"/>
        <source>Only what the customer told you themselves. A receipt e-mail is not consent.</source>
        <translation>Apenas o que o cliente lhe disse pessoalmente. Um e-mail para o talão não é consentimento.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="137"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="138"/>
        <source>Yes, they want to hear from us</source>
        <translation>Sim, quer receber notícias nossas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="139"/>
        <source>No, they do not</source>
        <translation>Não, não quer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="144"/>
        <source>Their answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="146"/>
        <source>What they were asked and how they answered, e.g. “ticked the newsletter box on the loyalty card, 3 May”</source>
        <translation>O que lhe foi perguntado e como respondeu, p. ex. «assinalou a newsletter no cartão de fidelização, 3 de maio»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="149"/>
        <source>How</source>
        <translation>Como</translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="111"/>
        <source>Select a customer to see their card: their rhythm, what they like, their reviews and what they agreed to receive.</source>
        <translation>Selecione um cliente para ver a sua ficha: o ritmo, o que gosta, as avaliações e o que aceitou receber.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="140"/>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="147"/>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="149"/>
        <source>first visit %1</source>
        <translation>primeira visita %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="151"/>
        <source>birthday %1</source>
        <translation>aniversário %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="158"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="158"/>
        <source>Consent…</source>
        <translation>Consentimento…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="159"/>
        <source>Export data…</source>
        <translation>Exportar dados…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="159"/>
        <source>Erase…</source>
        <translation>Apagar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="176"/>
        <source>Tier and rhythm</source>
        <translation>Nível e ritmo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="182"/>
        <source>Tier</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="182"/>
        <source>None yet</source>
        <translation>Ainda nenhum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="183"/>
        <source>Segment</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="183"/>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="184"/>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="185"/>
        <source>%1 spent</source>
        <translation>%1 gastos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="186"/>
        <source>In short</source>
        <translation>Em resumo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="198"/>
        <source>no tier</source>
        <translation>sem nível</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="205"/>
        <source>Visits per month</source>
        <translation>Visitas por mês</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="211"/>
        <source>Counted from the customer file: no orders of theirs imported yet.</source>
        <translation>Contadas a partir do ficheiro de clientes: ainda não foram importadas encomendas deste cliente.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="216"/>
        <source>What they like</source>
        <translation>Do que gosta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="232"/>
        <source>Diet</source>
        <translation>Dieta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="233"/>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="242"/>
        <source>Staff notes</source>
        <translation>Notas da equipa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="247"/>
        <source>Nothing noted yet. Use Edit… to add their usual order, diet or allergies.</source>
        <translation>Ainda sem notas. Em Editar… pode acrescentar o pedido habitual, a dieta ou as alergias.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="254"/>
        <source>Suggestions to check</source>
        <translation>Sugestões a verificar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="260"/>
        <source>Accept</source>
        <translation>Aceitar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="261"/>
        <source>Dismiss</source>
        <translation>Rejeitar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="271"/>
        <source>An allergy counts only once you accept it.</source>
        <translation>Uma alergia só conta depois de a aceitar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="277"/>
        <source>Their reviews</source>
        <translation>As suas avaliações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="284"/>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="286"/>
        <source>Probably them (%1%)</source>
        <translation>Provavelmente este cliente (%1%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="291"/>
        <source>It&apos;s them</source>
        <translation>É este cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="292"/>
        <source>Not them</source>
        <translation>Não é</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="300"/>
        <source>… and %1 more</source>
        <translation>… e mais %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="305"/>
        <source>May we contact them?</source>
        <translation>Podemos contactá-lo?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="312"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="312"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="318"/>
        <source>They said no before; a later “yes” was not applied: %1</source>
        <translation>Antes disse que não; um «sim» posterior não foi aplicado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="320"/>
        <source>no choice recorded</source>
        <translation>sem escolha registada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="323"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="323"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/customer_card.py" line="333"/>
        <source>%Ln message(s) sent; the last on %1: %2, by %3.</source>
        <translation>
            <numerusform>%n mensagem enviada; a última em %1: %2, por %3.</numerusform>
            <numerusform>%n mensagens enviadas; a última em %1: %2, por %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/customer_card.py" line="340"/>
        <source>No message sent to them yet.</source>
        <translation>Ainda não lhe foi enviada nenhuma mensagem.</translation>
    </message>
</context>
<context>
    <name>CustomerEditDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="39"/>
        <source>What %1 likes</source>
        <translation>Do que %1 gosta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="57"/>
        <source>Usual order</source>
        <translation>Pedido habitual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="57"/>
        <source>oat flat white, extra hot</source>
        <translation>flat white com aveia, bem quente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="58"/>
        <source>Seating</source>
        <translation>Lugar preferido</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="58"/>
        <source>the window table</source>
        <translation>a mesa junto à janela</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="59"/>
        <source>Best time to contact</source>
        <translation>Melhor altura para contactar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="59"/>
        <source>weekday mornings</source>
        <translation>manhãs de dias úteis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="65"/>
        <source>Not known</source>
        <translation>Desconhecida</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="69"/>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="71"/>
        <source>No preference</source>
        <translation>Sem preferência</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="75"/>
        <source>Preferred channel</source>
        <translation>Canal preferido</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="78"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="81"/>
        <source>Diet and allergies</source>
        <translation>Dieta e alergias</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="83"/>
        <source>Health data: kept apart and used only to leave them out of offers that do not suit them, never to choose who gets an offer.</source>
        <translation>Dados de saúde: guardados à parte e usados apenas para excluir o cliente de ofertas que não lhe convêm, nunca para escolher quem recebe uma oferta.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/customer_dialogs.py" line="96"/>
        <source>Allergies (the 14 EU allergens)</source>
        <translation>Alergias (os 14 alergénios da UE)</translation>
    </message>
</context>
<context>
    <name>CustomerText</name>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="17"/>
        <location filename="../../desktop/ui/customer_text.py" line="65"/>
        <source>Vegetarian</source>
        <translation>Vegetariano</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="18"/>
        <location filename="../../desktop/ui/customer_text.py" line="64"/>
        <source>Vegan</source>
        <translation>Vegano</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="19"/>
        <source>Gluten-free</source>
        <translation>Sem glúten</translation>
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
        <translation>Sem lacticínios</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="25"/>
        <source>Gluten (cereals)</source>
        <translation>Glúten (cereais)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="26"/>
        <source>Crustaceans</source>
        <translation>Crustáceos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="27"/>
        <source>Eggs</source>
        <translation>Ovos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="28"/>
        <location filename="../../desktop/ui/customer_text.py" line="57"/>
        <source>Fish</source>
        <translation>Peixe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="29"/>
        <source>Peanuts</source>
        <translation>Amendoins</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="30"/>
        <source>Soya</source>
        <translation>Soja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="31"/>
        <source>Milk (lactose)</source>
        <translation>Leite (lactose)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="32"/>
        <source>Tree nuts</source>
        <translation>Frutos de casca rija</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="33"/>
        <source>Celery</source>
        <translation>Aipo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="34"/>
        <source>Mustard</source>
        <translation>Mostarda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="35"/>
        <source>Sesame</source>
        <translation>Sésamo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="36"/>
        <source>Sulphites</source>
        <translation>Sulfitos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="37"/>
        <source>Lupin</source>
        <translation>Tremoço</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="38"/>
        <source>Molluscs</source>
        <translation>Moluscos</translation>
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
        <translation>Pedido habitual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="47"/>
        <source>Diet</source>
        <translation>Dieta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="48"/>
        <source>Allergy</source>
        <translation>Alergia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="49"/>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="50"/>
        <source>Seating</source>
        <translation>Lugar preferido</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="51"/>
        <source>Preferred channel</source>
        <translation>Canal preferido</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="52"/>
        <source>Best time to contact</source>
        <translation>Melhor altura para contactar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="53"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="56"/>
        <source>Meat</source>
        <translation>Carne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="58"/>
        <source>Shellfish</source>
        <translation>Marisco</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="59"/>
        <source>Dairy</source>
        <translation>Lacticínios</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="60"/>
        <source>Egg</source>
        <translation>Ovo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="61"/>
        <source>Gluten</source>
        <translation>Glúten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="62"/>
        <source>Nuts</source>
        <translation>Frutos secos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="63"/>
        <source>Alcohol</source>
        <translation>Álcool</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="68"/>
        <source>from a staff note</source>
        <translation>de uma nota da equipa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="69"/>
        <source>entered by you</source>
        <translation>introduzido por si</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="70"/>
        <source>confirmed by you</source>
        <translation>confirmado por si</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="91"/>
        <location filename="../../desktop/ui/customer_text.py" line="116"/>
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln visita</numerusform>
            <numerusform>%Ln visitas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="99"/>
        <source>First visit %Ln day(s) ago</source>
        <translation>
            <numerusform>Primeira visita há %Ln dia</numerusform>
            <numerusform>Primeira visita há %Ln dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="101"/>
        <source>One visit, %Ln day(s) ago</source>
        <translation>
            <numerusform>Uma visita, há %Ln dia</numerusform>
            <numerusform>Uma visita, há %Ln dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="103"/>
        <source>%Ln visit(s), no habit yet</source>
        <translation>
            <numerusform>%Ln visita, ainda sem hábito</numerusform>
            <numerusform>%Ln visitas, ainda sem hábito</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="103"/>
        <location filename="../../desktop/ui/customer_text.py" line="114"/>
        <location filename="../../desktop/ui/customer_text.py" line="116"/>
        <source>last seen %Ln day(s) ago</source>
        <translation>
            <numerusform>veio há %Ln dia</numerusform>
            <numerusform>veio há %Ln dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="105"/>
        <location filename="../../desktop/ui/customer_text.py" line="107"/>
        <source>Not seen for %Ln day(s)</source>
        <translation>
            <numerusform>Não vem há %Ln dia</numerusform>
            <numerusform>Não vem há %Ln dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="105"/>
        <source>usually every %Ln day(s)</source>
        <translation>
            <numerusform>costuma vir todos os dias</numerusform>
            <numerusform>costuma vir a cada %Ln dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="108"/>
        <source>last year they took a break of %Ln day(s) at this time and came back</source>
        <translation>
            <numerusform>no ano passado nesta altura: %Ln dia de ausência e depois voltou</numerusform>
            <numerusform>no ano passado nesta altura: %Ln dias de ausência e depois voltou</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="111"/>
        <source>%Ln visit(s) in the last %1 weeks</source>
        <translation>
            <numerusform>%Ln visita nas últimas %1 semanas</numerusform>
            <numerusform>%Ln visitas nas últimas %1 semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="112"/>
        <source>about %Ln expected from their rhythm</source>
        <translation>
            <numerusform>pelo ritmo, esperava-se cerca de %Ln</numerusform>
            <numerusform>pelo ritmo, esperavam-se cerca de %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="114"/>
        <source>Usually every %Ln day(s)</source>
        <translation>
            <numerusform>Costuma vir todos os dias</numerusform>
            <numerusform>Costuma vir a cada %Ln dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="118"/>
        <source>%Ln visit(s) in the customer file, no dates</source>
        <translation>
            <numerusform>%Ln visita no ficheiro de clientes, sem datas</numerusform>
            <numerusform>%Ln visitas no ficheiro de clientes, sem datas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="119"/>
        <source>No visit known yet</source>
        <translation>Ainda sem visitas conhecidas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="123"/>
        <source>Not in a tier yet</source>
        <translation>Ainda sem nível</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="126"/>
        <source>%Ln visit(s) in the last %1 days</source>
        <translation>
            <numerusform>%Ln visita nos últimos %1 dias</numerusform>
            <numerusform>%Ln visitas nos últimos %1 dias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="128"/>
        <source>%1 spent in the last %2 days</source>
        <translation>%1 gastos nos últimos %2 dias</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="133"/>
        <source>Not enough visits to tell</source>
        <translation>Poucas visitas para saber</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="134"/>
        <source>came recently</source>
        <translation>veio há pouco</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="134"/>
        <source>not seen for a while</source>
        <translation>não vem há algum tempo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="135"/>
        <source>not seen for a long time</source>
        <translation>não vem há muito tempo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="136"/>
        <source>comes often</source>
        <translation>vem muitas vezes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="136"/>
        <source>comes now and then</source>
        <translation>vem de vez em quando</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="137"/>
        <source>comes rarely</source>
        <translation>vem raramente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="138"/>
        <source>spends a lot</source>
        <translation>gasta muito</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="138"/>
        <source>spends about average</source>
        <translation>gasta na média</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="139"/>
        <source>spends little</source>
        <translation>gasta pouco</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="145"/>
        <source>On %1 of %Ln visit(s)</source>
        <translation>
            <numerusform>Em %1 de %Ln visita</numerusform>
            <numerusform>Em %1 de %Ln visitas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="148"/>
        <source>%Ln visit(s) with food, never meat or fish</source>
        <translation>
            <numerusform>%Ln visita com comida, nunca carne nem peixe</numerusform>
            <numerusform>%Ln visitas com comida, nunca carne nem peixe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer_text.py" line="150"/>
        <source>Wrote %1 of %Ln review(s) in this language</source>
        <translation>
            <numerusform>Escreveu %1 de %Ln avaliação nesta língua</numerusform>
            <numerusform>Escreveu %1 de %Ln avaliações nesta língua</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_text.py" line="153"/>
        <source>Their review: “%1”</source>
        <translation>Na sua avaliação: «%1»</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="32"/>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="33"/>
        <location filename="../../desktop/ui/models/customers_model.py" line="42"/>
        <source>Regular</source>
        <translation>Habitual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="34"/>
        <source>At risk</source>
        <translation>Em risco</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="35"/>
        <source>Lapsed</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="36"/>
        <source>One-off</source>
        <translation>Pontual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="43"/>
        <source>Gold</source>
        <translation>Ouro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="44"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="48"/>
        <source>vegetarian</source>
        <translation>vegetariano</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="49"/>
        <source>vegan</source>
        <translation>vegano</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="50"/>
        <source>gluten-free</source>
        <translation>sem glúten</translation>
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
        <translation>sem lacticínios</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="54"/>
        <source>big spender</source>
        <translation>gasta muito</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="55"/>
        <source>birthday this month</source>
        <translation>aniversário este mês</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="108"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="111"/>
        <source>Tier</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="113"/>
        <source>Segment</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="117"/>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="119"/>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="121"/>
        <source>Spend</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/customers_model.py" line="124"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="139"/>
        <location filename="../../desktop/ui/pages/customers.py" line="349"/>
        <source>Loading customers</source>
        <translation>A carregar clientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="174"/>
        <location filename="../../desktop/ui/pages/customers.py" line="200"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="176"/>
        <source>Who your regulars are, who is slipping away, and what each one likes.</source>
        <translation>Quem são os clientes habituais, quem se está a afastar e do que gosta cada um.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="187"/>
        <source>No customers yet</source>
        <translation>Ainda sem clientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="188"/>
        <source>Drop your till&apos;s customer list or sales export here (Square, Shopify, Loyverse, Toast, SumUp, Zettle, Lightspeed) or a Mailchimp audience, or use Import.
Orders that name their customer bring the customer with them. Everything stays on this computer.</source>
        <translation>Largue aqui a lista de clientes ou a exportação de vendas da sua caixa (Square, Shopify, Loyverse, Toast, SumUp, Zettle, Lightspeed) ou uma audiência do Mailchimp, ou use Importar.
As encomendas que indicam o cliente trazem-no consigo. Tudo fica neste computador.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="201"/>
        <source>Regulars</source>
        <translation>Habituais</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="202"/>
        <source>At risk</source>
        <translation>Em risco</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="203"/>
        <source>Lapsed</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="204"/>
        <source>Tier moves</source>
        <translation>Mudanças de nível</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="212"/>
        <source>Search name, e-mail or phone</source>
        <translation>Procurar nome, e-mail ou telefone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="216"/>
        <source>All segments</source>
        <translation>Todos os grupos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="221"/>
        <location filename="../../desktop/ui/pages/customers.py" line="358"/>
        <source>All tiers</source>
        <translation>Todos os níveis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="224"/>
        <location filename="../../desktop/ui/pages/customers.py" line="371"/>
        <source>All locations</source>
        <translation>Todos os locais</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="230"/>
        <source>Tiers…</source>
        <translation>Níveis…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="232"/>
        <source>Menu…</source>
        <translation>Menu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="294"/>
        <source>No customers match these filters.</source>
        <translation>Nenhum cliente corresponde a estes filtros.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="323"/>
        <source>Loading your customers…</source>
        <translation>A carregar os seus clientes…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="351"/>
        <source>Your customers could not be loaded.</source>
        <translation>Não foi possível carregar os seus clientes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="361"/>
        <source>No tier</source>
        <translation>Sem nível</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="393"/>
        <source>as of %1</source>
        <translation>em %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="394"/>
        <source>%1 of them with visits; judged as of the latest order.</source>
        <translation>%1 com visitas; avaliados à data da última encomenda.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="396"/>
        <source>in their rhythm</source>
        <translation>no seu ritmo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="398"/>
        <source>slower than usual</source>
        <translation>menos do que o costume</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="399"/>
        <source>well past their rhythm</source>
        <translation>muito além do seu ritmo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="400"/>
        <source>this month</source>
        <translation>este mês</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="412"/>
        <source>%1 shown</source>
        <translation>%1 apresentados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="434"/>
        <location filename="../../desktop/ui/pages/customers.py" line="446"/>
        <source>Loading the customer</source>
        <translation>A carregar o cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="479"/>
        <source>Saving the customer</source>
        <translation>A guardar o cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="493"/>
        <source>Recording consent</source>
        <translation>A registar o consentimento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="499"/>
        <source>Export this customer&apos;s data to</source>
        <translation>Exportar os dados deste cliente para</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="506"/>
        <source>Exported %1 files to %2</source>
        <translation>%1 ficheiros exportados para %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="509"/>
        <source>Exporting</source>
        <translation>A exportar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="513"/>
        <source>Erase this customer?</source>
        <translation>Apagar este cliente?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="514"/>
        <source>Erase %1 and everything about them: contact details, notes, diet and allergies, consent, and which reviews they wrote. Their orders stay as anonymous sales. This cannot be undone; the erasure is logged without any personal data.</source>
        <translation>Apagar %1 e tudo o que lhe diz respeito: contactos, notas, dieta e alergias, consentimentos e as avaliações que escreveu. As encomendas ficam como vendas anónimas. Não é possível anular; o apagamento fica registado sem quaisquer dados pessoais.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="526"/>
        <source>The customer was erased.</source>
        <translation>O cliente foi apagado.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="528"/>
        <source>Erasing</source>
        <translation>A apagar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/customers.py" line="533"/>
        <location filename="../../desktop/ui/pages/customers.py" line="537"/>
        <source>Saving</source>
        <translation>A guardar</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../desktop/ui/widgets/drop_zone.py" line="48"/>
        <source>Choose files…</source>
        <translation>Escolher ficheiros…</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="71"/>
        <source>Choose a passphrase of at least %1 characters.</source>
        <translation>Escolha uma frase-passe com pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="75"/>
        <source>The two passphrases are not the same.</source>
        <translation>As duas frases-passe não são iguais.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="80"/>
        <source>Encrypting your data</source>
        <translation>A encriptar os seus dados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="85"/>
        <source>Store your data unencrypted?</source>
        <translation>Guardar os seus dados sem encriptação?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="86"/>
        <source>Anyone who can open this computer&apos;s files will be able to read your reviews and customers. Continue?</source>
        <translation>Qualquer pessoa que consiga abrir os ficheiros deste computador poderá ler as suas avaliações e os seus clientes. Continuar?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="91"/>
        <source>Removing the encryption</source>
        <translation>A remover a encriptação</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="96"/>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="178"/>
        <source>Encryption</source>
        <translation>Encriptação</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="112"/>
        <source>New passphrase</source>
        <translation>Nova frase-passe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="113"/>
        <source>The same again</source>
        <translation>A mesma outra vez</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="115"/>
        <source>Write the passphrase down somewhere safe. Without it nobody can open your data, not even Regulars. Your backups are encrypted with it too.</source>
        <translation>Anote a frase-passe num local seguro. Sem ela ninguém consegue abrir os seus dados, nem mesmo o Regulars. As suas cópias de segurança também são encriptadas com ela.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="125"/>
        <source>Remove the encryption…</source>
        <translation>Remover a encriptação…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="133"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="141"/>
        <source>Your data is encrypted</source>
        <translation>Os seus dados estão encriptados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="142"/>
        <source>Regulars asks for the passphrase each time it opens. You can choose a new one here.</source>
        <translation>O Regulars pede a frase-passe sempre que abre. Pode escolher uma nova aqui.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="144"/>
        <source>Change the passphrase</source>
        <translation>Mudar a frase-passe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="146"/>
        <source>Your data is not encrypted</source>
        <translation>Os seus dados não estão encriptados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="147"/>
        <source>Anyone who can open this computer&apos;s files can read your reviews and customers. Encrypt them with a passphrase that only you know.</source>
        <translation>Qualquer pessoa que consiga abrir os ficheiros deste computador pode ler as suas avaliações e os seus clientes. Encripte-os com uma frase-passe que mais ninguém conheça.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="149"/>
        <source>Encrypt</source>
        <translation>Encriptar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="156"/>
        <source>This window is read-only: change the encryption in the window that has your data open.</source>
        <translation>Esta janela é só de leitura: altere a encriptação na janela que tem os seus dados abertos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="160"/>
        <source>Working… this rewrites the whole file and can take a minute.</source>
        <translation>A trabalhar… o ficheiro inteiro é reescrito e pode demorar um minuto.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="170"/>
        <source>Done: your data and its backups are encrypted.</source>
        <translation>Concluído: os seus dados e as respetivas cópias estão encriptados.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="171"/>
        <source>Done: your data and its backups are stored unencrypted.</source>
        <translation>Concluído: os seus dados e as respetivas cópias são guardados sem encriptação.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="77"/>
        <source>Something needs your attention</source>
        <translation>Algo precisa da sua atenção</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="86"/>
        <source>Sorry, something went wrong on our side. Your data has not been changed.

The details were written to:
{path}</source>
        <translation>Lamentamos, algo correu mal do nosso lado. Os seus dados não foram alterados.

Os detalhes foram escritos em:
{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="91"/>
        <source>Sorry, something went wrong</source>
        <translation>Lamentamos, algo correu mal</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="71"/>
        <source>All sources</source>
        <translation>Todas as fontes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="72"/>
        <source>All languages</source>
        <translation>Todos os idiomas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="106"/>
        <source>Search reviews, authors…</source>
        <translation>Pesquisar avaliações, autores…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="117"/>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="118"/>
        <source>Any</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="123"/>
        <source>All time</source>
        <translation>Todo o período</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="123"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="124"/>
        <source>Last 90 days</source>
        <translation>Últimos 90 dias</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="124"/>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="125"/>
        <source>Custom dates…</source>
        <translation>Escolher datas…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="138"/>
        <source>Stars</source>
        <translation>Estrelas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="140"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/filter_bar.py" line="145"/>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../desktop/ui/help.py" line="21"/>
        <location filename="../../desktop/ui/help.py" line="29"/>
        <source>Regulars guide</source>
        <translation>Guia do Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="37"/>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="37"/>
        <source>Your week at a glance: the rating and how it moved, new reviews, who is waiting for a reply, rating drops, suspicious reviews, regulars at risk, birthdays and your last campaign. Open a card to see more.</source>
        <translation>A sua semana num relance: a classificação e como mudou, as avaliações novas, quem espera resposta, as descidas de classificação, as avaliações suspeitas, os clientes habituais em risco, os aniversários e a sua última campanha. Abra um cartão para ver mais.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="40"/>
        <source>Reviews</source>
        <translation>Avaliações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="40"/>
        <source>Every review you imported, with filters by platform, stars, language and words, and the rating over time.</source>
        <translation>Todas as avaliações que importou, com filtros por plataforma, estrelas, língua e palavras, e a classificação ao longo do tempo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="42"/>
        <source>Insights</source>
        <translation>Análises</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="42"/>
        <source>Why the rating changed: each drop with its causes in plain words, the reviews behind them, and bursts of suspicious reviews.</source>
        <translation>Porque mudou a classificação: cada descida com as suas causas em palavras simples, as avaliações que a mostram e as rajadas de avaliações suspeitas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="44"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="44"/>
        <source>Your customers from every till and mailing list: tiers, who is a regular, who is at risk or lapsed, birthdays and what they usually order.</source>
        <translation>Os seus clientes de cada caixa e lista de contactos: níveis, quem é habitual, quem está em risco ou perdido, aniversários e o que costumam pedir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="47"/>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="47"/>
        <source>Personal notes to customers who agreed to hear from you, what they did afterwards, and the reviews waiting for a reply, most urgent first.</source>
        <translation>Mensagens pessoais aos clientes que aceitaram receber notícias suas, o que fizeram depois, e as avaliações à espera de resposta, as mais urgentes primeiro.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="50"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="50"/>
        <source>Bring in review, customer and order exports, see every import and undo one.</source>
        <translation>Traga exportações de avaliações, clientes e pedidos, veja cada importação e anule uma.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="60"/>
        <source>Regulars never connects to the internet: files are read here and nothing is uploaded. A backup is made every day you open it and before every import (File &gt; Backups).</source>
        <translation>O Regulars nunca se liga à internet: os ficheiros são lidos aqui e nada é enviado. É feita uma cópia de segurança em cada dia em que o abre e antes de cada importação (Ficheiro &gt; Cópias de segurança).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="66"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="66"/>
        <source>Move between the cards, lists and buttons</source>
        <translation>Passar entre os cartões, as listas e os botões</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="67"/>
        <source>Enter, Space</source>
        <translation>Enter, Espaço</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="67"/>
        <source>Open the card or press the button that has the focus</source>
        <translation>Abrir o cartão ou premir o botão que tem o foco</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="31"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="32"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="33"/>
        <source>Rating</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="34"/>
        <source>Review text</source>
        <translation>Texto da avaliação</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="35"/>
        <source>Reviewer</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="36"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="37"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="38"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="39"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="40"/>
        <source>Your reply</source>
        <translation>A sua resposta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="41"/>
        <source>Reply date</source>
        <translation>Data da resposta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="42"/>
        <source>Location</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="43"/>
        <source>Recommends</source>
        <translation>Recomenda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="44"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="45"/>
        <source>First name</source>
        <translation>Nome próprio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="46"/>
        <source>Last name</source>
        <translation>Apelido</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="47"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="48"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="49"/>
        <source>Birthday</source>
        <translation>Aniversário</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="50"/>
        <source>E-mail consent</source>
        <translation>Aceita e-mails</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="51"/>
        <source>SMS consent</source>
        <translation>Aceita SMS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="52"/>
        <source>Order number</source>
        <translation>N.º da encomenda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="53"/>
        <source>Order date</source>
        <translation>Data da encomenda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="54"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="55"/>
        <source>Item</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="56"/>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="57"/>
        <source>Unit price</source>
        <translation>Preço unitário</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="58"/>
        <source>Line total</source>
        <translation>Total da linha</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="59"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="60"/>
        <source>Customer ID</source>
        <translation>ID do cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="61"/>
        <source>Customer name</source>
        <translation>Nome do cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="62"/>
        <source>Customer e-mail</source>
        <translation>E-mail do cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="63"/>
        <source>Customer phone</source>
        <translation>Telefone do cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="64"/>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="65"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="66"/>
        <source>Staff</source>
        <translation>Funcionário</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="67"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="68"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="69"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="86"/>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="28"/>
        <source>row {row}: {detail}</source>
        <translation>linha {row}: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="29"/>
        <source>item {row}: {detail}</source>
        <translation>elemento {row}: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="30"/>
        <source>line {row}: {detail}</source>
        <translation>linha {row}: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="31"/>
        <source>{file}: {detail}</source>
        <translation>{file}: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="32"/>
        <source>{column} &apos;{value}&apos; is not a number</source>
        <translation>{column} «{value}» não é um número</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="33"/>
        <source>{column} &apos;{value}&apos; is not yes/no</source>
        <translation>{column} «{value}» não é sim/não</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="34"/>
        <source>{column} &apos;{value}&apos; is not a rating out of 5, 10 or 100</source>
        <translation>{column} «{value}» não é uma classificação em 5, 10 ou 100</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="36"/>
        <source>{column} &apos;{value}&apos; is not a number 1-{scale}</source>
        <translation>{column} «{value}» não é um número de 1 a {scale}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="37"/>
        <source>{column} &apos;{value}&apos; is not an e-mail address</source>
        <translation>{column} «{value}» não é um endereço de e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="38"/>
        <source>{column} &apos;{value}&apos; is not a phone number</source>
        <translation>{column} «{value}» não é um número de telefone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="39"/>
        <source>{column} &apos;{value}&apos; was shortened by Excel (scientific notation); re-export the file as text</source>
        <translation>{column} «{value}» foi encurtado pelo Excel (notação científica); exporte novamente o ficheiro como texto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="42"/>
        <source>{column} &apos;{value}&apos; is not a date</source>
        <translation>{column} «{value}» não é uma data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="43"/>
        <source>{column} is empty</source>
        <translation>{column} está vazio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="44"/>
        <source>birthday {day}/{month}/{year} is not a date</source>
        <translation>o aniversário {day}/{month}/{year} não é uma data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="45"/>
        <source>has no name, e-mail, phone or customer id</source>
        <translation>não tem nome, e-mail, telefone nem id de cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="46"/>
        <source>has no rating and no review text</source>
        <translation>não tem classificação nem texto de avaliação</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="47"/>
        <source>is not valid JSON</source>
        <translation>não é JSON válido</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="48"/>
        <source>is not a review object</source>
        <translation>não é uma avaliação</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="49"/>
        <source>unexpected review shape ({kind})</source>
        <translation>formato de avaliação inesperado ({kind})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="50"/>
        <source>The file has column names but no data rows.</source>
        <translation>O ficheiro tem nomes de colunas, mas nenhuma linha de dados.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="51"/>
        <source>Some rows have a different number of columns than the header; values may be in the wrong columns. Check the file in a spreadsheet.</source>
        <translation>Algumas linhas têm um número de colunas diferente do cabeçalho; alguns valores podem estar nas colunas erradas. Verifique o ficheiro numa folha de cálculo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="54"/>
        <source>{count} more rows were rejected and are not listed.</source>
        <translation>Foram rejeitadas mais {count} linhas, que não são listadas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="55"/>
        <source>Read the worksheet &apos;{sheet}&apos; (the first sheet had no recognisable table).</source>
        <translation>Foi lida a folha «{sheet}» (a primeira folha não tinha uma tabela reconhecível).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="57"/>
        <source>Ratings in column &apos;{column}&apos; go up to {max}; they were read as a 10-point scale and converted to 1-5 stars.</source>
        <translation>As classificações da coluna «{column}» vão até {max}; foram lidas numa escala de 10 e convertidas em 1 a 5 estrelas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="60"/>
        <source>{count} cancelled or void rows were left out.</source>
        <translation>Foram excluídas {count} linhas canceladas ou anuladas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="61"/>
        <source>{count} rows that are not sales (payouts, floats, transfers...) were left out.</source>
        <translation>Foram excluídas {count} linhas que não são vendas (pagamentos, fundos de caixa, transferências...).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="63"/>
        <source>{count} customer e-mails, phones or ids on orders were unusable and left empty; the orders were kept.</source>
        <translation>{count} e-mails, telefones ou ids de cliente nas encomendas eram inutilizáveis e ficaram vazios; as encomendas foram mantidas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="66"/>
        <source>Dates in column &apos;{column}&apos; could be read either way (for example &apos;{example}&apos;); they were read as {order} {why}. If that is wrong, re-import choosing the other date order.</source>
        <translation>As datas da coluna «{column}» podem ser lidas de duas formas (por exemplo «{example}»); foram lidas como {order} {why}. Se estiver errado, importe novamente escolhendo a outra ordem.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="69"/>
        <source>day/month</source>
        <translation>dia/mês</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="70"/>
        <source>month/day (US style)</source>
        <translation>mês/dia (estilo EUA)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="71"/>
        <source>as {profile} usually writes them</source>
        <translation>como {profile} costuma escrevê-las</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="72"/>
        <source>because the column names are in {language}</source>
        <translation>porque os nomes das colunas estão em {language}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="73"/>
        <source>because dotted dates are European style</source>
        <translation>porque as datas com pontos são de estilo europeu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="74"/>
        <source>as in US exports</source>
        <translation>como nas exportações dos EUA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="75"/>
        <source>the file does not exist</source>
        <translation>o ficheiro não existe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="76"/>
        <source>this is not a regular file (a pipe or a device); save the export as a file</source>
        <translation>não é um ficheiro normal (um pipe ou um dispositivo); guarde a exportação como ficheiro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="78"/>
        <source>cannot open the file ({reason})</source>
        <translation>não é possível abrir o ficheiro ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="79"/>
        <source>the file is empty</source>
        <translation>o ficheiro está vazio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="80"/>
        <source>this is not a text table (it contains binary data)</source>
        <translation>não é uma tabela de texto (contém dados binários)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="81"/>
        <source>this is an old Excel .xls file; open it in Excel and save it as .xlsx or CSV</source>
        <translation>é um ficheiro antigo do Excel .xls; abra-o no Excel e guarde-o como .xlsx ou CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="83"/>
        <source>unknown text encoding</source>
        <translation>codificação de texto desconhecida</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="84"/>
        <source>this is a web page or XML file, not a table; open it in Excel and save it as .xlsx or CSV</source>
        <translation>é uma página web ou um ficheiro XML, não uma tabela; abra-o no Excel e guarde-o como .xlsx ou CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="87"/>
        <source>a row has {columns} columns; this is not a table of reviews, customers or orders</source>
        <translation>uma linha tem {columns} colunas; não é uma tabela de avaliações, clientes ou encomendas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="89"/>
        <source>the file could not be read as a table ({reason})</source>
        <translation>não foi possível ler o ficheiro como tabela ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="90"/>
        <source>line {line} is longer than {megabytes} MB (a file without line breaks, or not a table)</source>
        <translation>a linha {line} tem mais de {megabytes} MB (um ficheiro sem quebras de linha, ou não é uma tabela)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="93"/>
        <source>no table with column names was found</source>
        <translation>não foi encontrada nenhuma tabela com nomes de colunas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="94"/>
        <source>the file is too large to read into memory</source>
        <translation>o ficheiro é demasiado grande para ser lido em memória</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="95"/>
        <source>the file is nested too deeply to read</source>
        <translation>o ficheiro está aninhado a demasiada profundidade para ser lido</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="96"/>
        <source>the file could not be read ({reason})</source>
        <translation>não foi possível ler o ficheiro ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="97"/>
        <source>the folder contains no CSV, Excel or JSON files</source>
        <translation>a pasta não contém ficheiros CSV, Excel ou JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="98"/>
        <source>this folder holds more than {files} data files or {limit} files in all; choose the export&apos;s own folder</source>
        <translation>esta pasta tem mais de {files} ficheiros de dados ou {limit} ficheiros no total; escolha a pasta da própria exportação</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="101"/>
        <source>none of the {count} files inside could be read (first: {first})</source>
        <translation>não foi possível ler nenhum dos {count} ficheiros que contém (o primeiro: {first})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="103"/>
        <source>reading Excel files needs openpyxl</source>
        <translation>para ler ficheiros do Excel é necessário o openpyxl</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="104"/>
        <source>the Excel file is damaged or not a workbook ({reason})</source>
        <translation>o ficheiro do Excel está danificado ou não é um livro ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="106"/>
        <source>the Excel file is damaged ({reason})</source>
        <translation>o ficheiro do Excel está danificado ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="107"/>
        <source>the workbook&apos;s first sheet is empty</source>
        <translation>a primeira folha do livro está vazia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="108"/>
        <source>the sheet is empty</source>
        <translation>a folha está vazia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="109"/>
        <source>the workbook has no sheets</source>
        <translation>o livro não tem folhas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="110"/>
        <source>the ZIP archive contains no CSV, Excel or JSON files</source>
        <translation>o arquivo ZIP não contém ficheiros CSV, Excel ou JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="111"/>
        <source>this ZIP is not an Excel workbook (.xlsx)</source>
        <translation>este ZIP não é um livro do Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="112"/>
        <source>the ZIP archive is damaged or incomplete ({reason})</source>
        <translation>o arquivo ZIP está danificado ou incompleto ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="113"/>
        <source>the ZIP holds {files} data files; Regulars reads at most {limit} from one archive</source>
        <translation>o ZIP tem {files} ficheiros de dados; o Regulars lê no máximo {limit} de um arquivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="116"/>
        <source>the files in this ZIP add up to more than {gigabytes} GB unpacked; unpack it and import the files</source>
        <translation>os ficheiros deste ZIP ocupam mais de {gigabytes} GB descomprimidos; descomprima-o e importe os ficheiros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="119"/>
        <source>cannot unpack this file from the ZIP ({reason})</source>
        <translation>não é possível extrair este ficheiro do ZIP ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="120"/>
        <source>this file in the ZIP is too large to import</source>
        <translation>este ficheiro do ZIP é demasiado grande para ser importado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="121"/>
        <source>this file would unpack {times} times larger than it is stored: a ZIP bomb, not an export</source>
        <translation>este ficheiro ficaria {times} vezes maior descomprimido: uma bomba ZIP, não uma exportação</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="124"/>
        <source>&apos;{format}&apos; is a JSON format but this file is a table</source>
        <translation>«{format}» é um formato JSON, mas este ficheiro é uma tabela</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="126"/>
        <source>no recognisable columns; columns found: {columns}</source>
        <translation>nenhuma coluna reconhecível; colunas encontradas: {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="127"/>
        <source>no recognisable {kind} columns; columns found: {columns}</source>
        <translation>nenhuma coluna reconhecível de {kind}; colunas encontradas: {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="129"/>
        <source>no recognisable {kind} columns (it looks like a {description} file); columns found: {columns}</source>
        <translation>nenhuma coluna reconhecível de {kind} (parece um ficheiro de {description}); colunas encontradas: {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="132"/>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="133"/>
        <source>unknown format &apos;{format}&apos; (see the list of formats)</source>
        <translation>formato desconhecido «{format}» (veja a lista de formatos)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="134"/>
        <source>the format &apos;{format}&apos; holds {holds}, not {kind}</source>
        <translation>o formato «{format}» contém {holds}, não {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="135"/>
        <source>this is not a {description} file: missing column(s) {columns}</source>
        <translation>não é um ficheiro de {description}: falta(m) a(s) coluna(s) {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="137"/>
        <source>this is a {description} file, which holds {holds}, not {kind}</source>
        <translation>é um ficheiro de {description}, que contém {holds}, não {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="139"/>
        <source>JSON files hold reviews only; no {kind} found</source>
        <translation>os ficheiros JSON só contêm avaliações; não foram encontrados {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="140"/>
        <source>this is not valid JSON (line {line}: {reason})</source>
        <translation>não é um JSON válido (linha {line}: {reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="141"/>
        <source>these are reviews you wrote yourself on Google Maps (Takeout &apos;Maps (your places)&apos;); export &apos;Google Business Profile&apos; to get your café&apos;s reviews</source>
        <translation>são avaliações que escreveu no Google Maps (Takeout «Maps (os seus sítios)»); exporte «Perfil da Empresa no Google» para obter as avaliações do seu café</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="144"/>
        <source>this JSON is {found}, not {format}</source>
        <translation>este JSON é {found}, não {format}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="145"/>
        <source>the JSON file contains no reviews</source>
        <translation>o ficheiro JSON não contém avaliações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="146"/>
        <source>no reviews in a known format were found in this JSON file</source>
        <translation>não foram encontradas avaliações num formato conhecido neste ficheiro JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="148"/>
        <source>reviews</source>
        <translation>avaliações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="149"/>
        <source>customers</source>
        <translation>clientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="150"/>
        <source>orders</source>
        <translation>encomendas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="151"/>
        <source>Skipped {detail}</source>
        <translation>Ignorado: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="152"/>
        <source>... and {count} more like these</source>
        <translation>… e mais {count} como estas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="153"/>
        <source>There is no import batch {batch}.</source>
        <translation>Não existe a importação {batch}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages_text.py" line="154"/>
        <source>Import batch {batch} ({file}) was already undone.</source>
        <translation>A importação {batch} ({file}) já foi anulada.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="68"/>
        <source>Loading import history</source>
        <translation>A carregar o histórico de importações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="77"/>
        <source>Undoing import</source>
        <translation>A anular a importação</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="82"/>
        <source>Undo import?</source>
        <translation>Anular a importação?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="83"/>
        <source>Remove the %1 rows that “%2” added on %3?

Rows that were already there stay.</source>
        <translation>Remover as %1 linhas que «%2» adicionou a %3?

As linhas que já existiam ficam.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="94"/>
        <source>Undoing merge</source>
        <translation>A anular a fusão</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="99"/>
        <source>Undo merge?</source>
        <translation>Anular a fusão?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="100"/>
        <source>Split “%1” back into two customers?

The %2 record becomes a customer of its own again, and the values it changed go back to what they were.</source>
        <translation>Separar «%1» novamente em dois clientes?

O registo de %2 volta a ser um cliente à parte e os valores que alterou voltam ao que eram.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="102"/>
        <source>this customer</source>
        <translation>este cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="120"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="124"/>
        <source>Drop files here to import them</source>
        <translation>Largue aqui os ficheiros para os importar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="125"/>
        <source>Google and Tripadvisor review exports, your till&apos;s customer and order exports, or any spreadsheet (CSV, Excel, JSON). Importing the same file twice changes nothing.</source>
        <translation>Exportações de avaliações do Google e do Tripadvisor, exportações de clientes e encomendas da sua caixa ou qualquer folha de cálculo (CSV, Excel, JSON). Importar o mesmo ficheiro duas vezes não altera nada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="136"/>
        <source>Import history</source>
        <translation>Histórico de importações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="137"/>
        <location filename="../../desktop/ui/pages/import_page.py" line="234"/>
        <source>Customer merges</source>
        <translation>Clientes fundidos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="160"/>
        <source>Nothing imported yet. Files you import will be listed here, and each import can be undone.</source>
        <translation>Ainda nada foi importado. Os ficheiros importados aparecem aqui e cada importação pode ser anulada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="172"/>
        <source>When a customer in one file has the same e-mail or phone as a customer from another system, Regulars keeps one customer. Undo a merge if they are really two people.</source>
        <translation>Quando um cliente de um ficheiro tem o mesmo e-mail ou telefone que um cliente de outro sistema, o Regulars mantém um só cliente. Anule a fusão se forem mesmo duas pessoas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="186"/>
        <source>No customers have been merged. Merges happen when you import customer lists from more than one system.</source>
        <translation>Nenhum cliente foi fundido. As fusões acontecem quando importa listas de clientes de mais do que um sistema.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="233"/>
        <source>Customer merges (%1)</source>
        <translation>Clientes fundidos (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="243"/>
        <location filename="../../desktop/ui/pages/import_page.py" line="257"/>
        <source>Undo</source>
        <translation>Anular</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="246"/>
        <source>Make these two customers again</source>
        <translation>Voltar a separar os dois clientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="247"/>
        <location filename="../../desktop/ui/pages/import_page.py" line="261"/>
        <source>Already undone</source>
        <translation>Já anulada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/import_page.py" line="260"/>
        <source>Remove what this import added</source>
        <translation>Remover o que esta importação adicionou</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="73"/>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="74"/>
        <source>Already there</source>
        <translation>Já existentes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="75"/>
        <source>Joins a customer</source>
        <translation>Junta-se a um cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="76"/>
        <source>Updates the stored one</source>
        <translation>Atualiza a guardada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="77"/>
        <source>Not imported</source>
        <translation>Não importado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="206"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="206"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="288"/>
        <source>What happens</source>
        <translation>O que acontece</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="149"/>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="258"/>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="297"/>
        <source>Import preview</source>
        <translation>Pré-visualização da importação</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="160"/>
        <source>Nothing has been imported yet. Check what Regulars found, fix the columns if needed, then import.</source>
        <translation>Ainda nada foi importado. Verifique o que o Regulars encontrou, corrija as colunas se necessário e depois importe.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="187"/>
        <source>Don&apos;t ask again for recognised formats</source>
        <translation>Não perguntar de novo para formatos reconhecidos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="188"/>
        <source>Import files Regulars recognises for certain straight away, unless rows are rejected or a question needs your answer.</source>
        <translation>Importar logo os ficheiros que o Regulars reconhece com certeza, exceto se houver linhas rejeitadas ou uma pergunta por responder.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="200"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="202"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="212"/>
        <source>Reviews</source>
        <translation>Avaliações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="212"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="213"/>
        <source>Orders</source>
        <translation>Encomendas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="216"/>
        <source>reviews</source>
        <translation>avaliações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="216"/>
        <source>customers</source>
        <translation>clientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="217"/>
        <source>orders</source>
        <translation>encomendas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="238"/>
        <source>Reading “%1”…</source>
        <translation>A ler «%1»…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="292"/>
        <source>Regulars cannot read “%1”:
%2</source>
        <translation>O Regulars não consegue ler «%1»:
%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="295"/>
        <source>Something went wrong while reading this file.</source>
        <translation>Algo correu mal ao ler este ficheiro.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="315"/>
        <source>Not a format Regulars knows. Tell it which column holds what; nothing is imported until you do.</source>
        <translation>O Regulars não conhece este formato. Indique o que contém cada coluna; nada é importado até o fazer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="319"/>
        <source>Choose, for at least one column, what it holds.</source>
        <translation>Escolha o que contém pelo menos uma coluna.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="336"/>
        <source>A spreadsheet read by its column names</source>
        <translation>Folha de cálculo lida pelos nomes das colunas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="337"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="351"/>
        <source>%1: %2 new, %3 already there</source>
        <translation>%1: %2 novas, %3 já existentes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="369"/>
        <source>mapped by you</source>
        <translation>associado por si</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="371"/>
        <source>recognised for certain</source>
        <translation>reconhecido com certeza</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="372"/>
        <source>a good guess (%1% sure) — check the columns</source>
        <translation>boa estimativa (%1% de certeza) — verifique as colunas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="389"/>
        <source>Import %Ln row(s)</source>
        <translation>
            <numerusform>Importar %Ln linha</numerusform>
            <numerusform>Importar %Ln linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="390"/>
        <source>Skip the %Ln rejected row(s)</source>
        <translation>
            <numerusform>Ignorar a linha rejeitada</numerusform>
            <numerusform>Ignorar as %Ln linhas rejeitadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="397"/>
        <source>Reading…</source>
        <translation>A ler…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="399"/>
        <source>Answer the question about dates in “%1” first.</source>
        <translation>Responda primeiro à pergunta sobre as datas em «%1».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="402"/>
        <source>Answer the question about dates first.</source>
        <translation>Responda primeiro à pergunta sobre as datas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="404"/>
        <source>Without skipping, importing is all or nothing: fix the rejected rows in the file, or tick “Skip”.</source>
        <translation>Sem ignorar, a importação é tudo ou nada: corrija as linhas rejeitadas no ficheiro ou assinale «Ignorar».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="407"/>
        <source>There is nothing Regulars can import from here yet.</source>
        <translation>Ainda não há aqui nada que o Regulars possa importar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="409"/>
        <source>Everything in here is already in Regulars.</source>
        <translation>Tudo isto já está no Regulars.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="412"/>
        <source>“%1” is left out: it cannot be read, or its columns are not chosen yet.</source>
        <translation>«%1» fica de fora: não pode ser lido ou as colunas ainda não foram escolhidas.</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="44"/>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="63"/>
        <source>reviews</source>
        <translation>avaliações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="63"/>
        <source>customers</source>
        <translation>clientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="64"/>
        <source>orders</source>
        <translation>encomendas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="69"/>
        <source>Row %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="72"/>
        <source>…and %1 more</source>
        <translation>…e mais %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="86"/>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="86"/>
        <source>Added</source>
        <translation>Adicionadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="87"/>
        <source>Already there</source>
        <translation>Já existentes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="87"/>
        <source>Updated</source>
        <translation>Atualizadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="88"/>
        <source>Skipped</source>
        <translation>Ignoradas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="94"/>
        <source>These files could not be imported:</source>
        <translation>Não foi possível importar estes ficheiros:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="100"/>
        <source>There was nothing to import.</source>
        <translation>Não havia nada para importar.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="116"/>
        <source>Nothing was imported</source>
        <translation>Nada foi importado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="118"/>
        <source>Everything in these files was already in Regulars</source>
        <translation>Tudo nestes ficheiros já estava no Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="119"/>
        <source>Imported %1</source>
        <translation>Importado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_summary.py" line="122"/>
        <source>Import finished</source>
        <translation>Importação concluída</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="28"/>
        <source>%Ln new review(s)</source>
        <translation>
            <numerusform>%Ln avaliação nova</numerusform>
            <numerusform>%Ln avaliações novas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="30"/>
        <source>%Ln new customer(s)</source>
        <translation>
            <numerusform>%Ln cliente novo</numerusform>
            <numerusform>%Ln clientes novos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="32"/>
        <source>%Ln new order(s)</source>
        <translation>
            <numerusform>%Ln encomenda nova</numerusform>
            <numerusform>%Ln encomendas novas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="33"/>
        <source>%Ln new row(s)</source>
        <translation>
            <numerusform>%Ln linha nova</numerusform>
            <numerusform>%Ln linhas novas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="100"/>
        <source>Loading the reviews waiting for a reply</source>
        <translation>A carregar as avaliações à espera de resposta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="122"/>
        <source>Marking answered</source>
        <translation>A marcar como respondida</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="135"/>
        <source>No reviews are waiting for a reply. Well done!
New reviews appear here after you import them.</source>
        <translation>Nenhuma avaliação está à espera de resposta. Muito bem!
As avaliações novas aparecem aqui depois de as importar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="141"/>
        <source>No reviews yet</source>
        <translation>Ainda sem avaliações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="142"/>
        <source>Import your review exports on the Import page, or drop them here: the reviews waiting for a reply then appear here, most urgent first, each with a draft reply.</source>
        <translation>Importe as exportações das suas avaliações na página Importar, ou arraste-as para aqui: as avaliações à espera de resposta aparecem então aqui, as mais urgentes primeiro, cada uma com um rascunho de resposta.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="167"/>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="263"/>
        <source>Draft reply (edit it before you post it)</source>
        <translation>Rascunho da resposta (edite-o antes de o publicar)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="173"/>
        <source>Copy reply</source>
        <translation>Copiar resposta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="175"/>
        <source>Mark as answered</source>
        <translation>Marcar como respondida</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="177"/>
        <source>After you pasted the reply on the review site: the review leaves the inbox.</source>
        <translation>Depois de colar a resposta no site da avaliação: a avaliação sai da caixa de entrada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="224"/>
        <source>%1: %2 h</source>
        <translation>%1: %2 h</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="226"/>
        <source>Typical time to reply (median): %1</source>
        <translation>Tempo habitual de resposta (mediana): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="247"/>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="257"/>
        <source>Answer this one yourself. Before you do:</source>
        <translation>A esta responde pessoalmente. Antes disso:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="261"/>
        <source>Holding reply: complete the part in [brackets] before you post it</source>
        <translation>Resposta provisória: complete a parte entre [parênteses retos] antes de a publicar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="283"/>
        <source>Writing the draft reply</source>
        <translation>A escrever o rascunho da resposta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages_inbox.py" line="305"/>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="114"/>
        <location filename="../../desktop/ui/pages/insights.py" line="376"/>
        <source>Looking for rating drops</source>
        <translation>A procurar descidas da classificação</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="146"/>
        <source>Why did the rating change?</source>
        <translation>Porque mudou a classificação?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="146"/>
        <source>Causes</source>
        <translation>Causas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="147"/>
        <source>Reviews</source>
        <translation>Avaliações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="147"/>
        <location filename="../../desktop/ui/pages/insights.py" line="162"/>
        <location filename="../../desktop/ui/pages/insights.py" line="260"/>
        <source>Suspicious reviews</source>
        <translation>Avaliações suspeitas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="147"/>
        <source>Till</source>
        <translation>Caixa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="163"/>
        <source>Evidence saved in %1</source>
        <translation>Provas guardadas em %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="165"/>
        <source>Saving the evidence</source>
        <translation>A guardar as provas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="185"/>
        <source>Insights</source>
        <translation>Análise</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="187"/>
        <source>Why your rating moved, with the reviews that show it.</source>
        <translation>Porque mudou a sua classificação, com as avaliações que o mostram.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="193"/>
        <source>Export report…</source>
        <translation>Exportar relatório…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="202"/>
        <location filename="../../desktop/ui/pages/insights.py" line="338"/>
        <source>All locations</source>
        <translation>Todos os locais</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="203"/>
        <location filename="../../desktop/ui/pages/insights.py" line="339"/>
        <source>All platforms</source>
        <translation>Todas as plataformas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="204"/>
        <location filename="../../desktop/ui/pages/insights.py" line="340"/>
        <source>All languages</source>
        <translation>Todos os idiomas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="206"/>
        <source>All topics</source>
        <translation>Todos os temas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="208"/>
        <source>All time</source>
        <translation>Todo o período</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="208"/>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="208"/>
        <source>Last 6 months</source>
        <translation>Últimos 6 meses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="176"/>
        <source>Average stars</source>
        <translation>Média de estrelas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="176"/>
        <source>Drop</source>
        <translation>Descida</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="176"/>
        <source>Suspicious burst</source>
        <translation>Vaga suspeita</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="231"/>
        <source>No reviews yet</source>
        <translation>Ainda sem avaliações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="232"/>
        <source>Import your review exports on the Import page, or drop them here: Regulars then tells you here when your rating really drops, and why.</source>
        <translation>Importe as exportações das suas avaliações na página Importar, ou arraste-as para aqui: o Regulars diz-lhe então aqui quando a sua classificação desce mesmo, e porquê.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="255"/>
        <source>Drops</source>
        <translation>Descidas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="266"/>
        <source>Export evidence…</source>
        <translation>Exportar provas…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="308"/>
        <source>Looking for rating drops…</source>
        <translation>A procurar descidas da classificação…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="349"/>
        <source>A handful of reviews is not a trend: Regulars names a cause only when the reviews show one.</source>
        <translation>Meia dúzia de avaliações não é uma tendência: o Regulars só aponta uma causa quando as avaliações a mostram.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="388"/>
        <source>Select a cause to read the reviews that show it.</source>
        <translation>Escolha uma causa para ler as avaliações que a mostram.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="395"/>
        <source>Loading reviews</source>
        <translation>A carregar avaliações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="399"/>
        <source>Export report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="400"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="403"/>
        <source>Report saved as %1</source>
        <translation>Relatório guardado como %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="406"/>
        <source>Save the evidence in</source>
        <translation>Guardar as provas em</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="437"/>
        <source>few reviews</source>
        <translation>poucas avaliações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="439"/>
        <source>%1 reviews</source>
        <translation>%1 avaliações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="449"/>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="458"/>
        <source>over %1 %</source>
        <translation>mais de %1 %</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="461"/>
        <source>%1 reviews in the drop, %2 before it; confidence %3</source>
        <translation>%1 avaliações durante a descida, %2 antes; confiança %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="472"/>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/insights.py" line="474"/>
        <source>(stars only)</source>
        <translation>(só estrelas)</translation>
    </message>
</context>
<context>
    <name>LocationsModel</name>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="26"/>
        <source>No location</source>
        <translation>Sem local</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="40"/>
        <source>Location</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="43"/>
        <source>Reviews</source>
        <translation>Avaliações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="45"/>
        <source>Average</source>
        <translation>Média</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="47"/>
        <source>Average stars of all its reviews</source>
        <translation>Estrelas médias de todas as suas avaliações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="48"/>
        <source>Last 90 days</source>
        <translation>Últimos 90 dias</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="50"/>
        <source>90 days before</source>
        <translation>90 dias antes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="52"/>
        <source>Change</source>
        <translation>Variação</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="55"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="57"/>
        <source>Customers who ordered there at least once</source>
        <translation>Clientes que lá encomendaram pelo menos uma vez</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="58"/>
        <source>Open drops</source>
        <translation>Descidas em curso</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="60"/>
        <source>Rating drops still going on: see why on the Insights page</source>
        <translation>Descidas da classificação que continuam: veja porquê na página Análise</translation>
    </message>
</context>
<context>
    <name>LocationsPanel</name>
    <message>
        <location filename="../../desktop/ui/widgets/locations_panel.py" line="39"/>
        <location filename="../../desktop/ui/widgets/locations_panel.py" line="96"/>
        <source>Comparing your locations</source>
        <translation>A comparar os seus locais</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/locations_panel.py" line="48"/>
        <source>Your locations side by side</source>
        <translation>Os seus locais lado a lado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/locations_panel.py" line="83"/>
        <source>The last 90 days (%1 to %2) against the 90 before. Open the Insights page and choose a location to see why its rating moved.</source>
        <translation>Os últimos 90 dias (de %1 a %2) face aos 90 anteriores. Abra a página Análise e escolha um local para ver porque mudou a sua classificação.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="40"/>
        <source>Exports (*.csv *.tsv *.txt *.xlsx *.xls *.json *.zip);;All files (*)</source>
        <translation>Exportações (*.csv *.tsv *.txt *.xlsx *.xls *.json *.zip);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="121"/>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>Não foi possível fazer a cópia de segurança de hoje: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="124"/>
        <source>Backing up</source>
        <translation>A fazer cópia de segurança</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="141"/>
        <source>Updating the analysis of your reviews</source>
        <translation>A atualizar a análise das suas avaliações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="151"/>
        <source>Reading your reviews again with the latest analysis… %1%</source>
        <translation>A reler as suas avaliações com a análise mais recente… %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="98"/>
        <source>This window is read-only: import in the window that has your data open.</source>
        <translation>Esta janela é só de leitura: importe na janela que tem os seus dados abertos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="102"/>
        <location filename="../../desktop/ui/import_flow.py" line="130"/>
        <source>An import is already running; please wait for it.</source>
        <translation>Já está a decorrer uma importação; aguarde que termine.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="116"/>
        <source>Reading %1…</source>
        <translation>A ler %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="134"/>
        <source>Importing %1…</source>
        <translation>A importar %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="136"/>
        <source>Importing %1 files…</source>
        <translation>A importar %1 ficheiros…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="140"/>
        <source>Backing up your data first…</source>
        <translation>Primeiro, cópia de segurança dos seus dados…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="141"/>
        <source>Nothing was imported: Regulars could not back up your data first (%1).</source>
        <translation>Nada foi importado: o Regulars não conseguiu fazer primeiro uma cópia de segurança dos seus dados (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="160"/>
        <location filename="../../desktop/ui/import_flow.py" line="271"/>
        <location filename="../../desktop/ui/menus.py" line="32"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="171"/>
        <source>Opening the demo café in a new window…</source>
        <translation>A abrir o café de demonstração numa nova janela…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="172"/>
        <source>The demo café could not be opened.</source>
        <translation>Não foi possível abrir o café de demonstração.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="183"/>
        <source>This page has no search box.</source>
        <translation>Esta página não tem caixa de pesquisa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="229"/>
        <source>Starting</source>
        <translation>A iniciar</translation>
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
        <translation>%1 (só de leitura)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="340"/>
        <source>Pages</source>
        <translation>Páginas</translation>
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
        <translation>&amp;Importar ficheiros…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="62"/>
        <source>Import review, customer or order exports</source>
        <translation>Importar exportações de avaliações, clientes ou encomendas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="70"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="100"/>
        <source>&amp;Guide</source>
        <translation>&amp;Guia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="101"/>
        <source>What each page is for, where your data lives, keyboard shortcuts</source>
        <translation>Para que serve cada página, onde estão os seus dados, atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="102"/>
        <source>&amp;Welcome…</source>
        <translation>&amp;Boas-vindas…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="103"/>
        <source>The first-run welcome again: the demo café, your files, your café&apos;s details</source>
        <translation>De novo as boas-vindas iniciais: o café de demonstração, os seus ficheiros, os dados do seu espaço</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="104"/>
        <source>&amp;About Regulars</source>
        <translation>&amp;Acerca do Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="80"/>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="63"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Definições…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="64"/>
        <source>Your business, tiers, message limits, backups and the window&apos;s language</source>
        <translation>O seu negócio, níveis, limites de mensagens, cópias de segurança e a língua da janela</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="66"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Cópias de segurança…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="67"/>
        <source>See, make and restore copies of your data</source>
        <translation>Ver, fazer e restaurar cópias dos seus dados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="68"/>
        <source>&amp;Encryption…</source>
        <translation>Encri&amp;ptação…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="69"/>
        <source>Protect your data file with a passphrase</source>
        <translation>Proteger o seu ficheiro de dados com uma frase-passe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="74"/>
        <source>Your data is on a shared server: back it up and protect it on the server (ask whoever runs it)</source>
        <translation>Os seus dados estão num servidor partilhado: faça as cópias e proteja-os no servidor (pergunte a quem o gere)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="87"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="92"/>
        <source>&amp;Search this page</source>
        <translation>&amp;Pesquisar nesta página</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="93"/>
        <source>Type to filter the list on this page</source>
        <translation>Escreva para filtrar a lista desta página</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="94"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="95"/>
        <source>Read this page&apos;s data again</source>
        <translation>Ler de novo os dados desta página</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="99"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="258"/>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="270"/>
        <source>Open in another window: read-only. Importing and changes are off here; close the other window and open Regulars again to make changes.</source>
        <translation>Aberto noutra janela: só de leitura. Importar e fazer alterações está desativado aqui; feche a outra janela e abra de novo o Regulars para fazer alterações.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="311"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="30"/>
        <source>Overview</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="30"/>
        <source>Reviews</source>
        <translation>Avaliações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="31"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="32"/>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="31"/>
        <source>Insights</source>
        <translation>Análise</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="206"/>
        <source>Import files</source>
        <translation>Importar ficheiros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="394"/>
        <source>Settings saved.</source>
        <translation>Definições guardadas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="403"/>
        <source>Backup restored.</source>
        <translation>Cópia de segurança restaurada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="233"/>
        <source>Cancelling…</source>
        <translation>A cancelar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="453"/>
        <source>The analysis of your reviews could not be updated now; Regulars will try again next time.</source>
        <translation>Não foi possível atualizar agora a análise das suas avaliações; o Regulars tentará de novo na próxima vez.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="458"/>
        <source>%Ln review(s) read again with the latest analysis.</source>
        <translation>
            <numerusform>%Ln avaliação relida com a análise mais recente.</numerusform>
            <numerusform>%Ln avaliações relidas com a análise mais recente.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="242"/>
        <source>nothing new</source>
        <translation>nada de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="246"/>
        <source>“%1” could not be imported: %2</source>
        <translation>Não foi possível importar «%1»: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="249"/>
        <source>Import finished: %1</source>
        <translation>Importação concluída: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="260"/>
        <source>Import cancelled. The file being read when you pressed Cancel was not imported.</source>
        <translation>Importação cancelada. O ficheiro que estava a ser lido quando carregou em Cancelar não foi importado.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="267"/>
        <source>Import failed: %1</source>
        <translation>A importação falhou: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="270"/>
        <source>Import failed.</source>
        <translation>A importação falhou.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="462"/>
        <source>About Regulars</source>
        <translation>Acerca do Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="463"/>
        <source>&lt;h3&gt;Regulars&lt;/h3&gt;&lt;p&gt;Understand your reviews and know your regulars.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: your files are read here and nothing is uploaded.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Regulars&lt;/h3&gt;&lt;p&gt;Perceba as suas avaliações e conheça os seus clientes habituais.&lt;/p&gt;&lt;p&gt;Tudo fica neste computador: os seus ficheiros são lidos aqui e nada é enviado.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="98"/>
        <source>Column in your file</source>
        <translation>Coluna no seu ficheiro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="99"/>
        <source>Goes into</source>
        <translation>Vai para</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/preview_models.py" line="100"/>
        <source>Example</source>
        <translation>Exemplo</translation>
    </message>
</context>
<context>
    <name>MenuDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/menu_dialog.py" line="39"/>
        <source>Menu and its tags</source>
        <translation>O menu e as suas etiquetas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/menu_dialog.py" line="53"/>
        <source>Loading the menu</source>
        <translation>A carregar o menu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/menu_dialog.py" line="58"/>
        <source>The items your orders name. Tags are suggested from each name; tick or untick to correct them (your choice, in bold, wins). Offers use these tags to leave out customers whose diet or allergies they do not suit.</source>
        <translation>Os artigos que aparecem nas suas encomendas. As etiquetas são sugeridas pelo nome; marque ou desmarque para as corrigir (prevalece a sua escolha, a negrito). As ofertas usam-nas para excluir clientes cuja dieta ou alergias não combinam.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/menu_dialog.py" line="66"/>
        <source>Search items</source>
        <translation>Procurar artigos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/menu_dialog.py" line="70"/>
        <source>Back to suggested</source>
        <translation>Voltar à sugestão</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/menu_dialog.py" line="95"/>
        <source>No items yet: import an orders file whose lines name what was sold.</source>
        <translation>Ainda sem artigos: importe um ficheiro de encomendas cujas linhas indiquem o que foi vendido.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/menu_dialog.py" line="130"/>
        <source>Saving tags</source>
        <translation>A guardar etiquetas</translation>
    </message>
</context>
<context>
    <name>MenuModel</name>
    <message>
        <location filename="../../desktop/ui/models/menu_model.py" line="27"/>
        <source>Item</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/menu_model.py" line="27"/>
        <source>Ordered</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/menu_model.py" line="72"/>
        <source>Tags chosen by you</source>
        <translation>Etiquetas escolhidas por si</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/menu_model.py" line="73"/>
        <source>Tags suggested from the name</source>
        <translation>Etiquetas sugeridas pelo nome</translation>
    </message>
</context>
<context>
    <name>MergesModel</name>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="36"/>
        <source>Spreadsheet</source>
        <translation>Folha de cálculo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="47"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="52"/>
        <source>Same e-mail</source>
        <translation>Mesmo e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="54"/>
        <source>Same phone</source>
        <translation>Mesmo telefone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="64"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="66"/>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="70"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="80"/>
        <source>Undone %1</source>
        <translation>Anulado a %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="81"/>
        <source>Merged</source>
        <translation>Fundido</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="92"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="94"/>
        <source>Merged in</source>
        <translation>Registo fundido</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="96"/>
        <source>Because</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="98"/>
        <source>What changed</source>
        <translation>Alterações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="100"/>
        <source>Import</source>
        <translation>Importação</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="102"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="104"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="125"/>
        <source>Import %1</source>
        <translation>Importação %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/merges_model.py" line="160"/>
        <source>Undo</source>
        <translation>Anular</translation>
    </message>
</context>
<context>
    <name>MessageModels</name>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="107"/>
        <source>Gets a message</source>
        <translation>Recebe uma mensagem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="108"/>
        <source>Left out</source>
        <translation>Fica de fora</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="122"/>
        <location filename="../../desktop/ui/models/message_models.py" line="177"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="124"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="128"/>
        <source>Sent as</source>
        <translation>Envio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="181"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="130"/>
        <source>Segment</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="132"/>
        <source>Why</source>
        <translation>Porquê</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="136"/>
        <source>Urgency</source>
        <translation>Urgência</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="140"/>
        <source>Rating</source>
        <translation>Estrelas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="142"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="144"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="146"/>
        <source>Posted</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="148"/>
        <source>Why it ranks here</source>
        <translation>Porque está aqui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="156"/>
        <source>%1 of %2 came back (%3%)</source>
        <translation>%1 de %2 voltaram (%3%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="162"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="164"/>
        <location filename="../../desktop/ui/models/message_models.py" line="179"/>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="166"/>
        <source>Contacted</source>
        <translation>Contactados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="168"/>
        <source>Held out</source>
        <translation>Reservados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="170"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="175"/>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/message_models.py" line="183"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
</context>
<context>
    <name>MessageWords</name>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="21"/>
        <source>Win back lapsed regulars</source>
        <translation>Recuperar clientes habituais perdidos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="22"/>
        <source>Thank your regulars</source>
        <translation>Agradecer aos clientes habituais</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="23"/>
        <source>Welcome new customers</source>
        <translation>Dar as boas-vindas a clientes novos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="24"/>
        <source>Birthdays this week</source>
        <translation>Aniversários desta semana</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="25"/>
        <source>Congratulate a tier upgrade</source>
        <translation>Felicitar uma subida de nível</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="26"/>
        <source>Announce a new dish</source>
        <translation>Anunciar um prato novo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="27"/>
        <source>Apologise after a bad review</source>
        <translation>Pedir desculpa após uma má avaliação</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="32"/>
        <source>on the do-not-contact list ({detail})</source>
        <translation>na lista de não contactar ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="33"/>
        <source>no recorded consent for {channel}</source>
        <translation>sem consentimento registado para {channel}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="34"/>
        <source>said no to {channel} messages</source>
        <translation>recusou mensagens por {channel}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="35"/>
        <source>no {channel} address on file</source>
        <translation>sem endereço de {channel} guardado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="36"/>
        <source>diet ({diet}) conflicts with the offer ({tags})</source>
        <translation>a dieta ({diet}) não é compatível com a oferta ({tags})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="37"/>
        <source>allergy ({allergy}) conflicts with the offer ({tags})</source>
        <translation>a alergia ({allergy}) não é compatível com a oferta ({tags})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="38"/>
        <source>has a diet or allergy note Regulars cannot read (“{note}”): check it by hand before offering food</source>
        <translation>tem uma nota de dieta ou alergia que o Regulars não consegue ler («{note}»): verifique-a antes de oferecer comida</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="39"/>
        <source>their review makes a health or safety claim: answer it personally from the Inbox</source>
        <translation>a avaliação fala de saúde ou segurança: responda pessoalmente a partir da caixa de entrada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="40"/>
        <source>already received this message on {date}</source>
        <translation>já recebeu esta mensagem a {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="41"/>
        <source>frequency cap: last message on {date}; at most one every {days} days</source>
        <translation>limite de frequência: última mensagem a {date}; no máximo uma a cada {days} dias</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="42"/>
        <source>no visit after the last {count} messages: contacted at most every {days} days (last on {date})</source>
        <translation>sem visitas depois das últimas {count} mensagens: contactado no máximo a cada {days} dias (a última a {date})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="43"/>
        <source>held out at random to measure whether the campaign works</source>
        <translation>reservado ao acaso para medir se a campanha resulta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="44"/>
        <source>{segment} customer</source>
        <translation>cliente {segment}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="45"/>
        <source>{tier} tier</source>
        <translation>nível {tier}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="46"/>
        <source>moved up from {previous} to {tier}</source>
        <translation>subiu de {previous} para {tier}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="47"/>
        <source>birthday on {date}</source>
        <translation>aniversário a {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="48"/>
        <source>first visit on {date}</source>
        <translation>primeira visita a {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="49"/>
        <source>left a {rating}-star review on {date}</source>
        <translation>deixou uma avaliação de {rating} estrelas a {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="50"/>
        <source>visited in the last {days} days</source>
        <translation>veio nos últimos {days} dias</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="51"/>
        <source>health or safety claim: {flag}</source>
        <translation>problema de saúde ou segurança: {flag}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="52"/>
        <source>{rating}-star review</source>
        <translation>avaliação de {rating} estrelas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="53"/>
        <source>written by a known customer ({visits} visits)</source>
        <translation>escrita por um cliente conhecido ({visits} visitas)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="54"/>
        <source>written by a {tier} customer</source>
        <translation>escrita por um cliente {tier}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="55"/>
        <source>a regular who is {segment}: a good reply may bring them back</source>
        <translation>um cliente habitual {segment}: uma boa resposta pode fazê-lo voltar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="56"/>
        <source>influential reviewer ({detail})</source>
        <translation>avaliador influente ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="57"/>
        <source>posted {days} days ago</source>
        <translation>publicada há {days} dias</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="58"/>
        <source>posted today</source>
        <translation>publicada hoje</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="59"/>
        <source>waiting {days} days for a reply</source>
        <translation>à espera de resposta há {days} dias</translation>
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
        <translation>perdido</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="67"/>
        <source>at-risk</source>
        <translation>em risco</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="68"/>
        <source>regular</source>
        <translation>habitual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="69"/>
        <source>new</source>
        <translation>novo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="70"/>
        <source>one-off</source>
        <translation>ocasional</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="71"/>
        <source>food poisoning</source>
        <translation>intoxicação alimentar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="72"/>
        <source>allergic reaction</source>
        <translation>reação alérgica</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="73"/>
        <source>something in the food</source>
        <translation>algo na comida</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="74"/>
        <source>pests</source>
        <translation>pragas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="75"/>
        <source>hygiene</source>
        <translation>higiene</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="76"/>
        <source>legal threat</source>
        <translation>ameaça legal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="77"/>
        <source>discrimination</source>
        <translation>discriminação</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="78"/>
        <source>meat</source>
        <translation>carne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="79"/>
        <source>pork</source>
        <translation>porco</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="80"/>
        <source>fish</source>
        <translation>peixe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="81"/>
        <source>shellfish</source>
        <translation>marisco</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="82"/>
        <source>dairy</source>
        <translation>lacticínios</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="83"/>
        <source>milk</source>
        <translation>leite</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="84"/>
        <source>egg</source>
        <translation>ovo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="85"/>
        <source>gluten</source>
        <translation>glúten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="86"/>
        <source>nuts</source>
        <translation>frutos de casca rija</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="87"/>
        <source>peanuts</source>
        <translation>amendoins</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="88"/>
        <source>soy</source>
        <translation>soja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="89"/>
        <source>sesame</source>
        <translation>sésamo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="90"/>
        <source>celery</source>
        <translation>aipo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="91"/>
        <source>mustard</source>
        <translation>mostarda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="92"/>
        <source>sulphites</source>
        <translation>sulfitos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="93"/>
        <source>lupin</source>
        <translation>tremoço</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="94"/>
        <source>alcohol</source>
        <translation>álcool</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="95"/>
        <source>vegan</source>
        <translation>vegano</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="96"/>
        <source>vegetarian</source>
        <translation>vegetariano</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="97"/>
        <source>pescatarian</source>
        <translation>pescetariano</translation>
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
        <translation>sem glúten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="101"/>
        <source>dairy-free</source>
        <translation>sem lacticínios</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="102"/>
        <source>no alcohol</source>
        <translation>sem álcool</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="103"/>
        <source>no pork</source>
        <translation>sem porco</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="107"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="108"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="109"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="110"/>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="115"/>
        <source>Do not argue or deny in public, and do not admit fault either: answer briefly and move the conversation to private.</source>
        <translation>Não discuta nem negue em público, e também não admita culpa: responda em poucas palavras e passe a conversa para privado.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="117"/>
        <source>Find the visit: the date, what they ate, who cooked; keep the kitchen&apos;s temperature and cleaning records for that day.</source>
        <translation>Encontre a visita: a data, o que comeu, quem cozinhou; guarde os registos de temperatura e limpeza da cozinha desse dia.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="119"/>
        <source>Ask them to contact you directly so you can hear the details (symptoms, when, what they ate).</source>
        <translation>Peça que o contacte diretamente para saber os pormenores (sintomas, quando, o que comeu).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="121"/>
        <source>If more than one guest reports illness, tell your food safety lead or local authority.</source>
        <translation>Se mais do que um cliente se sentir mal, informe o responsável pela segurança alimentar ou a autoridade local.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="123"/>
        <source>Check the dish&apos;s allergen sheet: was the ingredient listed, and was the guest told?</source>
        <translation>Verifique a ficha de alergénios do prato: o ingrediente estava indicado, e o cliente foi informado?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="125"/>
        <source>Ask them to contact you directly; note what they ordered and what they told the staff.</source>
        <translation>Peça que o contacte diretamente; anote o que pediu e o que disse à equipa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="127"/>
        <source>Correct the menu or the allergen sheet now if it was wrong, and tell the team.</source>
        <translation>Corrija já a carta ou a ficha de alergénios se estava errada, e avise a equipa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="129"/>
        <source>Ask them to keep the object or a photo and to contact you directly.</source>
        <translation>Peça que guarde o objeto ou uma fotografia e que o contacte diretamente.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="131"/>
        <source>Check with the kitchen which dish and batch it was, and what the object could be.</source>
        <translation>Confirme com a cozinha que prato e que lote eram, e o que o objeto pode ser.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="133"/>
        <source>Inspect the premises today and call your pest control contractor; keep the report.</source>
        <translation>Inspecione o espaço hoje e chame a empresa de controlo de pragas; guarde o relatório.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="135"/>
        <source>Thank them for telling you and say what you checked; do not deny before you have looked.</source>
        <translation>Agradeça o aviso e diga o que verificou; não negue antes de ter visto.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="137"/>
        <source>Check the area they mention and your cleaning log for that day.</source>
        <translation>Verifique a zona referida e o registo de limpeza desse dia.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="139"/>
        <source>Thank them, say what you checked or changed, and invite them to contact you.</source>
        <translation>Agradeça, diga o que verificou ou mudou, e convide a contactá-lo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="141"/>
        <source>Do not discuss the details in public; talk to your insurer or lawyer before you answer.</source>
        <translation>Não discuta os pormenores em público; fale com o seguro ou com um advogado antes de responder.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="143"/>
        <source>Keep every message, receipt and record of the visit.</source>
        <translation>Guarde todas as mensagens, talões e registos da visita.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="145"/>
        <source>Take it seriously: hear the staff involved and the guest before you answer in public.</source>
        <translation>Leve a sério: ouça a equipa envolvida e o cliente antes de responder em público.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="147"/>
        <source>Reply briefly, invite them to contact you directly, and do not argue the facts in public.</source>
        <translation>Responda em poucas palavras, convide a contactá-lo diretamente e não discuta os factos em público.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="151"/>
        <source>Too early to tell: the 30-day window closes on {date}</source>
        <translation>Ainda é cedo: o prazo de 30 dias termina a {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="152"/>
        <source>More customers came back than in the hold-out</source>
        <translation>Voltaram mais clientes do que no grupo de controlo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="153"/>
        <source>Fewer customers came back than in the hold-out</source>
        <translation>Voltaram menos clientes do que no grupo de controlo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="154"/>
        <source>Too few customers to tell</source>
        <translation>Clientes a menos para se saber</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="155"/>
        <source>No clear difference from the hold-out</source>
        <translation>Sem diferença clara em relação ao grupo de controlo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="156"/>
        <source>Nobody was held out, so there is nothing to compare with</source>
        <translation>Ninguém foi reservado, por isso não há com que comparar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/message_words.py" line="175"/>
        <source>%n-star review</source>
        <translation>
            <numerusform>avaliação de %n estrela</numerusform>
            <numerusform>avaliação de %n estrelas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/message_words.py" line="177"/>
        <source>left a %n-star review on {date}</source>
        <translation>
            <numerusform>deixou uma avaliação de %n estrela a {date}</numerusform>
            <numerusform>deixou uma avaliação de %n estrelas a {date}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="231"/>
        <source>the greeting, with the first name when known</source>
        <translation>a saudação, com o nome próprio quando se sabe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="232"/>
        <source>the customer&apos;s first name</source>
        <translation>o nome próprio do cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="233"/>
        <source>the customer&apos;s full name</source>
        <translation>o nome completo do cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="234"/>
        <source>your business name</source>
        <translation>o nome do seu negócio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="235"/>
        <source>what they usually order (empty when not known)</source>
        <translation>o que costuma pedir (vazio se não se souber)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="236"/>
        <source>their tier (Regular, Gold, VIP...)</source>
        <translation>o nível (Regular, Gold, VIP...)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="237"/>
        <source>their tier before the upgrade</source>
        <translation>o nível antes da subida</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="238"/>
        <source>how many visits they made</source>
        <translation>quantas visitas fez</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="239"/>
        <source>the date of their last visit</source>
        <translation>a data da última visita</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="240"/>
        <source>weeks since their last visit</source>
        <translation>semanas desde a última visita</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="241"/>
        <source>the dish the campaign is about (new dish)</source>
        <translation>o prato da campanha (prato novo)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="242"/>
        <source>your offer, exactly as you wrote it (empty when none)</source>
        <translation>a sua oferta, tal como a escreveu (vazio se não houver)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="243"/>
        <source>the date of their review (apology)</source>
        <translation>a data da avaliação (pedido de desculpa)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_words.py" line="244"/>
        <source>how you sign (your business name unless you change it)</source>
        <translation>como assina (o nome do seu negócio, se não o mudar)</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="479"/>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="481"/>
        <source>Personal notes to the customers who agreed to hear from you, and replies to your reviews.</source>
        <translation>Mensagens pessoais aos clientes que aceitaram recebê-las, e respostas às suas avaliações.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="492"/>
        <source>Campaigns</source>
        <translation>Campanhas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="493"/>
        <location filename="../../desktop/ui/pages/messages.py" line="515"/>
        <source>Inbox</source>
        <translation>Caixa de entrada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="506"/>
        <source>Loading the reviews waiting for a reply</source>
        <translation>A carregar as avaliações à espera de resposta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/messages.py" line="515"/>
        <source>Inbox (%1)</source>
        <translation>Caixa de entrada (%1)</translation>
    </message>
</context>
<context>
    <name>MessagingSettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="42"/>
        <source>Loading settings</source>
        <translation>A carregar as definições</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="46"/>
        <source>Sending settings</source>
        <translation>Definições de envio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="49"/>
        <source>Respecting your customers</source>
        <translation>Respeitar os seus clientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="53"/>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="54"/>
        <source>At most one message per customer every</source>
        <translation>No máximo uma mensagem por cliente a cada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="59"/>
        <source>Quiet hours from</source>
        <translation>Horas de silêncio das</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="60"/>
        <source>until</source>
        <translation>até às</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="64"/>
        <source>Hold out, to measure each campaign</source>
        <translation>Reservar, para medir cada campanha</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="65"/>
        <source>Customers who did not come back after three messages in a row are written to four times less often.</source>
        <translation>Quem não voltou depois de três mensagens seguidas passa a ser contactado quatro vezes menos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="71"/>
        <source>Your messages</source>
        <translation>As suas mensagens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="74"/>
        <source>e.g. Ana and the team at Café Aurora</source>
        <translation>p. ex. Ana e a equipa do Café Aurora</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="75"/>
        <source>Sign as</source>
        <translation>Assinar como</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="79"/>
        <source>When a customer&apos;s language is unknown, write in</source>
        <translation>Se não se souber o idioma do cliente, escrever em</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="81"/>
        <source>Sending from your own mail account (optional)</source>
        <translation>Enviar a partir da sua conta de e-mail (opcional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="84"/>
        <source>e.g. smtp.example.com; empty: export only</source>
        <translation>p. ex. smtp.example.com; vazio: só exportar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="89"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (porta 587)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="89"/>
        <source>TLS (port 465)</source>
        <translation>TLS (porta 465)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="90"/>
        <source>None (only a server on this computer)</source>
        <translation>Nenhuma (só um servidor neste computador)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="94"/>
        <source>e.g. hello@yourcafe.com</source>
        <translation>p. ex. ola@oseucafe.pt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="95"/>
        <source>Mail server</source>
        <translation>Servidor de e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="96"/>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="97"/>
        <source>Security</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="98"/>
        <source>User name</source>
        <translation>Nome de utilizador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="99"/>
        <source>From address</source>
        <translation>Endereço do remetente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="100"/>
        <source>Your password is never stored: Regulars asks for it each time you send.</source>
        <translation>A palavra-passe nunca é guardada: o Regulars pede-a sempre que envia.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="146"/>
        <location filename="../../desktop/ui/dialogs/messaging_settings.py" line="157"/>
        <source>Saving settings</source>
        <translation>A guardar as definições</translation>
    </message>
</context>
<context>
    <name>NameListEditor</name>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="120"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="124"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="189"/>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="191"/>
        <source>Your week at a glance. Open a card to see what is behind it.</source>
        <translation>A sua semana num relance. Abra um cartão para ver o que está por trás.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="215"/>
        <source>Rating this week</source>
        <translation>Classificação desta semana</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="215"/>
        <location filename="../../desktop/ui/pages/overview.py" line="216"/>
        <source>Open your reviews</source>
        <translation>Abrir as suas avaliações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="216"/>
        <source>New reviews</source>
        <translation>Avaliações novas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="217"/>
        <source>Waiting for a reply</source>
        <translation>À espera de resposta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="217"/>
        <source>Open the most urgent review in the Inbox</source>
        <translation>Abrir a avaliação mais urgente na Caixa de entrada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="218"/>
        <source>Rating drop</source>
        <translation>Descida da classificação</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/locations_model.py" line="42"/>
        <location filename="../../desktop/ui/pages/overview.py" line="218"/>
        <source>See why on the Insights page</source>
        <translation>Veja porquê na página Análises</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="219"/>
        <source>Suspicious reviews</source>
        <translation>Avaliações suspeitas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="219"/>
        <source>See the evidence on the Insights page</source>
        <translation>Veja as provas na página Análises</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="220"/>
        <source>Last campaign</source>
        <translation>Última campanha</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="220"/>
        <source>Open your campaigns</source>
        <translation>Abrir as suas campanhas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="221"/>
        <source>Regulars at risk</source>
        <translation>Clientes habituais em risco</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="221"/>
        <location filename="../../desktop/ui/pages/overview.py" line="222"/>
        <location filename="../../desktop/ui/pages/overview.py" line="223"/>
        <source>Open them on the Customers page</source>
        <translation>Abri-los na página Clientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="222"/>
        <source>Lapsed regulars</source>
        <translation>Clientes habituais perdidos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="223"/>
        <source>Birthdays ahead</source>
        <translation>Próximos aniversários</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="257"/>
        <source>Welcome to Regulars</source>
        <translation>Bem-vindo ao Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="259"/>
        <source>There is nothing here yet. Import your review exports and your till&apos;s customer and order files, and this page will show your week: how your rating moves, who is waiting for a reply, and which regulars you have not seen for a while. Or look around the demo café first: it opens in a window of its own and leaves your data alone.</source>
        <translation>Ainda não há nada aqui. Importe as exportações das suas avaliações e os ficheiros de clientes e pedidos da sua caixa, e esta página mostrará a sua semana: como evolui a sua classificação, quem espera resposta e que clientes habituais não vê há algum tempo. Ou espreite primeiro o café de demonstração: abre numa janela própria e não mexe nos seus dados.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="267"/>
        <source>Import your files…</source>
        <translation>Importar os seus ficheiros…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="270"/>
        <source>Open the demo café</source>
        <translation>Abrir o café de demonstração</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="292"/>
        <location filename="../../desktop/ui/pages/overview.py" line="308"/>
        <source>Gathering your week</source>
        <translation>A reunir a sua semana</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="323"/>
        <source>Your week to %1. Open a card to see what is behind it.</source>
        <translation>A sua semana até %1. Abra um cartão para ver o que está por trás.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="326"/>
        <source>Your newest review or order is from %1: import newer exports to see this week.</source>
        <translation>A sua avaliação ou pedido mais recente é de %1: importe exportações mais recentes para ver esta semana.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="328"/>
        <source>Looking…</source>
        <translation>A procurar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="353"/>
        <source>No reviews imported yet.</source>
        <translation>Ainda não foram importadas avaliações.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="354"/>
        <source>Import your review exports to see them here.</source>
        <translation>Importe as exportações das suas avaliações para as ver aqui.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="357"/>
        <source>No rated review this week.</source>
        <translation>Nenhuma avaliação com classificação esta semana.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="359"/>
        <source>No rated review in the %1 weeks before to compare with.</source>
        <translation>Nenhuma avaliação com classificação nas %1 semanas anteriores para comparar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="362"/>
        <source>Steady: %1 in the %2 weeks before.</source>
        <translation>Estável: %1 nas %2 semanas anteriores.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="365"/>
        <source>Up %1 from %2 in the %3 weeks before.</source>
        <translation>Subiu %1 face a %2 nas %3 semanas anteriores.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="366"/>
        <source>Down %1 from %2 in the %3 weeks before.</source>
        <translation>Desceu %1 face a %2 nas %3 semanas anteriores.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="374"/>
        <source>in the 7 days to %1; %2 in all.</source>
        <translation>nos 7 dias até %1; %2 no total.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="382"/>
        <source>Every review with text has a reply. Well done.</source>
        <translation>Todas as avaliações com texto têm resposta. Muito bem.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="385"/>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="388"/>
        <source>Top of the inbox (%1): %2 %3 on %4, %5</source>
        <translation>No topo da caixa de entrada (%1): %2 %3 em %4, %5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="397"/>
        <source>None found</source>
        <translation>Nenhum encontrado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="400"/>
        <source>Still going.</source>
        <translation>Ainda a decorrer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="400"/>
        <source>The latest one.</source>
        <translation>A mais recente.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="406"/>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="406"/>
        <source>No burst of suspicious reviews found.</source>
        <translation>Não foi encontrada nenhuma rajada de avaliações suspeitas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="413"/>
        <source>and %1 more</source>
        <translation>e mais %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="420"/>
        <source>Import your till&apos;s customer and order files to know your regulars.</source>
        <translation>Importe os ficheiros de clientes e pedidos da sua caixa para conhecer os seus clientes habituais.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="425"/>
        <source>Nobody became at risk this week.</source>
        <translation>Ninguém passou a estar em risco esta semana.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="426"/>
        <source>Nobody lapsed this week.</source>
        <translation>Ninguém se perdeu esta semana.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="430"/>
        <source>This week: %1</source>
        <translation>Esta semana: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="441"/>
        <source>No birthday in the next %1 days.</source>
        <translation>Nenhum aniversário nos próximos %1 dias.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="448"/>
        <source>None yet</source>
        <translation>Ainda nenhuma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="449"/>
        <source>Send a win-back or thank-you campaign from the Messages page; its result shows here.</source>
        <translation>Envie uma campanha de reconquista ou de agradecimento a partir da página Mensagens; o resultado aparece aqui.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/overview.py" line="455"/>
        <source>%1 points</source>
        <translation>%1 pontos</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="37"/>
        <source>That passphrase does not open “%1”. Capital letters count. Try again:</source>
        <translation>Essa frase-passe não abre «%1». As maiúsculas contam. Tente de novo:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="40"/>
        <source>Your data in “%1” is encrypted. Type its passphrase:</source>
        <translation>Os seus dados em «%1» estão encriptados. Escreva a frase-passe:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="42"/>
        <source>Regulars — passphrase</source>
        <translation>Regulars — frase-passe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/encryption_dialog.py" line="45"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="150"/>
        <source>Updating the preview…</source>
        <translation>A atualizar a pré-visualização…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="176"/>
        <source>new</source>
        <translation>novas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="176"/>
        <source>already there</source>
        <translation>já existentes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="177"/>
        <source>rejected</source>
        <translation>rejeitadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="177"/>
        <source>join a customer</source>
        <translation>juntam-se a um cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="178"/>
        <source>updated</source>
        <translation>atualizadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="208"/>
        <source>Row %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="227"/>
        <source>day first</source>
        <translation>dia primeiro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="227"/>
        <source>month first</source>
        <translation>mês primeiro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="229"/>
        <source>Dates in the column “%1” can be read two ways. Is %2 the %3 or %4?</source>
        <translation>As datas da coluna «%1» podem ser lidas de duas formas. %2 é %3 ou %4?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="231"/>
        <source>%1 = %2 (day first, as in the UK and Europe)</source>
        <translation>%1 = %2 (dia primeiro, como na Europa)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="233"/>
        <source>%1 = %2 (month first, as in the US)</source>
        <translation>%1 = %2 (mês primeiro, como nos EUA)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="268"/>
        <source>This file holds</source>
        <translation>Este ficheiro contém</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="313"/>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="335"/>
        <source>First rows, as Regulars will store them</source>
        <translation>Primeiras linhas, tal como o Regulars as vai guardar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="351"/>
        <source>Rows that cannot be imported</source>
        <translation>Linhas que não podem ser importadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/preview_panel.py" line="361"/>
        <source>Reading “%1”…</source>
        <translation>A ler «%1»…</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../../desktop/ui/read_only.py" line="14"/>
        <source>This window is read-only: another Regulars window has this database open. Make changes there, or close it and reopen this one.</source>
        <translation>Esta janela é só de leitura: outra janela do Regulars tem esta base de dados aberta. Faça as alterações lá, ou feche-a e volte a abrir esta.</translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="48"/>
        <source>Positive</source>
        <translation>Positiva</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="50"/>
        <source>Negative</source>
        <translation>Negativa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="51"/>
        <source>Mixed</source>
        <translation>Mista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="92"/>
        <source>Recommends</source>
        <translation>Recomenda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="92"/>
        <source>Doesn&apos;t recommend</source>
        <translation>Não recomenda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="113"/>
        <source>%1 out of 5</source>
        <translation>%1 em 5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="127"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="130"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="132"/>
        <source>Rating</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="134"/>
        <source>Sentiment</source>
        <translation>Tom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="137"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="139"/>
        <source>Review</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="140"/>
        <source>Reply</source>
        <translation>Resp.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/reviews_model.py" line="142"/>
        <source>You replied to this review</source>
        <translation>Respondeu a esta avaliação</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="66"/>
        <source>Food</source>
        <translation>Comida</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="67"/>
        <source>Drinks</source>
        <translation>Bebidas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="68"/>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="69"/>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="70"/>
        <source>Ambience</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="71"/>
        <source>Cleanliness</source>
        <translation>Limpeza</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="72"/>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="73"/>
        <source>Your dishes</source>
        <translation>Os seus pratos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="74"/>
        <source>Your staff</source>
        <translation>A sua equipa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="77"/>
        <source>food poisoning</source>
        <translation>intoxicação alimentar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="78"/>
        <source>allergic reaction</source>
        <translation>reação alérgica</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="79"/>
        <source>something in the food</source>
        <translation>algo estranho na comida</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="80"/>
        <source>pests</source>
        <translation>pragas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="81"/>
        <source>hygiene</source>
        <translation>higiene</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="82"/>
        <source>legal threat</source>
        <translation>ameaça legal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="127"/>
        <location filename="../../desktop/ui/pages/reviews.py" line="282"/>
        <source>Loading reviews</source>
        <translation>A carregar avaliações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="140"/>
        <location filename="../../desktop/ui/pages/reviews.py" line="166"/>
        <source>Reviews</source>
        <translation>Avaliações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="142"/>
        <source>What your guests say, across every site you are listed on.</source>
        <translation>O que dizem os seus clientes, em todos os sites onde está presente.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="153"/>
        <source>No reviews yet</source>
        <translation>Ainda sem avaliações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="154"/>
        <source>Drop your Google, Tripadvisor or spreadsheet export here, or use Import.
Regulars reads the file on this computer; nothing is uploaded.</source>
        <translation>Largue aqui a sua exportação do Google, do Tripadvisor ou de uma folha de cálculo, ou use Importar.
O Regulars lê o ficheiro neste computador; nada é enviado.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="167"/>
        <source>Average rating</source>
        <translation>Classificação média</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="168"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="169"/>
        <source>Needing a reply</source>
        <translation>Sem resposta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="210"/>
        <source>No reviews match these filters.</source>
        <translation>Nenhuma avaliação corresponde a estes filtros.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="241"/>
        <source>Loading your reviews…</source>
        <translation>A carregar as suas avaliações…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="284"/>
        <source>Your reviews could not be loaded.</source>
        <translation>Não foi possível carregar as suas avaliações.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="294"/>
        <source>matching your filters</source>
        <translation>com os seus filtros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="295"/>
        <source>all time</source>
        <translation>no total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="297"/>
        <source>no star ratings yet</source>
        <translation>ainda sem classificações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="302"/>
        <source>no rated reviews in the last 30 days</source>
        <translation>sem classificações nos últimos 30 dias</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="304"/>
        <source>nothing to compare with before</source>
        <translation>sem dados anteriores para comparar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="308"/>
        <source>→ steady vs previous 30 days (%1)</source>
        <translation>→ estável vs 30 dias anteriores (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="310"/>
        <source>▲ %1 vs previous 30 days</source>
        <translation>▲ %1 vs 30 dias anteriores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="312"/>
        <source>▼ %1 vs previous 30 days</source>
        <translation>▼ %1 vs 30 dias anteriores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="314"/>
        <source>reviews without your reply</source>
        <translation>avaliações sem a sua resposta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="320"/>
        <source>Select a review to read it in full.</source>
        <translation>Selecione uma avaliação para a ler por inteiro.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="330"/>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="345"/>
        <source>(This review has stars but no text.)</source>
        <translation>(Esta avaliação tem estrelas mas não tem texto.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="348"/>
        <source>Your reply</source>
        <translation>A sua resposta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="348"/>
        <source>No reply yet</source>
        <translation>Ainda sem resposta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="359"/>
        <source>Health or safety claim:</source>
        <translation>Queixa de saúde ou segurança:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="389"/>
        <source>Written by your customer</source>
        <translation>Escrita por um cliente seu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="391"/>
        <source>Probably written by your customer (%1%)</source>
        <translation>Provavelmente escrita por um cliente seu (%1%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="396"/>
        <source>last visit %1</source>
        <translation>última visita %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="400"/>
        <source>Usual order: %1</source>
        <translation>Pedido habitual: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="404"/>
        <source>It is them</source>
        <translation>É este cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="404"/>
        <source>Not them</source>
        <translation>Não é</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="418"/>
        <source>Loading the author</source>
        <translation>A carregar o autor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/reviews.py" line="427"/>
        <source>Saving</source>
        <translation>A guardar</translation>
    </message>
</context>
<context>
    <name>SendingTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="194"/>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="195"/>
        <source>At most one message per customer every</source>
        <translation>No máximo uma mensagem por cliente a cada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="202"/>
        <source>Quiet hours from</source>
        <translation>Horas de silêncio das</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="203"/>
        <source>until</source>
        <translation>até às</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="206"/>
        <source>Nothing is sent in quiet hours. They may run overnight, such as 21:00 until 09:00.</source>
        <translation>Nas horas de silêncio não se envia nada. Podem atravessar a noite, por exemplo das 21:00 às 09:00.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="211"/>
        <source>Hold out, to measure each campaign</source>
        <translation>Reservar, para medir cada campanha</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="213"/>
        <source>e.g. Ana and the team at Café Aurora</source>
        <translation>p. ex. Ana e a equipa do Café Aurora</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="214"/>
        <source>Sign as</source>
        <translation>Assinar como</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="215"/>
        <source>Customers who did not come back after three messages in a row are written to four times less often. Your own mail server is set on the Messages page, under Sending settings.</source>
        <translation>Aos clientes que não voltaram depois de três mensagens seguidas escreve-se quatro vezes menos. O seu próprio servidor de correio configura-se na página Mensagens, em Definições de envio.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="245"/>
        <source>Leave at least one day between two messages to the same customer.</source>
        <translation>Deixe pelo menos um dia entre duas mensagens ao mesmo cliente.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="247"/>
        <source>Quiet hours cannot start and end at the same time.</source>
        <translation>As horas de silêncio não podem começar e acabar à mesma hora.</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="55"/>
        <source>Type the server&apos;s address first.</source>
        <translation>Escreva primeiro o endereço do servidor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="58"/>
        <source>Connecting…</source>
        <translation>A ligar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="60"/>
        <source>Testing the connection</source>
        <translation>A testar a ligação</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="67"/>
        <source>A group with several laptops can keep its data on one PostgreSQL server that all of them open. Leave the address empty to keep your data in the file on this computer.</source>
        <translation>Um grupo com vários portáteis pode guardar os dados num único servidor PostgreSQL que todos abrem. Deixe o endereço vazio para manter os seus dados no ficheiro deste computador.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="76"/>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="79"/>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="124"/>
        <source>Test connection</source>
        <translation>Testar ligação</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="87"/>
        <source>The password is never saved: Regulars reads it from the PGPASSWORD environment variable or the .pgpass file of this computer. The server is used the next time Regulars starts; backups and encryption are then the server&apos;s job.</source>
        <translation>A palavra-passe nunca é guardada: o Regulars lê-a da variável de ambiente PGPASSWORD ou do ficheiro .pgpass deste computador. O servidor é usado da próxima vez que o Regulars arrancar; as cópias de segurança e a encriptação passam a ser tarefa do servidor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="94"/>
        <source>Regulars will open this the next time it starts.</source>
        <translation>O Regulars abre isto da próxima vez que arrancar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="114"/>
        <source>Connected to %1 (%2). The database is empty: Regulars will set it up at the next start.</source>
        <translation>Ligado a %1 (%2). A base de dados está vazia: o Regulars prepara-a no próximo arranque.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/server_settings.py" line="117"/>
        <source>Connected to %1 (%2). Regulars&apos; data is there.</source>
        <translation>Ligado a %1 (%2). Os dados do Regulars estão lá.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="92"/>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="321"/>
        <source>Loading settings</source>
        <translation>A carregar as definições</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="94"/>
        <source>Looking for names in your reviews</source>
        <translation>A procurar nomes nas suas avaliações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="175"/>
        <source>Saving settings</source>
        <translation>A guardar as definições</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="201"/>
        <source>Tiers</source>
        <translation>Níveis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="203"/>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="207"/>
        <source>Backups</source>
        <translation>Cópias de segurança</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="215"/>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="222"/>
        <source>This window is read-only: change the settings in the window that has your data open.</source>
        <translation>Esta janela é só de leitura: altere as definições na janela que tem os seus dados abertos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="267"/>
        <source>Re-reading your reviews with your dishes and staff</source>
        <translation>A reler as suas avaliações com os seus pratos e equipa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="181"/>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="344"/>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="191"/>
        <source>Your business</source>
        <translation>O seu negócio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="199"/>
        <source>Your dishes and staff</source>
        <translation>Pratos e equipa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="216"/>
        <source>Shared server</source>
        <translation>Servidor partilhado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="295"/>
        <source>Suggestions from your reviews</source>
        <translation>Sugestões das suas avaliações</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="66"/>
        <source>Wording: %1</source>
        <translation>Texto: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="77"/>
        <source>Add a wording</source>
        <translation>Acrescentar uma versão</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="79"/>
        <source>Remove this wording</source>
        <translation>Remover esta versão</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="81"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="95"/>
        <source>E-mail subject</source>
        <translation>Assunto do e-mail</translation>
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
        <translation>Pré-visualização para um cliente inventado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="110"/>
        <source>Merge fields</source>
        <translation>Campos de impressão em série</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="124"/>
        <source>Back to the shipped wording</source>
        <translation>Voltar ao texto original</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="136"/>
        <source>Loading the wording</source>
        <translation>A carregar o texto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="150"/>
        <source>Wording %1 of %2</source>
        <translation>Versão %1 de %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="203"/>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="210"/>
        <source>This wording cannot be used yet: %1</source>
        <translation>Este texto ainda não pode ser usado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="220"/>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="226"/>
        <location filename="../../desktop/ui/dialogs/template_dialog.py" line="238"/>
        <source>Saving the wording</source>
        <translation>A guardar o texto</translation>
    </message>
</context>
<context>
    <name>TermsEditor</name>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="209"/>
        <source>Regulars looks for these names in your reviews, so you can see what people say about each dish and each member of your team.</source>
        <translation>O Regulars procura estes nomes nas suas avaliações, para que veja o que dizem de cada prato e de cada pessoa da sua equipa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="216"/>
        <source>Dishes and drinks</source>
        <translation>Pratos e bebidas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="216"/>
        <source>e.g. Pastel de nata</source>
        <translation>p. ex. Pastel de nata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="217"/>
        <source>Staff</source>
        <translation>Equipa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="217"/>
        <source>e.g. Marco</source>
        <translation>p. ex. Marco</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="223"/>
        <source>Suggestions from your reviews</source>
        <translation>Sugestões das suas avaliações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="229"/>
        <source>Name or phrase</source>
        <translation>Nome ou expressão</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="229"/>
        <source>Reviews mentioning it</source>
        <translation>Avaliações que o referem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="244"/>
        <source>Add as dish</source>
        <translation>Adicionar como prato</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="248"/>
        <source>Add as staff</source>
        <translation>Adicionar à equipa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="267"/>
        <source>Looking through your reviews…</source>
        <translation>A analisar as suas avaliações…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="270"/>
        <source>No suggestions yet: names show up here once several reviews mention them.</source>
        <translation>Ainda sem sugestões: os nomes aparecem aqui quando várias avaliações os referem.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/terms_editor.py" line="272"/>
        <source>Pick a name and add it as a dish or as a member of staff.</source>
        <translation>Escolha um nome e adicione-o como prato ou como membro da equipa.</translation>
    </message>
</context>
<context>
    <name>TiersDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="49"/>
        <source>Loyalty tiers</source>
        <translation>Níveis de fidelização</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="71"/>
        <source>A customer is in the highest tier whose visits or spend they reach in its window, so a daily coffee and a weekly bag of beans both count. Leave a threshold at 0 to use only the other.</source>
        <translation>Um cliente fica no nível mais alto cujas visitas ou gasto atinge no período: contam tanto o café diário como o saco de café em grão semanal. Deixe um limite a 0 para usar só o outro.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="77"/>
        <source>Tier</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="77"/>
        <source>Visits at least</source>
        <translation>Visitas mín.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="77"/>
        <source>or spend at least</source>
        <translation>ou gasto mín.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="78"/>
        <source>in the last (days)</source>
        <translation>nos últimos (dias)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="78"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="82"/>
        <source>Add a tier</source>
        <translation>Acrescentar um nível</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="83"/>
        <source>Remove the last tier</source>
        <translation>Retirar o último nível</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="94"/>
        <source>When is a regular lapsed?</source>
        <translation>Quando se perde um cliente habitual?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="102"/>
        <source>Away for more than this many of their usual gaps</source>
        <translation>Ausente mais do que tantos intervalos habituais</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="103"/>
        <source>and at least this many days</source>
        <translation>e pelo menos tantos dias</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="104"/>
        <source>Their usual gap is the time between visits they rarely go beyond; at risk comes first, after twice that gap.</source>
        <translation>O intervalo habitual é o tempo entre visitas que raramente ultrapassa; antes passa a «em risco», após o dobro desse intervalo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="127"/>
        <source>Loading the tiers</source>
        <translation>A carregar os níveis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="153"/>
        <source>Check the tiers: %1</source>
        <translation>Verifique os níveis: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="167"/>
        <source>Counting customers</source>
        <translation>A contar clientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="176"/>
        <source>Not in any tier: %1</source>
        <translation>Sem nível: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/tiers_dialog.py" line="196"/>
        <source>Saving the tiers</source>
        <translation>A guardar os níveis</translation>
    </message>
</context>
<context>
    <name>TiersTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="27"/>
        <source>A customer is in the highest tier whose visits or spend they reach in its window, lowest tier first. Leave a threshold at 0 to use only the other.</source>
        <translation>Um cliente fica no nível mais alto cujas visitas ou gasto atinge no respetivo período; o nível mais baixo vem primeiro. Deixe um limiar a 0 para usar só o outro.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="30"/>
        <source>Tier</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="30"/>
        <source>Visits at least</source>
        <translation>Visitas mín.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="31"/>
        <source>or spend at least</source>
        <translation>ou gasto mín.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="31"/>
        <source>in the last (days)</source>
        <translation>nos últimos (dias)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="37"/>
        <source>Add a tier</source>
        <translation>Acrescentar um nível</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="38"/>
        <source>Remove the last tier</source>
        <translation>Retirar o último nível</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="45"/>
        <source>Customers &gt; Tiers… shows how many customers each rule holds.</source>
        <translation>Clientes &gt; Níveis… mostra quantos clientes cabem em cada regra.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/tier_rules_table.py" line="118"/>
        <source>New tier</source>
        <translation>Novo nível</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="86"/>
        <source>Every tier needs a name (row %1).</source>
        <translation>Cada nível precisa de um nome (linha %1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="88"/>
        <source>The name “%1” is used twice.</source>
        <translation>O nome «%1» é usado duas vezes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="91"/>
        <source>“%1” needs a number of visits or an amount spent.</source>
        <translation>«%1» precisa de um número de visitas ou de um valor gasto.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="96"/>
        <source>“%1” must ask for more visits than “%2” beneath it.</source>
        <translation>«%1» tem de pedir mais visitas do que «%2», o nível abaixo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tiers_tab.py" line="97"/>
        <source>“%1” must ask for more spend than “%2” beneath it.</source>
        <translation>«%1» tem de pedir um gasto maior do que «%2», o nível abaixo.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="68"/>
        <source>Average rating</source>
        <translation>Classificação média</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="83"/>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="114"/>
        <source>Reviews</source>
        <translation>Avaliações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="114"/>
        <source>Stars</source>
        <translation>Estrelas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="131"/>
        <source>Rating over time</source>
        <translation>Classificação ao longo do tempo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="136"/>
        <source>Average stars</source>
        <translation>Média de estrelas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="137"/>
        <source>Number of reviews</source>
        <translation>Número de avaliações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="147"/>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/trend_chart.py" line="147"/>
        <source>Monthly</source>
        <translation>Mensal</translation>
    </message>
</context>
<context>
    <name>VisitsChart</name>
    <message>
        <location filename="../../desktop/ui/widgets/visits_chart.py" line="54"/>
        <source>No visits recorded yet</source>
        <translation>Ainda sem visitas registadas</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="150"/>
        <source>Step %1 of %2</source>
        <translation>Passo %1 de %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="178"/>
        <location filename="../../desktop/ui/welcome.py" line="237"/>
        <location filename="../../desktop/ui/welcome.py" line="370"/>
        <source>Welcome to Regulars</source>
        <translation>Bem-vindo ao Regulars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="197"/>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="198"/>
        <source>Close the welcome; it will not show again. Everything here is also in File &gt; Settings.</source>
        <translation>Fechar as boas-vindas; não voltarão a aparecer. Tudo o que está aqui também está em Ficheiro &gt; Definições.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="201"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="203"/>
        <source>Next</source>
        <translation>Seguinte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="206"/>
        <source>Import my files…</source>
        <translation>Importar os meus ficheiros…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="209"/>
        <source>Finish</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="239"/>
        <source>Regulars reads your review exports and your till&apos;s customer and order files, tells you why your rating moves, knows your regulars, and helps you write to them personally.</source>
        <translation>O Regulars lê as exportações das suas avaliações e os ficheiros de clientes e pedidos da sua caixa, diz-lhe porque muda a sua classificação, conhece os seus clientes habituais e ajuda-o a escrever-lhes de forma pessoal.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="242"/>
        <source>Everything stays on this laptop: files are read here, nothing is uploaded, and Regulars never connects to the internet.</source>
        <translation>Tudo fica neste computador: os ficheiros são lidos aqui, nada é enviado e o Regulars nunca se liga à internet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="244"/>
        <source>Your data is kept in this one file (copy it to keep a backup):</source>
        <translation>Os seus dados estão guardados neste único ficheiro (copie-o para ter uma cópia de segurança):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="251"/>
        <source>Look around the demo café first</source>
        <translation>Espreitar primeiro o café de demonstração</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="252"/>
        <source>Opens a made-up café in a window of its own; your data is not touched.</source>
        <translation>Abre um café inventado numa janela própria; os seus dados não são tocados.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="266"/>
        <source>Your café</source>
        <translation>O seu espaço</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="267"/>
        <source>Messages are signed with your business&apos;s name; you can change all of this later in File &gt; Settings.</source>
        <translation>As mensagens são assinadas com o nome do seu negócio; pode mudar tudo isto mais tarde em Ficheiro &gt; Definições.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="274"/>
        <source>e.g. The Corner Café</source>
        <translation>p. ex. O Café da Esquina</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="275"/>
        <source>Business name</source>
        <translation>Nome do negócio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="283"/>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="286"/>
        <source>Not set (numbers must start with +)</source>
        <translation>Não definido (os números têm de começar por +)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="290"/>
        <source>Phone numbers written without a country code are read as numbers of this country.</source>
        <translation>Os números de telefone escritos sem indicativo do país são lidos como números deste país.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="292"/>
        <source>Phone numbers are from</source>
        <translation>Os números de telefone são de</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="294"/>
        <source>Same as this computer</source>
        <translation>Igual a este computador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="299"/>
        <source>Language of the window</source>
        <translation>Língua da janela</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="305"/>
        <source>Used when a customer&apos;s or reviewer&apos;s own language is not known.</source>
        <translation>Usada quando a língua do cliente ou do autor da avaliação não é conhecida.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="307"/>
        <source>Messages are written in</source>
        <translation>As mensagens são escritas em</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="316"/>
        <source>Your files</source>
        <translation>Os seus ficheiros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="318"/>
        <source>Download these exports from the systems you use, then import them (or drop them on the window). Importing the same file twice adds nothing, and every import can be undone.</source>
        <translation>Descarregue estas exportações dos sistemas que usa e depois importe-as (ou largue-as na janela). Importar duas vezes o mesmo ficheiro não acrescenta nada, e cada importação pode ser anulada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="322"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="322"/>
        <source>What it holds</source>
        <translation>O que contém</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="323"/>
        <source>Where to find the export</source>
        <translation>Onde encontrar a exportação</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="326"/>
        <source>Exports Regulars understands</source>
        <translation>Exportações que o Regulars entende</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="354"/>
        <source>Saving your café&apos;s details</source>
        <translation>A guardar os dados do seu espaço</translation>
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
        <translation>Avaliações</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="58"/>
        <source>takeout.google.com: choose only “Google Business Profile” and download the archive; or an Outscraper or Apify export of your Google Maps reviews.</source>
        <translation>takeout.google.com: escolha apenas “Google Business Profile” e descarregue o arquivo; ou uma exportação Outscraper ou Apify das suas avaliações do Google Maps.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="61"/>
        <source>Tripadvisor has no export button: use an Apify Tripadvisor export (CSV, Excel or JSON).</source>
        <translation>O Tripadvisor não tem botão de exportação: use uma exportação Apify do Tripadvisor (CSV, Excel ou JSON).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="63"/>
        <source>Trustpilot Business: Reviews, then Export reviews.</source>
        <translation>Trustpilot Business: Avaliações e depois Exportar avaliações.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="65"/>
        <source>The Yelp review file your developer or agency downloaded (JSON or CSV).</source>
        <translation>O ficheiro de avaliações do Yelp que o seu programador ou agência descarregou (JSON ou CSV).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="67"/>
        <source>Your Page’s recommendations, exported as CSV or JSON.</source>
        <translation>As recomendações da sua Página, exportadas como CSV ou JSON.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="69"/>
        <location filename="../../desktop/ui/welcome.py" line="72"/>
        <location filename="../../desktop/ui/welcome.py" line="74"/>
        <source>Customers and orders</source>
        <translation>Clientes e pedidos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="69"/>
        <source>Square Dashboard: Customers, Directory, Export customers; and Reports, Item sales, Export, Item detail.</source>
        <translation>Square Dashboard: Clientes, Diretório, Exportar clientes; e Relatórios, Vendas de artigos, Exportar, Detalhe do artigo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="72"/>
        <source>Shopify admin: Customers, then Export; Orders, then Export.</source>
        <translation>Administração do Shopify: Clientes e depois Exportar; Encomendas e depois Exportar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="74"/>
        <source>Loyverse Back Office: Customers, then Export; Reports, Receipts, then Export.</source>
        <translation>Loyverse Back Office: Clientes e depois Exportar; Relatórios, Recibos e depois Exportar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="76"/>
        <location filename="../../desktop/ui/welcome.py" line="78"/>
        <location filename="../../desktop/ui/welcome.py" line="80"/>
        <location filename="../../desktop/ui/welcome.py" line="82"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="76"/>
        <source>Toast Web: Reports, Data exports, the CheckDetails file.</source>
        <translation>Toast Web: Reports, Data exports, o ficheiro CheckDetails.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="78"/>
        <source>SumUp dashboard: Sales, then export the sales or transactions report.</source>
        <translation>Painel do SumUp: Vendas e depois exporte o relatório de vendas ou de transações.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="80"/>
        <source>Zettle back office: Reports, Receipts, then Export to Excel.</source>
        <translation>Back office do Zettle: Relatórios, Recibos e depois Exportar para Excel.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="82"/>
        <source>Lightspeed Restaurant (K-Series): Reports, Payments, then Export.</source>
        <translation>Lightspeed Restaurant (K-Series): Relatórios, Pagamentos e depois Exportar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="84"/>
        <location filename="../../desktop/ui/welcome.py" line="86"/>
        <location filename="../../desktop/ui/welcome.py" line="88"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="84"/>
        <source>Audience, All contacts, Export Audience: import the ZIP as it is.</source>
        <translation>Audience, All contacts, Export Audience: importe o ZIP tal como está.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="86"/>
        <source>Contacts, select all, then Export.</source>
        <translation>Contactos, selecionar todos e depois Exportar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="88"/>
        <source>TheFork Manager: Customers, then Export.</source>
        <translation>TheFork Manager: Clientes e depois Exportar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="90"/>
        <source>Anything</source>
        <translation>Qualquer outro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="90"/>
        <source>Any spreadsheet with recognisable column names (date, rating, text; name, email, phone; date, total): Regulars asks when it is not sure.</source>
        <translation>Qualquer folha de cálculo com nomes de coluna reconhecíveis (data, classificação, texto; nome, email, telefone; data, total): o Regulars pergunta quando não tem a certeza.</translation>
    </message>
</context>
<context>
    <name>WindowTab</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="297"/>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="310"/>
        <source>Same as this computer</source>
        <translation>Igual a este computador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="303"/>
        <source>Language of the window</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="304"/>
        <source>Regulars will speak this language the next time it starts.</source>
        <translation>O Regulars vai usar este idioma na próxima vez que iniciar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="310"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="310"/>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="314"/>
        <source>Light or dark</source>
        <translation>Claro ou escuro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="315"/>
        <source>Always show the import preview, even for files Regulars recognises</source>
        <translation>Mostrar sempre a pré-visualização, mesmo para ficheiros que o Regulars reconhece</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_tabs.py" line="320"/>
        <source>These choices belong to this computer; everything else in Settings is kept with your data.</source>
        <translation>Estas escolhas são deste computador; o resto das definições fica guardado com os seus dados.</translation>
    </message>
</context>
</TS>
