/** Reads back RFC 4180 CSV (quoted cells, doubled quotes, CRLF) as Excel would; `bom` tells whether it leads. */
export function parseCsv(text: string): { bom: boolean; rows: string[][] } {
  const bom = text.startsWith('\uFEFF');
  const body = bom ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (quoted && char === '"' && body[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted || (char !== ',' && char !== '\r')) {
      cell += char;
    } else if (char === ',') {
      row.push(cell);
      cell = '';
    } else {
      // CR of a CRLF line end.
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i++;
    }
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return { bom, rows };
}
