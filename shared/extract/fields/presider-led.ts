/**
 * The chair named by what the person did to the meeting, in words other than "chaired": "The meeting
 * was led by Anna Makarudze.", "The call was facilitated by Dr. Jo Bloggs", "Meeting moderated by
 * John Smith", and the same words opening a line ("Chaired by John Smith", "Facilitated by …").
 * "Led by" alone is no chair ("a discussion led by …"): the meeting, call or session must be its object.
 */
const NAME = String.raw`((?:(?:Mr|Mrs|Ms|Dr|Prof|Cllr|Councillor|Rev|Hon)\.?\s)?\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3})`;
const MEETING_LED = new RegExp(String.raw`\b(?:meeting|call|session)\s(?:was\s)?(?:led|facilitated|moderated|hosted|run)\sby\s(?:the\s)?(?:(?:chair(?:man|person)?|president|facilitator|moderator),?\s)?${NAME}`, 'iu');
const LINE_LED = new RegExp(String.raw`^[•*\-\s]{0,4}(?:Chaired|Led|Facilitated|Moderated|Presided over)\sby\s(?:the\s)?${NAME}`, 'u');

export function meetingLedBy(text: string): { name: string; index: number } | null {
  const m = MEETING_LED.exec(text) ?? LINE_LED.exec(text);
  if (!m || m.index === undefined) return null;
  // A sentence's full stop after the name is not part of it; an initial's is ("J.").
  const name = m[1].replace(/(?<=[\p{Ll}'’]{2})\.$/u, '').trim();
  if (/^(?:The|This|All|Each|Members?|Staff|Council|Board|Committee)$/.test(name)) return null;
  return { name, index: m.index + m[0].lastIndexOf(m[1]) };
}
