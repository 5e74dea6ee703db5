#!/usr/bin/env bash
# A real Tiny Tiny RSS for the tests, made from scratch: Debian 12's `tt-rss` package, a private PostgreSQL
# cluster on a Unix socket (no TCP), PHP's built-in server on 127.0.0.1, and the test feeds served by a
# second PHP server on http://[::1]:80/ (tt-rss refuses to fetch from 127.*, localhost or other ports).
# Everything lives in one folder: tt-rss runs from a copy of /usr/share/tt-rss/www with a config.php of
# its own, so nothing under /etc/tt-rss or /var/lib/tt-rss is read or written and the package stays as
# it is.
#
#   tests/ttrss/setup.sh              set one up, print its address, keep it up until Ctrl-C
#   source tests/ttrss/setup.sh       then: tt_require_packages; tt_start DIR; ...; tt_stop
#
# tt_start leaves DIR/ttrss.env with what a test needs (TTRSS_URL, TTRSS_USER, TTRSS_PASSWORD,
# TTRSS_NOAPI_USER, TTRSS_FEEDS_DIR, TTRSS_FEEDS_URL, TTRSS_UPDATE, TTRSS_PSQL) and exports it.
# Status 77 means tt-rss cannot be installed (tt_require_packages) or served (tt_start: no [::1]:80).
# Started as root, PostgreSQL and both PHP servers run as www-data (tt-rss refuses to update feeds as
# root); the feed server gets only the capability to bind port 80.

tt_packages=(tt-rss php-cli php-pgsql php-curl postgresql)
tt_pg_pid=
tt_php_pid=
tt_feeds_pid=

tt_log() { echo "ttrss: $*" >&2; }

# Installs what is missing with apt-get (as root, or through sudo without a password). Returns 77
# where that is impossible: the caller reports the test skipped, never passed.
tt_require_packages() {
    local missing=() p
    for p in "${tt_packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    ((${#missing[@]})) || return 0
    command -v apt-get >/dev/null || { tt_log "cannot install ${missing[*]}: no apt-get here"; return 77; }
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if sudo -n true 2>/dev/null; then
            sudo=(sudo -n)
        else
            tt_log "cannot install ${missing[*]}: neither root nor password-less sudo"
            return 77
        fi
    fi
    tt_log "installing ${missing[*]}"
    # Without this the package's dbconfig-common tries to make a database and a user in the machine's
    # MySQL/MariaDB (observed: it fails where none runs, prints errors and carries on; where one runs,
    # it would change it). The tests bring their own database.
    echo "tt-rss tt-rss/dbconfig-install boolean false" | "${sudo[@]}" debconf-set-selections
    local apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -y -o DPkg::Lock::Timeout=300)
    local started=$SECONDS
    if ! "${apt[@]}" install --no-install-recommends "${missing[@]}" >&2; then
        "${apt[@]}" update >&2 || true
        if ! "${apt[@]}" install --no-install-recommends "${missing[@]}" >&2; then
            tt_log "cannot install ${missing[*]} with apt-get"
            return 77
        fi
    fi
    tt_log "installed in $((SECONDS - started)) s"
}

tt_free_port() {
    php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); $n = stream_socket_get_name($s, false);
            echo substr($n, strrpos($n, ":") + 1);'
}

tt_wait_for() { # SECONDS COMMAND...: runs COMMAND every 0.1 s until it succeeds
    local deadline=$((SECONDS + $1))
    shift
    until "$@" >/dev/null 2>&1; do
        ((SECONDS < deadline)) || return 1
        sleep 0.1
    done
}

