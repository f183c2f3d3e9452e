/** Attendance (出席/列席/参会; "Present") and who presided (主持; "Chair", "presided over"). */
import type { Segmented, SegLine } from './segment';
import { readEnAttendance, readZhAttendance, cleanEnPerson, findPresider, stripHonorifics, zhNameFrom } from './people';
import { uniq } from './lists';
import type { Hit } from './header';

export interface Attendance {
  attendees: string[];
  attendeesHit: Hit<string[]> | null;
  presider: Hit<string> | null;
}

const EN_LIST_START = /^(?:councillors|cllrs|members|committee members|board members|trustees|governors)\b[:\s]*/i;
const EN_ROLE_LINE = /^(?:parish\s+|town\s+|the\s+)?(?:clerk|secretary|treasurer|rfo|minute taker|responsible financial officer)\b/i;

/** Value of a label, or the lines right after a label printed alone. */
function labelValue(seg: Segmented, l: SegLine): { text: string; line: SegLine; at: number }[] {
  const v = l.label!.value;
  if (v) return [{ text: v, line: l, at: l.label!.valueAt }];
  const out: { text: string; line: SegLine; at: number }[] = [];
  for (let i = l.i + 1; i < Math.min(seg.tailStart, l.i + 4); i++) {
    const n = seg.lines[i];
    if (n.kind !== 'text' || n.num) break;
    // Names or bodies, not a sentence.
    if (/[。.!?]$/.test(n.text) && n.text.length > 60) break;
    out.push({ text: n.text, line: n, at: 0 });
    if (!/[、，,]$/.test(n.text)) break;
  }
  return out;
}

export function readAttendance(seg: Segmented): Attendance {
  const names: string[] = [];
  let first: SegLine | null = null;
  let last: SegLine | null = null;
  let presider: Hit<string> | null = null;
  let chairFromList: Hit<string> | null = null;
  const firstItem = seg.lines.find((l) => l.i >= seg.bodyStart && l.num)?.i ?? seg.tailStart;
  const end = seg.tailStart;

  for (const l of seg.lines.slice(0, end)) {
    if (l.kind === 'label' && l.label) {
      const kind = l.label.kind;
      if (kind === 'attendance') {
        for (const part of labelValue(seg, l)) {
          if (seg.lang === 'zh') names.push(...readZhAttendance(part.text));
          else {
            const r = readEnAttendance(part.text);
            names.push(...r.names);
            if (r.chair && !chairFromList) chairFromList = { value: r.chair, start: part.line.start, end: part.line.end, confidence: 0.8 };
          }
          first ??= part.line;
          last = part.line;
        }
      } else if (kind === 'presider' && !presider && l.label.value) {
        const v = l.label.value;
        const name = seg.lang === 'zh' ? (zhNameFrom(v.split(/\s{1,}|[，,、]/)[0]) ?? v.split(/\s+/)[0]) : stripHonorifics(v.split(/[,;(]/)[0]);
        if (name) presider = { value: name, start: l.start + l.label.valueAt + Math.max(0, v.indexOf(name)), end: l.start + l.label.valueAt + Math.max(0, v.indexOf(name)) + name.length, confidence: 0.95 };
      }
      continue;
    }
    // Unlabelled English attendance near the top: "Councillors D Risk (Chairman), P Summers …",
    // then role lines such as "Parish Clerk and RFO A M Hounsell".
    if (seg.lang === 'en' && l.kind === 'text' && !l.num && l.i < firstItem && l.i <= seg.bodyStart + 4) {
      const m = l.text.match(EN_LIST_START);
      if (m) {
        const r = readEnAttendance(l.text.slice(m[0].length));
        if (r.names.length >= 2) {
          names.push(...r.names);
          if (r.chair && !chairFromList) chairFromList = { value: r.chair, start: l.start, end: l.end, confidence: 0.8 };
          first ??= l;
          last = l;
          continue;
        }
      }
      if (first && EN_ROLE_LINE.test(l.text) && l.text.length < 80) {
        const p = cleanEnPerson(l.text);
        if (p.name) {
          names.push(p.name);
          last = l;
        }
      }
    }
  }

  if (!presider && chairFromList) presider = chairFromList;
  if (!presider) {
    // A sentence: the opening paragraph, the first lines of the body, or a note under an item.
    const scan = seg.lines.slice(0, Math.min(end, seg.bodyStart + 20));
    for (const l of scan) {
      if (l.kind === 'chrome' || l.kind === 'meta' || l.kind === 'distribution') continue;
      const p = findPresider(l.text, seg.lang);
      if (p) {
        presider = { value: p.name, start: l.start + p.index, end: l.start + p.index + p.name.length, confidence: 0.75 };
        break;
      }
    }
  }
  const attendees = uniq(names);
  return {
    attendees,
    attendeesHit: first && last ? { value: attendees, start: first.start, end: last.end, confidence: 0.85 } : null,
    presider,
  };
}
