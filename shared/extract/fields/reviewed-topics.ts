/**
 * Topic paragraphs of an unnumbered record where most topics state their outcome ("会议原则同意《…》。…" /
 * "会议听取了…汇报。会议强调…" / "会议原则同意《…》。…"): the topic heard between them is a topic of the
 * same record (each topic is one decision, per the labels), though it states no outcome of its own.
 * Where few topics are decided, a report heard stays out: it is how news of a meeting reads too.
 */
import { alt } from '../lexicon/build';
import { ZH_RECORD_REVIEW } from '../lexicon/zh';

/** A topic opened by the meeting dealing with it: "会议听取了…", "會議聽取了…", "会议还研究了…". */
// Not "会议还研究了…等有关事项": an aside added at the close, no topic of the record.
const MEETING_REVIEWED = new RegExp(`^(?:会议|會議)(?:首先|先后|先後)?${alt(ZH_RECORD_REVIEW)}(?:了|并|並)`);
/** "会议还研究了其他事项": a closing line, no topic. */
const OTHER_MATTERS = /^(?:会议|會議)?(?:还|還)?研究了?其他(?:事项|事項|工作)/;

interface Part {
  text: string;
  start: number;
  end: number;
}

/**
 * The parts kept as topics: those `holds` keeps, and, where at least two parts and at least half of
 * all are decided, each reviewed topic that is a paragraph of its own (`paras`). A report heard inside
 * a paragraph's run of outcomes ("会议听取了…汇报；听取并通过…；通过…") is that run's preamble, no topic.
 */
export function withReviewedTopics<P extends Part>(all: P[], paras: readonly Part[], holds: (p: P) => boolean, decided: (p: P) => boolean): P[] {
  const kept = all.filter(holds);
  const nDecided = kept.filter(decided).length;
  if (kept.length === all.length || nDecided < 2 || nDecided * 2 < all.length) return kept;
  const whole = (p: P) => paras.some((l) => l.start === p.start && l.end === p.end);
  return all.filter((p) => holds(p) || (whole(p) && MEETING_REVIEWED.test(p.text.trim()) && !OTHER_MATTERS.test(p.text.trim())));
}
