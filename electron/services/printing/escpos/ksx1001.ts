import iconv from 'iconv-lite';

const isKsx1001Byte = (byte: number): boolean => byte >= 0xa1 && byte <= 0xfe;
// Under ESC R 13 the printer shows 0x5C as ₩, so a backslash cannot go as text.
const isPrintableAscii = (char: string): boolean => char >= ' ' && char <= '~' && char !== '\\';

/**
 * The bytes a Korean printer prints faithfully in double-byte mode, or null when any character
 * lies outside ASCII and KS X 1001 (CP949's UHC extensions such as 똠 or 뷁, emoji, accents):
 * printers that hold only the KS X 1001 font print those as garbage or '?'.
 */
export function encodeKsx1001(text: string): Uint8Array | null {
  const bytes: number[] = [];
  for (const char of text) {
    if (isPrintableAscii(char)) {
      bytes.push(char.charCodeAt(0));
      continue;
    }
    const pair = iconv.encode(char, 'cp949');
    if (pair.length !== 2 || !isKsx1001Byte(pair[0]) || !isKsx1001Byte(pair[1])) return null;
    bytes.push(pair[0], pair[1]);
  }
  return Uint8Array.from(bytes);
}

/** One KS X 1001 double-byte character, or undefined when the pair is not one. */
export function decodeKsx1001Pair(lead: number, trail: number): string | undefined {
  if (!isKsx1001Byte(lead) || !isKsx1001Byte(trail)) return undefined;
  const char = iconv.decode(Uint8Array.of(lead, trail), 'cp949');
  return char === '\ufffd' ? undefined : char;
}
