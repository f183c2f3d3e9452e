/**
 * Text that carries HTML tags, read as the page they render to. Minutes kept as Markdown in a
 * repository or a site generator often hold HTML of their own ("<p><strong>Action: DCLG to obtain
 * advice.</strong></p>", "<li>…</li>", "<br />"), and text copied from a page's source does too;
 * read as printed, a paragraph's tags stand before its label ("Action:", "Present:", "决议：") and the
 * stages do not see it. Only known tags are read, and only on a text that has several of them, so a
 * lone "a < b" or "<tbd>" stays as it is.
 */

/** Tags that start or end a line of the rendered page. */
const BLOCK = 'p|div|br|hr|h[1-6]|ul|ol|table|thead|tbody|tfoot|blockquote|pre|section|article|header|footer|center|dl|dt|dd';
/** Tags that only mark words inside a line. */
const INLINE = 'strong|b|em|i|u|s|span|font|a|small|big|sub|sup|code|mark|abbr|ins|del|strike|tt|img';
const TAG = new RegExp(`<\\/?(?:${BLOCK}|${INLINE}|li|tr|td|th)(?:\\s[^<>]{0,500})?\\/?>`, 'gi');
const BLOCK_NAME = new RegExp(`^(?:${BLOCK})$`);
/** How many known tags a text must hold to be read as HTML. */
const ENOUGH = 4;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', middot: '·', bull: '•' };

function entity(_: string, body: string): string {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : _;
  }
  return ENTITIES[body.toLowerCase()] ?? _;
}

function tag(t: string): string {
  const m = /^<(\/?)([a-z0-9]+)/i.exec(t)!;
  const [closing, name] = [m[1] === '/', m[2].toLowerCase()];
  if (name === 'li') return closing ? '' : '\n- ';
  // A table row as a Markdown row ("| A | B |"), which the table readers part by its bars.
  if (name === 'tr') return closing ? ' |\n' : '\n|';
  if (name === 'td' || name === 'th') return closing ? '' : ' | ';
  if (BLOCK_NAME.test(name)) return '\n';
  return '';
}

/** The text as its HTML renders, or null when it holds too few tags to be HTML. */
export function inlineHtmlAsText(text: string): string | null {
  const tags = text.match(TAG);
  if (!tags || tags.length < ENOUGH) return null;
  return (
    text
      .replace(TAG, tag)
      .replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, entity)
      // A row's first cell opens with the bar and its own separator: one bar.
      .replace(/^\| \| /gm, '| ')
      // Paragraph tags around every line leave runs of blank lines: one is a paragraph's gap.
      .replace(/\n[ \t]*(?:\n[ \t]*){2,}/g, '\n\n')
  );
}
