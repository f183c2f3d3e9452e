/** What a responsible body or person looks like, in Chinese and English. */
import { alt } from '../lexicon/build';
import { ZH_BODY_SHORTHANDS, ZH_UNIT_ENDS, ZH_ORG_ENDS } from '../lexicon/zh';
import { EN_UNIT_ENDS } from '../lexicon/en';

/** Ends like a Chinese body, an office holder or a group of staff. */
export const ZH_UNIT_END = new RegExp(`${alt([...ZH_UNIT_ENDS, ...ZH_BODY_SHORTHANDS])}$`);

export const ZH_ORG_END = new RegExp(`${alt(ZH_ORG_ENDS)}$`);

/** English bodies and office holders that can be made responsible. */
export const EN_UNIT_END = new RegExp(`\\b${alt(EN_UNIT_ENDS)}$`);

export function isZhUnit(s: string): boolean {
  const t = s.replace(/\s+/g, '');
  return t.length >= 2 && t.length <= 30 && ZH_UNIT_END.test(t) && !/^(?:会议|本次会议|会上|各项|工作|问题)/.test(t);
}

/** A short personal name: two to four ideographs and no function words. */
export function isZhName(s: string): boolean {
  const t = s.replace(/\s+/g, '');
  return /^[\u3400-\u9fff]{2,4}$/.test(t) && !/[的了和及与在对将把要应按据等中上下]/.test(t);
}
