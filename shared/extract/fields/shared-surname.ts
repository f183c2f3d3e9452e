/**
 * "Susan & Joel Mott", "John and Mary Smith": two people under one surname. Whether the list
 * should hold them as one item (as printed) or two (Susan, Joel Mott) is a reading, so a list
 * with such a pair is not sure.
 */
import type { SegLine } from '../segment/segment';

const SHARED_SURNAME_EN = /\b[A-Z][a-z]{1,15}\s{1,3}(?:&|and)\s{1,3}[A-Z][a-z]{1,15}\s[A-Z][a-z]{1,20}\b/;

export function sharedSurnamePair(lines: readonly SegLine[], from: number, to: number): boolean {
  return lines.slice(from, to + 1).some((l) => SHARED_SURNAME_EN.test(l.text));
}