tt_start() { # DIR
    local dir=$1
    mkdir -p "$dir"
    dir="$(cd "$dir" && pwd)"
    TTRSS_DIR=$dir
    # As root, the servers run as www-data; the folder (from mktemp, 0700) must let them in.
    local as=()
    if [ "$(id -u)" -eq 0 ]; then
        as=(setpriv --reuid=www-data --regid=www-data --init-groups --reset-env)
        chmod 755 "$dir"
        if ! "${as[@]}" test -x "$dir"; then
            tt_log "www-data cannot enter $dir: run with TMPDIR set to a folder it can reach, such as /tmp"
            return 1
        fi
    fi
    mkdir -p "$dir/pg" "$dir/run" "$dir/feeds" "$dir/cache/images" "$dir/cache/upload" "$dir/cache/export" \
        "$dir/lock" "$dir/icons"
    [ "$(id -u)" -ne 0 ] || chown www-data:www-data "$dir/pg" "$dir/run" "$dir/cache" "$dir/cache/"* "$dir/lock" \
        "$dir/icons"
    chmod 700 "$dir/pg"

    # PostgreSQL: a cluster of its own, trust authentication, no TCP (listen_addresses empty), its socket
    # in DIR/run. fsync off: it is thrown away afterwards.
    local pgbin
    pgbin=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -1)
    [ -x "$pgbin/initdb" ] || { tt_log "no PostgreSQL server binaries in /usr/lib/postgresql"; return 1; }
    if ! "${as[@]}" "$pgbin/initdb" -D "$dir/pg" -U ttrss --auth=trust -E UTF8 --locale=C.UTF-8 -N \
        >"$dir/initdb.log" 2>&1; then
        tt_log "initdb failed:"
        tail -20 "$dir/initdb.log" >&2
        return 1
    fi
    "${as[@]}" "$pgbin/postgres" -D "$dir/pg" -c listen_addresses= -c unix_socket_directories="$dir/run" \
        -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=16MB \
        >"$dir/postgres.log" 2>&1 &
    tt_pg_pid=$!
    TTRSS_PSQL=$dir/psql
    cat >"$TTRSS_PSQL" <<EOF
#!/bin/sh
# psql on the test's tt-rss database: $dir/psql -c 'SELECT ...'
exec "$pgbin/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir/run" -U ttrss -d ttrss "\$@"
EOF
    chmod 755 "$TTRSS_PSQL"
    if ! tt_wait_for 30 "$pgbin/psql" -X -h "$dir/run" -U ttrss -d postgres -c 'SELECT 1'; then
        tt_log "PostgreSQL did not start:"
        tail -20 "$dir/postgres.log" >&2
        return 1
    fi
    "$pgbin/psql" -X -q -h "$dir/run" -U ttrss -d postgres -c 'CREATE DATABASE ttrss' || return 1
    "$TTRSS_PSQL" -f /usr/share/tt-rss/schema/ttrss_schema_pgsql.sql >"$dir/schema.log" 2>&1 || {
        tt_log "loading the schema failed:"
        tail -20 "$dir/schema.log" >&2
        return 1
    }

    # Two users, made as tt-rss's own auth_internal plugin checks them: pwd_hash is "MODE2:" and the
    # SHA-256 of salt . password. Preferences (normally made at the first login) are the defaults but
    # for ENABLE_API_ACCESS, on for one user and off for the other. update.php fetches only the feeds
    # of users who have a DEFAULT_UPDATE_INTERVAL and logged in within 30 days: both are set here, so
    # it works before any login.
    TTRSS_USER=tidings
    TTRSS_PASSWORD=tidings-password
    TTRSS_NOAPI_USER=noapi
    "$TTRSS_PSQL" <<EOF || return 1
INSERT INTO ttrss_users (login, pwd_hash, salt, access_level, last_login) VALUES
  ('$TTRSS_USER', 'MODE2:' || encode(sha256(convert_to('tidings-salt' || '$TTRSS_PASSWORD', 'UTF8')), 'hex'),
   'tidings-salt', 0, NOW()),
  ('$TTRSS_NOAPI_USER', 'MODE2:' || encode(sha256(convert_to('tidings-salt' || '$TTRSS_PASSWORD', 'UTF8')), 'hex'),
   'tidings-salt', 0, NOW());
