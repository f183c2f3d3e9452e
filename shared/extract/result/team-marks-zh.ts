/**
 * The marks of a meeting that took place, as Chinese team and student notes print them (周会/组会记录,
 * a course project's "第一次会议 2018.8.9"): no 出席 list, no 会议决定, yet the record of a meeting
 * held. They state what the team reached in its own voice ("最终决定了选题", "确定了…", "达成一致"),
 * give a task a deadline ("任务截止日期：2018.8.13"), put what came of it under a heading of its own
 * ("### 成果", "## 会议结论"), list their members under a label ("参与人员：A、B、C"), and say the
 * members discussed ("小组成员共同讨论…"). A notice calling a meeting asks people to come and discuss
 * ("请全体成员…讨论"), an agenda lists what is to be discussed: neither states what was reached.
 * Read by result/meeting-notes.ts, beside its own marks, under a dated heading naming the meeting.
 */
import { alt } from '../lexicon/build';
import { ZH_TEAM_NOTES } from '../lexicon/zh';

/** "最终决定了", "讨论确定", "一致同意", "确定了", "明确了", "达成一致": an outcome reached, in the past. */
const REACHED = new RegExp(
  `(?:${alt(ZH_TEAM_NOTES.reachedBy)})(?:${alt(ZH_TEAM_NOTES.reached)})|(?:${alt(ZH_TEAM_NOTES.reached)})了|${alt(ZH_TEAM_NOTES.agreed)}`,
);
/** What is still to come or asked for ("将确定", "请…明确", "需要决定"): no outcome. */
const NOT_YET = new RegExp(`(?:${alt(ZH_TEAM_NOTES.notYet)})[\\u4e00-\\u9fff]{0,6}$`);
/** "任务截止日期：2018.8.13", "截至时间2018.8.19", "DDL：9月20日": a task given a date. */
const DEADLINE = new RegExp(`(?:${alt(ZH_TEAM_NOTES.deadlines)})[ \\t]{0,2}[：:]?[ \\t]{0,2}(?:\\d|[一二三四五六七八九十]{1,3}月|下周|本周|周[一二三四五六日])`);
/** A heading alone over what the meeting came to: "### 成果", "## 会议结论", "三、讨论结果". */
const RESULT_HEAD = new RegExp(
  `^[#*\\s]{0,8}(?:[一二三四五六七八九十]{1,2}[、.．]|\\d{1,2}[.、．]|[（(][一二三四五六七八九十\\d]{1,2}[)）])?[ \\t]{0,2}(?:${alt(ZH_TEAM_NOTES.resultHeads)})[ \\t*#]{0,4}$`,
);
/** "参与人员：郑云鲲、王雯琪、黄俊": a labelled list of at least two members. */
const MEMBER_LIST = new RegExp(`^[-*•\\s]{0,6}(?:${alt(ZH_TEAM_NOTES.memberLabels)})[ \\t]{0,2}[：:][ \\t]{0,2}([^\\n]{2,200})$`);
/** "小组成员共同讨论", "组员通过头脑风暴讨论": the members met and discussed. */
const MEMBERS_MET = new RegExp(`(?<![请請要将將])(?:${alt(ZH_TEAM_NOTES.members)})(?:们)?(?:[^。；\\n请将需拟]{0,10})(?:讨论|討論|商讨|商討|交流|汇报|匯報)`);

