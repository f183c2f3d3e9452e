/**
 * How a value is compared with its label (the shared corpus's score.mjs rules): width-folded, no
 * spaces, one kind of bracket, no quotes, no leading or trailing punctuation, lower case. The
 * regression scorer and the line labels of shared/extract/learn read values the same way.
 */
export function compareKey(s: unknown): string {
  return String(s ?? '')
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[〔［【（[(]/g, '[')
    .replace(/[〕］】）\])]/g, ']')
    .replace(/[“”"‘’'`]/g, '')
    .replace(/^[:：,，.。;；、]+|[:：,，.。;；、]+$/g, '')
    .toLowerCase();
}

const LEAD_NUMBER = /^(\[?[0-9一二三四五六七八九十]+\]?[.、．:：]?|[①-⑳]|第[一二三四五六七八九十]+[、,，]?|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)[,.:]?)/i;

/** A decision's text without its item number, as decisions are matched. */
export const stripLeadNumber = (s: string): string => s.replace(LEAD_NUMBER, '');
