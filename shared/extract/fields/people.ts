/** Reading persons out of attendance lists and presider phrases. */
import { withShiftedPosts } from './shifted-posts';
import { handleList } from './handle-list';
import { joinCourtesy } from './courtesy-after';
import { nameBeforeBodyPost } from './name-body-post';
import { headBeforeDash } from './name-dash-post';
import { meetingLedBy } from './presider-led';
import { meetingOpenedBy } from './opened-by';
import { holdHanLatinPairs, releaseHanLatinPair } from './han-latin-name';
import { electedChair } from './elected-chair';
import { splitRepeatedTitle } from './repeated-title';
import { partInitialsRuns } from './initials-run';
import { splitCjkSpaced, splitList, uniq } from '../text/lists';
import { alt } from '../lexicon/build';
import { EN_ATTENDANCE_BLOCK_KEYS, EN_CHAIR_WORDS, EN_HONORIFICS, EN_NOT_A_NAME, EN_ORG_ENDS, EN_POST_WORDS, EN_POSTNOMINALS, EN_PRESIDER, EN_ROLES } from '../lexicon/en';
import { chairApposed, chairPostFirst } from './chair-apposition';
import { ZH_COURTESY_AFTER, ZH_ABSENT_VERBS, ZH_CHAIR_HONOURS, ZH_PERSON_TITLES, ZH_LIST_POSTS, ZH_CONVENE_VERBS, ZH_CHAIR_OPENING_ACTS } from '../lexicon/zh';

const HONORIFIC = new RegExp(`^${alt(EN_HONORIFICS)}\\s+`, 'i');
const ROLE_WORDS = alt(EN_ROLES);
const ABSENT_MARK = /\((?:due to|absent|apologies|illness|on leave|excused)[^)]{0,40}\)/i;
/** A roll call's answer printed after a name, set off by a dash, colon or comma. */
const ROLL_ANSWER = /\s*[-–—:,]\s*(present|here|in attendance|attending|absent(?: with(?:out)? (?:apologies|notice))?|excused|not present|apologies|regrets)\s*\.?\s*$/i;
/** True when a listed person is marked absent ('(due to illness)', 'Dr. Patel – absent'). */
export function isMarkedAbsent(item: string): boolean {
  const answer = ROLL_ANSWER.exec(item);
  return ABSENT_MARK.test(item) || (!!answer && !/^(?:present|here|in attendance|attending)/i.test(answer[1]));
}
// "(Chair)", "(Chair for items 1 & 2)", "– Chairman", "… Chairman" at the end, and the chair's title before the name
// ("Chairperson Jo Bartley"); a mayor listed first among members is not said to preside.
// "(SH-Chair)", "(2017 Secretary, AGM Chair)", "[Presiding Member]": the chair word ends the bracket, after
// initials or another post, but not as "Vice-Chair".
const CHAIR_MARK = new RegExp(`[(\\[](?:[^()\\[\\]]{0,40}[,;/]\\s*)?(?:(?!(?:vice|deputy|co)\\b)[A-Z]{1,5}[-–\\s]+)?(?:acting\\s+)?${alt(EN_CHAIR_WORDS)}\\s*[)\\]]|\\(\\s*(?:acting\\s+)?chair(?:man|person|woman)?\\s+(?:for|of|until|from)\\b[^)]{0,40}\\)|^[\\s•*\\-–]*(?:chair(?:man|person|woman)?|presiding member)\\s+(?!and\\b|of\\b)\\S|(?:^|\\s)[-–—]\\s*(?:chairman|chairwoman|chairperson|chair)\\b|\\b(?<!\\b(?:vice|deputy|co)[-–\\s]?)(?:acting )?chair(?:man|person|woman)?\\s*$`, 'i');

const POST_WORDS = new Set(EN_POST_WORDS);
/** A post after a name, then the person's initials in brackets: ", Chair (SB)" → ", Chair". */
const POST_THEN_INITIALS = /(,\s*[A-Z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})\s*\([A-Z]{2,4}\)(?=\s*(?:[;.]|$))/gm;
const ORG_END = new RegExp(`\\s${alt(EN_ORG_ENDS)}$`);
const LINKS = new Set(['of', 'the', 'and', '&', 'for', 'to']);
const postToken = (t: string) => POST_WORDS.has(t.toLowerCase().replace(/^[(]+|[.,;:)]+$/g, ''));

/** True when the phrase names a post, not a person: "Senior Executive Engineer", "Museum Assistant", "Vice-Chancellor". */
export function isPost(s: string): boolean {
  const toks = s.trim().split(/[\s/]+/).filter(Boolean);
  return toks.length > 0 && toks.every(postToken) && toks.some((t) => !LINKS.has(t.toLowerCase()));
}

/** A body's initials before a post ("WI Adviser", "PCC Rep"): the post alone. */
export const withoutBodyInitials = (s: string): string => s.trim().replace(/^[A-Z]{2,5}\s+(?=\S)/, '');

/** True when a word of the phrase is a post's ("Director of Infrastructure Services", "Deputy Principal"). */
export function hasPostWord(s: string): boolean {
  return s.trim().split(/[\s/]+/).some((t) => postToken(t) && !LINKS.has(t.toLowerCase()));
}

/**
 * A name printed with its post after it ("Nancy Michie Administrator Clerk", "Steve Fortier Chief
 * Building Official"): the name alone, when the post starts after two words and ends the phrase.
 */
function dropTrailingPost(s: string): string {
  const toks = s.split(' ');
  if (toks.length < 3 || !postToken(toks[toks.length - 1])) return s;
  const k = toks.findIndex((t, i) => i >= 2 && postToken(t) && !LINKS.has(t.toLowerCase()));
  return k >= 2 && toks.slice(k).every((t) => /^\p{Lu}/u.test(t) || LINKS.has(t)) ? toks.slice(0, k).join(' ') : s;
}

/** Drops titles and honorifics before an English name: "Cllr Mr G. Hotchkin" → "G. Hotchkin". */
export function stripHonorifics(s: string): string {
  // "Dr.D.Vishnu Vardhan", "Dr.Sabu George": the honorific run into the initials or the name.
  // Printed in capitals too ("DR.S.MAC", "MISS.PRINCESS"); a capital must follow, so the case is spelt out.
  let out = s.trim().replace(/^(?:Dr|DR|Prof|PROF|Mr|MR|Mrs|MRS|Ms|MS|Miss|MISS|Sri|SRI|Smt|SMT|Shri|SHRI)\.(?=\p{Lu})/u, '');
  if (HONORIFIC.test(`${out} `) && !HONORIFIC.test(out)) return '';
  for (let i = 0; i < 4 && HONORIFIC.test(out); i++) out = out.replace(HONORIFIC, '');
  return out;
}

/** True when the phrase looks like a personal name: initials and capitalised words, short. */
export function looksLikeEnName(s: string): boolean {
  const toks = s.split(/\s+/).filter(Boolean);
  if (toks.length === 0 || toks.length > 5) return false;
  if (/^(?:de|van|von|da|di|la|le|du|del|der)$/.test(toks[0]) || /^(?:de|van|von|da|di|la|le|du|del|der)$/.test(toks[toks.length - 1])) return false;
  // "JP Panisset", "DW Long": two or three initials before a surname, not a name of initials alone.
  if (toks.some((t) => /^\p{Lu}{2,3}$/u.test(t)) && !toks.some((t) => /\p{Ll}{2}/u.test(t))) return false;
  // "WONG Siu-ming", "Tai-man CHAN": a surname in capitals, Hong Kong's style, beside a given name in ordinary case.
  const capsSurname = (t: string) => /^\p{Lu}{4,10}$/u.test(t) && !EN_STOP_WORDS.has(t.toLowerCase()) && !postToken(t) && !/^(?:PRESENT|ABSENT|ATTENDANCE|ATTENDING|APOLOGIES|REGRETS|OFFICERS|COUNCILLORS|ALSO|NOTE|ITEM|AGENDA|MINUTES)$/.test(t);
  if (toks.length <= 3 && /\p{Ll}{2}/u.test(s) && [toks[0], toks[toks.length - 1]].some(capsSurname)) {
    const rest = toks.filter((t, i) => !((i === 0 || i === toks.length - 1) && capsSurname(t)));
    if (rest.length && rest.every((t) => /^\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]+)*$/u.test(t) && !EN_STOP_WORDS.has(t.toLowerCase()) && !postToken(t))) return true;
  }
  // "J SMITH", "A. B. O'NEILL": initials, then a surname in capitals (a style of Britain, Ireland and France).
  const capsLast = toks[toks.length - 1];
  if (toks.length >= 2 && toks.length <= 4 && /^\p{Lu}[\p{Lu}'’-]{2,}$/u.test(capsLast) && capsSurname(capsLast.replace(/['’-]/g, '').padEnd(4, 'X')) && toks.slice(0, -1).every((t) => /^\p{Lu}\.?$|^(?:\p{Lu}\.){2,3}$/u.test(t))) return true;
  // "V.G.", "Y.S.Mahajan": initials run together, with or without the surname; the last one's stop may be left off ("Hemanth H.M").
  // An initial run into a surname with an inner capital ("P.McCrossan", "J.DeVries").
  // A given name abbreviated ("Ma. Josephine Aquino-Pleños", "Wm. Smith", "Geo. Brown") is a name's part; so is a
  // particle inside a hyphened name ("Tahir-ul-Qadri", "Fazl-ur-Rehman").
  return toks.every((t) => /^(?:(?:Ma|Wm|Geo|Thos|Chas|Jas|Jno|Edw|Robt)\.|\p{Lu}{2,3}|(?:\p{Lu}\.){2,3}(?:\p{Lu}\p{Ll}+)?|\p{Lu}(?:\.\p{Lu}){1,2}|\p{Lu}\.\p{Lu}\p{Ll}+|\p{Lu}\.\p{Lu}\p{Ll}{1,2}\p{Lu}\p{Ll}+|\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)+|\p{Lu}[\p{Ll}'’]+(?:-(?:ul|ur|ud|us|al|el|ad|as|ar|an|bin|ibn|e|i)-\p{Lu}[\p{Ll}'’]+)+|\p{Lu}\.?|\p{Lu}[\p{Ll}'’-]+|\p{Lu}\p{Ll}*\p{Lu}\p{Ll}+|\p{Lu}['’]\p{Lu}\p{Ll}+|\(\p{Lu}\)|x{2,}|X{2,}|de|van|von|da|di|la|le|du|del|der)$/u.test(t));
}

/**
 * Honours after a name ("…, BBS, JP"), up to a bracket, a comma or the end: dropped before the name is read.
 * Only after a word in ordinary case: in a list of initials ("MW, LR, JP") each is a member.
 */
export const POSTNOMINALS = new RegExp(`(?<=\\p{Ll})(?:,\\s*${alt(EN_POSTNOMINALS)}\\.?)+(?=\\s*(?:[,;(]|$))`, 'gu');

