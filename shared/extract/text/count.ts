/** How many times `re` matches in `text`, counting up to `cap` (a guard on long pages). */
export function countMatches(text: string, re: RegExp, cap = 200): number {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  let n = 0;
  while (g.exec(text) && n < cap) n++;
  return n;
}
