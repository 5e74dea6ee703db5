<?php
// php install.php SITE_ROOT URL: installs WordPress into the empty database of SITE_ROOT/wp-config.php,
// as the web installer would, then writes the article the interop test reads: a post with a
// three-level thread (approved comments). Prints the post's id.
if ($argc !== 3) {
    fwrite(STDERR, "usage: php install.php SITE_ROOT URL\n");
    exit(1);
}
[, $root, $url] = $argv;
$parts = parse_url($url);
$_SERVER['HTTP_HOST'] = $parts['host'] . ':' . $parts['port'];
$_SERVER['SERVER_NAME'] = $parts['host'];
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
$_SERVER['REMOTE_ADDR'] = '127.0.0.1';
define('WP_INSTALLING', true);
define('ABSPATH', rtrim($root, '/') . '/');

// No mail leaves a test (the installer tells the new admin by mail).
function wp_new_blog_notification($blog_title, $blog_url, $user_id, $password)
{
}

require ABSPATH . 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$result = wp_install('Tidings interop', 'admin', 'admin@example.invalid', true, '',
                     wp_generate_password(24), 'en_US');
if (empty($result['user_id'])) {
    fwrite(STDERR, "wp_install failed\n");
    exit(1);
}

// Pretty permalinks, as most sites have them (the router plays Apache's rewrite rules).
global $wp_rewrite;
$wp_rewrite->set_permalink_structure('/%year%/%monthnum%/%postname%/');
flush_rewrite_rules(false);

// Comments appear at once (no "held for moderation" for first-time authors), so the thread read
// back shows them; the switches the mu-plugin reads start as: REST comments on, no flood window.
update_option('comment_previously_approved', 0);
update_option('comment_moderation', 0);
// Nobody to tell of new comments, and no sendmail to tell them with.
update_option('comments_notify', 0);
update_option('moderation_notify', 0);
update_option('tidings_rest_comments', '1');
update_option('tidings_flood_seconds', '0');

// The installer's sample post, page and comment are not part of the test.
foreach (get_posts(['post_type' => ['post', 'page'], 'post_status' => 'any', 'numberposts' => -1]) as $p) {
    wp_delete_post($p->ID, true);
}

// Written as a draft first, as in the editor, so its guid is "?p=ID" like every real post's (the feed
// shows it; Tidings reads the REST post id from it).
$postId = wp_insert_post([
    'post_title' => 'Three levels of replies',
    'post_content' => '<p>An article whose readers answer each other, three levels deep.</p>',
    'post_status' => 'draft',
    'post_author' => $result['user_id'],
    'comment_status' => 'open',
], true);
if (is_wp_error($postId) || is_wp_error(wp_update_post(['ID' => $postId, 'post_status' => 'publish'], true))) {
    fwrite(STDERR, "cannot write the post\n");
    exit(1);
}

// Dated two hours back and from other addresses, so they never count in the flood check of the
// comments the test posts from 127.0.0.1.
$thread = [
    ['key' => 'top', 'parent' => null, 'author' => 'Alice Archer', 'text' => 'Top of the thread, level one.'],
    ['key' => 'second', 'parent' => 'top', 'author' => 'Bob Baker', 'text' => 'An answer at level two.'],
    ['key' => 'third', 'parent' => 'second', 'author' => 'Carol Cole', 'text' => 'And one at level three.'],
    ['key' => 'other', 'parent' => null, 'author' => 'Dan Drew', 'text' => 'Another top-level comment.'],
];
$ids = [];
$when = time() - 2 * HOUR_IN_SECONDS;
foreach ($thread as $i => $c) {
    $gmt = gmdate('Y-m-d H:i:s', $when + 60 * $i);
    $ids[$c['key']] = wp_insert_comment([
        'comment_post_ID' => $postId,
        'comment_parent' => $c['parent'] === null ? 0 : $ids[$c['parent']],
        'comment_author' => $c['author'],
        'comment_author_email' => strtolower(strtok($c['author'], ' ')) . '@example.invalid',
        'comment_author_IP' => '192.0.2.' . (10 + $i),
        'comment_content' => $c['text'],
        'comment_approved' => 1,
        'comment_date_gmt' => $gmt,
        'comment_date' => get_date_from_gmt($gmt),
    ]);
}
echo $postId, "\n";
