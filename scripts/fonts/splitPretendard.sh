#!/usr/bin/env bash
# Splits the renderer's Pretendard (assets/fonts/Pretendard-{Regular,Bold}.woff2, 1.5 MiB together)
# into four faces per weight, each with the unicode-range of the characters it holds, so a page
# downloads and decodes only the parts its text uses (issue 13: the cold load of the start screen):
#   - latin:  Latin with Vietnamese, general punctuation and currency signs
#   - common: the 2,350 Hangul syllables of KS X 1001 (everyday Korean)
#   - rare:   the other 8,822 modern Hangul syllables (staff-typed names may use them)
#   - symbols: everything else Pretendard has (Greek, Cyrillic, arrows, jamo, CJK punctuation, ...)
# Writes assets/fonts/Pretendard-<weight>.<part>.woff2 and renderer/src/styles/pretendard.css.
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
PARTS = {
    'latin': is_latin,
    'common': lambda point: point in COMMON,
    'rare': lambda point: is_syllable(point) and point not in COMMON,
    'symbols': lambda point: not is_latin(point) and not is_syllable(point),
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
    source = f'assets/fonts/Pretendard-{name}.woff2'
    points = TTFont(source).getBestCmap().keys()
    for part, holds in PARTS.items():
        chosen = [point for point in points if holds(point)]
        output = f'assets/fonts/Pretendard-{name}.{part}.woff2'
        subprocess.run(['pyftsubset', source, '--unicodes=' + ','.join(f'{p:04X}' for p in chosen), "--layout-features=*",
                        '--flavor=woff2', f'--output-file={output}'], check=True)
        faces.append(f"""@font-face {{
  font-family: 'Pretendard';
  font-weight: {weight};
  font-style: normal;
  font-display: block;
  src: url('../../../{output}') format('woff2');
  unicode-range: {unicode_range(chosen)};
}}
""")
with open('renderer/src/styles/pretendard.css', 'w') as css:
    css.write('/* Made by scripts/fonts/splitPretendard.sh: do not edit. Pretendard in four parts per weight, each\n'
              '   downloaded only when the page shows a character of its unicode-range. */\n')
    css.write('\n'.join(faces))
PY
ls -l assets/fonts/Pretendard-*.*.woff2
