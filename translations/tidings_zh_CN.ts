<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountServices</name>
    <message>
        <location filename="../app/sync/accounts/AccountServices.cpp" line="22"/>
        <source>Tidings cannot speak to %1 services yet.</source>
        <translation>Tidings 目前还无法与 %1 服务通信。</translation>
    </message>
</context>
<context>
    <name>AccountSetup</name>
    <message>
        <location filename="../app/sync/accounts/AccountSetup.cpp" line="25"/>
        <source>%1 is not an http or https address</source>
        <translation>%1 不是 http 或 https 地址</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSetup.cpp" line="29"/>
        <source>The account needs a user name.</source>
        <translation>账户需要用户名。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSetup.cpp" line="42"/>
        <location filename="../app/sync/accounts/AccountSetup.cpp" line="102"/>
        <source>The account needs its password.</source>
        <translation>账户需要密码。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSetup.cpp" line="98"/>
        <source>The password of %1 comes from a file or a command: change it there.</source>
        <translation>%1 的密码来自密码文件或密码命令：请在那里更改。</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="106"/>
        <source>new, not synced yet</source>
        <translation>新添加，尚未同步</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="108"/>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="110"/>
        <source>waiting before asking the service again</source>
        <translation>正在等待，稍后再向服务发出请求</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="112"/>
        <source>needs its password</source>
        <translation>需要密码</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="114"/>
        <source>the last sync failed</source>
        <translation>上次同步失败</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="204"/>
        <source>a site or an account is already called %1: choose another name with --name</source>
        <translation>已有名为 %1 的网站或账户：请用 --name 另选一个名称</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="209"/>
        <source>the account %1 is already %2 at %3</source>
        <translation>%3 上的用户 %2 已有账户 %1</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="246"/>
        <source>no account %1</source>
        <translation>没有账户 %1</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountStore.cpp" line="434"/>
        <source>an article vanished while it was being stored</source>
        <translation>文章在保存过程中消失了</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountFeedEdits.cpp" line="115"/>
        <source>that feed is not one of an account&apos;s: only an account&apos;s feeds are edited on its service</source>
        <translation>该订阅源不属于任何账户：只有账户的订阅源才能在其服务上编辑</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountFeedEdits.cpp" line="155"/>
        <source>a feed&apos;s title cannot be empty</source>
        <translation>订阅源的标题不能为空</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountFeedEdits.cpp" line="163"/>
        <source>Tiny Tiny RSS&apos;s API cannot rename a feed: rename it in Tiny Tiny RSS itself, and the next sync brings the new title here</source>
        <translation>Tiny Tiny RSS 的 API 无法重命名订阅源：请直接在 Tiny Tiny RSS 中重命名，下次同步时会将新标题带到本地</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountFeedEdits.cpp" line="181"/>
        <source>Tiny Tiny RSS&apos;s API cannot move a feed to another category: move it in Tiny Tiny RSS itself, and the next sync brings the change here</source>
        <translation>Tiny Tiny RSS 的 API 无法将订阅源移到其他分类：请直接在 Tiny Tiny RSS 中移动，下次同步时会将此更改带到本地</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountFeedEdits.cpp" line="198"/>
        <source>that folder is gone from the account %1: sync the account and try again</source>
        <translation>账户 %1 中已没有该文件夹：请同步该账户后重试</translation>
    </message>
</context>
<context>
    <name>AccountSync</name>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="25"/>
        <source>the database failed: %1</source>
        <translation>数据库出错：%1</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="27"/>
        <source>waiting until %1 before asking the service again</source>
        <translation>将等待至 %1 再向服务发出请求</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="32"/>
        <source>%1 new, %2 updated</source>
        <translation>新增 %1，更新 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/accounts/AccountSync.cpp" line="33"/>
        <source>%n flag(s) set as the service has them</source>
        <translation>
            <numerusform>已按服务中的状态设置 %n 个标记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/accounts/AccountSync.cpp" line="34"/>
        <source>%n change(s) made here sent</source>
        <translation>
            <numerusform>已发送 %n 项本地更改</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="37"/>
        <source>feeds: %1 added, %2 removed, %3 renamed, %4 moved</source>
        <translation>订阅源：新增 %1，移除 %2，重命名 %3，移动 %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/accounts/AccountSync.cpp" line="44"/>
        <source>%n feed change(s) made here sent</source>
        <translation>
            <numerusform>已发送 %n 项本地订阅源更改</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="64"/>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="107"/>
        <source>no account %1</source>
        <translation>没有账户 %1</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="372"/>
        <source>unsubscribing from %1: the service answered &quot;%2&quot;; taken as done</source>
        <translation>取消订阅 %1：服务返回“%2”；视为已完成</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="375"/>
        <source>renaming a feed to %1: the service answered &quot;%2&quot;; the service&apos;s title stands</source>
        <translation>将订阅源重命名为 %1：服务返回“%2”；保留服务上的标题</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSync.cpp" line="378"/>
        <source>moving %1: the service answered &quot;%2&quot;; the service&apos;s folder stands</source>
        <translation>移动 %1：服务返回“%2”；保留服务上的文件夹</translation>
    </message>
</context>
<context>
    <name>Cart</name>
    <message>
        <location filename="../app/shop/Cart.cpp" line="36"/>
        <source>out of stock</source>
        <translation>缺货</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="38"/>
        <source>available to pre-order</source>
        <translation>可预购</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="40"/>
        <source>on back order</source>
        <translation>待补货</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="41"/>
        <source>in stock</source>
        <translation>有货</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="81"/>
        <source>was %1, now %2</source>
        <translation>价格由 %1 变为 %2</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="84"/>
        <source>back in stock</source>
        <translation>已补货</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="85"/>
        <source>now %1</source>
        <translation>现在%1</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="97"/>
        <location filename="../app/shop/Cart.cpp" line="186"/>
        <location filename="../app/shop/Cart.cpp" line="237"/>
        <location filename="../app/shop/Cart.cpp" line="268"/>
        <source>The cart could not be saved: %1</source>
        <translation>无法保存购物车：%1</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="163"/>
        <location filename="../app/shop/Cart.cpp" line="211"/>
        <location filename="../app/shop/Cart.cpp" line="248"/>
        <source>A quantity is a whole number from 1 to %1.</source>
        <translation>数量须为 1 到 %1 之间的整数。</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="173"/>
        <source>There is no such product.</source>
        <translation>没有此商品。</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="180"/>
        <source>%1 is out of stock.</source>
        <translation>%1 缺货。</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="258"/>
        <location filename="../app/shop/Cart.cpp" line="283"/>
        <location filename="../app/shop/Cart.cpp" line="321"/>
        <source>The cart has no line %1.</source>
        <translation>购物车中没有第 %1 行。</translation>
    </message>
    <message>
        <location filename="../app/shop/Cart.cpp" line="299"/>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
</context>
<context>
    <name>Checkout</name>
    <message>
        <location filename="../app/shop/Checkout.cpp" line="65"/>
        <source>Out of stock at %2: %1. Remove what is out of stock, or wait until it is back, to check out.</source>
        <translation>%2 缺货：%1。请移除缺货的商品，或等到补货后再结账。</translation>
    </message>
    <message>
        <location filename="../app/shop/Checkout.cpp" line="77"/>
        <location filename="../app/shop/Checkout.cpp" line="90"/>
        <source>%1 opens its checkout with these items in the cart; you pay on the store&apos;s page.</source>
        <translation>%1 会打开其结账页面，购物车中已放入这些商品；您将在商店的页面上付款。</translation>
    </message>
    <message>
        <location filename="../app/shop/Checkout.cpp" line="101"/>
        <source>%1 opens one page per product, each adding it to the store&apos;s cart; check out from the store&apos;s cart page.</source>
        <translation>%1 会为每件商品打开一个页面，每个页面都会将该商品加入商店的购物车；请从商店的购物车页面结账。</translation>
    </message>
    <message>
        <location filename="../app/shop/Checkout.cpp" line="113"/>
        <source>%1 gives no product pages to check out from.</source>
        <translation>%1 未提供可用于结账的商品页面。</translation>
    </message>
    <message>
        <location filename="../app/shop/Checkout.cpp" line="114"/>
        <source>%1 takes no cart from Tidings: its product pages open, one per product; add each to the store&apos;s cart there (quantities as listed here).</source>
        <translation>%1 不接受来自 Tidings 的购物车：将打开其商品页面，每件商品一个；请在那里将每件商品加入商店的购物车（数量按此处所列）。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/CliSupport.h" line="35"/>
        <source>Keep the database in DIR.</source>
        <translation>将数据库保存在 DIR 中。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="46"/>
        <source>cannot create the data folder %1</source>
        <translation>无法创建数据文件夹 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="62"/>
        <source>Nothing was changed. What you can do (the damaged file is kept aside, never deleted):
  tidings check                     what SQLite finds wrong with it
</source>
        <translation>未做任何更改。您可以这样做（损坏的文件会另行保留，绝不删除）：
  tidings check                     查看 SQLite 发现了哪些问题
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="68"/>
        <source>  tidings recover --start-empty     start again with an empty database
</source>
        <translation>  tidings recover --start-empty     以空数据库重新开始
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="65"/>
        <source>  tidings recover --restore-backup  go back to the copy made on %1
</source>
        <translation>  tidings recover --restore-backup  回到 %1 创建的副本
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
        <translation>用法：tidings [--data-dir DIR] [命令 [参数]]

不带命令时，Tidings 会打开其窗口。

命令：
  parse FILE [--url URL] [--kind articles|comments|products]
                     以 JSON 格式输出订阅源、评论或商品文档的内容。
  import FILE... [--source NAME] [--url URL] [--kind KIND] [--currency CODE]
  import --demo      将文档（或附带的演示网站）保存到数据库中。
  search QUERY [--limit N]
                     与 QUERY 匹配的已保存文章，最佳匹配在前。
  stats              数据库中各类内容的数量。
  add URL [--name NAME] [--products URL] [--folder PATH] [--no-refresh]
                     通过网站首页或订阅源 URL 添加网站，并获取其内容。
  add FEED_URL --account ACCOUNT [--folder PATH]
                     在账户的服务上订阅（可放入其某个文件夹中），然后同步。
  sites              各网站及其订阅源，以及获取情况。
  remove SITE        移除网站及从中保存的所有内容。
  remove FEED [--account ACCOUNT]
                     取消订阅账户的订阅源（按其 URL 或标题）：本地立即移除，
                     服务上于下次同步时移除。
  rename FEED TITLE [--account ACCOUNT]
                     重命名账户的订阅源，本地立即生效，服务上于下次同步时生效。
  move FEED FOLDER [--account ACCOUNT] | move FEED --no-folder [--account ACCOUNT]
                     将账户的订阅源移到该账户的某个文件夹中（或移出文件夹）。
  refresh [SITE]     立即获取所有订阅源（或某个网站的订阅源）；每个订阅源一行。
  import-opml FILE   添加 OPML 文件中的订阅源（全部添加；出错时一个也不添加）。
  export-opml [FILE] 将文章订阅源写为 OPML（不带 FILE 时写到标准输出）。
  comment ARTICLE --name N --email E [--url U] [--reply-to COMMENT] TEXT
                     撰写评论；评论会在发件箱中等待，直到发送出去。
  outbox             您撰写但尚未发布的评论。
  sync [--wait S]    发送发件箱中等待的内容并同步所有账户（仍有剩余或某个账户
                     同步失败时退出状态为 2）。
  thread ARTICLE     以缩进树形式输出文章的评论串。
  account add ttrss|greader URL --user U [--password-file F | --password-command CMD]
                     添加订阅源服务的账户（会立即检查密码）。
  account list       各账户及其状态和上次同步时间。
  account remove ACCOUNT
                     移除账户及其订阅源和文章。
  articles [SOURCE] [--unread] [--starred] [--limit N]
                     已保存的文章，最新的在前：ID、标记（U 未读，* 已加星标）、
                     日期、标题、链接。
  mark read|unread|star|unstar ARTICLE...
                     像窗口中一样更改标记（账户文章的标记在同步时上传到服务）。
  products [SITE] [--search Q] [--on-sale] [--in-stock]
                     已保存的商品；有多种规格时每种规格一行。
  cart               购物车：各条目、数量、加入后的变化、各商店的合计。
  cart add PRODUCT [--variant V] [--quantity N] [--site SITE]
  cart set LINE N | cart remove LINE | cart undo | cart ack [LINE]
                     更改购物车（PRODUCT 和 V 按 tidings products 的显示填写）。
  checkout [SITE] [--print] [--add-to-cart-links]
                     带着购物车打开各商店的结账页面（或输出这些 URL）。
  check              对数据库运行 SQLite 的完整性检查并报告结果。
  recover --restore-backup | --start-empty
                     将损坏的数据库放到一旁；回到上次架构更新前创建的副本，
                     或以空数据库重新开始。

选项：
  --data-dir DIR     将数据库保存在 DIR 中（也可用 TIDINGS_DATA_DIR）。
  -h, --help         显示此帮助。
  -v, --version      显示版本。

数据文件夹：%1

