#!/usr/bin/env bash
# Records the Korean voice clips the display board strings together into a call:
#   1023번 고객님, 3번 창구로 오십시오  →  천 이 십 삼 | 번 고객님 | 삼 | 번 창구로 오십시오
# The board reads numbers itself (sino-Korean, up to 99,999), so only these words are needed:
# the digits 일…구 and 영, the place words 십 백 천 만, and the two phrases.
#
# Run it once and commit the WAV files; the board never synthesizes speech at run time, so it
# keeps talking without the internet. The board trims the silence around each clip when it
# loads it, so any recorder will do.
#
# To re-record with a better voice, keep the file names (renderer/board/src/audio/clipUrls.ts
# imports them) and either
#   - set VOICE (an espeak-ng voice) and SPEED (words per minute) and run this script again, or
#   - replace the files by hand with studio recordings: mono WAV, 16–24 kHz, one word each.
#
# Needs espeak-ng (Debian/Ubuntu: apt-get install espeak-ng). Usage: assets/sounds/generate.sh
set -euo pipefail

VOICE="${VOICE:-ko}"
SPEED="${SPEED:-150}"
OUT="$(cd "$(dirname "$0")" && pwd)/ko"

# file name (ASCII, as imported by the board) = the Korean text spoken
CLIPS=(
  "yeong=영"
  "il=일"
  "i=이"
  "sam=삼"
  "sa=사"
  "o=오"
  "yuk=육"
  "chil=칠"
  "pal=팔"
  "gu=구"
  "sip=십"
  "baek=백"
  "cheon=천"
  "man=만"
  "beon-gogaengnim=번 고객님"
  "beon-changguro-osipsio=번 창구로 오십시오"
)

command -v espeak-ng >/dev/null || { echo "espeak-ng is not installed" >&2; exit 1; }
mkdir -p "$OUT"
for clip in "${CLIPS[@]}"; do
  name="${clip%%=*}"
  text="${clip#*=}"
  # -z: no pause after the last word; the board decides the gaps between clips.
  espeak-ng -v "$VOICE" -s "$SPEED" -z -w "$OUT/$name.wav" "$text"
  echo "$OUT/$name.wav  ← $text"
done
