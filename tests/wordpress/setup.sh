#!/usr/bin/env bash
# A real WordPress for the interop test, made from scratch: Debian 12's `wordpress` package, a private
# MariaDB on a Unix socket (no TCP) and PHP's built-in server on 127.0.0.1. Everything lives in one
# folder; nothing under /etc or /var/lib/wordpress is read or written.
#
#   tests/wordpress/setup.sh          set one up, print its address, keep it up until Ctrl-C
#   source tests/wordpress/setup.sh   then: wp_require_packages; wp_start DIR; ...; wp_stop
#
# wp_start leaves DIR/site.env with what a test needs (WP_URL, WP_SOCKET, WP_DB, WP_POST_ID, ...).
# Exit status 77 (wp_require_packages) means WordPress cannot be installed on this machine.

wp_packages=(wordpress wordpress-theme-twentytwentythree mariadb-server-core mariadb-client-core php-cli php-mysql python3)
wp_mariadb_pid=
wp_php_pid=

wp_log() { echo "wordpress: $*" >&2; }

# Installs what is missing with apt-get (as root, or through sudo without a password). Returns 77
# where that is impossible: the caller reports the test skipped, never passed.
wp_require_packages() {
    local missing=() p
    for p in "${wp_packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    ((${#missing[@]})) || return 0
    command -v apt-get >/dev/null || { wp_log "cannot install ${missing[*]}: no apt-get here"; return 77; }
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if sudo -n true 2>/dev/null; then
            sudo=(sudo -n)
        else
            wp_log "cannot install ${missing[*]}: neither root nor password-less sudo"
            return 77
        fi
    fi
    wp_log "installing ${missing[*]}"
    local apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -y -o DPkg::Lock::Timeout=300)
    if ! "${apt[@]}" install --no-install-recommends "${missing[@]}" >&2; then
        "${apt[@]}" update >&2 || true
        if ! "${apt[@]}" install --no-install-recommends "${missing[@]}" >&2; then
            wp_log "cannot install ${missing[*]} with apt-get"
            return 77
        fi
    fi
}

# A TCP port free on 127.0.0.1 right now (php -S takes no port 0).
wp_free_port() {
    php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); $n = stream_socket_get_name($s, false);
            echo substr($n, strrpos($n, ":") + 1);'
}

wp_wait_for() { # SECONDS COMMAND...: runs COMMAND every 0.1 s until it succeeds
    local deadline=$((SECONDS + $1))
    shift
    until "$@" >/dev/null 2>&1; do
        ((SECONDS < deadline)) || return 1
        sleep 0.1
    done
}

wp_start() { # DIR
    local dir=$1
    local here
    here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
    mkdir -p "$dir"
    dir="$(cd "$dir" && pwd)"
    WP_DIR=$dir
    WP_SOCKET=$dir/mariadb.sock
    WP_DB=wordpress

    # MariaDB: an empty data folder, no grant tables (only this socket reaches it, and only the test
    # uses it), small InnoDB files so it is up in about a second. --skip-networking: no TCP at all.
    mkdir -p "$dir/mariadb"
    local user=()
    [ "$(id -u)" -ne 0 ] || user=(--user=root)
    /usr/sbin/mariadbd --no-defaults --datadir="$dir/mariadb" --socket="$WP_SOCKET" --skip-networking \
        --skip-grant-tables --innodb-buffer-pool-size=32M --innodb-log-file-size=8M "${user[@]}" \
        --pid-file="$dir/mariadb.pid" --log-error="$dir/mariadb.log" 2>>"$dir/mariadb.log" &
    wp_mariadb_pid=$!
    if ! wp_wait_for 30 mariadb --no-defaults --socket="$WP_SOCKET" -e 'SELECT 1'; then
        wp_log "MariaDB did not start:"
        tail -20 "$dir/mariadb.log" >&2
        return 1
    fi
    mariadb --no-defaults --socket="$WP_SOCKET" -e "CREATE DATABASE $WP_DB CHARACTER SET utf8mb4" || return 1

    # WordPress: the package's files, seen through a folder of symbolic links whose wp-config.php is
    # ours (the package's own reads /etc/wordpress/config-HOST.php), with a wp-content of its own.
    WP_PORT=$(wp_free_port)
    WP_URL=http://127.0.0.1:$WP_PORT
    local root=$dir/site
    mkdir -p "$root/wp-content/themes" "$root/wp-content/plugins" "$root/wp-content/mu-plugins" \
        "$root/wp-content/uploads"
    local f
    for f in /usr/share/wordpress/*; do
        case "${f##*/}" in wp-config.php | wp-content) continue ;; esac
        ln -s "$f" "$root/"
    done
    ln -s /usr/share/wordpress/wp-content/themes/twentytwentythree "$root/wp-content/themes/"
    cp "$here/tidings-interop.php" "$root/wp-content/mu-plugins/"
    local salt
    salt=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
    cat >"$root/wp-config.php" <<EOF
