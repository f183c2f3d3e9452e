/**
 * Who is made responsible in a decision: 由X负责/牵头, X要/应…, 要求X…; "The X Bureau should …",
 * "Clerk to …", "Action: Mike to …", "… and for CM to return …".
 */
import { alt } from '../lexicon/build';
import { ZH_BODY_SHORTHANDS, ZH_BY_STOPS, ZH_LEAD_VERBS, ZH_OFFICE_HOLDERS } from '../lexicon/zh';
import { EN_ASKED_TO, EN_DIRECTING_VERBS, EN_NOT_SUBJECT, EN_VERBS_OPENING_TO } from '../lexicon/en';
import { splitList, uniq } from '../text/lists';
import { isZhName, isZhUnit, EN_UNIT_END } from './units';
import { zhNameFrom } from './people';
import { withoutItemMark } from './item-marks';

export interface Found {
  name: string;
  index: number;
}

const BY_STOP = alt(ZH_BY_STOPS);
const HOLDER_FIRST = new RegExp(`^${alt(ZH_OFFICE_HOLDERS.filter((w) => w.length >= 2))}(?=[\u3400-\u9fff]{2})`);
// 由 as "by", not 由于 (because) or 理由 (reason).
const BY_RE = new RegExp(`(?<![理自缘事])由(?!于|於|此|衷|来|來)([^，,。；;：:（()）\\s]{2,40}?)${BY_STOP}`, 'g');
// 负责人 / 负责同志 are nouns (who is in charge), not the verb.
const LEAD_RE = new RegExp(`^([^，,。；;：:]{2,30}?)(?:具体)?${alt(ZH_LEAD_VERBS)}(?!人|同志|制)`);
/** Words that open an action, not the one who acts: "要求抓紧办理…", "要求涉及防火问题尽快…". */
const NOT_SUBJECT_START = /^(?:按照|根据|对|在|把|将|以|于|从|为|向|就|尽快|抓紧|及时|积极|认真|进一步|切实|全力|加快|加强|确保|帮助|做好|采取|完成|推进|落实|涉及|针对|围绕|结合|继续|严格|高度|充分|努力|做到|坚持|不断|提前|立即|马上|务必)/;
/** Where a subject runs on into its act: "各部门认真抓好…" → "各部门". */
const SUBJECT_RUNS_ON = /(?:认真|切实|进一步|积极|全力|抓好|做好|加强|继续|务必|尽快|抓紧|及时|严格|高度|共同|分别)[\s\S]*$/;
// Traditional forms too (強調, 決定, 聽取…), and 责成 (the one charged follows it).
const PREFIX_CUT = /^.*(?:要求|强调|強調|指出|认为|認為|提出|明确|明確|决定|決定|同意|责成|責成|期间|以后|之后|之前|以前|同时|此外|另外|其中|届时|对此|为此|节后|节前|会后|并且|并|並|由|听取了|听取|聽取了|聽取|审议了|審議了|研究了|讨论了|討論了)/;

function zhCandidates(raw: string): string[] {
  const parts = splitList(raw.replace(/会同|配合|协同|联合/g, '、')).filter((x) => x.length >= 2);
  // "市自然资源和规划局" is one body: a 和/及 whose left side is no body of its own does not split it.
  if (parts.length === 2 && /[和及与]/.test(raw) && !/[、，,]/.test(raw) && isZhUnit(raw) && !isZhUnit(parts[0])) return [raw.trim()];
  return parts;
}

function cleanSubject(raw: string): string {
  // "请研究生院抓紧…": the one asked, without the asking.
  let s = raw.replace(/^(?:会议|會議|会上)/, '').replace(/^(?:也|并|並|另|再)?(?:请|請)(?!示|假)/, '').replace(/^(?:[一二三四五六七八九十]是|首先|其次|再次|最后|另外|同时)/, '');
  s = s.replace(PREFIX_CUT, '');
  return s.replace(/^[，,、\s]+/, '').replace(/(?:也|还|都|均|亦|则)$/, '').trim();
}

