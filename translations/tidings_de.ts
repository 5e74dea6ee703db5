<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="41"/>
        <source>Usage: tidings [--data-dir DIR] [COMMAND [ARGS]]

Without a command, Tidings opens its window.

Commands:
  parse FILE [--url URL] [--kind articles|comments|products]
                     Print what a feed, comment or product document holds, as JSON.
  import FILE... [--source NAME] [--url URL] [--kind KIND] [--currency CODE]
  import --demo      Store documents (or the bundled demo site) in the database.
  search QUERY [--limit N]
                     Stored articles matching QUERY, best match first.
  stats              Counts of what the database holds.

Options:
  --data-dir DIR     Keep the database in DIR (also: TIDINGS_DATA_DIR).
  -h, --help         Show this help.
  -v, --version      Show the version.

Exit status: 0 on success, 1 on a usage error or unreadable input, 2 when some of several
inputs failed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="82"/>
        <source>Keep the database in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="113"/>
        <source>cannot create the data folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="125"/>
        <source>Print what a document holds, as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="127"/>
        <source>The URL the document came from (base for relative links).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="128"/>
        <location filename="../app/cli/Cli.cpp" line="170"/>
        <source>articles, comments or products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="130"/>
        <source>The document to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="135"/>
        <source>parse takes exactly one FILE (see tidings parse --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="140"/>
        <location filename="../app/cli/Cli.cpp" line="187"/>
        <source>unknown --kind %1: use articles, comments or products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="145"/>
        <location filename="../app/cli/Cli.cpp" line="211"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="153"/>
        <source>%1 new, %2 updated, %3 unchanged (site: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/Cli.cpp" line="160"/>
        <source>%n comment(s) skipped: their article is not stored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="166"/>
        <source>Parse documents and store what they hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="167"/>
        <source>The site to file the documents under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="169"/>
        <source>The URL the document came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="172"/>
        <source>Currency of product lists that name none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="173"/>
        <source>Import the bundled demo site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="175"/>
        <source>The documents to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="180"/>
        <source>import needs at least one FILE, or --demo (see tidings import --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="182"/>
        <source>--url names one document; import the files one at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="201"/>
        <location filename="../app/cli/Cli.cpp" line="203"/>
        <source>demo site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="217"/>
        <source>%1: malformed, recovered what could be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="228"/>
        <source>Stored articles matching the words, best match first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="229"/>
        <source>At most N results (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="232"/>
        <source>The words to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="237"/>
        <source>search needs a QUERY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="241"/>
        <source>--limit takes a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/Cli.cpp" line="256"/>
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="262"/>
        <source>Counts of what the database holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="270"/>
        <source>sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="270"/>
        <source>feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="271"/>
        <source>articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="271"/>
        <source>unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="272"/>
        <source>starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="272"/>
        <source>comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="273"/>
        <source>products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="273"/>
        <source>variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="274"/>
        <source>cart lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="274"/>
        <source>outbox pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="278"/>
        <source>database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="327"/>
        <source>unknown option %1 (see tidings --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="338"/>
        <source>unknown command %1; the commands are %2 (see tidings --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/Database.cpp" line="61"/>
        <source>cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="101"/>
        <source>the SQLite driver gave no connection handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="129"/>
        <source>cannot configure the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="139"/>
        <source>%1 is not a Tidings database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="146"/>
        <source>%1 was written by a newer Tidings (schema %2; this version knows up to %3). Update Tidings to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="164"/>
        <source>cannot copy the database aside before updating it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="173"/>
        <source>migration %1 is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="182"/>
        <source>cannot update the database to schema %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentParser</name>
    <message>
        <location filename="../app/parse/DocumentParser.cpp" line="133"/>
        <source>document too large: over %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/parse/DocumentParser.cpp" line="139"/>
        <source>not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/parse/DocumentParser.cpp" line="148"/>
        <source>not a feed: JSON that is neither a JSON Feed, WordPress comments nor a product list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/parse/DocumentParser.cpp" line="158"/>
        <source>cannot read the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/parse/DocumentParser.cpp" line="219"/>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../app/storage/Importer.cpp" line="97"/>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/Importer.cpp" line="152"/>
        <source>Unnamed site</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/Importer.cpp" line="191"/>
        <source>%n item(s) stored before that</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../app/storage/Store.cpp" line="115"/>
        <location filename="../app/storage/Store.cpp" line="250"/>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XmlFeedParser</name>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="222"/>
        <source>not a feed: got an HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="223"/>
        <source>not a feed: the document is &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="859"/>
        <source>cannot read the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="878"/>
        <source>uses the HTML entity &amp;%1; without declaring it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="882"/>
        <location filename="../app/parse/XmlFeedParser.cpp" line="887"/>
        <source>empty document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="884"/>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="890"/>
        <source>the document ends before it is complete (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="897"/>
        <location filename="../app/parse/XmlFeedParser.cpp" line="911"/>
        <source>not well-formed XML: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="913"/>
        <source>kept what came before line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="917"/>
        <source>not a feed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tidings::ui::MainWindow</name>
    <message>
        <location filename="../ui/Gui.cpp" line="20"/>
        <location filename="../ui/MainWindow.cpp" line="31"/>
        <source>Tidings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Gui.cpp" line="21"/>
        <source>Tidings cannot create its data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="35"/>
        <source>&amp;News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="36"/>
        <source>&amp;Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="37"/>
        <source>&amp;Cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="46"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="64"/>
        <source>Tidings cannot open its database.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="74"/>
        <source>Welcome! This is a demo site, so there is something to read. Add a real site when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="95"/>
        <source>%n article(s) stored, %1 unread, with %2 comments.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="98"/>
        <source>%n product(s) in the shop.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="99"/>
        <source>Your cart is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="100"/>
        <source>%n line(s) in your cart.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="101"/>
        <source>&amp;Cart (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
