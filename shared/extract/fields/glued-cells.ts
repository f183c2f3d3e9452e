/**
 * A table's cells run together when a PDF's text was copied ("Lorne Green, ChairSandra MargettieFred
 * Tilley" / "John BerkJackie OrganStuart Matheson"): a word in lower case runs straight into the next
 * capital. Cut there, where it happens twice or more on a line (once may be a name's own capital:
 * "RoseMary") and more often than commas part it, and never after a prefix that takes a capital ("MacIsaac", "VanDyke", "FitzGerald").
 */
const GLUE = /(?<=(?:^|[\s,;(])\p{Lu}?[\p{Ll}'’]*\p{Ll}{2})(?=\p{Lu}\p{Ll})/gu;
const PREFIX = /(?:^|[\s,;(])(?:Mac|Van|Von|Fitz|Del|Della|Dela|Des|Ter|Ten)$/;

export function unglueCells(text: string): string | null {
  const cuts: number[] = [];
  for (const m of text.matchAll(GLUE)) {
    if (!PREFIX.test(text.slice(0, m.index))) cuts.push(m.index!);
  }
  // A list already parted by commas whose names hold a capital inside ("Josephine StowersFiu", a hyphen lost) is no table.
  if (cuts.length < 2 || cuts.length <= (text.match(/[,;]/g) ?? []).length) return null;
  let out = '';
  let last = 0;
  for (const c of cuts) {
    out += `${text.slice(last, c)}, `;
    last = c;
  }
  return out + text.slice(last);
}
