<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Corrections to Qt's own Swedish translation (qtbase_sv), written by hand: Swedish writes "OK". -->
<TS version="2.1" language="sv_SE">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
</TS>