/** The name part of one attendance item, or null when the item is not a person. */
export function cleanEnPerson(item0: string): { name: string | null; chair: boolean } {
  let item = item0.replace(POSTNOMINALS, '');
  // "(Town Mayor)", "(Deputy Mayor)": the office held, not the chair of this meeting.
  const chair = CHAIR_MARK.test(item) && !/[([]\s*(?:town|city|lord|deputy|former|ex-?)\s+mayor\s*[)\]]/i.test(item);
  // "Councillor Nick Volkow (due to illness)": marked absent where the layout lists him.
  if (ABSENT_MARK.test(item)) return { name: null, chair: false };
  // A roll call's answer after the name ("Mrs. Jones – present", "Dr. Patel – absent"): the absent are no attendees.
  const answer = ROLL_ANSWER.exec(item);
  if (answer) {
    if (!/^(?:present|here|in attendance|attending)/i.test(answer[1])) return { name: null, chair: false };
    item = item.slice(0, answer.index);
  }
  // "Neal Ford – ThoughtWorks, Director": the person before the dash, their body and post after it (fields/name-dash-post.ts).
  const dashed = headBeforeDash(item);
  // A post before the dash ("Vice President – Mark Eby", "the Clerk – A Illingworth") names the person after it: read below.
  if (dashed && !dashed.split(/\s+/).some((t) => postToken(t)) && looksLikeEnName(stripHonorifics(dashed))) return { name: stripHonorifics(dashed), chair };
  // "General Manager (Mr P Thompson)": a post, the person holding it in brackets. The post may carry its own
  // bracket ("The Vice-Principal (Administration) (Mr I Marshman)") and the chair's mark may follow
  // ("The Deputy Chancellor (Ms F S Marles)(in the Chair)"); a professor is as often named so as a Mr.
  const held = item.match(/^[\s•*\-–]*((?:[^()]|\([^()]{1,40}\)){2,80}?)\s*\(\s*((?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Associate Professor|Hon|Sir|Dame|Rev|Revd|Cllr|Councillor|Cr)\.?\s+[^()]{2,40}?)\s*\)\s*(?:\(\s*in the chair\s*\)\s*)?$/i);
  if (held && held[1].replace(/\([^()]*\)/g, ' ').trim().split(/[\s&,/]+/).some((t) => postToken(t) && !LINKS.has(t.toLowerCase()))) {
    const inner = stripHonorifics(held[2].replace(/^(?:Associate\s+)?Professor\s+/i, ''));
    if (looksLikeEnName(inner)) return { name: inner, chair };
  }
  // "President (E. Peckston)", "Social Secretary (Jo Hayat)": a post, its holder in brackets with no honorific.
  const heldBare = item.match(/^[\s•*\-–]*([^()]{2,60}?)\s*\(\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s*\)\s*$/u);
  // The post's words capitalised, its last a post's ("Campaigns Officer", "Social Secretary", "President-elect").
  const postWords = heldBare ? heldBare[1].trim().split(/[\s/]+/) : [];
  const postHead = postWords[postWords.length - 1]?.split('-')[0] ?? '';
  // Not a name with its initial ("S Dean (Bgo United)": a member and her club); the holder ends on a surname, not a seat ("Area D").
  if (heldBare && postWords.length <= 4 && postWords.every((t) => /^\p{Lu}[\p{Ll}'’-][\p{L}'’-]*$/u.test(t) || LINKS.has(t.toLowerCase())) && /\p{Lu}[\p{Ll}'’-]+$/u.test(heldBare[2]) && postToken(postHead) && !LINKS.has(postHead.toLowerCase())) {
    const inner = heldBare[2];
    if (looksLikeEnName(inner) && !isPost(inner)) return { name: inner, chair };
  }
  // "Lorraine Forrester (LF) Transport Scotland": the name stands before its initials.
  const initials = item.match(/^[\s•*\-–]*(.+?)\s*\([A-Z]{2,4}\)/);
  if (initials && looksLikeEnName(stripHonorifics(initials[1]))) return { name: stripHonorifics(initials[1]), chair };
  // "Collins (M)": a one-letter mark that tells two members apart is part of the name.
  // "[NL] Nooriyah Poonawala-Lohani": initials in brackets before the name.
  let s = item.replace(/^[\s•*\-–]*\[[A-Z]{1,4}\]\s*/, '').replace(/^[\s•*\-–]*(?:(?:acting|vice|deputy)[\s-]+)?(?:chair(?:man|person|woman)?|presiding member)\s+(?=\p{Lu})/iu, '').replace(/\((?![A-Z]\))[^)]{0,120}\)/g, ' ').replace(/(?<=\S)\s*(?:[-–—]\s*)?\[[^\]]{1,80}\]/g, ' ').replace(/[*†]+/g, ' ').replace(/\s+/g, ' ').trim();
  // "Toni Bacon District A", "Jo Lee Ward 3": the seat a member holds, printed in the next cell.
  s = s.replace(/(?<=\p{Ll})\s+(?:District|Ward|Precinct|Division|Zone|Seat|Post|Position)\s+(?:\p{Lu}|\d{1,2}|[IVX]{1,4})$/u, '');
  // "K .Prahlada Rao": a stray space before an initial's full stop.
  s = s.replace(/(?<=\b\p{Lu}) \.(?=\p{Lu})/gu, '.');
  // "Kris Lawrence-\nAnderson": a double name broken at its hyphen by the line's end.
  // Not a post set off by a dash glued to the name ("Achim Halpaap- Chair"): that stays apart, to be read as the post.
  s = s.replace(/(?<=\p{L}{2})- (?=(\p{Lu}\p{Ll}[\p{L}'’-]*))/gu, (dash, _w: string, at: number, all: string) => (postToken(all.slice(at + 2).split(/[\s,;]/)[0]) && !postToken(all.slice(0, at).split(/\s/).pop() ?? '') ? ' - ' : '-'));
  // "MW", "LR (part)": a member known by initials, as notes list them.
  if (/^[A-Z]{2,3}$/.test(s) && !/^(?:AGM|CEO|CFO|COO|TBC|TBA|ALL|AND|THE|NIL|NO|NA|YES|AOB|TSC|TAC|PTA|BOT|IT|HR|PR|UK|US|EU|NZ|AU)$/.test(s)) return { name: s, chair };
  // "Mr. Lambert Chu, City Manager", "His Worship, Mayor Derek R. Corrigan": the part that is a name.
  if (s.includes(', ')) {
    const named = s.split(/,\s+/).map((p) => stripHonorifics(p)).find((p) => p && looksLikeEnName(p) && !isPost(p) && !new RegExp(`^${ROLE_WORDS}$`, 'i').test(p));
    if (named) s = named;
  }
  // "Mr W Grosvenor Clerk and Executive Officer to …": the name after the honorific, up to a role.
  if (HONORIFIC.test(s) && !looksLikeEnName(stripHonorifics(s))) {
    const toks = stripHonorifics(s).split(' ');
    const head: string[] = [];
    for (const t of toks) {
      if (head.length < 4 && /^(?:\p{Lu}\.?|\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*)$/u.test(t) && !new RegExp(`^${ROLE_WORDS}$`, 'i').test(t)) head.push(t);
      else break;
    }
    if (head.length >= 2) return { name: head.join(' '), chair };
  }
  // "the Clerk – Adrian Illingworth" / "G. Hotchkin – Chairman": keep the side that is a name.
  const dash = s.split(/\s+[-–—]\s+/);
  const nameIn = (parts: string[]) => parts.map((p) => stripHonorifics(p)).find((p) => looksLikeEnName(p) && !isPost(p) && !new RegExp(`^${ROLE_WORDS}$`, 'i').test(p));
  if (dash.length > 1) s = nameIn(dash) ?? dash[0];
  else {
    // A dash spaced on one side only ("Saghir Bashir -Argenx"): a side that is a name, else the item as it was.
    const lopsided = s.split(/\s+[-–—](?=\p{Lu})|(?<=\p{Ll})[-–—]\s+/u);
    if (lopsided.length > 1) s = nameIn(lopsided) ?? s;
  }
  s = stripHonorifics(s).replace(/\s+(?:acting |vice |deputy )?(?:chair(?:man|person|woman)?|secretary|treasurer|clerk)$/i, '');
  // "Parish Clerk and RFO A M Hounsell": the trailing run of initials and capitalised words.
  if (!looksLikeEnName(s)) {
    const toks = s.split(' ');
    const tail: string[] = [];
    for (let i = toks.length - 1; i >= 0 && tail.length < 4; i--) {
      if (/^(?:\p{Lu}\.?|\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*)$/u.test(toks[i]) && !new RegExp(`^${ROLE_WORDS}$`, 'i').test(toks[i])) tail.unshift(toks[i]);
      else break;
    }
    // "Rachel Allbones Deputy Clerk to the Council": the name first, then its post.
    const lead: string[] = [];
    for (const t of toks) {
      if (lead.length < 4 && /^(?:\p{Lu}\.?|\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*)$/u.test(t) && !postToken(t)) lead.push(t);
      else break;
    }
    const post = toks.slice(lead.length);
    s = tail.length >= 2 ? tail.join(' ') : lead.length >= 2 && post.length && postToken(post[0]) && !LINKS.has(post[0].toLowerCase()) ? lead.join(' ') : '';
  }
  // "Maungakiekie-Tāmaki Local Board": a body, not a person, however its words are spelt.
  if (ORG_END.test(s)) s = '';
  s = dropTrailingPost(s);
  s = dropLeadingPost(s);
  if (new RegExp(`^${ROLE_WORDS}$`, 'i').test(s) || isPost(s) || isPost(withoutBodyInitials(s)) || OFFICE_END.test(s) || MEETING_WORD.test(s)) s = '';
  // A one-word item that is a common word ("Maintenance" after "Merv Dust,"): a post or a department, no one's name.
  const name = s && looksLikeEnName(s) && !(!/\s/.test(s) && EN_STOP_WORDS.has(s.toLowerCase())) ? s : null;
  return { name: name ? withPersonalHonorific(item, name) : null, chair };
}

/**
 * A name printed after its post ("City Manager Curt Boganey", "Director of Public Works Doran Cote"):
 * the name alone, the words after the last post word; a long rest keeps its last two words.
 */
function dropLeadingPost(s: string): string {
  const toks = s.split(' ');
  if (toks.length < 3) return s;
  let k = -1;
  for (let i = 0; i < toks.length - 2; i++) if (postToken(toks[i])) k = i;
  if (k < 0 || !toks.slice(0, k + 1).some((t) => postToken(t) && !LINKS.has(t.toLowerCase()))) return s;
  const rest = toks.slice(k + 1);
  const name = rest.length > 3 && !rest.slice(-3, -2).some((t) => /^\p{Lu}\.$/u.test(t)) ? rest.slice(-2) : rest;
  // "Director of Infrastructure Services": what follows the post is still a post, not a name.
  if (postToken(name[name.length - 1])) return s;
  return looksLikeEnName(name.join(' ')) ? name.join(' ') : s;
}

/** An office after one word ("Highland Councillor", "Road Supervisor"): a post whatever that word is, as no surname is spelt so. */
const OFFICE_END = /^\S+\s(?:councillor|councilor|councilman|councilwoman|councilmember|supervisor|superintendent|administrator|commissioner|co-?ordinator|representative|officer|manager|director|secretary|treasurer|attorney|solicitor|engineer|trustee)s?$/i;

/** A meeting's own words ("Regular Trustee Meeting", "Work Session") and its papers' ("Policy Paper", "Diaspora Manual"): an item naming them, never a person. */
const MEETING_WORD = /\b(?:Meeting|MEETING|Session|SESSION|Minutes|MINUTES|Agenda|AGENDA|Manual|Paper|Policy|Report|Budget|Proposal|Programme|Strategy|Constitution)\b/;

/** Offices that, printed first, may make a two-word item a post ("Manager Finance") as well as a person ("Manager Herbek"). */
const LEADING_OFFICE = /^(?:manager|director|officer|administrator|engineer|clerk|secretary|treasurer|superintendent|supervisor|coordinator|co-ordinator|planner|attorney|solicitor|counsel|accountant|auditor|inspector)\s/i;

/** Personal honorifics kept before a surname printed alone: "Ms. Doyle", "Mr Burgess", as the record names them. */
const PERSONAL_HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?$/;

/** "Ms. Doyle": a surname alone (or "Mc Ginnity") keeps the personal honorific printed before it. */
function withPersonalHonorific(item: string, name: string): string {
  if (!/^(?:(?:Mc|Mac|O|De|Du|Van|Von|Di|Da|Le|La|St\.?)\s)?\p{Lu}[\p{Ll}'’-]+$/u.test(name)) return name;
  const at = item.indexOf(name);
  if (at <= 0) return name;
  const hon = item.slice(0, at).match(/(\S+)\s+$/);
  return hon && PERSONAL_HONORIFIC.test(hon[1]) ? item.slice(hon.index, at) + name : name;
}

/** English attendance text → names, and the chair when one is marked. */
/** "… Colin Sampson 1 member of the public": those present unnamed, printed after the last name. */
const PUBLIC_TAIL = /\s+(?:\d+|one|two|three|four|five|several|no)\s+(?:members?\s+of\s+(?:the\s+)?public|residents?|parishioners|press)\b.*$/i;
/** A sentence that is a group's list, its plural title first: "Councillors Joe Bourke, Jackie Cahill and Jim Ryan." */
const GROUP_LIST = /^\s*(?:Councillors|Cllrs\.?|Trustees|Directors|Commissioners|Governors|Aldermen|Supervisors|Members)\s+(?=\p{Lu})/u;
/** The last item's lead when the list ends on a companion ("…, Judy Harris, with Shane Heremaia (CEO)"). */
const WITH_LEAD = /^(?:(?:along|together)\s+)?with\s+(?=\p{Lu})/u;
/** How the last people named took part, closing the list ("… Channey Iwikau (Taumarunui) joined from remote locations."). */
const JOINED_TAIL = /^([^.;]{2,60}?[\p{L})])\s+(?:joined|attended|participated|dial(?:l)?ed in)\b[^,;]*$/u;
/** An attendance word ending a sub-label's capitalised words ("Dunn Absent", "Clark Also Present"): the label itself. */
const GLUED_LABEL = /\s(?:(?:Also|Members|Staff|Officers|Others)\s+)?(?:Present|Absent|Apologies|Regrets|Excused|In Attendance|Attending)$/;
/** The absent's label in its long or dashed form ("Apologies for absence- A, B", "Absent – C"), read as "Apologies: A, B". */
const ABSENT_GROUP = /(?<=\s|^)(Apologies|Absent|Regrets)(?:\s+(?:for\s+absence|received(?:\s+from)?))?\s*(?::|[-–—](?=\s))\s*/g;
const SUB_LABEL = /(?:^|\s)(\p{Lu}[\p{L}&]*(?:\s\p{Lu}[\p{L}&]*){0,2}\s?):\s/gu;
const HONORIFIC_NAME = /\b(?:Councillor|Cllr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Prof\.?)\s+((?:\p{Lu}\.?\s)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})/gu;

/** "Zoe Hall: Union President (Chair), Ian Moss: VP Sport, …": a person, a colon, then the post; no group's label. */
const NAME_COLON_POST = /(^|[,;]\s*)(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2}):\s+([^,;:]{2,60}?)(?=\s*(?:[,;]|$))/gu;

/** Rewrites each "Name: post" item as "Name (post)", so the name is not read as a group's label. */
function namesBeforePosts(value: string): string {
  return value.replace(NAME_COLON_POST, (all, lead: string, name: string, post: string) =>
    looksLikeEnName(name) && !hasPostWord(name) && !NOT_A_NAME_WORD.test(name) && (hasPostWord(post) || /^\p{Lu}{2,4}\s/u.test(post) || !looksLikeEnName(post.replace(/\([^)]*\)/g, '').trim())) ? `${lead}${name} (${post.replace(/\s*\([^()]*\)/g, '').trim()})${(post.match(/\([^()]*\)/g) ?? []).map((b) => ` ${b}`).join('')}` : all);
}
/** A post after a name, with the holder's initials ("Betty Wright, Chair (BW), …"): the initials are the name's, the item a post. */
const POST_INITIALS = /(,\s*)([^,()]{2,30}?)\s*\(\p{Lu}{2,4}\)(?=\s*(?:,|$))/gu;
const NOT_A_NAME_WORD = new RegExp(`\\b(?:${alt([...EN_NOT_A_NAME, 'present', 'absent', 'apologies', 'attendance', 'attending', 'members', 'staff', 'officers', 'guests', 'visitors', 'also'])})\\b`, 'i');

/**
 * English attendance text → names, and the chair when one is marked. Groups may be labelled
 * ("Chair: David Taylor (DT) Directors: Leslie James, …"); later sentences may add people "in
 * attendance" with their honorifics ("County Councillor Anne Dale was in attendance").
 */
/** A word in lower case other than a name's particle or a list's "and": a sentence's word, not a name's. */
const NOT_A_PARTICLE = /(?:^|[\s,])(?!(?:and|de|van|von|der|da|di|le|la|du|del|dos|das|bin|binti)\b)\p{Ll}/u;

export function readEnAttendance(value: string): { names: string[]; chair: string | null; dropped: number; sentenced: number } {
  const names: string[] = [];
  // Items read as no person (a post, a place, a remark): where names and posts were printed apart.
  let dropped = 0;
  // Names read from sentences after the list ("Also present were …", "Mr X also attended"): a reading.
  let sentenced = 0;
  let chair: string | null = null;
  const handles = handleList(value);
  if (handles) return { names: handles, chair, dropped, sentenced };
  // "Simon Brooke, Chair (SB); George Makins, Treasurer (GM)": the initials after a post are the person's, no part of the post.
  value = withShiftedPosts(value.replace(POST_THEN_INITIALS, '$1'), { looksLikeEnName, hasPostWord });
  value = namesBeforePosts(partInitialsRuns(value)).replace(ABSENT_GROUP, '$1: ').replace(POST_INITIALS, (all, sep: string, item: string) => (isPost(item.trim()) ? `${sep}${item}` : all));
  // Cut at group labels.
  const groups: { label: string; text: string }[] = [];
  let last = 0;
  let label = '';
  SUB_LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SUB_LABEL.exec(value))) {
    // "Adams, Dunn Absent: Evans": the last name before a label printed without a break is no part of it.
    const own = m[1].trim().match(GLUED_LABEL);
    const cut = own && own.index ? m.index + m[0].indexOf(m[1]) + own.index : m.index;
    groups.push({ label, text: value.slice(last, cut) });
    label = own && own.index ? own[0].trim() : m[1].trim();
    last = m.index + m[0].length;
  }
  groups.push({ label, text: value.slice(last) });
  for (const g0 of groups) {
    // A roll call's answer after each part ("Trustees Adams, Brooks, Clay present; Trustee Dunn absent"):
    // the absent part goes, the present one loses the word.
    const parts = g0.text.split(/;\s*/);
    const g = parts.length < 2 ? g0 : { ...g0, text: parts.filter((part) => !PART_ABSENT.test(part) || /\b(?:except|who|but)\b/i.test(part)).map((part) => part.replace(PART_PRESENT, '')).join('; ') };
    if (!g.text.trim()) continue;
    // "Members Absent: None", "Councillors Excused: …": a group of those not there, whatever word comes first.
    if (/^(?:apologies|absent|not present|regrets)|\b(?:absent|excused|apologies|regrets)$/i.test(g.label)) continue;
    const chairGroup = /^(?:chair|chairman|chairperson|chairwoman|presiding)$/i.test(g.label);
    // The list ends at the first sentence break ("… (Clerk). Residents from …"), not at "Dr. X".
    // "Trustees Adams, Baker and Dunn were present.": the verb after the last name; "Present were A, B": before the first.
    const [first0, ...more] = g.text.replace(EN_ALSO_PRESENT, '').split(/(?<=[\p{Ll})])(?<!\b(?:Dr|Mr|Mrs|Ms|St|Prof|Rev|Revd|Supt|Asst|Cllr|Cllrs|Cr|Crs|Hon|Engr|Fr|Sr|Jr|Smt|Shri|Capt|Col|Lt|Sgt|Insp|Messrs|Mme|Mdm|Ma|Sta|Sto|Atty|Arch))\.\s+(?=\p{Lu})/u);
    // "Chief Executive (Mr. C. Murray), Director, Services (Mr. P. Dowling)": the names are the bracketed ones.
    const first = first0.replace(PART_PRESENT, '');
    const bracketed = [...first.matchAll(/\(\s*(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+([^()]{2,40})\)/g)].map((b) => b[1].trim());
    if (bracketed.length >= 2) {
      names.push(...bracketed);
      continue;
    }
    // "…, DD (part). (Apologies GH, LM)": the absent, set apart in brackets after the list.
    const read = readEnItems(first.replace(/\(\s*(?:apologies|absent|absentees|regrets|not present)\b[^)]*\)?/gi, ' '));
    names.push(...read.names);
    dropped += read.dropped;
    const chairName = read.chair ?? (chairGroup ? read.names[0] : null);
    if (chairName && !chair) chair = stripHonorifics(chairName) || chairName;
    let runsOn = true;
    for (const sentence of more) {
      // "Councillor A, Cathaoirleach, presided. Councillors B, C and D.": the members listed after the chair's sentence.
      if (GROUP_LIST.test(sentence)) {
        const r = readEnItems(sentence.replace(GROUP_LIST, ''));
        if (r.names.length >= 2 && r.dropped <= r.names.length / 2) {
          names.push(...r.names);
          continue;
        }
      }
      // "Also present were City Manager Curt Boganey, Finance Director Nate Reinhardt, …": a second list.
      const also = sentence.match(EN_ALSO_PRESENT);
      if (also) {
        const r = readEnItems(sentence.slice(also[0].length));
        names.push(...r.names);
        sentenced += r.names.length;
        continue;
      }
      // "… Neil Rodan (NR). Ewen Honeyman (EH), Colin Crawford (CC).": a stray full stop inside the list, the names
      // going on after it with no verb among them.
      // Only right after the list: a list of names further on is of something else ("Canada Thistle, Musk Thistle, …").
      const rest = sentence.replace(/\.\s*$/, '');
      if (runsOn && !NOT_A_PARTICLE.test(rest.replace(/\([^()]*\)/g, ' '))) {
        const r = readEnItems(rest);
        if (r.names.length >= 2 && r.dropped === 0) {
          names.push(...r.names);
          continue;
        }
      }
      runsOn = false;
      if (!/\b(?:in attendance|present|attended|attending|also attending)\b/i.test(sentence)) continue;
      // "Paul Shaw (volunteer) also attended as an observer.": the sentence's subject, a name without an honorific.
      const subject = sentence.match(ALSO_ATTENDED_SUBJECT);
      if (subject) {
        names.push(subject[1]);
        sentenced++;
        continue;
      }
      HONORIFIC_NAME.lastIndex = 0;
      let h: RegExpExecArray | null;
      while ((h = HONORIFIC_NAME.exec(sentence))) {
        names.push(cleanEnPerson(h[0]).name ?? h[1]);
        sentenced++;
      }
    }
  }
  return { names: uniq(names), chair, dropped, sentenced };
}

