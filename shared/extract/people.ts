/** Reading persons out of attendance lists and presider phrases. */
import { splitList, uniq } from './lists';

const HONORIFIC = /^(?:cllrs?\.?|councillors?|councilor|mr\.?|mrs\.?|ms\.?|miss|dr\.?|prof\.?|sir|dame|rev\.?|the)\s+/i;
const ROLE_WORDS = '(?:chairman|chairwoman|chairperson|chair|vice[- ]chair(?:man)?|deputy chair(?:man)?|mayor|clerk|parish clerk|secretary|treasurer|rfo|minute taker|presiding)';
const ROLE_PAREN = new RegExp(`\\(\\s*${ROLE_WORDS}[^)]{0,20}\\)`, 'i');
const CHAIR_MARK = /\(\s*(?:chairman|chairwoman|chairperson|chair|presiding)\s*\)|[-–—]\s*(?:chairman|chairwoman|chairperson|chair)\b/i;

/** Drops titles and honorifics before an English name: "Cllr Mr G. Hotchkin" → "G. Hotchkin". */
export function stripHonorifics(s: string): string {
  let out = s.trim();
  for (let i = 0; i < 4 && HONORIFIC.test(out); i++) out = out.replace(HONORIFIC, '');
  return out;
}

/** True when the phrase looks like a personal name: initials and capitalised words, short. */
export function looksLikeEnName(s: string): boolean {
  const toks = s.split(/\s+/).filter(Boolean);
  if (toks.length === 0 || toks.length > 4) return false;
  return toks.every((t) => /^(?:[A-Z]\.?|[A-Z][a-z'’-]+|[A-Z][a-z]*[A-Z][a-z]+|x{2,}|X{2,})$/.test(t));
}

/** The name part of one attendance item, or null when the item is not a person. */
export function cleanEnPerson(item: string): { name: string | null; chair: boolean } {
  const chair = CHAIR_MARK.test(item);
  let s = item.replace(/\([^)]{0,40}\)/g, ' ').replace(/\s+/g, ' ').trim();
  // "the Clerk – Adrian Illingworth" / "G. Hotchkin – Chairman": keep the side that is a name.
  const dash = s.split(/\s+[-–—]\s+/);
  if (dash.length > 1) {
    const named = dash.map((p) => stripHonorifics(p)).find((p) => looksLikeEnName(p) && !new RegExp(`^${ROLE_WORDS}$`, 'i').test(p));
    s = named ?? dash[0];
  }
  s = stripHonorifics(s);
  // "Parish Clerk and RFO A M Hounsell": the trailing run of initials and capitalised words.
  if (!looksLikeEnName(s)) {
    const toks = s.split(' ');
    const tail: string[] = [];
    for (let i = toks.length - 1; i >= 0 && tail.length < 4; i--) {
      if (/^(?:[A-Z]\.?|[A-Z][a-z'’-]+)$/.test(toks[i]) && !new RegExp(`^${ROLE_WORDS}$`, 'i').test(toks[i])) tail.unshift(toks[i]);
      else break;
    }
    s = tail.length >= 2 ? tail.join(' ') : '';
  }
  if (new RegExp(`^${ROLE_WORDS}$`, 'i').test(s)) s = '';
  return { name: s && looksLikeEnName(s) ? s : null, chair };
}

/** English attendance text → names, and the chair when one is marked. */
export function readEnAttendance(value: string): { names: string[]; chair: string | null } {
  // The list ends at the first sentence break ("… (Clerk). Residents from …").
  const first = value.split(/(?<=[a-z)])\.\s+(?=[A-Z])/)[0];
  const items = first
    .split(/,|;|\s+and\s+|\s+&\s+/)
    .map((x) => x.trim())
    .filter(Boolean);
  const names: string[] = [];
  let chair: string | null = null;
  for (const it of items) {
    const { name, chair: isChair } = cleanEnPerson(it);
    if (!name) continue;
    names.push(name);
    if (isChair && !chair) chair = name;
  }
  return { names: uniq(names), chair };
}

/** Chinese attendance text → names/bodies as printed. */
export function readZhAttendance(value: string): string[] {
  const v = value.replace(/[（(][^）)]{0,30}[）)]/g, (m) => (/[、，,]/.test(m) ? m : '')).replace(/[。.]$/, '');
  return uniq(splitList(v, { spaces: true }).filter((x) => x.length >= 2 && x.length <= 40));
}

const ZH_TITLES =
  '(?:秘书长|副?书记|副?主任|副?县长|副?区长|副?市长|副?省长|副?镇长|副?乡长|副?院长|副?校长|副?局长|副?处长|副?科长|副?部长|副?厅长|副?主席|副?组长|副?所长|副?站长|副?总经理|副?经理|董事长|理事长|副?会长|常委|委员|负责人|同志|主委|代表|院士|教授|领导|区长|负责同志)';

/** The personal name in a phrase ending with it: "区政府代理区长毛志强" → "毛志强". */
export function zhNameFrom(phrase: string): string | null {
  let s = phrase.replace(/\s+/g, '').replace(/[，,、：:（(].*$/, '');
  s = s.replace(/同志$/, '');
  const re = new RegExp(ZH_TITLES, 'g');
  let cut = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) cut = m.index + m[0].length;
  let name = cut >= 0 ? s.slice(cut) : s;
  if (name.length > 4) name = name.slice(-3);
  if (!/^(?:[\u3400-\u9fff]{2,4}|[xX×＊*]{2,3}|某某)$/.test(name)) return null;
  return name;
}

/** Presider stated in a sentence: "会议由常务副院长乙军主持", "xxx presided over", "chaired by X". */
export function findPresider(text: string, lang: 'zh' | 'en'): { name: string; index: number } | null {
  if (lang === 'zh' || /[\u3400-\u9fff]/.test(text)) {
    const label = text.match(/主\s?持\s?人?\s?[：:]\s*([\u3400-\u9fffxX]{2,4}(?: [\u3400-\u9fff])?)/);
    if (label && label.index !== undefined) {
      const name = label[1].replace(/ /g, '').length <= 4 ? label[1] : label[1].slice(0, 3);
      return { name, index: label.index + label[0].indexOf(label[1]) };
    }
    const m = text.match(/(?:^|[，,。；;：:\s(（]|由)([^，,。；;：:\s]{2,40}?)(?:同志)?(?:在[^，,。；;]{1,30}?)?主持(?:召开|会议|了|。|，|,|$)/);
    if (m && m.index !== undefined) {
      let phrase = m[1].replace(/^(?:会议|本次会议|会)由?/, '').replace(/^由/, '');
      const at = phrase.indexOf('在', 2);
      if (at > 0) phrase = phrase.slice(0, at);
      const name = zhNameFrom(phrase);
      if (name) return { name, index: m.index + m[0].indexOf(name) };
    }
    return null;
  }
  const chairedBy = text.match(/\b(?:chaired|presided(?: over)?)\s+by\s+((?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][\w.'’-]*\s?){1,4})/);
  if (chairedBy && chairedBy.index !== undefined) {
    const name = stripHonorifics(chairedBy[1].trim());
    return { name, index: chairedBy.index + chairedBy[0].indexOf(chairedBy[1]) };
  }
  const m = text.match(/([^,.;:]{1,120}?)\s+(?:presided over|presided|chaired|took the chair|was in the chair)\b/);
  if (m && m.index !== undefined) {
    const toks = m[1].trim().split(/\s+/);
    const tail: string[] = [];
    for (let i = toks.length - 1; i >= 0 && tail.length < 4; i--) {
      if (/^(?:[A-Z]\.?|[A-Z][\w'’-]+)$/.test(toks[i]) && !/^(?:The|Meeting|Council|Committee)$/.test(toks[i])) tail.unshift(toks[i]);
      else break;
    }
    const name = tail.length ? stripHonorifics(tail.join(' ')) : toks[toks.length - 1];
    if (!name || /^(?:the|and|meeting|who|which)$/i.test(name)) return null;
    return { name, index: m.index + m[0].lastIndexOf(name) };
  }
  return null;
}

export { ROLE_PAREN };
