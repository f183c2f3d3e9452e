/** Small DOM helpers that work on any Document (browser page, frame, jsdom, DOMParser output). */

export const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'SVG', 'CANVAS', 'OBJECT', 'EMBED',
  'BUTTON', 'SELECT', 'OPTION', 'INPUT', 'TEXTAREA', 'IFRAME', 'FRAME', 'FRAMESET', 'MAP', 'AUDIO', 'VIDEO', 'IMG', 'PICTURE', 'DIALOG',
]);

export const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'TR', 'TD', 'TH', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'CAPTION', 'BLOCKQUOTE',
  'PRE', 'ADDRESS', 'FIGURE', 'FIGCAPTION', 'FORM', 'FIELDSET', 'LEGEND', 'CENTER', 'HR', 'BODY', 'HTML', 'DETAILS', 'SUMMARY',
]);

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Upper-case tag name without a namespace prefix ("o:p" → "O:P" stays distinct). */
export function tagOf(el: Element): string {
  return (el.tagName || '').toUpperCase();
}

/** Hidden by markup: the hidden attribute, aria-hidden, or an inline display:none/visibility:hidden. */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Children elements, as an array (HTMLCollection is live and not iterable everywhere). */
export function childElements(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) out.push(c);
  return out;
}
