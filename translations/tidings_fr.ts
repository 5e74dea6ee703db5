<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountServices</name>
    <message>
        <location filename="../app/sync/accounts/AccountServices.cpp" line="22"/>
        <source>Tidings cannot speak to %1 services yet.</source>
        <translation>Tidings ne sait pas encore communiquer avec les services %1.</translation>
    </message>
</context>
<context>
    <name>AccountSetup</name>
    <message>
        <location filename="../app/sync/accounts/AccountSetup.cpp" line="25"/>
        <source>%1 is not an http or https address</source>
        <translation>%1 n&apos;est pas une adresse http ou https</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSetup.cpp" line="29"/>
        <source>The account needs a user name.</source>
        <translation>Le compte doit avoir un nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSetup.cpp" line="42"/>
        <location filename="../app/sync/accounts/AccountSetup.cpp" line="102"/>
        <source>The account needs its password.</source>
        <translation>Le mot de passe du compte est requis.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSetup.cpp" line="98"/>
        <source>The password of %1 comes from a file or a command: change it there.</source>
        <translation>Le mot de passe de %1 provient d&apos;un fichier ou d&apos;une commande&#xa0;: modifiez-le à cet endroit.</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="106"/>
        <source>new, not synced yet</source>
        <translation>nouveau, pas encore synchronisé</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="108"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="110"/>
        <source>waiting before asking the service again</source>
        <translation>attente avant d&apos;interroger de nouveau le service</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="112"/>
        <source>needs its password</source>
        <translation>mot de passe requis</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="114"/>
        <source>the last sync failed</source>
        <translation>la dernière synchronisation a échoué</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="204"/>
        <source>a site or an account is already called %1: choose another name with --name</source>
        <translation>un site ou un compte s&apos;appelle déjà %1&#xa0;: choisissez un autre nom avec --name</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="209"/>
        <source>the account %1 is already %2 at %3</source>
        <translation>le compte %1 est déjà celui de %2 sur %3</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="246"/>
        <source>no account %1</source>
        <translation>aucun compte %1</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="434"/>
        <source>an article vanished while it was being stored</source>
        <translation>un article a disparu pendant son enregistrement</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountFeedEdits.cpp" line="115"/>
        <source>that feed is not one of an account&apos;s: only an account&apos;s feeds are edited on its service</source>
        <translation>ce flux n&apos;appartient à aucun compte&#xa0;: seuls les flux d&apos;un compte sont modifiés sur son service</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountFeedEdits.cpp" line="155"/>
        <source>a feed&apos;s title cannot be empty</source>
        <translation>le titre d&apos;un flux ne peut pas être vide</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountFeedEdits.cpp" line="163"/>
        <source>Tiny Tiny RSS&apos;s API cannot rename a feed: rename it in Tiny Tiny RSS itself, and the next sync brings the new title here</source>
        <translation>L&apos;API de Tiny Tiny RSS ne permet pas de renommer un flux&#xa0;: renommez-le dans Tiny Tiny RSS même, et la prochaine synchronisation apportera ici le nouveau titre</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountFeedEdits.cpp" line="181"/>
        <source>Tiny Tiny RSS&apos;s API cannot move a feed to another category: move it in Tiny Tiny RSS itself, and the next sync brings the change here</source>
        <translation>L&apos;API de Tiny Tiny RSS ne permet pas de déplacer un flux vers une autre catégorie&#xa0;: déplacez-le dans Tiny Tiny RSS même, et la prochaine synchronisation apportera ici la modification</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountFeedEdits.cpp" line="198"/>
        <source>that folder is gone from the account %1: sync the account and try again</source>
        <translation>ce dossier n&apos;existe plus dans le compte %1&#xa0;: synchronisez le compte et réessayez</translation>
    </message>
</context>
<context>
    <name>AccountSync</name>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="25"/>
        <source>the database failed: %1</source>
        <translation>échec de la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="27"/>
        <source>waiting until %1 before asking the service again</source>
        <translation>attente jusqu&apos;à %1 avant d&apos;interroger de nouveau le service</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="32"/>
        <source>%1 new, %2 updated</source>
        <translation>%1 nouveau(x), %2 mis à jour</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/accounts/AccountSync.cpp" line="33"/>
        <source>%n flag(s) set as the service has them</source>
        <translation>
            <numerusform>%n marque alignée sur le service</numerusform>
            <numerusform>%n marques alignées sur le service</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/accounts/AccountSync.cpp" line="34"/>
        <source>%n change(s) made here sent</source>
        <translation>
            <numerusform>%n modification faite ici envoyée</numerusform>
            <numerusform>%n modifications faites ici envoyées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="37"/>
        <source>feeds: %1 added, %2 removed, %3 renamed, %4 moved</source>
        <translation>flux&#xa0;: %1 ajouté(s), %2 supprimé(s), %3 renommé(s), %4 déplacé(s)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/accounts/AccountSync.cpp" line="44"/>
        <source>%n feed change(s) made here sent</source>
        <translation>
            <numerusform>%n modification de flux faite ici envoyée</numerusform>
            <numerusform>%n modifications de flux faites ici envoyées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="64"/>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="107"/>
        <source>no account %1</source>
        <translation>aucun compte %1</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="372"/>
        <source>unsubscribing from %1: the service answered &quot;%2&quot;; taken as done</source>
        <translation>désabonnement de %1&#xa0;: le service a répondu «&#xa0;%2&#xa0;»&#xa0;; considéré comme effectué</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="375"/>
        <source>renaming a feed to %1: the service answered &quot;%2&quot;; the service&apos;s title stands</source>
        <translation>renommage d&apos;un flux en %1&#xa0;: le service a répondu «&#xa0;%2&#xa0;»&#xa0;; le titre du service est conservé</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="378"/>
        <source>moving %1: the service answered &quot;%2&quot;; the service&apos;s folder stands</source>
        <translation>déplacement de %1&#xa0;: le service a répondu «&#xa0;%2&#xa0;»&#xa0;; le dossier du service est conservé</translation>
    </message>
</context>
<context>
    <name>Cart</name>
    <message>
        <location filename="../app/shop/Cart.cpp" line="36"/>
        <source>out of stock</source>
        <translation>en rupture de stock</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="38"/>
        <source>available to pre-order</source>
        <translation>disponible en précommande</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="40"/>
        <source>on back order</source>
        <translation>en réapprovisionnement</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="41"/>
        <source>in stock</source>
        <translation>en stock</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="81"/>
        <source>was %1, now %2</source>
        <translation>maintenant %2 (au lieu de %1)</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="84"/>
        <source>back in stock</source>
        <translation>de nouveau en stock</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="85"/>
        <source>now %1</source>
        <translation>maintenant %1</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="97"/>
        <location filename="../app/shop/Cart.cpp" line="186"/>
        <location filename="../app/shop/Cart.cpp" line="237"/>
        <location filename="../app/shop/Cart.cpp" line="268"/>
        <source>The cart could not be saved: %1</source>
        <translation>Le panier n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="163"/>
        <location filename="../app/shop/Cart.cpp" line="211"/>
        <location filename="../app/shop/Cart.cpp" line="248"/>
        <source>A quantity is a whole number from 1 to %1.</source>
        <translation>Une quantité est un nombre entier de 1 à %1.</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="173"/>
        <source>There is no such product.</source>
        <translation>Ce produit n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="180"/>
        <source>%1 is out of stock.</source>
        <translation>%1 est en rupture de stock.</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="258"/>
        <location filename="../app/shop/Cart.cpp" line="283"/>
        <location filename="../app/shop/Cart.cpp" line="321"/>
        <source>The cart has no line %1.</source>
        <translation>Le panier n&apos;a pas de ligne %1.</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="299"/>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
</context>
<context>
    <name>Checkout</name>
    <message>
        <location filename="../app/shop/Checkout.cpp" line="65"/>
        <source>Out of stock at %2: %1. Remove what is out of stock, or wait until it is back, to check out.</source>
        <translation>En rupture de stock chez %2&#xa0;: %1. Pour passer commande, retirez ce qui est en rupture de stock, ou attendez son retour.</translation>
    </message>
    <message>
        <location filename="../app/shop/Checkout.cpp" line="77"/>
        <location filename="../app/shop/Checkout.cpp" line="90"/>
        <source>%1 opens its checkout with these items in the cart; you pay on the store&apos;s page.</source>
        <translation>%1 ouvre sa page de commande avec ces produits dans le panier&#xa0;; vous payez sur la page de la boutique.</translation>
    </message>
    <message>
        <location filename="../app/shop/Checkout.cpp" line="101"/>
        <source>%1 opens one page per product, each adding it to the store&apos;s cart; check out from the store&apos;s cart page.</source>
        <translation>%1 ouvre une page par produit, chacune l&apos;ajoutant au panier de la boutique&#xa0;; passez commande depuis la page du panier de la boutique.</translation>
    </message>
    <message>
        <location filename="../app/shop/Checkout.cpp" line="113"/>
        <source>%1 gives no product pages to check out from.</source>
        <translation>%1 ne fournit aucune page de produit depuis laquelle passer commande.</translation>
    </message>
    <message>
        <location filename="../app/shop/Checkout.cpp" line="114"/>
        <source>%1 takes no cart from Tidings: its product pages open, one per product; add each to the store&apos;s cart there (quantities as listed here).</source>
        <translation>%1 n&apos;accepte pas de panier de Tidings&#xa0;: ses pages de produits s&apos;ouvrent, une par produit&#xa0;; ajoutez-y chacun au panier de la boutique (dans les quantités indiquées ici).</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/CliSupport.h" line="35"/>
        <source>Keep the database in DIR.</source>
        <translation>Conserver la base de données dans DIR.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="46"/>
        <source>cannot create the data folder %1</source>
        <translation>impossible de créer le dossier de données %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="62"/>
        <source>Nothing was changed. What you can do (the damaged file is kept aside, never deleted):
  tidings check                     what SQLite finds wrong with it
</source>
        <translation>Rien n&apos;a été modifié. Solutions possibles (le fichier endommagé est mis de côté, jamais supprimé)&#xa0;:
  tidings check                     ce que SQLite y trouve d&apos;anormal
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="68"/>
        <source>  tidings recover --start-empty     start again with an empty database
</source>
        <translation>  tidings recover --start-empty     repartir d&apos;une base de données vide
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="65"/>
        <source>  tidings recover --restore-backup  go back to the copy made on %1
</source>
        <translation>  tidings recover --restore-backup  revenir à la copie faite le %1
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
        <translation>Utilisation&#xa0;: tidings [--data-dir DIR] [COMMANDE [ARGUMENTS]]

Sans commande, Tidings ouvre sa fenêtre.

Commandes&#xa0;:
  parse FILE [--url URL] [--kind articles|comments|products]
                     Afficher en JSON le contenu d&apos;un document (flux, commentaires ou produits).
  import FILE... [--source NAME] [--url URL] [--kind KIND] [--currency CODE]
  import --demo      Importer des documents (ou le site de démonstration fourni) dans la base.
  search QUERY [--limit N]
                     Articles enregistrés correspondant à QUERY, les plus pertinents d&apos;abord.
  stats              Décompte de ce que contient la base de données.
  add URL [--name NAME] [--products URL] [--folder PATH] [--no-refresh]
                     Ajouter un site (page d&apos;accueil ou URL d&apos;un flux) et le récupérer.
  add FEED_URL --account ACCOUNT [--folder PATH]
                     S&apos;abonner sur le service d&apos;un compte (dans l&apos;un de ses dossiers), puis synchroniser.
  sites              Les sites avec leurs flux et le résultat de leur récupération.
  remove SITE        Supprimer un site et tout ce qui en a été enregistré.
  remove FEED [--account ACCOUNT]
                     Se désabonner du flux d&apos;un compte (son URL ou son titre)&#xa0;: supprimé ici
                     immédiatement, sur le service à la prochaine synchronisation.
  rename FEED TITLE [--account ACCOUNT]
                     Renommer le flux d&apos;un compte, ici et sur le service à la prochaine synchronisation.
  move FEED FOLDER [--account ACCOUNT] | move FEED --no-folder [--account ACCOUNT]
                     Déplacer le flux d&apos;un compte vers l&apos;un de ses dossiers (ou l&apos;en sortir).
  refresh [SITE]     Récupérer maintenant tous les flux (ou ceux d&apos;un site)&#xa0;; une ligne par flux.
  import-opml FILE   Ajouter les flux d&apos;un fichier OPML (tous, ou aucun en cas d&apos;erreur).
  export-opml [FILE] Écrire les flux d&apos;articles au format OPML (sur la sortie standard sans FILE).
  comment ARTICLE --name N --email E [--url U] [--reply-to COMMENT] TEXT
                     Écrire un commentaire&#xa0;; il attend dans la boîte d&apos;envoi jusqu&apos;à son envoi.
  outbox             Les commentaires que vous avez écrits et qui ne sont pas encore publiés.
  sync [--wait S]    Envoyer ce qui attend dans la boîte d&apos;envoi et synchroniser chaque compte
                     (code de sortie 2 s&apos;il en reste ou si la synchronisation d&apos;un compte a échoué).
  thread ARTICLE     Afficher le fil de commentaires d&apos;un article sous forme d&apos;arbre indenté.
  account add ttrss|greader URL --user U [--password-file F | --password-command CMD]
                     Ajouter un compte auprès d&apos;un service de flux (le mot de passe est vérifié aussitôt).
  account list       Les comptes avec leur état et leur dernière synchronisation.
  account remove ACCOUNT
                     Supprimer un compte avec ses flux et ses articles.
  articles [SOURCE] [--unread] [--starred] [--limit N]
                     Articles enregistrés, les plus récents d&apos;abord&#xa0;: id, marques (U non lu, * favori),
                     date, titre, lien.
  mark read|unread|star|unstar ARTICLE...
                     Modifier les marques comme le fait la fenêtre (celles d&apos;un compte partent à la synchronisation).
  products [SITE] [--search Q] [--on-sale] [--in-stock]
                     Les produits enregistrés, une ligne par variante lorsqu&apos;il y en a plusieurs.
  cart               Le panier&#xa0;: lignes, quantités, changements depuis l&apos;ajout, totaux par boutique.
  cart add PRODUCT [--variant V] [--quantity N] [--site SITE]
  cart set LINE N | cart remove LINE | cart undo | cart ack [LINE]
                     Modifier le panier (PRODUCT et V tels que tidings products les affiche).
  checkout [SITE] [--print] [--add-to-cart-links]
                     Transmettre le panier à chaque boutique pour la commande (ou afficher les URL).
  check              Vérifier l&apos;intégrité de la base de données avec SQLite et afficher le résultat.
  recover --restore-backup | --start-empty
                     Mettre de côté une base de données endommagée&#xa0;; revenir à la copie faite avant la
                     dernière mise à jour du schéma, ou repartir d&apos;une base de données vide.

