const graphemes = new Intl.Segmenter('ko', { granularity: 'grapheme' });

/**
 * Rows of `text` that each pass `fits`, broken at spaces; a word that fits no row by itself is
 * broken between characters (never inside one: a Hangul syllable or an emoji stays whole).
 */
export function wrapWords(text: string, fits: (row: string) => boolean): string[] {
  const rows: string[] = [];
  let row = '';
  for (const word of text.split(' ')) {
    const candidate = row ? `${row} ${word}` : word;
    if (fits(candidate)) {
      row = candidate;
      continue;
    }
    if (row) rows.push(row);
    row = '';
    for (const { segment } of graphemes.segment(word)) {
      if (row && !fits(row + segment)) {
        rows.push(row);
        row = '';
      }
      row += segment;
    }
  }
  rows.push(row);
  return rows;
}
