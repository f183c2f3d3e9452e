/**
 * CSV for spreadsheets: CRLF lines, quoted cells, a BOM so Excel reads UTF-8 (Chinese) correctly,
 * and cells that a spreadsheet would run as a formula (= + - @) prefixed with a quote.
 */
export function toCsv(rows: (string | number | boolean | null)[][]): string {
  const cell = (v: string | number | boolean | null) => {
    let s = v === null ? '' : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return '\uFEFF' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
