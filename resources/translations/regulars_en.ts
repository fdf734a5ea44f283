<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CampaignsTab</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="314"/>
        <source>%Ln message(s) ready.</source>
        <translation>
            <numerusform>%Ln message ready.</numerusform>
            <numerusform>%Ln messages ready.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="315"/>
        <source>%Ln customer(s) left out.</source>
        <translation>
            <numerusform>%Ln customer left out.</numerusform>
            <numerusform>%Ln customers left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="317"/>
        <source>%Ln of them held out at random, to measure whether the campaign works.</source>
        <translation>
            <numerusform>%Ln of them held out at random, to measure whether the campaign works.</numerusform>
            <numerusform>%Ln of them held out at random, to measure whether the campaign works.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="443"/>
        <source>Exported %Ln message(s) to %1 and logged them.</source>
        <translation>
            <numerusform>Exported %Ln message to %1 and logged it.</numerusform>
            <numerusform>Exported %Ln messages to %1 and logged them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="446"/>
        <source>Sent and logged %Ln message(s).</source>
        <translation>
            <numerusform>Sent and logged %Ln message.</numerusform>
            <numerusform>Sent and logged %Ln messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="448"/>
        <source>%Ln could not be sent.</source>
        <translation>
            <numerusform>%Ln could not be sent.</numerusform>
            <numerusform>%Ln could not be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/messages.py" line="450"/>
        <source>%Ln left out because of the frequency cap.</source>
        <translation>
            <numerusform>%Ln left out because of the frequency cap.</numerusform>
            <numerusform>%Ln left out because of the frequency cap.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="385"/>
        <source>Import %Ln row(s)</source>
        <translation>
            <numerusform>Import %Ln row</numerusform>
            <numerusform>Import %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/import_preview.py" line="386"/>
        <source>Skip the %Ln rejected row(s)</source>
        <translation>
            <numerusform>Skip the rejected row</numerusform>
            <numerusform>Skip the %Ln rejected rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="25"/>
        <source>%Ln new review(s)</source>
        <translation>
            <numerusform>%Ln new review</numerusform>
            <numerusform>%Ln new reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="27"/>
        <source>%Ln new customer(s)</source>
        <translation>
            <numerusform>%Ln new customer</numerusform>
            <numerusform>%Ln new customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="29"/>
        <source>%Ln new order(s)</source>
        <translation>
            <numerusform>%Ln new order</numerusform>
            <numerusform>%Ln new orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_summary.py" line="30"/>
        <source>%Ln new row(s)</source>
        <translation>
            <numerusform>%Ln new row</numerusform>
            <numerusform>%Ln new rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="508"/>
        <source>%Ln review(s) read again with the latest analysis.</source>
        <translation>
            <numerusform>%Ln review was read again with the latest analysis.</numerusform>
            <numerusform>%Ln reviews were read again with the latest analysis.</numerusform>
        </translation>
    </message>
</context>
</TS>
