/**
 * A dated meeting's record that lists who was present and who sent apologies, its outcomes unread
 * (a guide district's notes: "Hazelwood and Churchill Girl Guide District 9th September 2008" /
 * "Present—Debbie, Meagan, Nadine, Susan" / "Apologies – Sadie, Michelle" / reports). An agenda or
 * a notice names no one present; only a meeting held does, and the apologies are its record's own.
 */
import { alt } from '../lexicon/build';
import { EN_LABELS } from '../lexicon/en';
import type { FieldEvidence } from './structure';

/**
 * An apologies or absence line with names after it ("Appologies – Sadie, Michelle", "Absent: J. Roe",
 * "Members Excused:" over its names), the absence labels of the lexicon.
 */
const APOLOGIES = new RegExp(`^[ \\t]*(?:(?:members|directors|trustees|councillors|board members|committee members)\\s+)?(?:ap+olog(?:ies|y)|${alt(EN_LABELS.absence)})(?:\\s+for absence)?\\s*(?:from\\s*)?[:：—–-]\\s*\\S`, 'im');

export function presentAndApologies(text: string, ev: FieldEvidence): boolean {
  return ev.attendees >= 2 && !!ev.dated && APOLOGIES.test(text);
}
