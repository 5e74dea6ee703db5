<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AccountSync</name>
    <message numerus="yes">
        <location filename="../app/sync/accounts/AccountSync.cpp" line="33" />
        <source>%n flag(s) set as the service has them</source>
        <translation>
            <numerusform>%n flag set as the service has them</numerusform><numerusform>%n flags set as the service has them</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/accounts/AccountSync.cpp" line="34" />
        <source>%n change(s) made here sent</source>
        <translation>
            <numerusform>%n change made here sent</numerusform><numerusform>%n changes made here sent</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/accounts/AccountSync.cpp" line="44" />
        <source>%n feed change(s) made here sent</source>
        <translation>
            <numerusform>%n feed change made here sent</numerusform><numerusform>%n feed changes made here sent</numerusform></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <location filename="../app/cli/AccountCommands.cpp" line="172" />
        <source>%n feed(s)</source>
        <translation>
            <numerusform>%n feed</numerusform><numerusform>%n feeds</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AccountCommands.cpp" line="173" />
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AccountCommands.cpp" line="174" />
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n change to send</numerusform><numerusform>%n changes to send</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AccountCommands.cpp" line="229" />
        <source>%1 names %n feed(s): %2; give its URL, or --account ACCOUNT</source>
        <translation>
            <numerusform>%1 names %n feed: %2; give its URL, or --account ACCOUNT</numerusform><numerusform>%1 names %n feeds: %2; give its URL, or --account ACCOUNT</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AccountCommands.cpp" line="550" />
        <source>%n article(s) marked</source>
        <translation>
            <numerusform>%n article marked</numerusform><numerusform>%n articles marked</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/Cli.cpp" line="144" />
        <source>%n comment(s) skipped: their article is not stored</source>
        <translation>
            <numerusform>%n comment skipped: their article is not stored</numerusform><numerusform>%n comments skipped: their article is not stored</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/Cli.cpp" line="240" />
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform><numerusform>%n matches</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CommentCommands.cpp" line="230" />
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform><numerusform>%n comments</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ShopCommands.cpp" line="87" />
        <source>Total at %1: %2 (%n item(s))</source>
        <translation>
            <numerusform>Total at %1: %2 (%n item)</numerusform><numerusform>Total at %1: %2 (%n items)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SiteCommands.cpp" line="166" />
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform><numerusform>%n sites</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SiteCommands.cpp" line="236" />
        <source>imported %n feed(s)</source>
        <translation>
            <numerusform>imported %n feed</numerusform><numerusform>imported %n feeds</numerusform></translation>
    </message>
</context>
<context>
    <name>CommentDelegate</name>
    <message numerus="yes">
        <location filename="../ui/ThreadView.cpp" line="280" />
        <source>▸ %n reply(ies) hidden</source>
        <translation>
            <numerusform>▸ %n reply hidden</numerusform><numerusform>▸ %n replies hidden</numerusform></translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message numerus="yes">
        <location filename="../models/DateText.cpp" line="30" />
        <source>%n min ago</source>
        <extracomment>A short relative time in lists: "5 min ago"</extracomment>
        <translation>
            <numerusform>%n min ago</numerusform><numerusform>%n min ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/DateText.cpp" line="32" />
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform><numerusform>%n hours ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/DateText.cpp" line="39" />
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
</context>
<context>
    <name>GReaderClient</name>
    <message numerus="yes">
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="353" />
        <source>The service asks Tidings to wait %n second(s) before asking again.</source>
        <translation>
            <numerusform>The service asks Tidings to wait %n second before asking again.</numerusform><numerusform>The service asks Tidings to wait %n seconds before asking again.</numerusform></translation>
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
    <name>Keychain</name>
    <message numerus="yes">
        <location filename="../app/sync/accounts/Keychain.cpp" line="144" />
        <source>The keychain did not answer within %n second(s); it may be waiting to be unlocked.</source>
        <translation>
            <numerusform>The keychain did not answer within %n second; it may be waiting to be unlocked.</numerusform><numerusform>The keychain did not answer within %n seconds; it may be waiting to be unlocked.</numerusform></translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message numerus="yes">
        <location filename="../app/sync/accounts/Passwords.cpp" line="263" />
        <source>The password command `%1` did not finish within %n second(s).</source>
        <translation>
            <numerusform>The password command `%1` did not finish within %n second.</numerusform><numerusform>The password command `%1` did not finish within %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>tidings::AccountListModel</name>
    <message numerus="yes">
        <location filename="../models/AccountListModel.cpp" line="96" />
        <source>%n feed(s)</source>
        <translation>
            <numerusform>%n feed</numerusform><numerusform>%n feeds</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/AccountListModel.cpp" line="96" />
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/AccountListModel.cpp" line="97" />
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n change to send</numerusform><numerusform>%n changes to send</numerusform></translation>
    </message>
