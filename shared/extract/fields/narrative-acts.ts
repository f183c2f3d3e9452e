/**
 * Decisions told inside a narrative record's paragraphs rather than as numbered items: "会议审议通过了…，
 * 审定了2016年度表彰名单；审议了…", "经充分讨论和商议，决定由李某、徐某…组成…", "本次理事会共讨论通过了21名新会员的
 * 入会申请", "…，並審議通過108年度收支決算…". Each act is one decision, its text from where the act starts
 * as printed (a sentence's own opening, "经…讨论，" or the body doing it, kept; a joining "并" left out).
 */
import { DISCUSSED_BEFORE_ACT, openedByDiscussion } from './discussed-acts';
import { alt } from '../lexicon/build';
import { ZH_ACT_BODIES, ZH_NAMED_BODIES, ZH_DISCUSSED, ZH_ELECT, ZH_NARRATIVE_ACTS, ZH_RECORD, ZH_VOTE_ADVERBS } from '../lexicon/zh';

// "通过了解" is "by learning", "决定性" an adjective, "选举办法" a document's name: no act.
// An election is an act once it names the post ("选举增补刘某…等6位为副会长"); "選舉堂區議會議員" alone is an agenda's item.
const ACT = `(?:${alt(ZH_NARRATIVE_ACTS)}(?![解的性:：]|办法|辦法|工作|事项|事項)|${alt([...ZH_ELECT, '选举增补', '選舉增補'])}(?=[^，,。；;：:]{2,60}?[为為]))`;
const ADVERBS = `(?:${alt([...ZH_RECORD.adverbs, ...ZH_VOTE_ADVERBS, '一致', '共'])}){0,2}`;
/** The body acting, by its kind ("理事会") or its own name ending so ("业主大会", "校务委员会"). */
const BODY = `(?:(?:本次|这次|此次|這次|本届|本屆)?(?:[\\u4e00-\\u9fff]{1,6}?${alt(ZH_NAMED_BODIES)}|${alt(ZH_ACT_BODIES)}))?`;
/** "经充分讨论和商议，", "經審議後，": how the item came to its outcome, kept with it. */
/** "董事会经过讨论决定…": the discussion told after the body, without a comma (fields/discussed-acts.ts). */
const AFTER = `${DISCUSSED_BEFORE_ACT}?`;
const DISCUSSED = `(?:(?:经|經)(?:过|過)?(?=[^，,。；;]{0,14}${alt(ZH_DISCUSSED)})[^，,。；;]{1,16}[，,][ \\u3000]?)?`;
/** "采用举手表决的方式", "以无记名投票形式": how the act was taken, printed before it and kept with it. */
const MANNER = `(?:(?:采用|採用|采取|採取|以)[^，,。；;]{1,12}?(?:方式|形式))?`;
/** "会议根据县人大常委会主任会议的提请，": what the act was taken on, printed before it and kept with it. */
const BASIS = `(?:(?:会议|會議)?(?:根据|根據|依据|依據|按照)[^，,。；;：:]{2,40}[，,][ \\u3000]?)?`;
/** A sentence that opens with an act: the decision starts at the sentence's start. */
export const ZH_ACT_OPENS = new RegExp(`^${BASIS}${DISCUSSED}${BODY}${AFTER}${MANNER}${ADVERBS}${ACT}`);
/** A clause inside a sentence that opens with an act, after its comma or semicolon and a joining word. */
export const ZH_ACT_CLAUSE = new RegExp(`[，,；;][ \\u3000]?(?:并|並|还|還|又|同时|同時|随后|隨後|最后|最後)?(?=${DISCUSSED}${BODY}${AFTER}${MANNER}${ADVERBS}${ACT})`, 'g');
/** Speech narration: what a person or the meeting said, not what it decided. */
const SPEECH = /指出|强调|強調|要求|认为|認為|表示|希望|提出|介绍|介紹|汇报|匯報|报告|報告/;

/**
 * Where a sentence's act starts: 0 when the sentence opens with one, else the first clause opening
 * with one (past its joining word), unless a clause before it is someone speaking; -1 if none.
 */
export function actStart(sentence: string): number {
  if (ZH_ACT_OPENS.test(sentence)) return 0;
  const re = new RegExp(ZH_ACT_CLAUSE.source, 'g');
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const before = sentence.slice(0, m.index);
    // "…「貴會…理事案，同意備查」：洽悉": a letter quoted, not the meeting's act.
    if (quoted(before)) continue;
    // "会中由秘书处报告…，並審議通過…": a report heard before the act is how the record reads; a view is not.
    // A body's act after its discussion ("…做了汇报,董事会经过讨论决定…") is the meeting's, whatever was said before.
    if (SPEECH.test(before) && !/(?:由|聽取|听取)[^，,。；;]{0,20}(?:报告|報告|汇报|匯報)/.test(before) && !openedByDiscussion(sentence.slice(m.index + m[0].length))) return -1;
    return m.index + m[0].length;
  }
  return -1;
}

/**
 * A narrative decision holding several acts ("会议审议通过了…，审定了…；审议了…") cut at each clause that
 * opens with an act, once the part before holds something past its own act: one part per act.
 */
export function actParts(text: string): { from: number; to: number }[] {
  const parts: { from: number; to: number }[] = [];
  let from = 0;
  const re = new RegExp(ZH_ACT_CLAUSE.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const part = text.slice(from, m.index);
    // "会议决定，同意…": an act with nothing of its own yet is the opening of the next.
    const head = OPENING.exec(part);
    // A part opening on a topic reviewed ("会议研究了…，同意…，决定…") is one topic's outcome, kept whole;
    // a report heard ("听取了…关于推选监票人情况的汇报；通过了…") is no act of its own to cut after.
    if (!head || part.length - head[0].length < 4 || quoted(text.slice(0, m.index))) continue;
    parts.push({ from, to: m.index + 1 });
    from = m.index + m[0].length;
  }
  parts.push({ from, to: text.length });
  return parts;
}

const OPENING = new RegExp(`^${BASIS}${DISCUSSED}${BODY}${AFTER}${MANNER}${ADVERBS}${ACT}`);
/** Whether a quotation is still open at the end of the text. */
function quoted(text: string): boolean {
  return (text.match(/[「“『]/g)?.length ?? 0) > (text.match(/[」”』]/g)?.length ?? 0);
}

interface Placed {
  text: string;
  start: number;
  end: number;
}

/** A narrative decision as one per act, each remade (assignees, due) from its own part. */
export function splitActs<T extends Placed>(d: T, remake: (text: string, start: number, end: number) => T): T[] {
  if (d.text.endsWith('…')) return [d];
  const parts = actParts(d.text);
  if (parts.length < 2) return [d];
  return parts.map(({ from, to }) => {
    const t = d.text.slice(from, to).trim();
    const at = Math.min(d.start + from, d.end);
    return remake(t, at, Math.min(at + t.length, d.end));
  });
}