/** Who 要求/责成 names: up to the first body-like ending, over 及/和/、 joins ("责成县妇联…"). */
const REQUIRED_SUBJECT = new RegExp(
  `^(.{1,16}?(?:部门|单位|人员|科室|办公室|政府|中心|集团|公司|局|委|办|处|科|室|院|所|站|队|组|街道|乡镇|镇|社区|学校|医院|${alt([...ZH_BODY_SHORTHANDS, ...ZH_OFFICE_HOLDERS]).slice(3, -1)}))(?:(?:及|和|、|与)(.{1,10}?(?:部门|单位|人员|科室|办公室|局|委|办|处|科|室|院|所|中心)))?`,
);

/**
 * Who is asked: "会议要求X…", "责成X…", "请X…" opening a clause, or a request inside one ("…案移请公园处施作",
 * "…如有困难请更新处提出讨论"); not 申请/邀请/提请 (applying, inviting, submitting), nor the polite "请各位" of a
 * speech unless the members asked are the board's ("请各位理事…").
 */
const ZH_REQUEST = new RegExp(
  `(?:(?:^|会议|會議|并|並|还|同时|再次|进一步|也|明确|严格)(?:要求|建议|建議|责成|責成|督促)|^(?:也|并|並|另|再)?(?:请|請)(?!示|假|求|柬|教|辞|辭|领|領|各位(?!理事|理监事|理監事|监事|監事))|(?<=[\u3400-\u9fff）)])(?<![申邀声聲提呈报報敬恳懇祈特延聘签簽吁籲奏转轉诚誠否烦煩])(?:请|請)(?!示|假|求|柬|教|辞|辭|领|領|各(?:位|委|理|监|監|代表|与会|與會)|问|問|您|参阅|參閱|见|見))([\u3400-\u9fff][^，,。；;、]{1,23})`,
);
/** A request's first words that are its act, not the one asked: "请签报…", "请查明后…", "请先确认…", "请提报…". */
const ZH_ASKED_ACT = /^(?:先|签|簽|查|提|报|報|速|即|尽|儘|依|再|与|與|和|同|跟|协助|協助|配合|派|指派|列|参考|參考|参照|參照|确认|確認|惠予|予以|于|於|自|妥|掌握)|^[^，,。；]{2,12}?(?:报告|報告|说明|說明|发言|發言|致词|致詞|致辞|致辭)/;

