/** Reading files for the extraction command: decoding, HTML or text, and the compact JSON record. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractFromDocument, extractFromText, type Fold } from '../extract/index';
import type { MinutesDraft } from '../schemas/minutes';

/** The contract's fields (DESIGN §3), without the big text and the spans. */
export function compact(d: MinutesDraft) {
  return {
    isMinutes: d.isMinutes,
    ...(d.reason ? { reason: d.reason } : {}),
    lang: d.lang,
    title: d.title,
    docNumber: d.docNumber,
    issuer: d.issuer,
    meetingDate: d.meetingDate,
    presider: d.presider,
    attendees: d.attendees,
    decisions: d.decisions.map((x) => ({ text: x.text, assignees: x.assignees, due: x.due, ...(x.dueDate ? { dueDate: x.dueDate } : {}) })),
    recipients: d.recipients.map((r) => ({ name: r.name, role: r.role })),
    confidence: d.confidence,
    warnings: d.warnings,
  };
}

/**
 * Decodes a saved page: UTF-8 unless the bytes are not UTF-8 or the page declares another charset
 * (Chinese portals often serve GBK/GB18030 or Big5).
 */
export function decode(buf: Buffer): string {
  const head = buf.subarray(0, 2048).toString('latin1');
  const declared = head.match(/<meta[^>]{0,200}charset\s*=\s*["']?\s*([\w-]+)/i)?.[1]?.toLowerCase();
  const pick = (label: string) => {
    try {
      return new TextDecoder(label).decode(buf);
    } catch {
      return null;
    }
  };
  // A page saved as UTF-8 keeps the legacy charset its server declared: bytes that are valid UTF-8
  // are read as UTF-8 (real GBK or Big5 Chinese text is almost never valid UTF-8).
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    /* not UTF-8: read by the declaration */
  }
  if (declared && !/^utf-?8$/.test(declared)) {
    const label = /^(?:gb2312|gbk|gb_2312-80|x-gbk|gb18030)$/.test(declared) ? 'gb18030' : declared;
    const text = pick(label);
    if (text !== null) return text;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return pick('gb18030') ?? buf.toString('utf8');
  }
}

// jsdom and the conversion table each cost a noticeable part of a second to load: the command
// loads them only for a file that needs them, so a small text file answers at once.
const load = createRequire(import.meta.url);

let converter: Fold | null = null;
/**
 * Traditional → Simplified, the patterns match Simplified script. The table is loaded on the first
 * text that holds Chinese characters; any other text is given back as it is.
 */
function traditionalToSimplified(): Fold {
  return (s) => {
    if (!/[\u3400-\u9fff\uf900-\ufaff]/.test(s)) return s;
    converter ??= (load('opencc-js') as typeof import('opencc-js')).Converter({ from: 'tw', to: 'cn' });
    return converter(s);
  };
}

export function extractFile(file: string): MinutesDraft {
  const buf = readFileSync(file);
  const content = decode(buf);
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm' || /^\s*</.test(content)) {
    const { JSDOM, VirtualConsole } = load('jsdom') as typeof import('jsdom');
    const dom = new JSDOM(content, { url: pathToFileURL(file).href, virtualConsole: quietConsole(VirtualConsole) });
    try {
      return extractFromDocument(dom.window.document, dom.window.location.href, { fold: traditionalToSimplified() });
    } finally {
      dom.window.close();
    }
  }
  return extractFromText(content, { fold: traditionalToSimplified() });
}

/**
 * A console for a page read by jsdom that does not print jsdom's own complaints about the page
 * ("Could not parse CSS stylesheet" for every portal's stylesheet it cannot read): the page's
 * styles play no part in its extraction, and the command's output is the draft.
 */
export function quietConsole(VC: typeof import('jsdom').VirtualConsole): import('jsdom').VirtualConsole {
  const vc = new VC();
  vc.forwardTo(console, { jsdomErrors: 'none' });
  return vc;
}
