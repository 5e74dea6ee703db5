<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/CliSupport.h" line="33"/>
        <source>Keep the database in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="43"/>
        <source>cannot create the data folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="33"/>
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
  add URL [--name NAME] [--products URL] [--folder PATH] [--no-refresh]
                     Add a site from its home page or a feed URL, and fetch it.
  sites              The sites with their feeds and how fetching them went.
  remove SITE        Remove a site and everything stored from it.
  refresh [SITE]     Fetch every feed (or one site&apos;s) now; one line per feed.
  import-opml FILE   Add the feeds of an OPML file (all of them, or none on error).
  export-opml [FILE] Write the article feeds as OPML (to standard output without FILE).

Options:
  --data-dir DIR     Keep the database in DIR (also: TIDINGS_DATA_DIR).
  -h, --help         Show this help.
  -v, --version      Show the version.

Exit status: 0 on success, 1 on a usage error or unreadable input, 2 when some of several
inputs (or feeds, for refresh) failed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="64"/>
        <source>Print what a document holds, as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="66"/>
        <source>The URL the document came from (base for relative links).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="67"/>
        <location filename="../app/cli/Cli.cpp" line="109"/>
        <source>articles, comments or products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="69"/>
        <source>The document to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="74"/>
        <source>parse takes exactly one FILE (see tidings parse --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="79"/>
        <location filename="../app/cli/Cli.cpp" line="126"/>
        <source>unknown --kind %1: use articles, comments or products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="84"/>
        <location filename="../app/cli/Cli.cpp" line="150"/>
        <location filename="../app/cli/SiteCommands.cpp" line="123"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="92"/>
        <source>%1 new, %2 updated, %3 unchanged (site: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/Cli.cpp" line="99"/>
        <source>%n comment(s) skipped: their article is not stored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="105"/>
        <source>Parse documents and store what they hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="106"/>
        <source>The site to file the documents under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="108"/>
        <source>The URL the document came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="111"/>
        <source>Currency of product lists that name none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="112"/>
        <source>Import the bundled demo site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="114"/>
        <source>The documents to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="119"/>
        <source>import needs at least one FILE, or --demo (see tidings import --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="121"/>
        <source>--url names one document; import the files one at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="140"/>
        <location filename="../app/cli/Cli.cpp" line="142"/>
        <source>demo site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="156"/>
        <source>%1: malformed, recovered what could be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="167"/>
        <source>Stored articles matching the words, best match first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="168"/>
        <source>At most N results (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="171"/>
        <source>The words to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="176"/>
        <source>search needs a QUERY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="180"/>
        <source>--limit takes a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/Cli.cpp" line="195"/>
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="201"/>
        <source>Counts of what the database holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="209"/>
        <source>sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="209"/>
        <source>feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="210"/>
        <source>articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="210"/>
        <source>unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="211"/>
        <source>starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="211"/>
        <location filename="../app/cli/SiteCommands.cpp" line="57"/>
        <source>comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="212"/>
        <source>products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="212"/>
        <source>variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="213"/>
        <source>cart lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="213"/>
        <source>outbox pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="217"/>
        <source>database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="266"/>
        <source>unknown option %1 (see tidings --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="289"/>
        <source>unknown command %1; the commands are %2 (see tidings --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="23"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="28"/>
        <source>%1 new, %2 updated, %3 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="36"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="38"/>
        <source>not modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="40"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="42"/>
        <location filename="../app/cli/SiteCommands.cpp" line="156"/>
        <source>stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="62"/>
        <source>Refreshing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="79"/>
        <source>%1 feeds: %2 new, %3 updated, %4 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="92"/>
        <source>Add a site from its home page or a feed URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="93"/>
        <source>Call the site NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="94"/>
        <source>The site&apos;s Google Merchant product feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="96"/>
        <source>File the site in a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="97"/>
        <source>Do not fetch the feeds now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="99"/>
        <source>A home page or a feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="103"/>
        <source>add takes one URL (see tidings add --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="130"/>
        <source>added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="134"/>
        <source>WordPress REST API: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="142"/>
        <source>The sites with their feeds and how fetching them went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="154"/>
        <source>last fetched %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="158"/>
        <source>last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SiteCommands.cpp" line="162"/>
        <source>%n site(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="168"/>
        <source>Remove a site and everything stored from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="169"/>
        <source>The site&apos;s name or home page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="173"/>
        <source>remove takes one SITE (see tidings sites)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="181"/>
        <source>no site named %1 (see tidings sites)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="184"/>
        <source>removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="190"/>
        <source>Fetch every feed (or one site&apos;s) now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="191"/>
        <source>Only this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="195"/>
        <source>refresh takes at most one SITE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="204"/>
        <source>Add the feeds of an OPML file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="205"/>
        <source>The OPML file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="209"/>
        <source>import-opml takes one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="212"/>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="216"/>
        <source>%1: %2; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="222"/>
        <source>%1; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SiteCommands.cpp" line="223"/>
        <source>imported %n feed(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="229"/>
        <source>Write the article feeds as OPML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="230"/>
        <source>Where to write (standard output without).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="245"/>
        <source>cannot write %1: %2</source>
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
        <location filename="../app/parse/DocumentParser.cpp" line="220"/>
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
        <location filename="../app/storage/Importer.cpp" line="156"/>
        <source>Unnamed site</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/Importer.cpp" line="195"/>
        <source>%n item(s) stored before that</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Opml</name>
    <message>
        <location filename="../app/sync/Opml.cpp" line="23"/>
        <source>not an OPML file: it starts with &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/Opml.cpp" line="47"/>
        <source>line %1: %2 is not a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/Opml.cpp" line="66"/>
        <source>the OPML file is broken at line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/Opml.cpp" line="71"/>
        <source>not an OPML file: no &lt;opml&gt; with a &lt;body&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/Opml.cpp" line="87"/>
        <source>Tidings subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../app/storage/DemoSite.cpp" line="55"/>
        <source>bundled with Tidings; never fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/Sources.cpp" line="160"/>
        <source>a site needs a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../app/storage/Store.cpp" line="134"/>
        <location filename="../app/storage/Store.cpp" line="270"/>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XmlFeedParser</name>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="125"/>
        <source>not a feed: got an HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="126"/>
        <source>not a feed: the document is &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="759"/>
        <source>cannot read the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="778"/>
        <source>uses the HTML entity &amp;%1; without declaring it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="782"/>
        <location filename="../app/parse/XmlFeedParser.cpp" line="787"/>
        <source>empty document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="784"/>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="790"/>
        <source>the document ends before it is complete (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="797"/>
        <location filename="../app/parse/XmlFeedParser.cpp" line="811"/>
        <source>not well-formed XML: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="813"/>
        <source>kept what came before line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="817"/>
        <source>not a feed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tidings::ArticleListModel</name>
    <message>
        <location filename="../models/ArticleListModel.cpp" line="95"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ArticleListModel.cpp" line="97"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ArticleListModel.cpp" line="99"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ArticleListModel.cpp" line="101"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ArticleListModel.cpp" line="103"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tidings::Fetcher</name>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="22"/>
        <source>timed out after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="24"/>
        <source>the server refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="26"/>
        <source>the server closed the connection before sending everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="28"/>
        <source>cannot find the server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="30"/>
        <source>the secure connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="32"/>
        <source>too many redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="34"/>
        <source>refused a redirect from HTTPS to HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="37"/>
        <source>the network is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="152"/>
        <source>refused a redirect from HTTPS to HTTP (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="165"/>
        <source>the response is larger than %1 MB; it was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="174"/>
        <source>the response is larger than %1 MB; it was cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="217"/>
        <source>the server says the feed is gone (410 Gone); it is no longer fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="50"/>
        <source>server said %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tidings::RefreshEngine</name>
    <message>
        <location filename="../app/sync/RefreshEngine.cpp" line="97"/>
        <source>no site named %1 (see tidings sites)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/RefreshEngine.cpp" line="177"/>
        <source>postponed: the server asked to wait until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/RefreshEngine.cpp" line="256"/>
        <source>malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/RefreshEngine.cpp" line="288"/>
        <source>(asked to wait %n second(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/RefreshEngine.cpp" line="303"/>
        <location filename="../app/sync/RefreshEngine.cpp" line="313"/>
        <source>page %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tidings::RemoteImages</name>
    <message>
        <location filename="../app/net/RemoteImages.cpp" line="84"/>
        <source>the image is larger than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/RemoteImages.cpp" line="104"/>
        <source>the image is too large to show (%1 × %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/RemoteImages.cpp" line="111"/>
        <source>not an image that can be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tidings::SiteDiscovery</name>
    <message>
        <location filename="../app/net/Discovery.cpp" line="144"/>
        <source>not a web address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/Discovery.cpp" line="153"/>
        <source>no answer from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/Discovery.cpp" line="182"/>
        <source>no feed found on %1: it announces none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/Discovery.cpp" line="211"/>
        <source>the feeds %1 announces could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/Discovery.cpp" line="242"/>
        <source>the product feed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/Discovery.cpp" line="247"/>
        <source>%1 is not a product feed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tidings::SourceTreeModel</name>
    <message>
        <location filename="../models/SourceTreeModel.cpp" line="131"/>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SourceTreeModel.cpp" line="131"/>
        <location filename="../models/SourceTreeModel.cpp" line="175"/>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SourceTreeModel.cpp" line="131"/>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SourceTreeModel.cpp" line="175"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tidings::ui::ArticleView</name>
    <message>
        <location filename="../ui/ArticleView.cpp" line="198"/>
        <source>Open the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ArticleView.cpp" line="173"/>
        <source>%n comment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="130"/>
        <source>Welcome to Tidings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="131"/>
        <source>What you see is The Patch Bay, a made-up tech site that comes with Tidings, so there is something to read, comments to follow and a shop to look at. It is never fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="133"/>
        <source>To read a real site, choose File ▸ Add Site… (%1) and type its address, such as example.com. Tidings finds its feeds, its comment threads and its shop by itself, and keeps everything on this computer, so it reads offline too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="137"/>
        <source>Move through articles with j and k, page with the space bar, star with s, open the original with o, and search with /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="176"/>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ArticleView.cpp" line="186"/>
        <source>%n image(s) from the web not loaded, to keep what you read private.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="188"/>
        <source>Show images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="189"/>
        <source>Always show images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tidings::ui::MainWindow</name>
    <message>
        <location filename="../ui/Gui.cpp" line="20"/>
        <location filename="../ui/MainWindow.cpp" line="49"/>
        <source>Tidings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Gui.cpp" line="21"/>
        <source>Tidings cannot create its data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="64"/>
        <source>&amp;News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="65"/>
        <source>&amp;Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="66"/>
        <source>&amp;Cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="134"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="121"/>
        <source>&amp;Refresh All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="132"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="100"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="94"/>
        <source>Refresh problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="100"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="120"/>
        <source>&amp;Add Site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="123"/>
        <source>&amp;Mark All Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="123"/>
        <source>Ctrl+Shift+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="129"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="138"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="142"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <source>Added %1; fetching it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149"/>
        <source>Could not add the site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="158"/>
        <source>Add Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="159"/>
        <source>The address of a site&apos;s home page or of one of its feeds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="163"/>
        <source>Looking at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="199"/>
        <source>Tidings cannot open its database.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="220"/>
        <source>Welcome! This is a demo site, so there is something to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="244"/>
        <source>Refreshing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="245"/>
        <source>Refreshing %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="257"/>
        <source>%n feed(s) could not be refreshed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="273"/>
        <source>%n product(s) in the shop.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="274"/>
        <source>Your cart is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="275"/>
        <source>%n item(s) in your cart.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="276"/>
        <source>&amp;Cart (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tidings::ui::NewsPane</name>
    <message>
        <location filename="../ui/NewsPane.cpp" line="66"/>
        <source>Search articles (/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="86"/>
        <source>Select an article to read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tidings::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/Preferences.cpp" line="46"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="48"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="51"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="52"/>
        <source>at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="55"/>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="56"/>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="58"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="58"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="58"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="60"/>
        <source>Ask for each article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="60"/>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="60"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="67"/>
        <source>Refresh every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="68"/>
        <source>Mark read after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="69"/>
        <source>Reader font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="70"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="71"/>
        <source>Load remote images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="72"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
