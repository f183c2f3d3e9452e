/**
 * Character-level clean-up shared by both inputs (DOM and plain text). Every replacement keeps
 * one output character per input character where it can, so offsets stay simple.
 */

// No-break space, the ideographic (full-width) space, figure/thin/narrow spaces and similar.
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// Zero-width characters, BOM and soft hyphens that Word paste and CMS editors leave behind.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** Normalises spaces and line breaks of a whole text; keeps line structure. */
export function normalizeText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029\v\f]/g, '\n')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    // A tab parts a pasted table's cells: kept as a wide gap, which the table readers split on.
    .replace(/\t/g, '   ');
}

/** Collapses runs of spaces to one, as a reader perceives them. */
export function squeeze(s: string): string {
  return s.replace(/ {2,}/g, ' ').trim();
}

/** True when the string holds CJK ideographs. */
export function hasCjk(s: string): boolean {
  return /[\u3400-\u9fff]/.test(s);
}

/** Counts CJK ideographs and Latin letters, to tell the document's language. */
function counts(text: string): { cjk: number; latin: number } {
  let cjk = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) cjk++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return { cjk, latin };
}

// A Chinese character carries about a word; an English word is about five letters.
const words = (n: { cjk: number; latin: number }) => n.cjk + n.latin / 5;
const langOf = (n: { cjk: number; latin: number }): 'zh' | 'en' => (n.cjk * 5 >= n.latin ? (n.cjk > 0 ? 'zh' : 'en') : 'en');

/** A line this many words long is the document's text, not a site's menu item or button. */
const TEXT_LINE = 8;
/** Enough words in such lines to tell the language by them alone. */
const ENOUGH = 60;

/**
 * The document's language, told by its lines of text: a site's menus, buttons and particulars (short
 * lines) are in the site's language, which may not be the document's (an English record on a Chinese
 * university's site). A page of short lines only is told by all its characters.
 */
export function detectLang(text: string): 'zh' | 'en' {
  const all = counts(text);
  const body = { cjk: 0, latin: 0 };
  for (const line of text.split('\n')) {
    const n = counts(line);
    if (words(n) < TEXT_LINE) continue;
    body.cjk += n.cjk;
    body.latin += n.latin;
  }
  return langOf(words(body) >= ENOUGH ? body : all);
}
