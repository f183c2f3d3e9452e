/**
 * The last reading of a record's decisions, where no section, topic, motion or outcome sentence
 * was found: an outcome stated inside a run-on sentence ("…，同时由与会委员共同审议通过了…",
 * "… 1. APPROVAL OF THE AGENDA SECONDED: COUNCILLOR X That the agenda be approved as presented",
 * "… requested Y as secretary and it was unanimously approved."). A page nobody tuned for often
 * states its outcomes so; an empty list scores nothing, a guess at a low confidence lands on the
 * clerk's list to check.
 */
import { opensAgenda, underAgendaIntro } from './agenda-intro-zh';
import type { SegLine } from '../segment/segment';
import { splitSentences } from '../text/sentences';
import { notCarried } from './motion-heads';
import { alt } from '../lexicon/build';
import { EN_LOOSE_OUTCOMES, EN_LOOSE_FORMULAS } from '../lexicon/en';
import { ZH_LOOSE_LEADS, ZH_LOOSE_DECIDERS, ZH_LOOSE_OUTCOMES, ZH_EARLIER_OUTCOME } from '../lexicon/zh';

export interface LooseOutcome {
  text: string;
  start: number;
  end: number;
}

/** Lines of a paragraph joined as printed (wrapped lines go on with a space), with where each began. */
interface Para {
  text: string;
  /** [offset in `text`, offset in the document] for each line. */
  at: [number, number][];
}

function paragraphs(lines: SegLine[], lang: 'zh' | 'en'): Para[] {
  const out: Para[] = [];
  let cur: Para | null = null;
  for (const l of lines) {
    // A Chinese line is a paragraph; English lines wrap until a gap or a numbered line.
    if (!cur || lang === 'zh' || l.gapBefore || l.num) {
      cur = { text: l.text, at: [[0, l.start]] };
      out.push(cur);
      continue;
    }
    cur.at.push([cur.text.length + 1, l.start]);
    cur.text += ' ' + l.text;
  }
  return out;
}

/** The document offset of an offset inside a paragraph. */
function docOffset(p: Para, k: number): number {
  let best = p.at[0];
  for (const a of p.at) if (a[0] <= k) best = a;
  return best[1] + (k - best[0]);
}

/**
 * A Chinese clause whose subject is the meeting or its members and whose verb records an outcome:
 * "由与会委员共同审议通过了…", "最后全员通过举手表决的方式，通过了…" (the clause on from the verb).
 */
const ZH_LOOSE = new RegExp(`^\\s*(?:${alt(ZH_LOOSE_LEADS)}){0,2}(?:${alt(ZH_LOOSE_DECIDERS)})[^，,。；;：:《》「」]{0,12}?(?<!的)(?:${alt(ZH_LOOSE_OUTCOMES)})(?![》」”])`);
/** Its subject choosing a means: "最后全员通过举手表决的方式，…" (the outcome in the next clause). */
const ZH_LOOSE_MEANS = new RegExp(`^\\s*(?:${alt(ZH_LOOSE_LEADS)}){0,2}(?:${alt(ZH_LOOSE_DECIDERS)})[^，,。；;：:]{0,8}?(?:通过|通過|以|采用|採用)[^，,。；]{0,12}(?:方式|形式)`);
/** The clause after a means ("…全员通过举手表决的方式，通过了…"): its verb has the same subject. */
const ZH_VERB_FIRST = new RegExp(`^(?:并|並|一致|均|全票)?(?:${alt(ZH_LOOSE_OUTCOMES)})`);
/** A clause opened by the meeting or its members ("会上，", "各位董事认真研究讨论了…"): a later clause's verb has them as subject. */
const ZH_SUBJECT_OPENS = new RegExp(`^\\s*(?:${alt(ZH_LOOSE_LEADS)}){0,2}(?:各位)?(?:${alt(ZH_LOOSE_DECIDERS)})`);
const ZH_VERB_TAIL = new RegExp(`(?:${alt(ZH_LOOSE_OUTCOMES)})$`);
/**
 * A numbered item run into a PDF's one line, its act with no subject ("… 二、董事会会议审议情况 (一)审议通过《关于<2024
 * 年度总经理工作报告>的议案》 董事会听取了…", "1.审议通过了《关于 2025 年…》"): the act and the paper it passed,
 * as far as the page gives it (a summary cut off inside the paper's name).
 */
const ZH_NUMBERED_PASSED = /(?:^|[\s。；;])(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、．]|\d{1,2}[.、．](?!\d))\s*((?:审议|審議|表决|表決)(?:并|並)?(?:通过|通過)了?\s*[《「][^》」]{1,120}?(?:[》」]|(?=\s*(?:\.{3}|…)?\s*$)))/g;
/** "通过…的方式" is a means, not an outcome. */
const ZH_MEANS = /^(?:通过|通過)[^，,。；]{0,12}(?:方式|形式|途径|途徑|渠道)/;
/** An outcome reached before this meeting ("业经立法院三读通过", "已经…会议决议通过") is background. */
const ZH_EARLIER = new RegExp(alt(ZH_EARLIER_OUTCOME));

