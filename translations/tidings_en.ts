<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <location filename="../app/cli/Cli.cpp" line="160"/>
        <source>%n comment(s) skipped: their article is not stored</source>
        <translation>
            <numerusform>%n comment skipped: their article is not stored</numerusform>
            <numerusform>%n comments skipped: their article is not stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/Cli.cpp" line="256"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message numerus="yes">
        <location filename="../app/storage/Importer.cpp" line="191"/>
        <source>%n item(s) stored before that</source>
        <translation>
            <numerusform>%n item stored before that</numerusform>
            <numerusform>%n items stored before that</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidings::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="95"/>
        <source>%n article(s) stored, %1 unread, with %2 comments.</source>
        <translation>
            <numerusform>%n article stored, %1 unread, with %2 comments.</numerusform>
            <numerusform>%n articles stored, %1 unread, with %2 comments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="98"/>
        <source>%n product(s) in the shop.</source>
        <translation>
            <numerusform>%n product in the shop.</numerusform>
            <numerusform>%n products in the shop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="100"/>
        <source>%n line(s) in your cart.</source>
        <translation>
            <numerusform>%n line in your cart.</numerusform>
            <numerusform>%n lines in your cart.</numerusform>
        </translation>
    </message>
</context>
</TS>
