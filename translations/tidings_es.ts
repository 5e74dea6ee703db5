<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountServices</name>
    <message>
        <location filename="../app/sync/accounts/AccountServices.cpp" line="22"/>
        <source>Tidings cannot speak to %1 services yet.</source>
        <translation>Tidings todavía no puede comunicarse con servicios %1.</translation>
    </message>
</context>
<context>
    <name>AccountSetup</name>
    <message>
        <location filename="../app/sync/accounts/AccountSetup.cpp" line="25"/>
        <source>%1 is not an http or https address</source>
        <translation>%1 no es una dirección http o https</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSetup.cpp" line="29"/>
        <source>The account needs a user name.</source>
        <translation>La cuenta necesita un nombre de usuario.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSetup.cpp" line="42"/>
        <location filename="../app/sync/accounts/AccountSetup.cpp" line="102"/>
        <source>The account needs its password.</source>
        <translation>La cuenta necesita su contraseña.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSetup.cpp" line="98"/>
        <source>The password of %1 comes from a file or a command: change it there.</source>
        <translation>La contraseña de %1 procede de un archivo o de un comando: hay que cambiarla allí.</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="106"/>
        <source>new, not synced yet</source>
        <translation>nueva, aún sin sincronizar</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="108"/>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="110"/>
        <source>waiting before asking the service again</source>
        <translation>en espera antes de volver a consultar el servicio</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="112"/>
        <source>needs its password</source>
        <translation>necesita su contraseña</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="114"/>
        <source>the last sync failed</source>
        <translation>la última sincronización ha fallado</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="204"/>
        <source>a site or an account is already called %1: choose another name with --name</source>
        <translation>ya hay un sitio o una cuenta con el nombre %1: hay que elegir otro nombre con --name</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="209"/>
        <source>the account %1 is already %2 at %3</source>
        <translation>la cuenta %1 ya corresponde a %2 en %3</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="246"/>
        <source>no account %1</source>
        <translation>no existe la cuenta %1</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="434"/>
        <source>an article vanished while it was being stored</source>
        <translation>un artículo ha desaparecido mientras se guardaba</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountFeedEdits.cpp" line="115"/>
        <source>that feed is not one of an account&apos;s: only an account&apos;s feeds are edited on its service</source>
        <translation>esa fuente no pertenece a ninguna cuenta: solo las fuentes de una cuenta se modifican en su servicio</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountFeedEdits.cpp" line="155"/>
        <source>a feed&apos;s title cannot be empty</source>
        <translation>el título de una fuente no puede estar vacío</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountFeedEdits.cpp" line="163"/>
        <source>Tiny Tiny RSS&apos;s API cannot rename a feed: rename it in Tiny Tiny RSS itself, and the next sync brings the new title here</source>
        <translation>La API de Tiny Tiny RSS no puede cambiar el nombre de una fuente: hay que cambiarlo en el propio Tiny Tiny RSS, y la próxima sincronización traerá aquí el nuevo título</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountFeedEdits.cpp" line="181"/>
        <source>Tiny Tiny RSS&apos;s API cannot move a feed to another category: move it in Tiny Tiny RSS itself, and the next sync brings the change here</source>
        <translation>La API de Tiny Tiny RSS no puede mover una fuente a otra categoría: hay que moverla en el propio Tiny Tiny RSS, y la próxima sincronización traerá aquí el cambio</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountFeedEdits.cpp" line="198"/>
        <source>that folder is gone from the account %1: sync the account and try again</source>
        <translation>esa carpeta ya no está en la cuenta %1: hay que sincronizar la cuenta y volver a intentarlo</translation>
    </message>
</context>
<context>
    <name>AccountSync</name>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="25"/>
        <source>the database failed: %1</source>
        <translation>error de la base de datos: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="27"/>
        <source>waiting until %1 before asking the service again</source>
        <translation>en espera hasta %1 antes de volver a consultar el servicio</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="32"/>
        <source>%1 new, %2 updated</source>
        <translation>%1 nuevos, %2 actualizados</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/accounts/AccountSync.cpp" line="33"/>
        <source>%n flag(s) set as the service has them</source>
        <translation>
            <numerusform>%n marca ajustada según el servicio</numerusform>
            <numerusform>%n marcas ajustadas según el servicio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/accounts/AccountSync.cpp" line="34"/>
        <source>%n change(s) made here sent</source>
        <translation>
            <numerusform>%n cambio hecho aquí y enviado</numerusform>
            <numerusform>%n cambios hechos aquí y enviados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="37"/>
        <source>feeds: %1 added, %2 removed, %3 renamed, %4 moved</source>
        <translation>fuentes: %1 añadidas, %2 eliminadas, %3 renombradas, %4 movidas</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/accounts/AccountSync.cpp" line="44"/>
        <source>%n feed change(s) made here sent</source>
        <translation>
            <numerusform>%n cambio de fuentes hecho aquí y enviado</numerusform>
            <numerusform>%n cambios de fuentes hechos aquí y enviados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="64"/>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="107"/>
        <source>no account %1</source>
        <translation>no existe la cuenta %1</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="372"/>
        <source>unsubscribing from %1: the service answered &quot;%2&quot;; taken as done</source>
        <translation>cancelación de la suscripción a %1: el servicio respondió «%2»; se da por hecha</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="375"/>
        <source>renaming a feed to %1: the service answered &quot;%2&quot;; the service&apos;s title stands</source>
        <translation>cambio de nombre de una fuente a %1: el servicio respondió «%2»; se mantiene el título del servicio</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="378"/>
        <source>moving %1: the service answered &quot;%2&quot;; the service&apos;s folder stands</source>
        <translation>cambio de carpeta de %1: el servicio respondió «%2»; se mantiene la carpeta del servicio</translation>
    </message>
</context>
<context>
    <name>Cart</name>
    <message>
        <location filename="../app/shop/Cart.cpp" line="36"/>
        <source>out of stock</source>
        <translation>agotado</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="38"/>
        <source>available to pre-order</source>
        <translation>disponible en preventa</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="40"/>
        <source>on back order</source>
        <translation>bajo pedido</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="41"/>
        <source>in stock</source>
        <translation>en stock</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="81"/>
        <source>was %1, now %2</source>
        <translation>antes %1, ahora %2</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="84"/>
        <source>back in stock</source>
        <translation>de nuevo en stock</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="85"/>
        <source>now %1</source>
        <translation>ahora %1</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="97"/>
        <location filename="../app/shop/Cart.cpp" line="186"/>
        <location filename="../app/shop/Cart.cpp" line="237"/>
        <location filename="../app/shop/Cart.cpp" line="268"/>
        <source>The cart could not be saved: %1</source>
        <translation>No se ha podido guardar el carrito: %1</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="163"/>
        <location filename="../app/shop/Cart.cpp" line="211"/>
        <location filename="../app/shop/Cart.cpp" line="248"/>
        <source>A quantity is a whole number from 1 to %1.</source>
        <translation>La cantidad debe ser un número entero entre 1 y %1.</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="173"/>
        <source>There is no such product.</source>
        <translation>No existe ese producto.</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="180"/>
        <source>%1 is out of stock.</source>
        <translation>%1 está agotado.</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="258"/>
        <location filename="../app/shop/Cart.cpp" line="283"/>
        <location filename="../app/shop/Cart.cpp" line="321"/>
        <source>The cart has no line %1.</source>
        <translation>El carrito no tiene la línea %1.</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="299"/>
        <source>Nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
</context>
<context>
    <name>Checkout</name>
    <message>
        <location filename="../app/shop/Checkout.cpp" line="65"/>
        <source>Out of stock at %2: %1. Remove what is out of stock, or wait until it is back, to check out.</source>
        <translation>Agotado en %2: %1. Para finalizar la compra, hay que quitar lo agotado o esperar a que vuelva a estar en stock.</translation>
    </message>
    <message>
        <location filename="../app/shop/Checkout.cpp" line="77"/>
        <location filename="../app/shop/Checkout.cpp" line="90"/>
        <source>%1 opens its checkout with these items in the cart; you pay on the store&apos;s page.</source>
        <translation>%1 abre su página de pago con estos productos en el carrito; el pago se hace en la página de la tienda.</translation>
    </message>
    <message>
        <location filename="../app/shop/Checkout.cpp" line="101"/>
        <source>%1 opens one page per product, each adding it to the store&apos;s cart; check out from the store&apos;s cart page.</source>
        <translation>%1 abre una página por producto, y cada una lo añade al carrito de la tienda; la compra se finaliza desde la página del carrito de la tienda.</translation>
    </message>
    <message>
        <location filename="../app/shop/Checkout.cpp" line="113"/>
        <source>%1 gives no product pages to check out from.</source>
        <translation>%1 no ofrece páginas de producto desde las que finalizar la compra.</translation>
    </message>
    <message>
        <location filename="../app/shop/Checkout.cpp" line="114"/>
        <source>%1 takes no cart from Tidings: its product pages open, one per product; add each to the store&apos;s cart there (quantities as listed here).</source>
        <translation>%1 no acepta carritos de Tidings: se abren sus páginas de producto, una por producto; allí hay que añadir cada uno al carrito de la tienda (en las cantidades indicadas aquí).</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/CliSupport.h" line="35"/>
        <source>Keep the database in DIR.</source>
        <translation>Guardar la base de datos en DIR.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="46"/>
        <source>cannot create the data folder %1</source>
        <translation>no se puede crear la carpeta de datos %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="62"/>
        <source>Nothing was changed. What you can do (the damaged file is kept aside, never deleted):
  tidings check                     what SQLite finds wrong with it
</source>
        <translation>No se ha cambiado nada. Lo que se puede hacer (el archivo dañado se conserva aparte y nunca se elimina):
  tidings check                     qué problemas encuentra SQLite en él
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="68"/>
        <source>  tidings recover --start-empty     start again with an empty database
</source>
        <translation>  tidings recover --start-empty     empezar de nuevo con una base de datos vacía
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="65"/>
        <source>  tidings recover --restore-backup  go back to the copy made on %1
</source>
        <translation>  tidings recover --restore-backup  volver a la copia hecha el %1
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
        <translation>Uso: tidings [--data-dir DIR] [COMANDO [ARGUMENTOS]]

Sin un comando, Tidings abre su ventana.

Comandos:
  parse FILE [--url URL] [--kind articles|comments|products]
                     Mostrar como JSON el contenido de un documento de fuente, comentarios o productos.
  import FILE... [--source NAME] [--url URL] [--kind KIND] [--currency CODE]
  import --demo      Guardar documentos (o el sitio de demostración incluido) en la base de datos.
  search QUERY [--limit N]
                     Artículos guardados que coinciden con QUERY, los más relevantes primero.
  stats              Recuento de lo que contiene la base de datos.
  add URL [--name NAME] [--products URL] [--folder PATH] [--no-refresh]
                     Añadir un sitio a partir de su página principal o de la URL de una fuente, y descargarlo.
  add FEED_URL --account ACCOUNT [--folder PATH]
                     Suscribirse en el servicio de una cuenta (en una de sus carpetas) y sincronizar.
  sites              Los sitios con sus fuentes y el resultado de su descarga.
  remove SITE        Eliminar un sitio y todo lo guardado de él.
  remove FEED [--account ACCOUNT]
                     Cancelar la suscripción a una fuente de una cuenta (su URL o su título):
                     desaparece aquí al instante y del servicio en la próxima sincronización.
  rename FEED TITLE [--account ACCOUNT]
                     Renombrar una fuente de una cuenta, aquí y en el servicio en la próxima sincronización.
  move FEED FOLDER [--account ACCOUNT] | move FEED --no-folder [--account ACCOUNT]
                     Mover una fuente de una cuenta a una de sus carpetas (o sacarla de ellas).
  refresh [SITE]     Descargar ahora todas las fuentes (o las de un sitio); una línea por fuente.
  import-opml FILE   Añadir las fuentes de un archivo OPML (todas, o ninguna si hay un error).
  export-opml [FILE] Escribir las fuentes de artículos como OPML (en la salida estándar si no se indica FILE).
  comment ARTICLE --name N --email E [--url U] [--reply-to COMMENT] TEXT
                     Escribir un comentario; espera en la bandeja de salida hasta que se envía.
  outbox             Los comentarios escritos que aún no se han publicado.
  sync [--wait S]    Enviar lo que espera en la bandeja de salida y sincronizar todas las cuentas (código 2
                     si queda algo pendiente o falla una cuenta).
  thread ARTICLE     Mostrar el hilo de comentarios de un artículo como un árbol sangrado.
  account add ttrss|greader URL --user U [--password-file F | --password-command CMD]
                     Añadir una cuenta de un servicio de fuentes (la contraseña se comprueba en el momento).
  account list       Las cuentas con su estado y su última sincronización.
  account remove ACCOUNT
                     Eliminar una cuenta con sus fuentes y sus artículos.
  articles [SOURCE] [--unread] [--starred] [--limit N]
                     Artículos guardados, los más recientes primero: id., marcas (U sin leer, * destacado),
                     fecha, título, enlace.
  mark read|unread|star|unstar ARTICLE...
                     Cambiar las marcas como lo hace la ventana (las de una cuenta se envían al sincronizar).
  products [SITE] [--search Q] [--on-sale] [--in-stock]
                     Los productos guardados, una línea por variante cuando hay varias.
  cart               El carrito: líneas, cantidades, cambios desde que se añadieron, totales por tienda.
  cart add PRODUCT [--variant V] [--quantity N] [--site SITE]
  cart set LINE N | cart remove LINE | cart undo | cart ack [LINE]
                     Modificar el carrito (PRODUCT y V tal como los muestra tidings products).
  checkout [SITE] [--print] [--add-to-cart-links]
                     Abrir la página de pago de cada tienda con el carrito (o mostrar las URL).
  check              Ejecutar la comprobación de integridad de SQLite en la base de datos e informar.
  recover --restore-backup | --start-empty
                     Apartar una base de datos dañada; volver a la copia hecha antes de la
                     última actualización del esquema, o empezar de nuevo con una base de datos vacía.