const EN_LOOSE_SENTENCE = new RegExp(`\\b(?:it|which|this|motion)\\s+(?:was|were)\\s+(?:then\\s+)?(?:duly\\s+|unanimously\\s+)?(?:${alt(EN_LOOSE_OUTCOMES)})\\b`, 'i');
const EN_FORMULA = new RegExp(`(?:^|[\\s.;:|])(${alt(EN_LOOSE_FORMULAS)})\\s*[:,]?\\s+(?:that|to)\\s+\\S`, 'i');
/** "That the agenda be approved as presented", "THAT Council receive the report": a resolution's words. */
const EN_THAT_BE = /(?:^|[\s.;:|])((?:That|THAT)\s+(?!(?:is|was|it|this|would|will|has|had|they|he|she|we)\b)[^.;]{3,160}?\b(?:be|BE)\s+[A-Za-z]+(?:ed|en|ED|EN)\b)/;
/** "it was proposed by Cllr X that …", "On the motion of X, seconded by Y, it was resolved …". */
const EN_PROPOSED = /\b(it was (?:proposed|moved) by\b.{2,80}?\bthat\b)/i;

/** A mover's name and title ending where the verb starts: "Councillor Jo Bloggs ", "Ms. Ana B. Cruz ". */
const EN_MOVER_BEFORE = /(?:(?<=^|[\s.;:|])[A-Z][\w.'’-]*\s+){2,6}$/;

export function looseOutcomes(lines: SegLine[], lang: 'zh' | 'en'): LooseOutcome[] {
  const out: LooseOutcome[] = [];
  const push = (p: Para, from: number, to: number) => {
    const raw = p.text.slice(from, to);
    const t = raw.trim();
    if (t.length < (lang === 'zh' ? 6 : 12)) return;
    const at = docOffset(p, from + raw.indexOf(t));
    out.push({ text: t, start: at, end: at + t.length });
  };
  // A Chinese line is a paragraph: numbered lines under one that opens a list of topics are that list's.
  let topicsOpen = false;
  for (const [pi, p] of paragraphs(lines, lang).entries()) {
    const listed: boolean = lang === 'zh' && topicsOpen && !!lines[pi]?.num;
    topicsOpen = lang === 'zh' && (listed || opensAgenda(p.text));
    if (listed) continue;
    const sents = splitSentences(p.text, lang);
    for (const [k, s] of sents.entries()) {
      if (lang === 'zh') {
        if (ZH_EARLIER.test(s.text)) continue;
        const passed = [...s.text.matchAll(ZH_NUMBERED_PASSED)];
        for (const m of passed) {
          const from = m.index + m[0].indexOf(m[1]);
          // A topic listed under "会议议题为：" is one to be put, not passed (fields/agenda-intro-zh.ts).
          if (underAgendaIntro(p.text, s.index + from, m[1].length)) continue;
          push(p, s.index + from, s.index + from + m[1].length);
        }
        if (passed.length) continue;
        // The clause of the sentence holding the outcome, and what follows it in the sentence.
        let clauseAt = 0;
        let means = false;
        for (const c of s.text.split(/(?<=[，,])/)) {
          const m = ZH_LOOSE.exec(c);
          const verbAt = m ? m.index + m[0].length - (m[0].match(ZH_VERB_TAIL)?.[0].length ?? 0) : -1;
          if ((m && !ZH_MEANS.test(c.slice(verbAt))) || (means && ZH_VERB_FIRST.test(c.trim()))) {
            push(p, s.index + clauseAt, s.index + s.text.length);
            break;
          }
          means ||= !!m || ZH_LOOSE_MEANS.test(c) || ZH_SUBJECT_OPENS.test(c);
          clauseAt += c.length;
        }
        continue;
      }
      // The earliest formula of the sentence: "… it was proposed by X that Y be elected … the Council RESOLVED to elect Y".
      // "X moved that … . Motion withdrawn.": a motion that did not pass (fields/motion-heads.ts).
      if (notCarried(sents[k + 1]?.text ?? '')) continue;
      const f = [EN_FORMULA.exec(s.text), EN_PROPOSED.exec(s.text), EN_THAT_BE.exec(s.text)].filter((x) => x !== null).sort((a, b) => a.index - b.index)[0];
      if (f) {
        let from = f.index + f[0].indexOf(f[1]);
        // "… Ms. Ana B. Cruz moved to …": the mover named just before the verb opens the motion.
        if (/^moved$/i.test(f[1])) from -= EN_MOVER_BEFORE.exec(s.text.slice(0, from))?.[0].length ?? 0;
        push(p, s.index + from, s.index + s.text.length);
      } else if (EN_LOOSE_SENTENCE.test(s.text) && !/\b(?:lost|failed|defeated|withdrawn)\b/i.test(s.text)) push(p, s.index, s.index + s.text.length);
    }
  }
  return out;
}
