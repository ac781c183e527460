#!/usr/bin/env bash
# Regenerates every PNG in icons/ from the SVG sources. Run after editing an SVG,
# then commit the PNGs: the build and the bundler read the PNGs, not the SVGs.
#
#   icon.svg        the app icon, for 48 px and up
#   icon-small.svg  the same icon with fewer, bolder strokes, for 16, 24 and 32 px,
#                   where the inner ring and the thin sweep line blur into noise
#   tray.svg        the tray icon: a round badge whose bright rim reads on dark and
#                   light panels alike
#
# Needs rsvg-convert (Debian/Ubuntu package librsvg2-bin). Output is 8-bit RGBA PNG,
# which Linux desktops and the Tauri bundler require.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v rsvg-convert >/dev/null 2>&1; then
    echo "render.sh: rsvg-convert not found; install it with: sudo apt-get install librsvg2-bin" >&2
    exit 1
fi

render() { # render SVG SIZE OUT
    rsvg-convert --width "$2" --height "$2" --keep-aspect-ratio --format png "$1" --output "$3"
}

for size in 16 24 32; do
    render icon-small.svg "$size" "${size}x${size}.png"
done
for size in 48 64 128 256 512; do
    render icon.svg "$size" "${size}x${size}.png"
done
render icon.svg 256 "128x128@2x.png"
render icon.svg 512 "icon.png"
render tray.svg 64 "tray.png"
render tray.svg 32 "tray-32x32.png"

echo "render.sh: wrote $(ls -1 ./*.png | wc -l) PNGs"
