/**
 * A Chinese name followed by the person's English name ("譚文智 Jemmy", "賈文俐 Wenley Ho"), as Hong
 * Kong, Taiwan and overseas Chinese clubs print their members: one person, not two. A list parted by
 * spaces would read the English name as a second item; the space inside such a pair is held (a no-break
 * space) while the list is split, and given back after.
 */
const PAIR = /(?<![\u3400-\u9fff])([\u3400-\u9fff]{2,4}) ([A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+)?)(?=$|[\s、，,;；(（])/g;
const HELD = '\u00a0';

/** The list with each name pair's space held. */
export const holdHanLatinPairs = (list: string): string => list.replace(PAIR, `$1${HELD}$2`);

/** An item with its held space given back. */
export const releaseHanLatinPair = (item: string): string => item.replaceAll(HELD, ' ');
