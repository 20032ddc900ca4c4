#!/usr/bin/env bash
# Splits the renderer's Pretendard (assets/fonts/Pretendard-{Regular,Bold}.ttf, 1.5 MiB as woff2)
# into four faces per weight, so a page downloads and decodes only the parts its text uses (issue 13:
# the cold load of the start screen). They are the fallback behind the faces cut for the kiosk's own
# words and the office's names (renderer/src/styles/fonts.css), for any other character:
#   - latin:  Latin with Vietnamese, general punctuation and currency signs
#   - common: the 2,350 Hangul syllables of KS X 1001 (everyday Korean)
#   - rare:   the other 8,822 modern Hangul syllables (staff-typed names may use them)
#   - symbols: everything else Pretendard has (Greek, Cyrillic, arrows, jamo, CJK punctuation, ...)
# Writes assets/fonts/Pretendard-<weight>.<part>.woff2 and renderer/src/styles/pretendard.css. Each part
# names its unicode-range in a few spans: the two Hangul parts both claim every syllable (a list of
# the 2,350 everyday ones would be 15 KiB of CSS per face, on every page's critical path), so they
# are two families, 'Pretendard' (everyday) before 'Pretendard Rare' in the font lists: a syllable
# the everyday part lacks falls through to the rare one.
# Run it once and commit the files (assets/fonts/README.md). Needs fonttools and python3-brotli (apt).
# Usage: scripts/fonts/splitPretendard.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
# Debian's python, where apt puts fonttools: a python earlier on PATH (pyenv) may lack the module.
PYTHON=/usr/bin/python3
command -v pyftsubset >/dev/null && "$PYTHON" -c 'import fontTools, brotli' 2>/dev/null ||
  { echo "fonttools is missing: apt-get install fonttools python3-brotli" >&2; exit 1; }
"$PYTHON" - <<'PY'
import subprocess
from fontTools.ttLib import TTFont

def ks_x_1001_hangul():
    points = set()
    for high in range(0xB0, 0xC9):
        for low in range(0xA1, 0xFF):
            try:
                points.add(ord(bytes([high, low]).decode('euc-kr')))
            except UnicodeDecodeError:
                pass
    return points

COMMON = ks_x_1001_hangul()
def is_syllable(point): return 0xAC00 <= point <= 0xD7A3
# With the ✓ (U+2713) the resident mode switches draw when on: turning a mode on must not fetch the symbols part first.
def is_latin(point): return point <= 0x036F or 0x1E00 <= point <= 0x1EFF or 0x2000 <= point <= 0x206F or 0x20A0 <= point <= 0x20CF or point == 0x2713
# part: (family, the characters it holds, the unicode-range it claims: None for exactly those)
SYLLABLES = 'U+AC00-D7A3'
PARTS = {
    'latin': ('Pretendard', is_latin, None),
    'common': ('Pretendard', lambda point: point in COMMON, SYLLABLES),
    'rare': ('Pretendard Rare', lambda point: is_syllable(point) and point not in COMMON, SYLLABLES),
    'symbols': ('Pretendard', lambda point: not is_latin(point) and not is_syllable(point), None),
}

def unicode_range(points):
    points = sorted(points)
    spans, start, end = [], points[0], points[0]
    for point in points[1:] + [None]:
        if point is not None and point == end + 1:
            end = point
            continue
        spans.append(f'U+{start:X}' if start == end else f'U+{start:X}-{end:X}')
        if point is not None:
            start = end = point
    return ','.join(spans)

faces = []
for weight, name in ((400, 'Regular'), (700, 'Bold')):
    source = f'assets/fonts/Pretendard-{name}.ttf'
    points = TTFont(source).getBestCmap().keys()
    for part, (family, holds, claimed) in PARTS.items():
        chosen = [point for point in points if holds(point)]
        output = f'assets/fonts/Pretendard-{name}.{part}.woff2'
        subprocess.run(['pyftsubset', source, '--unicodes=' + ','.join(f'{p:04X}' for p in chosen), "--layout-features=*",
                        '--flavor=woff2', f'--output-file={output}'], check=True)
        faces.append(f"""@font-face {{
  font-family: '{family}';
  font-weight: {weight};
  font-style: normal;
  font-display: block;
  src: url('../../../{output}') format('woff2');
  unicode-range: {claimed or unicode_range(chosen)};
}}
""")
with open('renderer/src/styles/pretendard.css', 'w') as css:
    css.write('/* Made by scripts/fonts/splitPretendard.sh: do not edit. Pretendard in four parts per weight, each\n'
              '   downloaded only when the page shows a character of its unicode-range that no face before it has. */\n')
    css.write('\n'.join(faces))
PY
ls -l assets/fonts/Pretendard-*.*.woff2