INSERT INTO ttrss_user_prefs (owner_uid, pref_name, profile, value)
  SELECT u.id, p.pref_name, NULL,
         CASE WHEN p.pref_name = 'ENABLE_API_ACCESS' THEN CASE u.login WHEN '$TTRSS_USER' THEN 'true' ELSE 'false' END
              ELSE p.def_value END
  FROM ttrss_users u, ttrss_prefs p WHERE u.login IN ('$TTRSS_USER', '$TTRSS_NOAPI_USER');
EOF

    # tt-rss: a copy of the package's www (8 MB; a copy rather than links, because tt-rss finds its
    # config.php through __FILE__, which PHP resolves through symbolic links) with our config.php.
    cp -a /usr/share/tt-rss/www "$dir/www"
    rm -f "$dir/www/config.php" "$dir/www/feed-icons"
    # The package links lib/ and vendor/ to other packages' files with relative links: point the copies
    # at the same files.
    local link
    while IFS= read -r link; do
        ln -sfn "$(readlink -f "/usr/share/tt-rss/www/${link#"$dir/www/"}")" "$link"
    done < <(find "$dir/www" -type l)
    ln -s "$dir/icons" "$dir/www/feed-icons"
    local port
    port=$(tt_free_port)
    TTRSS_URL=http://127.0.0.1:$port
    cat >"$dir/www/config.php" <<EOF
<?php
// The test's tt-rss: the settings of the package's /etc/tt-rss/config.php, pointed at a private
// PostgreSQL and folders of its own.
define('DB_TYPE', 'pgsql');
define('DB_HOST', '$dir/run');
define('DB_PORT', '');
define('DB_USER', 'ttrss');
define('DB_NAME', 'ttrss');
define('DB_PASS', '');
define('MYSQL_CHARSET', 'UTF8');
define('SELF_URL_PATH', '$TTRSS_URL/');
define('SINGLE_USER_MODE', false);
define('SIMPLE_UPDATE_MODE', false);
define('PHP_EXECUTABLE', '/usr/bin/php');
define('LOCK_DIRECTORY', '$dir/lock');
define('CACHE_DIR', '$dir/cache');
define('ICONS_DIR', '$dir/icons');
define('ICONS_URL', 'feed-icons');
define('AUTH_AUTO_CREATE', false);
define('AUTH_AUTO_LOGIN', false);
define('FORCE_ARTICLE_PURGE', 0);
define('ENABLE_REGISTRATION', false);
define('REG_NOTIFY_ADDRESS', 'user@example.invalid');
define('REG_MAX_USERS', 10);
define('SESSION_COOKIE_LIFETIME', 86400);
define('SMTP_FROM_NAME', 'Tiny Tiny RSS');
define('SMTP_FROM_ADDRESS', 'noreply@example.invalid');
define('DIGEST_SUBJECT', '[tt-rss] New headlines for last 24 hours');
define('CHECK_FOR_UPDATES', false); // nothing leaves the machine
define('ENABLE_GZIP_OUTPUT', false);
define('PLUGINS', 'auth_internal');
define('LOG_DESTINATION', 'sql');
define('CONFIG_VERSION', 26);
EOF

    # The test feeds: files in DIR/feeds, served on [::1]:80. As root, this server runs as www-data
    # with only the capability to bind a port below 1024.
    if ! php -r '$s = @stream_socket_server("tcp://[::1]:80"); exit($s ? 0 : 1);'; then
        tt_log "cannot listen on [::1]:80 (in use, or no IPv6 loopback, or not root): tt-rss fetches only from port 80"
        return 77
    fi
    TTRSS_FEEDS_DIR=$dir/feeds
    TTRSS_FEEDS_URL='http://[::1]'
    echo ok >"$dir/feeds/alive.txt"
    local bind=()
    [ "$(id -u)" -ne 0 ] || bind=("${as[@]}" --inh-caps=+net_bind_service --ambient-caps=+net_bind_service)
    "${bind[@]}" php -S "[::1]:80" -t "$dir/feeds" >"$dir/feeds.log" 2>&1 &
    tt_feeds_pid=$!

    # One process answering one request at a time, as www-data.
    (cd "$dir/www" && exec "${as[@]}" php -S "127.0.0.1:$port" -t "$dir/www" >"$dir/php.log" 2>&1) &
    tt_php_pid=$!
    if ! tt_wait_for 30 php -r "exit(@file_get_contents('$TTRSS_URL/api/') === false ? 1 : 0);"; then
        tt_log "PHP's server did not answer on $TTRSS_URL:"
        tail -20 "$dir/php.log" >&2
        return 1
    fi
    if ! tt_wait_for 30 php -r "exit(@file_get_contents('$TTRSS_FEEDS_URL/alive.txt') === false ? 1 : 0);"; then
        tt_log "the feed server did not answer on $TTRSS_FEEDS_URL:"
        tail -20 "$dir/feeds.log" >&2
        return 1
    fi

    # update.php as www-data (never as root: tt-rss refuses it), from its folder, forcing every feed due.
    # Under PHP 8.2 this 2021 tt-rss warns hundreds of times per run (undefined keys in its plugin host
    # and SQL logger), also in the PHP processes it starts: an ini file they all read sends the
    # warnings to DIR/lock/update.log rather than into the test's output.
    mkdir -p "$dir/php.d"
    cat >"$dir/php.d/tidings-test.ini" <<EOF
display_errors = Off
log_errors = On
error_log = "$dir/lock/update.log"
EOF
    TTRSS_UPDATE=$dir/update-feeds
    cat >"$TTRSS_UPDATE" <<EOF
#!/bin/sh
# Makes the test's tt-rss fetch every feed now.
cd "$dir/www" && exec ${as[*]} env PHP_INI_SCAN_DIR=":$dir/php.d" /usr/bin/php update.php --force-update --feeds --quiet
EOF
    chmod 755 "$TTRSS_UPDATE"

    cat >"$dir/ttrss.env" <<EOF
TTRSS_URL=$TTRSS_URL
TTRSS_USER=$TTRSS_USER
TTRSS_PASSWORD=$TTRSS_PASSWORD
TTRSS_NOAPI_USER=$TTRSS_NOAPI_USER
TTRSS_FEEDS_DIR=$TTRSS_FEEDS_DIR
TTRSS_FEEDS_URL=$TTRSS_FEEDS_URL
TTRSS_UPDATE=$TTRSS_UPDATE
TTRSS_PSQL=$TTRSS_PSQL
TTRSS_DIR=$dir
EOF
    export TTRSS_URL TTRSS_USER TTRSS_PASSWORD TTRSS_NOAPI_USER TTRSS_FEEDS_DIR TTRSS_FEEDS_URL TTRSS_UPDATE \
        TTRSS_PSQL TTRSS_DIR
}

