#!/usr/bin/env bash
# Installs what building, running or testing Sequel Radar needs and is not
# there yet: Debian/Ubuntu packages through apt, the Rust toolchain through
# rustup, tauri-driver through cargo, the Tauri CLI through npm.
# Usage: scripts/install-deps.sh build|test|bundle
set -euo pipefail
what=${1:-build}
here=$(cd "$(dirname "$0")/.." && pwd)

build_pkgs=(build-essential pkg-config curl file libssl-dev libwebkit2gtk-4.1-dev libgtk-3-dev
            libayatana-appindicator3-dev librsvg2-dev libxdo-dev)
test_pkgs=(xvfb webkit2gtk-driver dbus dbus-x11 dunst xauth x11-utils imagemagick)
bundle_pkgs=(dpkg-dev nodejs npm)

pkgs=("${build_pkgs[@]}")
case "$what" in
  test) pkgs+=("${test_pkgs[@]}" "${bundle_pkgs[@]}") ;;
  bundle) pkgs+=("${bundle_pkgs[@]}") ;;
  build) ;;
  *) echo "usage: $0 build|test|bundle" >&2; exit 2 ;;
esac

missing=()
for p in "${pkgs[@]}"; do
  # npm and nodejs may come from elsewhere (nvm, NodeSource): a working binary counts.
  case "$p" in
    nodejs) command -v node >/dev/null 2>&1 && continue ;;
    npm) command -v npm >/dev/null 2>&1 && continue ;;
  esac
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "Installing system packages: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

export PATH="$HOME/.cargo/bin:$PATH"
if ! command -v cargo >/dev/null 2>&1; then
  echo "Installing the Rust toolchain with rustup"
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
fi

if [ "$what" = test ] && ! command -v tauri-driver >/dev/null 2>&1; then
  echo "Installing tauri-driver"
  cargo install tauri-driver --version '~2.1' --locked
fi

if [ "$what" != build ] && [ ! -x "$here/node_modules/.bin/tauri" ]; then
  echo "Installing the Tauri CLI (npm @tauri-apps/cli 2.x) into node_modules"
  (cd "$here" && npm install --no-audit --no-fund --loglevel=error)
fi