function zhAssignees(text: string): Found[] {
  const out: Found[] = [];
  // A full stop typed in ASCII ("…通过议案. 请总干事…") ends a clause as "。" does (same length, offsets hold).
  text = text.replace(/(?<!\d)\.(?!\d)/g, '。');
  BY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BY_RE.exec(text))) {
    const x = m[1];
    if (/的|组成|构成|主持|提议/.test(x)) continue;
    for (const c of zhCandidates(x)) {
      // "由李春梅副院长负责": the person, without the title.
      // "由總幹事規劃辦理": an office holder named first, the act after it.
      const who = isZhUnit(c) || isZhName(c) ? c : (c.match(HOLDER_FIRST)?.[0] ?? zhNameFrom(c));
      if (who && (isZhUnit(who) || isZhName(who))) out.push({ name: who, index: m.index + 1 + x.indexOf(who) });
    }
  }
  // Clause by clause: "X牵头，Y配合", "X要…", "要求X…".
  // Exhortations ("会议强调，各部门要…") name no one responsible; only 由X / 要求X in them count.
  const views: [number, number][] = [];
  const viewRe = /(?:^|[。；;\n])\s*((?:会议|會議|会上)(?:再次|还|并|進一步|进一步|一致)?(?:强调|強調|指出|认为|認為|希望)[^。；;\n]*)/g;
  let vm: RegExpExecArray | null;
  while ((vm = viewRe.exec(text))) views.push([vm.index, vm.index + vm[0].length]);
  const inView = (i: number) => views.some(([a, b]) => i >= a && i < b);
  const clauseRe = /[^，,。；;：:！!？?\n]+/g;
  let c: RegExpExecArray | null;
  while ((c = clauseRe.exec(text))) {
    // A bullet before the clause ("• 请总干事清查…") is no part of it.
    const clause = withoutItemMark(c[0].trim().replace(/^[•·▪◦‣*\-–]\s*/, ''));
    const at = c.index + c[0].indexOf(clause);
    if (clause.startsWith('由')) continue;
    const viewClause = inView(at);
    const lead = viewClause ? null : clause.match(LEAD_RE);
    if (lead) {
      const subj = cleanSubject(lead[1]);
      const before = out.length;
      for (const x of zhCandidates(subj)) if (isZhUnit(x) || (isZhName(x) && x.length <= 3)) out.push({ name: x, index: at + clause.indexOf(x) });
      // "各部门要紧密配合": the lead verb after a modal names no one before it; the modal's subject may.
      if (out.length > before) continue;
    }
    // "X要/应…": try each modal in the first part of the clause ("供应" holds 应, so keep looking).
    let modalHit = false;
    // "局财务科于6月15日前完成…": a body before its deadline is the one to act; so is one that takes the work in hand
    // ("各工作组人员把…调查梳理清楚").
    // Traditional forms (應, 須, 負責, 儘快); "X在…前完善…" as "X于…前完成…".
    const modalRe = /(?:也|还|還|都|均|亦|则|則|要继续|继续|務必|务必|必须|必須|一定)?(?:要(?!求)|应当|應當|应该|應該|[应應](?!用|急|对|對|届|屆)|[须須]|(?<!所)需要|(?<!所)需(?!求)|[负負][责責](?!人|同志)|抓紧|抓緊|尽快|儘快|务必|務必|把(?!握|关|關)|(?:于|於|在)(?=[^，,。；]{1,14}?(?:前|之前|以前)(?:完成|完善|提交|上报|上報|报送|報送|制定|拿出|落实|落實|办理|辦理|印发|印發|公告|提出|拨付|撥付|整改|启动|啟動)))/g;
    let mm: RegExpExecArray | null;
    while (!viewClause && (mm = modalRe.exec(clause)) && mm.index <= 40) {
      if (mm.index < 2) continue;
      const subj = cleanSubject(clause.slice(0, mm.index)).replace(SUBJECT_RUNS_ON, '');
      if (subj && subj.length <= 14 && isZhUnit(subj) && !NOT_SUBJECT_START.test(subj)) {
        const parts = /^(?:各|有关|相关)/.test(subj) ? [subj] : zhCandidates(subj);
        for (const x of parts) if (isZhUnit(x)) out.push({ name: x, index: at + clause.indexOf(x) });
        modalHit = true;
        break;
      }
    }
    if (modalHit) continue;
    // 要求 as a verb ("会议要求各部门…", "并要求X…"), not the noun ("最新要求").
    // "请总干事于月底结算…": a motion's outcome asking someone to act (not 请示, 请假).
    const req = clause.match(ZH_REQUEST);
    if (req && req.index !== undefined) {
      const rest = req[1];
      if ((/^(?:按照|根据|对|在|把|将|以|于|从|为|向|就|各级各类|全体|大家|我们)/.test(rest) && !/^各级各类/.test(rest)) || NOT_SUBJECT_START.test(rest)) continue;
      // "请签报局长", "请查明后回报局长", "请先确认…": the act asked for, its doer left unsaid.
      if (ZH_ASKED_ACT.test(rest)) continue;
      // The subject runs to the first body-like ending, over 及/和/、 joins.
      const sm = rest.match(REQUIRED_SUBJECT);
      // Not an act read as a body: "请查明后回报局长", "请…办理" (办 of 办理).
      if (sm && !/[后後\d]/.test(sm[0]) && !/^[理法]/.test(rest.slice(sm[0].length))) {
        const name = sm[0];
        out.push({ name, index: at + clause.indexOf(name) });
      }
    }
  }
  return out;
}

