/**
 * The decisions of the meeting, from (in this order of trust):
 *  1. a decisions section ("会议议定事项如下：", "The meeting decided:") and its items;
 *  2. per-topic outcomes ("一、审议…  会议议定：原则同意…"), one decision per topic;
 *  3. English minutes without sections: sentences that record an outcome ("It was agreed …",
 *     "The council resolved …", "Clerk to …", "Action: Mike to …");
 *  4. numbered items that each assign work, when nothing above exists;
 *  5. Chinese sentences "会议同意/决定…" in running text.
 */
import type { Segmented, SegLine } from './segment';
import { OUTCOME_ZH } from './markers';
import { splitSentences } from './sentences';
import { findAssignees, NOT_VERB } from './assignees';
import { findDeadline } from './deadlines';

export interface FoundDecision {
  text: string;
  start: number;
  end: number;
  assignees: string[];
  due: string | null;
  dueDate?: string;
  confidence: number;
}

interface Block {
  lines: SegLine[];
  /** Text of the block, the first line without its number. */
  text: string;
  start: number;
  end: number;
  num: SegLine['num'];
}

const STOP_KINDS = new Set(['label', 'distribution', 'print', 'decisionHead', 'requirementHead', 'chrome', 'date', 'meta']);

function blockOf(lines: SegLine[]): Block {
  const first = lines[0];
  const skip = first.num ? first.num.restAt : 0;
  const parts = [first.text.slice(skip), ...lines.slice(1).map((l) => l.text)];
  return { lines, text: parts.join('\n'), start: first.start + skip, end: lines[lines.length - 1].end, num: first.num };
}

/** Groups lines into items of the first numbering style met; deeper lines join their item. */
function itemsOf(lines: SegLine[]): { blocks: Block[]; style: string | null } {
  const style = lines.find((l) => l.num)?.num?.style ?? null;
  const blocks: Block[] = [];
  let cur: SegLine[] | null = null;
  for (const l of lines) {
    if (style && l.num?.style === style) {
      if (cur) blocks.push(blockOf(cur));
      cur = [l];
    } else if (cur) cur.push(l);
    else if (!style) blocks.push(blockOf([l]));
  }
  if (cur) blocks.push(blockOf(cur));
  return { blocks, style };
}

function make(text: string, start: number, end: number, seg: Segmented, meetingIso: string | null, confidence: number): FoundDecision {
  const clean = text.replace(/\s*\n\s*/g, seg.lang === 'zh' ? '' : ' ').trim();
  const shown = clean.length > 400 ? clean.slice(0, 400) + '…' : clean;
  const due = findDeadline(clean, seg.lang, meetingIso);
  return {
    text: shown,
    start,
    end,
    assignees: findAssignees(clean, seg.lang).map((a) => a.name),
    due: due?.phrase ?? null,
    ...(due?.dueDate ? { dueDate: due.dueDate } : {}),
    confidence,
  };
}

/** Lines of each decisions section, up to the next section head, label or closing block. */
function sections(seg: Segmented): SegLine[][] {
  const out: SegLine[][] = [];
  const lines = seg.lines;
  for (let i = 0; i < seg.tailStart; i++) {
    if (lines[i].kind !== 'decisionHead') continue;
    const body: SegLine[] = [];
    let j = i + 1;
    for (; j < seg.tailStart; j++) {
      const l = lines[j];
      if (STOP_KINDS.has(l.kind)) break;
      // After numbered items, an unnumbered view/requirement paragraph ends the section.
      if (body.some((b) => b.num) && !l.num && (l.kind === 'view' || l.kind === 'requirement')) break;
      body.push(l);
    }
    if (body.length) out.push(body);
    i = j - 1;
  }
  return out;
}

// English sentences that record an outcome.
const EN_DECIDED =
  /^(?:(?:after|following)\s+(?:some\s+|further\s+|a\s+|brief\s+|much\s+)?discussion,?\s+|(?:it\s+was\s+)?(?:therefore|then|also|further)\s+)?(?:it|the\s+(?:full\s+)?(?:council|committee|meeting|group|board|members|steering group|parish council|town council|working group|sub-?committee)|all\s+(?:members|councillors|present)|members|council|councillors)\s+(?:was\s+|were\s+|have\s+|has\s+)?(?:then\s+|also\s+|further\s+|unanimously\s+|duly\s+)?(?:agreed|resolved|decided|approved|confirmed|accepted|determined|adopted|voted)\b/i;
