/**
 * The marks of a note page's markup (GitHub, HackMD, a wiki, a word processor's list), in one place so
 * every stage that reads past them agrees on what they are: a heading's hashes, a list's bullet, bold
 * marks and a quote mark ("# 第04次會議", "- 會議決議…", "**Present:**", "> 已解決"). Each is the
 * source of a regular-expression piece, for the stages to build their patterns from.
 */

/** A heading's hashes (ATX Markdown): "#" to "######". */
export const HASHES = '#{1,6}';

/**
 * The hashes and the space after them; Chinese notes often leave the space out ("###会议名称", "####主持人"),
 * which no other reading of hashes before a Han character could mean.
 */
export const HASHES_LEAD = '#{1,6}(?:\\s+|(?=[\\u3400-\\u9fff]))';

/** A Markdown list's bullet: "-", "*" or "+" (where a page must be Markdown to have it). */
export const MD_BULLET = '[-*+]';

/**
 * A list's bullet as any page prints one: Markdown's, a word processor's or a PDF's glyphs, an en dash,
 * and an arrow typed in a plain-text note ("-> Tony to post to the list"). Followed by a space where it is
 * read as a bullet, so "-5 degrees" and "–2021" stay whole.
 */
export const BULLET = '(?:[-*+•·●▪◦‣■□◆◇–➢➤►→]|->|=>)';

/**
 * Emoji a note prints where a bullet or a label would be ("* 👷 Dan volunteered …", "- ✅ Agreed …"), with the
 * space after them. A pattern built with it needs the "u" flag.
 */
export const EMOJI_LEAD = '(?:\\p{Extended_Pictographic}\\uFE0F?\\s*)';

/** Bold marks around a label or heading: "**" or "__". */
export const STRONG = '(?:\\*\\*|__)';

/** Any run of marks at a line's start: hashes, bullets and quote marks, however nested. */
const LEAD_MARKUP = new RegExp(`^(?:${HASHES_LEAD}|${BULLET}\\s+|>\\s*)+`);

/** A line's words as they would stand without the markup before them. */
export const unbullet = (text: string): string => text.replace(LEAD_MARKUP, '');
