<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AccountServices</name>
    <message>
        <location filename="../app/sync/accounts/AccountServices.cpp" line="22"/>
        <source>Tidings cannot speak to %1 services yet.</source>
        <translation>Tidings はまだ %1 のサービスに対応していません。</translation>
    </message>
</context>
<context>
    <name>AccountSetup</name>
    <message>
        <location filename="../app/sync/accounts/AccountSetup.cpp" line="25"/>
        <source>%1 is not an http or https address</source>
        <translation>%1 は http または https のアドレスではありません</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSetup.cpp" line="29"/>
        <source>The account needs a user name.</source>
        <translation>アカウントにはユーザー名が必要です。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSetup.cpp" line="42"/>
        <location filename="../app/sync/accounts/AccountSetup.cpp" line="102"/>
        <source>The account needs its password.</source>
        <translation>アカウントにはパスワードが必要です。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSetup.cpp" line="98"/>
        <source>The password of %1 comes from a file or a command: change it there.</source>
        <translation>%1 のパスワードはパスワードファイルまたはパスワードコマンドから取得されます: そちらで変更してください。</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="106"/>
        <source>new, not synced yet</source>
        <translation>新規 (未同期)</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="108"/>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="110"/>
        <source>waiting before asking the service again</source>
        <translation>サービスへの再リクエストまで待機中</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="112"/>
        <source>needs its password</source>
        <translation>パスワードが必要</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="114"/>
        <source>the last sync failed</source>
        <translation>最後の同期に失敗</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="204"/>
        <source>a site or an account is already called %1: choose another name with --name</source>
        <translation>%1 という名前のサイトまたはアカウントが既にあります: --name で別の名前を指定してください</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="209"/>
        <source>the account %1 is already %2 at %3</source>
        <translation>%3 のユーザー %2 は既にアカウント %1 として登録されています</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="246"/>
        <source>no account %1</source>
        <translation>アカウント %1 はありません</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="434"/>
        <source>an article vanished while it was being stored</source>
        <translation>保存中に記事が見つからなくなりました</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountFeedEdits.cpp" line="115"/>
        <source>that feed is not one of an account&apos;s: only an account&apos;s feeds are edited on its service</source>
        <translation>そのフィードはアカウントのフィードではありません: サービスで編集できるのはアカウントのフィードだけです</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountFeedEdits.cpp" line="155"/>
        <source>a feed&apos;s title cannot be empty</source>
        <translation>フィードのタイトルは空にできません</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountFeedEdits.cpp" line="163"/>
        <source>Tiny Tiny RSS&apos;s API cannot rename a feed: rename it in Tiny Tiny RSS itself, and the next sync brings the new title here</source>
        <translation>Tiny Tiny RSS の API ではフィードの名前を変更できません: Tiny Tiny RSS 自体で名前を変更してください。次回の同期で新しいタイトルがこの端末に反映されます</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountFeedEdits.cpp" line="181"/>
        <source>Tiny Tiny RSS&apos;s API cannot move a feed to another category: move it in Tiny Tiny RSS itself, and the next sync brings the change here</source>
        <translation>Tiny Tiny RSS の API ではフィードを別のカテゴリーに移動できません: Tiny Tiny RSS 自体で移動してください。次回の同期で変更がこの端末に反映されます</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountFeedEdits.cpp" line="198"/>
        <source>that folder is gone from the account %1: sync the account and try again</source>
        <translation>そのフォルダーはアカウント %1 にもうありません: アカウントを同期してから、もう一度お試しください</translation>
    </message>
</context>
<context>
    <name>AccountSync</name>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="25"/>
        <source>the database failed: %1</source>
        <translation>データベースでエラーが発生しました: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="27"/>
        <source>waiting until %1 before asking the service again</source>
        <translation>%1 まで待機してからサービスに再度リクエストします</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="32"/>
        <source>%1 new, %2 updated</source>
        <translation>新規 %1、更新 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/accounts/AccountSync.cpp" line="33"/>
        <source>%n flag(s) set as the service has them</source>
        <translation>
            <numerusform>サービスに合わせて設定したフラグ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/accounts/AccountSync.cpp" line="34"/>
        <source>%n change(s) made here sent</source>
        <translation>
            <numerusform>この端末で行った変更 %n 件を送信</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="37"/>
        <source>feeds: %1 added, %2 removed, %3 renamed, %4 moved</source>
        <translation>フィード: 追加 %1、削除 %2、名前変更 %3、移動 %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/accounts/AccountSync.cpp" line="44"/>
        <source>%n feed change(s) made here sent</source>
        <translation>
            <numerusform>この端末で行ったフィードの変更 %n 件を送信</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="64"/>
        <source>unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="107"/>
        <source>no account %1</source>
        <translation>アカウント %1 はありません</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="372"/>
        <source>unsubscribing from %1: the service answered &quot;%2&quot;; taken as done</source>
        <translation>%1 の購読解除: サービスの応答は「%2」でした。完了したものとみなします</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="375"/>
        <source>renaming a feed to %1: the service answered &quot;%2&quot;; the service&apos;s title stands</source>
        <translation>フィードの名前を %1 に変更: サービスの応答は「%2」でした。サービス側のタイトルをそのまま使います</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="378"/>
        <source>moving %1: the service answered &quot;%2&quot;; the service&apos;s folder stands</source>
        <translation>%1 の移動: サービスの応答は「%2」でした。サービス側のフォルダーをそのまま使います</translation>
    </message>
</context>
<context>
    <name>Cart</name>
    <message>
        <location filename="../app/shop/Cart.cpp" line="36"/>
        <source>out of stock</source>
        <translation>在庫切れ</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="38"/>
        <source>available to pre-order</source>
        <translation>予約受付中</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="40"/>
        <source>on back order</source>
        <translation>入荷待ち</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="41"/>
        <source>in stock</source>
        <translation>在庫あり</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="81"/>
        <source>was %1, now %2</source>
        <translation>以前は %1、現在は %2</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="84"/>
        <source>back in stock</source>
        <translation>再入荷</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="85"/>
        <source>now %1</source>
        <translation>現在は %1</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="97"/>
        <location filename="../app/shop/Cart.cpp" line="186"/>
        <location filename="../app/shop/Cart.cpp" line="237"/>
        <location filename="../app/shop/Cart.cpp" line="268"/>
        <source>The cart could not be saved: %1</source>
        <translation>カートを保存できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="163"/>
        <location filename="../app/shop/Cart.cpp" line="211"/>
        <location filename="../app/shop/Cart.cpp" line="248"/>
        <source>A quantity is a whole number from 1 to %1.</source>
        <translation>数量には 1 から %1 までの整数を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="173"/>
        <source>There is no such product.</source>
        <translation>その商品はありません。</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="180"/>
        <source>%1 is out of stock.</source>
        <translation>%1 は在庫切れです。</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="258"/>
        <location filename="../app/shop/Cart.cpp" line="283"/>
        <location filename="../app/shop/Cart.cpp" line="321"/>
        <source>The cart has no line %1.</source>
        <translation>カートに %1 行目はありません。</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="299"/>
        <source>Nothing to undo.</source>
        <translation>元に戻す操作はありません。</translation>
    </message>
</context>
<context>
    <name>Checkout</name>
    <message>
        <location filename="../app/shop/Checkout.cpp" line="65"/>
        <source>Out of stock at %2: %1. Remove what is out of stock, or wait until it is back, to check out.</source>
        <translation>%2 で在庫切れの商品: %1。購入手続きに進むには、在庫切れの商品を削除するか、再入荷を待ってください。</translation>
    </message>
    <message>
        <location filename="../app/shop/Checkout.cpp" line="77"/>
        <location filename="../app/shop/Checkout.cpp" line="90"/>
        <source>%1 opens its checkout with these items in the cart; you pay on the store&apos;s page.</source>
        <translation>%1 の購入手続きページが、これらの商品をカートに入れた状態で開きます。支払いはストアのページで行います。</translation>
    </message>
    <message>
        <location filename="../app/shop/Checkout.cpp" line="101"/>
        <source>%1 opens one page per product, each adding it to the store&apos;s cart; check out from the store&apos;s cart page.</source>
        <translation>%1 では商品ごとにページが 1 つずつ開き、それぞれの商品がストアのカートに追加されます。購入手続きはストアのカートページから行ってください。</translation>
    </message>
    <message>
        <location filename="../app/shop/Checkout.cpp" line="113"/>
        <source>%1 gives no product pages to check out from.</source>
        <translation>%1 には購入手続きに使える商品ページがありません。</translation>
    </message>
    <message>
        <location filename="../app/shop/Checkout.cpp" line="114"/>
        <source>%1 takes no cart from Tidings: its product pages open, one per product; add each to the store&apos;s cart there (quantities as listed here).</source>
        <translation>%1 は Tidings からカートを受け取れません。商品ページが商品ごとに 1 つずつ開くので、そこで各商品をストアのカートに追加してください (数量はここに表示されているとおりです)。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/CliSupport.h" line="35"/>
        <source>Keep the database in DIR.</source>
        <translation>データベースを DIR に保存します。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="46"/>
        <source>cannot create the data folder %1</source>
        <translation>データフォルダー %1 を作成できません</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="62"/>
        <source>Nothing was changed. What you can do (the damaged file is kept aside, never deleted):
  tidings check                     what SQLite finds wrong with it
</source>
        <translation>何も変更していません。次の方法があります (破損したファイルは退避され、削除されることはありません):
  tidings check                     SQLite が検出した問題を表示します
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="68"/>
        <source>  tidings recover --start-empty     start again with an empty database
</source>
        <translation>  tidings recover --start-empty     空のデータベースで最初からやり直します
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="65"/>
        <source>  tidings recover --restore-backup  go back to the copy made on %1
</source>
        <translation>  tidings recover --restore-backup  %1 に作成されたバックアップコピーに戻します
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
        <translation>使い方: tidings [--data-dir DIR] [COMMAND [ARGS]]

コマンドを指定しないと、Tidings のウィンドウが開きます。

コマンド:
  parse FILE [--url URL] [--kind articles|comments|products]
                     フィード、コメント、商品のドキュメントの内容を JSON として出力します。
  import FILE... [--source NAME] [--url URL] [--kind KIND] [--currency CODE]
  import --demo      ドキュメント (または同梱のデモサイト) をデータベースに保存します。
  search QUERY [--limit N]
                     QUERY に一致する保存済みの記事を、一致度の高い順に表示します。
  stats              データベースに保存されている項目の件数を表示します。
  add URL [--name NAME] [--products URL] [--folder PATH] [--no-refresh]
                     トップページまたはフィードの URL からサイトを追加し、取得します。
  add FEED_URL --account ACCOUNT [--folder PATH]
                     アカウントのサービスで (そのいずれかのフォルダーに) フィードを購読し、同期します。
  sites              サイトとそのフィード、および取得結果を表示します。
  remove SITE        サイトと、そこから保存したすべてのデータを削除します。
  remove FEED [--account ACCOUNT]
                     アカウントのフィード (URL またはタイトルで指定) の購読を解除します: この端末では
                     すぐに、サービスでは次回の同期時に削除されます。
  rename FEED TITLE [--account ACCOUNT]
                     アカウントのフィードの名前を変更します (この端末ではすぐに、サービスでは次回の同期時に)。
  move FEED FOLDER [--account ACCOUNT] | move FEED --no-folder [--account ACCOUNT]
                     アカウントのフィードを、そのいずれかのフォルダーへ (またはフォルダーの外へ) 移動します。
  refresh [SITE]     すべてのフィード (または 1 つのサイトのフィード) を今すぐ取得し、フィードごとに 1 行表示します。
  import-opml FILE   OPML ファイルのフィードを追加します (エラー時は 1 つも追加しません)。
  export-opml [FILE] 記事フィードを OPML として書き出します (FILE を省略すると標準出力へ)。
  comment ARTICLE --name N --email E [--url U] [--reply-to COMMENT] TEXT
                     コメントを書きます。投稿されるまで送信トレイで待機します。
  outbox             まだ公開されていない自分のコメントを表示します。
  sync [--wait S]    送信トレイで待機中のコメントを投稿し、すべてのアカウントを同期します (残りがあるか、
                     同期に失敗したアカウントがあれば終了ステータス 2)。
  thread ARTICLE     記事のコメントスレッドをインデント付きのツリーとして出力します。
  account add ttrss|greader URL --user U [--password-file F | --password-command CMD]
                     フィードサービスのアカウントを追加します (パスワードはこの時点で確認されます)。
  account list       アカウントとその状態、最後の同期を表示します。
  account remove ACCOUNT
                     アカウントを、そのフィードと記事とともに削除します。
  articles [SOURCE] [--unread] [--starred] [--limit N]
                     保存済みの記事を新しい順に表示します: ID、フラグ (U 未読、* スター付き)、
                     日付、タイトル、リンク。
  mark read|unread|star|unstar ARTICLE...
                     ウィンドウと同じようにフラグを変更します (アカウントの記事の変更は同期時に送信されます)。
  products [SITE] [--search Q] [--on-sale] [--in-stock]
                     保存済みの商品を、バリエーションが複数あればバリエーションごとに 1 行で表示します。
  cart               カートの内容: 行、数量、追加後の変更、ストアごとの合計。
  cart add PRODUCT [--variant V] [--quantity N] [--site SITE]
  cart set LINE N | cart remove LINE | cart undo | cart ack [LINE]
                     カートを変更します (PRODUCT と V は tidings products の表示どおりに指定)。
  checkout [SITE] [--print] [--add-to-cart-links]
                     各ストアの購入手続きをカートの内容で開きます (または URL を出力)。
  check              データベースに対して SQLite の整合性チェックを実行し、結果を報告します。
  recover --restore-backup | --start-empty
                     破損したデータベースを退避し、前回のスキーマ更新の前に作成されたバックアップコピーに
                     戻すか、空のデータベースで最初からやり直します。

オプション:
  --data-dir DIR     データベースを DIR に保存します (TIDINGS_DATA_DIR でも指定可)。
  -h, --help         このヘルプを表示します。
  -v, --version      バージョンを表示します。

データフォルダー: %1

