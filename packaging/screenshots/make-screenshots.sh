#!/usr/bin/env bash
# Makes the README's screenshots: Tidings on the bundled demo site in a real 1280x800 window under
# Xvfb, in the light and the dark theme:
#   news-THEME.png      the News pane, an article with its comment thread under it
#   thread-THEME.png    the same article with the thread given most of the reader, a reply selected
#   composer-THEME.png  the composer open as a reply to that comment ("Replying to …"), filled in
#   shop-THEME.png      the Shop tab's card grid
#   product-THEME.png   a product's detail view
#   cart-THEME.png      the Cart tab with two products in it (added with `tidings cart add`)
#   preferences-THEME.png  the Preferences dialog over the News pane
#
#   packaging/screenshots/make-screenshots.sh [BUILD_DIR] [LANGUAGE]
#
# LANGUAGE is a translation's locale name (de, fr, es, zh_CN, ja): Tidings then runs in that
# language and locale (LANGUAGE, LANG and LC_ALL), and the pictures go to docs/screenshots/LANGUAGE/
# instead of packaging/screenshots/ (English, en_GB). For Chinese and Japanese it installs Noto CJK
# where no font covers the language.
#
# Needs xvfb, xdotool, x11-apps (xwd), imagemagick and optipng (it installs what is missing, as root),
# and Qt's SVG icon engine (libqt6svg6) for the toolbar's icons.
# The clicks below are at fixed places of the 1280x800 window; if the layout changes, look at the
# pictures it writes before committing them.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
language=${2:-}
if [ -n "$language" ]; then
    out=docs/screenshots/$language
    locale=$language.UTF-8
    case "$language" in *_*) ;; *) locale=${language}_$(echo "$language" | tr a-z A-Z).UTF-8 ;; esac
else
    out=packaging/screenshots
    language=en_GB
    locale=en_GB.UTF-8
fi
mkdir -p "$out"
missing=()
for tool in Xvfb:xvfb xdotool:xdotool xwd:x11-apps convert:imagemagick optipng:optipng; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool##*:}")
done
[ -e /usr/lib/x86_64-linux-gnu/qt6/plugins/iconengines/libqsvgicon.so ] || \
    dpkg-query -W -f='${Status}' libqt6svg6 2>/dev/null | grep -q "ok installed" || missing+=(libqt6svg6)
case "$language" in
zh* | ja*)
    [ -n "$(fc-list ":lang=${language%%_*}" 2>/dev/null)" ] || missing+=(fonts-noto-cjk)
    ;;
esac
if ((${#missing[@]})); then
    sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
export DISPLAY=:97
Xvfb "$DISPLAY" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
app=
data=
config=
cleanup() {
    [ -n "$app" ] && kill "$app" 2>/dev/null || true
    kill "$xvfb" 2>/dev/null || true
    [ -n "$data" ] && rm -rf "$data" "$config"
    return 0
}
trap cleanup EXIT
sleep 1

# shoot NAME: the whole screen (the window fills it) as $out/NAME.png, without metadata.
shoot() {
    xwd -root -silent | convert xwd:- -crop 1280x800+0+0 +repage -strip "$out/$1.png"
    written+=("$out/$1.png")
}
click() { xdotool mousemove "$1" "$2" click 1; }
# drag X1 Y1 X2 Y2: moves a splitter handle.
drag() {
    xdotool mousemove "$1" "$2" mousedown 1 sleep 0.2 mousemove "$1" $(( ($2 + $4) / 2 )) sleep 0.2 \
        mousemove "$3" "$4" sleep 0.2 mouseup 1
}

# Where things are in the 1280x800 window (look again after a layout change).
THREAD_HANDLE_Y=${THREAD_HANDLE_Y:-428} REPLY_Y=${REPLY_Y:-358} READER_HANDLE_X=${READER_HANDLE_X:-816}
COMMENT_TEXT_Y=${COMMENT_TEXT_Y:-640} PRODUCT_Y=${PRODUCT_Y:-465}

written=()
tidings=$build/app/tidings
for theme in light dark; do
    data=$(mktemp -d)
    config=$(mktemp -d)
    index=1; [ "$theme" = dark ] && index=2
    mkdir -p "$config/Tidings"
    printf '[preferences]\ntheme=%s\n[window]\ngeometry=@ByteArray()\n' "$index" > "$config/Tidings/Tidings.conf"
    # The demo site, and two products in the cart (one of them twice), before the window opens.
    "$tidings" --data-dir "$data" import --demo >/dev/null
    "$tidings" --data-dir "$data" cart add PB-1002 >/dev/null
    "$tidings" --data-dir "$data" cart add PB-4002 --quantity 2 >/dev/null
    LANGUAGE=$language LANG=$locale LC_ALL=$locale XDG_CONFIG_HOME="$config" "$tidings" --data-dir "$data" &
    app=$!
    sleep 5
    window=$(xdotool search --sync --name '^Tidings$' | head -1)
    xdotool windowsize "$window" 1280 800 windowmove "$window" 0 0
    sleep 0.5

    # News: the oldest demo article has the deepest thread (three levels): select the list, go to
    # its last row, and wait until it counts as read and the unread counts have followed.
    click 420 141
    xdotool key ctrl+End
    sleep 4
    shoot "news-$theme"

    # Thread: give it most of the reader (the handle between article and thread), then select
    # Mara Lindqvist's reply, the second level.
    sleep 1
    drag 1048 $THREAD_HANDLE_Y 1048 250
    sleep 1
    click 1000 $REPLY_Y
    sleep 0.7
    shoot "thread-$theme"

    # Composer: r replies to the selected comment; the name field has the focus. The reader is
    # made wider first (the handle between the article list and the reader) so the form's fields
    # have room.
    xdotool key r
    sleep 0.5
    drag $READER_HANDLE_X 560 $((READER_HANDLE_X - 100)) 560
    sleep 0.7
    xdotool type --delay 5 'Sam Okafor'
    xdotool key Tab
    xdotool type --delay 5 'sam@example.org'
    click 1046 $COMMENT_TEXT_Y
    xdotool type --delay 5 'Mine only does 30 W. Is that the charger or the cable?'
    sleep 0.7
    shoot "composer-$theme"

    # Preferences (Edit ▸ Preferences…, by its keys), over the News pane.
    xdotool key ctrl+comma
    sleep 1.5
    shoot "preferences-$theme"
    xdotool key Escape
    sleep 0.5
    # Without a window manager the window is not given the keyboard back by itself: a click on the
    # status bar does it.
    click 640 786
    sleep 0.3

    # Shop: the card grid (the demo's pictures live on a host that does not exist, so the cards
    # show their placeholders once the fetches have failed).
    # (By keys, not by clicking the tab: tabs are as wide as their words, which depend on the language.)
    xdotool key ctrl+shift+f
    sleep 2.5
    shoot "shop-$theme"

    # Product: the GaN charger (on sale), second row.
    click 291 $PRODUCT_Y
    sleep 2.5
    shoot "product-$theme"

    # Cart: the two lines added above.
    xdotool key ctrl+shift+c
    sleep 1.5
    shoot "cart-$theme"

    kill "$app"
    wait "$app" 2>/dev/null || true
    app=
    rm -rf "$data" "$config"
    data=
done
optipng -quiet -o2 "${written[@]}"
printf 'wrote %s\n' "${written[@]}"
