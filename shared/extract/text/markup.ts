/**
 * A note page's markup at a line's start (GitHub, HackMD, a wiki): a heading's hashes, a bullet, a
 * quote mark ("# 第04次會議", "- 會議決議…", "> 已解決"). The verdict reads a line's words as
 * they would stand without it; the fields keep the bullets they read as list marks.
 */
const LEAD_MARKUP = /^(?:#{1,6}\s+|[-*+•·●▪◦‣■□◆◇]\s+|>\s*)+/;

export const unbullet = (text: string): string => text.replace(LEAD_MARKUP, '');