/** Words that follow "to" when it is a preposition, not the mark of an action ("Variation to the agenda"). */
export const NOT_VERB = '(?:be|then be|not|have|the|a|an|this|that|these|those|all|any|its|their|his|her|our|my|your|each|every|some|no|date|day|time|members?|council|committee|meeting|item|page|minutes)\\b';
/** Work given in the passive: "The Investments Manager will be required to …", "The Chairman was asked to …". */
const EN_ASKED = alt(EN_ASKED_TO);
const EN_SUBJECT = "((?:(?:Cllrs?|Councillor|Mr|Mrs|Ms|Dr)\\.?\\s+)?(?:[Tt]he\\s+)?[A-Z][\\w.&'’-]*(?:\\s+(?:[A-Z][\\w.&'’-]*|and|or|&|of)){0,4})";
const EN_START = new RegExp(`^(?:(?:[Aa]ctions?|ACTIONS?|TODO|To-?do|AI)\\s*[:\\-–]\\s*)?${EN_SUBJECT}\\s+(to|is to|are to|will|shall|should|must|agreed to|undertook to|offered to|${EN_ASKED})\\s+(?!${NOT_VERB})[a-z]`);
/** An owner after an action mark, before the act or alone: "Action – JK has requested …", "Action – Mr Burgess/JK". */
const EN_MARKED_OWNERS = /^((?:(?:Mr|Mrs|Ms|Dr|Cllr)\.?\s+)?\p{Lu}[\w'’.-]*(?:\s+\p{Lu}[\w'’.-]*)?(?:\s*(?:\/|,|&|\band\b)\s*(?:(?:Mr|Mrs|Ms|Dr|Cllr)\.?\s+)?\p{Lu}[\w'’.-]*(?:\s+\p{Lu}[\w'’.-]*)?)*)\s*(?:[.;]?\s*$|\s+(?:has|have|will|would|is|are|should|shall|must|to)\s+[a-z])/u;
const EN_FOR = new RegExp(`\\bfor ((?:(?:Cllrs?|Mr|Mrs|Ms|Dr)\\.?\\s+)?(?:the\\s+)?[A-Z][\\w.&'’-]*(?:\\s+[A-Z][\\w.&'’-]*){0,3}) to (?!${NOT_VERB})[a-z]`, 'g');
const EN_ANY = /\b((?:[Tt]he|[Aa]ll|[Ee]ach|[Rr]elevant)\s+(?:[A-Z][\w'’-]*\s+){0,4}(?:Bureau|Department|Office|Committee|Council|Agency|Authority|Commission|Board|Team|Unit|Centre|Center|Section|Division|Ministry|Government|Clerk|Secretary|Treasurer|Officer)s?)\s+(?:should|shall|must|is to|are to|will)\s+(?!be\b|not\b)/g;

/** A directing verb opening the subject, capitalised as it opens the item, before a capitalised owner. */
const DIRECTING_LEAD = new RegExp(`^(?:${alt(EN_DIRECTING_VERBS.map((v) => v[0].toUpperCase() + v.slice(1)))})\\s+(?=\\p{Lu})`, 'u');
// A sentence's verb before "to" ("Decided to continue …", "Due to …") is no one's name.
const NOT_SUBJECT = new Set([...EN_NOT_SUBJECT, ...EN_VERBS_OPENING_TO]);
const firstWordActs = (name: string) => !NOT_SUBJECT.has(name.split(/\s+/)[0].toLowerCase());
/** "It was agreed that Annie would prepare … and Tricia would prepare …", "that the Vice Chairman should write". */
const EN_THAT = /\b(?:that|and)\s+(?:the\s+)?((?:(?:Cllrs?|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\w'’.-]*(?:\s+\p{Lu}[\w'’.-]*){0,3})\s+(?:would|should|will|shall|is to|are to)\s+(?!be\b|not\b|have\b|need\b)\p{Ll}/gu;
/** An action whose owner opens it: "Action: Dan - First Aid Course", "Action: Andrew and Richard: to …", "Arun in charge of …". */
const EN_OWNER_FIRST = /^(\p{Lu}[\w'’.-]*(?:\s+(?:and|&)\s+\p{Lu}[\w'’.-]*)*)\s*(?:[-–:]\s+|\s+in charge of\b)/u;
/** "For Silona: Provide guideline …": the owner named before the task. */
const EN_FOR_HEAD = /^For\s+((?:the\s+)?\p{Lu}[\w'’.-]*(?:\s+\p{Lu}[\w'’.-]*){0,2})\s*:/u;

const EN_PLACED = /\b(?:(?:responsibility|responsible)\s+(?:will\s+be|shall\s+be|is|lies|rests)\s+with|(?:will|shall|is to|are to)\s+be\s+(?:handled|done|led|prepared|drafted|managed|undertaken|coordinated|co-ordinated|organi[sz]ed|arranged|followed up|taken up)\s+by)\s+(?:the\s+)?((?:(?:Cllrs?|Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\w.'’&-]*(?:\s+\p{Lu}[\w.'’&-]*){0,3})/gu;
const EN_BRACKET = /^\s*(?:(?:[a-z]\.|\d{1,2}\.|[-•*])\s*)?\[([^\]]{1,80})\]/;
const EN_VOLUNTEER = /^(?!(?:The |All |Members|Council|Committee|Board|Group|It )\b)(\p{Lu}[\w.'’-]*(?:\s\p{Lu}[\w.'’-]*){0,2})(?:\s*\([^)]{0,40}\))?\s+(?:volunteers|volunteered|offered|agreed)\s+(?:to|as)\b/u;
// Not the one written to or thanked ("write to Mrs Phillips to thank her").
const EN_CLLRS = /(?<!\b(?:to|with|from|by|for|of|thank|thanked|contact|ask|asked)\s)\b((?:Cllrs?|Councillor|Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}[\w'’-]+(?:\s+(?:and|&)\s+(?:Cllrs?|Councillor|Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}[\w'’-]+)*)\s+(?:would|will|to|should|shall|agreed to)\s+(?!be\b)[a-z]/gu;