退出状态：成功时为 0；用法错误或输入无法读取时为 1；多个输入（refresh 时为多个订阅源）中
有部分失败时、sync 后仍有评论待发送或某个
账户同步失败时，或结账被暂缓时为 2。
</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="109"/>
        <source>Print what a document holds, as JSON.</source>
        <translation>以 JSON 格式输出文档的内容。</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="111"/>
        <source>The URL the document came from (base for relative links).</source>
        <translation>文档的来源 URL（作为相对链接的基准）。</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="112"/>
        <location filename="../app/cli/Cli.cpp" line="154"/>
        <source>articles, comments or products.</source>
        <translation>articles、comments 或 products。</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="114"/>
        <source>The document to read.</source>
        <translation>要读取的文档。</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="119"/>
        <source>parse takes exactly one FILE (see tidings parse --help)</source>
        <translation>parse 只接受一个 FILE（参见 tidings parse --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="124"/>
        <location filename="../app/cli/Cli.cpp" line="171"/>
        <source>unknown --kind %1: use articles, comments or products</source>
        <translation>未知的 --kind %1：请使用 articles、comments 或 products</translation>
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
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="137"/>
        <source>%1 new, %2 updated, %3 unchanged (site: %4)</source>
        <translation>新增 %1，更新 %2，无变化 %3（网站：%4）</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/Cli.cpp" line="144"/>
        <source>%n comment(s) skipped: their article is not stored</source>
        <translation>
            <numerusform>已跳过 %n 条评论：其所属文章未保存</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="150"/>
        <source>Parse documents and store what they hold.</source>
        <translation>解析文档并保存其内容。</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="151"/>
        <source>The site to file the documents under.</source>
        <translation>文档归入的网站。</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="153"/>
        <source>The URL the document came from.</source>
        <translation>文档的来源 URL。</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="156"/>
        <source>Currency of product lists that name none.</source>
        <translation>未注明货币的商品列表所用的货币。</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="157"/>
        <source>Import the bundled demo site.</source>
        <translation>导入附带的演示网站。</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="159"/>
        <source>The documents to import.</source>
        <translation>要导入的文档。</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="164"/>
        <source>import needs at least one FILE, or --demo (see tidings import --help)</source>
        <translation>import 至少需要一个 FILE 或 --demo（参见 tidings import --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="166"/>
        <source>--url names one document; import the files one at a time</source>
        <translation>--url 只对应一个文档；请逐个导入文件</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="185"/>
        <location filename="../app/cli/Cli.cpp" line="187"/>
        <source>demo site: %1</source>
        <translation>演示网站：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="201"/>
        <source>%1: malformed, recovered what could be read: %2</source>
        <translation>%1：格式有误，已恢复可读取的部分：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="212"/>
        <source>Stored articles matching the words, best match first.</source>
        <translation>与这些词匹配的已保存文章，最佳匹配在前。</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="213"/>
        <source>At most N results (default 20).</source>
        <translation>最多 N 个结果（默认为 20）。</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="216"/>
        <source>The words to look for.</source>
        <translation>要查找的词。</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="221"/>
        <source>search needs a QUERY</source>
        <translation>search 需要一个 QUERY</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="225"/>
        <location filename="../app/cli/AccountCommands.cpp" line="472"/>
        <source>--limit takes a positive number</source>
        <translation>--limit 需要一个正数</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/Cli.cpp" line="240"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 条匹配结果</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="246"/>
        <source>Counts of what the database holds.</source>
        <translation>数据库中各类内容的数量。</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="254"/>
        <source>sites</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="254"/>
        <source>feeds</source>
        <translation>订阅源</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="255"/>
        <source>articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="255"/>
        <source>unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="256"/>
        <source>starred</source>
        <translation>已加星标</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="256"/>
        <location filename="../app/cli/SiteCommands.cpp" line="57"/>
        <source>comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="257"/>
        <source>products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="257"/>
        <source>variants</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="258"/>
        <source>cart lines</source>
        <translation>购物车条目</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="258"/>
        <source>outbox pending</source>
        <translation>发件箱待发送</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="262"/>
        <source>database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="311"/>
        <source>unknown option %1 (see tidings --help)</source>
        <translation>未知选项 %1（参见 tidings --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="348"/>
        <source>unknown command %1; the commands are %2 (see tidings --help)</source>
        <translation>未知命令 %1；可用的命令有 %2（参见 tidings --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="23"/>
        <location filename="../app/cli/AccountCommands.cpp" line="42"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="28"/>
        <source>%1 new, %2 updated, %3 unchanged</source>
        <translation>新增 %1，更新 %2，无变化 %3</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="36"/>
        <source>unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="38"/>
        <source>not modified</source>
        <translation>未修改</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="40"/>
        <location filename="../app/cli/CommentCommands.cpp" line="56"/>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="42"/>
        <location filename="../app/cli/SiteCommands.cpp" line="160"/>
        <source>stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="62"/>
        <source>Refreshing %1 of %2</source>
        <translation>正在刷新第 %1 个订阅源，共 %2 个</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="79"/>
        <source>%1 feeds: %2 new, %3 updated, %4 failed</source>
        <translation>%1 个订阅源：新增 %2，更新 %3，失败 %4</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="92"/>
        <source>Add a site from its home page or a feed URL.</source>
        <translation>通过网站首页或订阅源 URL 添加网站。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="93"/>
        <source>Call the site NAME.</source>
        <translation>将网站命名为 NAME。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="94"/>
        <source>The site&apos;s Google Merchant product feed.</source>
        <translation>网站的 Google Merchant 商品订阅源。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="96"/>
        <source>File the site in a folder.</source>
        <translation>将网站归入一个文件夹。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="97"/>
        <source>Do not fetch the feeds now.</source>
        <translation>暂不获取订阅源。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="99"/>
        <source>Subscribe on this account&apos;s service instead.</source>
        <translation>改为在此账户的服务上订阅。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="101"/>
        <source>A home page or a feed.</source>
        <translation>网站首页或订阅源。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="105"/>
        <source>add takes one URL (see tidings add --help)</source>
        <translation>add 只接受一个 URL（参见 tidings add --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="134"/>
        <source>added %1</source>
        <translation>已添加 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="138"/>
        <source>WordPress REST API: %1</source>
        <translation>WordPress REST API：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="146"/>
        <source>The sites with their feeds and how fetching them went.</source>
        <translation>各网站及其订阅源，以及获取情况。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="158"/>
        <source>last fetched %1</source>
        <translation>上次获取于 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="162"/>
        <location filename="../app/cli/AccountCommands.cpp" line="176"/>
        <source>last error: %1</source>
        <translation>上次错误：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SiteCommands.cpp" line="166"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n 个网站</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="172"/>
        <source>Remove a site and everything stored from it, or unsubscribe from an account&apos;s feed (here at once, on its service at the next sync).</source>
        <translation>移除网站及从中保存的所有内容，或取消订阅账户的订阅源（本地立即生效，其服务上于下次同步时生效）。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="174"/>
        <source>Unsubscribe from this account&apos;s FEED.</source>
        <translation>取消订阅此账户的 FEED。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="178"/>
        <source>The site&apos;s name or home page, or the account feed&apos;s URL or title.</source>
        <translation>网站的名称或首页，或账户订阅源的 URL 或标题。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="183"/>
        <source>remove takes one SITE or FEED (see tidings sites)</source>
        <translation>remove 只接受一个 SITE 或 FEED（参见 tidings sites）</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="42"/>
        <source>no site named %1 (see tidings sites)</source>
        <translation>没有名为 %1 的网站（参见 tidings sites）</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="197"/>
        <source>removed %1</source>
        <translation>已移除 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="203"/>
        <source>Fetch every feed (or one site&apos;s) now.</source>
        <translation>立即获取所有订阅源（或某个网站的订阅源）。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="204"/>
        <source>Only this site.</source>
        <translation>仅限此网站。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="208"/>
        <source>refresh takes at most one SITE</source>
        <translation>refresh 最多接受一个 SITE</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="217"/>
        <source>Add the feeds of an OPML file.</source>
        <translation>添加 OPML 文件中的订阅源。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="218"/>
        <source>The OPML file.</source>
        <translation>OPML 文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="222"/>
        <source>import-opml takes one FILE</source>
        <translation>import-opml 只接受一个 FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="225"/>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="229"/>
        <source>%1: %2; nothing was imported</source>
        <translation>%1：%2；未导入任何内容</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="235"/>
        <source>%1; nothing was imported</source>
        <translation>%1；未导入任何内容</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SiteCommands.cpp" line="236"/>
        <source>imported %n feed(s)</source>
        <translation>
            <numerusform>已导入 %n 个订阅源</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="242"/>
        <source>Write the article feeds as OPML.</source>
        <translation>将文章订阅源写为 OPML。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="243"/>
        <source>Where to write (standard output without).</source>
        <translation>写入位置（省略时写到标准输出）。</translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="258"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="43"/>
        <source>kept here: the demo site is not on the network</source>
        <translation>保留在本地：演示网站不在网络上</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="45"/>
        <source>waiting for the comment it answers to be posted</source>
        <translation>等待所回复的评论先发送</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="47"/>
        <source>waiting to try again at %1 (%2)</source>
        <translation>将于 %1 重试（%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="48"/>
        <source>waiting for the network</source>
        <translation>等待网络连接</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="50"/>
        <source>posting</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="52"/>
        <source>posted, awaiting moderation</source>
        <translation>已发送，等待审核</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="54"/>
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="70"/>
        <source>Write a comment under an article; it is posted by tidings sync (or the app).</source>
        <translation>在文章下撰写评论；评论由 tidings sync（或应用程序）发送。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="71"/>
        <source>Your name, as the site shows it.</source>
        <translation>您的名字，即网站上显示的名字。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="72"/>
        <source>Your email address (never shown publicly).</source>
        <translation>您的电子邮件地址（绝不公开显示）。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="74"/>
        <source>Your website (optional).</source>
        <translation>您的网站（可选）。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="77"/>
        <source>The comment you answer: its local id, its URL (...#comment-123), or outbox:ID.</source>
        <translation>要回复的评论：其本地 ID、其 URL（...#comment-123）或 outbox:ID。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="80"/>
        <location filename="../app/cli/CommentCommands.cpp" line="207"/>
        <source>The article: its local id or its URL.</source>
        <translation>文章：其本地 ID 或其 URL。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="81"/>
        <source>What you say.</source>
        <translation>评论内容。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="86"/>
        <source>comment needs an ARTICLE and the TEXT (see tidings comment --help)</source>
        <translation>comment 需要 ARTICLE 和 TEXT（参见 tidings comment --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="94"/>
        <location filename="../app/cli/CommentCommands.cpp" line="217"/>
        <location filename="../app/cli/AccountCommands.cpp" line="536"/>
        <source>no stored article is %1</source>
        <translation>找不到已保存的文章 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="101"/>
        <source>--reply-to outbox:ID takes a number</source>
        <translation>--reply-to outbox:ID 需要一个数字</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="105"/>
        <source>no stored comment is %1</source>
        <translation>找不到已保存的评论 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="115"/>
        <source>queued as outbox:%1; tidings sync posts it</source>
        <translation>已作为 outbox:%1 加入队列；tidings sync 会将其发送</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="121"/>
        <source>The comments you wrote that are not published yet.</source>
        <translation>您撰写但尚未发布的评论。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="134"/>
        <source>The outbox is empty.</source>
        <translation>发件箱为空。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="141"/>
        <source>Post the comments waiting in the outbox.</source>
        <translation>发送发件箱中等待的评论。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="143"/>
        <source>Wait for later tries (the site asked to wait) up to SECONDS, then exit.</source>
        <translation>等待后续尝试（网站要求等待），最多等待 SECONDS 秒，然后退出。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="153"/>
        <source>--wait takes a number of seconds</source>
        <translation>--wait 需要一个秒数</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="190"/>
        <source>another Tidings is posting the outbox now; try again when it is done</source>
        <translation>另一个 Tidings 正在发送发件箱；请在其完成后重试</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="194"/>
        <source>%1 posted, %2 failed, %3 waiting</source>
        <translation>已发送 %1，失败 %2，等待中 %3</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="199"/>
        <source> (next try at %1)</source>
        <translation> (下次尝试：%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="206"/>
        <source>Print an article&apos;s comment thread as an indented tree.</source>
        <translation>以缩进树形式输出文章的评论串。</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="211"/>
        <source>thread takes one ARTICLE</source>
        <translation>thread 只接受一个 ARTICLE</translation>
    </message>
    <message>
        <location filename="../app/cli/CommentCommands.cpp" line="221"/>
        <source>Comments are closed.</source>
        <translation>评论已关闭。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CommentCommands.cpp" line="230"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n 条评论</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="19"/>
        <source>out of stock</source>
        <translation>缺货</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="21"/>
        <source>pre-order</source>
        <translation>预购</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="23"/>
        <source>back order</source>
        <translation>待补货</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="24"/>
        <source>in stock</source>
        <translation>有货</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="30"/>
        <source>%1 (regular %2)</source>
        <translation>%1（原价 %2）</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="67"/>
        <source>The cart is empty.</source>
        <translation>购物车为空。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ShopCommands.cpp" line="87"/>
        <source>Total at %1: %2 (%n item(s))</source>
        <translation>
            <numerusform>%1 合计：%2（%n 件）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="96"/>
        <source>cart add takes one PRODUCT (see tidings products)</source>
        <translation>cart add 只接受一个 PRODUCT（参见 tidings products）</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="102"/>
        <source>--quantity takes a whole number from 1 to %1</source>
        <translation>--quantity 需要 1 到 %1 之间的整数</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="106"/>
        <source>several stores have a product %1: name the site with --site</source>
        <translation>多个商店都有商品 %1：请用 --site 指定网站</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="108"/>
        <source>no product %1 (see tidings products)</source>
        <translation>没有商品 %1（参见 tidings products）</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="114"/>
        <source>product %1 has no variant %2</source>
        <translation>商品 %1 没有规格 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="121"/>
        <source>product %1 comes in several variants: choose one with --variant (%2)</source>
        <translation>商品 %1 有多种规格：请用 --variant 选择一种（%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="127"/>
        <source>Added to the cart (line %1).</source>
        <translation>已加入购物车（第 %1 行）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="136"/>
        <source>List the stored products.</source>
        <translation>列出已保存的商品。</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="137"/>
        <source>Only products matching these words.</source>
        <translation>仅限与这些词匹配的商品。</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="139"/>
        <source>Only products on sale.</source>
        <translation>仅限特价商品。</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="140"/>
        <source>Only products in stock.</source>
        <translation>仅限有货商品。</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="142"/>
        <source>Only this site&apos;s products.</source>
        <translation>仅限此网站的商品。</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="146"/>
        <source>products takes at most one SITE (see tidings products --help)</source>
        <translation>products 最多接受一个 SITE（参见 tidings products --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="187"/>
        <source>No products match.</source>
        <translation>没有匹配的商品。</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="193"/>
        <source>Show or change the cart.</source>
        <translation>显示或更改购物车。</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="194"/>
        <source>The variant to add.</source>
        <translation>要添加的规格。</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="195"/>
        <source>How many to add (1 by default).</source>
        <translation>要添加的数量（默认为 1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="197"/>
        <source>The store of PRODUCT, when ids clash.</source>
        <translation>ID 冲突时 PRODUCT 所属的商店。</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="201"/>
        <source>add PRODUCT | set LINE N | remove LINE | undo | ack [LINE]</source>
        <translation>add PRODUCT | set LINE N | remove LINE | undo | ack [LINE]</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="222"/>
        <source>cart set takes a LINE and a quantity from 0 to %1</source>
        <translation>cart set 需要一个 LINE 和 0 到 %1 之间的数量</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="230"/>
        <source>cart remove takes one LINE (see tidings cart)</source>
        <translation>cart remove 只接受一个 LINE（参见 tidings cart）</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="233"/>
        <source>Removed line %1 (tidings cart undo brings it back).</source>
        <translation>已移除第 %1 行（tidings cart undo 可将其恢复）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="249"/>
        <source>unknown cart action %1: use add, set, remove, undo or ack</source>
        <translation>未知的购物车操作 %1：请使用 add、set、remove、undo 或 ack</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="254"/>
        <source>Hand the cart to each store&apos;s checkout in the browser.</source>
        <translation>在浏览器中将购物车交给各商店的结账页面。</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="255"/>
        <source>Print the URLs instead of opening them.</source>
        <translation>输出 URL，而不是打开它们。</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="258"/>
        <source>For WooCommerce stores older than 10.0: one add-to-cart link per product.</source>
        <translation>适用于 10.0 之前版本的 WooCommerce 商店：每件商品一个加入购物车链接。</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="260"/>
        <source>Only this store&apos;s part of the cart.</source>
        <translation>仅限购物车中属于此商店的部分。</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="264"/>
        <source>checkout takes at most one SITE (see tidings checkout --help)</source>
        <translation>checkout 最多接受一个 SITE（参见 tidings checkout --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="276"/>
        <source>the cart is empty; add products with tidings cart add</source>
        <translation>购物车为空；请使用 tidings cart add 添加商品</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="283"/>
        <source>checkout held back: %1</source>
        <translation>结账已暂缓：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/ShopCommands.cpp" line="290"/>
        <source>cannot start a browser for %1</source>
        <translation>无法为 %1 启动浏览器</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="13"/>
        <source>Run SQLite&apos;s integrity check on the database and report what it finds.</source>
        <translation>对数据库运行 SQLite 的完整性检查，并报告检查结果。</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="19"/>
        <source>%1: sound (SQLite&apos;s integrity check found nothing wrong)</source>
        <translation>%1：完好（SQLite 的完整性检查未发现问题）</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="22"/>
        <source>%1 is damaged:</source>
        <translation>%1 已损坏：</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="31"/>
        <source>Set a damaged database aside and go on from a copy or from an empty database.</source>
        <translation>将损坏的数据库放到一旁，从副本或空数据库继续。</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="34"/>
        <source>Start again with an empty database.</source>
        <translation>以空数据库重新开始。</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="50"/>
        <source>there is no sound copy of %1 to go back to; tidings recover --start-empty starts again with an empty database</source>
        <translation>没有可以回到的 %1 的完好副本；tidings recover --start-empty 会以空数据库重新开始</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="61"/>
        <source>the next start begins with an empty database</source>
        <translation>下次启动时将以空数据库开始</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="33"/>
        <source>Go back to the copy made before the last schema update.</source>
        <translation>回到上次架构更新前创建的副本。</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="39"/>
        <source>recover takes one of --restore-backup and --start-empty</source>
        <translation>recover 需要 --restore-backup 或 --start-empty 二者之一</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="43"/>
        <source>%1 is sound: there is nothing to recover</source>
        <translation>%1 完好：无需恢复</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="55"/>
        <source>restored the copy made on %1 (from %2)</source>
        <translation>已恢复 %1 创建的副本（来自 %2）</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="63"/>
        <source>the damaged file is kept as %1</source>
        <translation>损坏的文件已保留为 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="65"/>
        <source>Password: </source>
        <translation>密码： </translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="97"/>
        <source>account add takes ttrss|greader and the service&apos;s URL (see tidings --help)</source>
        <translation>account add 需要 ttrss|greader 和服务的 URL（参见 tidings --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="100"/>
        <source>unknown service %1: use ttrss or greader</source>
        <translation>未知服务 %1：请使用 ttrss 或 greader</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="103"/>
        <source>%1 is not an http or https address</source>
        <translation>%1 不是 http 或 https 地址</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="105"/>
        <source>account add needs --user U</source>
        <translation>account add 需要 --user U</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="107"/>
        <source>give --password-file or --password-command, not both</source>
        <translation>请指定 --password-file 或 --password-command，不要同时指定两者</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="122"/>
        <source>no password on standard input: type it, pipe it in, or give --password-file F or --password-command CMD</source>
        <translation>标准输入中没有密码：请输入密码、通过管道传入，或指定 --password-file F 或 --password-command CMD</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="138"/>
        <source>added account %1 (%2 at %3 as %4); tidings sync fetches its feeds</source>
        <translation>已添加账户 %1（%3 上的 %2，用户 %4）；tidings sync 会获取其订阅源</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="169"/>
        <source>user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="171"/>
        <source>state: %1; last sync: %2</source>
        <translation>状态：%1；上次同步：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AccountCommands.cpp" line="172"/>
        <source>%n feed(s)</source>
        <translation>
            <numerusform>%n 个订阅源</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AccountCommands.cpp" line="173"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AccountCommands.cpp" line="174"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n 项更改待发送</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="178"/>
        <source>next try: %1</source>
        <translation>下次尝试：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="181"/>
        <source>no accounts (tidings account add ttrss|greader URL --user U)</source>
        <translation>没有账户（tidings account add ttrss|greader URL --user U）</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="364"/>
        <location filename="../app/cli/AccountCommands.cpp" line="371"/>
        <location filename="../app/cli/AccountCommands.cpp" line="413"/>
        <source>account %1: %2</source>
        <translation>账户 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="196"/>
        <location filename="../app/cli/AccountCommands.cpp" line="381"/>
        <location filename="../app/cli/AccountCommands.cpp" line="448"/>
        <source>no account %1 (see tidings account list)</source>
        <translation>没有账户 %1（参见 tidings account list）</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="221"/>
        <source>no account&apos;s feed is %1 (give its URL or title; see tidings sites)</source>
        <translation>找不到账户的订阅源 %1（请指定其 URL 或标题；参见 tidings sites）</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="222"/>
        <source>the account %1 has no feed %2 (give its URL or title; see tidings sites)</source>
        <translation>账户 %1 中没有订阅源 %2（请指定其 URL 或标题；参见 tidings sites）</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="228"/>
        <source>%1 (%2, account %3)</source>
        <translation>%1（%2，账户 %3）</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AccountCommands.cpp" line="229"/>
        <source>%1 names %n feed(s): %2; give its URL, or --account ACCOUNT</source>
        <translation>
            <numerusform>%1 对应 %n 个订阅源：%2；请指定其 URL 或 --account ACCOUNT</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="237"/>
        <source>account %1 sends it to the service at the next sync (tidings sync)</source>
        <translation>账户 %1 会在下次同步时将此更改发送到服务（tidings sync）</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="247"/>
        <source>no site or account&apos;s feed is named %1 (see tidings sites)</source>
        <translation>没有名为 %1 的网站或账户订阅源（参见 tidings sites）</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="253"/>
        <source>unsubscribed from %1 (%2) with its articles; %3</source>
        <translation>已取消订阅 %1（%2）并移除其文章；%3</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="271"/>
        <source>Rename an account&apos;s feed, here and on its service (at the next sync).</source>
        <translation>重命名账户的订阅源，本地立即生效，其服务上于下次同步时生效。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="272"/>
        <location filename="../app/cli/AccountCommands.cpp" line="301"/>
        <source>The feed is this account&apos;s.</source>
        <translation>该订阅源属于此账户。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="275"/>
        <location filename="../app/cli/AccountCommands.cpp" line="305"/>
        <source>The feed&apos;s URL or its title.</source>
        <translation>订阅源的 URL 或其标题。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="276"/>
        <source>Its new title.</source>
        <translation>其新标题。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="281"/>
        <source>rename takes FEED and TITLE (see tidings rename --help)</source>
        <translation>rename 需要 FEED 和 TITLE（参见 tidings rename --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="283"/>
        <source>a feed&apos;s title cannot be empty</source>
        <translation>订阅源的标题不能为空</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="292"/>
        <source>renamed %1 to %2; %3</source>
        <translation>已将 %1 重命名为 %2；%3</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="299"/>
        <source>Move an account&apos;s feed to one of its folders, here and on its service (at the next sync).</source>
        <translation>将账户的订阅源移到该账户的某个文件夹中，本地立即生效，其服务上于下次同步时生效。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="303"/>
        <source>Take the feed out of its folder.</source>
        <translation>将订阅源移出其文件夹。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="306"/>
        <source>One of the account&apos;s folders, by its title.</source>
        <translation>账户的某个文件夹，按其标题指定。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="313"/>
        <source>give FOLDER or --no-folder, not both</source>
        <translation>请指定 FOLDER 或 --no-folder，不要同时指定两者</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="315"/>
        <source>move takes FEED and FOLDER, or FEED --no-folder (see tidings move --help)</source>
        <translation>move 需要 FEED 和 FOLDER，或 FEED --no-folder（参见 tidings move --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="335"/>
        <location filename="../app/cli/AccountCommands.cpp" line="390"/>
        <source>the account %1 has no folder %2 (make it on the service, then sync)</source>
        <translation>账户 %1 中没有文件夹 %2（请先在服务上创建该文件夹，然后同步）</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="341"/>
        <source>moved %1 out of its folder; %2</source>
        <translation>已将 %1 移出其文件夹；%2</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="342"/>
        <source>moved %1 to %2; %3</source>
        <translation>已将 %1 移到 %2；%3</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="406"/>
        <source>kept %1 on %2: its unsubscribe had not been sent</source>
        <translation>已在 %2 上保留 %1：对它的取消订阅尚未发送</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="410"/>
        <source>subscribed to %1 on %2</source>
        <translation>已在 %2 上订阅 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="419"/>
        <source>Add, list or remove accounts with a feed service.</source>
        <translation>添加、列出或移除订阅源服务的账户。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="420"/>
        <source>The user name on the service.</source>
        <translation>服务上的用户名。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="422"/>
        <source>A file holding the password, readable only by you.</source>
        <translation>存有密码的文件，只能由您读取。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="424"/>
        <source>A command that prints the password.</source>
        <translation>输出密码的命令。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="425"/>
        <source>Call the account NAME (default USER@HOST).</source>
        <translation>将账户命名为 NAME（默认为 USER@HOST）。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="428"/>
        <source>add ttrss|greader URL | list | remove ACCOUNT</source>
        <translation>add ttrss|greader URL | list | remove ACCOUNT</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="437"/>
        <source>account takes add, list or remove (see tidings --help)</source>
        <translation>account 需要 add、list 或 remove（参见 tidings --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="444"/>
        <source>account remove takes one ACCOUNT (its name or id, see tidings account list)</source>
        <translation>account remove 只接受一个 ACCOUNT（其名称或 ID，参见 tidings account list）</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="451"/>
        <source>removed account %1 with its feeds and articles</source>
        <translation>已移除账户 %1 及其订阅源和文章</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="457"/>
        <source>List stored articles, newest first.</source>
        <translation>列出已保存的文章，最新的在前。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="458"/>
        <source>Only unread articles.</source>
        <translation>仅未读文章。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="459"/>
        <source>Only starred articles.</source>
        <translation>仅已加星标的文章。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="460"/>
        <source>At most N articles (default 50).</source>
        <translation>最多 N 篇文章（默认为 50）。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="463"/>
        <source>A site or an account (its name).</source>
        <translation>网站或账户（其名称）。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="468"/>
        <source>articles takes at most one SOURCE</source>
        <translation>articles 最多接受一个 SOURCE</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="483"/>
        <source>no site or account %1 (see tidings sites, tidings account list)</source>
        <translation>没有网站或账户 %1（参见 tidings sites、tidings account list）</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="517"/>
        <source>Mark articles read, unread, starred or not, as the window does.</source>
        <translation>像窗口中一样，将文章标为已读、未读、加星标或取消星标。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="518"/>
        <source>read, unread, star or unstar.</source>
        <translation>read、unread、star 或 unstar。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="519"/>
        <source>Local ids or the articles&apos; URLs.</source>
        <translation>本地 ID 或文章的 URL。</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountCommands.cpp" line="526"/>
        <source>mark takes read, unread, star or unstar and at least one ARTICLE</source>
        <translation>mark 需要 read、unread、star 或 unstar 以及至少一个 ARTICLE</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AccountCommands.cpp" line="550"/>
        <source>%n article(s) marked</source>
        <translation>
            <numerusform>已标记 %n 篇文章</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommentDelegate</name>
    <message numerus="yes">
        <location filename="../ui/ThreadView.cpp" line="280"/>
        <source>▸ %n reply(ies) hidden</source>
        <translation>
            <numerusform>▸ 已隐藏 %n 条回复</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="148"/>
        <location filename="../ui/ThreadView.cpp" line="349"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="116"/>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="118"/>
        <source>yours</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="123"/>
        <source>↳ in reply to %1</source>
        <translation>↳ 回复 %1</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="150"/>
        <location filename="../ui/ThreadView.cpp" line="351"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="153"/>
        <location filename="../ui/ThreadView.cpp" line="352"/>
        <source>Cancel</source>
        <comment>discard a comment that waits in the outbox</comment>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="220"/>
        <source>Collapse the replies (left or -)</source>
        <translation>收起回复（左方向键或 -）</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="221"/>
        <source>Show the replies (right or +)</source>
        <translation>展开回复（右方向键或 +）</translation>
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
        <translation>保留在本地：演示网站不在网络上</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="20"/>
        <source>waiting to try again at %1</source>
        <translation>将于 %1 重试</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="21"/>
        <source>waiting to try again at %1 (%2)</source>
        <translation>将于 %1 重试（%2）</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="24"/>
        <source>waiting for the comment it answers to be posted</source>
        <translation>等待所回复的评论先发送</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="25"/>
        <source>waiting to be posted</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="25"/>
        <source>waiting for the network</source>
        <translation>等待网络连接</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="27"/>
        <source>posting…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="29"/>
        <source>posted, awaiting moderation</source>
        <translation>已发送，等待审核</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="31"/>
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="33"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/CommentText.cpp" line="33"/>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/Database.cpp" line="64"/>
        <source>cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="69"/>
        <source>the database %1 is damaged: %2</source>
        <translation>数据库 %1 已损坏：%2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="110"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="113"/>
        <source>the database file is damaged (%1)</source>
        <translation>数据库文件已损坏（%1）</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="147"/>
        <source>the SQLite driver gave no connection handle</source>
        <translation>SQLite 驱动程序未提供连接句柄</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="175"/>
        <source>cannot configure the database %1: %2</source>
        <translation>无法配置数据库 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="186"/>
        <source>%1 is not a Tidings database: %2</source>
        <translation>%1 不是 Tidings 数据库：%2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="193"/>
        <source>%1 was written by a newer Tidings (schema %2; this version knows up to %3). Update Tidings to open it.</source>
        <translation>%1 由更新版本的 Tidings 写入（架构版本 %2；此版本最高支持 %3）。请更新 Tidings 后再打开它。</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="211"/>
        <source>cannot copy the database aside before updating it: %1</source>
        <translation>更新数据库前无法创建其备份副本：%1</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="220"/>
        <source>migration %1 is missing from this build</source>
        <translation>此构建中缺少迁移 %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="229"/>
        <source>cannot update the database to schema %1: %2</source>
        <translation>无法将数据库更新到架构版本 %1：%2</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <location filename="../models/DateText.cpp" line="27"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/DateText.cpp" line="30"/>
        <source>%n min ago</source>
        <extracomment>A short relative time in lists: &quot;5 min ago&quot;</extracomment>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/DateText.cpp" line="32"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/DateText.cpp" line="37"/>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/DateText.cpp" line="39"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
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
        <translation>文档过大：超过 %1 MB</translation>
    </message>
    <message>
        <location filename="../app/parse/DocumentParser.cpp" line="140"/>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>不是有效的 JSON：%1，位于偏移量 %2</translation>
    </message>
    <message>
        <location filename="../app/parse/DocumentParser.cpp" line="149"/>
        <source>not a feed: JSON that is neither a JSON Feed, WordPress comments nor a product list</source>
        <translation>不是订阅源：该 JSON 既不是 JSON Feed，也不是 WordPress 评论或商品列表</translation>
    </message>
    <message>
        <location filename="../app/parse/DocumentParser.cpp" line="159"/>
        <source>cannot read the document</source>
        <translation>无法读取文档</translation>
    </message>
    <message>
        <location filename="../app/parse/DocumentParser.cpp" line="221"/>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/parse/JsonFormats.cpp" line="99"/>
        <source>no JSON Feed version</source>
        <translation>缺少 JSON Feed 版本号</translation>
    </message>
    <message>
        <location filename="../app/parse/JsonFormats.cpp" line="100"/>
        <source>unknown JSON Feed version %1</source>
        <translation>未知的 JSON Feed 版本 %1</translation>
    </message>
</context>
<context>
    <name>GReaderClient</name>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="297"/>
        <source>no complete answer within %L1 s</source>
        <translation>%L1 秒内未收到完整响应</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="302"/>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="310"/>
        <source>the answer is larger than %1 MB</source>
        <translation>响应大于 %1 MB</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="345"/>
        <source>The service&apos;s answer to %1 could not be read: %2.</source>
        <translation>无法读取服务对 %1 的响应：%2。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="348"/>
        <source>Cannot reach the service at %1: %2.</source>
        <translation>无法连接位于 %1 的服务：%2。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="353"/>
        <source>The service asks Tidings to wait %n second(s) before asking again.</source>
        <translation>
            <numerusform>服务要求 Tidings 等待 %n 秒后再发出请求。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="355"/>
        <source>The service says it had too many requests; Tidings waits before asking again.</source>
        <translation>服务表示请求过多；Tidings 将等待一段时间后再发出请求。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="359"/>
        <source>The service has a problem (it answered %1 to %2); Tidings tries again later.</source>
        <translation>服务出现问题（对 %2 的请求返回了 %1）；Tidings 稍后将重试。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="364"/>
        <source>The service refused the user name or password. FreshRSS and Miniflux want the API password set in their settings, not the password of the web page.</source>
        <translation>服务拒绝了该用户名或密码。FreshRSS 和 Miniflux 需要的是在其设置中设定的 API 密码，而不是网页登录密码。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="368"/>
        <source>The service refused the request (%1).</source>
        <translation>服务拒绝了请求（%1）。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="371"/>
        <source>%1 does not answer as a Google Reader API service. For FreshRSS the address ends in /api/greader.php.</source>
        <translation>%1 没有以 Google Reader API 服务的方式响应。FreshRSS 的地址以 /api/greader.php 结尾。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="376"/>
        <source>The service&apos;s answer to %1 could not be read; Tidings tries again later.</source>
        <translation>无法读取服务对 %1 的响应；Tidings 稍后将重试。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="424"/>
        <source>The service at %1 has API access switched off. In FreshRSS, an administrator allows it under Administration, Authentication; each user then sets an API password in the profile.</source>
        <translation>位于 %1 的服务已关闭 API 访问。在 FreshRSS 中，需由管理员在“管理 ▸ 认证”中允许 API 访问；然后每个用户在个人资料中设置 API 密码。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/GReaderClient.cpp" line="790"/>
        <source>The service has no feed %1 to move.</source>
        <translation>服务中没有要移动的订阅源 %1。</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../app/storage/Importer.cpp" line="97"/>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/storage/Importer.cpp" line="156"/>
        <source>Unnamed site</source>
        <translation>未命名网站</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/Importer.cpp" line="195"/>
        <source>%n item(s) stored before that</source>
        <translation>
            <numerusform>此前已保存 %n 个条目</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <location filename="../app/sync/accounts/Keychain.cpp" line="87"/>
        <source>The keychain holds no password for %1.</source>
        <translation>密钥环中没有 %1 的密码。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Keychain.cpp" line="95"/>
        <source>No keychain service is running (Secret Service or KWallet); use --password-file or --password-command to give the password.</source>
        <translation>没有正在运行的密钥环服务（Secret Service 或 KWallet）；请使用 --password-file 或 --password-command 提供密码。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Keychain.cpp" line="99"/>
        <source>The keychain refused access (is it locked?): %1</source>
        <translation>密钥环拒绝了访问（是否已锁定？）：%1</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Keychain.cpp" line="100"/>
        <source>The keychain failed: %1</source>
        <translation>密钥环出错：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/accounts/Keychain.cpp" line="144"/>
        <source>The keychain did not answer within %n second(s); it may be waiting to be unlocked.</source>
        <translation>
            <numerusform>密钥环在 %n 秒内没有响应；它可能正在等待解锁。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Keychain.cpp" line="181"/>
        <source>The keychain was closed before it answered.</source>
        <translation>密钥环在响应之前已被关闭。</translation>
    </message>
</context>
<context>
    <name>Opml</name>
    <message>
        <location filename="../app/sync/Opml.cpp" line="23"/>
        <source>not an OPML file: it starts with &lt;%1&gt;</source>
        <translation>不是 OPML 文件：它以 &lt;%1&gt; 开头</translation>
    </message>
    <message>
        <location filename="../app/sync/Opml.cpp" line="47"/>
        <source>line %1: %2 is not a web address</source>
        <translation>第 %1 行：%2 不是网址</translation>
    </message>
    <message>
        <location filename="../app/sync/Opml.cpp" line="66"/>
        <source>the OPML file is broken at line %1: %2</source>
        <translation>OPML 文件在第 %1 行损坏：%2</translation>
    </message>
    <message>
        <location filename="../app/sync/Opml.cpp" line="71"/>
        <source>not an OPML file: no &lt;opml&gt; with a &lt;body&gt;</source>
        <translation>不是 OPML 文件：没有包含 &lt;body&gt; 的 &lt;opml&gt;</translation>
    </message>
    <message>
        <location filename="../app/sync/Opml.cpp" line="87"/>
        <source>Tidings subscriptions</source>
        <translation>Tidings 订阅</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="169"/>
        <source>Please give your name.</source>
        <translation>请填写您的名字。</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="174"/>
        <source>Please give an email address such as name@example.com.</source>
        <translation>请填写电子邮件地址，例如 name@example.com。</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="180"/>
        <source>The website must be an http or https address.</source>
        <translation>网站必须是 http 或 https 地址。</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="185"/>
        <source>The comment is empty.</source>
        <translation>评论为空。</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="189"/>
        <source>The comment is too long: at most %1 characters.</source>
        <translation>评论过长：最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="203"/>
        <source>No such article.</source>
        <translation>没有此文章。</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="208"/>
        <source>Comments are closed for this article.</source>
        <translation>此文章的评论已关闭。</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="212"/>
        <source>A comment answers one comment, not two.</source>
        <translation>一条评论只能回复一条评论，不能同时回复两条。</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="223"/>
        <source>You have written this comment here already.</source>
        <translation>您已在此处写过这条评论。</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="241"/>
        <source>The comment it answers is not under this article.</source>
        <translation>所回复的评论不在此文章下。</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="260"/>
        <source>This comment has been sent already and can no longer be changed.</source>
        <translation>此评论已发送，无法再修改。</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="274"/>
        <source>This comment has been sent already and can no longer be cancelled.</source>
        <translation>此评论已发送，无法再取消。</translation>
    </message>
    <message>
        <location filename="../app/storage/Outbox.cpp" line="350"/>
        <source>The comment was changed or cancelled meanwhile.</source>
        <translation>此评论在此期间已被修改或取消。</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="134"/>
        <source>No keychain is available; give the account a password file or command (--password-file or --password-command).</source>
        <translation>没有可用的密钥环；请为该账户指定密码文件或密码命令（--password-file 或 --password-command）。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="158"/>
        <source>The password file %1 does not exist.</source>
        <translation>密码文件 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="160"/>
        <location filename="../app/sync/accounts/Passwords.cpp" line="172"/>
        <location filename="../app/sync/accounts/Passwords.cpp" line="200"/>
        <source>The password file %1 cannot be read: %2.</source>
        <translation>无法读取密码文件 %1：%2。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="175"/>
        <source>The password file %1 is not a regular file.</source>
        <translation>密码文件 %1 不是普通文件。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="178"/>
        <source>The password file %1 belongs to another user; only a file of your own is trusted.</source>
        <translation>密码文件 %1 属于其他用户；只信任属于您自己的文件。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="186"/>
        <source>The password file %1 is open to other users (permissions %2); only its owner may have access to it. Make it private with: chmod 600 %3</source>
        <translation>密码文件 %1 对其他用户开放（权限为 %2）；密码文件只允许其所有者访问。可用以下命令将其设为私有：chmod 600 %3</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="209"/>
        <source>The first line of the password file %1 is empty.</source>
        <translation>密码文件 %1 的第一行为空。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="253"/>
        <source>The password command could not be started: %1.</source>
        <translation>无法启动密码命令：%1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/accounts/Passwords.cpp" line="263"/>
        <source>The password command `%1` did not finish within %n second(s).</source>
        <translation>
            <numerusform>密码命令 `%1` 未在 %n 秒内完成。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="264"/>
        <source>The password command `%1` did not finish in time.</source>
        <translation>密码命令 `%1` 未能及时完成。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="267"/>
        <source>It said: %1</source>
        <translation>它的输出：%1</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="277"/>
        <source>The password command `%1` was killed.</source>
        <translation>密码命令 `%1` 已被终止。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="278"/>
        <source>The password command `%1` was killed: %2</source>
        <translation>密码命令 `%1` 已被终止：%2</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="285"/>
        <source>The password command `%1` failed (exit status %2) and printed no error.</source>
        <translation>密码命令 `%1` 失败（退出状态 %2），且未输出错误信息。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="287"/>
        <source>The password command `%1` failed (exit status %2): %3</source>
        <translation>密码命令 `%1` 失败（退出状态 %2）：%3</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="293"/>
        <source>The password command `%1` printed no password.</source>
        <translation>密码命令 `%1` 未输出密码。</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/Passwords.cpp" line="294"/>
        <source>The password command `%1` printed no password: %2</source>
        <translation>密码命令 `%1` 未输出密码：%2</translation>
    </message>
</context>
<context>
    <name>ShopQueries</name>
    <message>
        <location filename="../app/storage/ShopQueries.cpp" line="77"/>
        <source>back in stock</source>
        <translation>已补货</translation>
    </message>
    <message>
        <location filename="../app/storage/ShopQueries.cpp" line="79"/>
        <source>price drop</source>
        <translation>降价</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../app/storage/DemoSite.cpp" line="55"/>
        <source>bundled with Tidings; never fetched</source>
        <translation>随 Tidings 附带；不会联网获取</translation>
    </message>
    <message>
        <location filename="../app/storage/Sources.cpp" line="191"/>
        <source>a site needs a name</source>
        <translation>网站需要一个名称</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../app/storage/Store.cpp" line="297"/>
        <source>an article vanished while it was being stored</source>
        <translation>文章在保存过程中消失了</translation>
    </message>
</context>
<context>
    <name>StoreRecovery</name>
    <message>
        <location filename="../app/storage/StoreRecovery.cpp" line="40"/>
        <location filename="../app/storage/StoreRecovery.cpp" line="96"/>
        <source>there is no database at %1</source>
        <translation>%1 处没有数据库</translation>
    </message>
    <message>
        <location filename="../app/storage/StoreRecovery.cpp" line="104"/>
        <location filename="../app/storage/StoreRecovery.cpp" line="109"/>
        <source>cannot move %1 aside to %2</source>
        <translation>无法将 %1 移至 %2 另行保留</translation>
    </message>
    <message>
        <location filename="../app/storage/StoreRecovery.cpp" line="120"/>
        <source>the copy %1 is damaged too</source>
        <translation>副本 %1 也已损坏</translation>
    </message>
    <message>
        <location filename="../app/storage/StoreRecovery.cpp" line="127"/>
        <source>cannot copy %1 to %2</source>
        <translation>无法将 %1 复制到 %2</translation>
    </message>
</context>
<context>
    <name>TtRssClient</name>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="167"/>
        <source>no complete answer within %L1 s</source>
        <translation>%L1 秒内未收到完整响应</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="197"/>
        <source>Tiny Tiny RSS at %1 sent an answer larger than %2; it was not read</source>
        <translation>位于 %1 的 Tiny Tiny RSS 发送的响应大于 %2；未读取</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="203"/>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="234"/>
        <source>Cannot reach %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="207"/>
        <source>%1 asks to wait before the next request</source>
        <translation>%1 要求在下一次请求前等待</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="213"/>
        <source>%1 has a problem and could not answer (%2)</source>
        <translation>%1 出现问题，无法响应（%2）</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="221"/>
        <source>The web server at %1 asks for a password of its own before Tiny Tiny RSS (%2); Tidings cannot log in through it</source>
        <translation>位于 %1 的 Web 服务器在 Tiny Tiny RSS 之前要求输入它自己的密码（%2）；Tidings 无法通过它登录</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="228"/>
        <source>There is no Tiny Tiny RSS at %1 (%2): is the address right?</source>
        <translation>%1 上没有 Tiny Tiny RSS（%2）：地址是否正确？</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="245"/>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="298"/>
        <source>The answer at %1 is not from Tiny Tiny RSS: is the address right?</source>
        <translation>%1 处的响应并非来自 Tiny Tiny RSS：地址是否正确？</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="249"/>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="389"/>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="492"/>
        <source>Tiny Tiny RSS at %1 sent an answer that cannot be read</source>
        <translation>位于 %1 的 Tiny Tiny RSS 发送的响应无法读取</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="265"/>
        <source>Tiny Tiny RSS at %1 does not accept this user name and password</source>
        <translation>位于 %1 的 Tiny Tiny RSS 不接受此用户名和密码</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="268"/>
        <source>API access is switched off for %1: turn on &quot;Enable API&quot; in Tiny Tiny RSS&apos;s Preferences, then try again</source>
        <translation>%1 的 API 访问已关闭：请在 Tiny Tiny RSS 的偏好设置（Preferences）中开启“Enable API”，然后重试</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="273"/>
        <source>Tiny Tiny RSS at %1 ended the session at once, even after logging in again</source>
        <translation>位于 %1 的 Tiny Tiny RSS 立即结束了会话，重新登录后仍是如此</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="276"/>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="601"/>
        <source>Tiny Tiny RSS has no such feed</source>
        <translation>Tiny Tiny RSS 中没有此订阅源</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="279"/>
        <source>This Tiny Tiny RSS cannot do this (it does not know &quot;%1&quot;)</source>
        <translation>此 Tiny Tiny RSS 无法执行此操作（它不认识“%1”）</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="282"/>
        <source>Tiny Tiny RSS refused the request: %1</source>
        <translation>Tiny Tiny RSS 拒绝了请求：%1</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="282"/>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="561"/>
        <source>Tiny Tiny RSS subscribed to %1 but did not say to which feed</source>
        <translation>Tiny Tiny RSS 已订阅 %1，但没有说明订阅的是哪个订阅源</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="565"/>
        <source>Tiny Tiny RSS does not accept %1 as a feed address</source>
        <translation>Tiny Tiny RSS 不接受 %1 作为订阅源地址</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="568"/>
        <source>%1 is a web page that names no feed</source>
        <translation>%1 是一个网页，其中没有指明任何订阅源</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="579"/>
        <source>%1 is a web page that names several feeds; subscribe to one of them: %2</source>
        <translation>%1 是一个网页，其中指明了多个订阅源；请订阅其中之一：%2</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="585"/>
        <source>Tiny Tiny RSS could not fetch %1: %2</source>
        <translation>Tiny Tiny RSS 无法获取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="589"/>
        <source>Tiny Tiny RSS did not subscribe to %1 (its code %2)</source>
        <translation>Tiny Tiny RSS 未订阅 %1（其代码为 %2）</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="612"/>
        <source>Tiny Tiny RSS&apos;s API cannot rename a feed: rename it in Tiny Tiny RSS itself</source>
        <translation>Tiny Tiny RSS 的 API 无法重命名订阅源：请直接在 Tiny Tiny RSS 中重命名</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/TtRssClient.cpp" line="620"/>
        <source>Tiny Tiny RSS&apos;s API cannot move a feed to another category: move it in Tiny Tiny RSS itself</source>
        <translation>Tiny Tiny RSS 的 API 无法将订阅源移到其他分类：请直接在 Tiny Tiny RSS 中移动</translation>
    </message>
</context>
<context>
    <name>WatchList</name>
    <message>
        <location filename="../app/shop/WatchList.cpp" line="15"/>
        <source>%1: back in stock, now %2 (was %3)</source>
        <translation>%1：已补货，现价 %2（之前为 %3）</translation>
    </message>
    <message>
        <location filename="../app/shop/WatchList.cpp" line="18"/>
        <source>%1: back in stock</source>
        <translation>%1：已补货</translation>
    </message>
    <message>
        <location filename="../app/shop/WatchList.cpp" line="19"/>
        <source>%1: now %2 (was %3)</source>
        <translation>%1：现价 %2（之前为 %3）</translation>
    </message>
</context>
<context>
    <name>XmlFeedParser</name>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="130"/>
        <source>not a feed: got an HTML page</source>
        <translation>不是订阅源：收到的是 HTML 页面</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="131"/>
        <source>not a feed: the document is &lt;%1&gt;</source>
        <translation>不是订阅源：文档为 &lt;%1&gt;</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="769"/>
        <source>cannot read the document</source>
        <translation>无法读取文档</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="783"/>
        <source>white space before the XML declaration</source>
        <translation>XML 声明之前有空白字符</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="799"/>
        <source>uses the HTML entity &amp;%1; without declaring it</source>
        <translation>使用了 HTML 实体 &amp;%1; 但未声明</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="803"/>
        <location filename="../app/parse/XmlFeedParser.cpp" line="808"/>
        <source>empty document</source>
        <translation>空文档</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="805"/>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="811"/>
        <source>the document ends before it is complete (%1)</source>
        <translation>文档不完整，提前结束（%1）</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="819"/>
        <location filename="../app/parse/XmlFeedParser.cpp" line="834"/>
        <source>not well-formed XML: %1 (%2)</source>
        <translation>不是格式良好的 XML：%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="836"/>
        <source>kept what came before line %1</source>
        <translation>保留了第 %1 行之前的内容</translation>
    </message>
    <message>
        <location filename="../app/parse/XmlFeedParser.cpp" line="840"/>
        <source>not a feed: %1 (%2)</source>
        <translation>不是订阅源：%1（%2）</translation>
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
        <translation>%1；上次同步：%2</translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="95"/>
        <source>%1 as %2</source>
        <translation>%1，用户 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/AccountListModel.cpp" line="96"/>
        <source>%n feed(s)</source>
        <translation>
            <numerusform>%n 个订阅源</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/AccountListModel.cpp" line="96"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/AccountListModel.cpp" line="97"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n 项更改待发送</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="99"/>
        <source>Last error: %1</source>
        <translation>上次错误：%1</translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="119"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="121"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../models/AccountListModel.cpp" line="123"/>
        <source>State</source>
        <translation>状态</translation>
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
            <numerusform>%n 条评论，自您上次阅读以来新增 %1 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/ArticleListModel.cpp" line="78"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n 条评论</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/ArticleListModel.cpp" line="115"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../models/ArticleListModel.cpp" line="117"/>
        <source>Site</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../models/ArticleListModel.cpp" line="119"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../models/ArticleListModel.cpp" line="121"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../models/ArticleListModel.cpp" line="123"/>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
</context>
<context>
    <name>tidings::CartModel</name>
    <message>
        <location filename="../models/CartModel.cpp" line="199"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../models/CartModel.cpp" line="209"/>
        <source>out of stock</source>
        <translation>缺货</translation>
    </message>
    <message>
        <location filename="../models/CartModel.cpp" line="249"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../models/CartModel.cpp" line="251"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../models/CartModel.cpp" line="253"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../models/CartModel.cpp" line="255"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../models/CartModel.cpp" line="257"/>
        <source>Changes</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>tidings::CommentSender</name>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="78"/>
        <source>the server answered %1</source>
        <translation>服务器返回了 %1</translation>
    </message>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="83"/>
        <source>the site says comments are coming too quickly; trying again later</source>
        <translation>网站表示评论发送过于频繁；稍后将重试</translation>
    </message>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="144"/>
        <source>comments are closed for this article</source>
        <translation>此文章的评论已关闭</translation>
    </message>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="156"/>
        <source>the site takes comments only from registered users</source>
        <translation>该网站只接受注册用户的评论</translation>
    </message>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="235"/>
        <source>The site takes no comments on this article (closed, or too old).</source>
        <translation>该网站不接受对此文章的评论（已关闭或文章过旧）。</translation>
    </message>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="257"/>
        <source>the article&apos;s page cannot be read: %1</source>
        <translation>无法读取文章页面：%1</translation>
    </message>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="264"/>
        <source>the site takes no comments on this article (closed, or too old)</source>
        <translation>该网站不接受对此文章的评论（已关闭或文章过旧）</translation>
    </message>
    <message>
        <location filename="../app/sync/CommentSender.cpp" line="268"/>
        <source>the article&apos;s page does not say which post it is</source>
        <translation>文章页面未注明它对应的是哪篇文章</translation>
    </message>
</context>
<context>
    <name>tidings::DamagedStoreDialog</name>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="13"/>
        <source>Damaged Database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="14"/>
        <source>Tidings cannot read its database: the file is damaged.</source>
        <translation>Tidings 无法读取其数据库：文件已损坏。</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="15"/>
        <source>%1

Nothing has been changed yet. Whatever you choose, the damaged file is kept beside the new one, renamed, and never deleted, so it can still be rescued.</source>
        <translation>%1

目前尚未做任何更改。无论您选择哪一项，损坏的文件都会改名后保留在新文件旁边，绝不会被删除，因此仍有机会抢救。</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="20"/>
        <source>Tidings copied the database on %1, before a database update. Going back to that copy loses what was stored after it: refreshing the sites fetches their articles again, but read marks, drafts and the cart from after that day are not in it.</source>
        <translation>Tidings 曾于 %1 在数据库更新前复制了数据库。回到该副本会丢失此后保存的内容：刷新网站会重新获取其文章，但那天之后的已读标记、草稿和购物车不在副本中。</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="25"/>
        <source>&amp;Restore the Copy</source>
        <translation>恢复副本(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="27"/>
        <source>Go back to the copy made on %1</source>
        <translation>回到 %1 创建的副本</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="29"/>
        <source>There is no earlier copy to go back to.</source>
        <translation>没有可以回到的较早副本。</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="32"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="33"/>
        <source>&amp;Start with an Empty Database</source>
        <translation>以空数据库开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/DamagedStoreDialog.cpp" line="35"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>tidings::Fetcher</name>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="25"/>
        <source>timed out after %1 s</source>
        <translation>%1 秒后超时</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="27"/>
        <source>the server refused the connection</source>
        <translation>服务器拒绝了连接</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="29"/>
        <source>the server closed the connection before sending everything</source>
        <translation>服务器在发送完所有内容之前关闭了连接</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="31"/>
        <source>cannot find the server %1</source>
        <translation>找不到服务器 %1</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="33"/>
        <source>the secure connection failed: %1</source>
        <translation>安全连接失败：%1</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="35"/>
        <source>too many redirects</source>
        <translation>重定向次数过多</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="37"/>
        <source>refused a redirect from HTTPS to HTTP</source>
        <translation>已拒绝从 HTTPS 到 HTTP 的重定向</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="46"/>
        <source>the network is not available</source>
        <translation>网络不可用</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="201"/>
        <source>the compressed response expands beyond the size limit of %1 MB; it was not read</source>
        <translation>压缩的响应解压后超过 %1 MB 的大小限制；未读取</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="232"/>
        <source>redirected to %1, which is not a web address</source>
        <translation>被重定向到 %1，但它不是网址</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="234"/>
        <source>refused a redirect from HTTPS to HTTP (%1)</source>
        <translation>已拒绝从 HTTPS 到 HTTP 的重定向（%1）</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="190"/>
        <source>the response is larger than %1 MB; it was not read</source>
        <translation>响应大于 %1 MB；未读取</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="41"/>
        <source>the compressed response is damaged (%1)</source>
        <translation>压缩的响应已损坏（%1）</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="156"/>
        <source>no complete response within %L1 s: the server sends too slowly</source>
        <translation>%L1 秒内未收到完整响应：服务器发送太慢</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="203"/>
        <source>the response is larger than %1 MB; it was cut off</source>
        <translation>响应大于 %1 MB；已截断</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="236"/>
        <source>the server redirects in a loop (%1 leads back to %2)</source>
        <translation>服务器循环重定向（%1 又指回 %2）</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="239"/>
        <source>too many redirects (more than %1); the last went to %2</source>
        <translation>重定向次数过多（超过 %1 次）；最后一次指向 %2</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="280"/>
        <source>the server says the feed is gone (410 Gone); it is no longer fetched</source>
        <translation>服务器表示该订阅源已不存在（410 Gone）；将不再获取</translation>
    </message>
    <message>
        <location filename="../app/net/Fetcher.cpp" line="59"/>
        <source>server said %1 %2</source>
        <translation>服务器返回 %1 %2</translation>
    </message>
</context>
<context>
    <name>tidings::OutboxService</name>
    <message>
        <location filename="../app/sync/OutboxService.cpp" line="61"/>
        <source>Whether the site takes comments could not be stored.</source>
        <translation>无法保存网站是否接受评论的信息。</translation>
    </message>
</context>
<context>
    <name>tidings::OutboxSync</name>
    <message>
        <location filename="../app/sync/OutboxSync.cpp" line="198"/>
        <source>the site takes no comments from Tidings this way</source>
        <translation>该网站不接受 Tidings 以此方式提交的评论</translation>
    </message>
</context>
<context>
    <name>tidings::ProductListModel</name>
    <message>
        <location filename="../models/ProductListModel.cpp" line="61"/>
        <source>%1, by %2</source>
        <translation>%1，品牌：%2</translation>
    </message>
</context>
<context>
    <name>tidings::RefreshEngine</name>
    <message>
        <location filename="../app/sync/RefreshEngine.cpp" line="164"/>
        <source>no site named %1 (see tidings sites)</source>
        <translation>没有名为 %1 的网站（参见 tidings sites）</translation>
    </message>
    <message>
        <location filename="../app/sync/RefreshEngine.cpp" line="318"/>
        <source>postponed: the server asked to wait until %1</source>
        <translation>已推迟：服务器要求等待至 %1</translation>
    </message>
    <message>
        <location filename="../app/sync/RefreshEngine.cpp" line="409"/>
        <location filename="../app/sync/RefreshEngine.cpp" line="724"/>
        <source>malformed: %1</source>
        <translation>格式有误：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/RefreshEngine.cpp" line="441"/>
        <location filename="../app/sync/RefreshEngine.cpp" line="511"/>
        <source>(asked to wait %n second(s))</source>
        <translation>
            <numerusform>（要求等待 %n 秒）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/RefreshEngine.cpp" line="456"/>
        <location filename="../app/sync/RefreshEngine.cpp" line="466"/>
        <location filename="../app/sync/RefreshEngine.cpp" line="665"/>
        <location filename="../app/sync/RefreshEngine.cpp" line="709"/>
        <source>page %1: %2</source>
        <translation>第 %1 页：%2</translation>
    </message>
    <message>
        <location filename="../app/sync/RefreshEngine.cpp" line="485"/>
        <location filename="../app/sync/RefreshEngine.cpp" line="557"/>
        <source>reading comments from the site: %1</source>
        <translation>从网站读取评论：%1</translation>
    </message>
    <message>
        <location filename="../app/sync/RefreshEngine.cpp" line="551"/>
        <source>not a feed of articles</source>
        <translation>不是文章订阅源</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/RefreshEngine.cpp" line="573"/>
        <source>comments of %n article(s) found on the site</source>
        <translation>
            <numerusform>在网站上找到了 %n 篇文章的评论</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidings::RemoteImages</name>
    <message>
        <location filename="../app/net/RemoteImages.cpp" line="84"/>
        <source>the image is larger than %1</source>
        <translation>图片大于 %1</translation>
    </message>
    <message>
        <location filename="../app/net/RemoteImages.cpp" line="104"/>
        <source>the image is too large to show (%1 × %2)</source>
        <translation>图片过大，无法显示（%1 × %2）</translation>
    </message>
    <message>
        <location filename="../app/net/RemoteImages.cpp" line="111"/>
        <source>not an image that can be shown: %1</source>
        <translation>不是可显示的图片：%1</translation>
    </message>
</context>
<context>
    <name>tidings::SiteDiscovery</name>
    <message>
        <location filename="../app/net/Discovery.cpp" line="163"/>
        <source>not a web address: %1</source>
        <translation>不是网址：%1</translation>
    </message>
    <message>
        <location filename="../app/net/Discovery.cpp" line="172"/>
        <source>no answer from %1</source>
        <translation>%1 无响应</translation>
    </message>
    <message>
        <location filename="../app/net/Discovery.cpp" line="201"/>
        <source>no feed found on %1: it announces none</source>
        <translation>在 %1 上未找到订阅源：该页面未声明任何订阅源</translation>
    </message>
    <message>
        <location filename="../app/net/Discovery.cpp" line="230"/>
        <source>the feeds %1 announces could not be read</source>
        <translation>无法读取 %1 声明的订阅源</translation>
    </message>
    <message>
        <location filename="../app/net/Discovery.cpp" line="261"/>
        <source>the product feed %1: %2</source>
        <translation>商品订阅源 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/net/Discovery.cpp" line="266"/>
        <source>%1 is not a product feed</source>
        <translation>%1 不是商品订阅源</translation>
    </message>
</context>
<context>
    <name>tidings::SourceTreeModel</name>
    <message>
        <location filename="../models/SourceTreeModel.cpp" line="214"/>
        <source>All articles</source>
        <translation>所有文章</translation>
    </message>
    <message>
        <location filename="../models/SourceTreeModel.cpp" line="214"/>
        <location filename="../models/SourceTreeModel.cpp" line="275"/>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <location filename="../models/SourceTreeModel.cpp" line="214"/>
        <source>Starred</source>
        <translation>已加星标</translation>
    </message>
    <message>
        <location filename="../models/SourceTreeModel.cpp" line="228"/>
        <source>An account with a feed service: its feeds and marks sync with the service (File ▸ Accounts…)</source>
        <translation>订阅源服务的账户：其订阅源和标记与服务同步（文件 ▸ 账户…）</translation>
    </message>
    <message>
        <location filename="../models/SourceTreeModel.cpp" line="235"/>
        <source>A folder of %1</source>
        <translation>%1 的文件夹</translation>
    </message>
    <message>
        <location filename="../models/SourceTreeModel.cpp" line="275"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>tidings::accounts::AccountSyncWorker</name>
    <message>
        <location filename="../app/sync/accounts/AccountSyncWorker.cpp" line="142"/>
        <location filename="../app/sync/accounts/AccountSyncWorker.cpp" line="149"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../app/sync/accounts/AccountSyncWorker.cpp" line="171"/>
        <source>The account is gone.</source>
        <translation>该账户已不存在。</translation>
    </message>
</context>
<context>
    <name>tidings::ui::AboutDialog</name>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="127"/>
        <source>About Tidings</source>
        <translation>关于 Tidings</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="132"/>
        <source>&lt;h2&gt;Tidings %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Tidings %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="134"/>
        <source>Reads a publisher&apos;s site, its comments and its shop, and keeps them to read offline.</source>
        <translation>阅读发布者的网站、评论和商店，并将其保存在本地以便离线阅读。</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="138"/>
        <source>Free software under the GNU General Public License, version 3 or later: you may use, study, share and change it. It comes with no warranty.</source>
        <translation>依据 GNU 通用公共许可证第 3 版或更高版本发布的自由软件：您可以使用、研究、分享和修改它。本软件不提供任何担保。</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="143"/>
        <source>Your data (back up this folder to keep it):</source>
        <translation>您的数据（请备份此文件夹以保留数据）：</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="148"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="149"/>
        <source>The folder that holds the database and the image cache</source>
        <translation>存放数据库和图片缓存的文件夹</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="150"/>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>使用 Qt %1 构建，运行于 Qt %2。</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="156"/>
        <source>&amp;Open Data Folder</source>
        <translation>打开数据文件夹(&amp;O)</translation>
    </message>
</context>
<context>
    <name>tidings::ui::AccountsPage</name>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="39"/>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="40"/>
        <source>S&amp;ync Now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="41"/>
        <source>Change &amp;Password…</source>
        <translation>更改密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="56"/>
        <source>Sync subscriptions and read and starred articles with a feed service you also use on other devices. Comment threads and products still come from each site.</source>
        <translation>将订阅、已读文章和已加星标的文章与您在其他设备上也在使用的订阅源服务同步。评论串和商品仍从各网站获取。</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="60"/>
        <source>A&amp;dd Account…</source>
        <translation>添加账户(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="85"/>
        <source>The password of %1 was not changed: %2</source>
        <translation>%1 的密码未更改：%2</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="90"/>
        <source>The new password of %1 is kept until Tidings quits: no keychain runs on this desktop.</source>
        <translation>Tidings 只在退出前保留 %1 的新密码：此桌面上没有运行密钥环。</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="93"/>
        <source>The new password of %1 is in the keychain; syncing…</source>
        <translation>%1 的新密码已存入密钥环；正在同步…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="99"/>
        <source>%1 synced: %2</source>
        <translation>%1 已同步：%2</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="99"/>
        <source>%1 could not sync: %2</source>
        <translation>%1 无法同步：%2</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="121"/>
        <source>This account&apos;s password comes from a file or a command: change it there.</source>
        <translation>此账户的密码来自密码文件或密码命令：请在那里更改。</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="124"/>
        <source>No accounts yet.</source>
        <translation>还没有账户。</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="140"/>
        <source>No keychain runs on this desktop, so Tidings keeps the password of %1 only until it quits and asks for it once each time it starts. A password file or command avoids that.</source>
        <translation>此桌面上没有运行密钥环，因此 Tidings 只在退出前保留 %1 的密码，并在每次启动时询问一次。使用密码文件或密码命令可避免这种情况。</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="143"/>
        <source>Added %1; its feeds and articles arrive with its first sync.</source>
        <translation>已添加 %1；首次同步时将获取其订阅源和文章。</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="159"/>
        <source>Remove the account %1 from Tidings? Its feeds and articles go from this computer; nothing changes on the service.</source>
        <translation>要从 Tidings 中移除账户 %1 吗？其订阅源和文章将从这台计算机上删除；服务上不会有任何更改。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AccountsPage.cpp" line="164"/>
        <source>%n change(s) made here have not reached the service yet and would be lost.</source>
        <translation>
            <numerusform>%n 项本地更改尚未送达服务，将会丢失。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="167"/>
        <location filename="../ui/AccountsPage.cpp" line="178"/>
        <source>Remove Account</source>
        <translation>移除账户</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="179"/>
        <source>The account could not be removed: %1</source>
        <translation>无法移除账户：%1</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="199"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="212"/>
        <source>Change Password</source>
        <translation>更改密码</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="213"/>
        <source>The new password of %1 at %2 (Tidings checks it with the service first):</source>
        <translation>%1 在 %2 上的新密码（Tidings 会先向服务验证）：</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="225"/>
        <source>Checking with the service…</source>
        <translation>正在向服务验证…</translation>
    </message>
</context>
<context>
    <name>tidings::ui::AddAccountDialog</name>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="240"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="242"/>
        <location filename="../ui/AccountsPage.cpp" line="306"/>
        <source>&amp;Command:</source>
        <translation>命令(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="247"/>
        <source>Add Account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="249"/>
        <source>Tiny Tiny RSS</source>
        <translation>Tiny Tiny RSS</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="250"/>
        <source>Google Reader API (FreshRSS, Miniflux, Inoreader…)</source>
        <translation>Google Reader API（FreshRSS、Miniflux、Inoreader…）</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="266"/>
        <source>&amp;Service:</source>
        <translation>服务(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="267"/>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="268"/>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="256"/>
        <source>The desktop&apos;s keychain</source>
        <translation>桌面的密钥环</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="257"/>
        <source>A file only I can read</source>
        <translation>只有我能读取的文件</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="258"/>
        <source>What a command prints</source>
        <translation>命令输出的内容</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="269"/>
        <source>Password &amp;kept in:</source>
        <translation>密码保存于(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="274"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="276"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
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
        <translation>文件(&amp;F)：</translation>
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
        <translation>请指定存有密码的文件。</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="355"/>
        <source>Give the command that prints the password.</source>
        <translation>请指定输出密码的命令。</translation>
    </message>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="358"/>
        <source>Checking with the service…</source>
        <translation>正在向服务验证…</translation>
    </message>
</context>
<context>
    <name>tidings::ui::ArticleView</name>
    <message>
        <location filename="../ui/ArticleView.cpp" line="243"/>
        <source>Open the original</source>
        <translation>打开原文</translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="189"/>
        <source>Welcome to Tidings</source>
        <translation>欢迎使用 Tidings</translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="31"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="32"/>
        <source>The article chosen in the list; space pages down, o opens the original</source>
        <translation>列表中所选的文章；空格键向下翻页，o 打开原文</translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="190"/>
        <source>What you see is The Patch Bay, a made-up tech site that comes with Tidings, so there is something to read, comments to follow and a shop to look at. It is never fetched.</source>
        <translation>您看到的是 The Patch Bay，一个随 Tidings 附带的虚构科技网站，让您有文章可读、有评论可跟、有商店可逛。它永远不会被联网获取。</translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="192"/>
        <source>To read a real site, choose File ▸ Add Site… (%1) and type its address, such as example.com. Tidings finds its feeds, its comment threads and its shop by itself, and keeps everything on this computer, so it reads offline too.</source>
        <translation>要阅读真实的网站，请选择“文件 ▸ 添加网站…”（%1）并输入其地址，例如 example.com。Tidings 会自行找到它的订阅源、评论串和商店，并将所有内容保存在这台计算机上，因此离线时也能阅读。</translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="196"/>
        <source>Move through articles with j and k, page with the space bar, star with s, open the original with o, and search with /.</source>
        <translation>用 j 和 k 在文章间移动，用空格键翻页，用 s 加星标，用 o 打开原文，用 / 搜索。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ArticleView.cpp" line="231"/>
        <source>%n image(s) from the web not loaded, to keep what you read private.</source>
        <translation>
            <numerusform>为保护您的阅读隐私，未加载 %n 张网络图片。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="233"/>
        <source>Show images</source>
        <translation>显示图片</translation>
    </message>
    <message>
        <location filename="../ui/ArticleView.cpp" line="234"/>
        <source>Always show images</source>
        <translation>始终显示图片</translation>
    </message>
</context>
<context>
    <name>tidings::ui::CartPane</name>
    <message>
        <location filename="../ui/CartPane.cpp" line="44"/>
        <source>Your cart is empty. Add products from the Shop tab.</source>
        <translation>您的购物车是空的。请从“商店”标签页添加商品。</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="49"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="50"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="51"/>
        <source>&amp;Accept Changes</source>
        <translation>接受变化(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="52"/>
        <source>Check &amp;Out</source>
        <translation>结账(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="62"/>
        <location filename="../ui/CartPane.cpp" line="120"/>
        <source>Cart</source>
        <translation>购物车</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="64"/>
        <source>The products in your cart; edit a quantity in place (0 removes the line), Delete removes it</source>
        <translation>购物车中的商品；可直接修改数量（设为 0 即移除该行），按 Delete 键也可移除该行</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="65"/>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="77"/>
        <source>Open each store&apos;s checkout in your browser with these items. Tidings never asks for payment details.</source>
        <translation>在浏览器中打开各商店的结账页面，并带上这些商品。Tidings 从不索取付款信息。</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="79"/>
        <source>I have seen the new prices and availability</source>
        <translation>我已知晓新的价格和库存情况</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="106"/>
        <source>Added %1 to the cart.</source>
        <translation>已将 %1 加入购物车。</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="108"/>
        <source>Removed %1 from the cart.</source>
        <translation>已将 %1 从购物车移除。</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="121"/>
        <source>Remove the chosen line</source>
        <translation>移除所选的行</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="126"/>
        <source>Undo the removal</source>
        <translation>撤销移除</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="180"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="190"/>
        <source>Prices or availability changed since you added some items; see Changes.</source>
        <translation>自您加入部分商品以来，价格或库存情况已发生变化；请查看“变化”列。</translation>
    </message>
    <message>
        <location filename="../ui/CartPane.cpp" line="209"/>
        <source>Could not open %1 in the browser.</source>
        <translation>无法在浏览器中打开 %1。</translation>
    </message>
</context>
<context>
    <name>tidings::ui::CommentsPanel</name>
    <message>
        <location filename="../ui/CommentsPanel.cpp" line="29"/>
        <source>Comment count</source>
        <translation>评论数</translation>
    </message>
    <message>
        <location filename="../ui/CommentsPanel.cpp" line="76"/>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../ui/CommentsPanel.cpp" line="126"/>
        <source>No comments yet</source>
        <translation>暂无评论</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CommentsPanel.cpp" line="126"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n 条评论</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CommentsPanel.cpp" line="128"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n 条新评论</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CommentsPanel.cpp" line="157"/>
        <location filename="../ui/CommentsPanel.cpp" line="164"/>
        <source>Cancel comment</source>
        <translation>取消评论</translation>
    </message>
    <message>
        <location filename="../ui/CommentsPanel.cpp" line="158"/>
        <source>Cancel this comment? It has not been sent, and its text will be gone.</source>
        <translation>要取消这条评论吗？它尚未发送，其内容将会丢失。</translation>
    </message>
</context>
<context>
    <name>tidings::ui::Composer</name>
    <message>
        <location filename="../ui/Composer.cpp" line="47"/>
        <source>Write a comment…</source>
        <translation>撰写评论…</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="56"/>
        <location filename="../ui/Composer.cpp" line="298"/>
        <source>Post</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="57"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="67"/>
        <location filename="../ui/Composer.cpp" line="297"/>
        <source>Cancel reply</source>
        <translation>取消回复</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="76"/>
        <source>Your name</source>
        <translation>您的名字</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="77"/>
        <source>you@example.org</source>
        <translation>you@example.org</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="78"/>
        <source>https:// (optional)</source>
        <translation>https://（可选）</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="79"/>
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="80"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="81"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="82"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="83"/>
        <source>Never shown publicly</source>
        <translation>绝不公开显示</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="84"/>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="85"/>
        <source>Blank lines separate paragraphs; Ctrl+Return posts</source>
        <translation>用空行分隔段落；按 Ctrl+Return 发送</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="86"/>
        <source>Opens the form to comment on the article</source>
        <translation>打开评论此文章的表单</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="87"/>
        <source>Your comment. Blank lines separate paragraphs.</source>
        <translation>您的评论。用空行分隔段落。</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="93"/>
        <source>never shown publicly</source>
        <translation>绝不公开显示</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="103"/>
        <source>&amp;Name</source>
        <translation>名字(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="105"/>
        <source>E&amp;mail</source>
        <translation>电子邮件(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="108"/>
        <source>&amp;Website</source>
        <translation>网站(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="114"/>
        <source>Post (Ctrl+Return)</source>
        <translation>发送（Ctrl+Return）</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="118"/>
        <source>Post the comment (or save the change)</source>
        <translation>发送评论（或保存修改）</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="123"/>
        <source>Comment form</source>
        <translation>评论表单</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="149"/>
        <source>Comment status</source>
        <translation>评论状态</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="271"/>
        <source>Comments are closed for this article.</source>
        <translation>此文章的评论已关闭。</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="272"/>
        <source>Comments are closed: %1</source>
        <translation>评论已关闭：%1</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="292"/>
        <source>Changing your comment before it is sent</source>
        <translation>正在修改尚未发送的评论</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="293"/>
        <source>Stop changing</source>
        <translation>取消修改</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="294"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="296"/>
        <source>Replying to %1</source>
        <translation>正在回复 %1</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="296"/>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="399"/>
        <source>This comment has been sent already and can no longer be changed.</source>
        <translation>此评论已发送，无法再修改。</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="441"/>
        <source>The draft could not be saved: %1. The text is still here; it is saved as soon as that is possible again.</source>
        <translation>无法保存草稿：%1。文本仍在此处；一旦能够保存，就会立即保存。</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="447"/>
        <source>The draft is saved again.</source>
        <translation>草稿已重新保存。</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="483"/>
        <source>Saved your changes.</source>
        <translation>已保存您的修改。</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="522"/>
        <source>Saved; kept here: the demo site is not on the network.</source>
        <translation>已保存；保留在本地：演示网站不在网络上。</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="523"/>
        <source>Saved; posting now.</source>
        <translation>已保存；正在发送。</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="524"/>
        <source>Saved; it will be posted when you are online.</source>
        <translation>已保存；将在您联网后发送。</translation>
    </message>
</context>
<context>
    <name>tidings::ui::InThisArticle</name>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="296"/>
        <source>&lt;b&gt;In this article&lt;/b&gt;</source>
        <translation>&lt;b&gt;本文提及&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="341"/>
        <source>(was %1)</source>
        <translation>（原价 %1）</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="343"/>
        <source>Out of stock</source>
        <translation>缺货</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="345"/>
        <source>Show %1 in the shop</source>
        <translation>在商店中显示 %1</translation>
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
        <translation>Tidings 无法创建其数据文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="96"/>
        <source>&amp;News</source>
        <translation>新闻(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97"/>
        <source>&amp;Shop</source>
        <translation>商店(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169"/>
        <source>&amp;Refresh All</source>
        <translation>全部刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="130"/>
        <source>Refresh problems</source>
        <translation>刷新问题</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>&amp;Add Site…</source>
        <translation>添加网站(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="173"/>
        <source>&amp;Mark All Read</source>
        <translation>全部标为已读(&amp;M)</translation>
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
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="190"/>
        <source>Acc&amp;ounts…</source>
        <translation>账户(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="193"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="197"/>
        <source>&amp;Comments</source>
        <translation>评论(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="199"/>
        <source>&amp;Outbox…</source>
        <translation>发件箱(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="199"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <source>Search &amp;Products</source>
        <translation>搜索商品(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="206"/>
        <source>Show &amp;Cart</source>
        <translation>显示购物车(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="206"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208"/>
        <source>Check &amp;Out</source>
        <translation>结账(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="213"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="216"/>
        <source>&amp;About Tidings</source>
        <translation>关于 Tidings(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="217"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="219"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225"/>
        <source>Added %1; fetching it now.</source>
        <translation>已添加 %1；正在获取。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>Could not add the site: %1</source>
        <translation>无法添加网站：%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="257"/>
        <source>Comments you wrote that are not published yet (Comments ▸ Outbox…)</source>
        <translation>您撰写但尚未发布的评论（评论 ▸ 发件箱…）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="261"/>
        <source>%n comment(s) waiting</source>
        <translation>
            <numerusform>%n 条评论等待发送</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="305"/>
        <source>Syncing %1…</source>
        <translation>正在同步 %1…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="351"/>
        <source>Subscribed to %1.</source>
        <translation>已订阅 %1。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="352"/>
        <source>Could not subscribe to %1: %2</source>
        <translation>无法订阅 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="365"/>
        <source>Password for %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="366"/>
        <source>No keychain holds the password of %1 at %2. Type it to sync the account; Tidings keeps it only until it quits.</source>
        <translation>没有密钥环存有 %2 上的用户 %1 的密码。请输入密码以同步该账户；Tidings 只在退出前保留该密码。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="382"/>
        <source>Account %1: %2</source>
        <translation>账户 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="400"/>
        <source>Add Site</source>
        <translation>添加网站</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="401"/>
        <source>The address of a site&apos;s home page or of one of its feeds:</source>
        <translation>网站首页或其某个订阅源的地址：</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="405"/>
        <source>Looking at %1…</source>
        <translation>正在查看 %1…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="452"/>
        <source>Tidings cannot open its database: %1</source>
        <translation>Tidings 无法打开其数据库：%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="519"/>
        <source>Damaged Database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="523"/>
        <source>The damaged database is kept as %1.</source>
        <translation>损坏的数据库已保留为 %1。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="576"/>
        <source>Watched products</source>
        <translation>关注的商品</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="471"/>
        <source>Welcome! This is a demo site, so there is something to read.</source>
        <translation>欢迎！这是一个演示网站，让您有内容可读。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="81"/>
        <location filename="../ui/MainWindow.cpp" line="590"/>
        <source>Ca&amp;rt (%1)</source>
        <translation>购物车(&amp;R) (%1)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="98"/>
        <source>Ca&amp;rt</source>
        <translation>购物车(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201"/>
        <source>Sho&amp;p</source>
        <translation>商店(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="321"/>
        <source>Changes not sent yet: %1</source>
        <translation>更改尚未发送：%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="381"/>
        <source>Account %1: %2 (the new password goes in File ▸ Accounts… ▸ Change Password…)</source>
        <translation>账户 %1：%2（要提供新密码，请选择“文件 ▸ 账户… ▸ 更改密码…”）</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="536"/>
        <source>Refreshing %1 of %2</source>
        <translation>正在刷新第 %1 个订阅源，共 %2 个</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="537"/>
        <source>Refreshing %1 of %2: %3</source>
        <translation>正在刷新第 %1 个订阅源（共 %2 个）：%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="549"/>
        <source>%n feed(s) could not be refreshed</source>
        <translation>
            <numerusform>%n 个订阅源无法刷新</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidings::ui::NewsPane</name>
    <message>
        <location filename="../ui/NewsPane.cpp" line="104"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="106"/>
        <source>All articles, unread, starred, then each site and its feeds, with unread counts</source>
        <translation>所有文章、未读、已加星标，然后是各网站及其订阅源，并附未读数</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="107"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="108"/>
        <source>The articles of the chosen source, newest first; unread ones in bold. j and k move, m toggles read, s the star</source>
        <translation>所选来源的文章，最新的在前；未读文章以粗体显示。j 和 k 移动，m 切换已读状态，s 切换星标</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="110"/>
        <location filename="../ui/NewsPane.cpp" line="187"/>
        <source>Search articles</source>
        <translation>搜索文章</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="111"/>
        <source>Searches titles, authors and text as you type</source>
        <translation>输入时即在标题、作者和正文中搜索</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="113"/>
        <source>Search articles (/)</source>
        <translation>搜索文章（/）</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="151"/>
        <source>Select an article to read it.</source>
        <translation>选择一篇文章进行阅读。</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="170"/>
        <source>News</source>
        <translation>新闻</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="179"/>
        <source>Next article</source>
        <translation>下一篇文章</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="180"/>
        <source>Previous article</source>
        <translation>上一篇文章</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="181"/>
        <source>Toggle read</source>
        <translation>切换已读状态</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="182"/>
        <source>Toggle starred</source>
        <translation>切换星标</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="183"/>
        <source>Open the original in the browser</source>
        <translation>在浏览器中打开原文</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="184"/>
        <source>Page down; at the end, the next unread article</source>
        <translation>向下翻页；到末尾时转到下一篇未读文章</translation>
    </message>
    <message>
        <location filename="../ui/NewsPane.cpp" line="185"/>
        <source>Show this article&apos;s images</source>
        <translation>显示此文章的图片</translation>
    </message>
</context>
<context>
    <name>tidings::ui::OutboxDialog</name>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="39"/>
        <source>Nothing waits: every comment you wrote is published.</source>
        <translation>没有等待中的评论：您撰写的所有评论均已发布。</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="40"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="41"/>
        <source>&amp;Cancel Comment</source>
        <translation>取消评论(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="42"/>
        <source>&amp;Try Now</source>
        <translation>立即尝试(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="43"/>
        <source>&amp;Go to Article</source>
        <translation>转到文章(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="45"/>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="47"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="47"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="47"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="47"/>
        <source>Written</source>
        <translation>撰写时间</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="49"/>
        <source>Comments not yet published</source>
        <translation>尚未发布的评论</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="50"/>
        <source>Each comment you wrote that is not published yet, with its state</source>
        <translation>您撰写但尚未发布的每条评论及其状态</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="128"/>
        <source>To %1: %2</source>
        <translation>回复 %1：%2</translation>
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
        <translation>取消评论</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="185"/>
        <source>Cancel this comment? It has not been sent, and its text will be gone.</source>
        <translation>要取消这条评论吗？它尚未发送，其内容将会丢失。</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="203"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="216"/>
        <location filename="../ui/OutboxDialog.cpp" line="229"/>
        <source>Change comment</source>
        <translation>修改评论</translation>
    </message>
    <message>
        <location filename="../ui/OutboxDialog.cpp" line="216"/>
        <source>Your comment under “%1”:</source>
        <translation>您在“%1”下的评论：</translation>
    </message>
</context>
<context>
    <name>tidings::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/Preferences.cpp" line="54"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="56"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="59"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="60"/>
        <source>at once</source>
        <translation>立即</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="63"/>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="64"/>
        <source>system</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="66"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="66"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="66"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="68"/>
        <source>Ask for each article</source>
        <translation>每篇文章都询问</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="68"/>
        <source>Always</source>
        <translation>始终</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="68"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="73"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="80"/>
        <source>A new language applies the next time Tidings starts.</source>
        <translation>新的语言将在下次启动 Tidings 时生效。</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="89"/>
        <source>Refresh every</source>
        <translation>刷新间隔</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="90"/>
        <source>Mark read after</source>
        <translation>标为已读延迟</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="91"/>
        <source>Reader font size</source>
        <translation>阅读器字号</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="92"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="93"/>
        <source>Load remote images</source>
        <translation>加载远程图片</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="94"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="96"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="103"/>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/Preferences.cpp" line="104"/>
        <source>&amp;Accounts</source>
        <translation>账户(&amp;A)</translation>
    </message>
</context>
<context>
    <name>tidings::ui::ProductDetailView</name>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="47"/>
        <source>Add to Cart</source>
        <translation>加入购物车</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="48"/>
        <source>Watch</source>
        <translation>关注</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="49"/>
        <source>Open in Store</source>
        <translation>在商店中打开</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="67"/>
        <source>Tell me when the price drops or it is back in stock</source>
        <translation>在降价或补货时通知我</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="71"/>
        <source>Product description</source>
        <translation>商品描述</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="72"/>
        <source>Product picture</source>
        <translation>商品图片</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="74"/>
        <source>Opens the product&apos;s page in your browser</source>
        <translation>在浏览器中打开商品页面</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="75"/>
        <source>Adds the chosen variant and quantity to the cart</source>
        <translation>将所选规格和数量加入购物车</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="79"/>
        <source>&amp;Variant:</source>
        <translation>规格(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="80"/>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="168"/>
        <source>Mentioned in: %1</source>
        <translation>提及此商品的文章：%1</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="182"/>
        <source>Choose a product to see it here.</source>
        <translation>选择一件商品以在此查看。</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="185"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="196"/>
        <source>Picture %1 of %2</source>
        <translation>第 %1 张图片，共 %2 张</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="218"/>
        <source>out of stock</source>
        <translation>缺货</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="255"/>
        <source>In stock</source>
        <translation>有货</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="255"/>
        <source>Available to order</source>
        <translation>可订购</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="256"/>
        <source>Out of stock</source>
        <translation>缺货</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="131"/>
        <location filename="../ui/ProductDetail.cpp" line="264"/>
        <source>No picture</source>
        <translation>无图片</translation>
    </message>
    <message>
        <location filename="../ui/ProductDetail.cpp" line="273"/>
        <source>Loading picture…</source>
        <translation>正在加载图片…</translation>
    </message>
</context>
<context>
    <name>tidings::ui::ShopPane</name>
    <message>
        <location filename="../ui/ShopPane.cpp" line="96"/>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="151"/>
        <source>Out of stock</source>
        <translation>缺货</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="182"/>
        <source>In stock</source>
        <translation>有货</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="183"/>
        <source>On sale</source>
        <translation>特价</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="184"/>
        <source>Watched</source>
        <translation>已关注</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="194"/>
        <location filename="../ui/ShopPane.cpp" line="217"/>
        <source>Search products</source>
        <translation>搜索商品</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="196"/>
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="197"/>
        <source>All brands</source>
        <translation>所有品牌</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="204"/>
        <source>from</source>
        <translation>最低价</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="205"/>
        <source>to</source>
        <translation>最高价</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="206"/>
        <source>Lowest price, in each store&apos;s currency</source>
        <translation>最低价格，按各商店的货币计</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="207"/>
        <source>Highest price, in each store&apos;s currency</source>
        <translation>最高价格，按各商店的货币计</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="208"/>
        <source>Newest</source>
        <translation>最新</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="209"/>
        <source>Price: low to high</source>
        <translation>价格：从低到高</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="210"/>
        <source>Price: high to low</source>
        <translation>价格：从高到低</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="211"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="214"/>
        <location filename="../ui/ShopPane.cpp" line="366"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="215"/>
        <source>Cards in a grid, or a list</source>
        <translation>以网格卡片或列表显示</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="218"/>
        <source>Finds products by title, brand, category and description as you type</source>
        <translation>输入时即按标题、品牌、类别和描述查找商品</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="219"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="220"/>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="221"/>
        <source>Lowest price</source>
        <translation>最低价格</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="223"/>
        <source>Highest price</source>
        <translation>最高价格</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="225"/>
        <source>Sort by</source>
        <translation>排序方式</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="226"/>
        <source>Show as a grid</source>
        <translation>以网格显示</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="228"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="229"/>
        <source>The products that match the filters; Enter adds the chosen one to the cart</source>
        <translation>符合筛选条件的商品；按 Enter 键将所选商品加入购物车</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="245"/>
        <source>Price:</source>
        <translation>价格：</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="291"/>
        <source>Shop</source>
        <translation>商店</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="292"/>
        <source>Add the chosen product to the cart</source>
        <translation>将所选商品加入购物车</translation>
    </message>
    <message>
        <location filename="../ui/ShopPane.cpp" line="366"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ShopPane.cpp" line="411"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 件商品</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidings::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="39"/>
        <location filename="../ui/MainWindow.cpp" line="60"/>
        <source>Everywhere</source>
        <translation>全局</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="67"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="69"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="69"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="72"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="73"/>
        <source>Every action that has keys, by the part of the window where the keys work</source>
        <translation>所有带快捷键的操作，按快捷键起作用的窗口区域分组</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="98"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
</context>
<context>
    <name>tidings::ui::SourceTreeMenu</name>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="66"/>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="69"/>
        <source>Rename Feed</source>
        <translation>重命名订阅源</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="69"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="73"/>
        <source>&amp;Move to Folder</source>
        <translation>移到文件夹(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="85"/>
        <source>No Folder</source>
        <translation>无文件夹</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="87"/>
        <source>Tiny Tiny RSS&apos;s API cannot rename a feed or move it: do it in Tiny Tiny RSS</source>
        <translation>Tiny Tiny RSS 的 API 无法重命名或移动订阅源：请在 Tiny Tiny RSS 中操作</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="94"/>
        <source>&amp;Unsubscribe…</source>
        <translation>取消订阅(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="95"/>
        <source>Unsubscribe</source>
        <translation>取消订阅</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="96"/>
        <source>Unsubscribe from %1? Its articles go from this computer, and the service drops the feed at the next sync.</source>
        <translation>要取消订阅 %1 吗？其文章将从这台计算机上删除，服务将在下次同步时移除该订阅源。</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="107"/>
        <source>Su&amp;bscribe to a Feed…</source>
        <translation>订阅新的订阅源(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="107"/>
        <source>Su&amp;bscribe to a Feed in This Folder…</source>
        <translation>在此文件夹中订阅新的订阅源(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="110"/>
        <source>Subscribe</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="110"/>
        <source>The feed&apos;s address:</source>
        <translation>订阅源的地址：</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="115"/>
        <source>S&amp;ync Now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="116"/>
        <source>Account &amp;Settings…</source>
        <translation>账户设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/SourceTreeMenu.cpp" line="153"/>
        <source>Subscribing to %1…</source>
        <translation>正在订阅 %1…</translation>
    </message>
</context>
<context>
    <name>tidings::ui::ThreadView</name>
    <message>
        <location filename="../ui/ThreadView.cpp" line="381"/>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="382"/>
        <source>The comment thread under the article: n and p move, r replies</source>
        <translation>文章下方的评论串：n 和 p 移动，r 回复</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="463"/>
        <source>Comment thread</source>
        <translation>评论串</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="471"/>
        <source>Next comment</source>
        <translation>下一条评论</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="472"/>
        <source>Previous comment</source>
        <translation>上一条评论</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="473"/>
        <source>Collapse the replies; again: go to the parent</source>
        <translation>收起回复；再按一次：转到上级评论</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="475"/>
        <source>Show the replies</source>
        <translation>展开回复</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="479"/>
        <source>Reply to the comment</source>
        <translation>回复该评论</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="483"/>
        <source>Change your comment not yet sent</source>
        <translation>修改您尚未发送的评论</translation>
    </message>
    <message>
        <location filename="../ui/ThreadView.cpp" line="488"/>
        <source>Cancel your comment not yet sent</source>
        <translation>取消您尚未发送的评论</translation>
    </message>
</context>
</TS>