</context>
<context>
    <name>tidings::ArticleListModel</name>
    <message numerus="yes">
        <location filename="../models/ArticleListModel.cpp" line="76" />
        <source>%n comment(s), %1 new since you last read the thread</source>
        <translation>
            <numerusform>%n comment, %1 new since you last read the thread</numerusform><numerusform>%n comments, %1 new since you last read the thread</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/ArticleListModel.cpp" line="78" />
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform><numerusform>%n comments</numerusform></translation>
    </message>
</context>
<context>
    <name>tidings::RefreshEngine</name>
    <message numerus="yes">
        <location filename="../app/sync/RefreshEngine.cpp" line="441" />
        <location filename="../app/sync/RefreshEngine.cpp" line="511" />
        <source>(asked to wait %n second(s))</source>
        <translation>
            <numerusform>(asked to wait %n second)</numerusform><numerusform>(asked to wait %n seconds)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/RefreshEngine.cpp" line="573" />
        <source>comments of %n article(s) found on the site</source>
        <translation>
            <numerusform>comments of %n article found on the site</numerusform><numerusform>comments of %n articles found on the site</numerusform></translation>
    </message>
</context>
<context>
    <name>tidings::ui::AccountsPage</name>
    <message numerus="yes">
        <location filename="../ui/AccountsPage.cpp" line="164" />
        <source>%n change(s) made here have not reached the service yet and would be lost.</source>
        <translation>
            <numerusform>%n change made here have not reached the service yet and would be lost.</numerusform><numerusform>%n changes made here have not reached the service yet and would be lost.</numerusform></translation>
    </message>
</context>
<context>
    <name>tidings::ui::ArticleView</name>
    <message numerus="yes">
        <location filename="../ui/ArticleView.cpp" line="231" />
        <source>%n image(s) from the web not loaded, to keep what you read private.</source>
        <translation>
            <numerusform>%n image from the web not loaded, to keep what you read private.</numerusform><numerusform>%n images from the web not loaded, to keep what you read private.</numerusform></translation>
    </message>
</context>
<context>
    <name>tidings::ui::CommentsPanel</name>
    <message numerus="yes">
        <location filename="../ui/CommentsPanel.cpp" line="126" />
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform><numerusform>%n comments</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CommentsPanel.cpp" line="128" />
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform><numerusform>%n new</numerusform></translation>
    </message>
</context>
<context>
    <name>tidings::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="261" />
        <source>%n comment(s) waiting</source>
        <translation>
            <numerusform>%n comment waiting</numerusform><numerusform>%n comments waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="549" />
        <source>%n feed(s) could not be refreshed</source>
        <translation>
            <numerusform>%n feed could not be refreshed</numerusform><numerusform>%n feeds could not be refreshed</numerusform></translation>
    </message>
</context>
<context>
    <name>tidings::ui::ShopPane</name>
    <message numerus="yes">
        <location filename="../ui/ShopPane.cpp" line="411" />
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform><numerusform>%n products</numerusform></translation>
    </message>
</context>
</TS>