終了ステータス: 成功時は 0、使い方の誤りまたは読み込めない入力があった場合は 1、
複数の入力 (refresh ではフィード) の一部が失敗した場合、sync の後も送信待ちのコメントが残っているか
アカウントの同期に失敗した場合、または購入手続き (checkout) が保留された場合は 2。
</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="109"/>
        <source>Print what a document holds, as JSON.</source>
        <translation>ドキュメントの内容を JSON として出力します。</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="111"/>
        <source>The URL the document came from (base for relative links).</source>
        <translation>ドキュメントの取得元 URL (相対リンクの基準になります)。</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="112"/>
        <location filename="../app/cli/Cli.cpp" line="154"/>
        <source>articles, comments or products.</source>
        <translation>articles、comments、products のいずれか。</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="114"/>
        <source>The document to read.</source>
        <translation>読み込むドキュメント。</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="119"/>
        <source>parse takes exactly one FILE (see tidings parse --help)</source>
        <translation>parse には FILE をちょうど 1 つ指定してください (tidings parse --help を参照)</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="124"/>
        <location filename="../app/cli/Cli.cpp" line="171"/>
        <source>unknown --kind %1: use articles, comments or products</source>
        <translation>不明な --kind %1: articles、comments、products のいずれかを指定してください</translation>
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
        <translation>新規 %1、更新 %2、変更なし %3 (サイト: %4)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/Cli.cpp" line="144"/>
        <source>%n comment(s) skipped: their article is not stored</source>
        <translation>
            <numerusform>%n 件のコメントをスキップしました: 対象の記事が保存されていません</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="150"/>
        <source>Parse documents and store what they hold.</source>
        <translation>ドキュメントを解析し、その内容を保存します。</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="151"/>
        <source>The site to file the documents under.</source>
        <translation>ドキュメントを登録するサイト。</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="153"/>
        <source>The URL the document came from.</source>
        <translation>ドキュメントの取得元 URL。</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="156"/>
        <source>Currency of product lists that name none.</source>
        <translation>通貨が記載されていない商品リストに使う通貨。</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="157"/>
        <source>Import the bundled demo site.</source>
        <translation>同梱のデモサイトをインポートします。</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="159"/>
        <source>The documents to import.</source>
        <translation>インポートするドキュメント。</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="164"/>
        <source>import needs at least one FILE, or --demo (see tidings import --help)</source>
        <translation>import には FILE を 1 つ以上、または --demo を指定してください (tidings import --help を参照)</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="166"/>
        <source>--url names one document; import the files one at a time</source>
        <translation>--url は 1 つのドキュメントを指すため、ファイルは 1 つずつインポートしてください</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="185"/>
        <location filename="../app/cli/Cli.cpp" line="187"/>
        <source>demo site: %1</source>
        <translation>デモサイト: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="201"/>
        <source>%1: malformed, recovered what could be read: %2</source>
        <translation>%1: 形式が不正です。読み取れた部分を回復しました: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="212"/>
        <source>Stored articles matching the words, best match first.</source>
        <translation>単語に一致する保存済みの記事を、一致度の高い順に表示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="213"/>
        <source>At most N results (default 20).</source>
        <translation>結果の最大数 N (既定値は 20)。</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="216"/>
        <source>The words to look for.</source>
        <translation>検索する単語。</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="221"/>
        <source>search needs a QUERY</source>
        <translation>search には QUERY を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="225"/>
        <location filename="../app/cli/AccountCommands.cpp" line="472"/>
        <source>--limit takes a positive number</source>
        <translation>--limit には正の数を指定してください</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/Cli.cpp" line="240"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 件一致</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="246"/>
        <source>Counts of what the database holds.</source>
        <translation>データベースに保存されている項目の件数を表示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="254"/>
        <source>sites</source>
        <translation>サイト</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="254"/>
        <source>feeds</source>
        <translation>フィード</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="255"/>
        <source>articles</source>
        <translation>記事</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="255"/>
        <source>unread</source>
        <translation>未読</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="256"/>
        <source>starred</source>
        <translation>スター付き</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="256"/>
        <location filename="../app/cli/SiteCommands.cpp" line="57"/>
        <source>comments</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="257"/>
        <source>products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="257"/>
        <source>variants</source>
        <translation>バリエーション</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="258"/>
        <source>cart lines</source>
        <translation>カートの行</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="258"/>
        <source>outbox pending</source>
        <translation>送信トレイで待機中</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="262"/>
        <source>database: %1</source>
        <translation>データベース: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="311"/>
        <source>unknown option %1 (see tidings --help)</source>
        <translation>不明なオプション %1 (tidings --help を参照)</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="348"/>
        <source>unknown command %1; the commands are %2 (see tidings --help)</source>
        <translation>不明なコマンド %1。使用できるコマンド: %2 (tidings --help を参照)</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="23"/>
        <location filename="../app/cli/AccountCommands.cpp" line="42"/>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="28"/>
        <source>%1 new, %2 updated, %3 unchanged</source>
        <translation>新規 %1、更新 %2、変更なし %3</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="36"/>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="38"/>
        <source>not modified</source>
        <translation>未更新</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="40"/>
        <location filename="../app/cli/CommentCommands.cpp" line="56"/>
        <source>failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="42"/>
        <location filename="../app/cli/SiteCommands.cpp" line="160"/>
        <source>stopped: %1</source>
        <translation>停止: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="62"/>
        <source>Refreshing %1 of %2</source>
        <translation>更新中 (%1/%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="79"/>
        <source>%1 feeds: %2 new, %3 updated, %4 failed</source>
        <translation>フィード %1 件: 新規 %2、更新 %3、失敗 %4</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="92"/>
        <source>Add a site from its home page or a feed URL.</source>
        <translation>トップページまたはフィードの URL からサイトを追加します。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="93"/>
        <source>Call the site NAME.</source>
        <translation>サイト名を NAME にします。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="94"/>
        <source>The site&apos;s Google Merchant product feed.</source>
        <translation>サイトの Google Merchant 商品フィード。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="96"/>
        <source>File the site in a folder.</source>
        <translation>サイトをフォルダーに入れます。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="97"/>
        <source>Do not fetch the feeds now.</source>
        <translation>フィードをすぐには取得しません。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="99"/>
        <source>Subscribe on this account&apos;s service instead.</source>
        <translation>代わりにこのアカウントのサービスで購読します。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="101"/>
        <source>A home page or a feed.</source>
        <translation>トップページまたはフィード。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="105"/>
        <source>add takes one URL (see tidings add --help)</source>
        <translation>add には URL を 1 つ指定してください (tidings add --help を参照)</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="134"/>
        <source>added %1</source>
        <translation>%1 を追加しました</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="138"/>
        <source>WordPress REST API: %1</source>
        <translation>WordPress REST API: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="146"/>
        <source>The sites with their feeds and how fetching them went.</source>
        <translation>サイトとそのフィード、および取得結果を表示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="158"/>
        <source>last fetched %1</source>
        <translation>最終取得: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="162"/>
        <location filename="../app/cli/AccountCommands.cpp" line="176"/>
        <source>last error: %1</source>
        <translation>最後のエラー: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SiteCommands.cpp" line="166"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>サイト %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="172"/>
        <source>Remove a site and everything stored from it, or unsubscribe from an account&apos;s feed (here at once, on its service at the next sync).</source>
        <translation>サイトと、そこから保存したすべてのデータを削除するか、アカウントのフィードの購読を解除します (この端末ではすぐに、サービスでは次回の同期時に)。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="174"/>
        <source>Unsubscribe from this account&apos;s FEED.</source>
        <translation>このアカウントの FEED の購読を解除します。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="178"/>
        <source>The site&apos;s name or home page, or the account feed&apos;s URL or title.</source>
        <translation>サイトの名前かトップページ、またはアカウントのフィードの URL かタイトル。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="183"/>
        <source>remove takes one SITE or FEED (see tidings sites)</source>
        <translation>remove には SITE または FEED を 1 つ指定してください (tidings sites を参照)</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="42"/>
        <source>no site named %1 (see tidings sites)</source>
        <translation>%1 という名前のサイトはありません (tidings sites を参照)</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="197"/>
        <source>removed %1</source>
        <translation>%1 を削除しました</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="203"/>
        <source>Fetch every feed (or one site&apos;s) now.</source>
        <translation>すべてのフィード (または 1 つのサイトのフィード) を今すぐ取得します。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="204"/>
        <source>Only this site.</source>
        <translation>このサイトのみ。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="208"/>
        <source>refresh takes at most one SITE</source>
        <translation>refresh に指定できる SITE は 1 つまでです</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="217"/>
        <source>Add the feeds of an OPML file.</source>
        <translation>OPML ファイルのフィードを追加します。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="218"/>
        <source>The OPML file.</source>
        <translation>OPML ファイル。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="222"/>
        <source>import-opml takes one FILE</source>
        <translation>import-opml には FILE を 1 つ指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="225"/>
        <source>cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="229"/>
        <source>%1: %2; nothing was imported</source>
        <translation>%1: %2。何もインポートされませんでした</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="235"/>
        <source>%1; nothing was imported</source>
        <translation>%1。何もインポートされませんでした</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SiteCommands.cpp" line="236"/>
        <source>imported %n feed(s)</source>
        <translation>
            <numerusform>%n 件のフィードをインポートしました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="242"/>
        <source>Write the article feeds as OPML.</source>
        <translation>記事フィードを OPML として書き出します。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="243"/>
        <source>Where to write (standard output without).</source>
        <translation>出力先 (省略すると標準出力)。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="258"/>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="43"/>
        <source>kept here: the demo site is not on the network</source>
        <translation>ローカルに保持: デモサイトはネットワーク上にありません</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="45"/>
        <source>waiting for the comment it answers to be posted</source>
        <translation>返信先のコメントの投稿を待機中</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="47"/>
        <source>waiting to try again at %1 (%2)</source>
        <translation>%1 に再試行予定 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="48"/>
        <source>waiting for the network</source>
        <translation>ネットワーク接続を待機中</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="50"/>
        <source>posting</source>
        <translation>投稿中</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="52"/>
        <source>posted, awaiting moderation</source>
        <translation>投稿済み、承認待ち</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="54"/>
        <source>published</source>
        <translation>公開済み</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="70"/>
        <source>Write a comment under an article; it is posted by tidings sync (or the app).</source>
        <translation>記事にコメントを書きます。投稿は tidings sync (またはアプリ) が行います。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="71"/>
        <source>Your name, as the site shows it.</source>
        <translation>サイトに表示されるあなたの名前。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="72"/>
        <source>Your email address (never shown publicly).</source>
        <translation>あなたのメールアドレス (公開されません)。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="74"/>
        <source>Your website (optional).</source>
        <translation>あなたのウェブサイト (省略可)。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="77"/>
        <source>The comment you answer: its local id, its URL (...#comment-123), or outbox:ID.</source>
        <translation>返信先のコメント: ローカル ID、URL (...#comment-123)、または outbox:ID。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="80"/>
        <location filename="../app/cli/CommentCommands.cpp" line="207"/>
        <source>The article: its local id or its URL.</source>
        <translation>記事: ローカル ID または URL。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="81"/>
        <source>What you say.</source>
        <translation>コメントの本文。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="86"/>
        <source>comment needs an ARTICLE and the TEXT (see tidings comment --help)</source>
        <translation>comment には ARTICLE と TEXT を指定してください (tidings comment --help を参照)</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="94"/>
        <location filename="../app/cli/CommentCommands.cpp" line="217"/>
        <location filename="../app/cli/AccountCommands.cpp" line="536"/>
        <source>no stored article is %1</source>
        <translation>%1 に該当する保存済みの記事はありません</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="101"/>
        <source>--reply-to outbox:ID takes a number</source>
        <translation>--reply-to outbox:ID の ID には数値を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="105"/>
        <source>no stored comment is %1</source>
        <translation>%1 に該当する保存済みのコメントはありません</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="115"/>
        <source>queued as outbox:%1; tidings sync posts it</source>
        <translation>outbox:%1 として送信トレイに追加しました。tidings sync で投稿されます</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="121"/>
        <source>The comments you wrote that are not published yet.</source>
        <translation>あなたが書いたコメントのうち、まだ公開されていないものを表示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="134"/>
        <source>The outbox is empty.</source>
        <translation>送信トレイは空です。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="141"/>
        <source>Post the comments waiting in the outbox.</source>
        <translation>送信トレイで待機中のコメントを投稿します。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="143"/>
        <source>Wait for later tries (the site asked to wait) up to SECONDS, then exit.</source>
        <translation>サイトから待機を求められた場合、後の再試行を最大 SECONDS 秒待ってから終了します。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="153"/>
        <source>--wait takes a number of seconds</source>
        <translation>--wait には秒数を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="190"/>
        <source>another Tidings is posting the outbox now; try again when it is done</source>
        <translation>別の Tidings が送信トレイのコメントを投稿中です。完了してから再度実行してください</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="194"/>
        <source>%1 posted, %2 failed, %3 waiting</source>
        <translation>投稿 %1、失敗 %2、待機中 %3</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="199"/>
        <source> (next try at %1)</source>
        <translation> (次回の試行: %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="206"/>
        <source>Print an article&apos;s comment thread as an indented tree.</source>
        <translation>記事のコメントスレッドをインデント付きのツリーとして出力します。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="211"/>
        <source>thread takes one ARTICLE</source>
        <translation>thread には ARTICLE を 1 つ指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="221"/>
        <source>Comments are closed.</source>
        <translation>コメントの受付は終了しています。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CommentCommands.cpp" line="230"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>コメント %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="19"/>
        <source>out of stock</source>
        <translation>在庫切れ</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="21"/>
        <source>pre-order</source>
        <translation>予約注文</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="23"/>
        <source>back order</source>
        <translation>入荷待ち</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="24"/>
        <source>in stock</source>
        <translation>在庫あり</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="30"/>
        <source>%1 (regular %2)</source>
        <translation>%1 (通常価格 %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="67"/>
        <source>The cart is empty.</source>
        <translation>カートは空です。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ShopCommands.cpp" line="87"/>
        <source>Total at %1: %2 (%n item(s))</source>
        <translation>
            <numerusform>%1 の合計: %2 (%n 点)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="96"/>
        <source>cart add takes one PRODUCT (see tidings products)</source>
        <translation>cart add には PRODUCT を 1 つ指定してください (tidings products を参照)</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="102"/>
        <source>--quantity takes a whole number from 1 to %1</source>
        <translation>--quantity には 1 から %1 までの整数を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="106"/>
        <source>several stores have a product %1: name the site with --site</source>
        <translation>複数のストアに商品 %1 があります: --site でサイトを指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="108"/>
        <source>no product %1 (see tidings products)</source>
        <translation>商品 %1 はありません (tidings products を参照)</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="114"/>
        <source>product %1 has no variant %2</source>
        <translation>商品 %1 にバリエーション %2 はありません</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="121"/>
        <source>product %1 comes in several variants: choose one with --variant (%2)</source>
        <translation>商品 %1 には複数のバリエーションがあります: --variant で 1 つ選んでください (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="127"/>
        <source>Added to the cart (line %1).</source>
        <translation>カートに追加しました (%1 行目)。</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="136"/>
        <source>List the stored products.</source>
        <translation>保存済みの商品を一覧表示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="137"/>
        <source>Only products matching these words.</source>
        <translation>これらの単語に一致する商品のみ。</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="139"/>
        <source>Only products on sale.</source>
        <translation>セール中の商品のみ。</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="140"/>
        <source>Only products in stock.</source>
        <translation>在庫のある商品のみ。</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="142"/>
        <source>Only this site&apos;s products.</source>
        <translation>このサイトの商品のみ。</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="146"/>
        <source>products takes at most one SITE (see tidings products --help)</source>
        <translation>products に指定できる SITE は 1 つまでです (tidings products --help を参照)</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="187"/>
        <source>No products match.</source>
        <translation>一致する商品はありません。</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="193"/>
        <source>Show or change the cart.</source>
        <translation>カートを表示または変更します。</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="194"/>
        <source>The variant to add.</source>
        <translation>追加するバリエーション。</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="195"/>
        <source>How many to add (1 by default).</source>
        <translation>追加する数量 (既定値は 1)。</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="197"/>
        <source>The store of PRODUCT, when ids clash.</source>
        <translation>ID が重複する場合の PRODUCT のストア。</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="201"/>
        <source>add PRODUCT | set LINE N | remove LINE | undo | ack [LINE]</source>
        <translation>add PRODUCT | set LINE N | remove LINE | undo | ack [LINE]</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="222"/>
        <source>cart set takes a LINE and a quantity from 0 to %1</source>
        <translation>cart set には LINE と 0 から %1 までの数量を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="230"/>
        <source>cart remove takes one LINE (see tidings cart)</source>
        <translation>cart remove には LINE を 1 つ指定してください (tidings cart を参照)</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="233"/>
        <source>Removed line %1 (tidings cart undo brings it back).</source>
        <translation>%1 行目を削除しました (tidings cart undo で元に戻せます)。</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="249"/>
        <source>unknown cart action %1: use add, set, remove, undo or ack</source>
        <translation>不明なカート操作 %1: add、set、remove、undo、ack のいずれかを指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="254"/>
        <source>Hand the cart to each store&apos;s checkout in the browser.</source>
        <translation>ブラウザーで各ストアの購入手続きにカートを渡します。</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="255"/>
        <source>Print the URLs instead of opening them.</source>
        <translation>URL を開かずに出力します。</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="258"/>
        <source>For WooCommerce stores older than 10.0: one add-to-cart link per product.</source>
        <translation>10.0 より古い WooCommerce ストア用: 商品ごとに「カートに追加」リンクを 1 つずつ使います。</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="260"/>
        <source>Only this store&apos;s part of the cart.</source>
        <translation>カートのうち、このストアの分のみ。</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="264"/>
        <source>checkout takes at most one SITE (see tidings checkout --help)</source>
        <translation>checkout に指定できる SITE は 1 つまでです (tidings checkout --help を参照)</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="276"/>
        <source>the cart is empty; add products with tidings cart add</source>
        <translation>カートは空です。tidings cart add で商品を追加してください</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="283"/>
        <source>checkout held back: %1</source>
        <translation>購入手続きを保留しました: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="290"/>
        <source>cannot start a browser for %1</source>
        <translation>%1 を開くブラウザーを起動できません</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="13"/>
        <source>Run SQLite&apos;s integrity check on the database and report what it finds.</source>
        <translation>データベースに対して SQLite の整合性チェックを実行し、見つかった問題を報告します。</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="19"/>
        <source>%1: sound (SQLite&apos;s integrity check found nothing wrong)</source>
        <translation>%1: 正常です (SQLite の整合性チェックで問題は見つかりませんでした)</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="22"/>
        <source>%1 is damaged:</source>
        <translation>%1 は破損しています:</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="31"/>
        <source>Set a damaged database aside and go on from a copy or from an empty database.</source>
        <translation>破損したデータベースを退避し、バックアップコピーまたは空のデータベースから再開します。</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="34"/>
        <source>Start again with an empty database.</source>
        <translation>空のデータベースで最初からやり直します。</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="50"/>
        <source>there is no sound copy of %1 to go back to; tidings recover --start-empty starts again with an empty database</source>
        <translation>戻すことのできる %1 の正常なバックアップコピーがありません。tidings recover --start-empty を実行すると空のデータベースで最初からやり直します</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="61"/>
        <source>the next start begins with an empty database</source>
        <translation>次回の起動時は空のデータベースで始まります</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="33"/>
        <source>Go back to the copy made before the last schema update.</source>
        <translation>前回のスキーマ更新の前に作成されたバックアップコピーに戻します。</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="39"/>
        <source>recover takes one of --restore-backup and --start-empty</source>
        <translation>recover には --restore-backup と --start-empty のどちらか一方を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="43"/>
        <source>%1 is sound: there is nothing to recover</source>
        <translation>%1 は正常です: 復旧するものはありません</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="55"/>
        <source>restored the copy made on %1 (from %2)</source>
        <translation>%1 に作成されたバックアップコピーを復元しました (%2 から)</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="63"/>
        <source>the damaged file is kept as %1</source>
        <translation>破損したファイルは %1 として保管されています</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="65"/>
        <source>Password: </source>
        <translation>パスワード: </translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="97"/>
        <source>account add takes ttrss|greader and the service&apos;s URL (see tidings --help)</source>
        <translation>account add には ttrss|greader とサービスの URL を指定してください (tidings --help を参照)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="100"/>
        <source>unknown service %1: use ttrss or greader</source>
        <translation>不明なサービス %1: ttrss または greader を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="103"/>
        <source>%1 is not an http or https address</source>
        <translation>%1 は http または https のアドレスではありません</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="105"/>
        <source>account add needs --user U</source>
        <translation>account add には --user U を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="107"/>
        <source>give --password-file or --password-command, not both</source>
        <translation>--password-file と --password-command はどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="122"/>
        <source>no password on standard input: type it, pipe it in, or give --password-file F or --password-command CMD</source>
        <translation>標準入力にパスワードがありません: 入力するか、パイプで渡すか、--password-file F または --password-command CMD を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="138"/>
        <source>added account %1 (%2 at %3 as %4); tidings sync fetches its feeds</source>
        <translation>アカウント %1 を追加しました (%3 の %2、ユーザー %4)。tidings sync でフィードが取得されます</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="169"/>
        <source>user %1</source>
        <translation>ユーザー %1</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="171"/>
        <source>state: %1; last sync: %2</source>
        <translation>状態: %1、最後の同期: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AccountCommands.cpp" line="172"/>
        <source>%n feed(s)</source>
        <translation>
            <numerusform>フィード %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AccountCommands.cpp" line="173"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>記事 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AccountCommands.cpp" line="174"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>送信待ちの変更 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="178"/>
        <source>next try: %1</source>
        <translation>次回の試行: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="181"/>
        <source>no accounts (tidings account add ttrss|greader URL --user U)</source>
        <translation>アカウントはありません (tidings account add ttrss|greader URL --user U)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="364"/>
        <location filename="../app/cli/AccountCommands.cpp" line="371"/>
        <location filename="../app/cli/AccountCommands.cpp" line="413"/>
        <source>account %1: %2</source>
        <translation>アカウント %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="196"/>
        <location filename="../app/cli/AccountCommands.cpp" line="381"/>
        <location filename="../app/cli/AccountCommands.cpp" line="448"/>
        <source>no account %1 (see tidings account list)</source>
        <translation>アカウント %1 はありません (tidings account list を参照)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="221"/>
        <source>no account&apos;s feed is %1 (give its URL or title; see tidings sites)</source>
        <translation>%1 に該当するアカウントのフィードはありません (URL またはタイトルを指定してください。tidings sites を参照)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="222"/>
        <source>the account %1 has no feed %2 (give its URL or title; see tidings sites)</source>
        <translation>アカウント %1 にフィード %2 はありません (URL またはタイトルを指定してください。tidings sites を参照)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="228"/>
        <source>%1 (%2, account %3)</source>
        <translation>%1 (%2、アカウント %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AccountCommands.cpp" line="229"/>
        <source>%1 names %n feed(s): %2; give its URL, or --account ACCOUNT</source>
        <translation>
            <numerusform>%1 に該当するフィードが %n 件あります: %2。URL を指定するか、--account ACCOUNT を指定してください</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="237"/>
        <source>account %1 sends it to the service at the next sync (tidings sync)</source>
        <translation>アカウント %1 が次回の同期 (tidings sync) でサービスに送信します</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="247"/>
        <source>no site or account&apos;s feed is named %1 (see tidings sites)</source>
        <translation>%1 という名前のサイトまたはアカウントのフィードはありません (tidings sites を参照)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="253"/>
        <source>unsubscribed from %1 (%2) with its articles; %3</source>
        <translation>%1 (%2) の購読を解除し、その記事を削除しました。%3</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="271"/>
        <source>Rename an account&apos;s feed, here and on its service (at the next sync).</source>
        <translation>アカウントのフィードの名前を変更します (この端末ではすぐに、サービスでは次回の同期時に)。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="272"/>
        <location filename="../app/cli/AccountCommands.cpp" line="301"/>
        <source>The feed is this account&apos;s.</source>
        <translation>対象のフィードはこのアカウントのものです。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="275"/>
        <location filename="../app/cli/AccountCommands.cpp" line="305"/>
        <source>The feed&apos;s URL or its title.</source>
        <translation>フィードの URL またはタイトル。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="276"/>
        <source>Its new title.</source>
        <translation>新しいタイトル。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="281"/>
        <source>rename takes FEED and TITLE (see tidings rename --help)</source>
        <translation>rename には FEED と TITLE を指定してください (tidings rename --help を参照)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="283"/>
        <source>a feed&apos;s title cannot be empty</source>
        <translation>フィードのタイトルは空にできません</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="292"/>
        <source>renamed %1 to %2; %3</source>
        <translation>%1 の名前を %2 に変更しました。%3</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="299"/>
        <source>Move an account&apos;s feed to one of its folders, here and on its service (at the next sync).</source>
        <translation>アカウントのフィードを、そのアカウントのいずれかのフォルダーへ移動します (この端末ではすぐに、サービスでは次回の同期時に)。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="303"/>
        <source>Take the feed out of its folder.</source>
        <translation>フィードをフォルダーから出します。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="306"/>
        <source>One of the account&apos;s folders, by its title.</source>
        <translation>アカウントのいずれかのフォルダー (タイトルで指定)。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="313"/>
        <source>give FOLDER or --no-folder, not both</source>
        <translation>FOLDER と --no-folder はどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="315"/>
        <source>move takes FEED and FOLDER, or FEED --no-folder (see tidings move --help)</source>
        <translation>move には FEED と FOLDER、または FEED と --no-folder を指定してください (tidings move --help を参照)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="335"/>
        <location filename="../app/cli/AccountCommands.cpp" line="390"/>
        <source>the account %1 has no folder %2 (make it on the service, then sync)</source>
        <translation>アカウント %1 にフォルダー %2 はありません (サービスで作成してから同期してください)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="341"/>
        <source>moved %1 out of its folder; %2</source>
        <translation>%1 をフォルダーの外へ移動しました。%2</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="342"/>
        <source>moved %1 to %2; %3</source>
        <translation>%1 を %2 へ移動しました。%3</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="406"/>
        <source>kept %1 on %2: its unsubscribe had not been sent</source>
        <translation>%2 で %1 の購読を維持しました: 購読解除はまだ送信されていませんでした</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="410"/>
        <source>subscribed to %1 on %2</source>
        <translation>%2 で %1 を購読しました</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="419"/>
        <source>Add, list or remove accounts with a feed service.</source>
        <translation>フィードサービスのアカウントを追加、一覧表示、削除します。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="420"/>
        <source>The user name on the service.</source>
        <translation>サービスでのユーザー名。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="422"/>
        <source>A file holding the password, readable only by you.</source>
        <translation>パスワードを保存したファイル (自分だけが読み取れるもの)。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="424"/>
        <source>A command that prints the password.</source>
        <translation>パスワードを出力するコマンド。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="425"/>
        <source>Call the account NAME (default USER@HOST).</source>
        <translation>アカウント名を NAME にします (既定値は USER@HOST)。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="428"/>
        <source>add ttrss|greader URL | list | remove ACCOUNT</source>
        <translation>add ttrss|greader URL | list | remove ACCOUNT</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="437"/>
        <source>account takes add, list or remove (see tidings --help)</source>
        <translation>account には add、list、remove のいずれかを指定してください (tidings --help を参照)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="444"/>
        <source>account remove takes one ACCOUNT (its name or id, see tidings account list)</source>
        <translation>account remove には ACCOUNT (名前または ID、tidings account list を参照) を 1 つ指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="451"/>
        <source>removed account %1 with its feeds and articles</source>
        <translation>アカウント %1 を、そのフィードと記事とともに削除しました</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="457"/>
        <source>List stored articles, newest first.</source>
        <translation>保存済みの記事を新しい順に一覧表示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="458"/>
        <source>Only unread articles.</source>
        <translation>未読の記事のみ。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="459"/>
        <source>Only starred articles.</source>
        <translation>スター付きの記事のみ。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="460"/>
        <source>At most N articles (default 50).</source>
        <translation>記事の最大数 N (既定値は 50)。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="463"/>
        <source>A site or an account (its name).</source>
        <translation>サイトまたはアカウント (その名前)。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="468"/>
        <source>articles takes at most one SOURCE</source>
        <translation>articles に指定できる SOURCE は 1 つまでです</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="483"/>
        <source>no site or account %1 (see tidings sites, tidings account list)</source>
        <translation>サイトまたはアカウント %1 はありません (tidings sites、tidings account list を参照)</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="517"/>
        <source>Mark articles read, unread, starred or not, as the window does.</source>
        <translation>ウィンドウと同じように、記事を既読、未読、スター付き、スターなしにします。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="518"/>
        <source>read, unread, star or unstar.</source>
        <translation>read、unread、star、unstar のいずれか。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="519"/>
        <source>Local ids or the articles&apos; URLs.</source>
        <translation>ローカル ID または記事の URL。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="526"/>
        <source>mark takes read, unread, star or unstar and at least one ARTICLE</source>
        <translation>mark には read、unread、star、unstar のいずれかと、ARTICLE を 1 つ以上指定してください</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AccountCommands.cpp" line="550"/>
        <source>%n article(s) marked</source>
        <translation>
            <numerusform>記事 %n 件のフラグを変更しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommentDelegate</name>
    <message numerus="yes">
        <location filename="../ui/ThreadView.cpp" line="280"/>
        <source>▸ %n reply(ies) hidden</source>
        <translation>
            <numerusform>▸ 非表示の返信 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="148"/>
        <location filename="../ui/ThreadView.cpp" line="349"/>
        <source>Reply</source>
        <translation>返信</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="116"/>
        <source>new</source>
        <translation>新着</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="118"/>
        <source>yours</source>
        <translation>自分</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="123"/>
        <source>↳ in reply to %1</source>
        <translation>↳ %1 への返信</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="150"/>
        <location filename="../ui/ThreadView.cpp" line="351"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="153"/>
        <location filename="../ui/ThreadView.cpp" line="352"/>
        <source>Cancel</source>
        <comment>discard a comment that waits in the outbox</comment>
        <translation>取り消し</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="220"/>
        <source>Collapse the replies (left or -)</source>
        <translation>返信を折りたたむ (左キーまたは -)</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="221"/>
        <source>Show the replies (right or +)</source>
        <translation>返信を表示 (右キーまたは +)</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="236"/>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
</context>
<context>
    <name>CommentText</name>
    <message>
        <location filename="../ui/CommentText.cpp" line="17"/>
        <source>kept here: the demo site is not on the network</source>
        <translation>ローカルに保持: デモサイトはネットワーク上にありません</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="20"/>
        <source>waiting to try again at %1</source>
        <translation>%1 に再試行予定</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="21"/>
        <source>waiting to try again at %1 (%2)</source>
        <translation>%1 に再試行予定 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="24"/>
        <source>waiting for the comment it answers to be posted</source>
        <translation>返信先のコメントの投稿を待機中</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="25"/>
        <source>waiting to be posted</source>
        <translation>投稿待ち</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="25"/>
        <source>waiting for the network</source>
        <translation>ネットワーク接続を待機中</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="27"/>
        <source>posting…</source>
        <translation>投稿中…</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="29"/>
        <source>posted, awaiting moderation</source>
        <translation>投稿済み、承認待ち</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="31"/>
        <source>published</source>
        <translation>公開済み</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="33"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="33"/>
        <source>failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/Database.cpp" line="64"/>
        <source>cannot open the database %1: %2</source>
        <translation>データベース %1 を開けません: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="69"/>
        <source>the database %1 is damaged: %2</source>
        <translation>データベース %1 は破損しています: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="110"/>
        <source>the disk is full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="113"/>
        <source>the database file is damaged (%1)</source>
        <translation>データベースファイルが破損しています (%1)</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="147"/>
        <source>the SQLite driver gave no connection handle</source>
        <translation>SQLite ドライバーが接続ハンドルを返しませんでした</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="175"/>
        <source>cannot configure the database %1: %2</source>
        <translation>データベース %1 を設定できません: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="186"/>
        <source>%1 is not a Tidings database: %2</source>
        <translation>%1 は Tidings のデータベースではありません: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="193"/>
        <source>%1 was written by a newer Tidings (schema %2; this version knows up to %3). Update Tidings to open it.</source>
        <translation>%1 は新しいバージョンの Tidings で書き込まれています (スキーマ %2。このバージョンが対応しているのは %3 までです)。開くには Tidings を更新してください。</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="211"/>
        <source>cannot copy the database aside before updating it: %1</source>
        <translation>更新前にデータベースのバックアップコピーを作成できません: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="220"/>
        <source>migration %1 is missing from this build</source>
        <translation>このビルドにはマイグレーション %1 が含まれていません</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="229"/>
        <source>cannot update the database to schema %1: %2</source>
        <translation>データベースをスキーマ %1 に更新できません: %2</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <location filename="../models/DateText.cpp" line="27"/>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/DateText.cpp" line="30"/>
        <source>%n min ago</source>
        <extracomment>A short relative time in lists: &quot;5 min ago&quot;</extracomment>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/DateText.cpp" line="32"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/DateText.cpp" line="37"/>
        <source>yesterday</source>
        <translation>昨日</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/DateText.cpp" line="39"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 日前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/DateText.cpp" line="49"/>
        <source>%1, %2</source>
        <extracomment>A date and a time of day: &quot;Sunday, 29 November 2026, 21:15&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>DocumentParser</name>
    <message>
        <location filename="../app/parse/DocumentParser.cpp" line="134"/>
        <source>document too large: over %1 MB</source>
        <translation>ドキュメントが大きすぎます: %1 MB を超えています</translation>
    </message>
    <message>
        <location filename="../app/parse/DocumentParser.cpp" line="140"/>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>有効な JSON ではありません: オフセット %2 で %1</translation>
    </message>
    <message>
        <location filename="../app/parse/DocumentParser.cpp" line="149"/>
        <source>not a feed: JSON that is neither a JSON Feed, WordPress comments nor a product list</source>
        <translation>フィードではありません: JSON Feed、WordPress のコメント、商品リストのいずれでもない JSON です</translation>
    </message>
    <message>
        <location filename="../app/parse/DocumentParser.cpp" line="159"/>
        <source>cannot read the document</source>
        <translation>ドキュメントを読み込めません</translation>
    </message>
    <message>
        <location filename="../app/parse/DocumentParser.cpp" line="221"/>
        <source>cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <location filename="../app/parse/JsonFormats.cpp" line="99"/>
        <source>no JSON Feed version</source>
        <translation>JSON Feed のバージョンが指定されていません</translation>
    </message>
    <message>
        <location filename="../app/parse/JsonFormats.cpp" line="100"/>
        <source>unknown JSON Feed version %1</source>
        <translation>不明な JSON Feed のバージョン %1</translation>
    </message>
</context>
<context>
    <name>GReaderClient</name>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="297"/>
        <source>no complete answer within %L1 s</source>
        <translation>%L1 秒以内に応答を最後まで受信できませんでした</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="302"/>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="310"/>
        <source>the answer is larger than %1 MB</source>
        <translation>応答が %1 MB を超えています</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="345"/>
        <source>The service&apos;s answer to %1 could not be read: %2.</source>
        <translation>%1 に対するサービスの応答を読み込めませんでした: %2。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="348"/>
        <source>Cannot reach the service at %1: %2.</source>
        <translation>%1 のサービスに接続できません: %2。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="353"/>
        <source>The service asks Tidings to wait %n second(s) before asking again.</source>
        <translation>
            <numerusform>サービスから、次のリクエストまで %n 秒待つよう求められました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="355"/>
        <source>The service says it had too many requests; Tidings waits before asking again.</source>
        <translation>リクエストが多すぎるとサービスから通知されました。Tidings は待機してから再度リクエストします。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="359"/>
        <source>The service has a problem (it answered %1 to %2); Tidings tries again later.</source>
        <translation>サービスで問題が発生しています (%2 に対する応答: %1)。Tidings は後で再試行します。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="364"/>
        <source>The service refused the user name or password. FreshRSS and Miniflux want the API password set in their settings, not the password of the web page.</source>
        <translation>サービスがユーザー名またはパスワードを拒否しました。FreshRSS と Miniflux では、ウェブページのパスワードではなく、それぞれの設定画面で設定した API パスワードが必要です。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="368"/>
        <source>The service refused the request (%1).</source>
        <translation>サービスがリクエストを拒否しました (%1)。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="371"/>
        <source>%1 does not answer as a Google Reader API service. For FreshRSS the address ends in /api/greader.php.</source>
        <translation>%1 は Google Reader API のサービスとして応答しません。FreshRSS の場合、アドレスの末尾は /api/greader.php です。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="376"/>
        <source>The service&apos;s answer to %1 could not be read; Tidings tries again later.</source>
        <translation>%1 に対するサービスの応答を読み込めませんでした。Tidings は後で再試行します。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="424"/>
        <source>The service at %1 has API access switched off. In FreshRSS, an administrator allows it under Administration, Authentication; each user then sets an API password in the profile.</source>
        <translation>%1 のサービスでは API アクセスが無効になっています。FreshRSS では、管理者が「管理」の「認証」で API アクセスを許可し、その後各ユーザーがプロフィールで API パスワードを設定します。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="790"/>
        <source>The service has no feed %1 to move.</source>
        <translation>サービスに移動対象のフィード %1 がありません。</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../app/storage/Importer.cpp" line="97"/>
        <source>cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Importer.cpp" line="156"/>
        <source>Unnamed site</source>
        <translation>名前のないサイト</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/Importer.cpp" line="195"/>
        <source>%n item(s) stored before that</source>
        <translation>
            <numerusform>それまでに %n 件の項目を保存しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <location filename="../app/sync/accounts/Keychain.cpp" line="87"/>
        <source>The keychain holds no password for %1.</source>
        <translation>キーチェーンに %1 のパスワードが保存されていません。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Keychain.cpp" line="95"/>
        <source>No keychain service is running (Secret Service or KWallet); use --password-file or --password-command to give the password.</source>
        <translation>キーチェーンサービス (Secret Service または KWallet) が実行されていません。--password-file または --password-command でパスワードを指定してください。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Keychain.cpp" line="99"/>
        <source>The keychain refused access (is it locked?): %1</source>
        <translation>キーチェーンがアクセスを拒否しました (ロックされていませんか？): %1</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Keychain.cpp" line="100"/>
        <source>The keychain failed: %1</source>
        <translation>キーチェーンでエラーが発生しました: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/accounts/Keychain.cpp" line="144"/>
        <source>The keychain did not answer within %n second(s); it may be waiting to be unlocked.</source>
        <translation>
            <numerusform>キーチェーンが %n 秒以内に応答しませんでした。ロック解除を待っている可能性があります。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Keychain.cpp" line="181"/>
        <source>The keychain was closed before it answered.</source>
        <translation>キーチェーンが応答する前に閉じられました。</translation>
    </message>
</context>
<context>
    <name>Opml</name>
    <message>
        <location filename="../app/sync/Opml.cpp" line="23"/>
        <source>not an OPML file: it starts with &lt;%1&gt;</source>
        <translation>OPML ファイルではありません: &lt;%1&gt; で始まっています</translation>
    </message>
    <message>
        <location filename="../app/sync/Opml.cpp" line="47"/>
        <source>line %1: %2 is not a web address</source>
        <translation>%1 行目: %2 はウェブアドレスではありません</translation>
    </message>
    <message>
        <location filename="../app/sync/Opml.cpp" line="66"/>
        <source>the OPML file is broken at line %1: %2</source>
        <translation>OPML ファイルの %1 行目が壊れています: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/Opml.cpp" line="71"/>
        <source>not an OPML file: no &lt;opml&gt; with a &lt;body&gt;</source>
        <translation>OPML ファイルではありません: &lt;body&gt; を含む &lt;opml&gt; がありません</translation>
    </message>
    <message>
        <location filename="../app/sync/Opml.cpp" line="87"/>
        <source>Tidings subscriptions</source>
        <translation>Tidings の購読フィード</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="169"/>
        <source>Please give your name.</source>
        <translation>名前を入力してください。</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="174"/>
        <source>Please give an email address such as name@example.com.</source>
        <translation>name@example.com のようなメールアドレスを入力してください。</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="180"/>
        <source>The website must be an http or https address.</source>
        <translation>ウェブサイトには http または https のアドレスを指定してください。</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="185"/>
        <source>The comment is empty.</source>
        <translation>コメントが空です。</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="189"/>
        <source>The comment is too long: at most %1 characters.</source>
        <translation>コメントが長すぎます: %1 文字以内にしてください。</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="203"/>
        <source>No such article.</source>
        <translation>その記事はありません。</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="208"/>
        <source>Comments are closed for this article.</source>
        <translation>この記事へのコメントの受付は終了しています。</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="212"/>
        <source>A comment answers one comment, not two.</source>
        <translation>1 つのコメントで返信できるのは 1 つのコメントだけです。</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="223"/>
        <source>You have written this comment here already.</source>
        <translation>このコメントはすでにここに書き込まれています。</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="241"/>
        <source>The comment it answers is not under this article.</source>
        <translation>返信先のコメントはこの記事のものではありません。</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="260"/>
        <source>This comment has been sent already and can no longer be changed.</source>
        <translation>このコメントはすでに送信されたため、変更できません。</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="274"/>
        <source>This comment has been sent already and can no longer be cancelled.</source>
        <translation>このコメントはすでに送信されたため、取り消せません。</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="350"/>
        <source>The comment was changed or cancelled meanwhile.</source>
        <translation>その間にコメントが変更されたか、取り消されました。</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="134"/>
        <source>No keychain is available; give the account a password file or command (--password-file or --password-command).</source>
        <translation>キーチェーンを利用できません。アカウントにパスワードファイルまたはパスワードコマンドを指定してください (--password-file または --password-command)。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="158"/>
        <source>The password file %1 does not exist.</source>
        <translation>パスワードファイル %1 が存在しません。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="160"/>
        <location filename="../app/sync/accounts/Passwords.cpp" line="172"/>
        <location filename="../app/sync/accounts/Passwords.cpp" line="200"/>
        <source>The password file %1 cannot be read: %2.</source>
        <translation>パスワードファイル %1 を読み込めません: %2。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="175"/>
        <source>The password file %1 is not a regular file.</source>
        <translation>パスワードファイル %1 は通常のファイルではありません。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="178"/>
        <source>The password file %1 belongs to another user; only a file of your own is trusted.</source>
        <translation>パスワードファイル %1 の所有者は別のユーザーです。信頼されるのは自分が所有するファイルだけです。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="186"/>
        <source>The password file %1 is open to other users (permissions %2); only its owner may have access to it. Make it private with: chmod 600 %3</source>
        <translation>パスワードファイル %1 は他のユーザーもアクセスできます (パーミッション %2)。所有者だけがアクセスできるようにする必要があります。次のコマンドで非公開にしてください: chmod 600 %3</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="209"/>
        <source>The first line of the password file %1 is empty.</source>
        <translation>パスワードファイル %1 の 1 行目が空です。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="253"/>
        <source>The password command could not be started: %1.</source>
        <translation>パスワードコマンドを起動できませんでした: %1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/accounts/Passwords.cpp" line="263"/>
        <source>The password command `%1` did not finish within %n second(s).</source>
        <translation>
            <numerusform>パスワードコマンド `%1` が %n 秒以内に終了しませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="264"/>
        <source>The password command `%1` did not finish in time.</source>
        <translation>パスワードコマンド `%1` が時間内に終了しませんでした。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="267"/>
        <source>It said: %1</source>
        <translation>エラー出力: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="277"/>
        <source>The password command `%1` was killed.</source>
        <translation>パスワードコマンド `%1` が強制終了されました。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="278"/>
        <source>The password command `%1` was killed: %2</source>
        <translation>パスワードコマンド `%1` が強制終了されました: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="285"/>
        <source>The password command `%1` failed (exit status %2) and printed no error.</source>
        <translation>パスワードコマンド `%1` が失敗しました (終了ステータス %2)。エラーは出力されませんでした。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="287"/>
        <source>The password command `%1` failed (exit status %2): %3</source>
        <translation>パスワードコマンド `%1` が失敗しました (終了ステータス %2): %3</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="293"/>
        <source>The password command `%1` printed no password.</source>
        <translation>パスワードコマンド `%1` はパスワードを出力しませんでした。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="294"/>
        <source>The password command `%1` printed no password: %2</source>
        <translation>パスワードコマンド `%1` はパスワードを出力しませんでした: %2</translation>
    </message>
</context>
<context>
    <name>ShopQueries</name>
    <message>
        <location filename="../app/storage/ShopQueries.cpp" line="77"/>
        <source>back in stock</source>
        <translation>再入荷</translation>
    </message>
    <message>
        <location filename="../app/storage/ShopQueries.cpp" line="79"/>
        <source>price drop</source>
        <translation>値下げ</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../app/storage/DemoSite.cpp" line="55"/>
        <source>bundled with Tidings; never fetched</source>
        <translation>Tidings に同梱。取得は行いません</translation>
    </message>
    <message>
        <location filename="../app/storage/Sources.cpp" line="191"/>
        <source>a site needs a name</source>
        <translation>サイトには名前が必要です</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../app/storage/Store.cpp" line="297"/>
        <source>an article vanished while it was being stored</source>
        <translation>保存中に記事が見つからなくなりました</translation>
    </message>
</context>
<context>
    <name>StoreRecovery</name>
    <message>
        <location filename="../app/storage/StoreRecovery.cpp" line="40"/>
        <location filename="../app/storage/StoreRecovery.cpp" line="96"/>
        <source>there is no database at %1</source>
        <translation>%1 にデータベースがありません</translation>
    </message>
    <message>
        <location filename="../app/storage/StoreRecovery.cpp" line="104"/>
        <location filename="../app/storage/StoreRecovery.cpp" line="109"/>
        <source>cannot move %1 aside to %2</source>
        <translation>%1 を %2 に退避できません</translation>
    </message>
    <message>
        <location filename="../app/storage/StoreRecovery.cpp" line="120"/>
        <source>the copy %1 is damaged too</source>
        <translation>バックアップコピー %1 も破損しています</translation>
    </message>
    <message>
        <location filename="../app/storage/StoreRecovery.cpp" line="127"/>
        <source>cannot copy %1 to %2</source>
        <translation>%1 を %2 にコピーできません</translation>
    </message>
</context>
<context>
    <name>TtRssClient</name>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="167"/>
        <source>no complete answer within %L1 s</source>
        <translation>%L1 秒以内に応答を最後まで受信できませんでした</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="197"/>
        <source>Tiny Tiny RSS at %1 sent an answer larger than %2; it was not read</source>
        <translation>%1 の Tiny Tiny RSS から %2 を超える応答が送信されたため、読み込みませんでした</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="203"/>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="234"/>
        <source>Cannot reach %1: %2</source>
        <translation>%1 に接続できません: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="207"/>
        <source>%1 asks to wait before the next request</source>
        <translation>%1 から、次のリクエストまで待つよう求められました</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="213"/>
        <source>%1 has a problem and could not answer (%2)</source>
        <translation>%1 で問題が発生しているため、応答がありませんでした (%2)</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="221"/>
        <source>The web server at %1 asks for a password of its own before Tiny Tiny RSS (%2); Tidings cannot log in through it</source>
        <translation>%1 のウェブサーバーが Tiny Tiny RSS より先に独自のパスワードを要求しています (%2)。Tidings はこれを通過してログインすることはできません</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="228"/>
        <source>There is no Tiny Tiny RSS at %1 (%2): is the address right?</source>
        <translation>%1 に Tiny Tiny RSS がありません (%2): アドレスは正しいですか？</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="245"/>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="298"/>
        <source>The answer at %1 is not from Tiny Tiny RSS: is the address right?</source>
        <translation>%1 の応答は Tiny Tiny RSS からのものではありません: アドレスは正しいですか？</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="249"/>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="389"/>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="492"/>
        <source>Tiny Tiny RSS at %1 sent an answer that cannot be read</source>
        <translation>%1 の Tiny Tiny RSS から読み込めない応答が送信されました</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="265"/>
        <source>Tiny Tiny RSS at %1 does not accept this user name and password</source>
        <translation>%1 の Tiny Tiny RSS はこのユーザー名とパスワードを受け付けません</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="268"/>
        <source>API access is switched off for %1: turn on &quot;Enable API&quot; in Tiny Tiny RSS&apos;s Preferences, then try again</source>
        <translation>%1 では API アクセスが無効になっています: Tiny Tiny RSS の設定 (Preferences) で &quot;Enable API&quot; をオンにしてから、もう一度お試しください</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="273"/>
        <source>Tiny Tiny RSS at %1 ended the session at once, even after logging in again</source>
        <translation>%1 の Tiny Tiny RSS が、再ログイン後もすぐにセッションを終了しました</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="276"/>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="601"/>
        <source>Tiny Tiny RSS has no such feed</source>
        <translation>Tiny Tiny RSS にそのフィードはありません</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="279"/>
        <source>This Tiny Tiny RSS cannot do this (it does not know &quot;%1&quot;)</source>
        <translation>この Tiny Tiny RSS ではこの操作を実行できません (&quot;%1&quot; に対応していません)</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="282"/>
        <source>Tiny Tiny RSS refused the request: %1</source>
        <translation>Tiny Tiny RSS がリクエストを拒否しました: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="282"/>
        <source>no reason given</source>
        <translation>理由は示されていません</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="561"/>
        <source>Tiny Tiny RSS subscribed to %1 but did not say to which feed</source>
        <translation>Tiny Tiny RSS は %1 を購読しましたが、どのフィードになったかを通知しませんでした</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="565"/>
        <source>Tiny Tiny RSS does not accept %1 as a feed address</source>
        <translation>Tiny Tiny RSS は %1 をフィードのアドレスとして受け付けません</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="568"/>
        <source>%1 is a web page that names no feed</source>
        <translation>%1 はフィードを示していないウェブページです</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="579"/>
        <source>%1 is a web page that names several feeds; subscribe to one of them: %2</source>
        <translation>%1 は複数のフィードを示すウェブページです。そのうちの 1 つを購読してください: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="585"/>
        <source>Tiny Tiny RSS could not fetch %1: %2</source>
        <translation>Tiny Tiny RSS は %1 を取得できませんでした: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="589"/>
        <source>Tiny Tiny RSS did not subscribe to %1 (its code %2)</source>
        <translation>Tiny Tiny RSS は %1 を購読しませんでした (コード %2)</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="612"/>
        <source>Tiny Tiny RSS&apos;s API cannot rename a feed: rename it in Tiny Tiny RSS itself</source>
        <translation>Tiny Tiny RSS の API ではフィードの名前を変更できません: Tiny Tiny RSS 自体で名前を変更してください</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="620"/>
        <source>Tiny Tiny RSS&apos;s API cannot move a feed to another category: move it in Tiny Tiny RSS itself</source>
        <translation>Tiny Tiny RSS の API ではフィードを別のカテゴリーに移動できません: Tiny Tiny RSS 自体で移動してください</translation>
    </message>
</context>
<context>
    <name>WatchList</name>
    <message>
        <location filename="../app/shop/WatchList.cpp" line="15"/>
        <source>%1: back in stock, now %2 (was %3)</source>
        <translation>%1: 再入荷、現在 %2 (以前は %3)</translation>
    </message>
    <message>
        <location filename="../app/shop/WatchList.cpp" line="18"/>
        <source>%1: back in stock</source>
        <translation>%1: 再入荷</translation>
    </message>
    <message>
        <location filename="../app/shop/WatchList.cpp" line="19"/>
        <source>%1: now %2 (was %3)</source>
        <translation>%1: 現在 %2 (以前は %3)</translation>
    </message>
</context>
<context>
    <name>XmlFeedParser</name>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="130"/>
        <source>not a feed: got an HTML page</source>
        <translation>フィードではありません: HTML ページを受信しました</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="131"/>
        <source>not a feed: the document is &lt;%1&gt;</source>
        <translation>フィードではありません: ドキュメントは &lt;%1&gt; です</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="769"/>
        <source>cannot read the document</source>
        <translation>ドキュメントを読み込めません</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="783"/>
        <source>white space before the XML declaration</source>
        <translation>XML 宣言の前に空白があります</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="799"/>
        <source>uses the HTML entity &amp;%1; without declaring it</source>
        <translation>HTML エンティティ &amp;%1; が宣言なしで使われています</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="803"/>
        <location filename="../app/parse/XmlFeedParser.cpp" line="808"/>
        <source>empty document</source>
        <translation>空のドキュメント</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="805"/>
        <source>line %1, column %2</source>
        <translation>%1 行 %2 列</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="811"/>
        <source>the document ends before it is complete (%1)</source>
        <translation>ドキュメントが途中で終わっています (%1)</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="819"/>
        <location filename="../app/parse/XmlFeedParser.cpp" line="834"/>
        <source>not well-formed XML: %1 (%2)</source>
        <translation>整形式の XML ではありません: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="836"/>
        <source>kept what came before line %1</source>
        <translation>%1 行目より前の部分を保持しました</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="840"/>
        <source>not a feed: %1 (%2)</source>
        <translation>フィードではありません: %1 (%2)</translation>
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
        <translation>%1、最後の同期: %2</translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="95"/>
        <source>%1 as %2</source>
        <translation>%1 (ユーザー %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/AccountListModel.cpp" line="96"/>
        <source>%n feed(s)</source>
        <translation>
            <numerusform>フィード %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/AccountListModel.cpp" line="96"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>記事 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/AccountListModel.cpp" line="97"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>送信待ちの変更 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="99"/>
        <source>Last error: %1</source>
        <translation>最後のエラー: %1</translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="119"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="121"/>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="123"/>
        <source>State</source>
        <translation>状態</translation>
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
            <numerusform>コメント %n 件、前回スレッドを読んでからの新着 %1 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/ArticleListModel.cpp" line="78"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>コメント %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/ArticleListModel.cpp" line="115"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../models/ArticleListModel.cpp" line="117"/>
        <source>Site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <location filename="../models/ArticleListModel.cpp" line="119"/>
        <source>Author</source>
        <translation>著者</translation>
    </message>
    <message>
        <location filename="../models/ArticleListModel.cpp" line="121"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../models/ArticleListModel.cpp" line="123"/>
        <source>Comments</source>
        <translation>コメント</translation>
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
        <translation>在庫切れ</translation>
    </message>
    <message>
        <location filename="../models/CartModel.cpp" line="249"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../models/CartModel.cpp" line="251"/>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <location filename="../models/CartModel.cpp" line="253"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../models/CartModel.cpp" line="255"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../models/CartModel.cpp" line="257"/>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
</context>
<context>
    <name>tidings::CommentSender</name>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="78"/>
        <source>the server answered %1</source>
        <translation>サーバーの応答: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="83"/>
        <source>the site says comments are coming too quickly; trying again later</source>
        <translation>コメントの投稿間隔が短すぎるとサイトから通知されました。後で再試行します</translation>
    </message>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="144"/>
        <source>comments are closed for this article</source>
        <translation>この記事へのコメントの受付は終了しています</translation>
    </message>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="156"/>
        <source>the site takes comments only from registered users</source>
        <translation>このサイトは登録ユーザーからのコメントのみ受け付けています</translation>
    </message>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="235"/>
        <source>The site takes no comments on this article (closed, or too old).</source>
        <translation>このサイトはこの記事へのコメントを受け付けていません (受付終了、または記事が古すぎます)。</translation>
    </message>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="257"/>
        <source>the article&apos;s page cannot be read: %1</source>
        <translation>記事のページを読み込めません: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="264"/>
        <source>the site takes no comments on this article (closed, or too old)</source>
        <translation>このサイトはこの記事へのコメントを受け付けていません (受付終了、または記事が古すぎます)</translation>
    </message>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="268"/>
        <source>the article&apos;s page does not say which post it is</source>
        <translation>記事のページから投稿を特定できません</translation>
    </message>
</context>
<context>
    <name>tidings::DamagedStoreDialog</name>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="13"/>
        <source>Damaged Database</source>
        <translation>データベースの破損</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="14"/>
        <source>Tidings cannot read its database: the file is damaged.</source>
        <translation>Tidings はデータベースを読み込めません: ファイルが破損しています。</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="15"/>
        <source>%1

Nothing has been changed yet. Whatever you choose, the damaged file is kept beside the new one, renamed, and never deleted, so it can still be rescued.</source>
        <translation>%1

まだ何も変更していません。どれを選んでも、破損したファイルは名前を変えて新しいファイルと同じ場所に保管され、削除されることはありません。そのため、後からでも中身を救出できます。</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="20"/>
        <source>Tidings copied the database on %1, before a database update. Going back to that copy loses what was stored after it: refreshing the sites fetches their articles again, but read marks, drafts and the cart from after that day are not in it.</source>
        <translation>Tidings はデータベースの更新の前に、%1 にデータベースのバックアップコピーを作成しました。そのコピーに戻すと、それ以降に保存された内容は失われます。サイトを更新すれば記事は再取得されますが、その日以降の既読の状態、下書き、カートの内容はコピーに含まれていません。</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="25"/>
        <source>&amp;Restore the Copy</source>
        <translation>バックアップコピーを復元(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="27"/>
        <source>Go back to the copy made on %1</source>
        <translation>%1 に作成されたバックアップコピーに戻します</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="29"/>
        <source>There is no earlier copy to go back to.</source>
        <translation>戻すことのできる以前のバックアップコピーはありません。</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="32"/>
        <source>Database: %1</source>
        <translation>データベース: %1</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="33"/>
        <source>&amp;Start with an Empty Database</source>
        <translation>空のデータベースで開始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="35"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>tidings::Fetcher</name>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="25"/>
        <source>timed out after %1 s</source>
        <translation>%1 秒でタイムアウトしました</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="27"/>
        <source>the server refused the connection</source>
        <translation>サーバーが接続を拒否しました</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="29"/>
        <source>the server closed the connection before sending everything</source>
        <translation>サーバーがすべてのデータを送信する前に接続を閉じました</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="31"/>
        <source>cannot find the server %1</source>
        <translation>サーバー %1 が見つかりません</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="33"/>
        <source>the secure connection failed: %1</source>
        <translation>セキュア接続に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="35"/>
        <source>too many redirects</source>
        <translation>リダイレクトが多すぎます</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="37"/>
        <source>refused a redirect from HTTPS to HTTP</source>
        <translation>HTTPS から HTTP へのリダイレクトを拒否しました</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="46"/>
        <source>the network is not available</source>
        <translation>ネットワークを利用できません</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="201"/>
        <source>the compressed response expands beyond the size limit of %1 MB; it was not read</source>
        <translation>圧縮された応答は展開するとサイズの上限 %1 MB を超えるため、読み込みませんでした</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="232"/>
        <source>redirected to %1, which is not a web address</source>
        <translation>Web アドレスではない %1 にリダイレクトされました</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="234"/>
        <source>refused a redirect from HTTPS to HTTP (%1)</source>
        <translation>HTTPS から HTTP へのリダイレクトを拒否しました (%1)</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="190"/>
        <source>the response is larger than %1 MB; it was not read</source>
        <translation>応答が %1 MB を超えているため、読み込みませんでした</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="41"/>
        <source>the compressed response is damaged (%1)</source>
        <translation>圧縮された応答が破損しています (%1)</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="156"/>
        <source>no complete response within %L1 s: the server sends too slowly</source>
        <translation>%L1 秒以内に応答を最後まで受信できませんでした: サーバーの送信が遅すぎます</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="203"/>
        <source>the response is larger than %1 MB; it was cut off</source>
        <translation>応答が %1 MB を超えているため、途中で切り捨てました</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="236"/>
        <source>the server redirects in a loop (%1 leads back to %2)</source>
        <translation>サーバーのリダイレクトがループしています (%1 から %2 に戻ります)</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="239"/>
        <source>too many redirects (more than %1); the last went to %2</source>
        <translation>リダイレクトが多すぎます (%1 回を超えています)。最後のリダイレクト先: %2</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="280"/>
        <source>the server says the feed is gone (410 Gone); it is no longer fetched</source>
        <translation>フィードは削除されたとサーバーから通知されました (410 Gone)。今後は取得しません</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="59"/>
        <source>server said %1 %2</source>
        <translation>サーバーの応答: %1 %2</translation>
    </message>
</context>
<context>
    <name>tidings::OutboxService</name>
    <message>
        <location filename="../app/sync/OutboxService.cpp" line="61"/>
        <source>Whether the site takes comments could not be stored.</source>
        <translation>サイトがコメントを受け付けているかどうかを保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>tidings::OutboxSync</name>
    <message>
        <location filename="../app/sync/OutboxSync.cpp" line="198"/>
        <source>the site takes no comments from Tidings this way</source>
        <translation>このサイトは、この方法での Tidings からのコメントを受け付けていません</translation>
    </message>
</context>
<context>
    <name>tidings::ProductListModel</name>
    <message>
        <location filename="../models/ProductListModel.cpp" line="61"/>
        <source>%1, by %2</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>tidings::RefreshEngine</name>
    <message>
        <location filename="../app/sync/RefreshEngine.cpp" line="164"/>
        <source>no site named %1 (see tidings sites)</source>
        <translation>%1 という名前のサイトはありません (tidings sites を参照)</translation>
    </message>
    <message>
        <location filename="../app/sync/RefreshEngine.cpp" line="318"/>
        <source>postponed: the server asked to wait until %1</source>
        <translation>延期: サーバーから %1 まで待つよう求められました</translation>
    </message>
    <message>
        <location filename="../app/sync/RefreshEngine.cpp" line="409"/>
        <location filename="../app/sync/RefreshEngine.cpp" line="724"/>
        <source>malformed: %1</source>
        <translation>形式が不正: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/RefreshEngine.cpp" line="441"/>
        <location filename="../app/sync/RefreshEngine.cpp" line="511"/>
        <source>(asked to wait %n second(s))</source>
        <translation>
            <numerusform>(%n 秒待つよう求められました)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/RefreshEngine.cpp" line="456"/>
        <location filename="../app/sync/RefreshEngine.cpp" line="466"/>
        <location filename="../app/sync/RefreshEngine.cpp" line="665"/>
        <location filename="../app/sync/RefreshEngine.cpp" line="709"/>
        <source>page %1: %2</source>
        <translation>%1 ページ目: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/RefreshEngine.cpp" line="485"/>
        <location filename="../app/sync/RefreshEngine.cpp" line="557"/>
        <source>reading comments from the site: %1</source>
        <translation>サイトからのコメントの読み込み: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/RefreshEngine.cpp" line="551"/>
        <source>not a feed of articles</source>
        <translation>記事のフィードではありません</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/RefreshEngine.cpp" line="573"/>
        <source>comments of %n article(s) found on the site</source>
        <translation>
            <numerusform>サイトで記事 %n 件のコメントが見つかりました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidings::RemoteImages</name>
    <message>
        <location filename="../app/net/RemoteImages.cpp" line="84"/>
        <source>the image is larger than %1</source>
        <translation>画像のサイズが %1 を超えています</translation>
    </message>
    <message>
        <location filename="../app/net/RemoteImages.cpp" line="104"/>
        <source>the image is too large to show (%1 × %2)</source>
        <translation>画像が大きすぎて表示できません (%1 × %2)</translation>
    </message>
    <message>
        <location filename="../app/net/RemoteImages.cpp" line="111"/>
        <source>not an image that can be shown: %1</source>
        <translation>表示できる画像ではありません: %1</translation>
    </message>
</context>
<context>
    <name>tidings::SiteDiscovery</name>
    <message>
        <location filename="../app/net/Discovery.cpp" line="163"/>
        <source>not a web address: %1</source>
        <translation>ウェブアドレスではありません: %1</translation>
    </message>
    <message>
        <location filename="../app/net/Discovery.cpp" line="172"/>
        <source>no answer from %1</source>
        <translation>%1 から応答がありません</translation>
    </message>
    <message>
        <location filename="../app/net/Discovery.cpp" line="201"/>
        <source>no feed found on %1: it announces none</source>
        <translation>%1 にフィードが見つかりません: フィードが示されていません</translation>
    </message>
    <message>
        <location filename="../app/net/Discovery.cpp" line="230"/>
        <source>the feeds %1 announces could not be read</source>
        <translation>%1 が示すフィードを読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../app/net/Discovery.cpp" line="261"/>
        <source>the product feed %1: %2</source>
        <translation>商品フィード %1: %2</translation>
    </message>
    <message>
        <location filename="../app/net/Discovery.cpp" line="266"/>
        <source>%1 is not a product feed</source>
        <translation>%1 は商品フィードではありません</translation>
    </message>
</context>
<context>
    <name>tidings::SourceTreeModel</name>
    <message>
        <location filename="../models/SourceTreeModel.cpp" line="214"/>
        <source>All articles</source>
        <translation>すべての記事</translation>
    </message>
    <message>
        <location filename="../models/SourceTreeModel.cpp" line="214"/>
        <location filename="../models/SourceTreeModel.cpp" line="275"/>
        <source>Unread</source>
        <translation>未読</translation>
    </message>
    <message>
        <location filename="../models/SourceTreeModel.cpp" line="214"/>
        <source>Starred</source>
        <translation>スター付き</translation>
    </message>
    <message>
        <location filename="../models/SourceTreeModel.cpp" line="228"/>
        <source>An account with a feed service: its feeds and marks sync with the service (File ▸ Accounts…)</source>
        <translation>フィードサービスのアカウント: フィードと既読・スターの状態がサービスと同期されます (ファイル ▸ アカウント…)</translation>
    </message>
    <message>
        <location filename="../models/SourceTreeModel.cpp" line="235"/>
        <source>A folder of %1</source>
        <translation>%1 のフォルダー</translation>
    </message>
    <message>
        <location filename="../models/SourceTreeModel.cpp" line="275"/>
        <source>Source</source>
        <translation>ソース</translation>
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
        <translation>アカウントはもう存在しません。</translation>
    </message>
</context>
<context>
    <name>tidings::ui::AboutDialog</name>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="127"/>
        <source>About Tidings</source>
        <translation>Tidings について</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="132"/>
        <source>&lt;h2&gt;Tidings %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Tidings %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="134"/>
        <source>Reads a publisher&apos;s site, its comments and its shop, and keeps them to read offline.</source>
        <translation>パブリッシャーのサイト、そのコメントとショップを読み込み、オフラインでも読めるように保存します。</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="138"/>
        <source>Free software under the GNU General Public License, version 3 or later: you may use, study, share and change it. It comes with no warranty.</source>
        <translation>GNU 一般公衆ライセンス (GPL) バージョン 3 以降の下で配布されるフリーソフトウェアです。自由に使用、研究、共有、改変できます。一切の保証はありません。</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="143"/>
        <source>Your data (back up this folder to keep it):</source>
        <translation>あなたのデータ (失わないように、このフォルダーをバックアップしてください):</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="148"/>
        <source>Data folder</source>
        <translation>データフォルダー</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="149"/>
        <source>The folder that holds the database and the image cache</source>
        <translation>データベースと画像キャッシュを保存しているフォルダー</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="150"/>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Qt %1 でビルド、Qt %2 で動作中。</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="156"/>
        <source>&amp;Open Data Folder</source>
        <translation>データフォルダーを開く(&amp;O)</translation>
    </message>
</context>
<context>
    <name>tidings::ui::AccountsPage</name>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="39"/>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="40"/>
        <source>S&amp;ync Now</source>
        <translation>今すぐ同期(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="41"/>
        <source>Change &amp;Password…</source>
        <translation>パスワードを変更(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="56"/>
        <source>Sync subscriptions and read and starred articles with a feed service you also use on other devices. Comment threads and products still come from each site.</source>
        <translation>購読と、既読・スター付きの記事を、他のデバイスでも使っているフィードサービスと同期します。コメントスレッドと商品は、これまでどおり各サイトから取得します。</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="60"/>
        <source>A&amp;dd Account…</source>
        <translation>アカウントを追加(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="85"/>
        <source>The password of %1 was not changed: %2</source>
        <translation>%1 のパスワードは変更されませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="90"/>
        <source>The new password of %1 is kept until Tidings quits: no keychain runs on this desktop.</source>
        <translation>%1 の新しいパスワードは Tidings が終了するまでの間だけ保持されます: このデスクトップではキーチェーンが実行されていません。</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="93"/>
        <source>The new password of %1 is in the keychain; syncing…</source>
        <translation>%1 の新しいパスワードをキーチェーンに保存しました。同期中…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="99"/>
        <source>%1 synced: %2</source>
        <translation>%1 を同期しました: %2</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="99"/>
        <source>%1 could not sync: %2</source>
        <translation>%1 を同期できませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="121"/>
        <source>This account&apos;s password comes from a file or a command: change it there.</source>
        <translation>このアカウントのパスワードはパスワードファイルまたはパスワードコマンドから取得されます: そちらで変更してください。</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="124"/>
        <source>No accounts yet.</source>
        <translation>アカウントはまだありません。</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="140"/>
        <source>No keychain runs on this desktop, so Tidings keeps the password of %1 only until it quits and asks for it once each time it starts. A password file or command avoids that.</source>
        <translation>このデスクトップではキーチェーンが実行されていないため、Tidings は %1 のパスワードを終了するまでしか保持せず、起動するたびに 1 回パスワードを尋ねます。パスワードファイルまたはパスワードコマンドを使うと、これを避けられます。</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="143"/>
        <source>Added %1; its feeds and articles arrive with its first sync.</source>
        <translation>%1 を追加しました。フィードと記事は最初の同期で取得されます。</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="159"/>
        <source>Remove the account %1 from Tidings? Its feeds and articles go from this computer; nothing changes on the service.</source>
        <translation>アカウント %1 を Tidings から削除しますか？ そのフィードと記事はこのコンピューターから削除されますが、サービス側では何も変更されません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AccountsPage.cpp" line="164"/>
        <source>%n change(s) made here have not reached the service yet and would be lost.</source>
        <translation>
            <numerusform>この端末で行った変更 %n 件がまだサービスに届いておらず、削除すると失われます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="167"/>
        <location filename="../ui/AccountsPage.cpp" line="178"/>
        <source>Remove Account</source>
        <translation>アカウントを削除</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="179"/>
        <source>The account could not be removed: %1</source>
        <translation>アカウントを削除できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="199"/>
        <source>Syncing…</source>
        <translation>同期中…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="212"/>
        <source>Change Password</source>
        <translation>パスワードを変更</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="213"/>
        <source>The new password of %1 at %2 (Tidings checks it with the service first):</source>
        <translation>%2 のユーザー %1 の新しいパスワード (Tidings は先にサービスに確認します):</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="225"/>
        <source>Checking with the service…</source>
        <translation>サービスに確認しています…</translation>
    </message>
</context>
<context>
    <name>tidings::ui::AddAccountDialog</name>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="240"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="242"/>
        <location filename="../ui/AccountsPage.cpp" line="306"/>
        <source>&amp;Command:</source>
        <translation>コマンド(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="247"/>
        <source>Add Account</source>
        <translation>アカウントを追加</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="249"/>
        <source>Tiny Tiny RSS</source>
        <translation>Tiny Tiny RSS</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="250"/>
        <source>Google Reader API (FreshRSS, Miniflux, Inoreader…)</source>
        <translation>Google Reader API (FreshRSS、Miniflux、Inoreader…)</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="266"/>
        <source>&amp;Service:</source>
        <translation>サービス(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="267"/>
        <source>A&amp;ddress:</source>
        <translation>アドレス(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="268"/>
        <source>&amp;User:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="256"/>
        <source>The desktop&apos;s keychain</source>
        <translation>デスクトップのキーチェーン</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="257"/>
        <source>A file only I can read</source>
        <translation>自分だけが読み取れるファイル</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="258"/>
        <source>What a command prints</source>
        <translation>コマンドの出力</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="269"/>
        <source>Password &amp;kept in:</source>
        <translation>パスワードの保存場所(&amp;K):</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="274"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="276"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
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
        <translation>ファイル(&amp;F):</translation>
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
        <translation>user@host</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="354"/>
        <source>Name the file that holds the password.</source>
        <translation>パスワードを保存したファイルを指定してください。</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="355"/>
        <source>Give the command that prints the password.</source>
        <translation>パスワードを出力するコマンドを指定してください。</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="358"/>
        <source>Checking with the service…</source>
        <translation>サービスに確認しています…</translation>
    </message>
</context>
<context>
    <name>tidings::ui::ArticleView</name>
    <message>
        <location filename="../ui/ArticleView.cpp" line="243"/>
        <source>Open the original</source>
        <translation>元の記事を開く</translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="189"/>
        <source>Welcome to Tidings</source>
        <translation>Tidings へようこそ</translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="31"/>
        <source>Article</source>
        <translation>記事</translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="32"/>
        <source>The article chosen in the list; space pages down, o opens the original</source>
        <translation>リストで選択した記事。スペースキーでページ送り、o で元の記事を開きます</translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="190"/>
        <source>What you see is The Patch Bay, a made-up tech site that comes with Tidings, so there is something to read, comments to follow and a shop to look at. It is never fetched.</source>
        <translation>ここに表示されているのは The Patch Bay です。Tidings に付属する架空のテクノロジーサイトで、読む記事、追いかけるコメント、見て回るショップを用意しています。このサイトが取得されることはありません。</translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="192"/>
        <source>To read a real site, choose File ▸ Add Site… (%1) and type its address, such as example.com. Tidings finds its feeds, its comment threads and its shop by itself, and keeps everything on this computer, so it reads offline too.</source>
        <translation>実際のサイトを読むには、ファイル ▸ サイトを追加… (%1) を選んで、example.com のようなアドレスを入力します。Tidings がフィード、コメントスレッド、ショップを自動的に見つけ、すべてをこのコンピューターに保存するので、オフラインでも読めます。</translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="196"/>
        <source>Move through articles with j and k, page with the space bar, star with s, open the original with o, and search with /.</source>
        <translation>j と k で記事を移動、スペースキーでページ送り、s でスターを付け、o で元の記事を開き、/ で検索できます。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ArticleView.cpp" line="231"/>
        <source>%n image(s) from the web not loaded, to keep what you read private.</source>
        <translation>
            <numerusform>プライバシー保護のため、ウェブ上の画像 %n 件を読み込んでいません。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="233"/>
        <source>Show images</source>
        <translation>画像を表示</translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="234"/>
        <source>Always show images</source>
        <translation>常に画像を表示</translation>
    </message>
</context>
<context>
    <name>tidings::ui::CartPane</name>
    <message>
        <location filename="../ui/CartPane.cpp" line="44"/>
        <source>Your cart is empty. Add products from the Shop tab.</source>
        <translation>カートは空です。「ショップ」タブから商品を追加してください。</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="49"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="50"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="51"/>
        <source>&amp;Accept Changes</source>
        <translation>変更を了承(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="52"/>
        <source>Check &amp;Out</source>
        <translation>購入手続きへ(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="62"/>
        <location filename="../ui/CartPane.cpp" line="120"/>
        <source>Cart</source>
        <translation>カート</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="64"/>
        <source>The products in your cart; edit a quantity in place (0 removes the line), Delete removes it</source>
        <translation>カート内の商品。数量はその場で編集できます (0 で行を削除)。Delete キーで行を削除します</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="65"/>
        <source>Totals</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="77"/>
        <source>Open each store&apos;s checkout in your browser with these items. Tidings never asks for payment details.</source>
        <translation>各ストアの購入手続きページを、これらの商品を入れた状態でブラウザーで開きます。Tidings が支払い情報を尋ねることはありません。</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="79"/>
        <source>I have seen the new prices and availability</source>
        <translation>新しい価格と在庫状況を確認しました</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="106"/>
        <source>Added %1 to the cart.</source>
        <translation>%1 をカートに追加しました。</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="108"/>
        <source>Removed %1 from the cart.</source>
        <translation>%1 をカートから削除しました。</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="121"/>
        <source>Remove the chosen line</source>
        <translation>選択した行を削除</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="126"/>
        <source>Undo the removal</source>
        <translation>削除を元に戻す</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="180"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="190"/>
        <source>Prices or availability changed since you added some items; see Changes.</source>
        <translation>一部の商品で、追加後に価格または在庫状況が変わりました。「変更」を確認してください。</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="209"/>
        <source>Could not open %1 in the browser.</source>
        <translation>ブラウザーで %1 を開けませんでした。</translation>
    </message>
</context>
<context>
    <name>tidings::ui::CommentsPanel</name>
    <message>
        <location filename="../ui/CommentsPanel.cpp" line="29"/>
        <source>Comment count</source>
        <translation>コメント数</translation>
    </message>
    <message>
        <location filename="../ui/CommentsPanel.cpp" line="76"/>
        <source>Comments</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location filename="../ui/CommentsPanel.cpp" line="126"/>
        <source>No comments yet</source>
        <translation>コメントはまだありません</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CommentsPanel.cpp" line="126"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>コメント %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CommentsPanel.cpp" line="128"/>
        <source>%n new</source>
        <translation>
            <numerusform>新着 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CommentsPanel.cpp" line="157"/>
        <location filename="../ui/CommentsPanel.cpp" line="164"/>
        <source>Cancel comment</source>
        <translation>コメントの取り消し</translation>
    </message>
    <message>
        <location filename="../ui/CommentsPanel.cpp" line="158"/>
        <source>Cancel this comment? It has not been sent, and its text will be gone.</source>
        <translation>このコメントを取り消しますか？ まだ送信されていないため、本文は失われます。</translation>
    </message>
</context>
<context>
    <name>tidings::ui::Composer</name>
    <message>
        <location filename="../ui/Composer.cpp" line="47"/>
        <source>Write a comment…</source>
        <translation>コメントを書く…</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="56"/>
        <location filename="../ui/Composer.cpp" line="298"/>
        <source>Post</source>
        <translation>投稿</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="57"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="67"/>
        <location filename="../ui/Composer.cpp" line="297"/>
        <source>Cancel reply</source>
        <translation>返信をキャンセル</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="76"/>
        <source>Your name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="77"/>
        <source>you@example.org</source>
        <translation>you@example.org</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="78"/>
        <source>https:// (optional)</source>
        <translation>https:// (省略可)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="79"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="80"/>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="81"/>
        <source>Website</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="82"/>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="83"/>
        <source>Never shown publicly</source>
        <translation>公開されません</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="84"/>
        <source>Optional</source>
        <translation>省略可</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="85"/>
        <source>Blank lines separate paragraphs; Ctrl+Return posts</source>
        <translation>空行で段落を区切ります。Ctrl+Return で投稿します</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="86"/>
        <source>Opens the form to comment on the article</source>
        <translation>記事にコメントするためのフォームを開きます</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="87"/>
        <source>Your comment. Blank lines separate paragraphs.</source>
        <translation>コメント本文。空行で段落を区切ります。</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="93"/>
        <source>never shown publicly</source>
        <translation>公開されません</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="103"/>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="105"/>
        <source>E&amp;mail</source>
        <translation>メール(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="108"/>
        <source>&amp;Website</source>
        <translation>ウェブサイト(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="114"/>
        <source>Post (Ctrl+Return)</source>
        <translation>投稿 (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="118"/>
        <source>Post the comment (or save the change)</source>
        <translation>コメントを投稿 (または変更を保存)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="123"/>
        <source>Comment form</source>
        <translation>コメントフォーム</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="149"/>
        <source>Comment status</source>
        <translation>コメントの状態</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="271"/>
        <source>Comments are closed for this article.</source>
        <translation>この記事へのコメントの受付は終了しています。</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="272"/>
        <source>Comments are closed: %1</source>
        <translation>コメントの受付は終了しています: %1</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="292"/>
        <source>Changing your comment before it is sent</source>
        <translation>送信前のコメントを編集しています</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="293"/>
        <source>Stop changing</source>
        <translation>編集をやめる</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="294"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="296"/>
        <source>Replying to %1</source>
        <translation>%1 への返信</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="296"/>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="399"/>
        <source>This comment has been sent already and can no longer be changed.</source>
        <translation>このコメントはすでに送信されたため、変更できません。</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="441"/>
        <source>The draft could not be saved: %1. The text is still here; it is saved as soon as that is possible again.</source>
        <translation>下書きを保存できませんでした: %1。テキストはここに残っています。再び保存できるようになり次第、保存されます。</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="447"/>
        <source>The draft is saved again.</source>
        <translation>下書きを再び保存しました。</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="483"/>
        <source>Saved your changes.</source>
        <translation>変更を保存しました。</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="522"/>
        <source>Saved; kept here: the demo site is not on the network.</source>
        <translation>保存しました。デモサイトはネットワーク上にないため、ローカルに保持します。</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="523"/>
        <source>Saved; posting now.</source>
        <translation>保存しました。これから投稿します。</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="524"/>
        <source>Saved; it will be posted when you are online.</source>
        <translation>保存しました。オンラインになると投稿されます。</translation>
    </message>
</context>
<context>
    <name>tidings::ui::InThisArticle</name>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="296"/>
        <source>&lt;b&gt;In this article&lt;/b&gt;</source>
        <translation>&lt;b&gt;この記事の商品&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="341"/>
        <source>(was %1)</source>
        <translation>(以前は %1)</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="343"/>
        <source>Out of stock</source>
        <translation>在庫切れ</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="345"/>
        <source>Show %1 in the shop</source>
        <translation>ショップで %1 を表示</translation>
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
        <translation>Tidings のデータフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="96"/>
        <source>&amp;News</source>
        <translation>ニュース(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97"/>
        <source>&amp;Shop</source>
        <translation>ショップ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169"/>
        <source>&amp;Refresh All</source>
        <translation>すべて更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175"/>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="130"/>
        <source>Refresh problems</source>
        <translation>更新の問題</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>&amp;Add Site…</source>
        <translation>サイトを追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="173"/>
        <source>&amp;Mark All Read</source>
        <translation>すべて既読にする(&amp;M)</translation>
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
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="190"/>
        <source>Acc&amp;ounts…</source>
        <translation>アカウント(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="193"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="197"/>
        <source>&amp;Comments</source>
        <translation>コメント(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="199"/>
        <source>&amp;Outbox…</source>
        <translation>送信トレイ(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="199"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <source>Search &amp;Products</source>
        <translation>商品を検索(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="206"/>
        <source>Show &amp;Cart</source>
        <translation>カートを表示(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="206"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208"/>
        <source>Check &amp;Out</source>
        <translation>購入手続きへ(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="213"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="216"/>
        <source>&amp;About Tidings</source>
        <translation>Tidings について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="217"/>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="219"/>
        <source>Main</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225"/>
        <source>Added %1; fetching it now.</source>
        <translation>%1 を追加しました。これから取得します。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>Could not add the site: %1</source>
        <translation>サイトを追加できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="257"/>
        <source>Comments you wrote that are not published yet (Comments ▸ Outbox…)</source>
        <translation>まだ公開されていない自分のコメント (コメント ▸ 送信トレイ…)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="261"/>
        <source>%n comment(s) waiting</source>
        <translation>
            <numerusform>待機中のコメント %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="305"/>
        <source>Syncing %1…</source>
        <translation>%1 を同期中…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="351"/>
        <source>Subscribed to %1.</source>
        <translation>%1 を購読しました。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="352"/>
        <source>Could not subscribe to %1: %2</source>
        <translation>%1 を購読できませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="365"/>
        <source>Password for %1</source>
        <translation>%1 のパスワード</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="366"/>
        <source>No keychain holds the password of %1 at %2. Type it to sync the account; Tidings keeps it only until it quits.</source>
        <translation>%2 のユーザー %1 のパスワードを保存しているキーチェーンがありません。アカウントを同期するにはパスワードを入力してください。Tidings はパスワードを終了するまでの間だけ保持します。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="382"/>
        <source>Account %1: %2</source>
        <translation>アカウント %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="400"/>
        <source>Add Site</source>
        <translation>サイトを追加</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="401"/>
        <source>The address of a site&apos;s home page or of one of its feeds:</source>
        <translation>サイトのトップページまたはフィードのアドレス:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="405"/>
        <source>Looking at %1…</source>
        <translation>%1 を調べています…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="452"/>
        <source>Tidings cannot open its database: %1</source>
        <translation>Tidings のデータベースを開けません: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="519"/>
        <source>Damaged Database</source>
        <translation>データベースの破損</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="523"/>
        <source>The damaged database is kept as %1.</source>
        <translation>破損したデータベースは %1 として保管されています。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="576"/>
        <source>Watched products</source>
        <translation>ウォッチ中の商品</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="471"/>
        <source>Welcome! This is a demo site, so there is something to read.</source>
        <translation>ようこそ！ すぐに読めるように、デモサイトを用意しています。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="81"/>
        <location filename="../ui/MainWindow.cpp" line="590"/>
        <source>Ca&amp;rt (%1)</source>
        <translation>カート(&amp;R) (%1)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="98"/>
        <source>Ca&amp;rt</source>
        <translation>カート(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201"/>
        <source>Sho&amp;p</source>
        <translation>ショップ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="321"/>
        <source>Changes not sent yet: %1</source>
        <translation>変更をまだサービスに送信できていません: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="381"/>
        <source>Account %1: %2 (the new password goes in File ▸ Accounts… ▸ Change Password…)</source>
        <translation>アカウント %1: %2 (新しいパスワードを Tidings に渡すには、ファイル ▸ アカウント… ▸ パスワードを変更… を選んでください)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="536"/>
        <source>Refreshing %1 of %2</source>
        <translation>更新中 (%1/%2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="537"/>
        <source>Refreshing %1 of %2: %3</source>
        <translation>更新中 (%1/%2): %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="549"/>
        <source>%n feed(s) could not be refreshed</source>
        <translation>
            <numerusform>%n 件のフィードを更新できませんでした</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidings::ui::NewsPane</name>
    <message>
        <location filename="../ui/NewsPane.cpp" line="104"/>
        <source>Sources</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="106"/>
        <source>All articles, unread, starred, then each site and its feeds, with unread counts</source>
        <translation>すべての記事、未読、スター付き、続いて各サイトとそのフィード (未読数付き)</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="107"/>
        <source>Articles</source>
        <translation>記事</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="108"/>
        <source>The articles of the chosen source, newest first; unread ones in bold. j and k move, m toggles read, s the star</source>
        <translation>選択したソースの記事 (新しい順)。未読の記事は太字で表示されます。j と k で移動、m で既読/未読、s でスターを切り替えます</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="110"/>
        <location filename="../ui/NewsPane.cpp" line="187"/>
        <source>Search articles</source>
        <translation>記事を検索</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="111"/>
        <source>Searches titles, authors and text as you type</source>
        <translation>入力に合わせてタイトル、著者、本文を検索します</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="113"/>
        <source>Search articles (/)</source>
        <translation>記事を検索 (/)</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="151"/>
        <source>Select an article to read it.</source>
        <translation>読む記事を選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="170"/>
        <source>News</source>
        <translation>ニュース</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="179"/>
        <source>Next article</source>
        <translation>次の記事</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="180"/>
        <source>Previous article</source>
        <translation>前の記事</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="181"/>
        <source>Toggle read</source>
        <translation>既読/未読を切り替え</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="182"/>
        <source>Toggle starred</source>
        <translation>スターを切り替え</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="183"/>
        <source>Open the original in the browser</source>
        <translation>元の記事をブラウザーで開く</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="184"/>
        <source>Page down; at the end, the next unread article</source>
        <translation>ページ送り (末尾では次の未読記事へ)</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="185"/>
        <source>Show this article&apos;s images</source>
        <translation>この記事の画像を表示</translation>
    </message>
</context>
<context>
    <name>tidings::ui::OutboxDialog</name>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="39"/>
        <source>Nothing waits: every comment you wrote is published.</source>
        <translation>待機中のコメントはありません。書いたコメントはすべて公開されています。</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="40"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="41"/>
        <source>&amp;Cancel Comment</source>
        <translation>コメントを取り消す(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="42"/>
        <source>&amp;Try Now</source>
        <translation>今すぐ再試行(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="43"/>
        <source>&amp;Go to Article</source>
        <translation>記事へ移動(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="45"/>
        <source>Outbox</source>
        <translation>送信トレイ</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="47"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="47"/>
        <source>Article</source>
        <translation>記事</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="47"/>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="47"/>
        <source>Written</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="49"/>
        <source>Comments not yet published</source>
        <translation>まだ公開されていないコメント</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="50"/>
        <source>Each comment you wrote that is not published yet, with its state</source>
        <translation>まだ公開されていない自分のコメントとその状態</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="128"/>
        <source>To %1: %2</source>
        <translation>%1 への返信: %2</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="128"/>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="184"/>
        <location filename="../ui/OutboxDialog.cpp" line="191"/>
        <source>Cancel comment</source>
        <translation>コメントの取り消し</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="185"/>
        <source>Cancel this comment? It has not been sent, and its text will be gone.</source>
        <translation>このコメントを取り消しますか？ まだ送信されていないため、本文は失われます。</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="203"/>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="216"/>
        <location filename="../ui/OutboxDialog.cpp" line="229"/>
        <source>Change comment</source>
        <translation>コメントの編集</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="216"/>
        <source>Your comment under “%1”:</source>
        <translation>「%1」へのあなたのコメント:</translation>
    </message>
</context>
<context>
    <name>tidings::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/Preferences.cpp" line="54"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="56"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="59"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="60"/>
        <source>at once</source>
        <translation>すぐに</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="63"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="64"/>
        <source>system</source>
        <translation>システム既定</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="66"/>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="66"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="66"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="68"/>
        <source>Ask for each article</source>
        <translation>記事ごとに確認</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="68"/>
        <source>Always</source>
        <translation>常に読み込む</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="68"/>
        <source>Never</source>
        <translation>読み込まない</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="73"/>
        <source>System default</source>
        <translation>システム既定</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="80"/>
        <source>A new language applies the next time Tidings starts.</source>
        <translation>新しい言語は Tidings の次回起動時に適用されます。</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="89"/>
        <source>Refresh every</source>
        <translation>更新間隔</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="90"/>
        <source>Mark read after</source>
        <translation>既読にするまでの時間</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="91"/>
        <source>Reader font size</source>
        <translation>記事のフォントサイズ</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="92"/>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="93"/>
        <source>Load remote images</source>
        <translation>リモート画像の読み込み</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="94"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="96"/>
        <source>Data folder</source>
        <translation>データフォルダー</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="103"/>
        <source>&amp;General</source>
        <translation>全般(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="104"/>
        <source>&amp;Accounts</source>
        <translation>アカウント(&amp;A)</translation>
    </message>
</context>
<context>
    <name>tidings::ui::ProductDetailView</name>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="47"/>
        <source>Add to Cart</source>
        <translation>カートに追加</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="48"/>
        <source>Watch</source>
        <translation>ウォッチ</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="49"/>
        <source>Open in Store</source>
        <translation>ストアで開く</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="67"/>
        <source>Tell me when the price drops or it is back in stock</source>
        <translation>値下げや再入荷をお知らせします</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="71"/>
        <source>Product description</source>
        <translation>商品の説明</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="72"/>
        <source>Product picture</source>
        <translation>商品の画像</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="74"/>
        <source>Opens the product&apos;s page in your browser</source>
        <translation>商品のページをブラウザーで開きます</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="75"/>
        <source>Adds the chosen variant and quantity to the cart</source>
        <translation>選択したバリエーションと数量でカートに追加します</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="79"/>
        <source>&amp;Variant:</source>
        <translation>バリエーション(&amp;V):</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="80"/>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q):</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="168"/>
        <source>Mentioned in: %1</source>
        <translation>紹介している記事: %1</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="182"/>
        <source>Choose a product to see it here.</source>
        <translation>商品を選択すると、ここに表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="185"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="196"/>
        <source>Picture %1 of %2</source>
        <translation>画像 %1/%2</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="218"/>
        <source>out of stock</source>
        <translation>在庫切れ</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="255"/>
        <source>In stock</source>
        <translation>在庫あり</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="255"/>
        <source>Available to order</source>
        <translation>注文可能</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="256"/>
        <source>Out of stock</source>
        <translation>在庫切れ</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="131"/>
        <location filename="../ui/ProductDetail.cpp" line="264"/>
        <source>No picture</source>
        <translation>画像なし</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="273"/>
        <source>Loading picture…</source>
        <translation>画像を読み込み中…</translation>
    </message>
</context>
<context>
    <name>tidings::ui::ShopPane</name>
    <message>
        <location filename="../ui/ShopPane.cpp" line="96"/>
        <source>Picture</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="151"/>
        <source>Out of stock</source>
        <translation>在庫切れ</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="182"/>
        <source>In stock</source>
        <translation>在庫あり</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="183"/>
        <source>On sale</source>
        <translation>セール中</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="184"/>
        <source>Watched</source>
        <translation>ウォッチ中</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="194"/>
        <location filename="../ui/ShopPane.cpp" line="217"/>
        <source>Search products</source>
        <translation>商品を検索</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="196"/>
        <source>All categories</source>
        <translation>すべてのカテゴリー</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="197"/>
        <source>All brands</source>
        <translation>すべてのブランド</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="204"/>
        <source>from</source>
        <translation>下限</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="205"/>
        <source>to</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="206"/>
        <source>Lowest price, in each store&apos;s currency</source>
        <translation>最低価格 (各ストアの通貨)</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="207"/>
        <source>Highest price, in each store&apos;s currency</source>
        <translation>最高価格 (各ストアの通貨)</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="208"/>
        <source>Newest</source>
        <translation>新しい順</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="209"/>
        <source>Price: low to high</source>
        <translation>価格の安い順</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="210"/>
        <source>Price: high to low</source>
        <translation>価格の高い順</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="211"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="214"/>
        <location filename="../ui/ShopPane.cpp" line="366"/>
        <source>Grid</source>
        <translation>グリッド</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="215"/>
        <source>Cards in a grid, or a list</source>
        <translation>カードのグリッド表示、またはリスト表示</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="218"/>
        <source>Finds products by title, brand, category and description as you type</source>
        <translation>入力に合わせて商品名、ブランド、カテゴリー、説明から商品を検索します</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="219"/>
        <source>Category</source>
        <translation>カテゴリー</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="220"/>
        <source>Brand</source>
        <translation>ブランド</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="221"/>
        <source>Lowest price</source>
        <translation>最低価格</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="223"/>
        <source>Highest price</source>
        <translation>最高価格</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="225"/>
        <source>Sort by</source>
        <translation>並べ替え</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="226"/>
        <source>Show as a grid</source>
        <translation>グリッドで表示</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="228"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="229"/>
        <source>The products that match the filters; Enter adds the chosen one to the cart</source>
        <translation>フィルターに一致する商品。Enter キーで選択した商品をカートに追加します</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="245"/>
        <source>Price:</source>
        <translation>価格:</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="291"/>
        <source>Shop</source>
        <translation>ショップ</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="292"/>
        <source>Add the chosen product to the cart</source>
        <translation>選択した商品をカートに追加</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="366"/>
        <source>List</source>
        <translation>リスト</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ShopPane.cpp" line="411"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>商品 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidings::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="39"/>
        <location filename="../ui/MainWindow.cpp" line="60"/>
        <source>Everywhere</source>
        <translation>ウィンドウ全体</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="67"/>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="69"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="69"/>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="72"/>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="73"/>
        <source>Every action that has keys, by the part of the window where the keys work</source>
        <translation>キーが割り当てられたすべての操作を、キーが有効なウィンドウ内の領域ごとに示します</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="98"/>
        <source> or </source>
        <translation> または </translation>
    </message>
</context>
<context>
    <name>tidings::ui::SourceTreeMenu</name>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="66"/>
        <source>&amp;Rename…</source>
        <translation>名前を変更(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="69"/>
        <source>Rename Feed</source>
        <translation>フィードの名前を変更</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="69"/>
        <source>New name:</source>
        <translation>新しい名前:</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="73"/>
        <source>&amp;Move to Folder</source>
        <translation>フォルダーへ移動(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="85"/>
        <source>No Folder</source>
        <translation>フォルダーなし</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="87"/>
        <source>Tiny Tiny RSS&apos;s API cannot rename a feed or move it: do it in Tiny Tiny RSS</source>
        <translation>Tiny Tiny RSS の API ではフィードの名前の変更も移動もできません: Tiny Tiny RSS で行ってください</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="94"/>
        <source>&amp;Unsubscribe…</source>
        <translation>購読を解除(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="95"/>
        <source>Unsubscribe</source>
        <translation>購読を解除</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="96"/>
        <source>Unsubscribe from %1? Its articles go from this computer, and the service drops the feed at the next sync.</source>
        <translation>%1 の購読を解除しますか？ その記事はこのコンピューターから削除され、サービスでも次回の同期時にフィードが削除されます。</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="107"/>
        <source>Su&amp;bscribe to a Feed…</source>
        <translation>フィードを購読(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="107"/>
        <source>Su&amp;bscribe to a Feed in This Folder…</source>
        <translation>このフォルダーにフィードを購読(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="110"/>
        <source>Subscribe</source>
        <translation>購読</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="110"/>
        <source>The feed&apos;s address:</source>
        <translation>フィードのアドレス:</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="115"/>
        <source>S&amp;ync Now</source>
        <translation>今すぐ同期(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="116"/>
        <source>Account &amp;Settings…</source>
        <translation>アカウントの設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="153"/>
        <source>Subscribing to %1…</source>
        <translation>%1 を購読しています…</translation>
    </message>
</context>
<context>
    <name>tidings::ui::ThreadView</name>
    <message>
        <location filename="../ui/ThreadView.cpp" line="381"/>
        <source>Comments</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="382"/>
        <source>The comment thread under the article: n and p move, r replies</source>
        <translation>記事のコメントスレッド: n と p で移動、r で返信します</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="463"/>
        <source>Comment thread</source>
        <translation>コメントスレッド</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="471"/>
        <source>Next comment</source>
        <translation>次のコメント</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="472"/>
        <source>Previous comment</source>
        <translation>前のコメント</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="473"/>
        <source>Collapse the replies; again: go to the parent</source>
        <translation>返信を折りたたむ (もう一度押すと親コメントへ移動)</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="475"/>
        <source>Show the replies</source>
        <translation>返信を表示</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="479"/>
        <source>Reply to the comment</source>
        <translation>コメントに返信</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="483"/>
        <source>Change your comment not yet sent</source>
        <translation>未送信の自分のコメントを編集</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="488"/>
        <source>Cancel your comment not yet sent</source>
        <translation>未送信の自分のコメントを取り消す</translation>
    </message>
</context>
</TS>
