/**
 * A short report of a working meeting tells its outcomes as the meeting's own demands, with no
 * "决定" said: "会议要求：一是明确责任。…二是明确时限。…", "会议强调，要认真吸纳专家意见，各项目单位
 * 抓紧修改…". Government and institutional news write a meeting up so. Where nothing else was read,
 * each paragraph opened so that says what must be done is a decision; one that counts its points
 * ("一是…二是…") is one decision per point, each from the point's own words. The demand must name
 * who acts ("各地务必…", "全系统要…"): a general call with no one named ("会议强调，要持续优化营商环境")
 * is the meeting's view, as is a paragraph opened "会议指出…" or "会议认为…". Demands that follow
 * what the meeting studied ("会议学习了…精神，并安排落实意见。" / "会议要求，…") say how to carry out
 * what was studied, and are left alone too.
 */
import type { SegLine } from '../segment/segment';
import { alt } from '../lexicon/build';
import { ZH_MEETING_DIRECTIVES, ZH_RECORD } from '../lexicon/zh';

const OPENS = new RegExp(`^(?:${alt(ZH_RECORD.voices)})(?:还|還|并|並|再次|进一步|進一步|同时|同時)?(?:${alt(ZH_MEETING_DIRECTIVES.says)})[：:，,]?`);
const MUST = new RegExp(alt(ZH_MEETING_DIRECTIVES.must));
/** How long a demand must run to name the work it asks for. */
const WORK_LEAST = 20;
const STUDIED = new RegExp(`^(?:${alt(ZH_RECORD.voices)})(?:还|還|首先|先后|先後)?(?:${alt(ZH_MEETING_DIRECTIVES.studied)})`);
const DOER = new RegExp(`^(?:${alt(ZH_MEETING_DIRECTIVES.doerLeads)})|(?:${alt(ZH_MEETING_DIRECTIVES.doerEnds)})[”"」]?$`);

/** Whether some clause names who must act before the word that says they must. */
function namesDoer(t: string): boolean {
  return t.split(/[，,。；;：:！]/).some((c) => {
    const m = MUST.exec(c);
    const who = m ? c.slice(0, m.index).trim() : '';
    return who.length >= 2 && who.length <= 16 && DOER.test(who);
  });
}
/** A counted point's mark: "一是", "二是", or "一要", "二要" (each point a demand), at the paragraph's start or after a clause. */
const POINT = /(?:^|[。；;：:，,])[ \t　]{0,2}([一二三四五六七八九十])(是|要)/g;
export const ORDER = '一二三四五六七八九十';

export interface Directive {
  text: string;
  start: number;
  end: number;
  /** One of a paragraph's counted points ("一要…二要…"), not a whole paragraph. */
  counted: boolean;
}

/** Where the counted points of a paragraph begin (after each "X是"), when they run 一是, 二是, … in order. */
export function points(t: string): { at: number[]; mark: string } {
  const at: number[] = [];
  let mark = '';
  for (const m of t.matchAll(POINT)) {
    // The points run in order, all marked alike ("一要…二要…", not "一是…二要…").
    if (m[1] !== ORDER[at.length] || (mark && m[2] !== mark)) break;
    mark = m[2];
    // A demand's point keeps its 要: "要充分认识…", as the item reads after its count.
    at.push((m.index ?? 0) + m[0].length - (mark === '要' ? 1 : 0));
  }
  return at.length >= 2 ? { at, mark } : { at: [], mark };
}

const VOICE = new RegExp(alt(ZH_RECORD.voices));
const ASK_CLAUSE = new RegExp(`^(?:并|並)?(?:${alt(ZH_MEETING_DIRECTIVES.says)})[：:，,]?`);

/** A sentence inside a paragraph opening the meeting's counted demands: where it starts, and its opening. */
function innerDemand(t: string): { at: number; m: RegExpExecArray } | null {
  for (const s of t.matchAll(/[。；;][ \t　]{0,2}(?=\S)/g)) {
    const at = (s.index ?? 0) + s[0].length;
    const m = OPENS.exec(t.slice(at));
    if (m && points(t.slice(at + m[0].length)).at.length) return { at, m };
  }
  // A clause of the meeting's own sentence: "最后，会议对近期工作进行了安排部署，要求一是…，二是…".
  for (const s of t.matchAll(/[，,][ \t　]{0,2}(?=\S)/g)) {
    const at = (s.index ?? 0) + s[0].length;
    const sentence = t.slice(0, at).split(/[。；;]/).pop() ?? '';
    if (!VOICE.test(sentence)) continue;
    const m = ASK_CLAUSE.exec(t.slice(at));
    if (m && points(t.slice(at + m[0].length)).at.length) return { at, m };
  }
  return null;
}

/** The meeting's demands among a record's paragraphs (the header's too: a short report's study may open it), as decisions' spans. */
export function meetingDirectives(body: SegLine[]): Directive[] {
  const out: Directive[] = [];
  let afterStudy = false;
  for (const l of body) {
    if (l.num || !(l.kind === 'text' || l.kind === 'view' || l.kind === 'requirement')) continue;
    let lead = l.text.length - l.text.trimStart().length;
    let t = l.text.trim();
    let m = OPENS.exec(t);
    if (!m) afterStudy = STUDIED.test(t);
    // A paragraph that tells the meeting first and its demands after ("…参加会议。会上听取了…。会议要求，一是…二是…"):
    // the demands from the sentence that opens them, when they count their points.
    if (!m) {
      const inner = innerDemand(t);
      if (inner) {
        lead += inner.at;
        t = t.slice(inner.at);
        m = inner.m;
      }
    }
    if (!m || t.length - m[0].length < WORK_LEAST) continue;
    const counted = points(t.slice(m[0].length));
    // A bare exhortation ("会议要求，各部门要抓好落实。") names no work to be done; counted points each name theirs.
    if (!counted.at.length && (afterStudy || !namesDoer(t.slice(m[0].length)))) continue;
    const at = counted.at.map((p) => p + m[0].length);
    if (!at.length) {
      out.push({ text: t, start: l.start + lead, end: l.start + lead + t.length, counted: false });
      continue;
    }
    at.forEach((p, k) => {
      // A point ends where the next one's mark begins.
      const stop = k + 1 < at.length ? t.lastIndexOf(ORDER[k + 1] + counted.mark, at[k + 1]) : t.length;
      // Points run in one sentence part at a comma: the comma is not the point's.
      const text = t.slice(p, stop).trim().replace(/[，,]$/, '');
      if (text) out.push({ text, start: l.start + lead + p, end: l.start + lead + p + text.length, counted: true });
    });
  }
  return out;
}
