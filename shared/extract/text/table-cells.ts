/**
 * A table row printed as text, split into its cells: parted by "|" (a Markdown or pasted table,
 * its outer bars dropped), a tab, or three spaces or more. Empty cells are kept, so a cell's place
 * still names its column.
 */
const CELL_SPLIT = /\s{0,12}\|\s{0,12}|\t{1,8}|\s{3,12}/;

export function tableCells(text: string): string[] {
  const t = text.trim();
  // A Markdown row, barred at both ends, is parted by its bars alone: a cell padded to the column's
  // width ("| Detail                    |") stays one cell however wide its padding.
  if (t.length > 2 && t.startsWith('|') && t.endsWith('|')) return t.slice(1, -1).split('|').map((c) => c.trim());
  return text.replace(/^\|/, '').replace(/\|$/, '').split(CELL_SPLIT).map((c) => c.trim());
}
