<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountServices</name>
    <message>
        <location filename="../app/sync/accounts/AccountServices.cpp" line="22"/>
        <source>Tidings cannot speak to %1 services yet.</source>
        <translation>Tidings kann noch nicht mit Diensten vom Typ %1 kommunizieren.</translation>
    </message>
</context>
<context>
    <name>AccountSetup</name>
    <message>
        <location filename="../app/sync/accounts/AccountSetup.cpp" line="25"/>
        <source>%1 is not an http or https address</source>
        <translation>%1 ist keine http- oder https-Adresse</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSetup.cpp" line="29"/>
        <source>The account needs a user name.</source>
        <translation>Das Konto braucht einen Benutzernamen.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSetup.cpp" line="42"/>
        <location filename="../app/sync/accounts/AccountSetup.cpp" line="102"/>
        <source>The account needs its password.</source>
        <translation>Das Konto braucht sein Passwort.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSetup.cpp" line="98"/>
        <source>The password of %1 comes from a file or a command: change it there.</source>
        <translation>Das Passwort von %1 stammt aus einer Datei oder einem Befehl: Ändern Sie es dort.</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="106"/>
        <source>new, not synced yet</source>
        <translation>neu, noch nicht synchronisiert</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="108"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="110"/>
        <source>waiting before asking the service again</source>
        <translation>wartet, bevor der Dienst erneut angefragt wird</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="112"/>
        <source>needs its password</source>
        <translation>braucht sein Passwort</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="114"/>
        <source>the last sync failed</source>
        <translation>die letzte Synchronisierung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="204"/>
        <source>a site or an account is already called %1: choose another name with --name</source>
        <translation>eine Website oder ein Konto heißt bereits %1: Wählen Sie mit --name einen anderen Namen</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="209"/>
        <source>the account %1 is already %2 at %3</source>
        <translation>dieses Konto gibt es bereits als %1 (%2 bei %3)</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="246"/>
        <source>no account %1</source>
        <translation>kein Konto %1</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="434"/>
        <source>an article vanished while it was being stored</source>
        <translation>Ein Artikel ist verschwunden, während er gespeichert wurde</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountFeedEdits.cpp" line="115"/>
        <source>that feed is not one of an account&apos;s: only an account&apos;s feeds are edited on its service</source>
        <translation>dieser Feed gehört zu keinem Konto: Nur die Feeds eines Kontos werden bei dessen Dienst bearbeitet</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountFeedEdits.cpp" line="155"/>
        <source>a feed&apos;s title cannot be empty</source>
        <translation>der Titel eines Feeds darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountFeedEdits.cpp" line="163"/>
        <source>Tiny Tiny RSS&apos;s API cannot rename a feed: rename it in Tiny Tiny RSS itself, and the next sync brings the new title here</source>
        <translation>Die API von Tiny Tiny RSS kann keinen Feed umbenennen: Benennen Sie ihn in Tiny Tiny RSS selbst um, dann bringt die nächste Synchronisierung den neuen Titel hierher</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountFeedEdits.cpp" line="181"/>
        <source>Tiny Tiny RSS&apos;s API cannot move a feed to another category: move it in Tiny Tiny RSS itself, and the next sync brings the change here</source>
        <translation>Die API von Tiny Tiny RSS kann keinen Feed in eine andere Kategorie verschieben: Verschieben Sie ihn in Tiny Tiny RSS selbst, dann bringt die nächste Synchronisierung die Änderung hierher</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountFeedEdits.cpp" line="198"/>
        <source>that folder is gone from the account %1: sync the account and try again</source>
        <translation>dieser Ordner existiert im Konto %1 nicht mehr: Synchronisieren Sie das Konto und versuchen Sie es erneut</translation>
    </message>
</context>
<context>
    <name>AccountSync</name>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="25"/>
        <source>the database failed: %1</source>
        <translation>die Datenbank meldete einen Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="27"/>
        <source>waiting until %1 before asking the service again</source>
        <translation>wartet bis %1, bevor der Dienst erneut angefragt wird</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="32"/>
        <source>%1 new, %2 updated</source>
        <translation>%1 neu, %2 aktualisiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/accounts/AccountSync.cpp" line="33"/>
        <source>%n flag(s) set as the service has them</source>
        <translation>
            <numerusform>%n Kennzeichen wie beim Dienst gesetzt</numerusform>
            <numerusform>%n Kennzeichen wie beim Dienst gesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/accounts/AccountSync.cpp" line="34"/>
        <source>%n change(s) made here sent</source>
        <translation>
            <numerusform>%n hier vorgenommene Änderung gesendet</numerusform>
            <numerusform>%n hier vorgenommene Änderungen gesendet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="37"/>
        <source>feeds: %1 added, %2 removed, %3 renamed, %4 moved</source>
        <translation>Feeds: %1 hinzugefügt, %2 entfernt, %3 umbenannt, %4 verschoben</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/accounts/AccountSync.cpp" line="44"/>
        <source>%n feed change(s) made here sent</source>
        <translation>
            <numerusform>%n hier vorgenommene Feed-Änderung gesendet</numerusform>
            <numerusform>%n hier vorgenommene Feed-Änderungen gesendet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="64"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="107"/>
        <source>no account %1</source>
        <translation>kein Konto %1</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="372"/>
        <source>unsubscribing from %1: the service answered &quot;%2&quot;; taken as done</source>
        <translation>Abbestellen von %1: Der Dienst antwortete „%2“; gilt als erledigt</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="375"/>
        <source>renaming a feed to %1: the service answered &quot;%2&quot;; the service&apos;s title stands</source>
        <translation>Umbenennen eines Feeds in %1: Der Dienst antwortete „%2“; der Titel beim Dienst bleibt bestehen</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="378"/>
        <source>moving %1: the service answered &quot;%2&quot;; the service&apos;s folder stands</source>
        <translation>Verschieben von %1: Der Dienst antwortete „%2“; der Ordner beim Dienst bleibt bestehen</translation>
    </message>
</context>
<context>
    <name>Cart</name>
    <message>
        <location filename="../app/shop/Cart.cpp" line="36"/>
        <source>out of stock</source>
        <translation>nicht vorrätig</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="38"/>
        <source>available to pre-order</source>
        <translation>vorbestellbar</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="40"/>
        <source>on back order</source>
        <translation>wird nachgeliefert</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="41"/>
        <source>in stock</source>
        <translation>vorrätig</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="81"/>
        <source>was %1, now %2</source>
        <translation>war %1, jetzt %2</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="84"/>
        <source>back in stock</source>
        <translation>wieder vorrätig</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="85"/>
        <source>now %1</source>
        <translation>jetzt %1</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="97"/>
        <location filename="../app/shop/Cart.cpp" line="186"/>
        <location filename="../app/shop/Cart.cpp" line="237"/>
        <location filename="../app/shop/Cart.cpp" line="268"/>
        <source>The cart could not be saved: %1</source>
        <translation>Der Warenkorb konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="163"/>
        <location filename="../app/shop/Cart.cpp" line="211"/>
        <location filename="../app/shop/Cart.cpp" line="248"/>
        <source>A quantity is a whole number from 1 to %1.</source>
        <translation>Eine Menge ist eine ganze Zahl von 1 bis %1.</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="173"/>
        <source>There is no such product.</source>
        <translation>Dieses Produkt gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="180"/>
        <source>%1 is out of stock.</source>
        <translation>%1 ist nicht vorrätig.</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="258"/>
        <location filename="../app/shop/Cart.cpp" line="283"/>
        <location filename="../app/shop/Cart.cpp" line="321"/>
        <source>The cart has no line %1.</source>
        <translation>Der Warenkorb hat keine Zeile %1.</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="299"/>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
</context>
<context>
    <name>Checkout</name>
    <message>
        <location filename="../app/shop/Checkout.cpp" line="65"/>
        <source>Out of stock at %2: %1. Remove what is out of stock, or wait until it is back, to check out.</source>
        <translation>Nicht vorrätig bei %2: %1. Entfernen Sie, was nicht vorrätig ist, oder warten Sie, bis es wieder da ist, um zur Kasse zu gehen.</translation>
    </message>
    <message>
        <location filename="../app/shop/Checkout.cpp" line="77"/>
        <location filename="../app/shop/Checkout.cpp" line="90"/>
        <source>%1 opens its checkout with these items in the cart; you pay on the store&apos;s page.</source>
        <translation>%1 öffnet seine Kasse mit diesen Artikeln im Warenkorb; Sie bezahlen auf der Seite des Shops.</translation>
    </message>
    <message>
        <location filename="../app/shop/Checkout.cpp" line="101"/>
        <source>%1 opens one page per product, each adding it to the store&apos;s cart; check out from the store&apos;s cart page.</source>
        <translation>%1 öffnet eine Seite pro Produkt, die es jeweils in den Warenkorb des Shops legt; gehen Sie von der Warenkorbseite des Shops zur Kasse.</translation>
    </message>
    <message>
        <location filename="../app/shop/Checkout.cpp" line="113"/>
        <source>%1 gives no product pages to check out from.</source>
        <translation>%1 nennt keine Produktseiten, über die Sie zur Kasse gehen können.</translation>
    </message>
    <message>
        <location filename="../app/shop/Checkout.cpp" line="114"/>
        <source>%1 takes no cart from Tidings: its product pages open, one per product; add each to the store&apos;s cart there (quantities as listed here).</source>
        <translation>%1 übernimmt keinen Warenkorb von Tidings: Seine Produktseiten öffnen sich, eine pro Produkt; legen Sie dort jedes in den Warenkorb des Shops (in den hier genannten Mengen).</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/CliSupport.h" line="35"/>
        <source>Keep the database in DIR.</source>
        <translation>Die Datenbank in DIR ablegen.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="46"/>
        <source>cannot create the data folder %1</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="62"/>
        <source>Nothing was changed. What you can do (the damaged file is kept aside, never deleted):
  tidings check                     what SQLite finds wrong with it
</source>
        <translation>Es wurde nichts geändert. Was Sie tun können (die beschädigte Datei wird beiseitegelegt, nie gelöscht):
  tidings check                     welche Fehler SQLite in ihr findet
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="68"/>
        <source>  tidings recover --start-empty     start again with an empty database
</source>
        <translation>  tidings recover --start-empty     mit einer leeren Datenbank neu beginnen
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="65"/>
        <source>  tidings recover --restore-backup  go back to the copy made on %1
</source>
        <translation>  tidings recover --restore-backup  zur Sicherungskopie vom %1 zurückkehren
</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="38"/>
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
  add FEED_URL --account ACCOUNT [--folder PATH]
                     Subscribe on an account&apos;s service (in one of its folders), sync.
  sites              The sites with their feeds and how fetching them went.
  remove SITE        Remove a site and everything stored from it.
  remove FEED [--account ACCOUNT]
                     Unsubscribe from an account&apos;s feed (its URL or title): gone here
                     at once, on the service at the next sync.
  rename FEED TITLE [--account ACCOUNT]
                     Rename an account&apos;s feed, here and on the service at the next sync.
  move FEED FOLDER [--account ACCOUNT] | move FEED --no-folder [--account ACCOUNT]
                     Move an account&apos;s feed to one of its folders (or out of them).
  refresh [SITE]     Fetch every feed (or one site&apos;s) now; one line per feed.
  import-opml FILE   Add the feeds of an OPML file (all of them, or none on error).
  export-opml [FILE] Write the article feeds as OPML (to standard output without FILE).
  comment ARTICLE --name N --email E [--url U] [--reply-to COMMENT] TEXT
                     Write a comment; it waits in the outbox until it is posted.
  outbox             The comments you wrote that are not published yet.
  sync [--wait S]    Post what waits in the outbox and sync every account (exit 2 when
                     something is left or an account failed).
  thread ARTICLE     Print an article&apos;s comment thread as an indented tree.
  account add ttrss|greader URL --user U [--password-file F | --password-command CMD]
                     Add an account with a feed service (the password is checked now).
  account list       The accounts with their state and last sync.
  account remove ACCOUNT
                     Remove an account with its feeds and articles.
  articles [SOURCE] [--unread] [--starred] [--limit N]
                     Stored articles, newest first: id, flags (U unread, * starred),
                     date, title, link.
  mark read|unread|star|unstar ARTICLE...
                     Change flags as the window does (an account&apos;s go up at sync).
  products [SITE] [--search Q] [--on-sale] [--in-stock]
                     The stored products, one line per variant where there are several.
  cart               The cart: lines, quantities, changes since added, totals per store.
  cart add PRODUCT [--variant V] [--quantity N] [--site SITE]
  cart set LINE N | cart remove LINE | cart undo | cart ack [LINE]
                     Change the cart (PRODUCT and V as tidings products shows them).
  checkout [SITE] [--print] [--add-to-cart-links]
                     Open each store&apos;s checkout with the cart (or print the URLs).
  check              Run SQLite&apos;s integrity check on the database and report.
  recover --restore-backup | --start-empty
                     Set a damaged database aside; go back to the copy made before the
                     last schema update, or start again with an empty database.

Options:
  --data-dir DIR     Keep the database in DIR (also: TIDINGS_DATA_DIR).
  -h, --help         Show this help.
  -v, --version      Show the version.

Data folder: %1

Exit status: 0 on success, 1 on a usage error or unreadable input, 2 when some of several
inputs (or feeds, for refresh) failed, when sync leaves comments to send or an
account fails to sync, or when checkout is held back.
</source>
        <extracomment>%1 (after &quot;Data folder:&quot;) is the path of the folder that holds the database.</extracomment>
        <translation>Aufruf: tidings [--data-dir DIR] [BEFEHL [ARGUMENTE]]

Ohne Befehl öffnet Tidings sein Fenster.

