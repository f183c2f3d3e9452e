/**
 * A "Resolutions" / "Motions" heading over a bulleted list ("* Establish an interim budget committee …",
 * "* Approve guidelines for election …"): each bullet is a resolution of its own, not one motion's
 * paragraph. And a bullet that quotes a numbered clause ("* Amend the Governance document … to include
 * the sub-clause:" / "d. The Advisory Council may …") keeps it: the number belongs to the text quoted,
 * so the bullets, not the numbers, are the list's items. A numbered list under the heading ("MOTIONS:" /
 * "1. Approved unanimously minutes of …" / "2. Use general Fund …") is likewise one motion an item.
 */

/** Two or more bullets in the section's first paragraph: a list of resolutions. */
export function bulletedResolutions(lines: { text: string; gapBefore: boolean }[], bullet: RegExp): boolean {
  let n = 0;
  for (const [k, l] of lines.entries()) {
    if (k > 0 && l.gapBefore) break;
    if (bullet.test(l.text)) n++;
  }
  return n >= 2 && bullet.test(lines[0]?.text ?? '');
}

/** The section's first paragraph opening on a numbered line, with another of its numbering after it: a list of motions. */
export function numberedResolutions(lines: { gapBefore: boolean; num?: { style: string } | null }[]): boolean {
  const style = lines[0]?.num?.style;
  if (!style) return false;
  let n = 0;
  for (const [k, l] of lines.entries()) {
    if (k > 0 && l.gapBefore) break;
    if (l.num?.style === style) n++;
  }
  return n >= 2;
}

/** Two bullets before the first numbered line: a bulleted list that quotes a numbered clause. */
export function bulletsBeforeNumbers(lines: { text: string; num?: unknown }[], bullet: RegExp): boolean {
  const first = lines.findIndex((l) => l.num);
  if (first < 0) return false;
  return lines.slice(0, first).filter((l) => bullet.test(l.text)).length >= 2;
}