/** "结论是…", "讨论结果认为…": what the meeting concluded, said so. */
const CONCLUDED = new RegExp(`(?:${alt(ZH_TEAM_NOTES.concluded)})[ \\t]{0,2}(?:[：:]|认为|為|为|是|如下)?[ \\t]{0,2}[\\u4e00-\\u9fffA-Za-z]`);
/** "对…进行了讨论", "经讨论": the meeting discussed, in the past. */
const DISCUSSED = new RegExp(alt(ZH_TEAM_NOTES.discussed), 'g');
/** Markdown's or a bold mark's dressing around a heading's words, and its number. */
const HEAD_DRESS = /^[#*>\s-]{0,8}(?:[一二三四五六七八九十]{1,2}[、.．]|\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,2}[)）])?[ \t]{0,2}|[ \t*#：:]{0,6}$/g;
const RECORD_HEAD = new RegExp(`^(?:${alt(ZH_TEAM_NOTES.recordHeads)})$`);
// "近期TODO(01-04~01-16)": a word or two before it, the span it covers after it in brackets.
const TODO_HEAD = new RegExp(`^[\\u4e00-\\u9fff]{0,4}(?:${alt(ZH_TEAM_NOTES.todoHeads)})(?:\\s{0,2}[（(][^（）()]{1,24}[）)])?$`);

function reached(text: string): boolean {
  const re = new RegExp(REACHED.source, 'g');
  for (const m of text.matchAll(re)) {
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    if (!NOT_YET.test(before)) return true;
  }
  return false;
}

/** A past discussion, not one asked for ("请大家进行讨论") or still to come ("将在下次会议讨论后"). */
function discussed(text: string): boolean {
  for (const m of text.matchAll(DISCUSSED)) {
    // The clause it stands in, back to its comma or stop.
    const before = text.slice(Math.max(0, m.index - 30), m.index).split(/[，,。；;！!？?\n]/).pop() ?? '';
    // "…进行了讨论" is past by its 了; "经讨论", "讨论后" may still be to come ("将在下次会议讨论后").
    if (/了/.test(m[0]) || !/请|請|需|拟|擬|待|将|將|如何|是否/.test(before)) return true;
  }
  return false;
}

/** The lines under a heading alone matching `head`, up to the next heading: at least `least` of them with words of their own. */
function under(lines: string[], head: RegExp, least: number): boolean {
  for (let i = 0; i < lines.length - 1; i++) {
    if (!head.test(lines[i].replace(HEAD_DRESS, '').trim())) continue;
    let kept = 0;
    for (const l of lines.slice(i + 1)) {
      const t = l.trim();
      if (!t) continue;
      if (/^#{1,6}\s/.test(t)) break;
      // A template's blank ("- [ ] ____", "…") is no line of the record.
      if (t.replace(/^[-*•\s]*(?:\[[ xX]?\]\s*)?/, '').replace(/[*_]/g, '').length >= 4 && !/_{2,}|^\.{3}|…{1,2}$|[：:]$/.test(t)) kept++;
      if (kept >= least) return true;
    }
  }
  return false;
}

function memberList(lines: string[]): boolean {
  return lines.some((l) => {
    const m = MEMBER_LIST.exec(l);
    if (!m) return false;
    const names = m[1].split(/[、，,；;\s]+/).filter((n) => n.length >= 2 && n.length <= 12 && !/_{2,}|[（(【[]/.test(n));
    return names.length >= 2;
  });
}

/** A result heading with a line of its own under it, not another heading or a blank. */
function resultHeading(lines: string[]): boolean {
  for (let i = 0; i < lines.length - 1; i++) {
    if (!RESULT_HEAD.test(lines[i])) continue;
    const next = lines.slice(i + 1).find((l) => l.trim())?.trim() ?? '';
    if (next.length >= 6 && !/^#|[：:]$|_{2,}/.test(next)) return true;
  }
  return false;
}

export interface TeamMarks {
  /** An outcome reached, in the team's voice, or under a heading of its own. */
  outcome: boolean;
  /** A task given a deadline. */
  task: boolean;
  /** Members listed under a label. */
  people: boolean;
  /** Members said to have discussed. */
  met: boolean;
}

export function teamMarksZh(lines: string[]): TeamMarks {
  const text = lines.join('\n');
  return {
    outcome: reached(text) || resultHeading(lines) || CONCLUDED.test(text),
    // What is left to do listed under its own heading ("近期TODO(01-04~01-16)") gives the tasks.
    task: DEADLINE.test(text) || under(lines, TODO_HEAD, 1),
    people: memberList(lines),
    // The record kept under a heading of its own ("**会议纪要**" over its points) tells the meeting met.
    met: MEMBERS_MET.test(text) || discussed(text) || under(lines, RECORD_HEAD, 3),
  };
}