Befehle:
  parse FILE [--url URL] [--kind articles|comments|products]
                     Inhalt eines Feed-, Kommentar- oder Produktdokuments als JSON ausgeben.
  import FILE... [--source NAME] [--url URL] [--kind KIND] [--currency CODE]
  import --demo      Dokumente (oder die mitgelieferte Demo-Website) in der Datenbank speichern.
  search QUERY [--limit N]
                     Gespeicherte Artikel, die zu QUERY passen, bester Treffer zuerst.
  stats              Zahlen zum Inhalt der Datenbank.
  add URL [--name NAME] [--products URL] [--folder PATH] [--no-refresh]
                     Eine Website über ihre Startseite oder eine Feed-URL hinzufügen und abrufen.
  add FEED_URL --account ACCOUNT [--folder PATH]
                     Beim Dienst eines Kontos abonnieren (in einem seiner Ordner), synchronisieren.
  sites              Die Websites mit ihren Feeds und wie deren Abruf verlief.
  remove SITE        Eine Website und alles von ihr Gespeicherte entfernen.
  remove FEED [--account ACCOUNT]
                     Den Feed eines Kontos (URL oder Titel) abbestellen: hier sofort entfernt,
                     beim Dienst bei der nächsten Synchronisierung.
  rename FEED TITLE [--account ACCOUNT]
                     Den Feed eines Kontos umbenennen, hier und bei der nächsten
                     Synchronisierung beim Dienst.
  move FEED FOLDER [--account ACCOUNT] | move FEED --no-folder [--account ACCOUNT]
                     Den Feed eines Kontos in einen seiner Ordner verschieben (oder aus
                     seinem Ordner nehmen).
  refresh [SITE]     Alle Feeds (oder die einer Website) jetzt abrufen; eine Zeile pro Feed.
  import-opml FILE   Die Feeds einer OPML-Datei hinzufügen (alle oder, bei einem Fehler, keinen).
  export-opml [FILE] Die Artikel-Feeds als OPML schreiben (ohne FILE auf die Standardausgabe).
  comment ARTICLE --name N --email E [--url U] [--reply-to COMMENT] TEXT
                     Einen Kommentar schreiben; er wartet im Postausgang, bis er gesendet ist.
  outbox             Ihre Kommentare, die noch nicht veröffentlicht sind.
  sync [--wait S]    Senden, was im Postausgang wartet, und jedes Konto synchronisieren (Status 2,
                     wenn etwas übrig bleibt oder ein Konto fehlgeschlagen ist).
  thread ARTICLE     Die Kommentare eines Artikels als eingerückten Baum ausgeben.
  account add ttrss|greader URL --user U [--password-file F | --password-command CMD]
                     Ein Konto bei einem Feed-Dienst hinzufügen (das Passwort wird sofort geprüft).
  account list       Die Konten mit ihrem Zustand und ihrer letzten Synchronisierung.
  account remove ACCOUNT
                     Ein Konto mit seinen Feeds und Artikeln entfernen.
  articles [SOURCE] [--unread] [--starred] [--limit N]
                     Gespeicherte Artikel, neueste zuerst: ID, Kennzeichen (U ungelesen, * markiert),
                     Datum, Titel, Link.
  mark read|unread|star|unstar ARTICLE...
                     Kennzeichen wie im Fenster ändern (die von Artikeln eines Kontos gehen beim
                     Synchronisieren an den Dienst).
  products [SITE] [--search Q] [--on-sale] [--in-stock]
                     Die gespeicherten Produkte, eine Zeile pro Variante, wo es mehrere gibt.
  cart               Der Warenkorb: Zeilen, Mengen, Änderungen seit dem Hinzufügen, Summen pro Shop.
  cart add PRODUCT [--variant V] [--quantity N] [--site SITE]
  cart set LINE N | cart remove LINE | cart undo | cart ack [LINE]
                     Den Warenkorb ändern (PRODUCT und V, wie tidings products sie anzeigt).
  checkout [SITE] [--print] [--add-to-cart-links]
                     Die Kasse jedes Shops mit dem Warenkorb öffnen (oder die URLs ausgeben).
  check              Die Integritätsprüfung von SQLite auf der Datenbank ausführen und das Ergebnis melden.
  recover --restore-backup | --start-empty
                     Eine beschädigte Datenbank beiseitelegen; zur vor der letzten Schema-
                     Aktualisierung angelegten Sicherungskopie zurückkehren oder mit einer
                     leeren Datenbank neu beginnen.

Optionen:
  --data-dir DIR     Die Datenbank in DIR ablegen (auch: TIDINGS_DATA_DIR).
  -h, --help         Diese Hilfe anzeigen.
  -v, --version      Die Version anzeigen.

Datenordner: %1

