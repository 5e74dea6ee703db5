<?php
/*
 * Plugin Name: Tidings interop test switches
 * Description: Installed by Tidings' interop test (tests/wordpress). Two options a test flips in the
 * database between requests: tidings_rest_comments ("1": anonymous comments through REST, as a site
 * that enables them; "0": WordPress's default, 401 rest_comment_login_required) and
 * tidings_flood_seconds (WordPress's flood window, 15 s by default; 0 turns it off, so the test waits
 * only where it means to).
 */

add_filter('rest_allow_anonymous_comments', function () {
    return get_option('tidings_rest_comments', '1') === '1';
});

remove_filter('comment_flood_filter', 'wp_throttle_comment_flood', 10);
add_filter('comment_flood_filter', function ($block, $timeLastComment, $timeNewComment) {
    if ($block) {
        return $block;
    }
    return ($timeNewComment - $timeLastComment) < (int) get_option('tidings_flood_seconds', '15');
}, 10, 3);
