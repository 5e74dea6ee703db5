<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <location filename="../app/cli/Cli.cpp" line="99" />
        <source>%n comment(s) skipped: their article is not stored</source>
        <translation>
            <numerusform>%n comment skipped: their article is not stored</numerusform><numerusform>%n comments skipped: their article is not stored</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/Cli.cpp" line="195" />
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform><numerusform>%n matches</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SiteCommands.cpp" line="162" />
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform><numerusform>%n sites</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SiteCommands.cpp" line="223" />
        <source>imported %n feed(s)</source>
        <translation>
            <numerusform>imported %n feed</numerusform><numerusform>imported %n feeds</numerusform></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message numerus="yes">
        <location filename="../app/storage/Importer.cpp" line="195" />
        <source>%n item(s) stored before that</source>
        <translation>
            <numerusform>%n item stored before that</numerusform><numerusform>%n items stored before that</numerusform></translation>
    </message>
</context>
<context>
    <name>tidings::RefreshEngine</name>
    <message numerus="yes">
        <location filename="../app/sync/RefreshEngine.cpp" line="288" />
        <source>(asked to wait %n second(s))</source>
        <translation>
            <numerusform>(asked to wait %n second)</numerusform><numerusform>(asked to wait %n seconds)</numerusform></translation>
    </message>
</context>
<context>
    <name>tidings::ui::ArticleView</name>
    <message numerus="yes">
        <location filename="../ui/ArticleView.cpp" line="173" />
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform><numerusform>%n comments</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ArticleView.cpp" line="186" />
        <source>%n image(s) from the web not loaded, to keep what you read private.</source>
        <translation>
            <numerusform>%n image from the web not loaded, to keep what you read private.</numerusform><numerusform>%n images from the web not loaded, to keep what you read private.</numerusform></translation>
    </message>
</context>
<context>
    <name>tidings::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="257" />
        <source>%n feed(s) could not be refreshed</source>
        <translation>
            <numerusform>%n feed could not be refreshed</numerusform><numerusform>%n feeds could not be refreshed</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="273" />
        <source>%n product(s) in the shop.</source>
        <translation>
            <numerusform>%n product in the shop.</numerusform><numerusform>%n products in the shop.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="275" />
        <source>%n item(s) in your cart.</source>
        <translation>
            <numerusform>%n item in your cart.</numerusform><numerusform>%n items in your cart.</numerusform></translation>
    </message>
</context>
</TS>