<?php
define('DB_NAME', '$WP_DB');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:$WP_SOCKET');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
define('WP_HOME', '$WP_URL');
define('WP_SITEURL', '$WP_URL');
define('WP_CONTENT_DIR', '$root/wp-content');
foreach (['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT',
          'LOGGED_IN_SALT', 'NONCE_SALT'] as \$name) {
    define(\$name, '$salt' . \$name);
}
// Nothing leaves the machine: no update checks, no pings, no cron requests to itself.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
define('WP_DEBUG', false);
\$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
EOF
    cat >"$dir/router.php" <<EOF
<?php
// php -S router: what WordPress's .htaccess does under Apache (files as they are, everything else to
// index.php), with ABSPATH set first so every entry point loads this site's wp-config.php.
define('ABSPATH', '$root/');
\$path = rawurldecode(parse_url(\$_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
\$file = ABSPATH . ltrim(\$path, '/');
if (is_dir(\$file) && is_file(rtrim(\$file, '/') . '/index.php')) {
    \$path = rtrim(\$path, '/') . '/index.php';
    \$file = ABSPATH . ltrim(\$path, '/');
}
if (!is_file(\$file) || strpos(\$path, '..') !== false) {
    \$path = '/index.php';
    \$file = ABSPATH . 'index.php';
} elseif (substr(\$file, -4) !== '.php') {
    return false;
}
// php -S logs no request line for what a router answers: requests.log has "STATUS METHOD URI", so
// a test can tell which route a comment took.
register_shutdown_function(function () {
    file_put_contents('$dir/requests.log', sprintf("%d %s %s\\n", http_response_code(),
        \$_SERVER['REQUEST_METHOD'], \$_SERVER['REQUEST_URI']), FILE_APPEND | LOCK_EX);
});
\$_SERVER['SCRIPT_NAME'] = \$_SERVER['PHP_SELF'] = \$path;
\$_SERVER['SCRIPT_FILENAME'] = \$file;
chdir(dirname(\$file));
require \$file;
EOF

    # Install: WordPress's own wp_install() from the command line (there is no wp-cli in Debian 12),
    # then the post and its three-level thread.
    WP_POST_ID=$(php -d display_errors=stderr "$here/install.php" "$root" "$WP_URL") || {
        wp_log "installing WordPress failed"
        return 1
    }

    # One process answering one request at a time (PHP_CLI_SERVER_WORKERS would fork workers that
    # outlive a killed parent): Tidings' second request to the host simply waits its turn.
    php -S "127.0.0.1:$WP_PORT" -t "$root" "$dir/router.php" >"$dir/php.log" 2>&1 &
    wp_php_pid=$!
    if ! wp_wait_for 30 php -r "exit(@file_get_contents('$WP_URL/wp-json/') === false ? 1 : 0);"; then
        wp_log "PHP's server did not answer on $WP_URL:"
        tail -20 "$dir/php.log" >&2
        return 1
    fi
    cat >"$dir/site.env" <<EOF
WP_URL=$WP_URL
WP_PORT=$WP_PORT
WP_SOCKET=$WP_SOCKET
WP_DB=$WP_DB
WP_POST_ID=$WP_POST_ID
WP_DIR=$dir
EOF
    export WP_URL WP_PORT WP_SOCKET WP_DB WP_POST_ID WP_DIR
}

# Stops what wp_start started (by process id) and waits for it.
wp_stop() {
    trap '' INT TERM # a second Ctrl-C must not cut the clean-up short
    local pid
    for pid in $wp_php_pid $wp_mariadb_pid; do
        if kill "$pid" 2>/dev/null; then
            wait "$pid" 2>/dev/null || true # its status is that of the signal
        fi
    done
    wp_php_pid=
    wp_mariadb_pid=
    return 0
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -euo pipefail
    status=0
    wp_require_packages || status=$?
    [ "$status" -eq 0 ] || exit "$status"
    work=$(mktemp -d "${TMPDIR:-/tmp}/tidings-wordpress.XXXXXX")
    trap 'wp_stop; rm -rf "$work"' EXIT
    trap 'exit 130' INT TERM
    started=$SECONDS
    wp_start "$work"
    echo "WordPress at $WP_URL (post $WP_POST_ID), set up in $((SECONDS - started)) s; files in $work"
    echo "SQL: mariadb --socket=$WP_SOCKET $WP_DB. Ctrl-C stops it and removes everything."
    wait "$wp_php_pid"
fi
