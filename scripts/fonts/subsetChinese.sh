#!/usr/bin/env bash
# Cuts the Simplified Chinese font the kiosk bundles out of Debian's Noto Sans CJK (SIL OFL 1.1):
# the 6,763 hanzi of GB 2312 (every character of everyday Simplified Chinese, so staff-typed
# service names are covered too) and CJK punctuation. Latin, digits and Hangul come from Pretendard,
# which stays first in every font list. Run it once and commit the files (assets/fonts/README.md).
#   - NotoSansSC-{Regular,Bold}.subset.woff2: the renderer, loaded only once Chinese is chosen
#   - NotoSansSC-Bold.label.woff2: the glyphs of the start screen's "中文" button, a few KB
#   - NotoSansSC-Bold.subset.otf: the receipt raster path for Chinese tickets
# Needs fonts-noto-cjk, fonttools and python3-brotli (apt). Usage: scripts/fonts/subsetChinese.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=assets/fonts
CJK=/usr/share/fonts/opentype/noto
SC_INDEX=2 # Noto Sans CJK SC in the collection (JP, KR, SC, TC, HK, then the Mono ones)
command -v pyftsubset >/dev/null || { echo "pyftsubset is missing: apt-get install fonttools python3-brotli" >&2; exit 1; }

unicodes="$(mktemp)"
trap 'rm -f "$unicodes"' EXIT
python3 - >"$unicodes" <<'PY'
points = set(range(0x3000, 0x3040)) | set(range(0xFF01, 0xFF5F)) | {0x00B7, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026}
for high in range(0xB0, 0xF8):
    for low in range(0xA1, 0xFF):
        try:
            points.add(ord(bytes([high, low]).decode('gb2312')))
        except UnicodeDecodeError:
            pass
print(','.join(f'U+{p:04X}' for p in sorted(points)))
PY

subset() { # source weight flavor output [extra pyftsubset options]
  local source="$CJK/NotoSansCJK-$1.ttc" flavor="$2" output="$3"
  shift 3
  pyftsubset "$source" --font-number="$SC_INDEX" --layout-features='*' --no-hinting --desubroutinize \
    ${flavor:+--flavor="$flavor"} --output-file="$OUT/$output" "$@"
  echo "$OUT/$output: $(stat -c %s "$OUT/$output") bytes"
}
subset Regular woff2 NotoSansSC-Regular.subset.woff2 --unicodes-file="$unicodes"
subset Bold woff2 NotoSansSC-Bold.subset.woff2 --unicodes-file="$unicodes"
subset Bold '' NotoSansSC-Bold.subset.otf --unicodes-file="$unicodes"
subset Bold woff2 NotoSansSC-Bold.label.woff2 --text='中文'