function enAssignees(text: string): Found[] {
  const out: Found[] = [];
  const br = text.match(EN_BRACKET);
  if (br) for (const n of br[1].split(/\s*(?:,|&|\band\b)\s*/)) if (n.trim()) out.push({ name: n.trim(), index: text.indexOf(n.trim()) });
  EN_CLLRS.lastIndex = 0;
  let c: RegExpExecArray | null;
  while ((c = EN_CLLRS.exec(text))) {
    for (const n of c[1].split(/\s+(?:and|&)\s+/)) out.push({ name: n.trim(), index: c.index + c[0].indexOf(n) });
  }
  // Not after an initial or a title ("seconded by A. Simonson to accept …", "Cllr. H. Gwynne would …"): the name goes on.
  const sentences = text.split(/(?<=[.!?;])(?<!(?:^|[\s.])[A-Z]\.|\b(?:Cllrs?|Mrs?|Ms|Dr|Prof|St|No)\.)\s+(?=[A-Z])|\n/);
  let offset = 0;
  for (const s0 of sentences) {
    const at = text.indexOf(s0, offset);
    offset = at >= 0 ? at + s0.length : offset;
    // "Action: …", and "Action Vice Chairman to write …" with no colon.
    const marked = /^(?:[•*\-–]\s*)?(?:(?:[Aa]ctions?(?:\s+items?|\s+points?)?|ACTIONS?|TODO|To-?do|AI)\s*[:\-–]\s*|(?:Action|ACTION)\s+(?=\p{Lu}))/u.exec(s0.trim());
    const s = marked ? s0.trim().slice(marked[0].length) : s0.trim();
    const owner = marked ? s.match(EN_OWNER_FIRST) : null;
    if (owner && firstWordActs(owner[1])) for (const n of owner[1].split(/\s+(?:and|&)\s+/)) out.push({ name: n, index: (at >= 0 ? at : 0) + s0.indexOf(n) });
    const owners = marked && !owner ? s.match(EN_MARKED_OWNERS) : null;
    if (owners && firstWordActs(owners[1])) {
      for (const n of owners[1].split(/\s*(?:\/|,|&|\band\b)\s*/)) if (n.trim()) out.push({ name: n.trim(), index: (at >= 0 ? at : 0) + s0.indexOf(n.trim()) });
    }
    const forHead = s.match(EN_FOR_HEAD);
    if (forHead && firstWordActs(forHead[1])) out.push({ name: forHead[1], index: (at >= 0 ? at : 0) + s0.indexOf(forHead[1]) });
    const v = s.match(EN_VOLUNTEER);
    if (v) out.push({ name: v[1].trim(), index: (at >= 0 ? at : 0) + s0.indexOf(v[1].trim()) });
    const m = s.match(EN_START);
    if (m) {
      // The verb that gives the work is no part of whom it is given to: "Empower RLPOA Board to study …".
      const whole = m[1].replace(/\s+(?:and|or|&|of)$/, '').replace(DIRECTING_LEAD, '');
      const modal = m[2].toLowerCase();
      // "John or Craig to …", "AB and CD to …": each person named.
      const names = /\s(?:or|and|&)\s/.test(whole) && !EN_UNIT_END.test(whole) ? whole.split(/\s+(?:or|and|&)\s+/) : [whole];
      for (const subj of names) {
        const personLike = /^(?:(?:Cllrs?|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}$/.test(subj) && firstWordActs(subj);
        const unitLike = EN_UNIT_END.test(subj);
        // A person's future act opening the sentence ("Rob will write to …") names its owner too.
        const future = /^(?:will|would|shall)$/.test(modal) && m.index === 0 && !/^(?:The|This|That|It|There)\b/.test(subj);
        if ((modal === 'to' || modal.endsWith(' to') || marked || future) ? personLike || unitLike : unitLike) {
          out.push({ name: subj, index: (at >= 0 ? at : 0) + s0.indexOf(subj) });
        }
      }
    }
  }
  // "to be done by X", opening the item or a line or sentence of it ("Calendars for 2009\nTo be prepared by PPA").
  const passive = text.match(/(?:^|(?<=[\n.;]) ?|(?<=\s)(?=To be\b))[Tt]o be [a-z]+ed by ((?:(?:Cllrs?|Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})/);
  if (passive) out.push({ name: passive[1], index: text.indexOf(passive[1]) });
  // "Overall responsibility will be with DCS", "PIP component will be handled by PPA": work placed with someone.
  EN_PLACED.lastIndex = 0;
  let pl: RegExpExecArray | null;
  while ((pl = EN_PLACED.exec(text))) if (firstWordActs(pl[1])) out.push({ name: pl[1].replace(/\.$/, ''), index: pl.index + pl[0].lastIndexOf(pl[1]) });
  EN_FOR.lastIndex = 0;
  let f: RegExpExecArray | null;
  while ((f = EN_FOR.exec(text))) out.push({ name: f[1], index: f.index + 4 });
  EN_ANY.lastIndex = 0;
  while ((f = EN_ANY.exec(text))) out.push({ name: f[1], index: f.index });
  EN_THAT.lastIndex = 0;
  while ((f = EN_THAT.exec(text))) if (firstWordActs(f[1])) out.push({ name: f[1], index: f.index + f[0].indexOf(f[1]) });
  return out;
}

/** Responsible bodies/persons named in one decision's text, as printed, in order, without repeats. */
export function findAssignees(text: string, lang: 'zh' | 'en'): Found[] {
  const found = (lang === 'zh' ? zhAssignees(text) : enAssignees(text)).sort((a, b) => a.index - b.index);
  const names = uniq(found.map((f) => f.name));
  // Drop a name contained in a longer one found too ("Forestry Bureau" inside "The Forestry Bureau").
  const kept = names.filter((n) => !names.some((o) => o !== n && o.includes(n)));
  return kept.map((n) => found.find((f) => f.name === n)!);
}