# Stops what tt_start started (by process id) and waits for it.
tt_stop() {
    trap '' INT TERM # a second Ctrl-C must not cut the clean-up short
    local pid
    for pid in $tt_php_pid $tt_feeds_pid $tt_pg_pid; do
        if kill "$pid" 2>/dev/null; then
            wait "$pid" 2>/dev/null || true # its status is that of the signal
        fi
    done
    tt_php_pid=
    tt_feeds_pid=
    tt_pg_pid=
    return 0
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -euo pipefail
    status=0
    tt_require_packages || status=$?
    [ "$status" -eq 0 ] || exit "$status"
    work=$(mktemp -d "${TMPDIR:-/tmp}/tidings-ttrss.XXXXXX")
    trap 'tt_stop; rm -rf "$work"' EXIT
    trap 'exit 130' INT TERM
    started=$EPOCHREALTIME
    tt_start "$work"
    awk -v url="$TTRSS_URL" -v from="$started" -v to="$EPOCHREALTIME" \
        'BEGIN { printf "tt-rss at %s/api/, set up in %.1f s\n", url, to - from }'
    echo "User $TTRSS_USER, password $TTRSS_PASSWORD; feeds in $TTRSS_FEEDS_DIR served at $TTRSS_FEEDS_URL/"
    echo "Fetch: $TTRSS_UPDATE. SQL: $TTRSS_PSQL. Ctrl-C stops it and removes everything."
    wait "$tt_php_pid"
fi