Exit-Status: 0 bei Erfolg, 1 bei einem Aufruffehler oder unlesbarer Eingabe, 2 wenn einige von
mehreren Eingaben (oder Feeds, bei refresh) fehlgeschlagen sind, wenn sync noch zu sendende
Kommentare übrig lässt oder die Synchronisierung eines Kontos fehlschlägt, oder wenn checkout
zurückgehalten wird.
</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="109"/>
        <source>Print what a document holds, as JSON.</source>
        <translation>Den Inhalt eines Dokuments als JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="111"/>
        <source>The URL the document came from (base for relative links).</source>
        <translation>Die URL, von der das Dokument stammt (Basis für relative Links).</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="112"/>
        <location filename="../app/cli/Cli.cpp" line="154"/>
        <source>articles, comments or products.</source>
        <translation>articles, comments oder products.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="114"/>
        <source>The document to read.</source>
        <translation>Das zu lesende Dokument.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="119"/>
        <source>parse takes exactly one FILE (see tidings parse --help)</source>
        <translation>parse erwartet genau eine Datei FILE (siehe tidings parse --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="124"/>
        <location filename="../app/cli/Cli.cpp" line="171"/>
        <source>unknown --kind %1: use articles, comments or products</source>
        <translation>unbekannte --kind %1: Verwenden Sie articles, comments oder products</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="129"/>
        <location filename="../app/cli/Cli.cpp" line="195"/>
        <location filename="../app/cli/SiteCommands.cpp" line="127"/>
        <location filename="../app/cli/AccountCommands.cpp" line="252"/>
        <location filename="../app/cli/AccountCommands.cpp" line="291"/>
        <location filename="../app/cli/AccountCommands.cpp" line="340"/>
        <location filename="../app/cli/AccountCommands.cpp" line="404"/>
        <location filename="../app/cli/AccountCommands.cpp" line="546"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="137"/>
        <source>%1 new, %2 updated, %3 unchanged (site: %4)</source>
        <translation>%1 neu, %2 aktualisiert, %3 unverändert (Website: %4)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/Cli.cpp" line="144"/>
        <source>%n comment(s) skipped: their article is not stored</source>
        <translation>
            <numerusform>%n Kommentar übersprungen: Sein Artikel ist nicht gespeichert</numerusform>
            <numerusform>%n Kommentare übersprungen: Ihr Artikel ist nicht gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="150"/>
        <source>Parse documents and store what they hold.</source>
        <translation>Dokumente einlesen und ihren Inhalt speichern.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="151"/>
        <source>The site to file the documents under.</source>
        <translation>Die Website, unter der die Dokumente abgelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="153"/>
        <source>The URL the document came from.</source>
        <translation>Die URL, von der das Dokument stammt.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="156"/>
        <source>Currency of product lists that name none.</source>
        <translation>Währung für Produktlisten, die keine nennen.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="157"/>
        <source>Import the bundled demo site.</source>
        <translation>Die mitgelieferte Demo-Website importieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="159"/>
        <source>The documents to import.</source>
        <translation>Die zu importierenden Dokumente.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="164"/>
        <source>import needs at least one FILE, or --demo (see tidings import --help)</source>
        <translation>import braucht mindestens eine Datei FILE oder --demo (siehe tidings import --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="166"/>
        <source>--url names one document; import the files one at a time</source>
        <translation>--url bezeichnet ein einzelnes Dokument; importieren Sie die Dateien einzeln</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="185"/>
        <location filename="../app/cli/Cli.cpp" line="187"/>
        <source>demo site: %1</source>
        <translation>Demo-Website: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="201"/>
        <source>%1: malformed, recovered what could be read: %2</source>
        <translation>%1: fehlerhaft, das Lesbare wurde gerettet: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="212"/>
        <source>Stored articles matching the words, best match first.</source>
        <translation>Gespeicherte Artikel, die zu den Wörtern passen, bester Treffer zuerst.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="213"/>
        <source>At most N results (default 20).</source>
        <translation>Höchstens N Ergebnisse (Standard: 20).</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="216"/>
        <source>The words to look for.</source>
        <translation>Die zu suchenden Wörter.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="221"/>
        <source>search needs a QUERY</source>
        <translation>search braucht eine Suchanfrage QUERY</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="225"/>
        <location filename="../app/cli/AccountCommands.cpp" line="472"/>
        <source>--limit takes a positive number</source>
        <translation>--limit erwartet eine positive Zahl</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/Cli.cpp" line="240"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="246"/>
        <source>Counts of what the database holds.</source>
        <translation>Zahlen zum Inhalt der Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="254"/>
        <source>sites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="254"/>
        <source>feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="255"/>
        <source>articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="255"/>
        <source>unread</source>
        <translation>ungelesen</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="256"/>
        <source>starred</source>
        <translation>markiert</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="256"/>
        <location filename="../app/cli/SiteCommands.cpp" line="57"/>
        <source>comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="257"/>
        <source>products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="257"/>
        <source>variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="258"/>
        <source>cart lines</source>
        <translation>Warenkorbzeilen</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="258"/>
        <source>outbox pending</source>
        <translation>im Postausgang</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="262"/>
        <source>database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="311"/>
        <source>unknown option %1 (see tidings --help)</source>
        <translation>unbekannte Option %1 (siehe tidings --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="348"/>
        <source>unknown command %1; the commands are %2 (see tidings --help)</source>
        <translation>unbekannter Befehl %1; die Befehle sind %2 (siehe tidings --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="23"/>
        <location filename="../app/cli/AccountCommands.cpp" line="42"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="28"/>
        <source>%1 new, %2 updated, %3 unchanged</source>
        <translation>%1 neu, %2 aktualisiert, %3 unverändert</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="36"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="38"/>
        <source>not modified</source>
        <translation>nicht geändert</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="40"/>
        <location filename="../app/cli/CommentCommands.cpp" line="56"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="42"/>
        <location filename="../app/cli/SiteCommands.cpp" line="160"/>
        <source>stopped: %1</source>
        <translation>eingestellt: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="62"/>
        <source>Refreshing %1 of %2</source>
        <translation>Aktualisiere %1 von %2</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="79"/>
        <source>%1 feeds: %2 new, %3 updated, %4 failed</source>
        <translation>%1 Feeds: %2 neu, %3 aktualisiert, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="92"/>
        <source>Add a site from its home page or a feed URL.</source>
        <translation>Eine Website über ihre Startseite oder eine Feed-URL hinzufügen.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="93"/>
        <source>Call the site NAME.</source>
        <translation>Die Website NAME nennen.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="94"/>
        <source>The site&apos;s Google Merchant product feed.</source>
        <translation>Der Google-Merchant-Produktfeed der Website.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="96"/>
        <source>File the site in a folder.</source>
        <translation>Die Website in einem Ordner ablegen.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="97"/>
        <source>Do not fetch the feeds now.</source>
        <translation>Die Feeds jetzt nicht abrufen.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="99"/>
        <source>Subscribe on this account&apos;s service instead.</source>
        <translation>Stattdessen beim Dienst dieses Kontos abonnieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="101"/>
        <source>A home page or a feed.</source>
        <translation>Eine Startseite oder ein Feed.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="105"/>
        <source>add takes one URL (see tidings add --help)</source>
        <translation>add erwartet eine URL (siehe tidings add --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="134"/>
        <source>added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="138"/>
        <source>WordPress REST API: %1</source>
        <translation>WordPress-REST-API: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="146"/>
        <source>The sites with their feeds and how fetching them went.</source>
        <translation>Die Websites mit ihren Feeds und wie deren Abruf verlief.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="158"/>
        <source>last fetched %1</source>
        <translation>zuletzt abgerufen %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="162"/>
        <location filename="../app/cli/AccountCommands.cpp" line="176"/>
        <source>last error: %1</source>
        <translation>letzter Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SiteCommands.cpp" line="166"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n Website</numerusform>
            <numerusform>%n Websites</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="172"/>
        <source>Remove a site and everything stored from it, or unsubscribe from an account&apos;s feed (here at once, on its service at the next sync).</source>
        <translation>Eine Website und alles von ihr Gespeicherte entfernen oder den Feed eines Kontos abbestellen (hier sofort, beim Dienst bei der nächsten Synchronisierung).</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="174"/>
        <source>Unsubscribe from this account&apos;s FEED.</source>
        <translation>Den Feed FEED dieses Kontos abbestellen.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="178"/>
        <source>The site&apos;s name or home page, or the account feed&apos;s URL or title.</source>
        <translation>Name oder Startseite der Website oder URL oder Titel des Feeds eines Kontos.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="183"/>
        <source>remove takes one SITE or FEED (see tidings sites)</source>
        <translation>remove erwartet eine Website SITE oder einen Feed FEED (siehe tidings sites)</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="42"/>
        <source>no site named %1 (see tidings sites)</source>
        <translation>keine Website namens %1 (siehe tidings sites)</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="197"/>
        <source>removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="203"/>
        <source>Fetch every feed (or one site&apos;s) now.</source>
        <translation>Alle Feeds (oder die einer Website) jetzt abrufen.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="204"/>
        <source>Only this site.</source>
        <translation>Nur diese Website.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="208"/>
        <source>refresh takes at most one SITE</source>
        <translation>refresh erwartet höchstens eine Website SITE</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="217"/>
        <source>Add the feeds of an OPML file.</source>
        <translation>Die Feeds einer OPML-Datei hinzufügen.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="218"/>
        <source>The OPML file.</source>
        <translation>Die OPML-Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="222"/>
        <source>import-opml takes one FILE</source>
        <translation>import-opml erwartet eine Datei FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="225"/>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="229"/>
        <source>%1: %2; nothing was imported</source>
        <translation>%1: %2; es wurde nichts importiert</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="235"/>
        <source>%1; nothing was imported</source>
        <translation>%1; es wurde nichts importiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SiteCommands.cpp" line="236"/>
        <source>imported %n feed(s)</source>
        <translation>
            <numerusform>%n Feed importiert</numerusform>
            <numerusform>%n Feeds importiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="242"/>
        <source>Write the article feeds as OPML.</source>
        <translation>Die Artikel-Feeds als OPML schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="243"/>
        <source>Where to write (standard output without).</source>
        <translation>Wohin geschrieben wird (ohne Angabe: Standardausgabe).</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="258"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="43"/>
        <source>kept here: the demo site is not on the network</source>
        <translation>bleibt hier: Die Demo-Website ist nicht im Netz</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="45"/>
        <source>waiting for the comment it answers to be posted</source>
        <translation>wartet, bis der beantwortete Kommentar gesendet ist</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="47"/>
        <source>waiting to try again at %1 (%2)</source>
        <translation>wartet auf neuen Versuch um %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="48"/>
        <source>waiting for the network</source>
        <translation>wartet auf das Netzwerk</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="50"/>
        <source>posting</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="52"/>
        <source>posted, awaiting moderation</source>
        <translation>gesendet, wartet auf Freischaltung</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="54"/>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="70"/>
        <source>Write a comment under an article; it is posted by tidings sync (or the app).</source>
        <translation>Einen Kommentar zu einem Artikel schreiben; gesendet wird er von tidings sync (oder der Anwendung).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="71"/>
        <source>Your name, as the site shows it.</source>
        <translation>Ihr Name, wie die Website ihn anzeigt.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="72"/>
        <source>Your email address (never shown publicly).</source>
        <translation>Ihre E-Mail-Adresse (wird nie öffentlich angezeigt).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="74"/>
        <source>Your website (optional).</source>
        <translation>Ihre Website (optional).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="77"/>
        <source>The comment you answer: its local id, its URL (...#comment-123), or outbox:ID.</source>
        <translation>Der Kommentar, auf den Sie antworten: seine lokale ID, seine URL (...#comment-123) oder outbox:ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="80"/>
        <location filename="../app/cli/CommentCommands.cpp" line="207"/>
        <source>The article: its local id or its URL.</source>
        <translation>Der Artikel: seine lokale ID oder seine URL.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="81"/>
        <source>What you say.</source>
        <translation>Ihr Text.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="86"/>
        <source>comment needs an ARTICLE and the TEXT (see tidings comment --help)</source>
        <translation>comment braucht einen Artikel ARTICLE und den Text TEXT (siehe tidings comment --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="94"/>
        <location filename="../app/cli/CommentCommands.cpp" line="217"/>
        <location filename="../app/cli/AccountCommands.cpp" line="536"/>
        <source>no stored article is %1</source>
        <translation>kein gespeicherter Artikel ist %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="101"/>
        <source>--reply-to outbox:ID takes a number</source>
        <translation>--reply-to outbox:ID erwartet eine Zahl</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="105"/>
        <source>no stored comment is %1</source>
        <translation>kein gespeicherter Kommentar ist %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="115"/>
        <source>queued as outbox:%1; tidings sync posts it</source>
        <translation>als outbox:%1 eingereiht; tidings sync sendet ihn</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="121"/>
        <source>The comments you wrote that are not published yet.</source>
        <translation>Ihre Kommentare, die noch nicht veröffentlicht sind.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="134"/>
        <source>The outbox is empty.</source>
        <translation>Der Postausgang ist leer.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="141"/>
        <source>Post the comments waiting in the outbox.</source>
        <translation>Die Kommentare im Postausgang senden.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="143"/>
        <source>Wait for later tries (the site asked to wait) up to SECONDS, then exit.</source>
        <translation>Bis zu SECONDS Sekunden auf spätere Versuche warten (die Website bat zu warten), dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="153"/>
        <source>--wait takes a number of seconds</source>
        <translation>--wait erwartet eine Anzahl Sekunden</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="190"/>
        <source>another Tidings is posting the outbox now; try again when it is done</source>
        <translation>ein anderes Tidings sendet gerade den Postausgang; versuchen Sie es erneut, wenn es fertig ist</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="194"/>
        <source>%1 posted, %2 failed, %3 waiting</source>
        <translation>%1 gesendet, %2 fehlgeschlagen, %3 wartend</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="199"/>
        <source> (next try at %1)</source>
        <translation> (nächster Versuch um %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="206"/>
        <source>Print an article&apos;s comment thread as an indented tree.</source>
        <translation>Die Kommentare eines Artikels als eingerückten Baum ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="211"/>
        <source>thread takes one ARTICLE</source>
        <translation>thread erwartet einen Artikel ARTICLE</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="221"/>
        <source>Comments are closed.</source>
        <translation>Kommentare sind geschlossen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CommentCommands.cpp" line="230"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n Kommentar</numerusform>
            <numerusform>%n Kommentare</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="19"/>
        <source>out of stock</source>
        <translation>nicht vorrätig</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="21"/>
        <source>pre-order</source>
        <translation>Vorbestellung</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="23"/>
        <source>back order</source>
        <translation>wird nachgeliefert</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="24"/>
        <source>in stock</source>
        <translation>vorrätig</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="30"/>
        <source>%1 (regular %2)</source>
        <translation>%1 (regulär %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="67"/>
        <source>The cart is empty.</source>
        <translation>Der Warenkorb ist leer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ShopCommands.cpp" line="87"/>
        <source>Total at %1: %2 (%n item(s))</source>
        <translation>
            <numerusform>Summe bei %1: %2 (%n Artikel)</numerusform>
            <numerusform>Summe bei %1: %2 (%n Artikel)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="96"/>
        <source>cart add takes one PRODUCT (see tidings products)</source>
        <translation>cart add erwartet ein Produkt PRODUCT (siehe tidings products)</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="102"/>
        <source>--quantity takes a whole number from 1 to %1</source>
        <translation>--quantity erwartet eine ganze Zahl von 1 bis %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="106"/>
        <source>several stores have a product %1: name the site with --site</source>
        <translation>mehrere Shops haben ein Produkt %1: Nennen Sie die Website mit --site</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="108"/>
        <source>no product %1 (see tidings products)</source>
        <translation>kein Produkt %1 (siehe tidings products)</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="114"/>
        <source>product %1 has no variant %2</source>
        <translation>Produkt %1 hat keine Variante %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="121"/>
        <source>product %1 comes in several variants: choose one with --variant (%2)</source>
        <translation>Produkt %1 gibt es in mehreren Varianten: Wählen Sie eine mit --variant (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="127"/>
        <source>Added to the cart (line %1).</source>
        <translation>In den Warenkorb gelegt (Zeile %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="136"/>
        <source>List the stored products.</source>
        <translation>Die gespeicherten Produkte auflisten.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="137"/>
        <source>Only products matching these words.</source>
        <translation>Nur Produkte, die zu diesen Wörtern passen.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="139"/>
        <source>Only products on sale.</source>
        <translation>Nur reduzierte Produkte.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="140"/>
        <source>Only products in stock.</source>
        <translation>Nur vorrätige Produkte.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="142"/>
        <source>Only this site&apos;s products.</source>
        <translation>Nur die Produkte dieser Website.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="146"/>
        <source>products takes at most one SITE (see tidings products --help)</source>
        <translation>products erwartet höchstens eine Website SITE (siehe tidings products --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="187"/>
        <source>No products match.</source>
        <translation>Keine passenden Produkte.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="193"/>
        <source>Show or change the cart.</source>
        <translation>Den Warenkorb anzeigen oder ändern.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="194"/>
        <source>The variant to add.</source>
        <translation>Die hinzuzufügende Variante.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="195"/>
        <source>How many to add (1 by default).</source>
        <translation>Wie viele hinzugefügt werden (Standard: 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="197"/>
        <source>The store of PRODUCT, when ids clash.</source>
        <translation>Der Shop von PRODUCT, wenn IDs kollidieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="201"/>
        <source>add PRODUCT | set LINE N | remove LINE | undo | ack [LINE]</source>
        <translation>add PRODUCT | set LINE N | remove LINE | undo | ack [LINE]</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="222"/>
        <source>cart set takes a LINE and a quantity from 0 to %1</source>
        <translation>cart set erwartet eine Zeile LINE und eine Menge von 0 bis %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="230"/>
        <source>cart remove takes one LINE (see tidings cart)</source>
        <translation>cart remove erwartet eine Zeile LINE (siehe tidings cart)</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="233"/>
        <source>Removed line %1 (tidings cart undo brings it back).</source>
        <translation>Zeile %1 entfernt (tidings cart undo holt sie zurück).</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="249"/>
        <source>unknown cart action %1: use add, set, remove, undo or ack</source>
        <translation>unbekannte Warenkorb-Aktion %1: Verwenden Sie add, set, remove, undo oder ack</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="254"/>
        <source>Hand the cart to each store&apos;s checkout in the browser.</source>
        <translation>Den Warenkorb im Browser an die Kasse jedes Shops übergeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="255"/>
        <source>Print the URLs instead of opening them.</source>
        <translation>Die URLs ausgeben, statt sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="258"/>
        <source>For WooCommerce stores older than 10.0: one add-to-cart link per product.</source>
        <translation>Für WooCommerce-Shops vor Version 10.0: ein In-den-Warenkorb-Link pro Produkt.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="260"/>
        <source>Only this store&apos;s part of the cart.</source>
        <translation>Nur den Teil des Warenkorbs für diesen Shop.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="264"/>
        <source>checkout takes at most one SITE (see tidings checkout --help)</source>
        <translation>checkout erwartet höchstens eine Website SITE (siehe tidings checkout --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="276"/>
        <source>the cart is empty; add products with tidings cart add</source>
        <translation>der Warenkorb ist leer; fügen Sie Produkte mit tidings cart add hinzu</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="283"/>
        <source>checkout held back: %1</source>
        <translation>Kasse zurückgehalten: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="290"/>
        <source>cannot start a browser for %1</source>
        <translation>für %1 kann kein Browser gestartet werden</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="13"/>
        <source>Run SQLite&apos;s integrity check on the database and report what it finds.</source>
        <translation>Die Integritätsprüfung von SQLite auf der Datenbank ausführen und melden, was sie findet.</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="19"/>
        <source>%1: sound (SQLite&apos;s integrity check found nothing wrong)</source>
        <translation>%1: intakt (die Integritätsprüfung von SQLite hat keine Fehler gefunden)</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="22"/>
        <source>%1 is damaged:</source>
        <translation>%1 ist beschädigt:</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="31"/>
        <source>Set a damaged database aside and go on from a copy or from an empty database.</source>
        <translation>Eine beschädigte Datenbank beiseitelegen und mit einer Sicherungskopie oder einer leeren Datenbank weitermachen.</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="34"/>
        <source>Start again with an empty database.</source>
        <translation>Mit einer leeren Datenbank neu beginnen.</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="50"/>
        <source>there is no sound copy of %1 to go back to; tidings recover --start-empty starts again with an empty database</source>
        <translation>es gibt keine intakte Sicherungskopie von %1, zu der zurückgekehrt werden kann; tidings recover --start-empty beginnt mit einer leeren Datenbank neu</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="61"/>
        <source>the next start begins with an empty database</source>
        <translation>der nächste Start beginnt mit einer leeren Datenbank</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="33"/>
        <source>Go back to the copy made before the last schema update.</source>
        <translation>Zur vor der letzten Schema-Aktualisierung angelegten Sicherungskopie zurückkehren.</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="39"/>
        <source>recover takes one of --restore-backup and --start-empty</source>
        <translation>recover erwartet genau eine der Optionen --restore-backup und --start-empty</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="43"/>
        <source>%1 is sound: there is nothing to recover</source>
        <translation>%1 ist intakt: Es gibt nichts wiederherzustellen</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="55"/>
        <source>restored the copy made on %1 (from %2)</source>
        <translation>Sicherungskopie vom %1 wiederhergestellt (aus %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="63"/>
        <source>the damaged file is kept as %1</source>
        <translation>die beschädigte Datei wird als %1 aufbewahrt</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="65"/>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="97"/>
        <source>account add takes ttrss|greader and the service&apos;s URL (see tidings --help)</source>
        <translation>account add erwartet ttrss|greader und die URL des Dienstes (siehe tidings --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="100"/>
        <source>unknown service %1: use ttrss or greader</source>
        <translation>unbekannter Dienst %1: Verwenden Sie ttrss oder greader</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="103"/>
        <source>%1 is not an http or https address</source>
        <translation>%1 ist keine http- oder https-Adresse</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="105"/>
        <source>account add needs --user U</source>
        <translation>account add braucht --user U</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="107"/>
        <source>give --password-file or --password-command, not both</source>
        <translation>geben Sie --password-file oder --password-command an, nicht beides</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="122"/>
        <source>no password on standard input: type it, pipe it in, or give --password-file F or --password-command CMD</source>
        <translation>kein Passwort auf der Standardeingabe: Tippen Sie es ein, leiten Sie es über eine Pipe weiter oder geben Sie --password-file F oder --password-command CMD an</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="138"/>
        <source>added account %1 (%2 at %3 as %4); tidings sync fetches its feeds</source>
        <translation>Konto %1 hinzugefügt (%2 unter %3 als %4); tidings sync ruft seine Feeds ab</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="169"/>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="171"/>
        <source>state: %1; last sync: %2</source>
        <translation>Zustand: %1; letzte Synchronisierung: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AccountCommands.cpp" line="172"/>
        <source>%n feed(s)</source>
        <translation>
            <numerusform>%n Feed</numerusform>
            <numerusform>%n Feeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AccountCommands.cpp" line="173"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AccountCommands.cpp" line="174"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n Änderung zu senden</numerusform>
            <numerusform>%n Änderungen zu senden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="178"/>
        <source>next try: %1</source>
        <translation>nächster Versuch: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="181"/>
        <source>no accounts (tidings account add ttrss|greader URL --user U)</source>
        <translation>keine Konten (tidings account add ttrss|greader URL --user U)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="364"/>
        <location filename="../app/cli/AccountCommands.cpp" line="371"/>
        <location filename="../app/cli/AccountCommands.cpp" line="413"/>
        <source>account %1: %2</source>
        <translation>Konto %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="196"/>
        <location filename="../app/cli/AccountCommands.cpp" line="381"/>
        <location filename="../app/cli/AccountCommands.cpp" line="448"/>
        <source>no account %1 (see tidings account list)</source>
        <translation>kein Konto %1 (siehe tidings account list)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="221"/>
        <source>no account&apos;s feed is %1 (give its URL or title; see tidings sites)</source>
        <translation>kein Konto hat einen Feed %1 (geben Sie die URL oder den Titel des Feeds an; siehe tidings sites)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="222"/>
        <source>the account %1 has no feed %2 (give its URL or title; see tidings sites)</source>
        <translation>das Konto %1 hat keinen Feed %2 (geben Sie die URL oder den Titel des Feeds an; siehe tidings sites)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="228"/>
        <source>%1 (%2, account %3)</source>
        <translation>%1 (%2, Konto %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AccountCommands.cpp" line="229"/>
        <source>%1 names %n feed(s): %2; give its URL, or --account ACCOUNT</source>
        <translation>
            <numerusform>%1 bezeichnet %n Feed: %2; geben Sie die URL des gewünschten Feeds oder --account ACCOUNT an</numerusform>
            <numerusform>%1 bezeichnet %n Feeds: %2; geben Sie die URL des gewünschten Feeds oder --account ACCOUNT an</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="237"/>
        <source>account %1 sends it to the service at the next sync (tidings sync)</source>
        <translation>Konto %1 sendet die Änderung bei der nächsten Synchronisierung an den Dienst (tidings sync)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="247"/>
        <source>no site or account&apos;s feed is named %1 (see tidings sites)</source>
        <translation>keine Website und kein Feed eines Kontos namens %1 (siehe tidings sites)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="253"/>
        <source>unsubscribed from %1 (%2) with its articles; %3</source>
        <translation>%1 (%2) mit seinen Artikeln abbestellt; %3</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="271"/>
        <source>Rename an account&apos;s feed, here and on its service (at the next sync).</source>
        <translation>Den Feed eines Kontos umbenennen, hier und beim Dienst des Kontos (bei der nächsten Synchronisierung).</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="272"/>
        <location filename="../app/cli/AccountCommands.cpp" line="301"/>
        <source>The feed is this account&apos;s.</source>
        <translation>Der Feed gehört zu diesem Konto.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="275"/>
        <location filename="../app/cli/AccountCommands.cpp" line="305"/>
        <source>The feed&apos;s URL or its title.</source>
        <translation>Die URL oder der Titel des Feeds.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="276"/>
        <source>Its new title.</source>
        <translation>Sein neuer Titel.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="281"/>
        <source>rename takes FEED and TITLE (see tidings rename --help)</source>
        <translation>rename erwartet einen Feed FEED und einen Titel TITLE (siehe tidings rename --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="283"/>
        <source>a feed&apos;s title cannot be empty</source>
        <translation>der Titel eines Feeds darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="292"/>
        <source>renamed %1 to %2; %3</source>
        <translation>%1 in %2 umbenannt; %3</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="299"/>
        <source>Move an account&apos;s feed to one of its folders, here and on its service (at the next sync).</source>
        <translation>Den Feed eines Kontos in einen der Ordner des Kontos verschieben, hier und beim Dienst des Kontos (bei der nächsten Synchronisierung).</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="303"/>
        <source>Take the feed out of its folder.</source>
        <translation>Den Feed aus seinem Ordner nehmen.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="306"/>
        <source>One of the account&apos;s folders, by its title.</source>
        <translation>Einer der Ordner des Kontos (sein Titel).</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="313"/>
        <source>give FOLDER or --no-folder, not both</source>
        <translation>geben Sie FOLDER oder --no-folder an, nicht beides</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="315"/>
        <source>move takes FEED and FOLDER, or FEED --no-folder (see tidings move --help)</source>
        <translation>move erwartet einen Feed FEED und einen Ordner FOLDER oder FEED --no-folder (siehe tidings move --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="335"/>
        <location filename="../app/cli/AccountCommands.cpp" line="390"/>
        <source>the account %1 has no folder %2 (make it on the service, then sync)</source>
        <translation>das Konto %1 hat keinen Ordner %2 (legen Sie ihn beim Dienst an und synchronisieren Sie dann)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="341"/>
        <source>moved %1 out of its folder; %2</source>
        <translation>%1 aus seinem Ordner genommen; %2</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="342"/>
        <source>moved %1 to %2; %3</source>
        <translation>%1 in den Ordner %2 verschoben; %3</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="406"/>
        <source>kept %1 on %2: its unsubscribe had not been sent</source>
        <translation>%1 bleibt bei %2 abonniert: Die Abbestellung war noch nicht gesendet worden</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="410"/>
        <source>subscribed to %1 on %2</source>
        <translation>%1 bei %2 abonniert</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="419"/>
        <source>Add, list or remove accounts with a feed service.</source>
        <translation>Konten bei einem Feed-Dienst hinzufügen, auflisten oder entfernen.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="420"/>
        <source>The user name on the service.</source>
        <translation>Der Benutzername beim Dienst.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="422"/>
        <source>A file holding the password, readable only by you.</source>
        <translation>Eine Datei mit dem Passwort, die nur Sie lesen können.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="424"/>
        <source>A command that prints the password.</source>
        <translation>Ein Befehl, der das Passwort ausgibt.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="425"/>
        <source>Call the account NAME (default USER@HOST).</source>
        <translation>Das Konto NAME nennen (Standard: USER@HOST).</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="428"/>
        <source>add ttrss|greader URL | list | remove ACCOUNT</source>
        <translation>add ttrss|greader URL | list | remove ACCOUNT</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="437"/>
        <source>account takes add, list or remove (see tidings --help)</source>
        <translation>account erwartet add, list oder remove (siehe tidings --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="444"/>
        <source>account remove takes one ACCOUNT (its name or id, see tidings account list)</source>
        <translation>account remove erwartet ein Konto ACCOUNT (seinen Namen oder seine ID, siehe tidings account list)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="451"/>
        <source>removed account %1 with its feeds and articles</source>
        <translation>Konto %1 mit seinen Feeds und Artikeln entfernt</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="457"/>
        <source>List stored articles, newest first.</source>
        <translation>Gespeicherte Artikel auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="458"/>
        <source>Only unread articles.</source>
        <translation>Nur ungelesene Artikel.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="459"/>
        <source>Only starred articles.</source>
        <translation>Nur markierte Artikel.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="460"/>
        <source>At most N articles (default 50).</source>
        <translation>Höchstens N Artikel (Standard: 50).</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="463"/>
        <source>A site or an account (its name).</source>
        <translation>Eine Website oder ein Konto (der Name).</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="468"/>
        <source>articles takes at most one SOURCE</source>
        <translation>articles erwartet höchstens eine Quelle SOURCE</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="483"/>
        <source>no site or account %1 (see tidings sites, tidings account list)</source>
        <translation>keine Website und kein Konto %1 (siehe tidings sites, tidings account list)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="517"/>
        <source>Mark articles read, unread, starred or not, as the window does.</source>
        <translation>Artikel wie im Fenster als gelesen, ungelesen, markiert oder nicht markiert kennzeichnen.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="518"/>
        <source>read, unread, star or unstar.</source>
        <translation>read, unread, star oder unstar.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="519"/>
        <source>Local ids or the articles&apos; URLs.</source>
        <translation>Lokale IDs oder die URLs der Artikel.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="526"/>
        <source>mark takes read, unread, star or unstar and at least one ARTICLE</source>
        <translation>mark erwartet read, unread, star oder unstar und mindestens einen Artikel ARTICLE</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AccountCommands.cpp" line="550"/>
        <source>%n article(s) marked</source>
        <translation>
            <numerusform>%n Artikel gekennzeichnet</numerusform>
            <numerusform>%n Artikel gekennzeichnet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommentDelegate</name>
    <message numerus="yes">
        <location filename="../ui/ThreadView.cpp" line="280"/>
        <source>▸ %n reply(ies) hidden</source>
        <translation>
            <numerusform>▸ %n Antwort ausgeblendet</numerusform>
            <numerusform>▸ %n Antworten ausgeblendet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="148"/>
        <location filename="../ui/ThreadView.cpp" line="349"/>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="116"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="118"/>
        <source>yours</source>
        <translation>von Ihnen</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="123"/>
        <source>↳ in reply to %1</source>
        <translation>↳ als Antwort auf %1</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="150"/>
        <location filename="../ui/ThreadView.cpp" line="351"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="153"/>
        <location filename="../ui/ThreadView.cpp" line="352"/>
        <source>Cancel</source>
        <comment>discard a comment that waits in the outbox</comment>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="220"/>
        <source>Collapse the replies (left or -)</source>
        <translation>Antworten einklappen (Links oder -)</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="221"/>
        <source>Show the replies (right or +)</source>
        <translation>Antworten anzeigen (Rechts oder +)</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="236"/>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
</context>
<context>
    <name>CommentText</name>
    <message>
        <location filename="../ui/CommentText.cpp" line="17"/>
        <source>kept here: the demo site is not on the network</source>
        <translation>bleibt hier: Die Demo-Website ist nicht im Netz</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="20"/>
        <source>waiting to try again at %1</source>
        <translation>wartet auf neuen Versuch um %1</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="21"/>
        <source>waiting to try again at %1 (%2)</source>
        <translation>wartet auf neuen Versuch um %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="24"/>
        <source>waiting for the comment it answers to be posted</source>
        <translation>wartet, bis der beantwortete Kommentar gesendet ist</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="25"/>
        <source>waiting to be posted</source>
        <translation>wartet auf das Senden</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="25"/>
        <source>waiting for the network</source>
        <translation>wartet auf das Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="27"/>
        <source>posting…</source>
        <translation>wird gesendet …</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="29"/>
        <source>posted, awaiting moderation</source>
        <translation>gesendet, wartet auf Freischaltung</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="31"/>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="33"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="33"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/Database.cpp" line="64"/>
        <source>cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="69"/>
        <source>the database %1 is damaged: %2</source>
        <translation>Die Datenbank %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="110"/>
        <source>the disk is full</source>
        <translation>Der Datenträger ist voll</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="113"/>
        <source>the database file is damaged (%1)</source>
        <translation>Die Datenbankdatei ist beschädigt (%1)</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="147"/>
        <source>the SQLite driver gave no connection handle</source>
        <translation>Der SQLite-Treiber lieferte kein Verbindungs-Handle</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="175"/>
        <source>cannot configure the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="186"/>
        <source>%1 is not a Tidings database: %2</source>
        <translation>%1 ist keine Tidings-Datenbank: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="193"/>
        <source>%1 was written by a newer Tidings (schema %2; this version knows up to %3). Update Tidings to open it.</source>
        <translation>%1 wurde von einem neueren Tidings geschrieben (Schema %2; diese Version kennt bis %3). Aktualisieren Sie Tidings, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="211"/>
        <source>cannot copy the database aside before updating it: %1</source>
        <translation>Vor dem Aktualisieren kann keine Sicherungskopie der Datenbank angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="220"/>
        <source>migration %1 is missing from this build</source>
        <translation>Migration %1 fehlt in diesem Build</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="229"/>
        <source>cannot update the database to schema %1: %2</source>
        <translation>Die Datenbank kann nicht auf Schema %1 aktualisiert werden: %2</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <location filename="../models/DateText.cpp" line="27"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/DateText.cpp" line="30"/>
        <source>%n min ago</source>
        <extracomment>A short relative time in lists: &quot;5 min ago&quot;</extracomment>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/DateText.cpp" line="32"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/DateText.cpp" line="37"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/DateText.cpp" line="39"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/DateText.cpp" line="49"/>
        <source>%1, %2</source>
        <extracomment>A date and a time of day: &quot;Sunday, 29 November 2026, 21:15&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>DocumentParser</name>
    <message>
        <location filename="../app/parse/DocumentParser.cpp" line="134"/>
        <source>document too large: over %1 MB</source>
        <translation>Dokument zu groß: über %1 MB</translation>
    </message>
    <message>
        <location filename="../app/parse/DocumentParser.cpp" line="140"/>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>kein gültiges JSON: %1 an Position %2</translation>
    </message>
    <message>
        <location filename="../app/parse/DocumentParser.cpp" line="149"/>
        <source>not a feed: JSON that is neither a JSON Feed, WordPress comments nor a product list</source>
        <translation>kein Feed: JSON, das weder ein JSON Feed noch WordPress-Kommentare noch eine Produktliste ist</translation>
    </message>
    <message>
        <location filename="../app/parse/DocumentParser.cpp" line="159"/>
        <source>cannot read the document</source>
        <translation>Das Dokument kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/parse/DocumentParser.cpp" line="221"/>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/parse/JsonFormats.cpp" line="99"/>
        <source>no JSON Feed version</source>
        <translation>keine JSON-Feed-Version angegeben</translation>
    </message>
    <message>
        <location filename="../app/parse/JsonFormats.cpp" line="100"/>
        <source>unknown JSON Feed version %1</source>
        <translation>unbekannte JSON-Feed-Version %1</translation>
    </message>
</context>
<context>
    <name>GReaderClient</name>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="297"/>
        <source>no complete answer within %L1 s</source>
        <translation>keine vollständige Antwort innerhalb von %L1 s</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="302"/>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="310"/>
        <source>the answer is larger than %1 MB</source>
        <translation>Die Antwort ist größer als %1 MB</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="345"/>
        <source>The service&apos;s answer to %1 could not be read: %2.</source>
        <translation>Die Antwort des Dienstes auf %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="348"/>
        <source>Cannot reach the service at %1: %2.</source>
        <translation>Der Dienst unter %1 ist nicht erreichbar: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="353"/>
        <source>The service asks Tidings to wait %n second(s) before asking again.</source>
        <translation>
            <numerusform>Der Dienst bittet Tidings, %n Sekunde zu warten, bevor es erneut anfragt.</numerusform>
            <numerusform>Der Dienst bittet Tidings, %n Sekunden zu warten, bevor es erneut anfragt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="355"/>
        <source>The service says it had too many requests; Tidings waits before asking again.</source>
        <translation>Laut Dienst gab es zu viele Anfragen; Tidings wartet, bevor es erneut anfragt.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="359"/>
        <source>The service has a problem (it answered %1 to %2); Tidings tries again later.</source>
        <translation>Der Dienst hat ein Problem (er antwortete %1 auf %2); Tidings versucht es später erneut.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="364"/>
        <source>The service refused the user name or password. FreshRSS and Miniflux want the API password set in their settings, not the password of the web page.</source>
        <translation>Der Dienst hat den Benutzernamen oder das Passwort abgelehnt. FreshRSS und Miniflux erwarten das API-Passwort aus ihren Einstellungen, nicht das Passwort der Weboberfläche.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="368"/>
        <source>The service refused the request (%1).</source>
        <translation>Der Dienst hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="371"/>
        <source>%1 does not answer as a Google Reader API service. For FreshRSS the address ends in /api/greader.php.</source>
        <translation>%1 antwortet nicht wie ein Dienst mit der Google Reader API. Bei FreshRSS endet die Adresse auf /api/greader.php.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="376"/>
        <source>The service&apos;s answer to %1 could not be read; Tidings tries again later.</source>
        <translation>Die Antwort des Dienstes auf %1 konnte nicht gelesen werden; Tidings versucht es später erneut.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="424"/>
        <source>The service at %1 has API access switched off. In FreshRSS, an administrator allows it under Administration, Authentication; each user then sets an API password in the profile.</source>
        <translation>Beim Dienst unter %1 ist der API-Zugriff abgeschaltet. In FreshRSS erlaubt ein Administrator ihn unter Administration, Authentifizierung; danach legt jeder Benutzer in seinem Profil ein API-Passwort fest.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="790"/>
        <source>The service has no feed %1 to move.</source>
        <translation>Der Dienst hat keinen Feed %1, der verschoben werden könnte.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../app/storage/Importer.cpp" line="97"/>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Importer.cpp" line="156"/>
        <source>Unnamed site</source>
        <translation>Unbenannte Website</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/Importer.cpp" line="195"/>
        <source>%n item(s) stored before that</source>
        <translation>
            <numerusform>%n Eintrag davor gespeichert</numerusform>
            <numerusform>%n Einträge davor gespeichert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <location filename="../app/sync/accounts/Keychain.cpp" line="87"/>
        <source>The keychain holds no password for %1.</source>
        <translation>Der Schlüsselbund enthält kein Passwort für %1.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Keychain.cpp" line="95"/>
        <source>No keychain service is running (Secret Service or KWallet); use --password-file or --password-command to give the password.</source>
        <translation>Es läuft kein Schlüsselbund-Dienst (Secret Service oder KWallet); geben Sie das Passwort mit --password-file oder --password-command an.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Keychain.cpp" line="99"/>
        <source>The keychain refused access (is it locked?): %1</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (ist er gesperrt?): %1</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Keychain.cpp" line="100"/>
        <source>The keychain failed: %1</source>
        <translation>Der Schlüsselbund meldete einen Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/accounts/Keychain.cpp" line="144"/>
        <source>The keychain did not answer within %n second(s); it may be waiting to be unlocked.</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet; vielleicht wartet er darauf, entsperrt zu werden.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet; vielleicht wartet er darauf, entsperrt zu werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Keychain.cpp" line="181"/>
        <source>The keychain was closed before it answered.</source>
        <translation>Der Schlüsselbund wurde geschlossen, bevor er antwortete.</translation>
    </message>
</context>
<context>
    <name>Opml</name>
    <message>
        <location filename="../app/sync/Opml.cpp" line="23"/>
        <source>not an OPML file: it starts with &lt;%1&gt;</source>
        <translation>keine OPML-Datei: Sie beginnt mit &lt;%1&gt;</translation>
    </message>
    <message>
        <location filename="../app/sync/Opml.cpp" line="47"/>
        <source>line %1: %2 is not a web address</source>
        <translation>Zeile %1: %2 ist keine Webadresse</translation>
    </message>
    <message>
        <location filename="../app/sync/Opml.cpp" line="66"/>
        <source>the OPML file is broken at line %1: %2</source>
        <translation>Die OPML-Datei ist in Zeile %1 beschädigt: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/Opml.cpp" line="71"/>
        <source>not an OPML file: no &lt;opml&gt; with a &lt;body&gt;</source>
        <translation>keine OPML-Datei: kein &lt;opml&gt; mit einem &lt;body&gt;</translation>
    </message>
    <message>
        <location filename="../app/sync/Opml.cpp" line="87"/>
        <source>Tidings subscriptions</source>
        <translation>Tidings-Abonnements</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="169"/>
        <source>Please give your name.</source>
        <translation>Bitte geben Sie Ihren Namen an.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="174"/>
        <source>Please give an email address such as name@example.com.</source>
        <translation>Bitte geben Sie eine E-Mail-Adresse wie name@example.com an.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="180"/>
        <source>The website must be an http or https address.</source>
        <translation>Die Website muss eine http- oder https-Adresse sein.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="185"/>
        <source>The comment is empty.</source>
        <translation>Der Kommentar ist leer.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="189"/>
        <source>The comment is too long: at most %1 characters.</source>
        <translation>Der Kommentar ist zu lang: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="203"/>
        <source>No such article.</source>
        <translation>Diesen Artikel gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="208"/>
        <source>Comments are closed for this article.</source>
        <translation>Die Kommentare zu diesem Artikel sind geschlossen.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="212"/>
        <source>A comment answers one comment, not two.</source>
        <translation>Ein Kommentar antwortet auf einen Kommentar, nicht auf zwei.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="223"/>
        <source>You have written this comment here already.</source>
        <translation>Diesen Kommentar haben Sie hier bereits geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="241"/>
        <source>The comment it answers is not under this article.</source>
        <translation>Der beantwortete Kommentar gehört nicht zu diesem Artikel.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="260"/>
        <source>This comment has been sent already and can no longer be changed.</source>
        <translation>Dieser Kommentar wurde bereits gesendet und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="274"/>
        <source>This comment has been sent already and can no longer be cancelled.</source>
        <translation>Dieser Kommentar wurde bereits gesendet und kann nicht mehr verworfen werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="350"/>
        <source>The comment was changed or cancelled meanwhile.</source>
        <translation>Der Kommentar wurde inzwischen geändert oder verworfen.</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="134"/>
        <source>No keychain is available; give the account a password file or command (--password-file or --password-command).</source>
        <translation>Es ist kein Schlüsselbund verfügbar; legen Sie für das Konto eine Passwortdatei oder einen Passwortbefehl fest (--password-file oder --password-command).</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="158"/>
        <source>The password file %1 does not exist.</source>
        <translation>Die Passwortdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="160"/>
        <location filename="../app/sync/accounts/Passwords.cpp" line="172"/>
        <location filename="../app/sync/accounts/Passwords.cpp" line="200"/>
        <source>The password file %1 cannot be read: %2.</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="175"/>
        <source>The password file %1 is not a regular file.</source>
        <translation>Die Passwortdatei %1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="178"/>
        <source>The password file %1 belongs to another user; only a file of your own is trusted.</source>
        <translation>Die Passwortdatei %1 gehört einem anderen Benutzer; nur einer eigenen Datei wird vertraut.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="186"/>
        <source>The password file %1 is open to other users (permissions %2); only its owner may have access to it. Make it private with: chmod 600 %3</source>
        <translation>Die Passwortdatei %1 ist für andere Benutzer zugänglich (Zugriffsrechte %2); nur ihr Eigentümer darf Zugriff auf sie haben. Machen Sie sie privat mit: chmod 600 %3</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="209"/>
        <source>The first line of the password file %1 is empty.</source>
        <translation>Die erste Zeile der Passwortdatei %1 ist leer.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="253"/>
        <source>The password command could not be started: %1.</source>
        <translation>Der Passwortbefehl konnte nicht gestartet werden: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/accounts/Passwords.cpp" line="263"/>
        <source>The password command `%1` did not finish within %n second(s).</source>
        <translation>
            <numerusform>Der Passwortbefehl `%1` wurde nicht innerhalb von %n Sekunde fertig.</numerusform>
            <numerusform>Der Passwortbefehl `%1` wurde nicht innerhalb von %n Sekunden fertig.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="264"/>
        <source>The password command `%1` did not finish in time.</source>
        <translation>Der Passwortbefehl `%1` wurde nicht rechtzeitig fertig.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="267"/>
        <source>It said: %1</source>
        <translation>Er meldete: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="277"/>
        <source>The password command `%1` was killed.</source>
        <translation>Der Passwortbefehl `%1` wurde gewaltsam beendet.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="278"/>
        <source>The password command `%1` was killed: %2</source>
        <translation>Der Passwortbefehl `%1` wurde gewaltsam beendet: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="285"/>
        <source>The password command `%1` failed (exit status %2) and printed no error.</source>
        <translation>Der Passwortbefehl `%1` ist fehlgeschlagen (Exit-Status %2) und hat keinen Fehler ausgegeben.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="287"/>
        <source>The password command `%1` failed (exit status %2): %3</source>
        <translation>Der Passwortbefehl `%1` ist fehlgeschlagen (Exit-Status %2): %3</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="293"/>
        <source>The password command `%1` printed no password.</source>
        <translation>Der Passwortbefehl `%1` hat kein Passwort ausgegeben.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="294"/>
        <source>The password command `%1` printed no password: %2</source>
        <translation>Der Passwortbefehl `%1` hat kein Passwort ausgegeben: %2</translation>
    </message>
</context>
<context>
    <name>ShopQueries</name>
    <message>
        <location filename="../app/storage/ShopQueries.cpp" line="77"/>
        <source>back in stock</source>
        <translation>wieder vorrätig</translation>
    </message>
    <message>
        <location filename="../app/storage/ShopQueries.cpp" line="79"/>
        <source>price drop</source>
        <translation>Preissenkung</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../app/storage/DemoSite.cpp" line="55"/>
        <source>bundled with Tidings; never fetched</source>
        <translation>mit Tidings mitgeliefert; wird nie abgerufen</translation>
    </message>
    <message>
        <location filename="../app/storage/Sources.cpp" line="191"/>
        <source>a site needs a name</source>
        <translation>Eine Website braucht einen Namen</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../app/storage/Store.cpp" line="297"/>
        <source>an article vanished while it was being stored</source>
        <translation>Ein Artikel ist verschwunden, während er gespeichert wurde</translation>
    </message>
</context>
<context>
    <name>StoreRecovery</name>
    <message>
        <location filename="../app/storage/StoreRecovery.cpp" line="40"/>
        <location filename="../app/storage/StoreRecovery.cpp" line="96"/>
        <source>there is no database at %1</source>
        <translation>Unter %1 gibt es keine Datenbank</translation>
    </message>
    <message>
        <location filename="../app/storage/StoreRecovery.cpp" line="104"/>
        <location filename="../app/storage/StoreRecovery.cpp" line="109"/>
        <source>cannot move %1 aside to %2</source>
        <translation>%1 kann nicht als %2 beiseitegelegt werden</translation>
    </message>
    <message>
        <location filename="../app/storage/StoreRecovery.cpp" line="120"/>
        <source>the copy %1 is damaged too</source>
        <translation>Die Sicherungskopie %1 ist ebenfalls beschädigt</translation>
    </message>
    <message>
        <location filename="../app/storage/StoreRecovery.cpp" line="127"/>
        <source>cannot copy %1 to %2</source>
        <translation>%1 kann nicht nach %2 kopiert werden</translation>
    </message>
</context>
<context>
    <name>TtRssClient</name>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="167"/>
        <source>no complete answer within %L1 s</source>
        <translation>keine vollständige Antwort innerhalb von %L1 s</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="197"/>
        <source>Tiny Tiny RSS at %1 sent an answer larger than %2; it was not read</source>
        <translation>Tiny Tiny RSS unter %1 hat eine Antwort gesendet, die größer als %2 ist; sie wurde nicht gelesen</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="203"/>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="234"/>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="207"/>
        <source>%1 asks to wait before the next request</source>
        <translation>%1 bittet, vor der nächsten Anfrage zu warten</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="213"/>
        <source>%1 has a problem and could not answer (%2)</source>
        <translation>%1 hat ein Problem und konnte nicht antworten (%2)</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="221"/>
        <source>The web server at %1 asks for a password of its own before Tiny Tiny RSS (%2); Tidings cannot log in through it</source>
        <translation>Der Webserver unter %1 verlangt vor Tiny Tiny RSS ein eigenes Passwort (%2); über ihn kann sich Tidings nicht anmelden</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="228"/>
        <source>There is no Tiny Tiny RSS at %1 (%2): is the address right?</source>
        <translation>Unter %1 gibt es kein Tiny Tiny RSS (%2): Ist die Adresse richtig?</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="245"/>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="298"/>
        <source>The answer at %1 is not from Tiny Tiny RSS: is the address right?</source>
        <translation>Die Antwort unter %1 stammt nicht von Tiny Tiny RSS: Ist die Adresse richtig?</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="249"/>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="389"/>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="492"/>
        <source>Tiny Tiny RSS at %1 sent an answer that cannot be read</source>
        <translation>Tiny Tiny RSS unter %1 hat eine Antwort gesendet, die nicht gelesen werden kann</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="265"/>
        <source>Tiny Tiny RSS at %1 does not accept this user name and password</source>
        <translation>Tiny Tiny RSS unter %1 akzeptiert diesen Benutzernamen und dieses Passwort nicht</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="268"/>
        <source>API access is switched off for %1: turn on &quot;Enable API&quot; in Tiny Tiny RSS&apos;s Preferences, then try again</source>
        <translation>Der API-Zugriff ist für %1 abgeschaltet: Schalten Sie „Enable API“ in den Einstellungen (Preferences) von Tiny Tiny RSS ein und versuchen Sie es dann erneut</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="273"/>
        <source>Tiny Tiny RSS at %1 ended the session at once, even after logging in again</source>
        <translation>Tiny Tiny RSS unter %1 hat die Sitzung sofort beendet, auch nach erneuter Anmeldung</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="276"/>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="601"/>
        <source>Tiny Tiny RSS has no such feed</source>
        <translation>Diesen Feed gibt es bei Tiny Tiny RSS nicht</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="279"/>
        <source>This Tiny Tiny RSS cannot do this (it does not know &quot;%1&quot;)</source>
        <translation>Dieses Tiny Tiny RSS kann das nicht (es kennt „%1“ nicht)</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="282"/>
        <source>Tiny Tiny RSS refused the request: %1</source>
        <translation>Tiny Tiny RSS hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="282"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="561"/>
        <source>Tiny Tiny RSS subscribed to %1 but did not say to which feed</source>
        <translation>Tiny Tiny RSS hat %1 abonniert, aber nicht mitgeteilt, unter welchem Feed</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="565"/>
        <source>Tiny Tiny RSS does not accept %1 as a feed address</source>
        <translation>Tiny Tiny RSS akzeptiert %1 nicht als Feed-Adresse</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="568"/>
        <source>%1 is a web page that names no feed</source>
        <translation>%1 ist eine Webseite, die keinen Feed nennt</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="579"/>
        <source>%1 is a web page that names several feeds; subscribe to one of them: %2</source>
        <translation>%1 ist eine Webseite, die mehrere Feeds nennt; abonnieren Sie einen davon: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="585"/>
        <source>Tiny Tiny RSS could not fetch %1: %2</source>
        <translation>Tiny Tiny RSS konnte %1 nicht abrufen: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="589"/>
        <source>Tiny Tiny RSS did not subscribe to %1 (its code %2)</source>
        <translation>Tiny Tiny RSS hat %1 nicht abonniert (Code %2)</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="612"/>
        <source>Tiny Tiny RSS&apos;s API cannot rename a feed: rename it in Tiny Tiny RSS itself</source>
        <translation>Die API von Tiny Tiny RSS kann keinen Feed umbenennen: Benennen Sie ihn in Tiny Tiny RSS selbst um</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="620"/>
        <source>Tiny Tiny RSS&apos;s API cannot move a feed to another category: move it in Tiny Tiny RSS itself</source>
        <translation>Die API von Tiny Tiny RSS kann keinen Feed in eine andere Kategorie verschieben: Verschieben Sie ihn in Tiny Tiny RSS selbst</translation>
    </message>
</context>
<context>
    <name>WatchList</name>
    <message>
        <location filename="../app/shop/WatchList.cpp" line="15"/>
        <source>%1: back in stock, now %2 (was %3)</source>
        <translation>%1: wieder vorrätig, jetzt %2 (war %3)</translation>
    </message>
    <message>
        <location filename="../app/shop/WatchList.cpp" line="18"/>
        <source>%1: back in stock</source>
        <translation>%1: wieder vorrätig</translation>
    </message>
    <message>
        <location filename="../app/shop/WatchList.cpp" line="19"/>
        <source>%1: now %2 (was %3)</source>
        <translation>%1: jetzt %2 (war %3)</translation>
    </message>
</context>
<context>
    <name>XmlFeedParser</name>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="130"/>
        <source>not a feed: got an HTML page</source>
        <translation>kein Feed: eine HTML-Seite erhalten</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="131"/>
        <source>not a feed: the document is &lt;%1&gt;</source>
        <translation>kein Feed: Das Dokument ist &lt;%1&gt;</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="769"/>
        <source>cannot read the document</source>
        <translation>Das Dokument kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="783"/>
        <source>white space before the XML declaration</source>
        <translation>Leerraum vor der XML-Deklaration</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="799"/>
        <source>uses the HTML entity &amp;%1; without declaring it</source>
        <translation>verwendet die HTML-Entität &amp;%1;, ohne sie zu deklarieren</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="803"/>
        <location filename="../app/parse/XmlFeedParser.cpp" line="808"/>
        <source>empty document</source>
        <translation>leeres Dokument</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="805"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="811"/>
        <source>the document ends before it is complete (%1)</source>
        <translation>Das Dokument endet, bevor es vollständig ist (%1)</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="819"/>
        <location filename="../app/parse/XmlFeedParser.cpp" line="834"/>
        <source>not well-formed XML: %1 (%2)</source>
        <translation>kein wohlgeformtes XML: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="836"/>
        <source>kept what came before line %1</source>
        <translation>behalten, was vor Zeile %1 stand</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="840"/>
        <source>not a feed: %1 (%2)</source>
        <translation>kein Feed: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>tidings::AccountListModel</name>
    <message>
        <location filename="../models/AccountListModel.cpp" line="65"/>
        <source>Tiny Tiny RSS</source>
        <translation>Tiny Tiny RSS</translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="67"/>
        <source>Google Reader API</source>
        <translation>Google Reader API</translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="89"/>
        <source>%1; synced %2</source>
        <translation>%1; zuletzt synchronisiert %2</translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="95"/>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/AccountListModel.cpp" line="96"/>
        <source>%n feed(s)</source>
        <translation>
            <numerusform>%n Feed</numerusform>
            <numerusform>%n Feeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/AccountListModel.cpp" line="96"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/AccountListModel.cpp" line="97"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n Änderung zu senden</numerusform>
            <numerusform>%n Änderungen zu senden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="99"/>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="119"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="121"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="123"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>tidings::ArticleListModel</name>
    <message>
        <location filename="../models/ArticleListModel.cpp" line="67"/>
        <source>%1 (+%2)</source>
        <extracomment>The article list&apos;s comment count with the new ones: &quot;12 (+3)&quot;</extracomment>
        <translation>%1 (+%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/ArticleListModel.cpp" line="76"/>
        <source>%n comment(s), %1 new since you last read the thread</source>
        <translation>
            <numerusform>%n Kommentar, %1 neu seit Ihrem letzten Besuch</numerusform>
            <numerusform>%n Kommentare, %1 neu seit Ihrem letzten Besuch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/ArticleListModel.cpp" line="78"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n Kommentar</numerusform>
            <numerusform>%n Kommentare</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/ArticleListModel.cpp" line="115"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../models/ArticleListModel.cpp" line="117"/>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../models/ArticleListModel.cpp" line="119"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../models/ArticleListModel.cpp" line="121"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../models/ArticleListModel.cpp" line="123"/>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
</context>
<context>
    <name>tidings::CartModel</name>
    <message>
        <location filename="../models/CartModel.cpp" line="199"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/CartModel.cpp" line="209"/>
        <source>out of stock</source>
        <translation>nicht vorrätig</translation>
    </message>
    <message>
        <location filename="../models/CartModel.cpp" line="249"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../models/CartModel.cpp" line="251"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../models/CartModel.cpp" line="253"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../models/CartModel.cpp" line="255"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../models/CartModel.cpp" line="257"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
</context>
<context>
    <name>tidings::CommentSender</name>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="78"/>
        <source>the server answered %1</source>
        <translation>Der Server antwortete %1</translation>
    </message>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="83"/>
        <source>the site says comments are coming too quickly; trying again later</source>
        <translation>Laut Website kommen Kommentare zu schnell; später wird es erneut versucht</translation>
    </message>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="144"/>
        <source>comments are closed for this article</source>
        <translation>Die Kommentare zu diesem Artikel sind geschlossen</translation>
    </message>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="156"/>
        <source>the site takes comments only from registered users</source>
        <translation>Die Website nimmt nur Kommentare registrierter Benutzer an</translation>
    </message>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="235"/>
        <source>The site takes no comments on this article (closed, or too old).</source>
        <translation>Die Website nimmt zu diesem Artikel keine Kommentare an (geschlossen oder zu alt).</translation>
    </message>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="257"/>
        <source>the article&apos;s page cannot be read: %1</source>
        <translation>Die Seite des Artikels kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="264"/>
        <source>the site takes no comments on this article (closed, or too old)</source>
        <translation>Die Website nimmt zu diesem Artikel keine Kommentare an (geschlossen oder zu alt)</translation>
    </message>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="268"/>
        <source>the article&apos;s page does not say which post it is</source>
        <translation>Die Seite des Artikels gibt nicht an, welcher Beitrag sie ist</translation>
    </message>
</context>
<context>
    <name>tidings::DamagedStoreDialog</name>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="13"/>
        <source>Damaged Database</source>
        <translation>Beschädigte Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="14"/>
        <source>Tidings cannot read its database: the file is damaged.</source>
        <translation>Tidings kann seine Datenbank nicht lesen: Die Datei ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="15"/>
        <source>%1

Nothing has been changed yet. Whatever you choose, the damaged file is kept beside the new one, renamed, and never deleted, so it can still be rescued.</source>
        <translation>%1

Es wurde noch nichts geändert. Was Sie auch wählen, die beschädigte Datei wird umbenannt neben der neuen aufbewahrt und nie gelöscht, sodass sie noch gerettet werden kann.</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="20"/>
        <source>Tidings copied the database on %1, before a database update. Going back to that copy loses what was stored after it: refreshing the sites fetches their articles again, but read marks, drafts and the cart from after that day are not in it.</source>
        <translation>Tidings hat die Datenbank am %1 vor einer Aktualisierung der Datenbank kopiert. Wenn Sie zu dieser Sicherungskopie zurückkehren, geht verloren, was danach gespeichert wurde: Beim Aktualisieren der Websites werden ihre Artikel erneut abgerufen, aber Gelesen-Markierungen, Entwürfe und der Warenkorb aus der Zeit nach diesem Tag sind darin nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="25"/>
        <source>&amp;Restore the Copy</source>
        <translation>Sicherungskopie &amp;wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="27"/>
        <source>Go back to the copy made on %1</source>
        <translation>Zur Sicherungskopie vom %1 zurückkehren</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="29"/>
        <source>There is no earlier copy to go back to.</source>
        <translation>Es gibt keine frühere Sicherungskopie, zu der Sie zurückkehren könnten.</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="32"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="33"/>
        <source>&amp;Start with an Empty Database</source>
        <translation>Mit leerer Datenbank &amp;neu beginnen</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="35"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>tidings::Fetcher</name>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="25"/>
        <source>timed out after %1 s</source>
        <translation>Zeitüberschreitung nach %1 s</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="27"/>
        <source>the server refused the connection</source>
        <translation>Der Server hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="29"/>
        <source>the server closed the connection before sending everything</source>
        <translation>Der Server hat die Verbindung geschlossen, bevor alles gesendet war</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="31"/>
        <source>cannot find the server %1</source>
        <translation>Der Server %1 ist nicht auffindbar</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="33"/>
        <source>the secure connection failed: %1</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="35"/>
        <source>too many redirects</source>
        <translation>zu viele Weiterleitungen</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="37"/>
        <source>refused a redirect from HTTPS to HTTP</source>
        <translation>Weiterleitung von HTTPS auf HTTP abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="46"/>
        <source>the network is not available</source>
        <translation>Das Netzwerk ist nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="201"/>
        <source>the compressed response expands beyond the size limit of %1 MB; it was not read</source>
        <translation>Die komprimierte Antwort wäre entpackt größer als die Grenze von %1 MB; sie wurde nicht gelesen</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="232"/>
        <source>redirected to %1, which is not a web address</source>
        <translation>Weiterleitung auf %1, das keine Webadresse ist</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="234"/>
        <source>refused a redirect from HTTPS to HTTP (%1)</source>
        <translation>Weiterleitung von HTTPS auf HTTP abgelehnt (%1)</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="190"/>
        <source>the response is larger than %1 MB; it was not read</source>
        <translation>Die Antwort ist größer als %1 MB; sie wurde nicht gelesen</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="41"/>
        <source>the compressed response is damaged (%1)</source>
        <translation>Die komprimierte Antwort ist beschädigt (%1)</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="156"/>
        <source>no complete response within %L1 s: the server sends too slowly</source>
        <translation>keine vollständige Antwort innerhalb von %L1 s: Der Server sendet zu langsam</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="203"/>
        <source>the response is larger than %1 MB; it was cut off</source>
        <translation>Die Antwort ist größer als %1 MB; sie wurde abgeschnitten</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="236"/>
        <source>the server redirects in a loop (%1 leads back to %2)</source>
        <translation>Der Server leitet im Kreis weiter (%1 führt zurück zu %2)</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="239"/>
        <source>too many redirects (more than %1); the last went to %2</source>
        <translation>zu viele Weiterleitungen (mehr als %1); die letzte führte zu %2</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="280"/>
        <source>the server says the feed is gone (410 Gone); it is no longer fetched</source>
        <translation>Laut Server gibt es den Feed nicht mehr (410 Gone); er wird nicht mehr abgerufen</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="59"/>
        <source>server said %1 %2</source>
        <translation>Server meldete %1 %2</translation>
    </message>
</context>
<context>
    <name>tidings::OutboxService</name>
    <message>
        <location filename="../app/sync/OutboxService.cpp" line="61"/>
        <source>Whether the site takes comments could not be stored.</source>
        <translation>Ob die Website Kommentare annimmt, konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>tidings::OutboxSync</name>
    <message>
        <location filename="../app/sync/OutboxSync.cpp" line="198"/>
        <source>the site takes no comments from Tidings this way</source>
        <translation>Die Website nimmt auf diesem Weg keine Kommentare von Tidings an</translation>
    </message>
</context>
<context>
    <name>tidings::ProductListModel</name>
    <message>
        <location filename="../models/ProductListModel.cpp" line="61"/>
        <source>%1, by %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>tidings::RefreshEngine</name>
    <message>
        <location filename="../app/sync/RefreshEngine.cpp" line="164"/>
        <source>no site named %1 (see tidings sites)</source>
        <translation>keine Website namens %1 (siehe tidings sites)</translation>
    </message>
    <message>
        <location filename="../app/sync/RefreshEngine.cpp" line="318"/>
        <source>postponed: the server asked to wait until %1</source>
        <translation>verschoben: Der Server bat, bis %1 zu warten</translation>
    </message>
    <message>
        <location filename="../app/sync/RefreshEngine.cpp" line="409"/>
        <location filename="../app/sync/RefreshEngine.cpp" line="724"/>
        <source>malformed: %1</source>
        <translation>fehlerhaft: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/RefreshEngine.cpp" line="441"/>
        <location filename="../app/sync/RefreshEngine.cpp" line="511"/>
        <source>(asked to wait %n second(s))</source>
        <translation>
            <numerusform>(Bitte um %n Sekunde Wartezeit)</numerusform>
            <numerusform>(Bitte um %n Sekunden Wartezeit)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/RefreshEngine.cpp" line="456"/>
        <location filename="../app/sync/RefreshEngine.cpp" line="466"/>
        <location filename="../app/sync/RefreshEngine.cpp" line="665"/>
        <location filename="../app/sync/RefreshEngine.cpp" line="709"/>
        <source>page %1: %2</source>
        <translation>Seite %1: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/RefreshEngine.cpp" line="485"/>
        <location filename="../app/sync/RefreshEngine.cpp" line="557"/>
        <source>reading comments from the site: %1</source>
        <translation>beim Lesen der Kommentare von der Website: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/RefreshEngine.cpp" line="551"/>
        <source>not a feed of articles</source>
        <translation>kein Artikel-Feed</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/RefreshEngine.cpp" line="573"/>
        <source>comments of %n article(s) found on the site</source>
        <translation>
            <numerusform>Kommentare zu %n Artikel auf der Website gefunden</numerusform>
            <numerusform>Kommentare zu %n Artikeln auf der Website gefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidings::RemoteImages</name>
    <message>
        <location filename="../app/net/RemoteImages.cpp" line="84"/>
        <source>the image is larger than %1</source>
        <translation>Das Bild ist größer als %1</translation>
    </message>
    <message>
        <location filename="../app/net/RemoteImages.cpp" line="104"/>
        <source>the image is too large to show (%1 × %2)</source>
        <translation>Das Bild ist zu groß für die Anzeige (%1 × %2)</translation>
    </message>
    <message>
        <location filename="../app/net/RemoteImages.cpp" line="111"/>
        <source>not an image that can be shown: %1</source>
        <translation>kein anzeigbares Bild: %1</translation>
    </message>
</context>
<context>
    <name>tidings::SiteDiscovery</name>
    <message>
        <location filename="../app/net/Discovery.cpp" line="163"/>
        <source>not a web address: %1</source>
        <translation>keine Webadresse: %1</translation>
    </message>
    <message>
        <location filename="../app/net/Discovery.cpp" line="172"/>
        <source>no answer from %1</source>
        <translation>keine Antwort von %1</translation>
    </message>
    <message>
        <location filename="../app/net/Discovery.cpp" line="201"/>
        <source>no feed found on %1: it announces none</source>
        <translation>kein Feed auf %1 gefunden: Die Seite nennt keinen</translation>
    </message>
    <message>
        <location filename="../app/net/Discovery.cpp" line="230"/>
        <source>the feeds %1 announces could not be read</source>
        <translation>Die Feeds, die %1 nennt, konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/net/Discovery.cpp" line="261"/>
        <source>the product feed %1: %2</source>
        <translation>der Produktfeed %1: %2</translation>
    </message>
    <message>
        <location filename="../app/net/Discovery.cpp" line="266"/>
        <source>%1 is not a product feed</source>
        <translation>%1 ist kein Produktfeed</translation>
    </message>
</context>
<context>
    <name>tidings::SourceTreeModel</name>
    <message>
        <location filename="../models/SourceTreeModel.cpp" line="214"/>
        <source>All articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <location filename="../models/SourceTreeModel.cpp" line="214"/>
        <location filename="../models/SourceTreeModel.cpp" line="275"/>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <location filename="../models/SourceTreeModel.cpp" line="214"/>
        <source>Starred</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <location filename="../models/SourceTreeModel.cpp" line="228"/>
        <source>An account with a feed service: its feeds and marks sync with the service (File ▸ Accounts…)</source>
        <translation>Ein Konto bei einem Feed-Dienst: Seine Feeds und Kennzeichen werden mit dem Dienst synchronisiert (Datei ▸ Konten …)</translation>
    </message>
    <message>
        <location filename="../models/SourceTreeModel.cpp" line="235"/>
        <source>A folder of %1</source>
        <translation>Ein Ordner von %1</translation>
    </message>
    <message>
        <location filename="../models/SourceTreeModel.cpp" line="275"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>tidings::accounts::AccountSyncWorker</name>
    <message>
        <location filename="../app/sync/accounts/AccountSyncWorker.cpp" line="142"/>
        <location filename="../app/sync/accounts/AccountSyncWorker.cpp" line="149"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSyncWorker.cpp" line="171"/>
        <source>The account is gone.</source>
        <translation>Das Konto gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>tidings::ui::AboutDialog</name>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="127"/>
        <source>About Tidings</source>
        <translation>Über Tidings</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="132"/>
        <source>&lt;h2&gt;Tidings %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Tidings %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="134"/>
        <source>Reads a publisher&apos;s site, its comments and its shop, and keeps them to read offline.</source>
        <translation>Liest die Website eines Herausgebers, ihre Kommentare und ihren Shop und speichert alles, damit Sie es auch offline lesen können.</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="138"/>
        <source>Free software under the GNU General Public License, version 3 or later: you may use, study, share and change it. It comes with no warranty.</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder später: Sie dürfen sie verwenden, untersuchen, weitergeben und verändern. Sie wird ohne jegliche Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="143"/>
        <source>Your data (back up this folder to keep it):</source>
        <translation>Ihre Daten (sichern Sie diesen Ordner, um sie zu behalten):</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="148"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="149"/>
        <source>The folder that holds the database and the image cache</source>
        <translation>Der Ordner mit der Datenbank und dem Bild-Cache</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="150"/>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2.</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="156"/>
        <source>&amp;Open Data Folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
</context>
<context>
    <name>tidings::ui::AccountsPage</name>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="39"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="40"/>
        <source>S&amp;ync Now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="41"/>
        <source>Change &amp;Password…</source>
        <translation>&amp;Passwort ändern …</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="56"/>
        <source>Sync subscriptions and read and starred articles with a feed service you also use on other devices. Comment threads and products still come from each site.</source>
        <translation>Abonnements sowie gelesene und markierte Artikel mit einem Feed-Dienst synchronisieren, den Sie auch auf anderen Geräten nutzen. Kommentare und Produkte kommen weiterhin von der jeweiligen Website.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="60"/>
        <source>A&amp;dd Account…</source>
        <translation>Konto &amp;hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="85"/>
        <source>The password of %1 was not changed: %2</source>
        <translation>Das Passwort von %1 wurde nicht geändert: %2</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="90"/>
        <source>The new password of %1 is kept until Tidings quits: no keychain runs on this desktop.</source>
        <translation>Tidings behält das neue Passwort von %1 nur bis zum Beenden: Auf diesem Desktop läuft kein Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="93"/>
        <source>The new password of %1 is in the keychain; syncing…</source>
        <translation>Das neue Passwort von %1 ist im Schlüsselbund; wird synchronisiert …</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="99"/>
        <source>%1 synced: %2</source>
        <translation>%1 synchronisiert: %2</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="99"/>
        <source>%1 could not sync: %2</source>
        <translation>%1 konnte nicht synchronisiert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="121"/>
        <source>This account&apos;s password comes from a file or a command: change it there.</source>
        <translation>Das Passwort dieses Kontos stammt aus einer Datei oder einem Befehl: Ändern Sie es dort.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="124"/>
        <source>No accounts yet.</source>
        <translation>Noch keine Konten.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="140"/>
        <source>No keychain runs on this desktop, so Tidings keeps the password of %1 only until it quits and asks for it once each time it starts. A password file or command avoids that.</source>
        <translation>Auf diesem Desktop läuft kein Schlüsselbund, daher behält Tidings das Passwort von %1 nur bis zum Beenden und fragt bei jedem Start einmal danach. Eine Passwortdatei oder ein Passwortbefehl vermeidet das.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="143"/>
        <source>Added %1; its feeds and articles arrive with its first sync.</source>
        <translation>Konto %1 hinzugefügt; seine Feeds und Artikel kommen mit der ersten Synchronisierung.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="159"/>
        <source>Remove the account %1 from Tidings? Its feeds and articles go from this computer; nothing changes on the service.</source>
        <translation>Das Konto %1 aus Tidings entfernen? Seine Feeds und Artikel werden von diesem Rechner entfernt; beim Dienst ändert sich nichts.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AccountsPage.cpp" line="164"/>
        <source>%n change(s) made here have not reached the service yet and would be lost.</source>
        <translation>
            <numerusform>%n hier vorgenommene Änderung hat den Dienst noch nicht erreicht und ginge verloren.</numerusform>
            <numerusform>%n hier vorgenommene Änderungen haben den Dienst noch nicht erreicht und gingen verloren.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="167"/>
        <location filename="../ui/AccountsPage.cpp" line="178"/>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="179"/>
        <source>The account could not be removed: %1</source>
        <translation>Das Konto konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="199"/>
        <source>Syncing…</source>
        <translation>Wird synchronisiert …</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="212"/>
        <source>Change Password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="213"/>
        <source>The new password of %1 at %2 (Tidings checks it with the service first):</source>
        <translation>Das neue Passwort von %1 bei %2 (Tidings prüft es zuerst beim Dienst):</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="225"/>
        <source>Checking with the service…</source>
        <translation>Wird beim Dienst geprüft …</translation>
    </message>
</context>
<context>
    <name>tidings::ui::AddAccountDialog</name>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="240"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="242"/>
        <location filename="../ui/AccountsPage.cpp" line="306"/>
        <source>&amp;Command:</source>
        <translation>Be&amp;fehl:</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="247"/>
        <source>Add Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="249"/>
        <source>Tiny Tiny RSS</source>
        <translation>Tiny Tiny RSS</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="250"/>
        <source>Google Reader API (FreshRSS, Miniflux, Inoreader…)</source>
        <translation>Google Reader API (FreshRSS, Miniflux, Inoreader …)</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="266"/>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="267"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="268"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="256"/>
        <source>The desktop&apos;s keychain</source>
        <translation>Der Schlüsselbund des Desktops</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="257"/>
        <source>A file only I can read</source>
        <translation>Eine Datei, die nur ich lesen kann</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="258"/>
        <source>What a command prints</source>
        <translation>Was ein Befehl ausgibt</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="269"/>
        <source>Password &amp;kept in:</source>
        <translation>Passwort &amp;gespeichert in:</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="274"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="276"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="298"/>
        <source>https://example.org/tt-rss/</source>
        <translation>https://example.org/tt-rss/</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="299"/>
        <source>https://example.org/freshrss/api/greader.php</source>
        <translation>https://example.org/freshrss/api/greader.php</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="303"/>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="304"/>
        <source>~/.config/tidings/service-password</source>
        <translation>~/.config/tidings/service-password</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="307"/>
        <source>pass show feeds/service</source>
        <translation>pass show feeds/service</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="315"/>
        <source>user@host</source>
        <translation>benutzer@host</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="354"/>
        <source>Name the file that holds the password.</source>
        <translation>Geben Sie die Datei an, die das Passwort enthält.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="355"/>
        <source>Give the command that prints the password.</source>
        <translation>Geben Sie den Befehl an, der das Passwort ausgibt.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="358"/>
        <source>Checking with the service…</source>
        <translation>Wird beim Dienst geprüft …</translation>
    </message>
</context>
<context>
    <name>tidings::ui::ArticleView</name>
    <message>
        <location filename="../ui/ArticleView.cpp" line="243"/>
        <source>Open the original</source>
        <translation>Original öffnen</translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="189"/>
        <source>Welcome to Tidings</source>
        <translation>Willkommen bei Tidings</translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="31"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="32"/>
        <source>The article chosen in the list; space pages down, o opens the original</source>
        <translation>Der in der Liste gewählte Artikel; die Leertaste blättert weiter, o öffnet das Original</translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="190"/>
        <source>What you see is The Patch Bay, a made-up tech site that comes with Tidings, so there is something to read, comments to follow and a shop to look at. It is never fetched.</source>
        <translation>Was Sie sehen, ist The Patch Bay, eine erfundene Technik-Website, die mit Tidings kommt, damit es etwas zu lesen, Kommentare zum Verfolgen und einen Shop zum Stöbern gibt. Sie wird nie abgerufen.</translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="192"/>
        <source>To read a real site, choose File ▸ Add Site… (%1) and type its address, such as example.com. Tidings finds its feeds, its comment threads and its shop by itself, and keeps everything on this computer, so it reads offline too.</source>
        <translation>Um eine echte Website zu lesen, wählen Sie Datei ▸ Website hinzufügen … (%1) und geben ihre Adresse ein, etwa example.com. Tidings findet ihre Feeds, Kommentare und ihren Shop selbst und speichert alles auf diesem Rechner, sodass Sie auch offline lesen können.</translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="196"/>
        <source>Move through articles with j and k, page with the space bar, star with s, open the original with o, and search with /.</source>
        <translation>Mit j und k wechseln Sie zwischen Artikeln, mit der Leertaste blättern Sie, mit s markieren Sie, mit o öffnen Sie das Original und mit / suchen Sie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ArticleView.cpp" line="231"/>
        <source>%n image(s) from the web not loaded, to keep what you read private.</source>
        <translation>
            <numerusform>%n Bild aus dem Web nicht geladen, damit privat bleibt, was Sie lesen.</numerusform>
            <numerusform>%n Bilder aus dem Web nicht geladen, damit privat bleibt, was Sie lesen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="233"/>
        <source>Show images</source>
        <translation>Bilder anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="234"/>
        <source>Always show images</source>
        <translation>Bilder immer anzeigen</translation>
    </message>
</context>
<context>
    <name>tidings::ui::CartPane</name>
    <message>
        <location filename="../ui/CartPane.cpp" line="44"/>
        <source>Your cart is empty. Add products from the Shop tab.</source>
        <translation>Ihr Warenkorb ist leer. Fügen Sie Produkte im Reiter „Shop“ hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="49"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="50"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="51"/>
        <source>&amp;Accept Changes</source>
        <translation>Änderungen &amp;annehmen</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="52"/>
        <source>Check &amp;Out</source>
        <translation>&amp;Zur Kasse</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="62"/>
        <location filename="../ui/CartPane.cpp" line="120"/>
        <source>Cart</source>
        <translation>Warenkorb</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="64"/>
        <source>The products in your cart; edit a quantity in place (0 removes the line), Delete removes it</source>
        <translation>Die Produkte in Ihrem Warenkorb; ändern Sie eine Menge direkt in der Zeile (0 entfernt die Zeile), Entf entfernt die Zeile</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="65"/>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="77"/>
        <source>Open each store&apos;s checkout in your browser with these items. Tidings never asks for payment details.</source>
        <translation>Öffnet die Kasse jedes Shops mit diesen Artikeln in Ihrem Browser. Tidings fragt nie nach Zahlungsdaten.</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="79"/>
        <source>I have seen the new prices and availability</source>
        <translation>Ich habe die neuen Preise und die Verfügbarkeit gesehen</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="106"/>
        <source>Added %1 to the cart.</source>
        <translation>%1 in den Warenkorb gelegt.</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="108"/>
        <source>Removed %1 from the cart.</source>
        <translation>%1 aus dem Warenkorb entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="121"/>
        <source>Remove the chosen line</source>
        <translation>Die gewählte Zeile entfernen</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="126"/>
        <source>Undo the removal</source>
        <translation>Das Entfernen rückgängig machen</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="180"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="190"/>
        <source>Prices or availability changed since you added some items; see Changes.</source>
        <translation>Preise oder Verfügbarkeit haben sich geändert, seit Sie einige Artikel hinzugefügt haben; siehe „Änderungen“.</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="209"/>
        <source>Could not open %1 in the browser.</source>
        <translation>%1 konnte nicht im Browser geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>tidings::ui::CommentsPanel</name>
    <message>
        <location filename="../ui/CommentsPanel.cpp" line="29"/>
        <source>Comment count</source>
        <translation>Anzahl der Kommentare</translation>
    </message>
    <message>
        <location filename="../ui/CommentsPanel.cpp" line="76"/>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <location filename="../ui/CommentsPanel.cpp" line="126"/>
        <source>No comments yet</source>
        <translation>Noch keine Kommentare</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CommentsPanel.cpp" line="126"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n Kommentar</numerusform>
            <numerusform>%n Kommentare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CommentsPanel.cpp" line="128"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CommentsPanel.cpp" line="157"/>
        <location filename="../ui/CommentsPanel.cpp" line="164"/>
        <source>Cancel comment</source>
        <translation>Kommentar verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/CommentsPanel.cpp" line="158"/>
        <source>Cancel this comment? It has not been sent, and its text will be gone.</source>
        <translation>Diesen Kommentar verwerfen? Er wurde noch nicht gesendet, und sein Text geht verloren.</translation>
    </message>
</context>
<context>
    <name>tidings::ui::Composer</name>
    <message>
        <location filename="../ui/Composer.cpp" line="47"/>
        <source>Write a comment…</source>
        <translation>Einen Kommentar schreiben …</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="56"/>
        <location filename="../ui/Composer.cpp" line="298"/>
        <source>Post</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="57"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="67"/>
        <location filename="../ui/Composer.cpp" line="297"/>
        <source>Cancel reply</source>
        <translation>Antwort abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="76"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="77"/>
        <source>you@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="78"/>
        <source>https:// (optional)</source>
        <translation>https:// (optional)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="79"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="80"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="81"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="82"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="83"/>
        <source>Never shown publicly</source>
        <translation>Wird nie öffentlich angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="84"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="85"/>
        <source>Blank lines separate paragraphs; Ctrl+Return posts</source>
        <translation>Leerzeilen trennen Absätze; Strg+Eingabe sendet</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="86"/>
        <source>Opens the form to comment on the article</source>
        <translation>Öffnet das Formular, um den Artikel zu kommentieren</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="87"/>
        <source>Your comment. Blank lines separate paragraphs.</source>
        <translation>Ihr Kommentar. Leerzeilen trennen Absätze.</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="93"/>
        <source>never shown publicly</source>
        <translation>wird nie öffentlich angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="103"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="105"/>
        <source>E&amp;mail</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="108"/>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="114"/>
        <source>Post (Ctrl+Return)</source>
        <translation>Senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="118"/>
        <source>Post the comment (or save the change)</source>
        <translation>Den Kommentar senden (oder die Änderung speichern)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="123"/>
        <source>Comment form</source>
        <translation>Kommentarformular</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="149"/>
        <source>Comment status</source>
        <translation>Kommentarstatus</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="271"/>
        <source>Comments are closed for this article.</source>
        <translation>Die Kommentare zu diesem Artikel sind geschlossen.</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="272"/>
        <source>Comments are closed: %1</source>
        <translation>Kommentare sind geschlossen: %1</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="292"/>
        <source>Changing your comment before it is sent</source>
        <translation>Sie bearbeiten Ihren Kommentar, bevor er gesendet wird</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="293"/>
        <source>Stop changing</source>
        <translation>Bearbeitung abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="294"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="296"/>
        <source>Replying to %1</source>
        <translation>Antwort an %1</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="296"/>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="399"/>
        <source>This comment has been sent already and can no longer be changed.</source>
        <translation>Dieser Kommentar wurde bereits gesendet und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="441"/>
        <source>The draft could not be saved: %1. The text is still here; it is saved as soon as that is possible again.</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1. Der Text ist noch da; er wird gespeichert, sobald das wieder möglich ist.</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="447"/>
        <source>The draft is saved again.</source>
        <translation>Der Entwurf ist wieder gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="483"/>
        <source>Saved your changes.</source>
        <translation>Ihre Änderungen wurden gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="522"/>
        <source>Saved; kept here: the demo site is not on the network.</source>
        <translation>Gespeichert; bleibt hier: Die Demo-Website ist nicht im Netz.</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="523"/>
        <source>Saved; posting now.</source>
        <translation>Gespeichert; wird jetzt gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="524"/>
        <source>Saved; it will be posted when you are online.</source>
        <translation>Gespeichert; wird gesendet, sobald Sie online sind.</translation>
    </message>
</context>
<context>
    <name>tidings::ui::InThisArticle</name>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="296"/>
        <source>&lt;b&gt;In this article&lt;/b&gt;</source>
        <translation>&lt;b&gt;In diesem Artikel&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="341"/>
        <source>(was %1)</source>
        <translation>(war %1)</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="343"/>
        <source>Out of stock</source>
        <translation>Nicht vorrätig</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="345"/>
        <source>Show %1 in the shop</source>
        <translation>%1 im Shop anzeigen</translation>
    </message>
</context>
<context>
    <name>tidings::ui::MainWindow</name>
    <message>
        <location filename="../ui/Gui.cpp" line="23"/>
        <location filename="../ui/MainWindow.cpp" line="58"/>
        <source>Tidings</source>
        <translation>Tidings</translation>
    </message>
    <message>
        <location filename="../ui/Gui.cpp" line="24"/>
        <source>Tidings cannot create its data folder %1.</source>
        <translation>Tidings kann seinen Datenordner %1 nicht anlegen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="96"/>
        <source>&amp;News</source>
        <translation>&amp;Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97"/>
        <source>&amp;Shop</source>
        <translation>&amp;Shop</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169"/>
        <source>&amp;Refresh All</source>
        <translation>Alle &amp;aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="130"/>
        <source>Refresh problems</source>
        <translation>Probleme beim Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>&amp;Add Site…</source>
        <translation>&amp;Website hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="173"/>
        <source>&amp;Mark All Read</source>
        <translation>Alle als gelesen &amp;markieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="173"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="181"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="183"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="190"/>
        <source>Acc&amp;ounts…</source>
        <translation>&amp;Konten …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="193"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="197"/>
        <source>&amp;Comments</source>
        <translation>&amp;Kommentare</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="199"/>
        <source>&amp;Outbox…</source>
        <translation>&amp;Postausgang …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="199"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <source>Search &amp;Products</source>
        <translation>&amp;Produkte suchen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="206"/>
        <source>Show &amp;Cart</source>
        <translation>&amp;Warenkorb anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="206"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208"/>
        <source>Check &amp;Out</source>
        <translation>&amp;Zur Kasse</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="213"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="216"/>
        <source>&amp;About Tidings</source>
        <translation>Ü&amp;ber Tidings</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="217"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="219"/>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225"/>
        <source>Added %1; fetching it now.</source>
        <translation>%1 hinzugefügt; wird jetzt abgerufen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>Could not add the site: %1</source>
        <translation>Die Website konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="257"/>
        <source>Comments you wrote that are not published yet (Comments ▸ Outbox…)</source>
        <translation>Ihre Kommentare, die noch nicht veröffentlicht sind (Kommentare ▸ Postausgang …)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="261"/>
        <source>%n comment(s) waiting</source>
        <translation>
            <numerusform>%n Kommentar wartet</numerusform>
            <numerusform>%n Kommentare warten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="305"/>
        <source>Syncing %1…</source>
        <translation>%1 wird synchronisiert …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="351"/>
        <source>Subscribed to %1.</source>
        <translation>%1 abonniert.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="352"/>
        <source>Could not subscribe to %1: %2</source>
        <translation>%1 konnte nicht abonniert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="365"/>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="366"/>
        <source>No keychain holds the password of %1 at %2. Type it to sync the account; Tidings keeps it only until it quits.</source>
        <translation>Kein Schlüsselbund enthält das Passwort für %1 bei %2. Geben Sie es ein, um das Konto zu synchronisieren; Tidings behält es nur bis zum Beenden.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="382"/>
        <source>Account %1: %2</source>
        <translation>Konto %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="400"/>
        <source>Add Site</source>
        <translation>Website hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="401"/>
        <source>The address of a site&apos;s home page or of one of its feeds:</source>
        <translation>Die Adresse der Startseite einer Website oder eines ihrer Feeds:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="405"/>
        <source>Looking at %1…</source>
        <translation>%1 wird untersucht …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="452"/>
        <source>Tidings cannot open its database: %1</source>
        <translation>Tidings kann seine Datenbank nicht öffnen: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="519"/>
        <source>Damaged Database</source>
        <translation>Beschädigte Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="523"/>
        <source>The damaged database is kept as %1.</source>
        <translation>Die beschädigte Datenbank wird als %1 aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="576"/>
        <source>Watched products</source>
        <translation>Beobachtete Produkte</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="471"/>
        <source>Welcome! This is a demo site, so there is something to read.</source>
        <translation>Willkommen! Dies ist eine Demo-Website, damit es etwas zu lesen gibt.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="81"/>
        <location filename="../ui/MainWindow.cpp" line="590"/>
        <source>Ca&amp;rt (%1)</source>
        <translation>Warenk&amp;orb (%1)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="98"/>
        <source>Ca&amp;rt</source>
        <translation>Warenk&amp;orb</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201"/>
        <source>Sho&amp;p</source>
        <translation>Sho&amp;p</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="321"/>
        <source>Changes not sent yet: %1</source>
        <translation>Änderungen noch nicht gesendet: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="381"/>
        <source>Account %1: %2 (the new password goes in File ▸ Accounts… ▸ Change Password…)</source>
        <translation>Konto %1: %2 (um Tidings das neue Passwort mitzuteilen: Datei ▸ Konten … ▸ Passwort ändern …)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="536"/>
        <source>Refreshing %1 of %2</source>
        <translation>Aktualisiere %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="537"/>
        <source>Refreshing %1 of %2: %3</source>
        <translation>Aktualisiere %1 von %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="549"/>
        <source>%n feed(s) could not be refreshed</source>
        <translation>
            <numerusform>%n Feed konnte nicht aktualisiert werden</numerusform>
            <numerusform>%n Feeds konnten nicht aktualisiert werden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidings::ui::NewsPane</name>
    <message>
        <location filename="../ui/NewsPane.cpp" line="104"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="106"/>
        <source>All articles, unread, starred, then each site and its feeds, with unread counts</source>
        <translation>Alle Artikel, ungelesene, markierte, dann jede Website mit ihren Feeds, jeweils mit der Zahl der ungelesenen Artikel</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="107"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="108"/>
        <source>The articles of the chosen source, newest first; unread ones in bold. j and k move, m toggles read, s the star</source>
        <translation>Die Artikel der gewählten Quelle, neueste zuerst; ungelesene fett. j und k wechseln den Artikel, m schaltet „gelesen“ um, s die Markierung</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="110"/>
        <location filename="../ui/NewsPane.cpp" line="187"/>
        <source>Search articles</source>
        <translation>Artikel durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="111"/>
        <source>Searches titles, authors and text as you type</source>
        <translation>Durchsucht Titel, Autoren und Text während der Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="113"/>
        <source>Search articles (/)</source>
        <translation>Artikel durchsuchen (/)</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="151"/>
        <source>Select an article to read it.</source>
        <translation>Wählen Sie einen Artikel, um ihn zu lesen.</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="170"/>
        <source>News</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="179"/>
        <source>Next article</source>
        <translation>Nächster Artikel</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="180"/>
        <source>Previous article</source>
        <translation>Vorheriger Artikel</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="181"/>
        <source>Toggle read</source>
        <translation>Gelesen umschalten</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="182"/>
        <source>Toggle starred</source>
        <translation>Markierung umschalten</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="183"/>
        <source>Open the original in the browser</source>
        <translation>Das Original im Browser öffnen</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="184"/>
        <source>Page down; at the end, the next unread article</source>
        <translation>Weiterblättern; am Ende zum nächsten ungelesenen Artikel</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="185"/>
        <source>Show this article&apos;s images</source>
        <translation>Die Bilder dieses Artikels anzeigen</translation>
    </message>
</context>
<context>
    <name>tidings::ui::OutboxDialog</name>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="39"/>
        <source>Nothing waits: every comment you wrote is published.</source>
        <translation>Nichts wartet: Alle Ihre Kommentare sind veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="40"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="41"/>
        <source>&amp;Cancel Comment</source>
        <translation>Kommentar &amp;verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="42"/>
        <source>&amp;Try Now</source>
        <translation>&amp;Jetzt versuchen</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="43"/>
        <source>&amp;Go to Article</source>
        <translation>Zum &amp;Artikel</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="45"/>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="47"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="47"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="47"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="47"/>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="49"/>
        <source>Comments not yet published</source>
        <translation>Noch nicht veröffentlichte Kommentare</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="50"/>
        <source>Each comment you wrote that is not published yet, with its state</source>
        <translation>Jeder Ihrer Kommentare, der noch nicht veröffentlicht ist, mit seinem Status</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="128"/>
        <source>To %1: %2</source>
        <translation>An %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="128"/>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="184"/>
        <location filename="../ui/OutboxDialog.cpp" line="191"/>
        <source>Cancel comment</source>
        <translation>Kommentar verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="185"/>
        <source>Cancel this comment? It has not been sent, and its text will be gone.</source>
        <translation>Diesen Kommentar verwerfen? Er wurde noch nicht gesendet, und sein Text geht verloren.</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="203"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="216"/>
        <location filename="../ui/OutboxDialog.cpp" line="229"/>
        <source>Change comment</source>
        <translation>Kommentar bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="216"/>
        <source>Your comment under “%1”:</source>
        <translation>Ihr Kommentar zu „%1“:</translation>
    </message>
</context>
<context>
    <name>tidings::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/Preferences.cpp" line="54"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="56"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="59"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="60"/>
        <source>at once</source>
        <translation>sofort</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="63"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="64"/>
        <source>system</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="66"/>
        <source>Follow the system</source>
        <translation>Systemeinstellung folgen</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="66"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="66"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="68"/>
        <source>Ask for each article</source>
        <translation>Bei jedem Artikel fragen</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="68"/>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="68"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="73"/>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="80"/>
        <source>A new language applies the next time Tidings starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Tidings.</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="89"/>
        <source>Refresh every</source>
        <translation>Aktualisieren alle</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="90"/>
        <source>Mark read after</source>
        <translation>Als gelesen markieren nach</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="91"/>
        <source>Reader font size</source>
        <translation>Schriftgröße im Leser</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="92"/>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="93"/>
        <source>Load remote images</source>
        <translation>Externe Bilder laden</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="94"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="96"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="103"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="104"/>
        <source>&amp;Accounts</source>
        <translation>&amp;Konten</translation>
    </message>
</context>
<context>
    <name>tidings::ui::ProductDetailView</name>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="47"/>
        <source>Add to Cart</source>
        <translation>In den Warenkorb</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="48"/>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="49"/>
        <source>Open in Store</source>
        <translation>Im Shop öffnen</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="67"/>
        <source>Tell me when the price drops or it is back in stock</source>
        <translation>Benachrichtigen, wenn der Preis sinkt oder das Produkt wieder vorrätig ist</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="71"/>
        <source>Product description</source>
        <translation>Produktbeschreibung</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="72"/>
        <source>Product picture</source>
        <translation>Produktbild</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="74"/>
        <source>Opens the product&apos;s page in your browser</source>
        <translation>Öffnet die Seite des Produkts in Ihrem Browser</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="75"/>
        <source>Adds the chosen variant and quantity to the cart</source>
        <translation>Legt die gewählte Variante in der gewählten Menge in den Warenkorb</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="79"/>
        <source>&amp;Variant:</source>
        <translation>&amp;Variante:</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="80"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="168"/>
        <source>Mentioned in: %1</source>
        <translation>Erwähnt in: %1</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="182"/>
        <source>Choose a product to see it here.</source>
        <translation>Wählen Sie ein Produkt, um es hier zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="185"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="196"/>
        <source>Picture %1 of %2</source>
        <translation>Bild %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="218"/>
        <source>out of stock</source>
        <translation>nicht vorrätig</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="255"/>
        <source>In stock</source>
        <translation>Vorrätig</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="255"/>
        <source>Available to order</source>
        <translation>Bestellbar</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="256"/>
        <source>Out of stock</source>
        <translation>Nicht vorrätig</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="131"/>
        <location filename="../ui/ProductDetail.cpp" line="264"/>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="273"/>
        <source>Loading picture…</source>
        <translation>Bild wird geladen …</translation>
    </message>
</context>
<context>
    <name>tidings::ui::ShopPane</name>
    <message>
        <location filename="../ui/ShopPane.cpp" line="96"/>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="151"/>
        <source>Out of stock</source>
        <translation>Nicht vorrätig</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="182"/>
        <source>In stock</source>
        <translation>Vorrätig</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="183"/>
        <source>On sale</source>
        <translation>Reduziert</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="184"/>
        <source>Watched</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="194"/>
        <location filename="../ui/ShopPane.cpp" line="217"/>
        <source>Search products</source>
        <translation>Produkte durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="196"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="197"/>
        <source>All brands</source>
        <translation>Alle Marken</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="204"/>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="205"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="206"/>
        <source>Lowest price, in each store&apos;s currency</source>
        <translation>Niedrigster Preis, in der Währung des jeweiligen Shops</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="207"/>
        <source>Highest price, in each store&apos;s currency</source>
        <translation>Höchster Preis, in der Währung des jeweiligen Shops</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="208"/>
        <source>Newest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="209"/>
        <source>Price: low to high</source>
        <translation>Preis: aufsteigend</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="210"/>
        <source>Price: high to low</source>
        <translation>Preis: absteigend</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="211"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="214"/>
        <location filename="../ui/ShopPane.cpp" line="366"/>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="215"/>
        <source>Cards in a grid, or a list</source>
        <translation>Karten im Raster oder eine Liste</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="218"/>
        <source>Finds products by title, brand, category and description as you type</source>
        <translation>Findet Produkte nach Titel, Marke, Kategorie und Beschreibung während der Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="219"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="220"/>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="221"/>
        <source>Lowest price</source>
        <translation>Niedrigster Preis</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="223"/>
        <source>Highest price</source>
        <translation>Höchster Preis</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="225"/>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="226"/>
        <source>Show as a grid</source>
        <translation>Als Raster anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="228"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="229"/>
        <source>The products that match the filters; Enter adds the chosen one to the cart</source>
        <translation>Die Produkte, die zu den Filtern passen; die Eingabetaste legt das gewählte in den Warenkorb</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="245"/>
        <source>Price:</source>
        <translation>Preis:</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="291"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="292"/>
        <source>Add the chosen product to the cart</source>
        <translation>Das gewählte Produkt in den Warenkorb legen</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="366"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ShopPane.cpp" line="411"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidings::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="39"/>
        <location filename="../ui/MainWindow.cpp" line="60"/>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="67"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="69"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="69"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="72"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="73"/>
        <source>Every action that has keys, by the part of the window where the keys work</source>
        <translation>Jede Aktion mit Tastenkürzel, geordnet nach dem Fensterbereich, in dem die Tasten wirken</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="98"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>tidings::ui::SourceTreeMenu</name>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="66"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="69"/>
        <source>Rename Feed</source>
        <translation>Feed umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="69"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="73"/>
        <source>&amp;Move to Folder</source>
        <translation>In &amp;Ordner verschieben</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="85"/>
        <source>No Folder</source>
        <translation>Kein Ordner</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="87"/>
        <source>Tiny Tiny RSS&apos;s API cannot rename a feed or move it: do it in Tiny Tiny RSS</source>
        <translation>Die API von Tiny Tiny RSS kann einen Feed weder umbenennen noch verschieben: Tun Sie das in Tiny Tiny RSS</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="94"/>
        <source>&amp;Unsubscribe…</source>
        <translation>&amp;Abbestellen …</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="95"/>
        <source>Unsubscribe</source>
        <translation>Abbestellen</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="96"/>
        <source>Unsubscribe from %1? Its articles go from this computer, and the service drops the feed at the next sync.</source>
        <translation>%1 abbestellen? Die Artikel des Feeds werden von diesem Rechner entfernt, und der Dienst entfernt den Feed bei der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="107"/>
        <source>Su&amp;bscribe to a Feed…</source>
        <translation>Feed a&amp;bonnieren …</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="107"/>
        <source>Su&amp;bscribe to a Feed in This Folder…</source>
        <translation>Feed in diesem Ordner a&amp;bonnieren …</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="110"/>
        <source>Subscribe</source>
        <translation>Abonnieren</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="110"/>
        <source>The feed&apos;s address:</source>
        <translation>Die Adresse des Feeds:</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="115"/>
        <source>S&amp;ync Now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="116"/>
        <source>Account &amp;Settings…</source>
        <translation>Konto&amp;einstellungen …</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="153"/>
        <source>Subscribing to %1…</source>
        <translation>%1 wird abonniert …</translation>
    </message>
</context>
<context>
    <name>tidings::ui::ThreadView</name>
    <message>
        <location filename="../ui/ThreadView.cpp" line="381"/>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="382"/>
        <source>The comment thread under the article: n and p move, r replies</source>
        <translation>Die Kommentare unter dem Artikel: n und p wechseln den Kommentar, r antwortet</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="463"/>
        <source>Comment thread</source>
        <translation>Kommentarverlauf</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="471"/>
        <source>Next comment</source>
        <translation>Nächster Kommentar</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="472"/>
        <source>Previous comment</source>
        <translation>Vorheriger Kommentar</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="473"/>
        <source>Collapse the replies; again: go to the parent</source>
        <translation>Antworten einklappen; erneut: zum übergeordneten Kommentar</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="475"/>
        <source>Show the replies</source>
        <translation>Antworten anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="479"/>
        <source>Reply to the comment</source>
        <translation>Auf den Kommentar antworten</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="483"/>
        <source>Change your comment not yet sent</source>
        <translation>Ihren noch nicht gesendeten Kommentar bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="488"/>
        <source>Cancel your comment not yet sent</source>
        <translation>Ihren noch nicht gesendeten Kommentar verwerfen</translation>
    </message>
</context>
</TS>