const ALSO_ATTENDED_SUBJECT = /^((?:\p{Lu}[\p{Ll}'’-]+\s+|\p{Lu}\.\s?){1,3}\p{Lu}[\p{Ll}'’-]+)(?:\s*\([^()]{0,40}\))?\s+(?:also\s+attended|(?:was|were)\s+also\s+(?:present|in attendance))\b/u;
const PART_ABSENT = /\s(?:(?:were|was|is|are)\s+)?(?:absent|excused|not present)\.?\s*$/i;
const PART_PRESENT = /\s(?:(?:were|was|is|are)\s+)?(?:present|in attendance)(?=\.?\s*$)/i;

/** A sentence that opens a further list of those present: "Also present were …", "In attendance were …". */
export const EN_ALSO_PRESENT = /^\s*(?:also\s+(?:present|in attendance|attending)(?:\s+(?:were|was))?|(?:present|in attendance|attending)\s+(?:were|was)(?:\s+also)?|(?:staff|officers|officials|others)\s+(?:also\s+)?(?:present|in attendance)(?:\s+(?:were|was|included))?)\s*[:,]?\s+/i;

/** The persons of one comma list: names, the chair when one is marked, and how many items were no person. */
function readEnItems(text: string): { names: string[]; chair: string | null; dropped: number } {
  // "Jeremy Nicholls [Presiding Member] Darryl Wilson, …": a bracketed post closes its person's item.
  const first = text
    // A roll call's closing remark ("…, Ronnie Mahaffey. (All Present)"): no one of the list.
    // (Spaces bounded: a long run of blanks is tried from each of its places.)
    .replace(/\.?[ \t]{0,4}\(\s{0,4}all\s{1,4}(?:members\s{1,4})?present\s{0,4}\)[\s.]{0,4}$/i, '')
    .replace(/\]\s+(?=(?:and\s+)?\p{Lu})/gu, '], ')
    // "Ann Lee (Chair) Bob Ray, …", "R Hawkesford (Chairman) C Lloyd & M Woolley": a post in round brackets closes its person's item too, when a name follows.
    .replace(/(\([^()]{1,30}\))\s+(?=\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+(?:\s*[,;(]|$)|\p{Lu}\.?\s\p{Lu}[\p{Ll}'’-]+(?:\s*(?:[,;(&]|and\b)|\.?$))/gu, '$1, ')
    // "Ann Lee/Bob Ray (Co-chairs)": two persons sharing one post, parted by a slash.
    .replace(/(?<=\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+)\s*\/\s*(?=\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+\s*(?:[,;(]|$))/gu, ', ');
  const names: string[] = [];
  let chair: string | null = null;
  let dropped = 0;
  // "Dr. Daniel Bittman, Supt; Dr. Jana Hennen-Burr, Asst Supt …": one person per ';', role after the comma.
  const semis = first.split(';');
  // Commas inside brackets ("(2017 Secretary, AGM Chair)") do not part two people.
  // Honours before a bracket stay: in columns run together the bracket may part two people.
  // …but not before the chair's mark in a list parted by commas ("Richard Creary, JP (Chairperson), …"): the honour is the name's.
  const guarded = first.replace(POSTNOMINALS, (h, at: number, all: string) => (/^\s*\((?!\s*(?:chair(?:man|person|woman)?|presiding|in the chair)\s*\)\s*(?:[,;]|$))/i.test(all.slice(at + h.length)) ? h : '')).replace(/\([^()]{0,120}\)/g, (b) => b.replace(/,/g, '\uE000').replace(/\band\b|&/g, (w) => `\uE001${w === '&' ? 'amp' : 'and'}\uE001`))
    // A name's suffix after a comma ("Manuel M. Aboy,Jr.", "J. Reed, III") is the name's, not a new item;
    // a name after it with no comma between ("Mike Seely, Sr. Rita Perron") is the next item.
    .replace(/,\s?((?:Jr|Sr)\.?|II|III|IV)\s+(?=\p{Lu}[\p{Ll}'’-]+\s+\p{Lu})/gu, '\uE002$1, ')
    .replace(/,\s?(?=(?:Jr|Sr|II|III|IV)\b)/g, '\uE002');
  const restore = (x: string) => x.replace(/\uE000/g, ',').replace(/\uE002/g, ', ').replace(/\uE001amp\uE001/g, '&').replace(/\uE001and\uE001/g, 'and');
  const items = (semis.length >= 3 && semis.filter((x) => x.includes(',')).length * 2 >= semis.length ? semis.flatMap(semiItem) : guarded.split(/,|;|(?<=\s)(?:and|&)(?=\s)/).map(restore))
    // The list's closing full stop ("…, Daniela, Agustina."), not an initial's ("J.").
    .map((x) => x.trim().replace(/(?<=\p{Ll}{2})\.$/u, '').replace(PUBLIC_TAIL, '').replace(WITH_LEAD, '').replace(JOINED_TAIL, '$1').trim())
    .filter(Boolean);
  for (const it of items.flatMap(splitTitledRun).flatMap((x) => splitRepeatedTitle(x, (part) => !!cleanEnPerson(part).name, isPost)).flatMap(splitInitialPairs)) {
    // "Mary Mullen, TimeSaver Off Site Secretarial, Inc.": a company's suffix is no one.
    if (/^(?:inc|ltd|llc|plc|pty|co|corp|gmbh)\.?$/i.test(it)) continue;
    const { name, chair: isChair } = cleanEnPerson(it);
    // "Mayor B. Wilson, presiding; …", "Mr J Ross, Chairman, Mrs M Lee": the chair's word, an item of its own, marks the name before it.
    if (!name && names.length && CHAIR_ITEM.test(it)) {
      chair ??= names[names.length - 1];
      continue;
    }
    if (!name) {
      if (it.length > 2) dropped++;
      continue;
    }
    names.push(name);
    if (isChair && !chair) chair = name;
  }
  // A list of posts ("General Manager, Director Planning & Environment, …"): the odd word left is no person.
  // "Manager Finance" there is a post too, where "Manager Herbek" among names would be a person.
  if (dropped > names.length && names.every((n) => !n.includes(' ') || (LEADING_OFFICE.test(n) && n.split(' ').length === 2))) return { names: [], chair: null, dropped: dropped + names.length };
return { names, chair, dropped };
}

/** A post's word ending a phrase, or its plural ("Road Supervisor", "Supervisors"). */
const endsInPost = (s: string) => {
  const last = s.trim().split(/\s+/).pop() ?? '';
  return postToken(last) || postToken(last.replace(/s$/i, ''));
};

/**
 * One part of a list parted by ';': a person and the post after a comma ("Dr. Daniel Bittman, Supt"), a
 * group of people, or the post first ("Chairman, Kerry Olson", "Supervisors, Paul Zent & Dave Nehring"), its holders after.
 */
function semiItem(part: string): string[] {
  const [head, ...rest] = part.split(',');
  if (!rest.length) return [head];
  const holders = rest.join(',').split(/,|(?<=\s)(?:and|&)(?=\s)/).map((x) => x.trim()).filter(Boolean);
  const postFirst = (endsInPost(head) || !cleanEnPerson(head.trim()).name) && !!holders.length && !!cleanEnPerson(holders[0]).name && !endsInPost(holders[0]);
  if (postFirst) return holders;
  // A group of people, each with initials ("Glyn Charlton (GC), Peter Beasley (PB)"): the others are people too, not the first one's post.
  // A holder of one word ("Supt") is the first one's post.
  return [head, ...holders.filter((h) => /\S\s+\S/.test(h) && !isPost(h) && !endsInPost(h) && !!cleanEnPerson(h).name)];
}

/** A list's item that is only the chair's word, printed after the chair's name. */
// Ireland's councils name the chair in Irish: "Councillor Michael Smith, Cathaoirleach, presided".
const CHAIR_ITEM = /^(?:presiding|in the chair|(?:the\s+)?chair(?:man|person|woman)?|presiding (?:member|officer)|cathaoirleach(?:,?\s+presided)?|presided)$/i;

/**
 * Columns of a table run together into one item ("Cllr A Reed Chairman Cllr B Sand Cllr C Tide"): one
 * person at each title, when every part reads as one; a title before a title ("Cllr Mrs J Hart") stays.
 */
/** Two names of an initial and a surname run together where a comma was lost ("R Hawkesford C Lloyd"): both. */
const INITIAL_PAIR = /^(\p{Lu}\.?\s\p{Lu}[\p{Ll}'’-]+)\s+(\p{Lu}\.?\s\p{Lu}[\p{Ll}'’-]+)$/u;
function splitInitialPairs(item: string): string[] {
  const m = INITIAL_PAIR.exec(item.trim());
  return m ? [m[1], m[2]] : [item];
}

export function splitTitledRun(item: string): string[] {
  const parts = (' ' + item).split(new RegExp(HONORIFIC_START.source, 'g')).map((x) => x.trim()).filter(Boolean);
  const merged: string[] = [];
  for (const p of parts) {
    const prev = merged[merged.length - 1];
    if (prev !== undefined && !stripHonorifics(prev)) merged[merged.length - 1] = `${prev} ${p}`;
    else merged.push(p);
  }
  // Each part opens with its title: "Director Program Dr. Iqbal Bhuiyan" is a post, then one person.
  return merged.length >= 2 && merged.every((p) => HONORIFIC.test(p) && !!cleanEnPerson(p).name) ? merged : [item];
}

const HONORIFIC_START = /\s(?=(?:Mr|Mrs|Ms|Miss|Dr|Prof|Shri|Smt|Sri|Cllr|Councillor|Alderman|Alderwoman|Hon|Hon[’']ble|Honou?rable)\.?\s)/;

/**
 * A list run into one line of text, as PDFs give it: numbered ("1 Prof. A Rao Member 2 Dr. B Nair …") or
 * one honorific after another ("Dr Leena Rao, Chairperson Ms Anita Das Mr Amjad …"). Names up to the
 * first item that is none.
 */
export function readRunOnList(value: string, least = 3): string[] {
  return readRunOnListAndChair(value, least).names;
}

/** A chair's mark on a run-on list's item: "1. Professor A … (in the Chair) Vice Chancellor". */
const RUN_ON_CHAIR = /\(\s*(?:in the chair|chair(?:man|person|woman)?|presiding)\s*\)/i;

/** The names of a run-on list, and the one marked as in the chair. */
export function readRunOnListAndChair(value: string, least = 3): { names: string[]; chair: string | null } {
  let items: string[] = [];
  let chair: string | null = null;
  if (/^\s*1[.*]?\s+\p{Lu}/u.test(value)) items = value.replace(/^\s*1[.*]?\s+/, '').split(/\s\d{1,2}[.*]?\s+(?=\p{Lu})/u);
  else if (((' ' + value).match(new RegExp(HONORIFIC_START.source, 'g')) ?? []).length >= 2) items = (' ' + value).split(HONORIFIC_START).map((x) => x.trim()).filter(Boolean);
  const names: string[] = [];
  let misses = 0;
  for (const raw of items) {
    // The post after a dash or a comma ("–Hon’ble Vice Chancellor", ", Chairperson"), then post words at the end.
    // The text after the list ("Mr D. Kinmonth There were a total of …") is no part of the last name.
    // A leader of dots before the post ("Professor A … (in the Chair)") is no part of the name.
    let it = raw.split(/\s[–—-]|,\s|\s\(/)[0].replace(/\s*(?:…|\.{2,})\s*$/, '').replace(/\s+(?:There|The|This|It|All|An?|We|He|She|They)\s+\p{Ll}.*$/u, '').trim();
    const toks = it.split(/\s+/);
    while (toks.length > 1 && isPost(toks[toks.length - 1])) toks.pop();
    it = toks.join(' ');
    const name = cleanEnPerson(it).name;
    // One item misread ("Prof. K .Prahlada Rao") is skipped; two in a row end the list.
    if (!name) {
      if (++misses >= 2) break;
      continue;
    }
    misses = 0;
    names.push(name);
    if (!chair && RUN_ON_CHAIR.test(raw)) chair = name;
  }
  return names.length >= least ? { names: uniq(names), chair } : { names: [], chair: null };
}

/** Chinese attendance text → names/bodies as printed. */
export function readZhAttendance(value0: string): string[] {
  // A note's bold around a name ("**陈道清（华为）**", "**冯杰  （西电）"): markup, not the name; a masked name's
  // stars ("张**") are not in pairs around it and stay.
  const value = value0.replace(/\*\*([^*\n]{1,40}?)\*\*/g, '$1').replace(/^\s*\*\*(?=[\u3400-\u9fff])/, '');
  // "(缺席:芙蓉、马口等会代表)": the absent, set apart in brackets inside the list.
  const present = value.replace(ZH_ON_LEAVE, '').replace(ZH_ABSENT_ASIDE, '');
  // Groups parted by full stops ("加影/林提多、何约翰。八打灵/杨保罗…"): each a short list, not a sentence.
  const groups = present.split('。');
  const kept = [groups[0], ...groups.slice(1).filter((g) => ZH_PLACE_SLASH.test(g) || (g.length <= 12 && !/[会會议議由于]/.test(g)))];
  const v = kept
    .join('、')
    // An aside inside a group's name ("区政府班子(党组)全体成员") is the name's, as printed; one after a person is a post or a unit.
    // Each person's post in brackets may be all that parts one name from the next ("温龙雨(副院长)吴春军(食堂主管)"): it parts them still.
    .replace(/[（(][^）)]{0,30}[）)]/g, (m, at: number, all: string) => (/[、，,]/.test(m) || inGroupName(all, at, m.length) ? m : /^[\u3400-\u9fff]/.test(all.slice(at + m.length)) && /[\u3400-\u9fff]{2}$/.test(all.slice(0, at)) ? '、' : ''))
    .replace(/[。.、]$/, '')
    // "法務祕書　鄭宇智": a post set off by a space before the person's name is the person's, not someone.
    .replace(ZH_POST_SPACED, '');
  // "加影/林提多": the place or body the person came from, then the person.
  return uniq(joinCourtesy(splitList(holdHanLatinPairs(v), { spaces: true })).map((x) => releaseHanLatinPair(x.replace(ZH_PLACE_SLASH, ''))).filter((x) => x.length >= 2 && x.length <= 40 && !ZH_ABSENT_COUNT.test(x)));
}
/** The bracket at `at` sits inside a group's name: more of the name follows it, and what stands before it is longer than a person's. */
function inGroupName(all: string, at: number, length: number): boolean {
  const before = all.slice(0, at).split(/[、，,；;\s]/).pop() ?? '';
  return /^[\u3400-\u9fff]/.test(all.slice(at + length)) && /^[\u3400-\u9fff]{5,}$/.test(before);
}
const ZH_POST_SPACED = new RegExp(`(?<=^|[、，,])[\\u3400-\\u9fff]{0,8}?(?:${alt([...ZH_PERSON_TITLES, ...ZH_LIST_POSTS])})[ \\t\\u3000]+(?=[\\u3400-\\u9fff]{2,4}(?:[、，,]|$))`, 'g');
/** A headcount's absent part ("请假 0人", "缺席30人"), its number maybe parted from it by spaces: no one's name. */
const ZH_ABSENT_COUNT = new RegExp(`^(?:${alt(ZH_ABSENT_VERBS)})\\s*\\d*\\s*[人名位]?$`);
/** A name in the list marked as away ("彭某某(公假)", "李某(请假)"): listed, but not there. */
// The mark may follow the person's unit in brackets of its own ("曾某（台湾师范大学地科系）(请假)").
const ZH_ON_LEAVE = /(?<=^|[、，,\s])[^、，,\s（(]{1,12}(?:\s*[（(][^（()）]{1,30}[）)])?\s*[（(](?:公假|请假|請假|事假|病假|休假|缺席|出差)[）)]/g;
const ZH_ABSENT_ASIDE = /[（(]\s*(?:缺席|请假|請假|未出席|因事缺席)[^）)]*(?:[）)]|$)/g;
const ZH_PLACE_SLASH = /^[\u3400-\u9fff]{1,12}[/／](?=[\u3400-\u9fff])/;

const ZH_TITLES = alt(ZH_PERSON_TITLES);
/** A post, then 于 and one or two more characters ending the phrase, that are no time ("于上午") or place ("于会议室"). */
/** …or a name called 同志 ("于学军同志主持召开…"): a person, whatever comes before. */
const SURNAME_YU = new RegExp(`${ZH_TITLES}于(?!上午|下午|晚上|今天|今日|近日|日前|本周|近期|本月|会|會|局|区|區|市|县|縣|镇|鎮|村|校|院)[\\u3400-\\u9fff]{1,2}$|于[\\u3400-\\u9fff]{1,2}同志$`);
const ZH_COURTESY_END = new RegExp(`${alt(ZH_COURTESY_AFTER)}$`);
/** Not a personal name: words of meetings, places and dates. */
export function plausibleName(n: string): boolean {
  // 于 is a surname too ("于长江"): only inside a phrase does it mark one.
  // Bodies known by their short names ("政协委员" → not a person called 政协).
  // 会 inside a given name ("李会昌") is a name's; at either end or before 议/长/上 it is a meeting's or a body's.
  // 年 / 月 / 日 close a given name too ("云宏年", "李明月"), never a time ("上半年", "十二月").
  const t = n.replace(/[xX×＊*]/g, '');
  const namedTime = /^[\u3400-\u9fff][^半每本今去当全近同上下次翌隔前后数\d〇零一二两三四五六七八九十百][年月日]$/.test(t);
  // Words that open a breakdown of a headcount ("共到会28人，其中，…") or a list are no names.
  if (/^(?:其中|其余|其餘|其他|其它|包括|分别|分別|另外|以及)$/.test(t)) return false;
  return !/[議议次届第的了在和与及等]|^会/.test(t) && (namedTime || !/[年月日]/.test(t)) && !/会$|会(?:议|議|长|長|上|后|後|前|中|员|員|场|場|同)|(?:开|開|大|例|年|峰|晚|聚|协|協|学|學|商|工|社|教|总|總|事)会|(?<!^)于|召开|召集|主持|同志|领导|部门|单位|政府|人员|办公|政协|人大|党委|支部|班子|总支|總支|成员|成員|市民|居民|村民|群众|群眾|学生|學生|职工|職工|干部|幹部|[区县市省局委]$/.test(t);
}
// A name transliterated from Uyghur, Kazakh or Mongolian is written in parts joined by a middle dot ("艾斯克尔·阿布都维力").
const NAME_RE = /^(?:[\u3400-\u9fff]{2,4}|[\u3400-\u9fff]{1,8}(?:[·•・][\u3400-\u9fff]{1,8}){1,2}|[\u3400-\u9fff]?[xX×＊*]{1,3}|[xX×＊*]{2,3}|某某)$/;

/**
 * The personal name in a phrase that holds it with a title: "区政府代理区长毛志强" → "毛志强",
 * "胡永光区长" → "胡永光", "程××主任" → "程××". A title alone ("張主任") is returned as printed.
 */
export function zhNameFrom(phrase: string): string | null {
  let s = phrase.replace(/\s+/g, '');
  // The last part of an enumeration: "市委常委、常务副市长陈勇" → "常务副市长陈勇".
  const cut = Math.max(s.lastIndexOf('、'), s.lastIndexOf('，'), s.lastIndexOf(','), s.lastIndexOf('：'), s.lastIndexOf(':'));
  if (cut >= 0) s = s.slice(cut + 1);
  s = s.replace(/[（(].*$/, '').replace(ZH_COURTESY_END, '');
  const re = new RegExp(ZH_TITLES, 'g');
  let after = -1;
  let before = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    after = m.index + m[0].length;
    before = m.index;
  }
  if (after >= 0 && after < s.length) {
    const name = s.slice(after);
    // "丁局長育群": a style in Taiwan, the surname, the post, the given name; kept as printed.
    if (before === 1 && name.length <= 2 && /^[\u3400-\u9fff]+$/.test(name) && plausibleName(s[0] + name) && !/[区區县縣市省镇鎮乡鄉局委办辦院校部厅廳处處科所站组組代副常执執第主分总總原前新老]/.test(s[0])) return s;
    if (NAME_RE.test(name) && plausibleName(name)) return name;
  }
  if (after === s.length && before > 0) {
    // Name printed before the title.
    const head = s.slice(0, before);
    if (/^(?:常务|常務|代理|代|执行|執行|第一|党组|黨組|主要|分管|常委|副)+$/.test(head)) return null;
    // "张莹支部书记": the body's word between the name and the post.
    const bodyPost = nameBeforeBodyPost(head);
    if (bodyPost && NAME_RE.test(bodyPost) && plausibleName(bodyPost)) return bodyPost;
    // "办公室主任", "代表团团长", "学生会主席": an office's head, not a person named before the title.
    if (/(?:室|局|委|办|辦|处|處|科|部|院|所|中心|公司|政府|组|組|队|隊|站|团|團|会|會|社|系)$/.test(head)) return null;
    // "蒲彩林常务副会长": the title's own prefix (常务, 代理) is no part of the name before it.
    const named = head.replace(/(?:常务|常務|代理|执行|執行|第一)+$/, '');
    for (const len of [3, 2, 4]) {
      const name = named.slice(-len);
      if (name.length === len && NAME_RE.test(name) && plausibleName(name) && !/[的了在于由和及与会议区县市省镇乡局委常务代理]/.test(name.replace(/[xX×＊*]/g, ''))) return name;
    }
    // A surname with a title ("張主任"): the only way the person is named.
    if (head.length === 1) return s;
  }
  if (after < 0 && NAME_RE.test(s) && plausibleName(s)) return s;
  if (after < 0 && s.length > 4 && /^[\u3400-\u9fff]{5,}$/.test(s)) return null;
  return null;
}

/**
 * Who chaired when the chair's label names a stand-in: "丁局長育群(許副局長阿雪代理)" → "許副局長阿雪"
 * (the one who presided); otherwise the label's first person.
 */
export function zhActingChair(value: string): string | null {
  const m = /[（(]\s*(?:由)?([^（()）]{2,10}?)\s*(?:代理|代行|代)(?:主持|主席)?\s*[)）]/.exec(value);
  return m ? (zhNameFrom(m[1]) ?? m[1]) : null;
}

/** A body's short name and a post, no person in it: "县委副书记", "副县长", "党组书记". */
const ZH_TITLE_ONLY = new RegExp(`^[\\u3400-\\u9fff]{0,4}?${ZH_TITLES}$`);

/** Words that open the next part of a header, not the rest of a name ("出席", "记录"). */
const ZH_PART_WORD = /^(?:出席|列席|参加|请假|缺席|记录|纪录|紀錄|記錄|地点|地點|时间|時間|议题|議題|主持|主席|决议|決議|说明|說明|附件)/;

/**
 * The presider a label gives ("主持：张三", "主席：陳理事長志強", "Chair: Cr Kristy McBain, Mayor"), and
 * whether it surely is a name: a verbatim record's chair speaking ("主席：好，那個這邊是…") leaves a word
 * that is none, a reading to check. `next` is the line after, for an English name wrapped onto it
 * ("Chair: Mayor Tim" / "Willson").
 */
export function presiderFromLabel(value: string, lang: 'zh' | 'en', next?: string): { name: string; sure: boolean } | null {
  if (lang === 'zh') {
    const acting = zhActingChair(value);
    if (acting) return { name: acting, sure: true };
    // A name cut by the line's end ("主持：区财政局局长 周" / "建平"): the rest of it on the next line.
    const wrapped = !!next && /^\s*[\u3400-\u9fff]{1,3}\s*$/.test(next) && !ZH_PART_WORD.test(next.trim()) && new RegExp(`${ZH_TITLES}\\s*[\\u3400-\\u9fff]\\s*$`).test(value);
    const v = wrapped ? value.trimEnd() + next!.trim() : value;
    // A title letter-spaced in its cell ("议 长 高绍芳"): its characters joined again.
    const parts = splitCjkSpaced(v.split(/[，,、]/)[0].replace(/(?<=^|\s)([\u3400-\u9fff])\s(?=[\u3400-\u9fff](?:\s|$))/gu, '$1').replace(/[。.]\s*$/, ''));
    let first = parts[0] ?? v;
    // The post in a cell of its own before the name ("区财政局局长  周建平"): both read together.
    if (parts.length > 1 && zhNameFrom(first) === null && new RegExp(`${ZH_TITLES}$`).test(first)) first += parts[1];
    const named = zhNameFrom(first);
    if (named) return { name: named, sure: !wrapped };
    // "县委副书记、县长张建国同志": posts enumerated before the person; the name is in a later part.
    const later = ZH_TITLE_ONLY.test(first.replace(/\s+/g, '')) ? v.split(/[，,。]/)[0].split('、').slice(1, 4).map((x) => zhNameFrom(x)).find((x) => !!x && plausibleName(x)) : null;
    if (later) return { name: later, sure: !wrapped };
    const bare = first.replace(/\s+/g, '');
    // A post alone ("县委副书记"): no name could be read; given, as a reading to check.
    if (ZH_TITLE_ONLY.test(bare)) return { name: first, sure: false };
    // One character is no name: a verbatim record's chair speaking ("主席：好，…").
    if (bare.length < 2) return null;
    // Speech, not a name: a sentence goes on after it, or it is too short to be one.
    // A question or an exclamation is the chair speaking, never a name.
    if (/[？！?!…]/.test(first)) return null;
    const speech = /[。？！?!…]/.test(value.slice(0, 40)) || (value.length > 20 && /[，,]/.test(value) && !plausibleName(bare));
    return { name: first, sure: !speech };
  }
  // "Chair: Mary Adams   Vice Chair: Tom Baker": the next cell's label ends the name.
  const cell = value.split(/\s{3,}|\t|\s+(?=(?:(?:Vice|Deputy|Acting)[\s-])?(?:Chair(?:man|person|woman)?|Secretary|Treasurer|Clerk|Recorder|Minutes|Present|Attendees|Apologies|Absent|Venue|Date|Time|Location|Members)\s?:)/iu)[0];
  const name = stripHonorifics(cell.split(/[,;(]/)[0]).trim();
  // What reads as no name ("Chair: see item 3") is given, as a reading to check.
  return name ? { name: joinWrappedName(name, value, next), sure: looksLikeEnName(name) || !!cleanEnPerson(name).name } : null;
}

/** An English name cut by the line's end after its first word ("Mayor Tim" / "Willson called …"): the surname from the next line. */
function joinWrappedName(name: string, text: string, next?: string): string {
  if (!next || /\s/.test(name) || !text.trimEnd().endsWith(name)) return name;
  // A next line that opens with its own label ("Scribe: AndyS") holds no part of the name.
  if (/^\s*\p{Lu}[\p{Ll}'’-]{1,20}(?:\s\p{L}{1,12}){0,2}\s?:/u.test(next) || EN_ATTENDANCE_BLOCK_KEYS.includes(next.trim().toLowerCase())) return name;
  const m = next.match(/^\s*(\p{Lu}[\p{Ll}'’-]+)(?=[\s,.;:]|$)/u);
  return m && !EN_STOP_WORDS.has(m[1].toLowerCase()) && !/^(?:The|This|That|Called|Opened|Presided|Welcomed|At|On|In)$/.test(m[1]) ? `${name} ${m[1]}` : name;
}

/** True when the phrase ends with a titled person: "常务副市长陈勇". */
export function endsWithTitledName(s: string): boolean {
  return new RegExp(`${ZH_TITLES}[\\u3400-\\u9fff]{2,3}$`).test(s);
}

/**
 * The first cue that follows whitespace and up to `max` characters before it (back to a , . ; :),
 * as [whole, subject] with its index. Found by scanning back from each cue, so a long run of
 * spaces costs its length once, not once per starting position as `([^,.;:]{1,max}?)\s+cue` would.
 */
const INITIAL_BEFORE = /(?:^|[^\p{L}])\p{Lu}$|\b(?:Cllr|Mr|Mrs|Ms|Dr|Prof|Cr|Hon|Rev|St)$/u;

function subjectBefore(text: string, cue: RegExp, max: number): (string[] & { index: number }) | null {
  cue.lastIndex = 0;
  let c: RegExpExecArray | null;
  while ((c = cue.exec(text))) {
    let end = c.index;
    while (end > 0 && /[\s,]/.test(text[end - 1])) end--;
    let start = end;
    // A full stop after an initial or a title ("Cllr. O. Wynn") does not end the subject.
    while (start > 0 && end - start < max && !(/[,;:]/.test(text[start - 1]) || (text[start - 1] === '.' && !INITIAL_BEFORE.test(text.slice(Math.max(0, start - 8), start - 1))))) start--;
    if (start === end) continue;
    return Object.assign([text.slice(start, c.index + c[0].length), text.slice(start, end)], { index: start });
  }
  return null;
}

/** A line in capitals read in ordinary case, letter for letter, so the sentence patterns read it ("MAYOR CARRIER CALLED COUNCIL TO ORDER"). */
function ordinaryCaps(text: string): string {
  // Letter by letter, by code point, and only where the lower case is as long: the name is sliced from the text as printed.
  const lower = (c: string) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c);
  return text.replace(/\p{Lu}+/gu, (w) => {
    const [first, ...rest] = [...w];
    return first + rest.map(lower).join('');
  });
}

/** Posts that chair a meeting, before the chair's name in an opening sentence ("The Chair, Cllr P. Jones, opened …"). */
const EN_CHAIR_POSTS = `(?:(?:Shire |Board |Council |Deputy |Acting |Executive )?(?:Chair(?:man|person|woman)?|Chair Person|Mayor|President|Speaker|Reeve|Warden|Cathaoirleach|Presiding Officer|Presiding Member|Convenor|Convener))`;
const EN_TITLED = `(?:(?:Cllr|Councillor|Cr|Mr|Mrs|Ms|Miss|Dr|Prof|Alderman|Hon)\\.?\\s+)`;
const EN_NAME_RUN = `((?:\\p{Lu}\\.\\s?){0,3}\\p{Lu}[\\p{L}'’-]*(?:\\s(?:\\p{Lu}\\.\\s?)*\\p{Lu}[\\p{L}'’-]*){0,3})`;
/** "The Chair, Cllr P. Jones, opened the meeting", "The Chair Person, the Shire President, Cr Crosby, declared the meeting opened", "The Speaker, Cllr Y. Lorgat requested a moment of silence". */
// The post may be printed in lower case after "The" ("The chairman, Ken Davies, …"), and the person's body may follow in brackets ("Ken Davies (Merseyside SFA) welcomed …").
const EN_CHAIR_POSTS_LOWER = `(?:chair(?:man|person|woman)?|president|mayor|convenor|convener)`;
const EN_POST_APPOSITION = new RegExp(`(?:^|(?<=[.:;]\\s)|(?<=\\b(?:Welcome|Opening|WELCOME|OPENING)\\s))[•*\\-\\s]*(?:(?:The\\s+)?(?:${EN_CHAIR_POSTS},?\\s+(?:the\\s+)?){1,3}|The\\s+${EN_CHAIR_POSTS_LOWER},\\s+)${EN_TITLED}?${EN_NAME_RUN}(?:\\s\\([^()]{2,40}\\))?,?\\s+(?:opened|welcomed|declared|called|convened|chaired|presided|took the chair|assumed the chair|requested|asked|thanked|invited|announced|led|began|commenced)\\b`, 'u');
/** "With Mayor Tim Willson presiding, …", "Mayor Tim Willson presiding." */
const EN_CHAIR_POST_ONLY = new RegExp(`^${EN_CHAIR_POSTS}$`, 'i');
/** The posts, set off by commas, between a post standing for the name and the person: ", Chair ". */
const EN_POSTS_BEFORE_NAME = new RegExp(`^\\s*,?\\s*(?:(?:the\\s+)?${EN_CHAIR_POSTS},?\\s+)*`);
const EN_PRESIDING = new RegExp(`(?:\\b[Ww]ith\\s+(?:the\\s+)?(?:${EN_CHAIR_POSTS}\\s+)?|^[•*\\-\\s]*(?:The\\s+)?${EN_CHAIR_POSTS}\\s+)${EN_TITLED}?${EN_NAME_RUN}\\s+presiding\\b`, 'u');

/** Presider stated in a sentence: "会议由常务副院长乙军主持", "xxx presided over", "chaired by X". */
export function findPresider(text: string, lang: 'zh' | 'en', next?: string): { name: string; index: number } | null {
  if (lang === 'en' && /\p{Lu}{3}/u.test(text) && !/\p{Ll}/u.test(text)) {
    // A heading in capitals: read in ordinary case, the name kept as printed.
    // Read once, not again: capitals with no lower case ("𝓐𝖠") stay capitals.
    const p = findPresiderIn(ordinaryCaps(text), lang);
    return p ? { name: text.slice(p.index, p.index + p.name.length), index: p.index } : null;
  }
  const found = findPresiderIn(text, lang, next);
  if (found && lang === 'en' && next) return { ...found, name: joinWrappedName(found.name, text, next) };
  return found;
}

/**
 * The cues of a chair told in a sentence: 主持, then 召开 or 召集 a meeting (weak cues: a post must stand
 * with the name); not 召集人, 召集委员 (a convener's post, not the act).
 */
const ZH_CHAIR_CUE = new RegExp(`主持|(?:率|带领|率领)[^。；]{0,80}?召开|召开|(?:${alt(ZH_CONVENE_VERBS)})(?![人委并並])(?=[^，,。；]{0,16}(?:会|會))`, 'g');
const ZH_CHAIR_ACTING = new RegExp(`主持人(?:是|为)?([\\u3400-\\u9fff]{2,3}?)(?:同志)?(?=${alt(ZH_CHAIR_OPENING_ACTS)})`);

/** A chair's label alone on its line, the name on the next ("主席" / "陳大文議員", "主席：" / "陳大文先生, BBS, JP"). */
const ZH_CHAIR_ALONE = /^\s*(?:会议)?(?:主席|主持人?)\s*[：:︰]?\s*$/;
const ZH_HONOURED_NAME = /^\s*([\u3400-\u9fff]{2,4}?)\s*(?:议员|議員|先生|女士|小姐|博士|教授|太平绅士|太平紳士)?\s*(?:[,，]\s*[A-Z]{2,4}\s*)*$/;

function findPresiderIn(text: string, lang: 'zh' | 'en', next?: string): { name: string; index: number } | null {
  if (lang === 'zh' && next && ZH_CHAIR_ALONE.test(text)) {
    const m = ZH_HONOURED_NAME.exec(next);
    const name = m ? (zhNameFrom(m[1]) ?? m[1]) : null;
    // The name is on the next line: its offset there is past this line's end.
    if (name && plausibleName(name)) return { name, index: text.length + 1 + next.indexOf(name) };
  }
  if (lang === 'zh' || /[\u3400-\u9fff]/.test(text)) {
    const label = text.match(/主\s?持\s?人?\s?[：:]\s*([^\s，,、；;。)）]{2,8}(?: [\u3400-\u9fff](?=[\s)）]|$))?)/);
    if (label && label.index !== undefined) {
      const raw = label[1];
      const name = zhNameFrom(raw) ?? (raw.replace(/ /g, '').length <= 4 ? raw : raw.slice(0, 3));
      return { name, index: label.index + label[0].indexOf(raw) };
    }
    // "主持人胡某宣读到会人数": the chair's word, the name and what the chair did, no colon between.
    const acting = text.match(ZH_CHAIR_ACTING);
    if (acting && acting.index !== undefined && plausibleName(acting[1])) return { name: acting[1], index: acting.index + acting[0].indexOf(acting[1]) };
    const run = zhChairLabel(text);
    if (run) return run;
    // A verbatim record (议事录, 速记录) names the chair as a speaker: "主席洪某某：现在开始…".
    const speaker = text.match(/(?:^|\n)[ \t]*主席[ \t]*([\u3400-\u9fff]{2,4})[ \t]*[：:]/);
    if (speaker && speaker.index !== undefined && plausibleName(speaker[1])) {
      return { name: speaker[1], index: speaker.index + speaker[0].indexOf(speaker[1]) };
    }
    // "在常务副市长陈某某的主持下": the chair named inside the phrase.
    const under = text.match(/在([^，。,；;在]{2,40}?)(?:同志)?的?主持下/);
    const underName = under ? zhNameFrom(under[1]) : null;
    if (under && under.index !== undefined && underName && plausibleName(underName)) return { name: underName, index: under.index + under[0].indexOf(underName) };
    // Each 主持 / 召开 (led by 率), read backwards within its sentence.
    const cue = new RegExp(ZH_CHAIR_CUE.source, 'g');
    let c: RegExpExecArray | null;
    while ((c = cue.exec(text))) {
      const strong = c[0] === '主持';
      if (!strong && text.slice(c.index, c.index + 6).includes('主持')) continue;
      const from = Math.max(0, c.index - 80, text.lastIndexOf('。', c.index) + 1);
      let win = text.slice(from, c.index);
      const by = win.lastIndexOf('由');
      if (strong && by >= 0) win = win.slice(by + 1);
      // Who 召集-ed the meeting is the subject of its own clause ("刘某会长在广州召集…"), not one named before ("召集人一人，负责召集…").
      if (ZH_CONVENE_VERBS.includes(c[0])) win = win.slice(Math.max(win.lastIndexOf('，'), win.lastIndexOf(',')) + 1);
      // Drop the place: "在区应急管理局二楼会议室," and a trailing comma.
      // …only a place that ends the window: "…在103会议室召开常委会，方守恩同志" keeps its subject.
      // 于 right after a post and before a name is a surname, no place ("区长于晓东主持召开").
      if (!SURNAME_YU.test(win)) win = win.replace(/(?:在|于)[^在于，,。]{0,40}$/, '').replace(/[，,\s]+$/, '');
      // "由董事长张三先生召集并主持": the convening joined to the chairing.
      if (strong) win = win.replace(/(?:召集|召开|召開)[并並和及、]?$/, '');
      // A second post held with the first ("武兵书常务副会长兼秘书长主持"): the name stands before the first.
      win = win.replace(/(?:兼|暨)[\u3400-\u9fff]{0,6}(?:长|長|书记|書記|主任|主席|委员|委員|经理|經理|理事|干事|幹事|秘书|秘書)$/, '');
      // A headline's "…召开…会议 张军主持": the name set off by a space before 主持.
      const spaced = strong ? win.match(/[\s\u3000]([\u3400-\u9fff]{2,3})$/) : null;
      let name = spaced && plausibleName(spaced[1]) ? spaced[1] : zhNameFrom(win);
      if (!strong) {
        // "市长别必雄到隆中…并召开": the titled name that opens the sentence.
        const tn = win.match(new RegExp(`${ZH_TITLES}([\\u3400-\\u9fff]{2,3}?)(?=到|赴|在|于|率|带领|深入|前往|主持|，|,)`));
        if (tn) name = tn[1];
      }
      // A name read out of words that name none ("…常委会关于…" → "会关") is no chair.
      if (!name || !plausibleName(name)) continue;
      // A sentence subject such as "学院召开" is not a person: the cue "召开" needs a title with the name.
      if (!strong && !new RegExp(ZH_TITLES).test(win)) continue;
      // A proposal asks the leader to hold it ("建请乡长…召开记者会"): no meeting held by him.
      if (!strong && /建请|建請|敬请|恳请|请求|建议|希望/.test(win)) continue;
      const idx = text.lastIndexOf(name, c.index);
      return { name, index: idx >= 0 ? idx : c.index };
    }
    return null;
  }
  // "Dan Middleton (DM) opened the call", "Cllr Mr G. Hotchkin opened the meeting".
  // "Chair Dick Dillon called the monthly meeting to order", "Omar: Called the meeting to order".
  const opened = openedIn(text);
  if (opened && opened.index !== undefined) {
    const name = stripHonorifics(opened[1].trim());
    if (name && !/^(?:the|this|meeting|council|board|it)$/i.test(name)) return { name, index: opened.index + opened[0].indexOf(opened[1]) + opened[1].indexOf(name) };
  }
  // "The Chair, Cllr P. Jones, opened the meeting": the chair's post, then the person.
  const apposed = EN_POST_APPOSITION.exec(text);
  if (apposed) {
    const name = apposed[1].trim();
    return { name, index: apposed.index + apposed[0].lastIndexOf(name) };
  }
  // "Mr Lee, the "Chairman" of the Meeting, took the chair": the name before the post.
  return chairApposed(text) ?? chairPostFirst(text) ?? findPresiderLater(text);
}

/** "Chair Dick Dillon called the meeting to order", also after a "Call to Order" heading run into the text before it. */
/** Where a sentence opens after another on the line: a capital after a full stop (not an initial's, "A. Clerk"). */
const SENTENCE_START = /(?<=\p{Ll}{2}\.\s{1,3}|[.;]\s{1,3}(?=\p{Lu}\p{Ll}+\s+\p{Lu}))(?=\p{Lu})/gu;

function openedIn(text: string): RegExpMatchArray | null {
  const atStart = text.match(EN_OPENED);
  if (atStart) return atStart;
  // "A quorum was present and Mayor Anita Weiers called the meeting to order": after a clause, a post or title names the chair.
  for (const c of text.slice(0, 160).matchAll(AFTER_CLAUSE)) {
    const from = (c.index ?? 0) + c[0].length;
    const m = text.slice(from).match(EN_OPENED);
    if (m && m.index !== undefined) {
      m.index += from;
      return m;
    }
  }
  // "… are affixed to these minutes. Tanner Tool called the meeting to order at 10:00 A.M.": a sentence of its own
  // further on in the opening paragraph, the call to order or the opening said in full.
  for (const c of text.slice(0, 1500).matchAll(SENTENCE_START)) {
    const from = c.index ?? 0;
    const m = text.slice(from, from + 200).match(EN_OPENED);
    if (m && m.index === 0 && /\bto order\b|\b(?:opened|chaired) the (?:meeting|session)\b/i.test(m[0])) {
      m.index += from;
      return m;
    }
  }
  // "… 2006 1. Call to Order Chair Rotty called the meeting to order": a PDF's heading run into its paragraph.
  const heading = /\b(?:Call to Order|CALL TO ORDER)\b/.exec(text);
  if (!heading || !heading.index) return null;
  const m = text.slice(heading.index).match(EN_OPENED);
  if (!m || m.index === undefined) return null;
  m.index += heading.index;
  return m;
}


/** A clause's end before the chair's post or title ("… present and Mayor …", "…, Chair …"). */
const AFTER_CLAUSE = /(?:,|;|\band)\s+(?=(?:(?:Acting|Deputy|Outgoing|Incoming|outgoing|incoming) |Vice[- ])?(?:Chair(?:man|person|woman)?|Mayor|President|Reeve|Warden|Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+\p{Lu})/gu;

/** The chair opening the meeting: "Chair Dick Dillon called the monthly meeting to order", "Omar: Called the meeting to order". */
// The post may be set off by a comma: "Chair, Ben Heller (BH) called the meeting to order". The call may follow a welcome
// ("Linda Mooney welcomed the Grangers and called the meeting to order"), be told in the present ("Mayor X calls the
// meeting to order") or as bringing it to order ("Dr. Becker brought the meeting to order"), the order before the meeting
// ("outgoing President Jim Karr called to order the organizational meeting"). The item's number may open the line
// ("2. Martens called the meeting to order").
const EN_OPENED = /^[•*\-\s]*(?:\d{1,2}[.)]\s+)?(?:(?:(?:\d{1,2}|[IVX]{1,4})[.)]?\s+)?(?:(?:meeting\s+)?call(?:ed)?[\s-]+to[\s-]+order|opening|welcome)\s*[:.–-]?\s*)?(?:(?:Board |Council |Committee |Shire |Village |Town )?(?:Acting |Deputy |Outgoing |Incoming |Vice[- ])?(?:Chair(?:man|person|woman)?|Mayor|President|Reeve|Warden),?\s+)?((?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+){0,2}\p{Lu}[\p{L}\w.'’-]*(?:\s\p{Lu}[\p{L}\w.'’-]*){0,3}?)\s*(?:\([A-Z]{1,5}\)\s*)?:?\s*(?:[Ww]elcomed\s[^.;]{1,60}?\s+and\s+)?(?:(?:[Oo]pened|[Cc]haired|[Cc]onvened|[Cc]all(?:ed|s)) (?:the )?(?:(?!by )[a-z]+ ){0,4}?(?:meeting|call|session|council|board|commission|committee|assembly)(?: to order)?|[Cc]all(?:ed|s) to order the (?:(?!by )[a-z]+ ){0,4}?(?:meeting|session)|[Bb]rought (?:the )?(?:(?!by )[a-z]+ ){0,4}?(?:meeting|session)(?: of (?:the )?[a-z]+)? to order)\b/iu;

/** "convened by Mr. Shane Smiley, President": a person named with an honorific, then the chair's post. */
const EN_CONVENED_BY_CHAIR = /\bconvened\s+by\s+(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,2}),\s*(?:the\s+)?(?:President|Chair(?:man|person|woman)?|Mayor|Presiding Officer)\b/u;

/** The chair's label once a sentence has ended on the line: ". Chair: …", "; Presiding: …". */
const EN_CHAIR_LABEL_AFTER = /(?<=\p{Ll}{2}[.;]\s{1,3})(?:Chair(?:man|person|woman)?|Presiding(?: Officer)?|In the Chair)\s?:\s*/u;

function findPresiderLater(text: string): { name: string; index: number } | null {
  const presiding = EN_PRESIDING.exec(text);
  if (presiding) {
    const name = stripHonorifics(presiding[1].trim());
    if (name && /^\p{Lu}/u.test(name) && !/^(?:the|with|and|meeting|council|board)$/i.test(name) && looksLikeEnName(name)) return { name, index: presiding.index + presiding[0].lastIndexOf(name) };
  }
  // "called to order by the president, Pam Costa", "Call to order at 7:00 pm by President Knoup", "called to order at 6:00 p.m. on Tuesday, January 14, 2020 by President Mary Jones".
  // "chaired by the Acting Chairman of BNP, Mr. Tarek Rahman": the post may name its body after it.
  const chairedBy = text.match(/\b(?:chaired|presided(?: over)?|[Cc]all(?:ed)? to order(?:,?\s+(?:at|on)\b(?:[^.;]|\.(?=\S|\s+[a-z\d])){0,70}?)?)\s+by\s+(?:the\s+)?(?:(?:Board |Council |Commission |Committee |Village |Town |City |board |council |(?:[A-Z][\w&'’-]*\s+){1,3}(?:of\s+(?:[A-Z][\w&'’-]*\s+){1,3})?)?(?:Chair(?:man|person|woman)?|Mayor|President|Reeve|Warden|Speaker|chair(?:man|person|woman)?|mayor|president)(?:\s+of\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})?,?\s+)?((?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})/);
  // "called to order by the Punong Barangay Hon. Haydee J. Mabaga": a post, then the person's honorific.
  const postFirst = chairedBy && /^(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:Hon|Dr|Prof|Mr|Mrs|Ms|Shri|Smt|Sri|Cllr|Councillor)\.?\s/u.test(text.slice(chairedBy.index! + chairedBy[0].indexOf(chairedBy[1])));
  if (chairedBy && chairedBy.index !== undefined && (postFirst || /\b(?:Chancellor|Vice|President|Chair|Director|Principal|Mayor|Secretary|University|College|Institute|Board|Council)\b/.test(chairedBy[1]))) {
    // "presided over by the Vice-Chancellor Minhaj University Dr. Muhammad Nazir Roomani": the office, then the person.
    const after = text.slice(chairedBy.index + chairedBy[0].indexOf(chairedBy[1]), chairedBy.index + chairedBy[0].length + 80);
    const person = after.match(/\b(?:Hon|Dr|Prof|Mr|Mrs|Ms|Shri|Smt|Sri|Cllr|Councillor)\.?\s+((?:[A-Z]\.\s?)*[A-Z][\w'’-]+(?:\s(?:[A-Z]\.|[A-Z][\w'’-]+)){0,3})/);
    if (person && person.index !== undefined) return { name: person[1], index: chairedBy.index + chairedBy[0].indexOf(chairedBy[1]) + person.index + person[0].indexOf(person[1]) };
  }
  if (chairedBy && chairedBy.index !== undefined) {
    // The sentence's full stop is not part of the name; an initial's is ("Smith." but "J.").
    // "by Hon. Mary Okafor.", "by Rev. J. Cole": the title's full stop is no sentence's end either.
    const name = stripHonorifics(stripHonorifics(chairedBy[1].trim()).split(/(?<=[\w'’]{2})\.\s/)[0]).replace(/(?<=[\w'’]{2})\.$/, '');
    // "called to order by the Presiding Officer, Chair Marie Belagan": a post where the name should be; the person follows it.
    const postOnly = name && (EN_CHAIR_POST_ONLY.test(name) || isPost(name));
    if (postOnly) {
      const at = chairedBy.index + chairedBy[0].length;
      const person = enNameAt(text.slice(at, at + 80).replace(EN_POSTS_BEFORE_NAME, ''));
      if (person) return { name: person, index: text.indexOf(person, at) };
    }
    // "chaired by Mr" with nothing after the honorific names no one.
    else if (name) return { name, index: chairedBy.index + chairedBy[0].indexOf(chairedBy[1]) };
  }
  // "… was duly convened by Mr. Shane Smiley, President.": the one who convened it, named with the chair's post.
  const convened = EN_CONVENED_BY_CHAIR.exec(text);
  if (convened) return { name: convened[1], index: convened.index + convened[0].indexOf(convened[1]) };
  // "… with approximately 120 persons present. Chair: Peter Burnhill, President.": the chair's label after a sentence on the same line.
  const labelled = EN_CHAIR_LABEL_AFTER.exec(text);
  if (labelled) {
    const at = labelled.index + labelled[0].length;
    const person = enNameAt(text.slice(at, at + 80));
    if (person) return { name: person, index: text.indexOf(person, at) };
  }
  const named = enChairPhrase(text) ?? enChairInList(text) ?? enChairFirstInList(text) ?? meetingLedBy(text) ?? meetingOpenedBy(text) ?? electedChair(text);
  if (named) return named;
  const m = subjectBefore(text, /(?<=\s)(?:presided over|presided|chaired|took the chair|assumed the chair|was in the chair|in the chair|(?:acted|served) as (?:the\s+)?chair(?:man|person|woman)?|declared the meeting open(?:ed)?|conducted the (?:meeting|proceedings)|opened the meeting)\b/gi, 120);
  if (m) {
    // "A. Kibler (President) in the chair", "Perdi Mitchell (Vice President) acted as Chair": the post in brackets after the name goes.
    const toks = m[1].trim().replace(/[,;:]+$/, '').replace(/\s*\([^()]{1,40}\)$/, '').split(/\s+/);
    const tail: string[] = [];
    for (let i = toks.length - 1; i >= 0 && tail.length < 4; i--) {
      if (/^(?:[A-Z]\.?|(?:[A-Z]\.){2,3}|[A-Z][\w'’-]+)$/.test(toks[i]) && !/^(?:The|Meeting|Council|Committee)$/.test(toks[i])) tail.unshift(toks[i]);
      else break;
    }
    // With no capitalised word before the verb, only a masked name ("xxx presided") is one: "The meeting was
    // presided over by …" leaves "was", a verb, where the name should be.
    const name = tail.length ? stripHonorifics(tail.join(' ')) : /^(?:[xX×*＊]{2,}|\p{Lu}\p{Ll}+)$/u.test(toks[toks.length - 1]) ? toks[toks.length - 1] : '';
    if (!name || /^(?:the|and|meeting|who|which)$/i.test(name)) return null;
    // A post set off after the name ("Mr. Smith, President, presided"): the name before it.
    if (isPost(name) || isTitleWord(name)) {
      const person = enNameBefore(text.slice(Math.max(0, m.index - 60), m.index).replace(/[\s,]+$/, ''));
      return person ? { name: person, index: text.lastIndexOf(person, m.index) } : null;
    }
    return { name, index: m.index + m[0].lastIndexOf(name) };
  }
  return null;
}


// ---------- the chair named outside a label ----------

/** What ends a run-together Chinese label's value: the next numbered or labelled part. */
const ZH_NEXT_PART = /(?:[一二三四五六七八九十]{1,3}[、.．]|出席|列席|记录|纪录|地点|时间|请假|缺席|司仪|主持).*$/;
const ZH_SURNAME_TITLED = new RegExp(`^[\\u3400-\\u9fff]${ZH_TITLES}[\\u3400-\\u9fff]{1,2}$`);
const ZH_HONOURED_CHAIR = new RegExp(`(?<!副)主席\\s*([\\u3400-\\u9fff]{2,3}?)\\s*[,，]?\\s*(?:[A-Z]{2,3}\\b|${alt(ZH_CHAIR_HONOURS)})`);

/**
 * A 主席 label run into a line ("…地點:行政大樓主席:傅勝利校長出席:…", "五、主席:陳副主席介民六、紀錄:…"), or a
 * Hong Kong list run together with the chair first ("出席者主席林偉強BBS太平紳士副主席…").
 */
function zhChairLabel(text: string): { name: string; index: number } | null {
  const label = /(?<!副)(?:会议)?主席\s?[：:︰]\s*/.exec(text);
  if (label) {
    const from = label.index + label[0].length;
    const raw = text.slice(from, from + 12).replace(ZH_NEXT_PART, '').replace(/[\s，,、；;。(（].*$/, '');
    // "陳副主席介民": a council's style, the surname, the post, the given name; kept as printed.
    const name = ZH_SURNAME_TITLED.test(raw) ? raw : zhNameFrom(raw);
    if (name && (name === raw ? raw.length <= 6 : plausibleName(name))) return { name, index: from + Math.max(0, raw.indexOf(name)) };
  }
  const honoured = ZH_HONOURED_CHAIR.exec(text);
  if (honoured && plausibleName(honoured[1])) return { name: honoured[1], index: honoured.index + honoured[0].indexOf(honoured[1]) };
  return null;
}

const EN_NAME_TOKEN = /^(?:\p{Lu}\.?|(?:\p{Lu}\.){1,3}(?:\p{Lu}[\p{Ll}'’-]+)?|\p{Lu}[\p{L}'’-]+)$/u;
const EN_TITLE_WORDS = new Set([...EN_HONORIFICS, ...EN_PRESIDER.titles].map((w) => w.toLowerCase().replace(/\.$/, '')));
const EN_STOP_WORDS = new Set([...EN_NOT_A_NAME, ...EN_ROLES, 'item', 'items', 'action', 'apologies', 'minutes', 'welcome', 'was', 'who'].map((w) => w.toLowerCase()));
const bare = (t: string) => t.replace(/^[(["“]+|[)\]"”,;:]+$/g, '');
const isTitleWord = (t: string) => EN_TITLE_WORDS.has(bare(t).toLowerCase().replace(/\.$/, ''));

/** The name that opens `s` after any titles ("Engr. N.O. Oyelola. The …" → "N.O. Oyelola"), up to four words. */
function enNameAt(s: string): string | null {
  const toks = s.trim().split(/\s+/);
  let k = 0;
  while (k < toks.length && k < 4 && isTitleWord(toks[k])) k++;
  const out: string[] = [];
  for (; k < toks.length && out.length < 4; k++) {
    const t = toks[k];
    const word = t.replace(/[,;:]+$/, '').replace(/(?<=[\p{L}'’-]{2})\.$/u, '');
    if (!EN_NAME_TOKEN.test(word) || EN_STOP_WORDS.has(word.toLowerCase()) || postToken(word)) break;
    out.push(word);
    // A comma, or a full stop after a word (not an initial), ends the name.
    if (word !== t) break;
  }
  const name = out.join(' ');
  return out.length && looksLikeEnName(name) && !(out.length === 1 && out[0].length < 3) ? name : null;
}

/** The name that ends `s` ("Present Jeremy Nicholls", "Alderman M Koen Executive Mayor"), its post after it dropped. */
export function enNameBefore(s: string): string | null {
  const toks = s.trim().split(/\s+/);
  let k = toks.length - 1;
  while (k >= 0 && postToken(bare(toks[k]))) k--;
  const out: string[] = [];
  for (; k >= 0 && out.length < 4; k--) {
    const t = toks[k];
    if (/[:;,]$/.test(t) && out.length) break;
    const word = bare(t);
    if (!EN_NAME_TOKEN.test(word) || isTitleWord(word) || EN_STOP_WORDS.has(word.toLowerCase()) || postToken(word)) break;
    out.unshift(word);
    if (/^[:;,(]/.test(t)) break;
  }
  const name = out.join(' ');
  return out.length && looksLikeEnName(name) && !(out.length === 1 && out[0].length < 3) ? name : null;
}

const EN_BEFORE_CHAIR = new RegExp(`\\b${alt(EN_PRESIDER.before)}\\s*[:–-]?\\s*(?:the\\s+)?`, 'i');
// "Presiding Officer", "presiding member" name a post, not the act.
const EN_AFTER_CHAIR = new RegExp(`\\b${alt([...EN_PRESIDER.after, ...EN_PRESIDER.absolute])}\\b(?!\\s+(?:officer|member|judge|elder)s?\\b)`, 'i');
const EN_ABSOLUTE_CHAIR = new RegExp(`^${alt(EN_PRESIDER.absolute)}$`, 'i');

/** "under the chairmanship of X", "Chair of Meeting: X", "X … was nominated to chair the meeting". */
function enChairPhrase(text: string): { name: string; index: number } | null {
  const before = EN_BEFORE_CHAIR.exec(text);
  if (before) {
    const rest = text.slice(before.index + before[0].length);
    const name = enNameAt(rest);
    if (name) return { name, index: before.index + before[0].length + Math.max(0, rest.indexOf(name.split(' ')[0])) };
  }
  const after = EN_AFTER_CHAIR.exec(text);
  if (after) {
    // The person just before the phrase ("… elected Cllr Smith to chair the meeting"), else the sentence's subject.
    // An absolute phrase ("Mayor Wood presiding") has its person just before it, never the sentence's subject.
    const absolute = EN_ABSOLUTE_CHAIR.test(after[0]);
    const before = enNameBefore(text.slice(Math.max(0, after.index - 60), after.index));
    const name = absolute ? before : (before ?? enNameAt(text.slice(0, after.index).replace(/^[\s•*\-–]*(?:\d{1,2}[.)]\s*)?/, '')));
    if (name && text.indexOf(name) >= 0) return { name, index: text.indexOf(name) };
  }
  return null;
}

// The post may also follow a colon or a dash set off by spaces where it closes the entry ("1. Prof. G.C. Tripathi : Chairman 2. …",
// "… Vice-Chancellor – Chairperson", "Mr. N. Francis – Chairman/Cadeirydd"); a post so printed before a name or a colon heads something else.
const EN_LIST_CHAIR = new RegExp(`(?:[(\\[]\\s*(?:[A-Z]{1,4}\\s*[-–]\\s*)?|,\\s*(?:hon['’]ble\\s+)?(?:[A-Za-z-]+\\s*/\\s*)?)${alt(EN_PRESIDER.marks)}\\s*(?:[)\\]]|(?![\\w-]))|\\s[:–—-]\\s*${alt(EN_PRESIDER.marks)}(?=\\s*(?:$|\\n|[/;.]|\\d{1,2}[.)]\\s))`, 'gi');

/** A list of who attended that gives each post before its holder, the chair first: "Present: Chair, Dana Sansom, Treasurer, Nancy Fogg, …". */
const EN_CHAIR_FIRST = /\b(?:present|attendance|attending)\s*[:：]\s*(?:the\s+)?(?:chair(?:man|person|woman)?|presiding(?:\s+officer)?)\s*[,:–—-]\s*/i;

function enChairFirstInList(text: string): { name: string; index: number } | null {
  const m = EN_CHAIR_FIRST.exec(text);
  if (!m) return null;
  const at = m.index + m[0].length;
  const name = enNameAt(text.slice(at, at + 80));
  return name ? { name, index: text.indexOf(name, at) } : null;
}

/** The chair marked by a post after a name in a list no label introduced: "Present Jeremy Nicholls [Presiding Member] …", "Dr Leena Srivastava, Chairperson". */
function enChairInList(text: string): { name: string; index: number } | null {
  EN_LIST_CHAIR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EN_LIST_CHAIR.exec(text))) {
    const head = text.slice(Math.max(0, m.index - 80), m.index);
    const name = enNameBefore(head);
    if (name) return { name, index: text.lastIndexOf(name, m.index) };
  }
  return null;
}
