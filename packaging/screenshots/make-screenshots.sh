#!/usr/bin/env bash
# Makes the README's screenshots: Tidings on the bundled demo site in a real window under Xvfb, in
# the light and the dark theme, with an article and its comment thread open.
#   packaging/screenshots/make-screenshots.sh [BUILD_DIR]
# Needs xvfb, xdotool, x11-apps (xwd) and imagemagick (it installs what is missing, as root).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
missing=()
for tool in Xvfb:xvfb xdotool:xdotool xwd:x11-apps convert:imagemagick; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool##*:}")
done
if ((${#missing[@]})); then
    sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
display=:97
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
for theme in light dark; do
    data=$(mktemp -d)
    config=$(mktemp -d)
    index=1; [ "$theme" = dark ] && index=2
    mkdir -p "$config/Tidings"
    printf '[preferences]\ntheme=%s\n[window]\ngeometry=@ByteArray()\n' "$index" > "$config/Tidings/Tidings.conf"
    LANG=en_GB.UTF-8 LC_ALL=en_GB.UTF-8 XDG_CONFIG_HOME="$config" DISPLAY=$display "$build/app/tidings" --data-dir "$data" &
    app=$!
    sleep 3
    window=$(DISPLAY=$display xdotool search --sync --name '^Tidings$' | head -1)
    DISPLAY=$display xdotool windowsize "$window" 1280 800 windowmove "$window" 0 0
    sleep 0.5
    # The oldest demo article has the deepest thread: select the list, go to its last row.
    DISPLAY=$display xdotool mousemove 420 120 click 1 key ctrl+End
    sleep 1.5
    DISPLAY=$display xwd -root -silent | convert xwd:- -crop 1280x800+0+0 "packaging/screenshots/news-$theme.png"
    kill $app
    wait $app 2>/dev/null || true
    rm -rf "$data" "$config"
done
echo "wrote packaging/screenshots/news-light.png and news-dark.png"
