#!/usr/bin/env bash
# Looks at the app as a user would: starts it under a private Xvfb and D-Bus
# session on DATA_DIR, waits, and saves a screenshot of the screen.
# Usage: scripts/screenshot.sh DATA_DIR OUT.png [WIDTHxHEIGHT] [light|dark]
set -euo pipefail
data=${1:?data dir}; out=${2:?output png}; size=${3:-1280x800}; theme=${4:-light}
bin=${SEQUEL_RADAR_BIN:-${CARGO_TARGET_DIR:-target}/debug/sequel-radar}
disp=:$((90 + RANDOM % 100))
Xvfb "$disp" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
export GTK_THEME=Adwaita
[ "$theme" = dark ] && export GTK_THEME=Adwaita:dark
DISPLAY=$disp dbus-run-session -- bash -c "
  '$bin' --data-dir '$data' & app=\$!
  sleep \${WAIT:-6}
  import -display $disp -window root '$out'
  kill \$app
" >/dev/null 2>&1
echo "saved $out"