Opciones:
  --data-dir DIR     Guardar la base de datos en DIR (también: TIDINGS_DATA_DIR).
  -h, --help         Mostrar esta ayuda.
  -v, --version      Mostrar la versión.

Carpeta de datos: %1

Código de salida: 0 si todo va bien, 1 ante un error de uso o una entrada ilegible, 2 si algunas de
varias entradas (o fuentes, en refresh) han fallado, si sync deja comentarios por enviar o
una cuenta no se sincroniza, o si no se abre la página de pago.
</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="109"/>
        <source>Print what a document holds, as JSON.</source>
        <translation>Mostrar como JSON el contenido de un documento.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="111"/>
        <source>The URL the document came from (base for relative links).</source>
        <translation>La URL de la que procede el documento (base de los enlaces relativos).</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="112"/>
        <location filename="../app/cli/Cli.cpp" line="154"/>
        <source>articles, comments or products.</source>
        <translation>articles, comments o products.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="114"/>
        <source>The document to read.</source>
        <translation>El documento que leer.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="119"/>
        <source>parse takes exactly one FILE (see tidings parse --help)</source>
        <translation>parse necesita exactamente un FILE (véase tidings parse --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="124"/>
        <location filename="../app/cli/Cli.cpp" line="171"/>
        <source>unknown --kind %1: use articles, comments or products</source>
        <translation>--kind desconocido %1: valores válidos: articles, comments o products</translation>
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
        <translation>%1 nuevos, %2 actualizados, %3 sin cambios (sitio: %4)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/Cli.cpp" line="144"/>
        <source>%n comment(s) skipped: their article is not stored</source>
        <translation>
            <numerusform>%n comentario omitido: su artículo no está guardado</numerusform>
            <numerusform>%n comentarios omitidos: su artículo no está guardado</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="150"/>
        <source>Parse documents and store what they hold.</source>
        <translation>Analizar documentos y guardar su contenido.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="151"/>
        <source>The site to file the documents under.</source>
        <translation>El sitio en el que archivar los documentos.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="153"/>
        <source>The URL the document came from.</source>
        <translation>La URL de la que procede el documento.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="156"/>
        <source>Currency of product lists that name none.</source>
        <translation>Moneda de las listas de productos que no indican ninguna.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="157"/>
        <source>Import the bundled demo site.</source>
        <translation>Importar el sitio de demostración incluido.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="159"/>
        <source>The documents to import.</source>
        <translation>Los documentos que importar.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="164"/>
        <source>import needs at least one FILE, or --demo (see tidings import --help)</source>
        <translation>import necesita al menos un FILE, o --demo (véase tidings import --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="166"/>
        <source>--url names one document; import the files one at a time</source>
        <translation>--url se refiere a un solo documento; hay que importar los archivos de uno en uno</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="185"/>
        <location filename="../app/cli/Cli.cpp" line="187"/>
        <source>demo site: %1</source>
        <translation>sitio de demostración: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="201"/>
        <source>%1: malformed, recovered what could be read: %2</source>
        <translation>%1: mal formado; se ha recuperado lo que se podía leer: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="212"/>
        <source>Stored articles matching the words, best match first.</source>
        <translation>Artículos guardados que coinciden con las palabras, los más relevantes primero.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="213"/>
        <source>At most N results (default 20).</source>
        <translation>Como máximo N resultados (20 de forma predeterminada).</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="216"/>
        <source>The words to look for.</source>
        <translation>Las palabras que buscar.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="221"/>
        <source>search needs a QUERY</source>
        <translation>search necesita una QUERY</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="225"/>
        <location filename="../app/cli/AccountCommands.cpp" line="472"/>
        <source>--limit takes a positive number</source>
        <translation>--limit necesita un número positivo</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/Cli.cpp" line="240"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="246"/>
        <source>Counts of what the database holds.</source>
        <translation>Recuento de lo que contiene la base de datos.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="254"/>
        <source>sites</source>
        <translation>sitios</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="254"/>
        <source>feeds</source>
        <translation>fuentes</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="255"/>
        <source>articles</source>
        <translation>artículos</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="255"/>
        <source>unread</source>
        <translation>sin leer</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="256"/>
        <source>starred</source>
        <translation>destacados</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="256"/>
        <location filename="../app/cli/SiteCommands.cpp" line="57"/>
        <source>comments</source>
        <translation>comentarios</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="257"/>
        <source>products</source>
        <translation>productos</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="257"/>
        <source>variants</source>
        <translation>variantes</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="258"/>
        <source>cart lines</source>
        <translation>líneas del carrito</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="258"/>
        <source>outbox pending</source>
        <translation>pendientes en la bandeja de salida</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="262"/>
        <source>database: %1</source>
        <translation>base de datos: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="311"/>
        <source>unknown option %1 (see tidings --help)</source>
        <translation>opción desconocida %1 (véase tidings --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="348"/>
        <source>unknown command %1; the commands are %2 (see tidings --help)</source>
        <translation>comando desconocido %1; los comandos son %2 (véase tidings --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="23"/>
        <location filename="../app/cli/AccountCommands.cpp" line="42"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="28"/>
        <source>%1 new, %2 updated, %3 unchanged</source>
        <translation>%1 nuevos, %2 actualizados, %3 sin cambios</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="36"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="38"/>
        <source>not modified</source>
        <translation>no modificado</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="40"/>
        <location filename="../app/cli/CommentCommands.cpp" line="56"/>
        <source>failed: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="42"/>
        <location filename="../app/cli/SiteCommands.cpp" line="160"/>
        <source>stopped: %1</source>
        <translation>ya no se descarga: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="62"/>
        <source>Refreshing %1 of %2</source>
        <translation>Actualizando %1 de %2</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="79"/>
        <source>%1 feeds: %2 new, %3 updated, %4 failed</source>
        <translation>%1 fuentes: %2 nuevos, %3 actualizados, %4 con error</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="92"/>
        <source>Add a site from its home page or a feed URL.</source>
        <translation>Añadir un sitio a partir de su página principal o de la URL de una fuente.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="93"/>
        <source>Call the site NAME.</source>
        <translation>Dar al sitio el nombre NAME.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="94"/>
        <source>The site&apos;s Google Merchant product feed.</source>
        <translation>La fuente de productos de Google Merchant del sitio.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="96"/>
        <source>File the site in a folder.</source>
        <translation>Archivar el sitio en una carpeta.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="97"/>
        <source>Do not fetch the feeds now.</source>
        <translation>No descargar las fuentes ahora.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="99"/>
        <source>Subscribe on this account&apos;s service instead.</source>
        <translation>Suscribirse, en cambio, en el servicio de esta cuenta.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="101"/>
        <source>A home page or a feed.</source>
        <translation>Una página principal o una fuente.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="105"/>
        <source>add takes one URL (see tidings add --help)</source>
        <translation>add necesita una URL (véase tidings add --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="134"/>
        <source>added %1</source>
        <translation>se ha añadido %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="138"/>
        <source>WordPress REST API: %1</source>
        <translation>API REST de WordPress: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="146"/>
        <source>The sites with their feeds and how fetching them went.</source>
        <translation>Los sitios con sus fuentes y el resultado de su descarga.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="158"/>
        <source>last fetched %1</source>
        <translation>última descarga: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="162"/>
        <location filename="../app/cli/AccountCommands.cpp" line="176"/>
        <source>last error: %1</source>
        <translation>último error: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SiteCommands.cpp" line="166"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n sitio</numerusform>
            <numerusform>%n sitios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="172"/>
        <source>Remove a site and everything stored from it, or unsubscribe from an account&apos;s feed (here at once, on its service at the next sync).</source>
        <translation>Eliminar un sitio y todo lo guardado de él, o cancelar la suscripción a una fuente de una cuenta (aquí al instante; en su servicio, en la próxima sincronización).</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="174"/>
        <source>Unsubscribe from this account&apos;s FEED.</source>
        <translation>Cancelar la suscripción a la FEED de esta cuenta.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="178"/>
        <source>The site&apos;s name or home page, or the account feed&apos;s URL or title.</source>
        <translation>El nombre o la página principal del sitio, o la URL o el título de la fuente de la cuenta.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="183"/>
        <source>remove takes one SITE or FEED (see tidings sites)</source>
        <translation>remove necesita un SITE o una FEED (véase tidings sites)</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="42"/>
        <source>no site named %1 (see tidings sites)</source>
        <translation>no hay ningún sitio llamado %1 (véase tidings sites)</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="197"/>
        <source>removed %1</source>
        <translation>se ha eliminado %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="203"/>
        <source>Fetch every feed (or one site&apos;s) now.</source>
        <translation>Descargar ahora todas las fuentes (o las de un sitio).</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="204"/>
        <source>Only this site.</source>
        <translation>Solo este sitio.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="208"/>
        <source>refresh takes at most one SITE</source>
        <translation>refresh admite como máximo un SITE</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="217"/>
        <source>Add the feeds of an OPML file.</source>
        <translation>Añadir las fuentes de un archivo OPML.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="218"/>
        <source>The OPML file.</source>
        <translation>El archivo OPML.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="222"/>
        <source>import-opml takes one FILE</source>
        <translation>import-opml necesita un FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="225"/>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="229"/>
        <source>%1: %2; nothing was imported</source>
        <translation>%1: %2; no se ha importado nada</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="235"/>
        <source>%1; nothing was imported</source>
        <translation>%1; no se ha importado nada</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SiteCommands.cpp" line="236"/>
        <source>imported %n feed(s)</source>
        <translation>
            <numerusform>%n fuente importada</numerusform>
            <numerusform>%n fuentes importadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="242"/>
        <source>Write the article feeds as OPML.</source>
        <translation>Escribir las fuentes de artículos como OPML.</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="243"/>
        <source>Where to write (standard output without).</source>
        <translation>Dónde escribir (sin indicarlo, en la salida estándar).</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="258"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="43"/>
        <source>kept here: the demo site is not on the network</source>
        <translation>se queda aquí: el sitio de demostración no está en la red</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="45"/>
        <source>waiting for the comment it answers to be posted</source>
        <translation>esperando a que se envíe el comentario al que responde</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="47"/>
        <source>waiting to try again at %1 (%2)</source>
        <translation>en espera; nuevo intento: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="48"/>
        <source>waiting for the network</source>
        <translation>esperando conexión a la red</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="50"/>
        <source>posting</source>
        <translation>enviando</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="52"/>
        <source>posted, awaiting moderation</source>
        <translation>enviado, pendiente de moderación</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="54"/>
        <source>published</source>
        <translation>publicado</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="70"/>
        <source>Write a comment under an article; it is posted by tidings sync (or the app).</source>
        <translation>Escribir un comentario en un artículo; lo envía tidings sync (o la aplicación).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="71"/>
        <source>Your name, as the site shows it.</source>
        <translation>El nombre, tal como lo muestra el sitio.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="72"/>
        <source>Your email address (never shown publicly).</source>
        <translation>La dirección de correo electrónico (nunca se muestra públicamente).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="74"/>
        <source>Your website (optional).</source>
        <translation>El sitio web propio (opcional).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="77"/>
        <source>The comment you answer: its local id, its URL (...#comment-123), or outbox:ID.</source>
        <translation>El comentario al que se responde: su id. local, su URL (...#comment-123) u outbox:ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="80"/>
        <location filename="../app/cli/CommentCommands.cpp" line="207"/>
        <source>The article: its local id or its URL.</source>
        <translation>El artículo: su id. local o su URL.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="81"/>
        <source>What you say.</source>
        <translation>El texto del comentario.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="86"/>
        <source>comment needs an ARTICLE and the TEXT (see tidings comment --help)</source>
        <translation>comment necesita un ARTICLE y el TEXT (véase tidings comment --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="94"/>
        <location filename="../app/cli/CommentCommands.cpp" line="217"/>
        <location filename="../app/cli/AccountCommands.cpp" line="536"/>
        <source>no stored article is %1</source>
        <translation>%1 no corresponde a ningún artículo guardado</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="101"/>
        <source>--reply-to outbox:ID takes a number</source>
        <translation>--reply-to outbox:ID necesita un número</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="105"/>
        <source>no stored comment is %1</source>
        <translation>%1 no corresponde a ningún comentario guardado</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="115"/>
        <source>queued as outbox:%1; tidings sync posts it</source>
        <translation>en cola como outbox:%1; lo enviará tidings sync</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="121"/>
        <source>The comments you wrote that are not published yet.</source>
        <translation>Los comentarios escritos que aún no se han publicado.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="134"/>
        <source>The outbox is empty.</source>
        <translation>La bandeja de salida está vacía.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="141"/>
        <source>Post the comments waiting in the outbox.</source>
        <translation>Enviar los comentarios que esperan en la bandeja de salida.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="143"/>
        <source>Wait for later tries (the site asked to wait) up to SECONDS, then exit.</source>
        <translation>Esperar a los intentos posteriores (el sitio pidió esperar) hasta SECONDS segundos y después salir.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="153"/>
        <source>--wait takes a number of seconds</source>
        <translation>--wait necesita un número de segundos</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="190"/>
        <source>another Tidings is posting the outbox now; try again when it is done</source>
        <translation>otro Tidings está enviando la bandeja de salida; se puede volver a intentar cuando termine</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="194"/>
        <source>%1 posted, %2 failed, %3 waiting</source>
        <translation>%1 enviados, %2 con error, %3 en espera</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="199"/>
        <source> (next try at %1)</source>
        <translation> (próximo intento: %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="206"/>
        <source>Print an article&apos;s comment thread as an indented tree.</source>
        <translation>Mostrar el hilo de comentarios de un artículo como un árbol sangrado.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="211"/>
        <source>thread takes one ARTICLE</source>
        <translation>thread necesita un ARTICLE</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="221"/>
        <source>Comments are closed.</source>
        <translation>Los comentarios están cerrados.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CommentCommands.cpp" line="230"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comentario</numerusform>
            <numerusform>%n comentarios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="19"/>
        <source>out of stock</source>
        <translation>agotado</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="21"/>
        <source>pre-order</source>
        <translation>preventa</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="23"/>
        <source>back order</source>
        <translation>bajo pedido</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="24"/>
        <source>in stock</source>
        <translation>en stock</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="30"/>
        <source>%1 (regular %2)</source>
        <translation>%1 (precio normal: %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="67"/>
        <source>The cart is empty.</source>
        <translation>El carrito está vacío.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ShopCommands.cpp" line="87"/>
        <source>Total at %1: %2 (%n item(s))</source>
        <translation>
            <numerusform>Total en %1: %2 (%n unidad)</numerusform>
            <numerusform>Total en %1: %2 (%n unidades)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="96"/>
        <source>cart add takes one PRODUCT (see tidings products)</source>
        <translation>cart add necesita un PRODUCT (véase tidings products)</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="102"/>
        <source>--quantity takes a whole number from 1 to %1</source>
        <translation>--quantity necesita un número entero entre 1 y %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="106"/>
        <source>several stores have a product %1: name the site with --site</source>
        <translation>varias tiendas tienen un producto %1: hay que indicar el sitio con --site</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="108"/>
        <source>no product %1 (see tidings products)</source>
        <translation>no existe el producto %1 (véase tidings products)</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="114"/>
        <source>product %1 has no variant %2</source>
        <translation>el producto %1 no tiene la variante %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="121"/>
        <source>product %1 comes in several variants: choose one with --variant (%2)</source>
        <translation>el producto %1 tiene varias variantes: hay que elegir una con --variant (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="127"/>
        <source>Added to the cart (line %1).</source>
        <translation>Añadido al carrito (línea %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="136"/>
        <source>List the stored products.</source>
        <translation>Listar los productos guardados.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="137"/>
        <source>Only products matching these words.</source>
        <translation>Solo los productos que coinciden con estas palabras.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="139"/>
        <source>Only products on sale.</source>
        <translation>Solo los productos en oferta.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="140"/>
        <source>Only products in stock.</source>
        <translation>Solo los productos en stock.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="142"/>
        <source>Only this site&apos;s products.</source>
        <translation>Solo los productos de este sitio.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="146"/>
        <source>products takes at most one SITE (see tidings products --help)</source>
        <translation>products admite como máximo un SITE (véase tidings products --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="187"/>
        <source>No products match.</source>
        <translation>Ningún producto coincide.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="193"/>
        <source>Show or change the cart.</source>
        <translation>Mostrar o modificar el carrito.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="194"/>
        <source>The variant to add.</source>
        <translation>La variante que añadir.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="195"/>
        <source>How many to add (1 by default).</source>
        <translation>Cuántas unidades añadir (1 de forma predeterminada).</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="197"/>
        <source>The store of PRODUCT, when ids clash.</source>
        <translation>La tienda de PRODUCT, cuando los id. coinciden.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="201"/>
        <source>add PRODUCT | set LINE N | remove LINE | undo | ack [LINE]</source>
        <translation>add PRODUCT | set LINE N | remove LINE | undo | ack [LINE]</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="222"/>
        <source>cart set takes a LINE and a quantity from 0 to %1</source>
        <translation>cart set necesita una LINE y una cantidad entre 0 y %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="230"/>
        <source>cart remove takes one LINE (see tidings cart)</source>
        <translation>cart remove necesita una LINE (véase tidings cart)</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="233"/>
        <source>Removed line %1 (tidings cart undo brings it back).</source>
        <translation>Se ha quitado la línea %1 (tidings cart undo la recupera).</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="249"/>
        <source>unknown cart action %1: use add, set, remove, undo or ack</source>
        <translation>acción del carrito desconocida %1: valores válidos: add, set, remove, undo o ack</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="254"/>
        <source>Hand the cart to each store&apos;s checkout in the browser.</source>
        <translation>Llevar el carrito a la página de pago de cada tienda en el navegador.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="255"/>
        <source>Print the URLs instead of opening them.</source>
        <translation>Mostrar las URL en lugar de abrirlas.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="258"/>
        <source>For WooCommerce stores older than 10.0: one add-to-cart link per product.</source>
        <translation>Para tiendas WooCommerce anteriores a la 10.0: un enlace de añadir al carrito por producto.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="260"/>
        <source>Only this store&apos;s part of the cart.</source>
        <translation>Solo la parte del carrito de esta tienda.</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="264"/>
        <source>checkout takes at most one SITE (see tidings checkout --help)</source>
        <translation>checkout admite como máximo un SITE (véase tidings checkout --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="276"/>
        <source>the cart is empty; add products with tidings cart add</source>
        <translation>el carrito está vacío; los productos se añaden con tidings cart add</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="283"/>
        <source>checkout held back: %1</source>
        <translation>no se abre la página de pago: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="290"/>
        <source>cannot start a browser for %1</source>
        <translation>no se puede iniciar un navegador para %1</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="13"/>
        <source>Run SQLite&apos;s integrity check on the database and report what it finds.</source>
        <translation>Ejecutar la comprobación de integridad de SQLite en la base de datos e informar de lo que encuentre.</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="19"/>
        <source>%1: sound (SQLite&apos;s integrity check found nothing wrong)</source>
        <translation>%1: en buen estado (la comprobación de integridad de SQLite no ha encontrado ningún problema)</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="22"/>
        <source>%1 is damaged:</source>
        <translation>%1 tiene daños:</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="31"/>
        <source>Set a damaged database aside and go on from a copy or from an empty database.</source>
        <translation>Apartar una base de datos dañada y continuar a partir de una copia o de una base de datos vacía.</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="34"/>
        <source>Start again with an empty database.</source>
        <translation>Empezar de nuevo con una base de datos vacía.</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="50"/>
        <source>there is no sound copy of %1 to go back to; tidings recover --start-empty starts again with an empty database</source>
        <translation>no hay ninguna copia en buen estado de %1 a la que volver; tidings recover --start-empty empieza de nuevo con una base de datos vacía</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="61"/>
        <source>the next start begins with an empty database</source>
        <translation>la próxima vez que se inicie, Tidings empezará con una base de datos vacía</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="33"/>
        <source>Go back to the copy made before the last schema update.</source>
        <translation>Volver a la copia hecha antes de la última actualización del esquema.</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="39"/>
        <source>recover takes one of --restore-backup and --start-empty</source>
        <translation>recover necesita una de las opciones --restore-backup o --start-empty</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="43"/>
        <source>%1 is sound: there is nothing to recover</source>
        <translation>%1 está en buen estado: no hay nada que recuperar</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="55"/>
        <source>restored the copy made on %1 (from %2)</source>
        <translation>se ha restaurado la copia hecha el %1 (desde %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="63"/>
        <source>the damaged file is kept as %1</source>
        <translation>el archivo dañado se conserva como %1</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="65"/>
        <source>Password: </source>
        <translation>Contraseña: </translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="97"/>
        <source>account add takes ttrss|greader and the service&apos;s URL (see tidings --help)</source>
        <translation>account add necesita ttrss|greader y la URL del servicio (véase tidings --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="100"/>
        <source>unknown service %1: use ttrss or greader</source>
        <translation>servicio desconocido %1: valores válidos: ttrss o greader</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="103"/>
        <source>%1 is not an http or https address</source>
        <translation>%1 no es una dirección http o https</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="105"/>
        <source>account add needs --user U</source>
        <translation>account add necesita --user U</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="107"/>
        <source>give --password-file or --password-command, not both</source>
        <translation>hay que indicar --password-file o --password-command, no ambos</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="122"/>
        <source>no password on standard input: type it, pipe it in, or give --password-file F or --password-command CMD</source>
        <translation>no hay ninguna contraseña en la entrada estándar: hay que escribirla, pasarla por una tubería o indicar --password-file F o --password-command CMD</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="138"/>
        <source>added account %1 (%2 at %3 as %4); tidings sync fetches its feeds</source>
        <translation>se ha añadido la cuenta %1 (%2 en %3 como %4); tidings sync descargará sus fuentes</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="169"/>
        <source>user %1</source>
        <translation>usuario %1</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="171"/>
        <source>state: %1; last sync: %2</source>
        <translation>estado: %1; última sincronización: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AccountCommands.cpp" line="172"/>
        <source>%n feed(s)</source>
        <translation>
            <numerusform>%n fuente</numerusform>
            <numerusform>%n fuentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AccountCommands.cpp" line="173"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AccountCommands.cpp" line="174"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n cambio por enviar</numerusform>
            <numerusform>%n cambios por enviar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="178"/>
        <source>next try: %1</source>
        <translation>próximo intento: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="181"/>
        <source>no accounts (tidings account add ttrss|greader URL --user U)</source>
        <translation>no hay ninguna cuenta (tidings account add ttrss|greader URL --user U)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="364"/>
        <location filename="../app/cli/AccountCommands.cpp" line="371"/>
        <location filename="../app/cli/AccountCommands.cpp" line="413"/>
        <source>account %1: %2</source>
        <translation>cuenta %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="196"/>
        <location filename="../app/cli/AccountCommands.cpp" line="381"/>
        <location filename="../app/cli/AccountCommands.cpp" line="448"/>
        <source>no account %1 (see tidings account list)</source>
        <translation>no existe la cuenta %1 (véase tidings account list)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="221"/>
        <source>no account&apos;s feed is %1 (give its URL or title; see tidings sites)</source>
        <translation>%1 no corresponde a ninguna fuente de una cuenta (hay que indicar su URL o su título; véase tidings sites)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="222"/>
        <source>the account %1 has no feed %2 (give its URL or title; see tidings sites)</source>
        <translation>la cuenta %1 no tiene ninguna fuente %2 (hay que indicar su URL o su título; véase tidings sites)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="228"/>
        <source>%1 (%2, account %3)</source>
        <translation>%1 (%2, cuenta %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AccountCommands.cpp" line="229"/>
        <source>%1 names %n feed(s): %2; give its URL, or --account ACCOUNT</source>
        <translation>
            <numerusform>%1 corresponde a %n fuente: %2; hay que indicar su URL o --account ACCOUNT</numerusform>
            <numerusform>%1 corresponde a %n fuentes: %2; hay que indicar su URL o --account ACCOUNT</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="237"/>
        <source>account %1 sends it to the service at the next sync (tidings sync)</source>
        <translation>la cuenta %1 enviará el cambio al servicio en la próxima sincronización (tidings sync)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="247"/>
        <source>no site or account&apos;s feed is named %1 (see tidings sites)</source>
        <translation>no hay ningún sitio ni ninguna fuente de una cuenta con el nombre %1 (véase tidings sites)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="253"/>
        <source>unsubscribed from %1 (%2) with its articles; %3</source>
        <translation>se ha cancelado la suscripción a %1 (%2) y se han eliminado sus artículos; %3</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="271"/>
        <source>Rename an account&apos;s feed, here and on its service (at the next sync).</source>
        <translation>Cambiar el nombre de una fuente de una cuenta, aquí y en su servicio (en la próxima sincronización).</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="272"/>
        <location filename="../app/cli/AccountCommands.cpp" line="301"/>
        <source>The feed is this account&apos;s.</source>
        <translation>La fuente es de esta cuenta.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="275"/>
        <location filename="../app/cli/AccountCommands.cpp" line="305"/>
        <source>The feed&apos;s URL or its title.</source>
        <translation>La URL de la fuente o su título.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="276"/>
        <source>Its new title.</source>
        <translation>Su nuevo título.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="281"/>
        <source>rename takes FEED and TITLE (see tidings rename --help)</source>
        <translation>rename necesita una FEED y un TITLE (véase tidings rename --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="283"/>
        <source>a feed&apos;s title cannot be empty</source>
        <translation>el título de una fuente no puede estar vacío</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="292"/>
        <source>renamed %1 to %2; %3</source>
        <translation>se ha cambiado el nombre de %1 a %2; %3</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="299"/>
        <source>Move an account&apos;s feed to one of its folders, here and on its service (at the next sync).</source>
        <translation>Mover una fuente de una cuenta a una de sus carpetas, aquí y en su servicio (en la próxima sincronización).</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="303"/>
        <source>Take the feed out of its folder.</source>
        <translation>Sacar la fuente de su carpeta.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="306"/>
        <source>One of the account&apos;s folders, by its title.</source>
        <translation>Una de las carpetas de la cuenta, por su título.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="313"/>
        <source>give FOLDER or --no-folder, not both</source>
        <translation>hay que indicar FOLDER o --no-folder, no ambos</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="315"/>
        <source>move takes FEED and FOLDER, or FEED --no-folder (see tidings move --help)</source>
        <translation>move necesita una FEED y una FOLDER, o una FEED y --no-folder (véase tidings move --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="335"/>
        <location filename="../app/cli/AccountCommands.cpp" line="390"/>
        <source>the account %1 has no folder %2 (make it on the service, then sync)</source>
        <translation>la cuenta %1 no tiene ninguna carpeta %2 (hay que crearla en el servicio y después sincronizar)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="341"/>
        <source>moved %1 out of its folder; %2</source>
        <translation>se ha sacado %1 de su carpeta; %2</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="342"/>
        <source>moved %1 to %2; %3</source>
        <translation>se ha movido %1 a %2; %3</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="406"/>
        <source>kept %1 on %2: its unsubscribe had not been sent</source>
        <translation>se ha conservado la suscripción a %1 en %2: la cancelación aún no se había enviado</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="410"/>
        <source>subscribed to %1 on %2</source>
        <translation>se ha realizado la suscripción a %1 en %2</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="419"/>
        <source>Add, list or remove accounts with a feed service.</source>
        <translation>Añadir, listar o eliminar cuentas de un servicio de fuentes.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="420"/>
        <source>The user name on the service.</source>
        <translation>El nombre de usuario en el servicio.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="422"/>
        <source>A file holding the password, readable only by you.</source>
        <translation>Un archivo que contiene la contraseña y que solo puede leer el propio usuario.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="424"/>
        <source>A command that prints the password.</source>
        <translation>Un comando que muestra la contraseña.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="425"/>
        <source>Call the account NAME (default USER@HOST).</source>
        <translation>Dar a la cuenta el nombre NAME (USER@HOST de forma predeterminada).</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="428"/>
        <source>add ttrss|greader URL | list | remove ACCOUNT</source>
        <translation>add ttrss|greader URL | list | remove ACCOUNT</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="437"/>
        <source>account takes add, list or remove (see tidings --help)</source>
        <translation>account necesita add, list o remove (véase tidings --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="444"/>
        <source>account remove takes one ACCOUNT (its name or id, see tidings account list)</source>
        <translation>account remove necesita una ACCOUNT (su nombre o id., véase tidings account list)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="451"/>
        <source>removed account %1 with its feeds and articles</source>
        <translation>se ha eliminado la cuenta %1 con sus fuentes y artículos</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="457"/>
        <source>List stored articles, newest first.</source>
        <translation>Listar los artículos guardados, los más recientes primero.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="458"/>
        <source>Only unread articles.</source>
        <translation>Solo los artículos sin leer.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="459"/>
        <source>Only starred articles.</source>
        <translation>Solo los artículos destacados.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="460"/>
        <source>At most N articles (default 50).</source>
        <translation>Como máximo N artículos (50 de forma predeterminada).</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="463"/>
        <source>A site or an account (its name).</source>
        <translation>Un sitio o una cuenta (su nombre).</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="468"/>
        <source>articles takes at most one SOURCE</source>
        <translation>articles admite como máximo un SOURCE</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="483"/>
        <source>no site or account %1 (see tidings sites, tidings account list)</source>
        <translation>no existe ningún sitio ni ninguna cuenta %1 (véase tidings sites, tidings account list)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="517"/>
        <source>Mark articles read, unread, starred or not, as the window does.</source>
        <translation>Marcar artículos como leídos o no leídos, o destacarlos o quitarles el destacado, como lo hace la ventana.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="518"/>
        <source>read, unread, star or unstar.</source>
        <translation>read, unread, star o unstar.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="519"/>
        <source>Local ids or the articles&apos; URLs.</source>
        <translation>Los id. locales o las URL de los artículos.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="526"/>
        <source>mark takes read, unread, star or unstar and at least one ARTICLE</source>
        <translation>mark necesita read, unread, star o unstar y al menos un ARTICLE</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AccountCommands.cpp" line="550"/>
        <source>%n article(s) marked</source>
        <translation>
            <numerusform>%n artículo marcado</numerusform>
            <numerusform>%n artículos marcados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommentDelegate</name>
    <message numerus="yes">
        <location filename="../ui/ThreadView.cpp" line="280"/>
        <source>▸ %n reply(ies) hidden</source>
        <translation>
            <numerusform>▸ %n respuesta oculta</numerusform>
            <numerusform>▸ %n respuestas ocultas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="148"/>
        <location filename="../ui/ThreadView.cpp" line="349"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="116"/>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="118"/>
        <source>yours</source>
        <translation>mío</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="123"/>
        <source>↳ in reply to %1</source>
        <translation>↳ en respuesta a %1</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="150"/>
        <location filename="../ui/ThreadView.cpp" line="351"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="153"/>
        <location filename="../ui/ThreadView.cpp" line="352"/>
        <source>Cancel</source>
        <comment>discard a comment that waits in the outbox</comment>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="220"/>
        <source>Collapse the replies (left or -)</source>
        <translation>Contraer las respuestas (Izquierda o -)</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="221"/>
        <source>Show the replies (right or +)</source>
        <translation>Mostrar las respuestas (Derecha o +)</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="236"/>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
</context>
<context>
    <name>CommentText</name>
    <message>
        <location filename="../ui/CommentText.cpp" line="17"/>
        <source>kept here: the demo site is not on the network</source>
        <translation>se queda aquí: el sitio de demostración no está en la red</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="20"/>
        <source>waiting to try again at %1</source>
        <translation>en espera; nuevo intento: %1</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="21"/>
        <source>waiting to try again at %1 (%2)</source>
        <translation>en espera; nuevo intento: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="24"/>
        <source>waiting for the comment it answers to be posted</source>
        <translation>esperando a que se envíe el comentario al que responde</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="25"/>
        <source>waiting to be posted</source>
        <translation>pendiente de envío</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="25"/>
        <source>waiting for the network</source>
        <translation>esperando conexión a la red</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="27"/>
        <source>posting…</source>
        <translation>enviando…</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="29"/>
        <source>posted, awaiting moderation</source>
        <translation>enviado, pendiente de moderación</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="31"/>
        <source>published</source>
        <translation>publicado</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="33"/>
        <source>failed</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="33"/>
        <source>failed: %1</source>
        <translation>error: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/Database.cpp" line="64"/>
        <source>cannot open the database %1: %2</source>
        <translation>no se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="69"/>
        <source>the database %1 is damaged: %2</source>
        <translation>la base de datos %1 está dañada: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="110"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="113"/>
        <source>the database file is damaged (%1)</source>
        <translation>el archivo de la base de datos está dañado (%1)</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="147"/>
        <source>the SQLite driver gave no connection handle</source>
        <translation>el controlador de SQLite no ha proporcionado ningún identificador de conexión</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="175"/>
        <source>cannot configure the database %1: %2</source>
        <translation>no se puede configurar la base de datos %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="186"/>
        <source>%1 is not a Tidings database: %2</source>
        <translation>%1 no es una base de datos de Tidings: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="193"/>
        <source>%1 was written by a newer Tidings (schema %2; this version knows up to %3). Update Tidings to open it.</source>
        <translation>%1 se escribió con una versión más reciente de Tidings (esquema %2; esta versión admite hasta el %3). Para abrirlo, hay que actualizar Tidings.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="211"/>
        <source>cannot copy the database aside before updating it: %1</source>
        <translation>no se puede hacer una copia de seguridad de la base de datos antes de actualizarla: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="220"/>
        <source>migration %1 is missing from this build</source>
        <translation>falta la migración %1 en esta compilación</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="229"/>
        <source>cannot update the database to schema %1: %2</source>
        <translation>no se puede actualizar la base de datos al esquema %1: %2</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <location filename="../models/DateText.cpp" line="27"/>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/DateText.cpp" line="30"/>
        <source>%n min ago</source>
        <extracomment>A short relative time in lists: &quot;5 min ago&quot;</extracomment>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/DateText.cpp" line="32"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/DateText.cpp" line="37"/>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/DateText.cpp" line="39"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
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
        <translation>documento demasiado grande: más de %1 MB</translation>
    </message>
    <message>
        <location filename="../app/parse/DocumentParser.cpp" line="140"/>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>JSON no válido: %1 en la posición %2</translation>
    </message>
    <message>
        <location filename="../app/parse/DocumentParser.cpp" line="149"/>
        <source>not a feed: JSON that is neither a JSON Feed, WordPress comments nor a product list</source>
        <translation>no es una fuente: JSON que no es ni un JSON Feed, ni comentarios de WordPress, ni una lista de productos</translation>
    </message>
    <message>
        <location filename="../app/parse/DocumentParser.cpp" line="159"/>
        <source>cannot read the document</source>
        <translation>no se puede leer el documento</translation>
    </message>
    <message>
        <location filename="../app/parse/DocumentParser.cpp" line="221"/>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/parse/JsonFormats.cpp" line="99"/>
        <source>no JSON Feed version</source>
        <translation>falta la versión de JSON Feed</translation>
    </message>
    <message>
        <location filename="../app/parse/JsonFormats.cpp" line="100"/>
        <source>unknown JSON Feed version %1</source>
        <translation>versión de JSON Feed desconocida: %1</translation>
    </message>
</context>
<context>
    <name>GReaderClient</name>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="297"/>
        <source>no complete answer within %L1 s</source>
        <translation>no se ha recibido la respuesta completa en %L1 s</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="302"/>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="310"/>
        <source>the answer is larger than %1 MB</source>
        <translation>la respuesta supera los %1 MB</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="345"/>
        <source>The service&apos;s answer to %1 could not be read: %2.</source>
        <translation>No se ha podido leer la respuesta del servicio a %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="348"/>
        <source>Cannot reach the service at %1: %2.</source>
        <translation>No se puede acceder al servicio en %1: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="353"/>
        <source>The service asks Tidings to wait %n second(s) before asking again.</source>
        <translation>
            <numerusform>El servicio pide a Tidings que espere %n segundo antes de volver a consultarlo.</numerusform>
            <numerusform>El servicio pide a Tidings que espere %n segundos antes de volver a consultarlo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="355"/>
        <source>The service says it had too many requests; Tidings waits before asking again.</source>
        <translation>El servicio indica que ha recibido demasiadas solicitudes; Tidings espera antes de volver a consultarlo.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="359"/>
        <source>The service has a problem (it answered %1 to %2); Tidings tries again later.</source>
        <translation>El servicio tiene un problema (respondió %1 a %2); Tidings lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="364"/>
        <source>The service refused the user name or password. FreshRSS and Miniflux want the API password set in their settings, not the password of the web page.</source>
        <translation>El servicio ha rechazado el nombre de usuario o la contraseña. FreshRSS y Miniflux piden la contraseña de API definida en su configuración, no la contraseña de la página web.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="368"/>
        <source>The service refused the request (%1).</source>
        <translation>El servicio ha rechazado la solicitud (%1).</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="371"/>
        <source>%1 does not answer as a Google Reader API service. For FreshRSS the address ends in /api/greader.php.</source>
        <translation>%1 no responde como un servicio de la Google Reader API. En FreshRSS, la dirección termina en /api/greader.php.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="376"/>
        <source>The service&apos;s answer to %1 could not be read; Tidings tries again later.</source>
        <translation>No se ha podido leer la respuesta del servicio a %1; Tidings lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="424"/>
        <source>The service at %1 has API access switched off. In FreshRSS, an administrator allows it under Administration, Authentication; each user then sets an API password in the profile.</source>
        <translation>El servicio en %1 tiene desactivado el acceso por API. En FreshRSS, un administrador lo permite en Administración, Identificación; después, cada usuario define una contraseña de API en su perfil.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="790"/>
        <source>The service has no feed %1 to move.</source>
        <translation>El servicio no tiene ninguna fuente %1 que mover.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../app/storage/Importer.cpp" line="97"/>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Importer.cpp" line="156"/>
        <source>Unnamed site</source>
        <translation>Sitio sin nombre</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/Importer.cpp" line="195"/>
        <source>%n item(s) stored before that</source>
        <translation>
            <numerusform>%n elemento guardado antes de eso</numerusform>
            <numerusform>%n elementos guardados antes de eso</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <location filename="../app/sync/accounts/Keychain.cpp" line="87"/>
        <source>The keychain holds no password for %1.</source>
        <translation>El llavero no contiene ninguna contraseña para %1.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Keychain.cpp" line="95"/>
        <source>No keychain service is running (Secret Service or KWallet); use --password-file or --password-command to give the password.</source>
        <translation>No hay ningún servicio de llavero en ejecución (Secret Service o KWallet); la contraseña se puede indicar con --password-file o --password-command.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Keychain.cpp" line="99"/>
        <source>The keychain refused access (is it locked?): %1</source>
        <translation>El llavero ha denegado el acceso (¿está bloqueado?): %1</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Keychain.cpp" line="100"/>
        <source>The keychain failed: %1</source>
        <translation>Error del llavero: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/accounts/Keychain.cpp" line="144"/>
        <source>The keychain did not answer within %n second(s); it may be waiting to be unlocked.</source>
        <translation>
            <numerusform>El llavero no ha respondido en %n segundo; puede que esté esperando a que se desbloquee.</numerusform>
            <numerusform>El llavero no ha respondido en %n segundos; puede que esté esperando a que se desbloquee.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Keychain.cpp" line="181"/>
        <source>The keychain was closed before it answered.</source>
        <translation>El llavero se ha cerrado antes de responder.</translation>
    </message>
</context>
<context>
    <name>Opml</name>
    <message>
        <location filename="../app/sync/Opml.cpp" line="23"/>
        <source>not an OPML file: it starts with &lt;%1&gt;</source>
        <translation>no es un archivo OPML: empieza por &lt;%1&gt;</translation>
    </message>
    <message>
        <location filename="../app/sync/Opml.cpp" line="47"/>
        <source>line %1: %2 is not a web address</source>
        <translation>línea %1: %2 no es una dirección web</translation>
    </message>
    <message>
        <location filename="../app/sync/Opml.cpp" line="66"/>
        <source>the OPML file is broken at line %1: %2</source>
        <translation>el archivo OPML está dañado en la línea %1: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/Opml.cpp" line="71"/>
        <source>not an OPML file: no &lt;opml&gt; with a &lt;body&gt;</source>
        <translation>no es un archivo OPML: no hay ningún &lt;opml&gt; con un &lt;body&gt;</translation>
    </message>
    <message>
        <location filename="../app/sync/Opml.cpp" line="87"/>
        <source>Tidings subscriptions</source>
        <translation>Suscripciones de Tidings</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="169"/>
        <source>Please give your name.</source>
        <translation>Hay que indicar un nombre.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="174"/>
        <source>Please give an email address such as name@example.com.</source>
        <translation>Hay que indicar una dirección de correo electrónico, como nombre@example.com.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="180"/>
        <source>The website must be an http or https address.</source>
        <translation>El sitio web debe ser una dirección http o https.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="185"/>
        <source>The comment is empty.</source>
        <translation>El comentario está vacío.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="189"/>
        <source>The comment is too long: at most %1 characters.</source>
        <translation>El comentario es demasiado largo: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="203"/>
        <source>No such article.</source>
        <translation>No existe ese artículo.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="208"/>
        <source>Comments are closed for this article.</source>
        <translation>Los comentarios de este artículo están cerrados.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="212"/>
        <source>A comment answers one comment, not two.</source>
        <translation>Un comentario responde a un solo comentario, no a dos.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="223"/>
        <source>You have written this comment here already.</source>
        <translation>Este comentario ya se ha escrito aquí.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="241"/>
        <source>The comment it answers is not under this article.</source>
        <translation>El comentario al que responde no pertenece a este artículo.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="260"/>
        <source>This comment has been sent already and can no longer be changed.</source>
        <translation>Este comentario ya se ha enviado y no se puede modificar.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="274"/>
        <source>This comment has been sent already and can no longer be cancelled.</source>
        <translation>Este comentario ya se ha enviado y no se puede descartar.</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="350"/>
        <source>The comment was changed or cancelled meanwhile.</source>
        <translation>Mientras tanto, el comentario se ha modificado o descartado.</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="134"/>
        <source>No keychain is available; give the account a password file or command (--password-file or --password-command).</source>
        <translation>No hay ningún llavero disponible; hay que indicar para la cuenta un archivo o un comando de contraseña (--password-file o --password-command).</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="158"/>
        <source>The password file %1 does not exist.</source>
        <translation>El archivo de contraseña %1 no existe.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="160"/>
        <location filename="../app/sync/accounts/Passwords.cpp" line="172"/>
        <location filename="../app/sync/accounts/Passwords.cpp" line="200"/>
        <source>The password file %1 cannot be read: %2.</source>
        <translation>No se puede leer el archivo de contraseña %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="175"/>
        <source>The password file %1 is not a regular file.</source>
        <translation>El archivo de contraseña %1 no es un archivo normal.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="178"/>
        <source>The password file %1 belongs to another user; only a file of your own is trusted.</source>
        <translation>El archivo de contraseña %1 pertenece a otro usuario; solo se confía en archivos propios.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="186"/>
        <source>The password file %1 is open to other users (permissions %2); only its owner may have access to it. Make it private with: chmod 600 %3</source>
        <translation>El archivo de contraseña %1 es accesible para otros usuarios (permisos %2); solo debe tener acceso a él su propietario. Para hacerlo privado: chmod 600 %3</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="209"/>
        <source>The first line of the password file %1 is empty.</source>
        <translation>La primera línea del archivo de contraseña %1 está vacía.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="253"/>
        <source>The password command could not be started: %1.</source>
        <translation>No se ha podido iniciar el comando de contraseña: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/accounts/Passwords.cpp" line="263"/>
        <source>The password command `%1` did not finish within %n second(s).</source>
        <translation>
            <numerusform>El comando de contraseña `%1` no ha terminado en %n segundo.</numerusform>
            <numerusform>El comando de contraseña `%1` no ha terminado en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="264"/>
        <source>The password command `%1` did not finish in time.</source>
        <translation>El comando de contraseña `%1` no ha terminado a tiempo.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="267"/>
        <source>It said: %1</source>
        <translation>Mensaje del comando: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="277"/>
        <source>The password command `%1` was killed.</source>
        <translation>El comando de contraseña `%1` se ha interrumpido a la fuerza.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="278"/>
        <source>The password command `%1` was killed: %2</source>
        <translation>El comando de contraseña `%1` se ha interrumpido a la fuerza: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="285"/>
        <source>The password command `%1` failed (exit status %2) and printed no error.</source>
        <translation>El comando de contraseña `%1` ha fallado (código de salida %2) sin mostrar ningún error.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="287"/>
        <source>The password command `%1` failed (exit status %2): %3</source>
        <translation>El comando de contraseña `%1` ha fallado (código de salida %2): %3</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="293"/>
        <source>The password command `%1` printed no password.</source>
        <translation>El comando de contraseña `%1` no ha mostrado ninguna contraseña.</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="294"/>
        <source>The password command `%1` printed no password: %2</source>
        <translation>El comando de contraseña `%1` no ha mostrado ninguna contraseña: %2</translation>
    </message>
</context>
<context>
    <name>ShopQueries</name>
    <message>
        <location filename="../app/storage/ShopQueries.cpp" line="77"/>
        <source>back in stock</source>
        <translation>de nuevo en stock</translation>
    </message>
    <message>
        <location filename="../app/storage/ShopQueries.cpp" line="79"/>
        <source>price drop</source>
        <translation>bajada de precio</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../app/storage/DemoSite.cpp" line="55"/>
        <source>bundled with Tidings; never fetched</source>
        <translation>incluido con Tidings; nunca se descarga</translation>
    </message>
    <message>
        <location filename="../app/storage/Sources.cpp" line="191"/>
        <source>a site needs a name</source>
        <translation>un sitio necesita un nombre</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../app/storage/Store.cpp" line="297"/>
        <source>an article vanished while it was being stored</source>
        <translation>un artículo ha desaparecido mientras se guardaba</translation>
    </message>
</context>
<context>
    <name>StoreRecovery</name>
    <message>
        <location filename="../app/storage/StoreRecovery.cpp" line="40"/>
        <location filename="../app/storage/StoreRecovery.cpp" line="96"/>
        <source>there is no database at %1</source>
        <translation>no hay ninguna base de datos en %1</translation>
    </message>
    <message>
        <location filename="../app/storage/StoreRecovery.cpp" line="104"/>
        <location filename="../app/storage/StoreRecovery.cpp" line="109"/>
        <source>cannot move %1 aside to %2</source>
        <translation>no se puede apartar %1 moviéndolo a %2</translation>
    </message>
    <message>
        <location filename="../app/storage/StoreRecovery.cpp" line="120"/>
        <source>the copy %1 is damaged too</source>
        <translation>la copia %1 también está dañada</translation>
    </message>
    <message>
        <location filename="../app/storage/StoreRecovery.cpp" line="127"/>
        <source>cannot copy %1 to %2</source>
        <translation>no se puede copiar %1 en %2</translation>
    </message>
</context>
<context>
    <name>TtRssClient</name>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="167"/>
        <source>no complete answer within %L1 s</source>
        <translation>no se ha recibido la respuesta completa en %L1 s</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="197"/>
        <source>Tiny Tiny RSS at %1 sent an answer larger than %2; it was not read</source>
        <translation>Tiny Tiny RSS en %1 ha enviado una respuesta de más de %2; no se ha leído</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="203"/>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="234"/>
        <source>Cannot reach %1: %2</source>
        <translation>No se puede acceder a %1: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="207"/>
        <source>%1 asks to wait before the next request</source>
        <translation>%1 pide esperar antes de la siguiente solicitud</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="213"/>
        <source>%1 has a problem and could not answer (%2)</source>
        <translation>%1 tiene un problema y no ha podido responder (%2)</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="221"/>
        <source>The web server at %1 asks for a password of its own before Tiny Tiny RSS (%2); Tidings cannot log in through it</source>
        <translation>El servidor web en %1 pide su propia contraseña antes de Tiny Tiny RSS (%2); Tidings no puede iniciar sesión a través de él</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="228"/>
        <source>There is no Tiny Tiny RSS at %1 (%2): is the address right?</source>
        <translation>No hay ningún Tiny Tiny RSS en %1 (%2): ¿es correcta la dirección?</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="245"/>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="298"/>
        <source>The answer at %1 is not from Tiny Tiny RSS: is the address right?</source>
        <translation>La respuesta de %1 no procede de Tiny Tiny RSS: ¿es correcta la dirección?</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="249"/>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="389"/>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="492"/>
        <source>Tiny Tiny RSS at %1 sent an answer that cannot be read</source>
        <translation>Tiny Tiny RSS en %1 ha enviado una respuesta que no se puede leer</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="265"/>
        <source>Tiny Tiny RSS at %1 does not accept this user name and password</source>
        <translation>Tiny Tiny RSS en %1 no acepta este nombre de usuario y esta contraseña</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="268"/>
        <source>API access is switched off for %1: turn on &quot;Enable API&quot; in Tiny Tiny RSS&apos;s Preferences, then try again</source>
        <translation>El acceso por API está desactivado para %1: hay que activar «Enable API» en las preferencias de Tiny Tiny RSS y volver a intentarlo</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="273"/>
        <source>Tiny Tiny RSS at %1 ended the session at once, even after logging in again</source>
        <translation>Tiny Tiny RSS en %1 ha cerrado la sesión de inmediato, incluso después de volver a iniciarla</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="276"/>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="601"/>
        <source>Tiny Tiny RSS has no such feed</source>
        <translation>Tiny Tiny RSS no tiene esa fuente</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="279"/>
        <source>This Tiny Tiny RSS cannot do this (it does not know &quot;%1&quot;)</source>
        <translation>Este Tiny Tiny RSS no puede hacer esto (no conoce «%1»)</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="282"/>
        <source>Tiny Tiny RSS refused the request: %1</source>
        <translation>Tiny Tiny RSS ha rechazado la solicitud: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="282"/>
        <source>no reason given</source>
        <translation>sin indicar el motivo</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="561"/>
        <source>Tiny Tiny RSS subscribed to %1 but did not say to which feed</source>
        <translation>Tiny Tiny RSS se ha suscrito a %1, pero no ha indicado a qué fuente</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="565"/>
        <source>Tiny Tiny RSS does not accept %1 as a feed address</source>
        <translation>Tiny Tiny RSS no acepta %1 como dirección de fuente</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="568"/>
        <source>%1 is a web page that names no feed</source>
        <translation>%1 es una página web que no indica ninguna fuente</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="579"/>
        <source>%1 is a web page that names several feeds; subscribe to one of them: %2</source>
        <translation>%1 es una página web que indica varias fuentes; hay que suscribirse a una de ellas: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="585"/>
        <source>Tiny Tiny RSS could not fetch %1: %2</source>
        <translation>Tiny Tiny RSS no ha podido descargar %1: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="589"/>
        <source>Tiny Tiny RSS did not subscribe to %1 (its code %2)</source>
        <translation>Tiny Tiny RSS no se ha suscrito a %1 (código %2)</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="612"/>
        <source>Tiny Tiny RSS&apos;s API cannot rename a feed: rename it in Tiny Tiny RSS itself</source>
        <translation>La API de Tiny Tiny RSS no puede cambiar el nombre de una fuente: hay que cambiarlo en el propio Tiny Tiny RSS</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="620"/>
        <source>Tiny Tiny RSS&apos;s API cannot move a feed to another category: move it in Tiny Tiny RSS itself</source>
        <translation>La API de Tiny Tiny RSS no puede mover una fuente a otra categoría: hay que moverla en el propio Tiny Tiny RSS</translation>
    </message>
</context>
<context>
    <name>WatchList</name>
    <message>
        <location filename="../app/shop/WatchList.cpp" line="15"/>
        <source>%1: back in stock, now %2 (was %3)</source>
        <translation>%1: de nuevo en stock, ahora %2 (antes %3)</translation>
    </message>
    <message>
        <location filename="../app/shop/WatchList.cpp" line="18"/>
        <source>%1: back in stock</source>
        <translation>%1: de nuevo en stock</translation>
    </message>
    <message>
        <location filename="../app/shop/WatchList.cpp" line="19"/>
        <source>%1: now %2 (was %3)</source>
        <translation>%1: ahora %2 (antes %3)</translation>
    </message>
</context>
<context>
    <name>XmlFeedParser</name>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="130"/>
        <source>not a feed: got an HTML page</source>
        <translation>no es una fuente: se ha recibido una página HTML</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="131"/>
        <source>not a feed: the document is &lt;%1&gt;</source>
        <translation>no es una fuente: el documento es &lt;%1&gt;</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="769"/>
        <source>cannot read the document</source>
        <translation>no se puede leer el documento</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="783"/>
        <source>white space before the XML declaration</source>
        <translation>espacio en blanco antes de la declaración XML</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="799"/>
        <source>uses the HTML entity &amp;%1; without declaring it</source>
        <translation>usa la entidad HTML &amp;%1; sin declararla</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="803"/>
        <location filename="../app/parse/XmlFeedParser.cpp" line="808"/>
        <source>empty document</source>
        <translation>documento vacío</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="805"/>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="811"/>
        <source>the document ends before it is complete (%1)</source>
        <translation>el documento termina antes de estar completo (%1)</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="819"/>
        <location filename="../app/parse/XmlFeedParser.cpp" line="834"/>
        <source>not well-formed XML: %1 (%2)</source>
        <translation>XML mal formado: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="836"/>
        <source>kept what came before line %1</source>
        <translation>se ha conservado lo anterior a la línea %1</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="840"/>
        <source>not a feed: %1 (%2)</source>
        <translation>no es una fuente: %1 (%2)</translation>
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
        <translation>%1; última sincronización: %2</translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="95"/>
        <source>%1 as %2</source>
        <translation>%1 como %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/AccountListModel.cpp" line="96"/>
        <source>%n feed(s)</source>
        <translation>
            <numerusform>%n fuente</numerusform>
            <numerusform>%n fuentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/AccountListModel.cpp" line="96"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/AccountListModel.cpp" line="97"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n cambio por enviar</numerusform>
            <numerusform>%n cambios por enviar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="99"/>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="119"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="121"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="123"/>
        <source>State</source>
        <translation>Estado</translation>
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
            <numerusform>%n comentario; nuevos desde la última lectura del hilo: %1</numerusform>
            <numerusform>%n comentarios; nuevos desde la última lectura del hilo: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/ArticleListModel.cpp" line="78"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comentario</numerusform>
            <numerusform>%n comentarios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/ArticleListModel.cpp" line="115"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../models/ArticleListModel.cpp" line="117"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../models/ArticleListModel.cpp" line="119"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../models/ArticleListModel.cpp" line="121"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../models/ArticleListModel.cpp" line="123"/>
        <source>Comments</source>
        <translation>Comentarios</translation>
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
        <translation>agotado</translation>
    </message>
    <message>
        <location filename="../models/CartModel.cpp" line="249"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../models/CartModel.cpp" line="251"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../models/CartModel.cpp" line="253"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../models/CartModel.cpp" line="255"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../models/CartModel.cpp" line="257"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
</context>
<context>
    <name>tidings::CommentSender</name>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="78"/>
        <source>the server answered %1</source>
        <translation>el servidor respondió %1</translation>
    </message>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="83"/>
        <source>the site says comments are coming too quickly; trying again later</source>
        <translation>el sitio indica que los comentarios llegan demasiado rápido; se volverá a intentar más tarde</translation>
    </message>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="144"/>
        <source>comments are closed for this article</source>
        <translation>los comentarios de este artículo están cerrados</translation>
    </message>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="156"/>
        <source>the site takes comments only from registered users</source>
        <translation>el sitio solo acepta comentarios de usuarios registrados</translation>
    </message>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="235"/>
        <source>The site takes no comments on this article (closed, or too old).</source>
        <translation>El sitio no acepta comentarios en este artículo (cerrado o demasiado antiguo).</translation>
    </message>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="257"/>
        <source>the article&apos;s page cannot be read: %1</source>
        <translation>no se puede leer la página del artículo: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="264"/>
        <source>the site takes no comments on this article (closed, or too old)</source>
        <translation>el sitio no acepta comentarios en este artículo (cerrado o demasiado antiguo)</translation>
    </message>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="268"/>
        <source>the article&apos;s page does not say which post it is</source>
        <translation>la página del artículo no indica a qué entrada corresponde</translation>
    </message>
</context>
<context>
    <name>tidings::DamagedStoreDialog</name>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="13"/>
        <source>Damaged Database</source>
        <translation>Base de datos dañada</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="14"/>
        <source>Tidings cannot read its database: the file is damaged.</source>
        <translation>Tidings no puede leer su base de datos: el archivo está dañado.</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="15"/>
        <source>%1

Nothing has been changed yet. Whatever you choose, the damaged file is kept beside the new one, renamed, and never deleted, so it can still be rescued.</source>
        <translation>%1

Todavía no se ha cambiado nada. Se elija lo que se elija, el archivo dañado se conserva junto al nuevo, con otro nombre, y nunca se elimina, así que aún se puede rescatar.</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="20"/>
        <source>Tidings copied the database on %1, before a database update. Going back to that copy loses what was stored after it: refreshing the sites fetches their articles again, but read marks, drafts and the cart from after that day are not in it.</source>
        <translation>Tidings copió la base de datos el %1, antes de actualizarla. Al volver a esa copia se pierde lo que se guardó después: al actualizar los sitios se vuelven a descargar sus artículos, pero las marcas de leído, los borradores y el carrito posteriores a ese día no están en ella.</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="25"/>
        <source>&amp;Restore the Copy</source>
        <translation>&amp;Restaurar la copia</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="27"/>
        <source>Go back to the copy made on %1</source>
        <translation>Volver a la copia hecha el %1</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="29"/>
        <source>There is no earlier copy to go back to.</source>
        <translation>No hay ninguna copia anterior a la que volver.</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="32"/>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="33"/>
        <source>&amp;Start with an Empty Database</source>
        <translation>&amp;Empezar con una base de datos vacía</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="35"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>tidings::Fetcher</name>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="25"/>
        <source>timed out after %1 s</source>
        <translation>se agotó el tiempo de espera tras %1 s</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="27"/>
        <source>the server refused the connection</source>
        <translation>el servidor rechazó la conexión</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="29"/>
        <source>the server closed the connection before sending everything</source>
        <translation>el servidor cerró la conexión antes de enviarlo todo</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="31"/>
        <source>cannot find the server %1</source>
        <translation>no se encuentra el servidor %1</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="33"/>
        <source>the secure connection failed: %1</source>
        <translation>falló la conexión segura: %1</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="35"/>
        <source>too many redirects</source>
        <translation>demasiadas redirecciones</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="37"/>
        <source>refused a redirect from HTTPS to HTTP</source>
        <translation>se rechazó una redirección de HTTPS a HTTP</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="46"/>
        <source>the network is not available</source>
        <translation>la red no está disponible</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="201"/>
        <source>the compressed response expands beyond the size limit of %1 MB; it was not read</source>
        <translation>la respuesta comprimida, al descomprimirse, supera el límite de tamaño de %1 MB; no se ha leído</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="232"/>
        <source>redirected to %1, which is not a web address</source>
        <translation>se redirigió a %1, que no es una dirección web</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="234"/>
        <source>refused a redirect from HTTPS to HTTP (%1)</source>
        <translation>se rechazó una redirección de HTTPS a HTTP (%1)</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="190"/>
        <source>the response is larger than %1 MB; it was not read</source>
        <translation>la respuesta supera los %1 MB; no se ha leído</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="41"/>
        <source>the compressed response is damaged (%1)</source>
        <translation>la respuesta comprimida está dañada (%1)</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="156"/>
        <source>no complete response within %L1 s: the server sends too slowly</source>
        <translation>no se ha recibido la respuesta completa en %L1 s: el servidor envía demasiado despacio</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="203"/>
        <source>the response is larger than %1 MB; it was cut off</source>
        <translation>la respuesta supera los %1 MB; se ha truncado</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="236"/>
        <source>the server redirects in a loop (%1 leads back to %2)</source>
        <translation>el servidor redirige en bucle (%1 lleva de vuelta a %2)</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="239"/>
        <source>too many redirects (more than %1); the last went to %2</source>
        <translation>demasiadas redirecciones (más de %1); la última llevaba a %2</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="280"/>
        <source>the server says the feed is gone (410 Gone); it is no longer fetched</source>
        <translation>el servidor indica que la fuente ya no existe (410 Gone); ya no se descarga</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="59"/>
        <source>server said %1 %2</source>
        <translation>el servidor respondió %1 %2</translation>
    </message>
</context>
<context>
    <name>tidings::OutboxService</name>
    <message>
        <location filename="../app/sync/OutboxService.cpp" line="61"/>
        <source>Whether the site takes comments could not be stored.</source>
        <translation>No se ha podido guardar si el sitio acepta comentarios.</translation>
    </message>
</context>
<context>
    <name>tidings::OutboxSync</name>
    <message>
        <location filename="../app/sync/OutboxSync.cpp" line="198"/>
        <source>the site takes no comments from Tidings this way</source>
        <translation>el sitio no acepta comentarios de Tidings por esta vía</translation>
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
        <translation>no hay ningún sitio llamado %1 (véase tidings sites)</translation>
    </message>
    <message>
        <location filename="../app/sync/RefreshEngine.cpp" line="318"/>
        <source>postponed: the server asked to wait until %1</source>
        <translation>aplazado: el servidor pidió esperar hasta %1</translation>
    </message>
    <message>
        <location filename="../app/sync/RefreshEngine.cpp" line="409"/>
        <location filename="../app/sync/RefreshEngine.cpp" line="724"/>
        <source>malformed: %1</source>
        <translation>mal formado: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/RefreshEngine.cpp" line="441"/>
        <location filename="../app/sync/RefreshEngine.cpp" line="511"/>
        <source>(asked to wait %n second(s))</source>
        <translation>
            <numerusform>(pidió esperar %n segundo)</numerusform>
            <numerusform>(pidió esperar %n segundos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/RefreshEngine.cpp" line="456"/>
        <location filename="../app/sync/RefreshEngine.cpp" line="466"/>
        <location filename="../app/sync/RefreshEngine.cpp" line="665"/>
        <location filename="../app/sync/RefreshEngine.cpp" line="709"/>
        <source>page %1: %2</source>
        <translation>página %1: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/RefreshEngine.cpp" line="485"/>
        <location filename="../app/sync/RefreshEngine.cpp" line="557"/>
        <source>reading comments from the site: %1</source>
        <translation>al leer los comentarios del sitio: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/RefreshEngine.cpp" line="551"/>
        <source>not a feed of articles</source>
        <translation>no es una fuente de artículos</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/RefreshEngine.cpp" line="573"/>
        <source>comments of %n article(s) found on the site</source>
        <translation>
            <numerusform>comentarios de %n artículo encontrados en el sitio</numerusform>
            <numerusform>comentarios de %n artículos encontrados en el sitio</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidings::RemoteImages</name>
    <message>
        <location filename="../app/net/RemoteImages.cpp" line="84"/>
        <source>the image is larger than %1</source>
        <translation>la imagen ocupa más de %1</translation>
    </message>
    <message>
        <location filename="../app/net/RemoteImages.cpp" line="104"/>
        <source>the image is too large to show (%1 × %2)</source>
        <translation>la imagen es demasiado grande para mostrarla (%1 × %2)</translation>
    </message>
    <message>
        <location filename="../app/net/RemoteImages.cpp" line="111"/>
        <source>not an image that can be shown: %1</source>
        <translation>no es una imagen que se pueda mostrar: %1</translation>
    </message>
</context>
<context>
    <name>tidings::SiteDiscovery</name>
    <message>
        <location filename="../app/net/Discovery.cpp" line="163"/>
        <source>not a web address: %1</source>
        <translation>no es una dirección web: %1</translation>
    </message>
    <message>
        <location filename="../app/net/Discovery.cpp" line="172"/>
        <source>no answer from %1</source>
        <translation>no hay respuesta de %1</translation>
    </message>
    <message>
        <location filename="../app/net/Discovery.cpp" line="201"/>
        <source>no feed found on %1: it announces none</source>
        <translation>no se ha encontrado ninguna fuente en %1: no anuncia ninguna</translation>
    </message>
    <message>
        <location filename="../app/net/Discovery.cpp" line="230"/>
        <source>the feeds %1 announces could not be read</source>
        <translation>no se han podido leer las fuentes que anuncia %1</translation>
    </message>
    <message>
        <location filename="../app/net/Discovery.cpp" line="261"/>
        <source>the product feed %1: %2</source>
        <translation>la fuente de productos %1: %2</translation>
    </message>
    <message>
        <location filename="../app/net/Discovery.cpp" line="266"/>
        <source>%1 is not a product feed</source>
        <translation>%1 no es una fuente de productos</translation>
    </message>
</context>
<context>
    <name>tidings::SourceTreeModel</name>
    <message>
        <location filename="../models/SourceTreeModel.cpp" line="214"/>
        <source>All articles</source>
        <translation>Todos los artículos</translation>
    </message>
    <message>
        <location filename="../models/SourceTreeModel.cpp" line="214"/>
        <location filename="../models/SourceTreeModel.cpp" line="275"/>
        <source>Unread</source>
        <translation>Sin leer</translation>
    </message>
    <message>
        <location filename="../models/SourceTreeModel.cpp" line="214"/>
        <source>Starred</source>
        <translation>Destacados</translation>
    </message>
    <message>
        <location filename="../models/SourceTreeModel.cpp" line="228"/>
        <source>An account with a feed service: its feeds and marks sync with the service (File ▸ Accounts…)</source>
        <translation>Una cuenta de un servicio de fuentes: sus fuentes y marcas se sincronizan con el servicio (Archivo ▸ Cuentas…)</translation>
    </message>
    <message>
        <location filename="../models/SourceTreeModel.cpp" line="235"/>
        <source>A folder of %1</source>
        <translation>Una carpeta de %1</translation>
    </message>
    <message>
        <location filename="../models/SourceTreeModel.cpp" line="275"/>
        <source>Source</source>
        <translation>Origen</translation>
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
        <translation>La cuenta ya no existe.</translation>
    </message>
</context>
<context>
    <name>tidings::ui::AboutDialog</name>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="127"/>
        <source>About Tidings</source>
        <translation>Acerca de Tidings</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="132"/>
        <source>&lt;h2&gt;Tidings %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Tidings %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="134"/>
        <source>Reads a publisher&apos;s site, its comments and its shop, and keeps them to read offline.</source>
        <translation>Lee el sitio de un medio, sus comentarios y su tienda, y lo guarda todo para leerlo sin conexión.</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="138"/>
        <source>Free software under the GNU General Public License, version 3 or later: you may use, study, share and change it. It comes with no warranty.</source>
        <translation>Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior: se puede usar, estudiar, compartir y modificar. Se ofrece sin ninguna garantía.</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="143"/>
        <source>Your data (back up this folder to keep it):</source>
        <translation>Los datos (para conservarlos, hay que hacer una copia de seguridad de esta carpeta):</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="148"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="149"/>
        <source>The folder that holds the database and the image cache</source>
        <translation>La carpeta que contiene la base de datos y la caché de imágenes</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="150"/>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilado con Qt %1; en ejecución con Qt %2.</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="156"/>
        <source>&amp;Open Data Folder</source>
        <translation>&amp;Abrir la carpeta de datos</translation>
    </message>
</context>
<context>
    <name>tidings::ui::AccountsPage</name>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="39"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="40"/>
        <source>S&amp;ync Now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="41"/>
        <source>Change &amp;Password…</source>
        <translation>Cambiar con&amp;traseña…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="56"/>
        <source>Sync subscriptions and read and starred articles with a feed service you also use on other devices. Comment threads and products still come from each site.</source>
        <translation>Sincronizar las suscripciones y los artículos leídos y destacados con un servicio de fuentes que también se usa en otros dispositivos. Los hilos de comentarios y los productos siguen llegando de cada sitio.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="60"/>
        <source>A&amp;dd Account…</source>
        <translation>&amp;Añadir cuenta…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="85"/>
        <source>The password of %1 was not changed: %2</source>
        <translation>No se ha cambiado la contraseña de %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="90"/>
        <source>The new password of %1 is kept until Tidings quits: no keychain runs on this desktop.</source>
        <translation>La nueva contraseña de %1 se conserva hasta que Tidings se cierre: no hay ningún llavero en ejecución en este escritorio.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="93"/>
        <source>The new password of %1 is in the keychain; syncing…</source>
        <translation>La nueva contraseña de %1 está en el llavero; sincronizando…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="99"/>
        <source>%1 synced: %2</source>
        <translation>%1 se ha sincronizado: %2</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="99"/>
        <source>%1 could not sync: %2</source>
        <translation>%1 no se ha podido sincronizar: %2</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="121"/>
        <source>This account&apos;s password comes from a file or a command: change it there.</source>
        <translation>La contraseña de esta cuenta procede de un archivo o de un comando: hay que cambiarla allí.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="124"/>
        <source>No accounts yet.</source>
        <translation>Aún no hay ninguna cuenta.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="140"/>
        <source>No keychain runs on this desktop, so Tidings keeps the password of %1 only until it quits and asks for it once each time it starts. A password file or command avoids that.</source>
        <translation>No hay ningún llavero en ejecución en este escritorio, así que Tidings solo conserva la contraseña de %1 hasta que se cierra y la pide una vez cada vez que se inicia. Un archivo o un comando de contraseña lo evita.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="143"/>
        <source>Added %1; its feeds and articles arrive with its first sync.</source>
        <translation>Se ha añadido %1; sus fuentes y artículos llegarán con su primera sincronización.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="159"/>
        <source>Remove the account %1 from Tidings? Its feeds and articles go from this computer; nothing changes on the service.</source>
        <translation>¿Eliminar la cuenta %1 de Tidings? Sus fuentes y artículos se eliminan de este equipo; en el servicio no cambia nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AccountsPage.cpp" line="164"/>
        <source>%n change(s) made here have not reached the service yet and would be lost.</source>
        <translation>
            <numerusform>%n cambio hecho aquí aún no ha llegado al servicio y se perdería.</numerusform>
            <numerusform>%n cambios hechos aquí aún no han llegado al servicio y se perderían.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="167"/>
        <location filename="../ui/AccountsPage.cpp" line="178"/>
        <source>Remove Account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="179"/>
        <source>The account could not be removed: %1</source>
        <translation>No se ha podido eliminar la cuenta: %1</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="199"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="212"/>
        <source>Change Password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="213"/>
        <source>The new password of %1 at %2 (Tidings checks it with the service first):</source>
        <translation>La nueva contraseña de %1 en %2 (Tidings la comprueba antes con el servicio):</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="225"/>
        <source>Checking with the service…</source>
        <translation>Comprobando con el servicio…</translation>
    </message>
</context>
<context>
    <name>tidings::ui::AddAccountDialog</name>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="240"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="242"/>
        <location filename="../ui/AccountsPage.cpp" line="306"/>
        <source>&amp;Command:</source>
        <translation>&amp;Comando:</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="247"/>
        <source>Add Account</source>
        <translation>Añadir cuenta</translation>
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
        <translation>&amp;Servicio:</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="267"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="268"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="256"/>
        <source>The desktop&apos;s keychain</source>
        <translation>El llavero del escritorio</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="257"/>
        <source>A file only I can read</source>
        <translation>Un archivo que solo puedo leer yo</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="258"/>
        <source>What a command prints</source>
        <translation>Lo que muestra un comando</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="269"/>
        <source>Password &amp;kept in:</source>
        <translation>Contraseña &amp;guardada en:</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="274"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="276"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
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
        <translation>Arc&amp;hivo:</translation>
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
        <translation>usuario@servidor</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="354"/>
        <source>Name the file that holds the password.</source>
        <translation>Hay que indicar el archivo que contiene la contraseña.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="355"/>
        <source>Give the command that prints the password.</source>
        <translation>Hay que indicar el comando que muestra la contraseña.</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="358"/>
        <source>Checking with the service…</source>
        <translation>Comprobando con el servicio…</translation>
    </message>
</context>
<context>
    <name>tidings::ui::ArticleView</name>
    <message>
        <location filename="../ui/ArticleView.cpp" line="243"/>
        <source>Open the original</source>
        <translation>Abrir el original</translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="189"/>
        <source>Welcome to Tidings</source>
        <translation>Bienvenido a Tidings</translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="31"/>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="32"/>
        <source>The article chosen in the list; space pages down, o opens the original</source>
        <translation>El artículo seleccionado en la lista; la barra espaciadora avanza una página, o abre el original</translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="190"/>
        <source>What you see is The Patch Bay, a made-up tech site that comes with Tidings, so there is something to read, comments to follow and a shop to look at. It is never fetched.</source>
        <translation>Lo que se ve aquí es The Patch Bay, un sitio de tecnología inventado que viene con Tidings para que haya algo que leer, comentarios que seguir y una tienda que mirar. Nunca se descarga.</translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="192"/>
        <source>To read a real site, choose File ▸ Add Site… (%1) and type its address, such as example.com. Tidings finds its feeds, its comment threads and its shop by itself, and keeps everything on this computer, so it reads offline too.</source>
        <translation>Para leer un sitio real, basta con ir a Archivo ▸ Añadir sitio… (%1) y escribir su dirección, por ejemplo example.com. Tidings encuentra por sí solo sus fuentes, sus hilos de comentarios y su tienda, y lo guarda todo en este equipo, así que también se puede leer sin conexión.</translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="196"/>
        <source>Move through articles with j and k, page with the space bar, star with s, open the original with o, and search with /.</source>
        <translation>Las teclas j y k pasan de un artículo a otro, la barra espaciadora avanza una página, s destaca, o abre el original y / busca.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ArticleView.cpp" line="231"/>
        <source>%n image(s) from the web not loaded, to keep what you read private.</source>
        <translation>
            <numerusform>No se ha cargado %n imagen de la web, para que lo que se lee siga siendo privado.</numerusform>
            <numerusform>No se han cargado %n imágenes de la web, para que lo que se lee siga siendo privado.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="233"/>
        <source>Show images</source>
        <translation>Mostrar las imágenes</translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="234"/>
        <source>Always show images</source>
        <translation>Mostrar siempre las imágenes</translation>
    </message>
</context>
<context>
    <name>tidings::ui::CartPane</name>
    <message>
        <location filename="../ui/CartPane.cpp" line="44"/>
        <source>Your cart is empty. Add products from the Shop tab.</source>
        <translation>El carrito está vacío. Los productos se añaden desde la pestaña Tienda.</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="49"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="50"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="51"/>
        <source>&amp;Accept Changes</source>
        <translation>&amp;Aceptar cambios</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="52"/>
        <source>Check &amp;Out</source>
        <translation>&amp;Finalizar compra</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="62"/>
        <location filename="../ui/CartPane.cpp" line="120"/>
        <source>Cart</source>
        <translation>Carrito</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="64"/>
        <source>The products in your cart; edit a quantity in place (0 removes the line), Delete removes it</source>
        <translation>Los productos del carrito; la cantidad se puede modificar directamente (0 quita la línea) y Supr quita la línea</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="65"/>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="77"/>
        <source>Open each store&apos;s checkout in your browser with these items. Tidings never asks for payment details.</source>
        <translation>Abrir en el navegador la página de pago de cada tienda con estos productos. Tidings nunca pide datos de pago.</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="79"/>
        <source>I have seen the new prices and availability</source>
        <translation>He visto los nuevos precios y la disponibilidad</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="106"/>
        <source>Added %1 to the cart.</source>
        <translation>Se ha añadido %1 al carrito.</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="108"/>
        <source>Removed %1 from the cart.</source>
        <translation>Se ha quitado %1 del carrito.</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="121"/>
        <source>Remove the chosen line</source>
        <translation>Quitar la línea seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="126"/>
        <source>Undo the removal</source>
        <translation>Deshacer la eliminación</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="180"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="190"/>
        <source>Prices or availability changed since you added some items; see Changes.</source>
        <translation>Los precios o la disponibilidad han cambiado desde que se añadieron algunos productos; véase «Cambios».</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="209"/>
        <source>Could not open %1 in the browser.</source>
        <translation>No se ha podido abrir %1 en el navegador.</translation>
    </message>
</context>
<context>
    <name>tidings::ui::CommentsPanel</name>
    <message>
        <location filename="../ui/CommentsPanel.cpp" line="29"/>
        <source>Comment count</source>
        <translation>Número de comentarios</translation>
    </message>
    <message>
        <location filename="../ui/CommentsPanel.cpp" line="76"/>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location filename="../ui/CommentsPanel.cpp" line="126"/>
        <source>No comments yet</source>
        <translation>Aún no hay comentarios</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CommentsPanel.cpp" line="126"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comentario</numerusform>
            <numerusform>%n comentarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CommentsPanel.cpp" line="128"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n nuevo</numerusform>
            <numerusform>%n nuevos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CommentsPanel.cpp" line="157"/>
        <location filename="../ui/CommentsPanel.cpp" line="164"/>
        <source>Cancel comment</source>
        <translation>Descartar el comentario</translation>
    </message>
    <message>
        <location filename="../ui/CommentsPanel.cpp" line="158"/>
        <source>Cancel this comment? It has not been sent, and its text will be gone.</source>
        <translation>¿Descartar este comentario? No se ha enviado y su texto se perderá.</translation>
    </message>
</context>
<context>
    <name>tidings::ui::Composer</name>
    <message>
        <location filename="../ui/Composer.cpp" line="47"/>
        <source>Write a comment…</source>
        <translation>Escribir un comentario…</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="56"/>
        <location filename="../ui/Composer.cpp" line="298"/>
        <source>Post</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="57"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="67"/>
        <location filename="../ui/Composer.cpp" line="297"/>
        <source>Cancel reply</source>
        <translation>Cancelar la respuesta</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="76"/>
        <source>Your name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="77"/>
        <source>you@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="78"/>
        <source>https:// (optional)</source>
        <translation>https:// (opcional)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="79"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="80"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="81"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="82"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="83"/>
        <source>Never shown publicly</source>
        <translation>Nunca se muestra públicamente</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="84"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="85"/>
        <source>Blank lines separate paragraphs; Ctrl+Return posts</source>
        <translation>Las líneas en blanco separan los párrafos; Ctrl+Return envía</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="86"/>
        <source>Opens the form to comment on the article</source>
        <translation>Abre el formulario para comentar el artículo</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="87"/>
        <source>Your comment. Blank lines separate paragraphs.</source>
        <translation>El comentario. Las líneas en blanco separan los párrafos.</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="93"/>
        <source>never shown publicly</source>
        <translation>nunca se muestra públicamente</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="103"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="105"/>
        <source>E&amp;mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="108"/>
        <source>&amp;Website</source>
        <translation>Sitio &amp;web</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="114"/>
        <source>Post (Ctrl+Return)</source>
        <translation>Enviar (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="118"/>
        <source>Post the comment (or save the change)</source>
        <translation>Enviar el comentario (o guardar el cambio)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="123"/>
        <source>Comment form</source>
        <translation>Formulario de comentario</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="149"/>
        <source>Comment status</source>
        <translation>Estado del comentario</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="271"/>
        <source>Comments are closed for this article.</source>
        <translation>Los comentarios de este artículo están cerrados.</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="272"/>
        <source>Comments are closed: %1</source>
        <translation>Los comentarios están cerrados: %1</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="292"/>
        <source>Changing your comment before it is sent</source>
        <translation>Modificando el comentario antes de enviarlo</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="293"/>
        <source>Stop changing</source>
        <translation>Dejar de modificar</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="294"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="296"/>
        <source>Replying to %1</source>
        <translation>Respondiendo a %1</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="296"/>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="399"/>
        <source>This comment has been sent already and can no longer be changed.</source>
        <translation>Este comentario ya se ha enviado y no se puede modificar.</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="441"/>
        <source>The draft could not be saved: %1. The text is still here; it is saved as soon as that is possible again.</source>
        <translation>No se ha podido guardar el borrador: %1. El texto sigue aquí; se guardará en cuanto vuelva a ser posible.</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="447"/>
        <source>The draft is saved again.</source>
        <translation>El borrador ya se ha vuelto a guardar.</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="483"/>
        <source>Saved your changes.</source>
        <translation>Se han guardado los cambios.</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="522"/>
        <source>Saved; kept here: the demo site is not on the network.</source>
        <translation>Guardado; se queda aquí: el sitio de demostración no está en la red.</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="523"/>
        <source>Saved; posting now.</source>
        <translation>Guardado; se está enviando.</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="524"/>
        <source>Saved; it will be posted when you are online.</source>
        <translation>Guardado; se enviará cuando haya conexión.</translation>
    </message>
</context>
<context>
    <name>tidings::ui::InThisArticle</name>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="296"/>
        <source>&lt;b&gt;In this article&lt;/b&gt;</source>
        <translation>&lt;b&gt;En este artículo&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="341"/>
        <source>(was %1)</source>
        <translation>(antes %1)</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="343"/>
        <source>Out of stock</source>
        <translation>Agotado</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="345"/>
        <source>Show %1 in the shop</source>
        <translation>Mostrar %1 en la tienda</translation>
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
        <translation>Tidings no puede crear su carpeta de datos %1.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="96"/>
        <source>&amp;News</source>
        <translation>&amp;Noticias</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97"/>
        <source>&amp;Shop</source>
        <translation>&amp;Tienda</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169"/>
        <source>&amp;Refresh All</source>
        <translation>A&amp;ctualizar todo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="130"/>
        <source>Refresh problems</source>
        <translation>Problemas al actualizar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>&amp;Add Site…</source>
        <translation>&amp;Añadir sitio…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="173"/>
        <source>&amp;Mark All Read</source>
        <translation>&amp;Marcar todo como leído</translation>
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
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="190"/>
        <source>Acc&amp;ounts…</source>
        <translation>C&amp;uentas…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="193"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="197"/>
        <source>&amp;Comments</source>
        <translation>&amp;Comentarios</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="199"/>
        <source>&amp;Outbox…</source>
        <translation>&amp;Bandeja de salida…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="199"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <source>Search &amp;Products</source>
        <translation>Buscar &amp;productos</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="206"/>
        <source>Show &amp;Cart</source>
        <translation>Mostrar el &amp;carrito</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="206"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208"/>
        <source>Check &amp;Out</source>
        <translation>&amp;Finalizar compra</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="213"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="216"/>
        <source>&amp;About Tidings</source>
        <translation>&amp;Acerca de Tidings</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="217"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="219"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225"/>
        <source>Added %1; fetching it now.</source>
        <translation>Se ha añadido %1 y se está descargando.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>Could not add the site: %1</source>
        <translation>No se ha podido añadir el sitio: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="257"/>
        <source>Comments you wrote that are not published yet (Comments ▸ Outbox…)</source>
        <translation>Comentarios escritos que aún no se han publicado (Comentarios ▸ Bandeja de salida…)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="261"/>
        <source>%n comment(s) waiting</source>
        <translation>
            <numerusform>%n comentario en espera</numerusform>
            <numerusform>%n comentarios en espera</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="305"/>
        <source>Syncing %1…</source>
        <translation>Sincronizando %1…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="351"/>
        <source>Subscribed to %1.</source>
        <translation>Se ha realizado la suscripción a %1.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="352"/>
        <source>Could not subscribe to %1: %2</source>
        <translation>No se ha podido realizar la suscripción a %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="365"/>
        <source>Password for %1</source>
        <translation>Contraseña de %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="366"/>
        <source>No keychain holds the password of %1 at %2. Type it to sync the account; Tidings keeps it only until it quits.</source>
        <translation>Ningún llavero contiene la contraseña de %1 en %2. Para sincronizar la cuenta, hay que escribirla; Tidings solo la conserva hasta que se cierra.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="382"/>
        <source>Account %1: %2</source>
        <translation>Cuenta %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="400"/>
        <source>Add Site</source>
        <translation>Añadir sitio</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="401"/>
        <source>The address of a site&apos;s home page or of one of its feeds:</source>
        <translation>La dirección de la página principal de un sitio o de una de sus fuentes:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="405"/>
        <source>Looking at %1…</source>
        <translation>Examinando %1…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="452"/>
        <source>Tidings cannot open its database: %1</source>
        <translation>Tidings no puede abrir su base de datos: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="519"/>
        <source>Damaged Database</source>
        <translation>Base de datos dañada</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="523"/>
        <source>The damaged database is kept as %1.</source>
        <translation>La base de datos dañada se conserva como %1.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="576"/>
        <source>Watched products</source>
        <translation>Productos seguidos</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="471"/>
        <source>Welcome! This is a demo site, so there is something to read.</source>
        <translation>¡Bienvenido! Este es un sitio de demostración, para que haya algo que leer.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="81"/>
        <location filename="../ui/MainWindow.cpp" line="590"/>
        <source>Ca&amp;rt (%1)</source>
        <translation>Ca&amp;rrito (%1)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="98"/>
        <source>Ca&amp;rt</source>
        <translation>Ca&amp;rrito</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201"/>
        <source>Sho&amp;p</source>
        <translation>T&amp;ienda</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="321"/>
        <source>Changes not sent yet: %1</source>
        <translation>Cambios aún no enviados: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="381"/>
        <source>Account %1: %2 (the new password goes in File ▸ Accounts… ▸ Change Password…)</source>
        <translation>Cuenta %1: %2 (la nueva contraseña se indica en Archivo ▸ Cuentas… ▸ Cambiar contraseña…)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="536"/>
        <source>Refreshing %1 of %2</source>
        <translation>Actualizando %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="537"/>
        <source>Refreshing %1 of %2: %3</source>
        <translation>Actualizando %1 de %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="549"/>
        <source>%n feed(s) could not be refreshed</source>
        <translation>
            <numerusform>No se ha podido actualizar %n fuente</numerusform>
            <numerusform>No se han podido actualizar %n fuentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidings::ui::NewsPane</name>
    <message>
        <location filename="../ui/NewsPane.cpp" line="104"/>
        <source>Sources</source>
        <translation>Orígenes</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="106"/>
        <source>All articles, unread, starred, then each site and its feeds, with unread counts</source>
        <translation>Todos los artículos, los no leídos, los destacados y después cada sitio con sus fuentes, con el número de artículos sin leer</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="107"/>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="108"/>
        <source>The articles of the chosen source, newest first; unread ones in bold. j and k move, m toggles read, s the star</source>
        <translation>Los artículos del origen seleccionado, los más recientes primero; los no leídos, en negrita. j y k cambian de artículo, m marca como leído o no leído, s destaca o quita el destacado</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="110"/>
        <location filename="../ui/NewsPane.cpp" line="187"/>
        <source>Search articles</source>
        <translation>Buscar artículos</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="111"/>
        <source>Searches titles, authors and text as you type</source>
        <translation>Busca en títulos, autores y texto mientras se escribe</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="113"/>
        <source>Search articles (/)</source>
        <translation>Buscar artículos (/)</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="151"/>
        <source>Select an article to read it.</source>
        <translation>Seleccionar un artículo para leerlo.</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="170"/>
        <source>News</source>
        <translation>Noticias</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="179"/>
        <source>Next article</source>
        <translation>Artículo siguiente</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="180"/>
        <source>Previous article</source>
        <translation>Artículo anterior</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="181"/>
        <source>Toggle read</source>
        <translation>Marcar como leído o no leído</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="182"/>
        <source>Toggle starred</source>
        <translation>Destacar o quitar el destacado</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="183"/>
        <source>Open the original in the browser</source>
        <translation>Abrir el original en el navegador</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="184"/>
        <source>Page down; at the end, the next unread article</source>
        <translation>Avanzar una página; al final, el siguiente artículo sin leer</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="185"/>
        <source>Show this article&apos;s images</source>
        <translation>Mostrar las imágenes de este artículo</translation>
    </message>
</context>
<context>
    <name>tidings::ui::OutboxDialog</name>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="39"/>
        <source>Nothing waits: every comment you wrote is published.</source>
        <translation>No hay nada en espera: todos los comentarios escritos están publicados.</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="40"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="41"/>
        <source>&amp;Cancel Comment</source>
        <translation>&amp;Descartar comentario</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="42"/>
        <source>&amp;Try Now</source>
        <translation>Intentar &amp;ahora</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="43"/>
        <source>&amp;Go to Article</source>
        <translation>&amp;Ir al artículo</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="45"/>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="47"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="47"/>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="47"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="47"/>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="49"/>
        <source>Comments not yet published</source>
        <translation>Comentarios aún no publicados</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="50"/>
        <source>Each comment you wrote that is not published yet, with its state</source>
        <translation>Cada comentario escrito que aún no se ha publicado, con su estado</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="128"/>
        <source>To %1: %2</source>
        <translation>Respuesta a %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="128"/>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="184"/>
        <location filename="../ui/OutboxDialog.cpp" line="191"/>
        <source>Cancel comment</source>
        <translation>Descartar el comentario</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="185"/>
        <source>Cancel this comment? It has not been sent, and its text will be gone.</source>
        <translation>¿Descartar este comentario? No se ha enviado y su texto se perderá.</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="203"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="216"/>
        <location filename="../ui/OutboxDialog.cpp" line="229"/>
        <source>Change comment</source>
        <translation>Modificar el comentario</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="216"/>
        <source>Your comment under “%1”:</source>
        <translation>Comentario en «%1»:</translation>
    </message>
</context>
<context>
    <name>tidings::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/Preferences.cpp" line="54"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
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
        <translation>al instante</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="63"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="64"/>
        <source>system</source>
        <translation>del sistema</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="66"/>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="66"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="66"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="68"/>
        <source>Ask for each article</source>
        <translation>Preguntar en cada artículo</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="68"/>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="68"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="73"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="80"/>
        <source>A new language applies the next time Tidings starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie Tidings.</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="89"/>
        <source>Refresh every</source>
        <translation>Actualizar cada</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="90"/>
        <source>Mark read after</source>
        <translation>Marcar como leído tras</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="91"/>
        <source>Reader font size</source>
        <translation>Tamaño de letra del lector</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="92"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="93"/>
        <source>Load remote images</source>
        <translation>Cargar imágenes remotas</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="94"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="96"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="103"/>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="104"/>
        <source>&amp;Accounts</source>
        <translation>&amp;Cuentas</translation>
    </message>
</context>
<context>
    <name>tidings::ui::ProductDetailView</name>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="47"/>
        <source>Add to Cart</source>
        <translation>Añadir al carrito</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="48"/>
        <source>Watch</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="49"/>
        <source>Open in Store</source>
        <translation>Abrir en la tienda</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="67"/>
        <source>Tell me when the price drops or it is back in stock</source>
        <translation>Avisar cuando baje el precio o vuelva a estar en stock</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="71"/>
        <source>Product description</source>
        <translation>Descripción del producto</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="72"/>
        <source>Product picture</source>
        <translation>Imagen del producto</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="74"/>
        <source>Opens the product&apos;s page in your browser</source>
        <translation>Abre la página del producto en el navegador</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="75"/>
        <source>Adds the chosen variant and quantity to the cart</source>
        <translation>Añade al carrito la variante y la cantidad elegidas</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="79"/>
        <source>&amp;Variant:</source>
        <translation>&amp;Variante:</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="80"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Cantidad:</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="168"/>
        <source>Mentioned in: %1</source>
        <translation>Mencionado en: %1</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="182"/>
        <source>Choose a product to see it here.</source>
        <translation>Elegir un producto para verlo aquí.</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="185"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="196"/>
        <source>Picture %1 of %2</source>
        <translation>Imagen %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="218"/>
        <source>out of stock</source>
        <translation>agotado</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="255"/>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="255"/>
        <source>Available to order</source>
        <translation>Disponible bajo pedido</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="256"/>
        <source>Out of stock</source>
        <translation>Agotado</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="131"/>
        <location filename="../ui/ProductDetail.cpp" line="264"/>
        <source>No picture</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="273"/>
        <source>Loading picture…</source>
        <translation>Cargando la imagen…</translation>
    </message>
</context>
<context>
    <name>tidings::ui::ShopPane</name>
    <message>
        <location filename="../ui/ShopPane.cpp" line="96"/>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="151"/>
        <source>Out of stock</source>
        <translation>Agotado</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="182"/>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="183"/>
        <source>On sale</source>
        <translation>En oferta</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="184"/>
        <source>Watched</source>
        <translation>Seguidos</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="194"/>
        <location filename="../ui/ShopPane.cpp" line="217"/>
        <source>Search products</source>
        <translation>Buscar productos</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="196"/>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="197"/>
        <source>All brands</source>
        <translation>Todas las marcas</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="204"/>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="205"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="206"/>
        <source>Lowest price, in each store&apos;s currency</source>
        <translation>Precio más bajo, en la moneda de cada tienda</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="207"/>
        <source>Highest price, in each store&apos;s currency</source>
        <translation>Precio más alto, en la moneda de cada tienda</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="208"/>
        <source>Newest</source>
        <translation>Más recientes</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="209"/>
        <source>Price: low to high</source>
        <translation>Precio: de menor a mayor</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="210"/>
        <source>Price: high to low</source>
        <translation>Precio: de mayor a menor</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="211"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="214"/>
        <location filename="../ui/ShopPane.cpp" line="366"/>
        <source>Grid</source>
        <translation>Cuadrícula</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="215"/>
        <source>Cards in a grid, or a list</source>
        <translation>Tarjetas en cuadrícula o en lista</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="218"/>
        <source>Finds products by title, brand, category and description as you type</source>
        <translation>Busca productos por título, marca, categoría y descripción mientras se escribe</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="219"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="220"/>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="221"/>
        <source>Lowest price</source>
        <translation>Precio más bajo</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="223"/>
        <source>Highest price</source>
        <translation>Precio más alto</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="225"/>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="226"/>
        <source>Show as a grid</source>
        <translation>Mostrar en cuadrícula</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="228"/>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="229"/>
        <source>The products that match the filters; Enter adds the chosen one to the cart</source>
        <translation>Los productos que coinciden con los filtros; Intro añade al carrito el seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="245"/>
        <source>Price:</source>
        <translation>Precio:</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="291"/>
        <source>Shop</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="292"/>
        <source>Add the chosen product to the cart</source>
        <translation>Añadir al carrito el producto seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="366"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ShopPane.cpp" line="411"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n producto</numerusform>
            <numerusform>%n productos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidings::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="39"/>
        <location filename="../ui/MainWindow.cpp" line="60"/>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="67"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="69"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="69"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="72"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="73"/>
        <source>Every action that has keys, by the part of the window where the keys work</source>
        <translation>Todas las acciones que tienen teclas, agrupadas por la parte de la ventana donde funcionan</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="98"/>
        <source> or </source>
        <translation> o </translation>
    </message>
</context>
<context>
    <name>tidings::ui::SourceTreeMenu</name>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="66"/>
        <source>&amp;Rename…</source>
        <translation>Cambiar el &amp;nombre…</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="69"/>
        <source>Rename Feed</source>
        <translation>Cambiar el nombre de la fuente</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="69"/>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="73"/>
        <source>&amp;Move to Folder</source>
        <translation>&amp;Mover a una carpeta</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="85"/>
        <source>No Folder</source>
        <translation>Sin carpeta</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="87"/>
        <source>Tiny Tiny RSS&apos;s API cannot rename a feed or move it: do it in Tiny Tiny RSS</source>
        <translation>La API de Tiny Tiny RSS no puede cambiar el nombre de una fuente ni moverla: hay que hacerlo en Tiny Tiny RSS</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="94"/>
        <source>&amp;Unsubscribe…</source>
        <translation>&amp;Cancelar la suscripción…</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="95"/>
        <source>Unsubscribe</source>
        <translation>Cancelar la suscripción</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="96"/>
        <source>Unsubscribe from %1? Its articles go from this computer, and the service drops the feed at the next sync.</source>
        <translation>¿Cancelar la suscripción a %1? Sus artículos se eliminan de este equipo, y el servicio quitará la fuente en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="107"/>
        <source>Su&amp;bscribe to a Feed…</source>
        <translation>Suscri&amp;birse a una fuente…</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="107"/>
        <source>Su&amp;bscribe to a Feed in This Folder…</source>
        <translation>Suscri&amp;birse a una fuente en esta carpeta…</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="110"/>
        <source>Subscribe</source>
        <translation>Suscribirse</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="110"/>
        <source>The feed&apos;s address:</source>
        <translation>La dirección de la fuente:</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="115"/>
        <source>S&amp;ync Now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="116"/>
        <source>Account &amp;Settings…</source>
        <translation>Con&amp;figuración de la cuenta…</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="153"/>
        <source>Subscribing to %1…</source>
        <translation>Realizando la suscripción a %1…</translation>
    </message>
</context>
<context>
    <name>tidings::ui::ThreadView</name>
    <message>
        <location filename="../ui/ThreadView.cpp" line="381"/>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="382"/>
        <source>The comment thread under the article: n and p move, r replies</source>
        <translation>El hilo de comentarios bajo el artículo: n y p cambian de comentario, r responde</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="463"/>
        <source>Comment thread</source>
        <translation>Hilo de comentarios</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="471"/>
        <source>Next comment</source>
        <translation>Comentario siguiente</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="472"/>
        <source>Previous comment</source>
        <translation>Comentario anterior</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="473"/>
        <source>Collapse the replies; again: go to the parent</source>
        <translation>Contraer las respuestas; una segunda vez: ir al comentario al que responde</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="475"/>
        <source>Show the replies</source>
        <translation>Mostrar las respuestas</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="479"/>
        <source>Reply to the comment</source>
        <translation>Responder al comentario</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="483"/>
        <source>Change your comment not yet sent</source>
        <translation>Modificar el comentario propio aún no enviado</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="488"/>
        <source>Cancel your comment not yet sent</source>
        <translation>Descartar el comentario propio aún no enviado</translation>
    </message>
</context>
</TS>