const EN_PASSIVE = /^(?!this\b|that\b|it was noted)[\w'’,&()£\- ]{1,80}?\s+(?:was|were|has been|have been)\s+(?:duly\s+|unanimously\s+|then\s+|also\s+)?(?:agreed|approved|confirmed|accepted|adopted|resolved|carried|ratified|endorsed)\b/i;
const EN_MARK = /^(?:resolved|agreed|decision|decided|action(?:s)?)\s*[:\-–—]|^resolved\b|^RESOLVED\b|^it was proposed\b.{0,120}\bthat\b/i;
const EN_ACTION = new RegExp(`^(?:(?:[Aa]ctions?\\s*[:\\-–]\\s*)?(?:(?:Cllrs?|Councillor|Mr|Mrs|Ms|Dr)\\.?\\s+)?[A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w.'’-]*){0,2}\\s+to\\s+(?!${NOT_VERB})[a-z]|(?:[Tt]he\\s+)?(?:Clerk|Chairman|Chair|Secretary|Treasurer|RFO)\\s+(?:will|would|shall|is to|undertook to)\\s+(?!${NOT_VERB})[a-z]|(?:[Tt]he\\s+)?(?:Clerk|Secretary|Treasurer|RFO)\\s+agreed to\\s+(?!${NOT_VERB})[a-z])`);

function isEnDecision(s: string): boolean {
  const t = s.replace(/^[\s\-–•*]+/, '');
  if (/^(?:this|that)\s+was\b/i.test(t)) return false;
  return EN_DECIDED.test(t) || EN_MARK.test(t) || EN_ACTION.test(t) || EN_PASSIVE.test(t);
}

const ZH_DECIDED = /^(?:经|经过)?(?:会议|會議|会上|與會人員)?(?:研究|讨论|审议)?[，,]?(?:一致)?(?:原则)?(?:同意|决定|议定|确定|明确|通过|批准|議定|決定|確定|通過)/;
const ASSIGNS_ZH = /要求|负责|牵头|由[^，。]{2,20}?(?:负责|牵头|组织|落实|办理)|要(?!求)|应当|应|须|务必|抓紧/;
const ASSIGNS_EN = /\b(?:should|shall|must|is to|are to|to ensure|responsible)\b/i;

export function readDecisions(seg: Segmented, meetingIso: string | null): { decisions: FoundDecision[]; method: string } {
  const body = seg.lines.slice(seg.bodyStart, seg.tailStart).filter((l) => l.kind !== 'chrome' && l.kind !== 'meta');

  // 1. Decision sections.
  const secs = sections(seg);
  if (secs.length) {
    const out: FoundDecision[] = [];
    for (const sec of secs) {
      const { blocks } = itemsOf(sec);
      for (const b of blocks) if (b.text.trim()) out.push(make(b.text, b.start, b.end, seg, meetingIso, 0.9));
    }
    if (out.length) return { decisions: out, method: 'section' };
  }

  // The main numbered items of the body, outside requirement/view sections.
  const mainLines: SegLine[] = [];
  let inRequirements = false;
  for (const l of body) {
    if (l.kind === 'requirementHead') inRequirements = true;
    else if (l.kind === 'label' || l.kind === 'decisionHead') inRequirements = false;
    if (!inRequirements && l.kind !== 'requirementHead' && l.kind !== 'label' && l.kind !== 'date') mainLines.push(l);
  }
  const { blocks, style } = itemsOf(mainLines);
  const items = style ? blocks.filter((b) => b.num?.style === style) : [];

  // 2. Per-topic outcomes.
  if (seg.lang === 'zh' && items.length) {
    const withOutcome = items.filter((b) => OUTCOME_ZH.test(b.text));
    if (withOutcome.length && withOutcome.length * 2 >= items.length) {
      return { decisions: items.map((b) => make(b.text, b.start, b.end, seg, meetingIso, 0.8)), method: 'topics' };
    }
  }

  // 3. English outcome sentences.
  if (seg.lang === 'en') {
    const out: FoundDecision[] = [];
    const units = style ? blocks : body.map((l) => blockOf([l]));
    for (const b of units) {
      const sents = splitSentences(b.text, 'en');
      if (!sents.length) continue;
      if (b.num && isEnDecision(sents[0].text)) {
        out.push(make(b.text, b.start, b.end, seg, meetingIso, 0.75));
        continue;
      }
      for (const s of sents) {
        if (isEnDecision(s.text)) {
          const t = s.text.replace(/^[Aa]ctions?\s*[:\-–]\s*/, '');
          const at = b.start + s.index + s.text.indexOf(t);
          out.push(make(t, at, at + t.length, seg, meetingIso, 0.65));
        }
      }
    }
    if (out.length) return { decisions: out, method: 'sentences' };
  }

  // 4. Numbered items that assign work.
  if (items.length >= 2) {
    const assigning = items.filter((b) => (seg.lang === 'zh' ? ASSIGNS_ZH : ASSIGNS_EN).test(b.text));
    if (assigning.length * 2 > items.length) {
      return { decisions: items.map((b) => make(b.text, b.start, b.end, seg, meetingIso, 0.55)), method: 'items' };
    }
  }

  // 5. Chinese sentences recording an outcome.
  if (seg.lang === 'zh') {
    const out: FoundDecision[] = [];
    for (const l of body) {
      if (l.kind !== 'text' && l.kind !== 'view' && l.kind !== 'requirement') continue;
      for (const s of splitSentences(l.text, 'zh')) {
        if (ZH_DECIDED.test(s.text)) out.push(make(s.text, l.start + s.index, l.start + s.index + s.text.length, seg, meetingIso, 0.6));
      }
    }
    if (out.length) return { decisions: out, method: 'sentences' };
  }
  return { decisions: [], method: 'none' };
}
