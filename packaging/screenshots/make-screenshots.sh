#!/usr/bin/env bash
# Makes the README's screenshots: Tidings on the bundled demo site in a real 1280x800 window under
# Xvfb, in the light and the dark theme:
#   news-THEME.png      the News pane, an article with its comment thread under it
#   thread-THEME.png    the same article with the thread given most of the reader, a reply selected
#   composer-THEME.png  the composer open as a reply to that comment ("Replying to …"), filled in
#   shop-THEME.png      the Shop tab's card grid
#   product-THEME.png   a product's detail view
#   cart-THEME.png      the Cart tab with two products in it (added with `tidings cart add`)
#
#   packaging/screenshots/make-screenshots.sh [BUILD_DIR]
#
# Needs xvfb, xdotool, x11-apps (xwd), imagemagick and optipng (it installs what is missing, as root).
# The clicks below are at fixed places of the 1280x800 window; if the layout changes, look at the
# pictures it writes before committing them.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
out=packaging/screenshots
missing=()
for tool in Xvfb:xvfb xdotool:xdotool xwd:x11-apps convert:imagemagick optipng:optipng; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool##*:}")
done
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
    LANG=en_GB.UTF-8 LC_ALL=en_GB.UTF-8 XDG_CONFIG_HOME="$config" "$tidings" --data-dir "$data" &
    app=$!
    sleep 3
    window=$(xdotool search --sync --name '^Tidings$' | head -1)
    xdotool windowsize "$window" 1280 800 windowmove "$window" 0 0
    sleep 0.5

    # News: the oldest demo article has the deepest thread (three levels): select the list, go to
    # its last row, and wait until it counts as read and the unread counts have followed.
    click 420 120
    xdotool key ctrl+End
    sleep 4
    shoot "news-$theme"

    # Thread: give it most of the reader (the handle between article and thread), then select
    # Mara Lindqvist's reply, the second level.
    drag 1048 430 1048 200
    sleep 0.5
    click 1000 318
    sleep 0.7
    shoot "thread-$theme"

    # Composer: r replies to the selected comment; the name field has the focus. The reader is
    # made wider first (the handle between the article list and the reader) so the form's fields
    # have room.
    xdotool key r
    sleep 0.5
    drag 812 560 652 560
    sleep 0.7
    xdotool type --delay 5 'Sam Okafor'
    xdotool key Tab
    xdotool type --delay 5 'sam@example.org'
    click 1046 620
    xdotool type --delay 5 'Mine only does 30 W. Is that the charger or the cable?'
    sleep 0.7
    shoot "composer-$theme"

    # Shop: the card grid (the demo's pictures live on a host that does not exist, so the cards
    # show their placeholders once the fetches have failed).
    click 84 61
    sleep 2.5
    shoot "shop-$theme"

    # Product: the GaN charger (on sale), second row.
    click 291 455
    sleep 2.5
    shoot "product-$theme"

    # Cart: the two lines added above.
    click 146 61
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
