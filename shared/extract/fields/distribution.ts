/** The distribution block at the end: 报/送/抄送/抄报/分送/发 lines; English "cc:", "copied:". */
import type { RecipientRole } from '../../schemas/minutes';
import { EN_DIST, PRINT_LINE, type Segmented } from '../segment/segment';
import { ZH_DIST_LABELS, ZH_DIST_ROLE } from '../segment/labels';
import { splitList } from '../text/lists';

export interface FoundRecipient {
  name: string;
  role: RecipientRole;
  start: number;
  end: number;
  /** Read from a line the list wrapped onto, with no label of its own: a reading, not a marker. */
  wrapped?: boolean;
}


function push(out: FoundRecipient[], value: string, role: RecipientRole, offset: number) {
  // "（共印30份）" counts copies; it names no one.
  const clean = value.replace(/[（(]\s?共印\s?\d+\s?份\s?[）)]/g, (m) => ' '.repeat(m.length));
  for (const name of splitList(clean)) {
    if (name.length < 2 || name.length > 80) continue;
    const i = value.indexOf(name);
    out.push({ name, role, start: offset + Math.max(0, i), end: offset + Math.max(0, i) + name.length });
  }
}

/** Cuts a Chinese distribution line at each label ("报：…。送：…"), keeping each part's role. */
function zhParts(text: string): { role: RecipientRole; value: string; at: number }[] {
  const parts: { role: RecipientRole; value: string; at: number }[] = [];
  const labelRe = new RegExp(`(?:^|[。；;\\s])(${ZH_DIST_LABELS.join('|')})\\s*[：:]\\s*`, 'g');
  const hits: { role: RecipientRole; from: number; to: number }[] = [];
  let m: RegExpExecArray | null;
  while ((m = labelRe.exec(text))) hits.push({ role: ZH_DIST_ROLE[m[1]], from: m.index, to: m.index + m[0].length });
  hits.forEach((h, k) => {
    const endAt = k + 1 < hits.length ? hits[k + 1].from : text.length;
    parts.push({ role: h.role, value: text.slice(h.to, endAt), at: h.to });
  });
  return parts;
}

export function readDistribution(seg: Segmented): FoundRecipient[] {
  const out: FoundRecipient[] = [];
  const from = Math.max(seg.bodyStart, 0);
  let current: RecipientRole | null = null;
  for (let i = from; i < seg.lines.length; i++) {
    const l = seg.lines[i];
    if (l.kind === 'distribution') {
      const parts = zhParts(l.text);
      if (parts.length) {
        for (const p of parts) push(out, p.value, p.role, l.start + p.at);
        current = parts[parts.length - 1].role;
      } else if (l.label?.role) {
        push(out, l.label.value, l.label.role, l.start + l.label.valueAt);
        current = l.label.role;
      } else {
        const m = l.text.match(EN_DIST);
        if (m && m.index !== undefined) {
          const role: RecipientRole = /distribut|circulat/i.test(m[1]) ? 'distribute' : /sent/i.test(m[1]) ? 'send' : 'copy';
          const at = m.index + m[0].length;
          push(out, l.text.slice(at), role, l.start + at);
          current = role;
        }
      }
      continue;
    }
    // A distribution list wrapped onto the next line.
    const next = seg.lines[i + 1];
    const printerAbove = !!next && next.kind === 'print' && !(next.text.match(PRINT_LINE)?.[1] ?? '').trim();
    if (current && i >= seg.tailStart && l.kind === 'text' && !l.num && !printerAbove) {
      const before = out.length;
      push(out, l.text, current, l.start);
      for (const r of out.slice(before)) r.wrapped = true;
      continue;
    }
    current = null;
  }
  return out;
}
