/**
 * A light check, cheap enough to run on every page of a portal the user chose: does this page look
 * like meeting minutes? It only decides whether to mark the toolbar button; the full extraction
 * runs when the clerk clicks it.
 */
const HEAD_MARK = /纪\s*要|\bminutes\b/i;
const BODY_MARK = /会议纪要|纪要\s*[（(〔[]|\bminutes of (the )?[\w\s]{0,40}meeting\b|\bmeeting minutes\b/i;
const BODY_CHARS = 4000;

export function looksLikeMinutes(doc: Document): boolean {
  const heads = [doc.title, ...Array.from(doc.querySelectorAll('h1, h2, h3'), (e) => e.textContent ?? '')].join('\n');
  if (HEAD_MARK.test(heads.slice(0, 2000))) return !isListPage(doc);
  return BODY_MARK.test((doc.body?.textContent ?? '').slice(0, BODY_CHARS)) && !isListPage(doc);
}

/** An index of many minutes (a list of links) is not a minutes page itself. */
function isListPage(doc: Document): boolean {
  const links = Array.from(doc.querySelectorAll('a'), (a) => a.textContent ?? '').filter((t) => HEAD_MARK.test(t));
  return links.length >= 5;
}