Options&#xa0;:
  --data-dir DIR     Conserver la base de données dans DIR (également&#xa0;: TIDINGS_DATA_DIR).
  -h, --help         Afficher cette aide.
  -v, --version      Afficher la version.

Dossier de données&#xa0;: %1

Code de sortie&#xa0;: 0 en cas de succès, 1 en cas d&apos;erreur d&apos;utilisation ou d&apos;entrée illisible,
2 si certaines entrées parmi plusieurs (ou certains flux, pour refresh) ont échoué, si sync laisse
des commentaires à envoyer ou si un compte échoue à se synchroniser, ou si checkout suspend la commande.
</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="109"/>
        <source>Print what a document holds, as JSON.</source>
        <translation>Afficher en JSON le contenu d&apos;un document.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="111"/>
        <source>The URL the document came from (base for relative links).</source>
        <translation>L&apos;URL d&apos;où provient le document (base des liens relatifs).</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="112"/>
        <location filename="../app/cli/Cli.cpp" line="154"/>
        <source>articles, comments or products.</source>
        <translation>articles, comments ou products.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="114"/>
        <source>The document to read.</source>
        <translation>Le document à lire.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="119"/>
        <source>parse takes exactly one FILE (see tidings parse --help)</source>
        <translation>parse attend exactement un fichier FILE (voir tidings parse --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="124"/>
        <location filename="../app/cli/Cli.cpp" line="171"/>
        <source>unknown --kind %1: use articles, comments or products</source>
        <translation>--kind %1 inconnu&#xa0;: utilisez articles, comments ou products</translation>
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
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="137"/>
        <source>%1 new, %2 updated, %3 unchanged (site: %4)</source>
        <translation>nouveaux&#xa0;: %1, mis à jour&#xa0;: %2, inchangés&#xa0;: %3 (site&#xa0;: %4)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/Cli.cpp" line="144"/>
        <source>%n comment(s) skipped: their article is not stored</source>
        <translation>
            <numerusform>%n commentaire ignoré&#xa0;: son article n&apos;est pas enregistré</numerusform>
            <numerusform>%n commentaires ignorés&#xa0;: leur article n&apos;est pas enregistré</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="150"/>
        <source>Parse documents and store what they hold.</source>
        <translation>Analyser des documents et enregistrer leur contenu.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="151"/>
        <source>The site to file the documents under.</source>
        <translation>Le site sous lequel classer les documents.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="153"/>
        <source>The URL the document came from.</source>
        <translation>L&apos;URL d&apos;où provient le document.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="156"/>
        <source>Currency of product lists that name none.</source>
        <translation>Devise des listes de produits qui n&apos;en indiquent aucune.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="157"/>
        <source>Import the bundled demo site.</source>
        <translation>Importer le site de démonstration fourni.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="159"/>
        <source>The documents to import.</source>
        <translation>Les documents à importer.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="164"/>
        <source>import needs at least one FILE, or --demo (see tidings import --help)</source>
        <translation>import nécessite au moins un fichier FILE, ou --demo (voir tidings import --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="166"/>
        <source>--url names one document; import the files one at a time</source>
        <translation>--url désigne un seul document&#xa0;; importez les fichiers un par un</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="185"/>
        <location filename="../app/cli/Cli.cpp" line="187"/>
        <source>demo site: %1</source>
        <translation>site de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="201"/>
        <source>%1: malformed, recovered what could be read: %2</source>
        <translation>%1&#xa0;: mal formé, ce qui était lisible a été récupéré&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="212"/>
        <source>Stored articles matching the words, best match first.</source>
        <translation>Articles enregistrés correspondant aux mots, les plus pertinents d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="213"/>
        <source>At most N results (default 20).</source>
        <translation>Au plus N résultats (20 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="216"/>
        <source>The words to look for.</source>
        <translation>Les mots à rechercher.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="221"/>
        <source>search needs a QUERY</source>
        <translation>search nécessite une requête QUERY</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="225"/>
        <location filename="../app/cli/AccountCommands.cpp" line="472"/>
        <source>--limit takes a positive number</source>
        <translation>--limit attend un nombre positif</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/Cli.cpp" line="240"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="246"/>
        <source>Counts of what the database holds.</source>
        <translation>Décompte de ce que contient la base de données.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="254"/>
        <source>sites</source>
        <translation>sites</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="254"/>
        <source>feeds</source>
        <translation>flux</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="255"/>
        <source>articles</source>
        <translation>articles</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="255"/>
        <source>unread</source>
        <translation>non lus</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="256"/>
        <source>starred</source>
        <translation>favoris</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="256"/>
        <location filename="../app/cli/SiteCommands.cpp" line="57"/>
        <source>comments</source>
        <translation>commentaires</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="257"/>
        <source>products</source>
        <translation>produits</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="257"/>
        <source>variants</source>
        <translation>variantes</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="258"/>
        <source>cart lines</source>
        <translation>lignes du panier</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="258"/>
        <source>outbox pending</source>
        <translation>en attente dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="262"/>
        <source>database: %1</source>
        <translation>base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="311"/>
        <source>unknown option %1 (see tidings --help)</source>
        <translation>option inconnue %1 (voir tidings --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="348"/>
        <source>unknown command %1; the commands are %2 (see tidings --help)</source>
        <translation>commande inconnue %1&#xa0;; les commandes sont %2 (voir tidings --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="23"/>
        <location filename="../app/cli/AccountCommands.cpp" line="42"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="28"/>
        <source>%1 new, %2 updated, %3 unchanged</source>
        <translation>nouveaux&#xa0;: %1, mis à jour&#xa0;: %2, inchangés&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="36"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="38"/>
        <source>not modified</source>
        <translation>non modifié</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="40"/>
        <location filename="../app/cli/CommentCommands.cpp" line="56"/>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="42"/>
        <location filename="../app/cli/SiteCommands.cpp" line="160"/>
        <source>stopped: %1</source>
        <translation>arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="62"/>
        <source>Refreshing %1 of %2</source>
        <translation>Actualisation du flux %1 sur %2</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="79"/>
        <source>%1 feeds: %2 new, %3 updated, %4 failed</source>
        <translation>%1 flux (nouveaux&#xa0;: %2, mis à jour&#xa0;: %3, en échec&#xa0;: %4)</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="92"/>
        <source>Add a site from its home page or a feed URL.</source>
        <translation>Ajouter un site à partir de sa page d&apos;accueil ou de l&apos;URL d&apos;un flux.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="93"/>
        <source>Call the site NAME.</source>
        <translation>Nommer le site NAME.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="94"/>
        <source>The site&apos;s Google Merchant product feed.</source>
        <translation>Le flux de produits Google Merchant du site.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="96"/>
        <source>File the site in a folder.</source>
        <translation>Classer le site dans un dossier.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="97"/>
        <source>Do not fetch the feeds now.</source>
        <translation>Ne pas récupérer les flux maintenant.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="99"/>
        <source>Subscribe on this account&apos;s service instead.</source>
        <translation>S&apos;abonner plutôt sur le service de ce compte.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="101"/>
        <source>A home page or a feed.</source>
        <translation>Une page d&apos;accueil ou un flux.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="105"/>
        <source>add takes one URL (see tidings add --help)</source>
        <translation>add attend une URL (voir tidings add --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="134"/>
        <source>added %1</source>
        <translation>%1 ajouté</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="138"/>
        <source>WordPress REST API: %1</source>
        <translation>API REST WordPress&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="146"/>
        <source>The sites with their feeds and how fetching them went.</source>
        <translation>Les sites avec leurs flux et le résultat de leur récupération.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="158"/>
        <source>last fetched %1</source>
        <translation>dernière récupération&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="162"/>
        <location filename="../app/cli/AccountCommands.cpp" line="176"/>
        <source>last error: %1</source>
        <translation>dernière erreur&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SiteCommands.cpp" line="166"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="172"/>
        <source>Remove a site and everything stored from it, or unsubscribe from an account&apos;s feed (here at once, on its service at the next sync).</source>
        <translation>Supprimer un site et tout ce qui en a été enregistré, ou se désabonner du flux d&apos;un compte (ici immédiatement, sur son service à la prochaine synchronisation).</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="174"/>
        <source>Unsubscribe from this account&apos;s FEED.</source>
        <translation>Se désabonner du flux FEED de ce compte.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="178"/>
        <source>The site&apos;s name or home page, or the account feed&apos;s URL or title.</source>
        <translation>Le nom ou la page d&apos;accueil du site, ou l&apos;URL ou le titre du flux du compte.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="183"/>
        <source>remove takes one SITE or FEED (see tidings sites)</source>
        <translation>remove attend un site SITE ou un flux FEED (voir tidings sites)</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="42"/>
        <source>no site named %1 (see tidings sites)</source>
        <translation>aucun site nommé %1 (voir tidings sites)</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="197"/>
        <source>removed %1</source>
        <translation>%1 supprimé</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="203"/>
        <source>Fetch every feed (or one site&apos;s) now.</source>
        <translation>Récupérer maintenant tous les flux (ou ceux d&apos;un site).</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="204"/>
        <source>Only this site.</source>
        <translation>Seulement ce site.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="208"/>
        <source>refresh takes at most one SITE</source>
        <translation>refresh attend au plus un site SITE</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="217"/>
        <source>Add the feeds of an OPML file.</source>
        <translation>Ajouter les flux d&apos;un fichier OPML.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="218"/>
        <source>The OPML file.</source>
        <translation>Le fichier OPML.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="222"/>
        <source>import-opml takes one FILE</source>
        <translation>import-opml attend un fichier FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="225"/>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="229"/>
        <source>%1: %2; nothing was imported</source>
        <translation>%1&#xa0;: %2&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="235"/>
        <source>%1; nothing was imported</source>
        <translation>%1&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SiteCommands.cpp" line="236"/>
        <source>imported %n feed(s)</source>
        <translation>
            <numerusform>%n flux importé</numerusform>
            <numerusform>%n flux importés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="242"/>
        <source>Write the article feeds as OPML.</source>
        <translation>Écrire les flux d&apos;articles au format OPML.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="243"/>
        <source>Where to write (standard output without).</source>
        <translation>Où écrire (sortie standard si absent).</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="258"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="43"/>
        <source>kept here: the demo site is not on the network</source>
        <translation>conservé ici&#xa0;: le site de démonstration n&apos;est pas en ligne</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="45"/>
        <source>waiting for the comment it answers to be posted</source>
        <translation>en attente de l&apos;envoi du commentaire auquel il répond</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="47"/>
        <source>waiting to try again at %1 (%2)</source>
        <translation>en attente d&apos;un nouvel essai à %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="48"/>
        <source>waiting for the network</source>
        <translation>en attente du réseau</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="50"/>
        <source>posting</source>
        <translation>envoi en cours</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="52"/>
        <source>posted, awaiting moderation</source>
        <translation>envoyé, en attente de modération</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="54"/>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="70"/>
        <source>Write a comment under an article; it is posted by tidings sync (or the app).</source>
        <translation>Écrire un commentaire sous un article&#xa0;; il est envoyé par tidings sync (ou l&apos;application).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="71"/>
        <source>Your name, as the site shows it.</source>
        <translation>Votre nom, tel que le site l&apos;affiche.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="72"/>
        <source>Your email address (never shown publicly).</source>
        <translation>Votre adresse électronique (jamais affichée publiquement).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="74"/>
        <source>Your website (optional).</source>
        <translation>Votre site web (facultatif).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="77"/>
        <source>The comment you answer: its local id, its URL (...#comment-123), or outbox:ID.</source>
        <translation>Le commentaire auquel vous répondez&#xa0;: son identifiant local, son URL (...#comment-123) ou outbox:ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="80"/>
        <location filename="../app/cli/CommentCommands.cpp" line="207"/>
        <source>The article: its local id or its URL.</source>
        <translation>L&apos;article&#xa0;: son identifiant local ou son URL.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="81"/>
        <source>What you say.</source>
        <translation>Le texte de votre commentaire.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="86"/>
        <source>comment needs an ARTICLE and the TEXT (see tidings comment --help)</source>
        <translation>comment nécessite un article ARTICLE et le texte TEXT (voir tidings comment --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="94"/>
        <location filename="../app/cli/CommentCommands.cpp" line="217"/>
        <location filename="../app/cli/AccountCommands.cpp" line="536"/>
        <source>no stored article is %1</source>
        <translation>aucun article enregistré ne correspond à %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="101"/>
        <source>--reply-to outbox:ID takes a number</source>
        <translation>--reply-to outbox:ID attend un nombre</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="105"/>
        <source>no stored comment is %1</source>
        <translation>aucun commentaire enregistré ne correspond à %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="115"/>
        <source>queued as outbox:%1; tidings sync posts it</source>
        <translation>mis en file d&apos;attente sous outbox:%1&#xa0;; tidings sync l&apos;enverra</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="121"/>
        <source>The comments you wrote that are not published yet.</source>
        <translation>Les commentaires que vous avez écrits et qui ne sont pas encore publiés.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="134"/>
        <source>The outbox is empty.</source>
        <translation>La boîte d&apos;envoi est vide.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="141"/>
        <source>Post the comments waiting in the outbox.</source>
        <translation>Envoyer les commentaires en attente dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="143"/>
        <source>Wait for later tries (the site asked to wait) up to SECONDS, then exit.</source>
        <translation>Attendre les essais ultérieurs (le site a demandé d&apos;attendre) jusqu&apos;à SECONDS secondes, puis quitter.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="153"/>
        <source>--wait takes a number of seconds</source>
        <translation>--wait attend un nombre de secondes</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="190"/>
        <source>another Tidings is posting the outbox now; try again when it is done</source>
        <translation>une autre instance de Tidings envoie actuellement le contenu de la boîte d&apos;envoi&#xa0;; réessayez quand elle aura terminé</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="194"/>
        <source>%1 posted, %2 failed, %3 waiting</source>
        <translation>envoyés&#xa0;: %1, en échec&#xa0;: %2, en attente&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="199"/>
        <source> (next try at %1)</source>
        <translation> (prochain essai à %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="206"/>
        <source>Print an article&apos;s comment thread as an indented tree.</source>
        <translation>Afficher le fil de commentaires d&apos;un article sous forme d&apos;arbre indenté.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="211"/>
        <source>thread takes one ARTICLE</source>
        <translation>thread attend un article ARTICLE</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="221"/>
        <source>Comments are closed.</source>
        <translation>Les commentaires sont fermés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CommentCommands.cpp" line="230"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n commentaire</numerusform>
            <numerusform>%n commentaires</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="19"/>
        <source>out of stock</source>
        <translation>en rupture de stock</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="21"/>
        <source>pre-order</source>
        <translation>précommande</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="23"/>
        <source>back order</source>
        <translation>en réapprovisionnement</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="24"/>
        <source>in stock</source>
        <translation>en stock</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="30"/>
        <source>%1 (regular %2)</source>
        <translation>%1 (prix normal %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="67"/>
        <source>The cart is empty.</source>
        <translation>Le panier est vide.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ShopCommands.cpp" line="87"/>
        <source>Total at %1: %2 (%n item(s))</source>
        <translation>
            <numerusform>Total chez %1&#xa0;: %2 (%n produit)</numerusform>
            <numerusform>Total chez %1&#xa0;: %2 (%n produits)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="96"/>
        <source>cart add takes one PRODUCT (see tidings products)</source>
        <translation>cart add attend un produit PRODUCT (voir tidings products)</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="102"/>
        <source>--quantity takes a whole number from 1 to %1</source>
        <translation>--quantity attend un nombre entier de 1 à %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="106"/>
        <source>several stores have a product %1: name the site with --site</source>
        <translation>plusieurs boutiques ont un produit %1&#xa0;: indiquez le site avec --site</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="108"/>
        <source>no product %1 (see tidings products)</source>
        <translation>aucun produit %1 (voir tidings products)</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="114"/>
        <source>product %1 has no variant %2</source>
        <translation>le produit %1 n&apos;a pas de variante %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="121"/>
        <source>product %1 comes in several variants: choose one with --variant (%2)</source>
        <translation>le produit %1 existe en plusieurs variantes&#xa0;: choisissez-en une avec --variant (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="127"/>
        <source>Added to the cart (line %1).</source>
        <translation>Ajouté au panier (ligne %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="136"/>
        <source>List the stored products.</source>
        <translation>Lister les produits enregistrés.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="137"/>
        <source>Only products matching these words.</source>
        <translation>Seulement les produits correspondant à ces mots.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="139"/>
        <source>Only products on sale.</source>
        <translation>Seulement les produits en promotion.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="140"/>
        <source>Only products in stock.</source>
        <translation>Seulement les produits en stock.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="142"/>
        <source>Only this site&apos;s products.</source>
        <translation>Seulement les produits de ce site.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="146"/>
        <source>products takes at most one SITE (see tidings products --help)</source>
        <translation>products attend au plus un site SITE (voir tidings products --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="187"/>
        <source>No products match.</source>
        <translation>Aucun produit ne correspond.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="193"/>
        <source>Show or change the cart.</source>
        <translation>Afficher ou modifier le panier.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="194"/>
        <source>The variant to add.</source>
        <translation>La variante à ajouter.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="195"/>
        <source>How many to add (1 by default).</source>
        <translation>Combien en ajouter (1 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="197"/>
        <source>The store of PRODUCT, when ids clash.</source>
        <translation>La boutique de PRODUCT, en cas de conflit d&apos;identifiants.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="201"/>
        <source>add PRODUCT | set LINE N | remove LINE | undo | ack [LINE]</source>
        <translation>add PRODUCT | set LINE N | remove LINE | undo | ack [LINE]</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="222"/>
        <source>cart set takes a LINE and a quantity from 0 to %1</source>
        <translation>cart set attend une ligne LINE et une quantité de 0 à %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="230"/>
        <source>cart remove takes one LINE (see tidings cart)</source>
        <translation>cart remove attend une ligne LINE (voir tidings cart)</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="233"/>
        <source>Removed line %1 (tidings cart undo brings it back).</source>
        <translation>Ligne %1 retirée (tidings cart undo la rétablit).</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="249"/>
        <source>unknown cart action %1: use add, set, remove, undo or ack</source>
        <translation>action de panier inconnue %1&#xa0;: utilisez add, set, remove, undo ou ack</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="254"/>
        <source>Hand the cart to each store&apos;s checkout in the browser.</source>
        <translation>Transmettre le panier à la page de commande de chaque boutique dans le navigateur.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="255"/>
        <source>Print the URLs instead of opening them.</source>
        <translation>Afficher les URL au lieu de les ouvrir.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="258"/>
        <source>For WooCommerce stores older than 10.0: one add-to-cart link per product.</source>
        <translation>Pour les boutiques WooCommerce antérieures à la version 10.0&#xa0;: un lien d&apos;ajout au panier par produit.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="260"/>
        <source>Only this store&apos;s part of the cart.</source>
        <translation>Seulement la partie du panier de cette boutique.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="264"/>
        <source>checkout takes at most one SITE (see tidings checkout --help)</source>
        <translation>checkout attend au plus un site SITE (voir tidings checkout --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="276"/>
        <source>the cart is empty; add products with tidings cart add</source>
        <translation>le panier est vide&#xa0;; ajoutez des produits avec tidings cart add</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="283"/>
        <source>checkout held back: %1</source>
        <translation>commande suspendue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="290"/>
        <source>cannot start a browser for %1</source>
        <translation>impossible de lancer un navigateur pour %1</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="13"/>
        <source>Run SQLite&apos;s integrity check on the database and report what it finds.</source>
        <translation>Lancer la vérification d&apos;intégrité de SQLite sur la base de données et afficher ce qu&apos;elle trouve.</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="19"/>
        <source>%1: sound (SQLite&apos;s integrity check found nothing wrong)</source>
        <translation>%1&#xa0;: base de données intacte (la vérification d&apos;intégrité de SQLite n&apos;a rien trouvé d&apos;anormal)</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="22"/>
        <source>%1 is damaged:</source>
        <translation>La base de données %1 est endommagée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="31"/>
        <source>Set a damaged database aside and go on from a copy or from an empty database.</source>
        <translation>Mettre de côté une base de données endommagée et repartir d&apos;une copie ou d&apos;une base de données vide.</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="34"/>
        <source>Start again with an empty database.</source>
        <translation>Repartir d&apos;une base de données vide.</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="50"/>
        <source>there is no sound copy of %1 to go back to; tidings recover --start-empty starts again with an empty database</source>
        <translation>il n&apos;existe aucune copie intacte de %1 à laquelle revenir&#xa0;; tidings recover --start-empty repart d&apos;une base de données vide</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="61"/>
        <source>the next start begins with an empty database</source>
        <translation>le prochain démarrage se fera avec une base de données vide</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="33"/>
        <source>Go back to the copy made before the last schema update.</source>
        <translation>Revenir à la copie faite avant la dernière mise à jour du schéma.</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="39"/>
        <source>recover takes one of --restore-backup and --start-empty</source>
        <translation>recover attend soit --restore-backup, soit --start-empty</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="43"/>
        <source>%1 is sound: there is nothing to recover</source>
        <translation>la base de données %1 est intacte&#xa0;: il n&apos;y a rien à récupérer</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="55"/>
        <source>restored the copy made on %1 (from %2)</source>
        <translation>la copie faite le %1 a été restaurée (depuis %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="63"/>
        <source>the damaged file is kept as %1</source>
        <translation>le fichier endommagé est conservé sous %1</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="65"/>
        <source>Password: </source>
        <translation>Mot de passe&#xa0;: </translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="97"/>
        <source>account add takes ttrss|greader and the service&apos;s URL (see tidings --help)</source>
        <translation>account add attend ttrss|greader et l&apos;URL du service (voir tidings --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="100"/>
        <source>unknown service %1: use ttrss or greader</source>
        <translation>service inconnu %1&#xa0;: utilisez ttrss ou greader</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="103"/>
        <source>%1 is not an http or https address</source>
        <translation>%1 n&apos;est pas une adresse http ou https</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="105"/>
        <source>account add needs --user U</source>
        <translation>account add nécessite --user U</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="107"/>
        <source>give --password-file or --password-command, not both</source>
        <translation>indiquez --password-file ou --password-command, pas les deux</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="122"/>
        <source>no password on standard input: type it, pipe it in, or give --password-file F or --password-command CMD</source>
        <translation>aucun mot de passe sur l&apos;entrée standard&#xa0;: saisissez-le, transmettez-le par un tube, ou indiquez --password-file F ou --password-command CMD</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="138"/>
        <source>added account %1 (%2 at %3 as %4); tidings sync fetches its feeds</source>
        <translation>compte %1 ajouté (%2 sur %3 en tant que %4)&#xa0;; tidings sync récupère ses flux</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="169"/>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="171"/>
        <source>state: %1; last sync: %2</source>
        <translation>état&#xa0;: %1&#xa0;; dernière synchronisation&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AccountCommands.cpp" line="172"/>
        <source>%n feed(s)</source>
        <translation>
            <numerusform>%n flux</numerusform>
            <numerusform>%n flux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AccountCommands.cpp" line="173"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AccountCommands.cpp" line="174"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n modification à envoyer</numerusform>
            <numerusform>%n modifications à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="178"/>
        <source>next try: %1</source>
        <translation>prochaine tentative&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="181"/>
        <source>no accounts (tidings account add ttrss|greader URL --user U)</source>
        <translation>aucun compte (tidings account add ttrss|greader URL --user U)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="364"/>
        <location filename="../app/cli/AccountCommands.cpp" line="371"/>
        <location filename="../app/cli/AccountCommands.cpp" line="413"/>
        <source>account %1: %2</source>
        <translation>compte %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="196"/>
        <location filename="../app/cli/AccountCommands.cpp" line="381"/>
        <location filename="../app/cli/AccountCommands.cpp" line="448"/>
        <source>no account %1 (see tidings account list)</source>
        <translation>aucun compte %1 (voir tidings account list)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="221"/>
        <source>no account&apos;s feed is %1 (give its URL or title; see tidings sites)</source>
        <translation>aucun flux de compte ne correspond à %1 (indiquez son URL ou son titre&#xa0;; voir tidings sites)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="222"/>
        <source>the account %1 has no feed %2 (give its URL or title; see tidings sites)</source>
        <translation>le compte %1 n&apos;a pas de flux %2 (indiquez son URL ou son titre&#xa0;; voir tidings sites)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="228"/>
        <source>%1 (%2, account %3)</source>
        <translation>%1 (%2, compte %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AccountCommands.cpp" line="229"/>
        <source>%1 names %n feed(s): %2; give its URL, or --account ACCOUNT</source>
        <translation>
            <numerusform>%1 désigne %n flux&#xa0;: %2&#xa0;; indiquez son URL, ou --account ACCOUNT</numerusform>
            <numerusform>%1 désigne %n flux&#xa0;: %2&#xa0;; indiquez son URL, ou --account ACCOUNT</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="237"/>
        <source>account %1 sends it to the service at the next sync (tidings sync)</source>
        <translation>le compte %1 transmettra la modification au service à la prochaine synchronisation (tidings sync)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="247"/>
        <source>no site or account&apos;s feed is named %1 (see tidings sites)</source>
        <translation>aucun site ni flux de compte nommé %1 (voir tidings sites)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="253"/>
        <source>unsubscribed from %1 (%2) with its articles; %3</source>
        <translation>désabonnement de %1 (%2) effectué, ses articles ont été supprimés&#xa0;; %3</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="271"/>
        <source>Rename an account&apos;s feed, here and on its service (at the next sync).</source>
        <translation>Renommer le flux d&apos;un compte, ici et sur son service (à la prochaine synchronisation).</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="272"/>
        <location filename="../app/cli/AccountCommands.cpp" line="301"/>
        <source>The feed is this account&apos;s.</source>
        <translation>Le flux appartient à ce compte.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="275"/>
        <location filename="../app/cli/AccountCommands.cpp" line="305"/>
        <source>The feed&apos;s URL or its title.</source>
        <translation>L&apos;URL du flux ou son titre.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="276"/>
        <source>Its new title.</source>
        <translation>Son nouveau titre.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="281"/>
        <source>rename takes FEED and TITLE (see tidings rename --help)</source>
        <translation>rename attend un flux FEED et un titre TITLE (voir tidings rename --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="283"/>
        <source>a feed&apos;s title cannot be empty</source>
        <translation>le titre d&apos;un flux ne peut pas être vide</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="292"/>
        <source>renamed %1 to %2; %3</source>
        <translation>%1 renommé en %2&#xa0;; %3</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="299"/>
        <source>Move an account&apos;s feed to one of its folders, here and on its service (at the next sync).</source>
        <translation>Déplacer le flux d&apos;un compte vers l&apos;un de ses dossiers, ici et sur son service (à la prochaine synchronisation).</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="303"/>
        <source>Take the feed out of its folder.</source>
        <translation>Sortir le flux de son dossier.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="306"/>
        <source>One of the account&apos;s folders, by its title.</source>
        <translation>L&apos;un des dossiers du compte, désigné par son titre.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="313"/>
        <source>give FOLDER or --no-folder, not both</source>
        <translation>indiquez FOLDER ou --no-folder, pas les deux</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="315"/>
        <source>move takes FEED and FOLDER, or FEED --no-folder (see tidings move --help)</source>
        <translation>move attend un flux FEED et un dossier FOLDER, ou FEED --no-folder (voir tidings move --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="335"/>
        <location filename="../app/cli/AccountCommands.cpp" line="390"/>
        <source>the account %1 has no folder %2 (make it on the service, then sync)</source>
        <translation>le compte %1 n&apos;a pas de dossier %2 (créez-le sur le service, puis synchronisez)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="341"/>
        <source>moved %1 out of its folder; %2</source>
        <translation>%1 sorti de son dossier&#xa0;; %2</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="342"/>
        <source>moved %1 to %2; %3</source>
        <translation>%1 déplacé vers %2&#xa0;; %3</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="406"/>
        <source>kept %1 on %2: its unsubscribe had not been sent</source>
        <translation>%1 conservé sur %2&#xa0;: son désabonnement n&apos;avait pas été envoyé</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="410"/>
        <source>subscribed to %1 on %2</source>
        <translation>abonnement à %1 effectué sur %2</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="419"/>
        <source>Add, list or remove accounts with a feed service.</source>
        <translation>Ajouter, lister ou supprimer des comptes auprès d&apos;un service de flux.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="420"/>
        <source>The user name on the service.</source>
        <translation>Le nom d&apos;utilisateur sur le service.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="422"/>
        <source>A file holding the password, readable only by you.</source>
        <translation>Un fichier contenant le mot de passe, lisible par vous seul.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="424"/>
        <source>A command that prints the password.</source>
        <translation>Une commande qui affiche le mot de passe.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="425"/>
        <source>Call the account NAME (default USER@HOST).</source>
        <translation>Nommer le compte NAME (USER@HOST par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="428"/>
        <source>add ttrss|greader URL | list | remove ACCOUNT</source>
        <translation>add ttrss|greader URL | list | remove ACCOUNT</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="437"/>
        <source>account takes add, list or remove (see tidings --help)</source>
        <translation>account attend add, list ou remove (voir tidings --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="444"/>
        <source>account remove takes one ACCOUNT (its name or id, see tidings account list)</source>
        <translation>account remove attend un compte ACCOUNT (son nom ou son id, voir tidings account list)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="451"/>
        <source>removed account %1 with its feeds and articles</source>
        <translation>compte %1 supprimé avec ses flux et ses articles</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="457"/>
        <source>List stored articles, newest first.</source>
        <translation>Lister les articles enregistrés, les plus récents d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="458"/>
        <source>Only unread articles.</source>
        <translation>Seulement les articles non lus.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="459"/>
        <source>Only starred articles.</source>
        <translation>Seulement les articles favoris.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="460"/>
        <source>At most N articles (default 50).</source>
        <translation>Au plus N articles (50 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="463"/>
        <source>A site or an account (its name).</source>
        <translation>Un site ou un compte (son nom).</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="468"/>
        <source>articles takes at most one SOURCE</source>
        <translation>articles attend au plus une source SOURCE</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="483"/>
        <source>no site or account %1 (see tidings sites, tidings account list)</source>
        <translation>aucun site ni compte %1 (voir tidings sites, tidings account list)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="517"/>
        <source>Mark articles read, unread, starred or not, as the window does.</source>
        <translation>Marquer des articles comme lus ou non lus, les ajouter aux favoris ou les en retirer, comme le fait la fenêtre.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="518"/>
        <source>read, unread, star or unstar.</source>
        <translation>read, unread, star ou unstar.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="519"/>
        <source>Local ids or the articles&apos; URLs.</source>
        <translation>Identifiants locaux ou URL des articles.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="526"/>
        <source>mark takes read, unread, star or unstar and at least one ARTICLE</source>
        <translation>mark attend read, unread, star ou unstar et au moins un article ARTICLE</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AccountCommands.cpp" line="550"/>
        <source>%n article(s) marked</source>
        <translation>
            <numerusform>%n article marqué</numerusform>
            <numerusform>%n articles marqués</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommentDelegate</name>
    <message numerus="yes">
        <location filename="../ui/ThreadView.cpp" line="280"/>
        <source>▸ %n reply(ies) hidden</source>
        <translation>
            <numerusform>▸ %n réponse masquée</numerusform>
            <numerusform>▸ %n réponses masquées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="148"/>
        <location filename="../ui/ThreadView.cpp" line="349"/>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="116"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="118"/>
        <source>yours</source>
        <translation>le vôtre</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="123"/>
        <source>↳ in reply to %1</source>
        <translation>↳ en réponse à %1</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="150"/>
        <location filename="../ui/ThreadView.cpp" line="351"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="153"/>
        <location filename="../ui/ThreadView.cpp" line="352"/>
        <source>Cancel</source>
        <comment>discard a comment that waits in the outbox</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="220"/>
        <source>Collapse the replies (left or -)</source>
        <translation>Replier les réponses (Gauche ou -)</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="221"/>
        <source>Show the replies (right or +)</source>
        <translation>Afficher les réponses (Droite ou +)</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="236"/>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
</context>
<context>
    <name>CommentText</name>
    <message>
        <location filename="../ui/CommentText.cpp" line="17"/>
        <source>kept here: the demo site is not on the network</source>
        <translation>conservé ici&#xa0;: le site de démonstration n&apos;est pas en ligne</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="20"/>
        <source>waiting to try again at %1</source>
        <translation>en attente d&apos;un nouvel essai à %1</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="21"/>
        <source>waiting to try again at %1 (%2)</source>
        <translation>en attente d&apos;un nouvel essai à %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="24"/>
        <source>waiting for the comment it answers to be posted</source>
        <translation>en attente de l&apos;envoi du commentaire auquel il répond</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="25"/>
        <source>waiting to be posted</source>
        <translation>en attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="25"/>
        <source>waiting for the network</source>
        <translation>en attente du réseau</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="27"/>
        <source>posting…</source>
        <translation>envoi en cours…</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="29"/>
        <source>posted, awaiting moderation</source>
        <translation>envoyé, en attente de modération</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="31"/>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="33"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="33"/>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/Database.cpp" line="64"/>
        <source>cannot open the database %1: %2</source>
        <translation>impossible d&apos;ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="69"/>
        <source>the database %1 is damaged: %2</source>
        <translation>la base de données %1 est endommagée&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="110"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="113"/>
        <source>the database file is damaged (%1)</source>
        <translation>le fichier de la base de données est endommagé (%1)</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="147"/>
        <source>the SQLite driver gave no connection handle</source>
        <translation>le pilote SQLite n&apos;a fourni aucun descripteur de connexion</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="175"/>
        <source>cannot configure the database %1: %2</source>
        <translation>impossible de configurer la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="186"/>
        <source>%1 is not a Tidings database: %2</source>
        <translation>%1 n&apos;est pas une base de données Tidings&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="193"/>
        <source>%1 was written by a newer Tidings (schema %2; this version knows up to %3). Update Tidings to open it.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de Tidings (schéma %2&#xa0;; cette version connaît jusqu&apos;au schéma %3). Mettez Tidings à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="211"/>
        <source>cannot copy the database aside before updating it: %1</source>
        <translation>impossible de faire une copie de sauvegarde de la base de données avant sa mise à jour&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="220"/>
        <source>migration %1 is missing from this build</source>
        <translation>la migration %1 est absente de cette compilation</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="229"/>
        <source>cannot update the database to schema %1: %2</source>
        <translation>impossible de mettre à jour la base de données vers le schéma %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <location filename="../models/DateText.cpp" line="27"/>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/DateText.cpp" line="30"/>
        <source>%n min ago</source>
        <extracomment>A short relative time in lists: &quot;5 min ago&quot;</extracomment>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/DateText.cpp" line="32"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/DateText.cpp" line="37"/>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/DateText.cpp" line="39"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/DateText.cpp" line="49"/>
        <source>%1, %2</source>
        <extracomment>A date and a time of day: &quot;Sunday, 29 November 2026, 21:15&quot;</extracomment>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>DocumentParser</name>
    <message>
        <location filename="../app/parse/DocumentParser.cpp" line="134"/>
        <source>document too large: over %1 MB</source>
        <translation>document trop volumineux&#xa0;: plus de %1 Mo</translation>
    </message>
    <message>
        <location filename="../app/parse/DocumentParser.cpp" line="140"/>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>JSON non valide&#xa0;: %1 à la position %2</translation>
    </message>
    <message>
        <location filename="../app/parse/DocumentParser.cpp" line="149"/>
        <source>not a feed: JSON that is neither a JSON Feed, WordPress comments nor a product list</source>
        <translation>pas un flux&#xa0;: du JSON qui n&apos;est ni un JSON Feed, ni des commentaires WordPress, ni une liste de produits</translation>
    </message>
    <message>
        <location filename="../app/parse/DocumentParser.cpp" line="159"/>
        <source>cannot read the document</source>
        <translation>impossible de lire le document</translation>
    </message>
    <message>
        <location filename="../app/parse/DocumentParser.cpp" line="221"/>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/parse/JsonFormats.cpp" line="99"/>
        <source>no JSON Feed version</source>
        <translation>aucune version de JSON Feed indiquée</translation>
    </message>
    <message>
        <location filename="../app/parse/JsonFormats.cpp" line="100"/>
        <source>unknown JSON Feed version %1</source>
        <translation>version %1 de JSON Feed inconnue</translation>
    </message>
</context>
<context>
    <name>GReaderClient</name>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="297"/>
        <source>no complete answer within %L1 s</source>
        <translation>aucune réponse complète en %L1 s</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="302"/>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="310"/>
        <source>the answer is larger than %1 MB</source>
        <translation>la réponse dépasse %1 Mo</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="345"/>
        <source>The service&apos;s answer to %1 could not be read: %2.</source>
        <translation>La réponse du service à %1 n&apos;a pas pu être lue&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="348"/>
        <source>Cannot reach the service at %1: %2.</source>
        <translation>Impossible de joindre le service à l&apos;adresse %1&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="353"/>
        <source>The service asks Tidings to wait %n second(s) before asking again.</source>
        <translation>
            <numerusform>Le service demande à Tidings d&apos;attendre %n seconde avant de l&apos;interroger de nouveau.</numerusform>
            <numerusform>Le service demande à Tidings d&apos;attendre %n secondes avant de l&apos;interroger de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="355"/>
        <source>The service says it had too many requests; Tidings waits before asking again.</source>
        <translation>Le service indique avoir reçu trop de requêtes&#xa0;; Tidings attend avant de l&apos;interroger de nouveau.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="359"/>
        <source>The service has a problem (it answered %1 to %2); Tidings tries again later.</source>
        <translation>Le service rencontre un problème (il a répondu %1 à %2)&#xa0;; Tidings réessaiera plus tard.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="364"/>
        <source>The service refused the user name or password. FreshRSS and Miniflux want the API password set in their settings, not the password of the web page.</source>
        <translation>Le service a refusé le nom d&apos;utilisateur ou le mot de passe. FreshRSS et Miniflux attendent le mot de passe API défini dans leurs paramètres, et non le mot de passe de la page web.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="368"/>
        <source>The service refused the request (%1).</source>
        <translation>Le service a refusé la requête (%1).</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="371"/>
        <source>%1 does not answer as a Google Reader API service. For FreshRSS the address ends in /api/greader.php.</source>
        <translation>%1 ne répond pas comme un service Google Reader API. Pour FreshRSS, l&apos;adresse se termine par /api/greader.php.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="376"/>
        <source>The service&apos;s answer to %1 could not be read; Tidings tries again later.</source>
        <translation>La réponse du service à %1 n&apos;a pas pu être lue&#xa0;; Tidings réessaiera plus tard.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="424"/>
        <source>The service at %1 has API access switched off. In FreshRSS, an administrator allows it under Administration, Authentication; each user then sets an API password in the profile.</source>
        <translation>L&apos;accès API est désactivé sur le service à l&apos;adresse %1. Dans FreshRSS, un administrateur l&apos;autorise dans Administration, Authentification&#xa0;; chaque utilisateur définit ensuite un mot de passe API dans son profil.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="790"/>
        <source>The service has no feed %1 to move.</source>
        <translation>Le service n&apos;a aucun flux %1 à déplacer.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../app/storage/Importer.cpp" line="97"/>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Importer.cpp" line="156"/>
        <source>Unnamed site</source>
        <translation>Site sans nom</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/Importer.cpp" line="195"/>
        <source>%n item(s) stored before that</source>
        <translation>
            <numerusform>%n élément enregistré avant cela</numerusform>
            <numerusform>%n éléments enregistrés avant cela</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <location filename="../app/sync/accounts/Keychain.cpp" line="87"/>
        <source>The keychain holds no password for %1.</source>
        <translation>Le trousseau ne contient aucun mot de passe pour %1.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Keychain.cpp" line="95"/>
        <source>No keychain service is running (Secret Service or KWallet); use --password-file or --password-command to give the password.</source>
        <translation>Aucun service de trousseau n&apos;est en cours d&apos;exécution (Secret Service ou KWallet)&#xa0;; utilisez --password-file ou --password-command pour fournir le mot de passe.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Keychain.cpp" line="99"/>
        <source>The keychain refused access (is it locked?): %1</source>
        <translation>Le trousseau a refusé l&apos;accès (est-il verrouillé&#xa0;?)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Keychain.cpp" line="100"/>
        <source>The keychain failed: %1</source>
        <translation>Échec du trousseau&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/accounts/Keychain.cpp" line="144"/>
        <source>The keychain did not answer within %n second(s); it may be waiting to be unlocked.</source>
        <translation>
            <numerusform>Le trousseau n&apos;a pas répondu en %n seconde&#xa0;; il attend peut-être d&apos;être déverrouillé.</numerusform>
            <numerusform>Le trousseau n&apos;a pas répondu en %n secondes&#xa0;; il attend peut-être d&apos;être déverrouillé.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Keychain.cpp" line="181"/>
        <source>The keychain was closed before it answered.</source>
        <translation>Le trousseau a été fermé avant de répondre.</translation>
    </message>
</context>
<context>
    <name>Opml</name>
    <message>
        <location filename="../app/sync/Opml.cpp" line="23"/>
        <source>not an OPML file: it starts with &lt;%1&gt;</source>
        <translation>pas un fichier OPML&#xa0;: il commence par &lt;%1&gt;</translation>
    </message>
    <message>
        <location filename="../app/sync/Opml.cpp" line="47"/>
        <source>line %1: %2 is not a web address</source>
        <translation>ligne %1&#xa0;: %2 n&apos;est pas une adresse web</translation>
    </message>
    <message>
        <location filename="../app/sync/Opml.cpp" line="66"/>
        <source>the OPML file is broken at line %1: %2</source>
        <translation>le fichier OPML est endommagé à la ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/Opml.cpp" line="71"/>
        <source>not an OPML file: no &lt;opml&gt; with a &lt;body&gt;</source>
        <translation>pas un fichier OPML&#xa0;: aucun &lt;opml&gt; contenant un &lt;body&gt;</translation>
    </message>
    <message>
        <location filename="../app/sync/Opml.cpp" line="87"/>
        <source>Tidings subscriptions</source>
        <translation>Abonnements Tidings</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="169"/>
        <source>Please give your name.</source>
        <translation>Veuillez indiquer votre nom.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="174"/>
        <source>Please give an email address such as name@example.com.</source>
        <translation>Veuillez indiquer une adresse électronique, par exemple nom@example.com.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="180"/>
        <source>The website must be an http or https address.</source>
        <translation>Le site web doit être une adresse http ou https.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="185"/>
        <source>The comment is empty.</source>
        <translation>Le commentaire est vide.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="189"/>
        <source>The comment is too long: at most %1 characters.</source>
        <translation>Le commentaire est trop long&#xa0;: %1 caractères au maximum.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="203"/>
        <source>No such article.</source>
        <translation>Cet article n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="208"/>
        <source>Comments are closed for this article.</source>
        <translation>Les commentaires sont fermés pour cet article.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="212"/>
        <source>A comment answers one comment, not two.</source>
        <translation>Un commentaire répond à un seul commentaire, pas à deux.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="223"/>
        <source>You have written this comment here already.</source>
        <translation>Vous avez déjà écrit ce commentaire ici.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="241"/>
        <source>The comment it answers is not under this article.</source>
        <translation>Le commentaire auquel il répond n&apos;est pas sous cet article.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="260"/>
        <source>This comment has been sent already and can no longer be changed.</source>
        <translation>Ce commentaire a déjà été envoyé et ne peut plus être modifié.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="274"/>
        <source>This comment has been sent already and can no longer be cancelled.</source>
        <translation>Ce commentaire a déjà été envoyé et ne peut plus être annulé.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="350"/>
        <source>The comment was changed or cancelled meanwhile.</source>
        <translation>Le commentaire a été modifié ou annulé entre-temps.</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="134"/>
        <source>No keychain is available; give the account a password file or command (--password-file or --password-command).</source>
        <translation>Aucun trousseau n&apos;est disponible&#xa0;; indiquez pour le compte un fichier ou une commande de mot de passe (--password-file ou --password-command).</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="158"/>
        <source>The password file %1 does not exist.</source>
        <translation>Le fichier de mot de passe %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="160"/>
        <location filename="../app/sync/accounts/Passwords.cpp" line="172"/>
        <location filename="../app/sync/accounts/Passwords.cpp" line="200"/>
        <source>The password file %1 cannot be read: %2.</source>
        <translation>Impossible de lire le fichier de mot de passe %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="175"/>
        <source>The password file %1 is not a regular file.</source>
        <translation>Le fichier de mot de passe %1 n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="178"/>
        <source>The password file %1 belongs to another user; only a file of your own is trusted.</source>
        <translation>Le fichier de mot de passe %1 appartient à un autre utilisateur&#xa0;; seul un fichier qui vous appartient est considéré comme sûr.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="186"/>
        <source>The password file %1 is open to other users (permissions %2); only its owner may have access to it. Make it private with: chmod 600 %3</source>
        <translation>Le fichier de mot de passe %1 est accessible aux autres utilisateurs (droits %2)&#xa0;; seul son propriétaire doit pouvoir y accéder. Rendez-le privé avec&#xa0;: chmod 600 %3</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="209"/>
        <source>The first line of the password file %1 is empty.</source>
        <translation>La première ligne du fichier de mot de passe %1 est vide.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="253"/>
        <source>The password command could not be started: %1.</source>
        <translation>La commande de mot de passe n&apos;a pas pu être lancée&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/accounts/Passwords.cpp" line="263"/>
        <source>The password command `%1` did not finish within %n second(s).</source>
        <translation>
            <numerusform>La commande de mot de passe `%1` ne s&apos;est pas terminée en %n seconde.</numerusform>
            <numerusform>La commande de mot de passe `%1` ne s&apos;est pas terminée en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="264"/>
        <source>The password command `%1` did not finish in time.</source>
        <translation>La commande de mot de passe `%1` ne s&apos;est pas terminée à temps.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="267"/>
        <source>It said: %1</source>
        <translation>Elle a indiqué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="277"/>
        <source>The password command `%1` was killed.</source>
        <translation>La commande de mot de passe `%1` a été interrompue.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="278"/>
        <source>The password command `%1` was killed: %2</source>
        <translation>La commande de mot de passe `%1` a été interrompue&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="285"/>
        <source>The password command `%1` failed (exit status %2) and printed no error.</source>
        <translation>La commande de mot de passe `%1` a échoué (code de sortie %2) sans afficher d&apos;erreur.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="287"/>
        <source>The password command `%1` failed (exit status %2): %3</source>
        <translation>La commande de mot de passe `%1` a échoué (code de sortie %2)&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="293"/>
        <source>The password command `%1` printed no password.</source>
        <translation>La commande de mot de passe `%1` n&apos;a affiché aucun mot de passe.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="294"/>
        <source>The password command `%1` printed no password: %2</source>
        <translation>La commande de mot de passe `%1` n&apos;a affiché aucun mot de passe&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ShopQueries</name>
    <message>
        <location filename="../app/storage/ShopQueries.cpp" line="77"/>
        <source>back in stock</source>
        <translation>de nouveau en stock</translation>
    </message>
    <message>
        <location filename="../app/storage/ShopQueries.cpp" line="79"/>
        <source>price drop</source>
        <translation>baisse de prix</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../app/storage/DemoSite.cpp" line="55"/>
        <source>bundled with Tidings; never fetched</source>
        <translation>fourni avec Tidings&#xa0;; jamais récupéré</translation>
    </message>
    <message>
        <location filename="../app/storage/Sources.cpp" line="191"/>
        <source>a site needs a name</source>
        <translation>un site doit avoir un nom</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../app/storage/Store.cpp" line="297"/>
        <source>an article vanished while it was being stored</source>
        <translation>un article a disparu pendant son enregistrement</translation>
    </message>
</context>
<context>
    <name>StoreRecovery</name>
    <message>
        <location filename="../app/storage/StoreRecovery.cpp" line="40"/>
        <location filename="../app/storage/StoreRecovery.cpp" line="96"/>
        <source>there is no database at %1</source>
        <translation>il n&apos;y a pas de base de données à l&apos;emplacement %1</translation>
    </message>
    <message>
        <location filename="../app/storage/StoreRecovery.cpp" line="104"/>
        <location filename="../app/storage/StoreRecovery.cpp" line="109"/>
        <source>cannot move %1 aside to %2</source>
        <translation>impossible de déplacer %1 vers %2 pour le mettre de côté</translation>
    </message>
    <message>
        <location filename="../app/storage/StoreRecovery.cpp" line="120"/>
        <source>the copy %1 is damaged too</source>
        <translation>la copie %1 est endommagée elle aussi</translation>
    </message>
    <message>
        <location filename="../app/storage/StoreRecovery.cpp" line="127"/>
        <source>cannot copy %1 to %2</source>
        <translation>impossible de copier %1 vers %2</translation>
    </message>
</context>
<context>
    <name>TtRssClient</name>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="167"/>
        <source>no complete answer within %L1 s</source>
        <translation>aucune réponse complète en %L1 s</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="197"/>
        <source>Tiny Tiny RSS at %1 sent an answer larger than %2; it was not read</source>
        <translation>Tiny Tiny RSS sur %1 a envoyé une réponse de plus de %2&#xa0;; elle n&apos;a pas été lue</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="203"/>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="234"/>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="207"/>
        <source>%1 asks to wait before the next request</source>
        <translation>%1 demande d&apos;attendre avant la prochaine requête</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="213"/>
        <source>%1 has a problem and could not answer (%2)</source>
        <translation>%1 rencontre un problème et n&apos;a pas pu répondre (%2)</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="221"/>
        <source>The web server at %1 asks for a password of its own before Tiny Tiny RSS (%2); Tidings cannot log in through it</source>
        <translation>Le serveur web sur %1 demande son propre mot de passe avant Tiny Tiny RSS (%2)&#xa0;; Tidings ne peut pas se connecter à travers lui</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="228"/>
        <source>There is no Tiny Tiny RSS at %1 (%2): is the address right?</source>
        <translation>Il n&apos;y a pas de Tiny Tiny RSS à l&apos;adresse %1 (%2)&#xa0;: l&apos;adresse est-elle correcte&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="245"/>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="298"/>
        <source>The answer at %1 is not from Tiny Tiny RSS: is the address right?</source>
        <translation>La réponse à l&apos;adresse %1 ne vient pas de Tiny Tiny RSS&#xa0;: l&apos;adresse est-elle correcte&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="249"/>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="389"/>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="492"/>
        <source>Tiny Tiny RSS at %1 sent an answer that cannot be read</source>
        <translation>Tiny Tiny RSS sur %1 a envoyé une réponse illisible</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="265"/>
        <source>Tiny Tiny RSS at %1 does not accept this user name and password</source>
        <translation>Tiny Tiny RSS sur %1 n&apos;accepte pas ce nom d&apos;utilisateur et ce mot de passe</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="268"/>
        <source>API access is switched off for %1: turn on &quot;Enable API&quot; in Tiny Tiny RSS&apos;s Preferences, then try again</source>
        <translation>L&apos;accès API est désactivé pour %1&#xa0;: activez «&#xa0;Enable API&#xa0;» dans les préférences de Tiny Tiny RSS, puis réessayez</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="273"/>
        <source>Tiny Tiny RSS at %1 ended the session at once, even after logging in again</source>
        <translation>Tiny Tiny RSS sur %1 a aussitôt mis fin à la session, même après une nouvelle connexion</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="276"/>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="601"/>
        <source>Tiny Tiny RSS has no such feed</source>
        <translation>Tiny Tiny RSS n&apos;a pas ce flux</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="279"/>
        <source>This Tiny Tiny RSS cannot do this (it does not know &quot;%1&quot;)</source>
        <translation>Ce Tiny Tiny RSS ne peut pas faire cela (il ne connaît pas «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="282"/>
        <source>Tiny Tiny RSS refused the request: %1</source>
        <translation>Tiny Tiny RSS a refusé la requête&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="282"/>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="561"/>
        <source>Tiny Tiny RSS subscribed to %1 but did not say to which feed</source>
        <translation>Tiny Tiny RSS s&apos;est abonné à %1 mais n&apos;a pas indiqué à quel flux</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="565"/>
        <source>Tiny Tiny RSS does not accept %1 as a feed address</source>
        <translation>Tiny Tiny RSS n&apos;accepte pas %1 comme adresse de flux</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="568"/>
        <source>%1 is a web page that names no feed</source>
        <translation>%1 est une page web qui n&apos;indique aucun flux</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="579"/>
        <source>%1 is a web page that names several feeds; subscribe to one of them: %2</source>
        <translation>%1 est une page web qui indique plusieurs flux&#xa0;; abonnez-vous à l&apos;un d&apos;eux&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="585"/>
        <source>Tiny Tiny RSS could not fetch %1: %2</source>
        <translation>Tiny Tiny RSS n&apos;a pas pu récupérer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="589"/>
        <source>Tiny Tiny RSS did not subscribe to %1 (its code %2)</source>
        <translation>Tiny Tiny RSS ne s&apos;est pas abonné à %1 (son code&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="612"/>
        <source>Tiny Tiny RSS&apos;s API cannot rename a feed: rename it in Tiny Tiny RSS itself</source>
        <translation>L&apos;API de Tiny Tiny RSS ne permet pas de renommer un flux&#xa0;: renommez-le dans Tiny Tiny RSS même</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="620"/>
        <source>Tiny Tiny RSS&apos;s API cannot move a feed to another category: move it in Tiny Tiny RSS itself</source>
        <translation>L&apos;API de Tiny Tiny RSS ne permet pas de déplacer un flux vers une autre catégorie&#xa0;: déplacez-le dans Tiny Tiny RSS même</translation>
    </message>
</context>
<context>
    <name>WatchList</name>
    <message>
        <location filename="../app/shop/WatchList.cpp" line="15"/>
        <source>%1: back in stock, now %2 (was %3)</source>
        <translation>%1&#xa0;: de nouveau en stock, maintenant %2 (au lieu de %3)</translation>
    </message>
    <message>
        <location filename="../app/shop/WatchList.cpp" line="18"/>
        <source>%1: back in stock</source>
        <translation>%1&#xa0;: de nouveau en stock</translation>
    </message>
    <message>
        <location filename="../app/shop/WatchList.cpp" line="19"/>
        <source>%1: now %2 (was %3)</source>
        <translation>%1&#xa0;: maintenant %2 (au lieu de %3)</translation>
    </message>
</context>
<context>
    <name>XmlFeedParser</name>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="130"/>
        <source>not a feed: got an HTML page</source>
        <translation>pas un flux&#xa0;: une page HTML a été reçue</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="131"/>
        <source>not a feed: the document is &lt;%1&gt;</source>
        <translation>pas un flux&#xa0;: le document est &lt;%1&gt;</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="769"/>
        <source>cannot read the document</source>
        <translation>impossible de lire le document</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="783"/>
        <source>white space before the XML declaration</source>
        <translation>espaces avant la déclaration XML</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="799"/>
        <source>uses the HTML entity &amp;%1; without declaring it</source>
        <translation>utilise l&apos;entité HTML &amp;%1; sans la déclarer</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="803"/>
        <location filename="../app/parse/XmlFeedParser.cpp" line="808"/>
        <source>empty document</source>
        <translation>document vide</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="805"/>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="811"/>
        <source>the document ends before it is complete (%1)</source>
        <translation>le document se termine avant d&apos;être complet (%1)</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="819"/>
        <location filename="../app/parse/XmlFeedParser.cpp" line="834"/>
        <source>not well-formed XML: %1 (%2)</source>
        <translation>XML mal formé&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="836"/>
        <source>kept what came before line %1</source>
        <translation>ce qui précédait la ligne %1 a été conservé</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="840"/>
        <source>not a feed: %1 (%2)</source>
        <translation>pas un flux&#xa0;: %1 (%2)</translation>
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
        <translation>%1&#xa0;; dernière synchronisation&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="95"/>
        <source>%1 as %2</source>
        <translation>%1 en tant que %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/AccountListModel.cpp" line="96"/>
        <source>%n feed(s)</source>
        <translation>
            <numerusform>%n flux</numerusform>
            <numerusform>%n flux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/AccountListModel.cpp" line="96"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/AccountListModel.cpp" line="97"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n modification à envoyer</numerusform>
            <numerusform>%n modifications à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="99"/>
        <source>Last error: %1</source>
        <translation>Dernière erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="119"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="121"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="123"/>
        <source>State</source>
        <translation>État</translation>
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
            <numerusform>%n commentaire&#xa0;; nouveaux depuis votre dernière lecture du fil&#xa0;: %1</numerusform>
            <numerusform>%n commentaires&#xa0;; nouveaux depuis votre dernière lecture du fil&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/ArticleListModel.cpp" line="78"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n commentaire</numerusform>
            <numerusform>%n commentaires</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/ArticleListModel.cpp" line="115"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../models/ArticleListModel.cpp" line="117"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../models/ArticleListModel.cpp" line="119"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../models/ArticleListModel.cpp" line="121"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../models/ArticleListModel.cpp" line="123"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
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
        <translation>en rupture de stock</translation>
    </message>
    <message>
        <location filename="../models/CartModel.cpp" line="249"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../models/CartModel.cpp" line="251"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../models/CartModel.cpp" line="253"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../models/CartModel.cpp" line="255"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../models/CartModel.cpp" line="257"/>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
</context>
<context>
    <name>tidings::CommentSender</name>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="78"/>
        <source>the server answered %1</source>
        <translation>le serveur a répondu %1</translation>
    </message>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="83"/>
        <source>the site says comments are coming too quickly; trying again later</source>
        <translation>le site indique que les commentaires arrivent trop vite&#xa0;; nouvel essai plus tard</translation>
    </message>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="144"/>
        <source>comments are closed for this article</source>
        <translation>les commentaires sont fermés pour cet article</translation>
    </message>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="156"/>
        <source>the site takes comments only from registered users</source>
        <translation>le site n&apos;accepte que les commentaires d&apos;utilisateurs inscrits</translation>
    </message>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="235"/>
        <source>The site takes no comments on this article (closed, or too old).</source>
        <translation>Le site n&apos;accepte pas de commentaires sur cet article (fermés, ou article trop ancien).</translation>
    </message>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="257"/>
        <source>the article&apos;s page cannot be read: %1</source>
        <translation>impossible de lire la page de l&apos;article&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="264"/>
        <source>the site takes no comments on this article (closed, or too old)</source>
        <translation>le site n&apos;accepte pas de commentaires sur cet article (fermés, ou article trop ancien)</translation>
    </message>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="268"/>
        <source>the article&apos;s page does not say which post it is</source>
        <translation>la page de l&apos;article n&apos;indique pas de quelle publication il s&apos;agit</translation>
    </message>
</context>
<context>
    <name>tidings::DamagedStoreDialog</name>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="13"/>
        <source>Damaged Database</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="14"/>
        <source>Tidings cannot read its database: the file is damaged.</source>
        <translation>Tidings ne peut pas lire sa base de données&#xa0;: le fichier est endommagé.</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="15"/>
        <source>%1

Nothing has been changed yet. Whatever you choose, the damaged file is kept beside the new one, renamed, and never deleted, so it can still be rescued.</source>
        <translation>%1

Rien n&apos;a encore été modifié. Quel que soit votre choix, le fichier endommagé est conservé à côté du nouveau, renommé, et jamais supprimé, pour qu&apos;il puisse encore être récupéré.</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="20"/>
        <source>Tidings copied the database on %1, before a database update. Going back to that copy loses what was stored after it: refreshing the sites fetches their articles again, but read marks, drafts and the cart from after that day are not in it.</source>
        <translation>Tidings a copié la base de données le %1, avant une mise à jour de la base de données. Revenir à cette copie fait perdre ce qui a été enregistré depuis&#xa0;: actualiser les sites récupère de nouveau leurs articles, mais les marques de lecture, les brouillons et le panier postérieurs à ce jour n&apos;y figurent pas.</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="25"/>
        <source>&amp;Restore the Copy</source>
        <translation>&amp;Restaurer la copie</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="27"/>
        <source>Go back to the copy made on %1</source>
        <translation>Revenir à la copie faite le %1</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="29"/>
        <source>There is no earlier copy to go back to.</source>
        <translation>Il n&apos;existe aucune copie antérieure à laquelle revenir.</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="32"/>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="33"/>
        <source>&amp;Start with an Empty Database</source>
        <translation>&amp;Démarrer avec une base de données vide</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="35"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>tidings::Fetcher</name>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="25"/>
        <source>timed out after %1 s</source>
        <translation>délai dépassé après %1 s</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="27"/>
        <source>the server refused the connection</source>
        <translation>le serveur a refusé la connexion</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="29"/>
        <source>the server closed the connection before sending everything</source>
        <translation>le serveur a fermé la connexion avant de tout envoyer</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="31"/>
        <source>cannot find the server %1</source>
        <translation>impossible de trouver le serveur %1</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="33"/>
        <source>the secure connection failed: %1</source>
        <translation>la connexion sécurisée a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="35"/>
        <source>too many redirects</source>
        <translation>trop de redirections</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="37"/>
        <source>refused a redirect from HTTPS to HTTP</source>
        <translation>redirection de HTTPS vers HTTP refusée</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="46"/>
        <source>the network is not available</source>
        <translation>le réseau n&apos;est pas disponible</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="201"/>
        <source>the compressed response expands beyond the size limit of %1 MB; it was not read</source>
        <translation>une fois décompressée, la réponse dépasse la limite de taille de %1 Mo&#xa0;; elle n&apos;a pas été lue</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="232"/>
        <source>redirected to %1, which is not a web address</source>
        <translation>redirection vers %1, qui n&apos;est pas une adresse web</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="234"/>
        <source>refused a redirect from HTTPS to HTTP (%1)</source>
        <translation>redirection de HTTPS vers HTTP refusée (%1)</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="190"/>
        <source>the response is larger than %1 MB; it was not read</source>
        <translation>la réponse dépasse %1 Mo&#xa0;; elle n&apos;a pas été lue</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="41"/>
        <source>the compressed response is damaged (%1)</source>
        <translation>la réponse compressée est endommagée (%1)</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="156"/>
        <source>no complete response within %L1 s: the server sends too slowly</source>
        <translation>aucune réponse complète en %L1 s&#xa0;: le serveur envoie trop lentement</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="203"/>
        <source>the response is larger than %1 MB; it was cut off</source>
        <translation>la réponse dépasse %1 Mo&#xa0;; elle a été tronquée</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="236"/>
        <source>the server redirects in a loop (%1 leads back to %2)</source>
        <translation>le serveur redirige en boucle (%1 ramène à %2)</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="239"/>
        <source>too many redirects (more than %1); the last went to %2</source>
        <translation>trop de redirections (plus de %1)&#xa0;; la dernière menait à %2</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="280"/>
        <source>the server says the feed is gone (410 Gone); it is no longer fetched</source>
        <translation>le serveur indique que le flux n&apos;existe plus (410 Gone)&#xa0;; il n&apos;est plus récupéré</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="59"/>
        <source>server said %1 %2</source>
        <translation>le serveur a répondu %1 %2</translation>
    </message>
</context>
<context>
    <name>tidings::OutboxService</name>
    <message>
        <location filename="../app/sync/OutboxService.cpp" line="61"/>
        <source>Whether the site takes comments could not be stored.</source>
        <translation>L&apos;information indiquant si le site accepte les commentaires n&apos;a pas pu être enregistrée.</translation>
    </message>
</context>
<context>
    <name>tidings::OutboxSync</name>
    <message>
        <location filename="../app/sync/OutboxSync.cpp" line="198"/>
        <source>the site takes no comments from Tidings this way</source>
        <translation>le site n&apos;accepte pas les commentaires de Tidings de cette manière</translation>
    </message>
</context>
<context>
    <name>tidings::ProductListModel</name>
    <message>
        <location filename="../models/ProductListModel.cpp" line="61"/>
        <source>%1, by %2</source>
        <translation>%1, de %2</translation>
    </message>
</context>
<context>
    <name>tidings::RefreshEngine</name>
    <message>
        <location filename="../app/sync/RefreshEngine.cpp" line="164"/>
        <source>no site named %1 (see tidings sites)</source>
        <translation>aucun site nommé %1 (voir tidings sites)</translation>
    </message>
    <message>
        <location filename="../app/sync/RefreshEngine.cpp" line="318"/>
        <source>postponed: the server asked to wait until %1</source>
        <translation>reporté&#xa0;: le serveur a demandé d&apos;attendre jusqu&apos;à %1</translation>
    </message>
    <message>
        <location filename="../app/sync/RefreshEngine.cpp" line="409"/>
        <location filename="../app/sync/RefreshEngine.cpp" line="724"/>
        <source>malformed: %1</source>
        <translation>mal formé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/RefreshEngine.cpp" line="441"/>
        <location filename="../app/sync/RefreshEngine.cpp" line="511"/>
        <source>(asked to wait %n second(s))</source>
        <translation>
            <numerusform>(attente de %n seconde demandée)</numerusform>
            <numerusform>(attente de %n secondes demandée)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/RefreshEngine.cpp" line="456"/>
        <location filename="../app/sync/RefreshEngine.cpp" line="466"/>
        <location filename="../app/sync/RefreshEngine.cpp" line="665"/>
        <location filename="../app/sync/RefreshEngine.cpp" line="709"/>
        <source>page %1: %2</source>
        <translation>page %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/RefreshEngine.cpp" line="485"/>
        <location filename="../app/sync/RefreshEngine.cpp" line="557"/>
        <source>reading comments from the site: %1</source>
        <translation>lecture des commentaires sur le site&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/RefreshEngine.cpp" line="551"/>
        <source>not a feed of articles</source>
        <translation>pas un flux d&apos;articles</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/RefreshEngine.cpp" line="573"/>
        <source>comments of %n article(s) found on the site</source>
        <translation>
            <numerusform>commentaires de %n article trouvés sur le site</numerusform>
            <numerusform>commentaires de %n articles trouvés sur le site</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidings::RemoteImages</name>
    <message>
        <location filename="../app/net/RemoteImages.cpp" line="84"/>
        <source>the image is larger than %1</source>
        <translation>l&apos;image dépasse %1</translation>
    </message>
    <message>
        <location filename="../app/net/RemoteImages.cpp" line="104"/>
        <source>the image is too large to show (%1 × %2)</source>
        <translation>l&apos;image est trop grande pour être affichée (%1 × %2)</translation>
    </message>
    <message>
        <location filename="../app/net/RemoteImages.cpp" line="111"/>
        <source>not an image that can be shown: %1</source>
        <translation>pas une image affichable&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tidings::SiteDiscovery</name>
    <message>
        <location filename="../app/net/Discovery.cpp" line="163"/>
        <source>not a web address: %1</source>
        <translation>pas une adresse web&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/net/Discovery.cpp" line="172"/>
        <source>no answer from %1</source>
        <translation>aucune réponse de %1</translation>
    </message>
    <message>
        <location filename="../app/net/Discovery.cpp" line="201"/>
        <source>no feed found on %1: it announces none</source>
        <translation>aucun flux trouvé sur %1&#xa0;: il n&apos;en annonce aucun</translation>
    </message>
    <message>
        <location filename="../app/net/Discovery.cpp" line="230"/>
        <source>the feeds %1 announces could not be read</source>
        <translation>les flux annoncés par %1 n&apos;ont pas pu être lus</translation>
    </message>
    <message>
        <location filename="../app/net/Discovery.cpp" line="261"/>
        <source>the product feed %1: %2</source>
        <translation>le flux de produits %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/net/Discovery.cpp" line="266"/>
        <source>%1 is not a product feed</source>
        <translation>%1 n&apos;est pas un flux de produits</translation>
    </message>
</context>
<context>
    <name>tidings::SourceTreeModel</name>
    <message>
        <location filename="../models/SourceTreeModel.cpp" line="214"/>
        <source>All articles</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <location filename="../models/SourceTreeModel.cpp" line="214"/>
        <location filename="../models/SourceTreeModel.cpp" line="275"/>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <location filename="../models/SourceTreeModel.cpp" line="214"/>
        <source>Starred</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <location filename="../models/SourceTreeModel.cpp" line="228"/>
        <source>An account with a feed service: its feeds and marks sync with the service (File ▸ Accounts…)</source>
        <translation>Un compte auprès d&apos;un service de flux&#xa0;: ses flux et ses marques se synchronisent avec le service (Fichier ▸ Comptes…)</translation>
    </message>
    <message>
        <location filename="../models/SourceTreeModel.cpp" line="235"/>
        <source>A folder of %1</source>
        <translation>Un dossier de %1</translation>
    </message>
    <message>
        <location filename="../models/SourceTreeModel.cpp" line="275"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>tidings::accounts::AccountSyncWorker</name>
    <message>
        <location filename="../app/sync/accounts/AccountSyncWorker.cpp" line="142"/>
        <location filename="../app/sync/accounts/AccountSyncWorker.cpp" line="149"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSyncWorker.cpp" line="171"/>
        <source>The account is gone.</source>
        <translation>Le compte n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>tidings::ui::AboutDialog</name>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="127"/>
        <source>About Tidings</source>
        <translation>À propos de Tidings</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="132"/>
        <source>&lt;h2&gt;Tidings %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Tidings %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="134"/>
        <source>Reads a publisher&apos;s site, its comments and its shop, and keeps them to read offline.</source>
        <translation>Lit le site d&apos;un éditeur, ses commentaires et sa boutique, et les conserve pour les lire hors ligne.</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="138"/>
        <source>Free software under the GNU General Public License, version 3 or later: you may use, study, share and change it. It comes with no warranty.</source>
        <translation>Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure&#xa0;: vous pouvez l&apos;utiliser, l&apos;étudier, le partager et le modifier. Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="143"/>
        <source>Your data (back up this folder to keep it):</source>
        <translation>Vos données (sauvegardez ce dossier pour les conserver)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="148"/>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="149"/>
        <source>The folder that holds the database and the image cache</source>
        <translation>Le dossier qui contient la base de données et le cache des images</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="150"/>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2.</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="156"/>
        <source>&amp;Open Data Folder</source>
        <translation>&amp;Ouvrir le dossier de données</translation>
    </message>
</context>
<context>
    <name>tidings::ui::AccountsPage</name>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="39"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="40"/>
        <source>S&amp;ync Now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="41"/>
        <source>Change &amp;Password…</source>
        <translation>Changer le mot de &amp;passe…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="56"/>
        <source>Sync subscriptions and read and starred articles with a feed service you also use on other devices. Comment threads and products still come from each site.</source>
        <translation>Synchronisez vos abonnements et vos articles lus et favoris avec un service de flux que vous utilisez aussi sur d&apos;autres appareils. Les fils de commentaires et les produits proviennent toujours de chaque site.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="60"/>
        <source>A&amp;dd Account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="85"/>
        <source>The password of %1 was not changed: %2</source>
        <translation>Le mot de passe de %1 n&apos;a pas été changé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="90"/>
        <source>The new password of %1 is kept until Tidings quits: no keychain runs on this desktop.</source>
        <translation>Le nouveau mot de passe de %1 est conservé jusqu&apos;à la fermeture de Tidings&#xa0;: aucun trousseau n&apos;est en cours d&apos;exécution sur ce bureau.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="93"/>
        <source>The new password of %1 is in the keychain; syncing…</source>
        <translation>Le nouveau mot de passe de %1 est dans le trousseau&#xa0;; synchronisation en cours…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="99"/>
        <source>%1 synced: %2</source>
        <translation>Compte %1 synchronisé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="99"/>
        <source>%1 could not sync: %2</source>
        <translation>Échec de la synchronisation du compte %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="121"/>
        <source>This account&apos;s password comes from a file or a command: change it there.</source>
        <translation>Le mot de passe de ce compte provient d&apos;un fichier ou d&apos;une commande&#xa0;: modifiez-le à cet endroit.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="124"/>
        <source>No accounts yet.</source>
        <translation>Aucun compte pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="140"/>
        <source>No keychain runs on this desktop, so Tidings keeps the password of %1 only until it quits and asks for it once each time it starts. A password file or command avoids that.</source>
        <translation>Aucun trousseau n&apos;est en cours d&apos;exécution sur ce bureau&#xa0;: Tidings ne conserve donc le mot de passe de %1 que jusqu&apos;à sa fermeture et le demande une fois à chaque démarrage. Un fichier ou une commande de mot de passe évite cela.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="143"/>
        <source>Added %1; its feeds and articles arrive with its first sync.</source>
        <translation>%1 ajouté&#xa0;; ses flux et ses articles arriveront avec sa première synchronisation.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="159"/>
        <source>Remove the account %1 from Tidings? Its feeds and articles go from this computer; nothing changes on the service.</source>
        <translation>Supprimer le compte %1 de Tidings&#xa0;? Ses flux et ses articles sont supprimés de cet ordinateur&#xa0;; rien ne change sur le service.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AccountsPage.cpp" line="164"/>
        <source>%n change(s) made here have not reached the service yet and would be lost.</source>
        <translation>
            <numerusform>%n modification faite ici n&apos;a pas encore atteint le service et serait perdue.</numerusform>
            <numerusform>%n modifications faites ici n&apos;ont pas encore atteint le service et seraient perdues.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="167"/>
        <location filename="../ui/AccountsPage.cpp" line="178"/>
        <source>Remove Account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="179"/>
        <source>The account could not be removed: %1</source>
        <translation>Le compte n&apos;a pas pu être supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="199"/>
        <source>Syncing…</source>
        <translation>Synchronisation en cours…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="212"/>
        <source>Change Password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="213"/>
        <source>The new password of %1 at %2 (Tidings checks it with the service first):</source>
        <translation>Le nouveau mot de passe de %1 sur %2 (Tidings le vérifie d&apos;abord auprès du service)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="225"/>
        <source>Checking with the service…</source>
        <translation>Vérification auprès du service…</translation>
    </message>
</context>
<context>
    <name>tidings::ui::AddAccountDialog</name>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="240"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="242"/>
        <location filename="../ui/AccountsPage.cpp" line="306"/>
        <source>&amp;Command:</source>
        <translation>&amp;Commande&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="247"/>
        <source>Add Account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="249"/>
        <source>Tiny Tiny RSS</source>
        <translation>Tiny Tiny RSS</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="250"/>
        <source>Google Reader API (FreshRSS, Miniflux, Inoreader…)</source>
        <translation>Google Reader API (FreshRSS, Miniflux, Inoreader…)</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="266"/>
        <source>&amp;Service:</source>
        <translation>&amp;Service&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="267"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="268"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="256"/>
        <source>The desktop&apos;s keychain</source>
        <translation>Le trousseau du bureau</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="257"/>
        <source>A file only I can read</source>
        <translation>Un fichier lisible par moi seul</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="258"/>
        <source>What a command prints</source>
        <translation>Ce qu&apos;affiche une commande</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="269"/>
        <source>Password &amp;kept in:</source>
        <translation>Mot de passe c&amp;onservé dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="274"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="276"/>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
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
        <translation>&amp;Fichier&#xa0;:</translation>
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
        <translation>utilisateur@hôte</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="354"/>
        <source>Name the file that holds the password.</source>
        <translation>Indiquez le fichier qui contient le mot de passe.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="355"/>
        <source>Give the command that prints the password.</source>
        <translation>Indiquez la commande qui affiche le mot de passe.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="358"/>
        <source>Checking with the service…</source>
        <translation>Vérification auprès du service…</translation>
    </message>
</context>
<context>
    <name>tidings::ui::ArticleView</name>
    <message>
        <location filename="../ui/ArticleView.cpp" line="243"/>
        <source>Open the original</source>
        <translation>Ouvrir l&apos;original</translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="189"/>
        <source>Welcome to Tidings</source>
        <translation>Bienvenue dans Tidings</translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="31"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="32"/>
        <source>The article chosen in the list; space pages down, o opens the original</source>
        <translation>L&apos;article choisi dans la liste&#xa0;; la barre d&apos;espace fait défiler, o ouvre l&apos;original</translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="190"/>
        <source>What you see is The Patch Bay, a made-up tech site that comes with Tidings, so there is something to read, comments to follow and a shop to look at. It is never fetched.</source>
        <translation>Ce que vous voyez est The Patch Bay, un site technologique fictif fourni avec Tidings, pour que vous ayez de quoi lire, des commentaires à suivre et une boutique à parcourir. Il n&apos;est jamais récupéré.</translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="192"/>
        <source>To read a real site, choose File ▸ Add Site… (%1) and type its address, such as example.com. Tidings finds its feeds, its comment threads and its shop by itself, and keeps everything on this computer, so it reads offline too.</source>
        <translation>Pour lire un vrai site, choisissez Fichier ▸ Ajouter un site… (%1) et saisissez son adresse, par exemple example.com. Tidings trouve de lui-même ses flux, ses fils de commentaires et sa boutique, et conserve tout sur cet ordinateur&#xa0;: vous pouvez donc aussi lire hors ligne.</translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="196"/>
        <source>Move through articles with j and k, page with the space bar, star with s, open the original with o, and search with /.</source>
        <translation>Passez d&apos;un article à l&apos;autre avec j et k, faites défiler avec la barre d&apos;espace, ajoutez aux favoris avec s, ouvrez l&apos;original avec o et recherchez avec /.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ArticleView.cpp" line="231"/>
        <source>%n image(s) from the web not loaded, to keep what you read private.</source>
        <translation>
            <numerusform>%n image du web non chargée, pour que ce que vous lisez reste privé.</numerusform>
            <numerusform>%n images du web non chargées, pour que ce que vous lisez reste privé.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="233"/>
        <source>Show images</source>
        <translation>Afficher les images</translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="234"/>
        <source>Always show images</source>
        <translation>Toujours afficher les images</translation>
    </message>
</context>
<context>
    <name>tidings::ui::CartPane</name>
    <message>
        <location filename="../ui/CartPane.cpp" line="44"/>
        <source>Your cart is empty. Add products from the Shop tab.</source>
        <translation>Votre panier est vide. Ajoutez des produits depuis l&apos;onglet Boutique.</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="49"/>
        <source>&amp;Undo</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="50"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="51"/>
        <source>&amp;Accept Changes</source>
        <translation>Accep&amp;ter les changements</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="52"/>
        <source>Check &amp;Out</source>
        <translation>Passer &amp;commande</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="62"/>
        <location filename="../ui/CartPane.cpp" line="120"/>
        <source>Cart</source>
        <translation>Panier</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="64"/>
        <source>The products in your cart; edit a quantity in place (0 removes the line), Delete removes it</source>
        <translation>Les produits de votre panier&#xa0;; modifiez une quantité sur place (0 retire la ligne), Suppr retire la ligne</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="65"/>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="77"/>
        <source>Open each store&apos;s checkout in your browser with these items. Tidings never asks for payment details.</source>
        <translation>Ouvrir la page de commande de chaque boutique dans votre navigateur avec ces produits. Tidings ne demande jamais vos coordonnées de paiement.</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="79"/>
        <source>I have seen the new prices and availability</source>
        <translation>J&apos;ai pris connaissance des nouveaux prix et de la disponibilité</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="106"/>
        <source>Added %1 to the cart.</source>
        <translation>%1 ajouté au panier.</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="108"/>
        <source>Removed %1 from the cart.</source>
        <translation>%1 retiré du panier.</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="121"/>
        <source>Remove the chosen line</source>
        <translation>Retirer la ligne choisie</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="126"/>
        <source>Undo the removal</source>
        <translation>Annuler le retrait</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="180"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="190"/>
        <source>Prices or availability changed since you added some items; see Changes.</source>
        <translation>Les prix ou la disponibilité ont changé depuis que vous avez ajouté certains produits&#xa0;; voir «&#xa0;Changements&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="209"/>
        <source>Could not open %1 in the browser.</source>
        <translation>Impossible d&apos;ouvrir %1 dans le navigateur.</translation>
    </message>
</context>
<context>
    <name>tidings::ui::CommentsPanel</name>
    <message>
        <location filename="../ui/CommentsPanel.cpp" line="29"/>
        <source>Comment count</source>
        <translation>Nombre de commentaires</translation>
    </message>
    <message>
        <location filename="../ui/CommentsPanel.cpp" line="76"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location filename="../ui/CommentsPanel.cpp" line="126"/>
        <source>No comments yet</source>
        <translation>Aucun commentaire pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CommentsPanel.cpp" line="126"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n commentaire</numerusform>
            <numerusform>%n commentaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CommentsPanel.cpp" line="128"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CommentsPanel.cpp" line="157"/>
        <location filename="../ui/CommentsPanel.cpp" line="164"/>
        <source>Cancel comment</source>
        <translation>Annuler le commentaire</translation>
    </message>
    <message>
        <location filename="../ui/CommentsPanel.cpp" line="158"/>
        <source>Cancel this comment? It has not been sent, and its text will be gone.</source>
        <translation>Annuler ce commentaire&#xa0;? Il n&apos;a pas été envoyé, et son texte sera perdu.</translation>
    </message>
</context>
<context>
    <name>tidings::ui::Composer</name>
    <message>
        <location filename="../ui/Composer.cpp" line="47"/>
        <source>Write a comment…</source>
        <translation>Écrire un commentaire…</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="56"/>
        <location filename="../ui/Composer.cpp" line="298"/>
        <source>Post</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="57"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="67"/>
        <location filename="../ui/Composer.cpp" line="297"/>
        <source>Cancel reply</source>
        <translation>Annuler la réponse</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="76"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="77"/>
        <source>you@example.org</source>
        <translation>vous@example.org</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="78"/>
        <source>https:// (optional)</source>
        <translation>https:// (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="79"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="80"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="81"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="82"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="83"/>
        <source>Never shown publicly</source>
        <translation>Jamais affiché publiquement</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="84"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="85"/>
        <source>Blank lines separate paragraphs; Ctrl+Return posts</source>
        <translation>Les lignes vides séparent les paragraphes&#xa0;; Ctrl+Return envoie</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="86"/>
        <source>Opens the form to comment on the article</source>
        <translation>Ouvre le formulaire pour commenter l&apos;article</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="87"/>
        <source>Your comment. Blank lines separate paragraphs.</source>
        <translation>Votre commentaire. Les lignes vides séparent les paragraphes.</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="93"/>
        <source>never shown publicly</source>
        <translation>jamais affiché publiquement</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="103"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="105"/>
        <source>E&amp;mail</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="108"/>
        <source>&amp;Website</source>
        <translation>Site &amp;web</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="114"/>
        <source>Post (Ctrl+Return)</source>
        <translation>Envoyer (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="118"/>
        <source>Post the comment (or save the change)</source>
        <translation>Envoyer le commentaire (ou enregistrer la modification)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="123"/>
        <source>Comment form</source>
        <translation>Formulaire de commentaire</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="149"/>
        <source>Comment status</source>
        <translation>État du commentaire</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="271"/>
        <source>Comments are closed for this article.</source>
        <translation>Les commentaires sont fermés pour cet article.</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="272"/>
        <source>Comments are closed: %1</source>
        <translation>Les commentaires sont fermés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="292"/>
        <source>Changing your comment before it is sent</source>
        <translation>Modification de votre commentaire avant son envoi</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="293"/>
        <source>Stop changing</source>
        <translation>Abandonner la modification</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="294"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="296"/>
        <source>Replying to %1</source>
        <translation>Réponse à %1</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="296"/>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="399"/>
        <source>This comment has been sent already and can no longer be changed.</source>
        <translation>Ce commentaire a déjà été envoyé et ne peut plus être modifié.</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="441"/>
        <source>The draft could not be saved: %1. The text is still here; it is saved as soon as that is possible again.</source>
        <translation>Le brouillon n&apos;a pas pu être enregistré&#xa0;: %1. Le texte est toujours là&#xa0;; il sera enregistré dès que ce sera de nouveau possible.</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="447"/>
        <source>The draft is saved again.</source>
        <translation>Le brouillon est de nouveau enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="483"/>
        <source>Saved your changes.</source>
        <translation>Vos modifications ont été enregistrées.</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="522"/>
        <source>Saved; kept here: the demo site is not on the network.</source>
        <translation>Enregistré&#xa0;; conservé ici&#xa0;: le site de démonstration n&apos;est pas en ligne.</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="523"/>
        <source>Saved; posting now.</source>
        <translation>Enregistré&#xa0;; envoi en cours.</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="524"/>
        <source>Saved; it will be posted when you are online.</source>
        <translation>Enregistré&#xa0;; il sera envoyé dès que vous serez en ligne.</translation>
    </message>
</context>
<context>
    <name>tidings::ui::InThisArticle</name>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="296"/>
        <source>&lt;b&gt;In this article&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dans cet article&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="341"/>
        <source>(was %1)</source>
        <translation>(au lieu de %1)</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="343"/>
        <source>Out of stock</source>
        <translation>Rupture de stock</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="345"/>
        <source>Show %1 in the shop</source>
        <translation>Afficher %1 dans la boutique</translation>
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
        <translation>Tidings ne peut pas créer son dossier de données %1.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="96"/>
        <source>&amp;News</source>
        <translation>&amp;Actualités</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97"/>
        <source>&amp;Shop</source>
        <translation>Bo&amp;utique</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169"/>
        <source>&amp;Refresh All</source>
        <translation>&amp;Tout actualiser</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="130"/>
        <source>Refresh problems</source>
        <translation>Problèmes d&apos;actualisation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>&amp;Add Site…</source>
        <translation>&amp;Ajouter un site…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="173"/>
        <source>&amp;Mark All Read</source>
        <translation>Tout &amp;marquer comme lu</translation>
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
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="190"/>
        <source>Acc&amp;ounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="193"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="197"/>
        <source>&amp;Comments</source>
        <translation>Co&amp;mmentaires</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="199"/>
        <source>&amp;Outbox…</source>
        <translation>&amp;Boîte d&apos;envoi…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="199"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <source>Search &amp;Products</source>
        <translation>Rechercher des &amp;produits</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="206"/>
        <source>Show &amp;Cart</source>
        <translation>&amp;Afficher le panier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="206"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208"/>
        <source>Check &amp;Out</source>
        <translation>Passer &amp;commande</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="213"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="216"/>
        <source>&amp;About Tidings</source>
        <translation>À &amp;propos de Tidings</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="217"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="219"/>
        <source>Main</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225"/>
        <source>Added %1; fetching it now.</source>
        <translation>%1 ajouté&#xa0;; récupération en cours.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>Could not add the site: %1</source>
        <translation>Impossible d&apos;ajouter le site&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="257"/>
        <source>Comments you wrote that are not published yet (Comments ▸ Outbox…)</source>
        <translation>Les commentaires que vous avez écrits et qui ne sont pas encore publiés (Commentaires ▸ Boîte d&apos;envoi…)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="261"/>
        <source>%n comment(s) waiting</source>
        <translation>
            <numerusform>%n commentaire en attente</numerusform>
            <numerusform>%n commentaires en attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="305"/>
        <source>Syncing %1…</source>
        <translation>Synchronisation de %1…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="351"/>
        <source>Subscribed to %1.</source>
        <translation>Abonnement à %1 effectué.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="352"/>
        <source>Could not subscribe to %1: %2</source>
        <translation>Impossible de s&apos;abonner à %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="365"/>
        <source>Password for %1</source>
        <translation>Mot de passe de %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="366"/>
        <source>No keychain holds the password of %1 at %2. Type it to sync the account; Tidings keeps it only until it quits.</source>
        <translation>Aucun trousseau ne contient le mot de passe de %1 sur %2. Saisissez-le pour synchroniser le compte&#xa0;; Tidings ne le conserve que jusqu&apos;à sa fermeture.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="382"/>
        <source>Account %1: %2</source>
        <translation>Compte %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="400"/>
        <source>Add Site</source>
        <translation>Ajouter un site</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="401"/>
        <source>The address of a site&apos;s home page or of one of its feeds:</source>
        <translation>L&apos;adresse de la page d&apos;accueil d&apos;un site ou de l&apos;un de ses flux&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="405"/>
        <source>Looking at %1…</source>
        <translation>Examen de %1…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="452"/>
        <source>Tidings cannot open its database: %1</source>
        <translation>Tidings ne peut pas ouvrir sa base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="519"/>
        <source>Damaged Database</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="523"/>
        <source>The damaged database is kept as %1.</source>
        <translation>La base de données endommagée est conservée sous %1.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="576"/>
        <source>Watched products</source>
        <translation>Produits surveillés</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="471"/>
        <source>Welcome! This is a demo site, so there is something to read.</source>
        <translation>Bienvenue&#xa0;! Ceci est un site de démonstration, pour que vous ayez de quoi lire.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="81"/>
        <location filename="../ui/MainWindow.cpp" line="590"/>
        <source>Ca&amp;rt (%1)</source>
        <translation>&amp;Panier (%1)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="98"/>
        <source>Ca&amp;rt</source>
        <translation>&amp;Panier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201"/>
        <source>Sho&amp;p</source>
        <translation>&amp;Boutique</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="321"/>
        <source>Changes not sent yet: %1</source>
        <translation>Modifications pas encore envoyées&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="381"/>
        <source>Account %1: %2 (the new password goes in File ▸ Accounts… ▸ Change Password…)</source>
        <translation>Compte %1&#xa0;: %2 (le nouveau mot de passe se saisit dans Fichier ▸ Comptes… ▸ Changer le mot de passe…)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="536"/>
        <source>Refreshing %1 of %2</source>
        <translation>Actualisation du flux %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="537"/>
        <source>Refreshing %1 of %2: %3</source>
        <translation>Actualisation du flux %1 sur %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="549"/>
        <source>%n feed(s) could not be refreshed</source>
        <translation>
            <numerusform>%n flux n&apos;a pas pu être actualisé</numerusform>
            <numerusform>%n flux n&apos;ont pas pu être actualisés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidings::ui::NewsPane</name>
    <message>
        <location filename="../ui/NewsPane.cpp" line="104"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="106"/>
        <source>All articles, unread, starred, then each site and its feeds, with unread counts</source>
        <translation>Tous les articles, les non lus, les favoris, puis chaque site et ses flux, avec le nombre d&apos;articles non lus</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="107"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="108"/>
        <source>The articles of the chosen source, newest first; unread ones in bold. j and k move, m toggles read, s the star</source>
        <translation>Les articles de la source choisie, les plus récents d&apos;abord&#xa0;; les non lus en gras. j et k pour se déplacer, m marque comme lu ou non lu, s ajoute aux favoris ou en retire</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="110"/>
        <location filename="../ui/NewsPane.cpp" line="187"/>
        <source>Search articles</source>
        <translation>Rechercher des articles</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="111"/>
        <source>Searches titles, authors and text as you type</source>
        <translation>Recherche dans les titres, les auteurs et le texte pendant la saisie</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="113"/>
        <source>Search articles (/)</source>
        <translation>Rechercher des articles (/)</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="151"/>
        <source>Select an article to read it.</source>
        <translation>Sélectionnez un article pour le lire.</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="170"/>
        <source>News</source>
        <translation>Actualités</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="179"/>
        <source>Next article</source>
        <translation>Article suivant</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="180"/>
        <source>Previous article</source>
        <translation>Article précédent</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="181"/>
        <source>Toggle read</source>
        <translation>Marquer comme lu ou non lu</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="182"/>
        <source>Toggle starred</source>
        <translation>Ajouter aux favoris ou en retirer</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="183"/>
        <source>Open the original in the browser</source>
        <translation>Ouvrir l&apos;original dans le navigateur</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="184"/>
        <source>Page down; at the end, the next unread article</source>
        <translation>Page suivante&#xa0;; à la fin, l&apos;article non lu suivant</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="185"/>
        <source>Show this article&apos;s images</source>
        <translation>Afficher les images de cet article</translation>
    </message>
</context>
<context>
    <name>tidings::ui::OutboxDialog</name>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="39"/>
        <source>Nothing waits: every comment you wrote is published.</source>
        <translation>Rien n&apos;est en attente&#xa0;: tous les commentaires que vous avez écrits sont publiés.</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="40"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="41"/>
        <source>&amp;Cancel Comment</source>
        <translation>A&amp;nnuler le commentaire</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="42"/>
        <source>&amp;Try Now</source>
        <translation>&amp;Essayer maintenant</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="43"/>
        <source>&amp;Go to Article</source>
        <translation>&amp;Aller à l&apos;article</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="45"/>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="47"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="47"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="47"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="47"/>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="49"/>
        <source>Comments not yet published</source>
        <translation>Commentaires pas encore publiés</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="50"/>
        <source>Each comment you wrote that is not published yet, with its state</source>
        <translation>Chaque commentaire que vous avez écrit et qui n&apos;est pas encore publié, avec son état</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="128"/>
        <source>To %1: %2</source>
        <translation>À %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="128"/>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="184"/>
        <location filename="../ui/OutboxDialog.cpp" line="191"/>
        <source>Cancel comment</source>
        <translation>Annuler le commentaire</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="185"/>
        <source>Cancel this comment? It has not been sent, and its text will be gone.</source>
        <translation>Annuler ce commentaire&#xa0;? Il n&apos;a pas été envoyé, et son texte sera perdu.</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="203"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="216"/>
        <location filename="../ui/OutboxDialog.cpp" line="229"/>
        <source>Change comment</source>
        <translation>Modifier le commentaire</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="216"/>
        <source>Your comment under “%1”:</source>
        <translation>Votre commentaire sous «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
</context>
<context>
    <name>tidings::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/Preferences.cpp" line="54"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
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
        <translation>immédiatement</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="63"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="64"/>
        <source>system</source>
        <translation>système</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="66"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="66"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="66"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="68"/>
        <source>Ask for each article</source>
        <translation>Demander pour chaque article</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="68"/>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="68"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="73"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="80"/>
        <source>A new language applies the next time Tidings starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Tidings.</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="89"/>
        <source>Refresh every</source>
        <translation>Actualiser toutes les</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="90"/>
        <source>Mark read after</source>
        <translation>Marquer comme lu après</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="91"/>
        <source>Reader font size</source>
        <translation>Taille de police du lecteur</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="92"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="93"/>
        <source>Load remote images</source>
        <translation>Charger les images distantes</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="94"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="96"/>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="103"/>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="104"/>
        <source>&amp;Accounts</source>
        <translation>&amp;Comptes</translation>
    </message>
</context>
<context>
    <name>tidings::ui::ProductDetailView</name>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="47"/>
        <source>Add to Cart</source>
        <translation>Ajouter au panier</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="48"/>
        <source>Watch</source>
        <translation>Surveiller</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="49"/>
        <source>Open in Store</source>
        <translation>Ouvrir dans la boutique</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="67"/>
        <source>Tell me when the price drops or it is back in stock</source>
        <translation>Me prévenir quand le prix baisse ou que le produit est de nouveau en stock</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="71"/>
        <source>Product description</source>
        <translation>Description du produit</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="72"/>
        <source>Product picture</source>
        <translation>Image du produit</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="74"/>
        <source>Opens the product&apos;s page in your browser</source>
        <translation>Ouvre la page du produit dans votre navigateur</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="75"/>
        <source>Adds the chosen variant and quantity to the cart</source>
        <translation>Ajoute la variante et la quantité choisies au panier</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="79"/>
        <source>&amp;Variant:</source>
        <translation>&amp;Variante&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="80"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="168"/>
        <source>Mentioned in: %1</source>
        <translation>Mentionné dans&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="182"/>
        <source>Choose a product to see it here.</source>
        <translation>Choisissez un produit pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="185"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="196"/>
        <source>Picture %1 of %2</source>
        <translation>Image %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="218"/>
        <source>out of stock</source>
        <translation>en rupture de stock</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="255"/>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="255"/>
        <source>Available to order</source>
        <translation>Disponible sur commande</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="256"/>
        <source>Out of stock</source>
        <translation>Rupture de stock</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="131"/>
        <location filename="../ui/ProductDetail.cpp" line="264"/>
        <source>No picture</source>
        <translation>Aucune image</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="273"/>
        <source>Loading picture…</source>
        <translation>Chargement de l&apos;image…</translation>
    </message>
</context>
<context>
    <name>tidings::ui::ShopPane</name>
    <message>
        <location filename="../ui/ShopPane.cpp" line="96"/>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="151"/>
        <source>Out of stock</source>
        <translation>Rupture de stock</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="182"/>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="183"/>
        <source>On sale</source>
        <translation>En promotion</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="184"/>
        <source>Watched</source>
        <translation>Surveillés</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="194"/>
        <location filename="../ui/ShopPane.cpp" line="217"/>
        <source>Search products</source>
        <translation>Rechercher des produits</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="196"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="197"/>
        <source>All brands</source>
        <translation>Toutes les marques</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="204"/>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="205"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="206"/>
        <source>Lowest price, in each store&apos;s currency</source>
        <translation>Prix le plus bas, dans la devise de chaque boutique</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="207"/>
        <source>Highest price, in each store&apos;s currency</source>
        <translation>Prix le plus haut, dans la devise de chaque boutique</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="208"/>
        <source>Newest</source>
        <translation>Plus récents</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="209"/>
        <source>Price: low to high</source>
        <translation>Prix croissant</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="210"/>
        <source>Price: high to low</source>
        <translation>Prix décroissant</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="211"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="214"/>
        <location filename="../ui/ShopPane.cpp" line="366"/>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="215"/>
        <source>Cards in a grid, or a list</source>
        <translation>Cartes en grille, ou liste</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="218"/>
        <source>Finds products by title, brand, category and description as you type</source>
        <translation>Trouve des produits par titre, marque, catégorie et description pendant la saisie</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="219"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="220"/>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="221"/>
        <source>Lowest price</source>
        <translation>Prix le plus bas</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="223"/>
        <source>Highest price</source>
        <translation>Prix le plus haut</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="225"/>
        <source>Sort by</source>
        <translation>Trier par</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="226"/>
        <source>Show as a grid</source>
        <translation>Afficher en grille</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="228"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="229"/>
        <source>The products that match the filters; Enter adds the chosen one to the cart</source>
        <translation>Les produits qui correspondent aux filtres&#xa0;; Entrée ajoute au panier celui qui est choisi</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="245"/>
        <source>Price:</source>
        <translation>Prix&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="291"/>
        <source>Shop</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="292"/>
        <source>Add the chosen product to the cart</source>
        <translation>Ajouter le produit choisi au panier</translation>
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
            <numerusform>%n produit</numerusform>
            <numerusform>%n produits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidings::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="39"/>
        <location filename="../ui/MainWindow.cpp" line="60"/>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="67"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="69"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="69"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="72"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="73"/>
        <source>Every action that has keys, by the part of the window where the keys work</source>
        <translation>Chaque action dotée de touches, selon la partie de la fenêtre où ces touches fonctionnent</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="98"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>tidings::ui::SourceTreeMenu</name>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="66"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="69"/>
        <source>Rename Feed</source>
        <translation>Renommer le flux</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="69"/>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="73"/>
        <source>&amp;Move to Folder</source>
        <translation>&amp;Déplacer vers un dossier</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="85"/>
        <source>No Folder</source>
        <translation>Aucun dossier</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="87"/>
        <source>Tiny Tiny RSS&apos;s API cannot rename a feed or move it: do it in Tiny Tiny RSS</source>
        <translation>L&apos;API de Tiny Tiny RSS ne permet ni de renommer ni de déplacer un flux&#xa0;: faites-le dans Tiny Tiny RSS</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="94"/>
        <source>&amp;Unsubscribe…</source>
        <translation>&amp;Se désabonner…</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="95"/>
        <source>Unsubscribe</source>
        <translation>Se désabonner</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="96"/>
        <source>Unsubscribe from %1? Its articles go from this computer, and the service drops the feed at the next sync.</source>
        <translation>Se désabonner de %1&#xa0;? Ses articles sont supprimés de cet ordinateur, et le service retire le flux à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="107"/>
        <source>Su&amp;bscribe to a Feed…</source>
        <translation>S&apos;a&amp;bonner à un flux…</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="107"/>
        <source>Su&amp;bscribe to a Feed in This Folder…</source>
        <translation>S&apos;a&amp;bonner à un flux dans ce dossier…</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="110"/>
        <source>Subscribe</source>
        <translation>S&apos;abonner</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="110"/>
        <source>The feed&apos;s address:</source>
        <translation>L&apos;adresse du flux&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="115"/>
        <source>S&amp;ync Now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="116"/>
        <source>Account &amp;Settings…</source>
        <translation>&amp;Paramètres du compte…</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="153"/>
        <source>Subscribing to %1…</source>
        <translation>Abonnement à %1…</translation>
    </message>
</context>
<context>
    <name>tidings::ui::ThreadView</name>
    <message>
        <location filename="../ui/ThreadView.cpp" line="381"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="382"/>
        <source>The comment thread under the article: n and p move, r replies</source>
        <translation>Le fil de commentaires sous l&apos;article&#xa0;: n et p pour se déplacer, r pour répondre</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="463"/>
        <source>Comment thread</source>
        <translation>Fil de commentaires</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="471"/>
        <source>Next comment</source>
        <translation>Commentaire suivant</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="472"/>
        <source>Previous comment</source>
        <translation>Commentaire précédent</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="473"/>
        <source>Collapse the replies; again: go to the parent</source>
        <translation>Replier les réponses&#xa0;; une seconde fois&#xa0;: aller au commentaire parent</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="475"/>
        <source>Show the replies</source>
        <translation>Afficher les réponses</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="479"/>
        <source>Reply to the comment</source>
        <translation>Répondre au commentaire</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="483"/>
        <source>Change your comment not yet sent</source>
        <translation>Modifier votre commentaire pas encore envoyé</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="488"/>
        <source>Cancel your comment not yet sent</source>
        <translation>Annuler votre commentaire pas encore envoyé</translation>
    </message>
</context>
</TS>
