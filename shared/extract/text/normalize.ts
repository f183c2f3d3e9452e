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
    .replace(/\t/g, ' ');
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
export function detectLang(text: string): 'zh' | 'en' {
  let cjk = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) cjk++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  // A Chinese character carries about a word; an English word is about five letters.
  return cjk * 5 >= latin ? (cjk > 0 ? 'zh' : 'en') : 'en';
}
