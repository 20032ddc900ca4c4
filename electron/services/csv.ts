/** Excel opens a CSV as the system code page (CP949 in Korea) unless it starts with a UTF-8 byte-order mark. */
const UTF8_BOM = '\uFEFF';

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with CRLF line ends, UTF-8 with a byte-order mark: opens correctly in Excel with Korean text. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return UTF8_BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
