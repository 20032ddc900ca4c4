#!/usr/bin/env bash
# Set-up of a fresh machine: the Debian packages the tests and the browser demo need, then npm's.
set -euo pipefail
cd "$(dirname "$0")/.."

# Fonts for pages that use the system's fonts (the virtual printer's preview, the district server's
# public pages, the demo's remote view): Noto CJK for Korean and Chinese, Noto's Latin with every
# Vietnamese diacritic. The kiosk, counter page and board bundle their own fonts.
# postgresql: the PostgreSQL store tests start a throwaway cluster of their own (initdb in a temp folder).
packages=(chromium xvfb python3 make g++ fonts-noto-cjk fonts-noto-core postgresql)
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if ((${#missing[@]})); then
  if command -v apt-get >/dev/null; then
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  else
    echo "Not a Debian machine: install Chromium and a C++ toolchain yourself, and set SUNBEON_CHROMIUM to the browser's path." >&2
  fi
fi

npm ci --no-audit --no-fund
