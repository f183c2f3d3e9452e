import { t, type MessageKey } from '../i18n';

/**
 * The extractor (shared/extract) and the capture give their reasons and warnings as English
 * sentences, for logs and the CLI. The Capture view shows them in the UI language: each known
 * sentence maps to a message in _locales, its figures and quoted words carried over. One not
 * known here is said generically rather than in English.
 */
const NOTES: { re: RegExp; key: MessageKey }[] = [
  // Why a page is not minutes.
  { re: /^a list of (\d+) minutes, not one document$/, key: 'noteList' },
  { re: /^(?:a model text|model texts)/, key: 'noteModelText' },
  { re: /^an official notice or letter addressed to other bodies/, key: 'noteNotice' },
  { re: /^a news report about a meeting/, key: 'noteNews' },
  { re: /^an agenda without outcomes/, key: 'noteAgenda' },
  { re: /^a page of agendas and minutes/, key: 'noteIndexPage' },
  { re: /^no marks of minutes/, key: 'noteNoMarks' },
  { re: /^too few marks of minutes/, key: 'noteFewMarks' },
  { re: /^the page holds no (readable content|text)$/, key: 'noteNoText' },
  { re: /^a template with blanks to fill in/, key: 'noteTemplate' },
  { re: /^a form to fill in/, key: 'noteForm' },
  { re: /^a set of rules for meetings/, key: 'noteRules' },
  { re: /^a circular or letter passing on decisions/, key: 'noteCircular' },
  { re: /^a notice (?:of a meeting|\(通知\))/, key: 'noteMeetingNotice' },
  { re: /^a (?:guide to (?:minutes|writing 纪要)|writing guide or template page)/, key: 'noteGuide' },
  { re: /^a summary of a hearing in reported speech/, key: 'noteHearing' },
  { re: /^an account of a meeting that says it is not the official record/, key: 'noteNotRecord' },
  { re: /^a request for instructions/, key: 'noteRequest' },
  { re: /^a reply \(批复\)/, key: 'noteReply' },
  { re: /^a report \(报告\/通报\)/, key: 'noteReport' },
  { re: /^a policy document/, key: 'notePolicy' },
  { re: /^a letter \(函\)/, key: 'noteLetter' },
  { re: /^a briefing/, key: 'noteBriefing' },
  { re: /^a speech/, key: 'noteSpeech' },
  { re: /^a work summary or plan/, key: 'noteWorkPlan' },
  { re: /^a decision or communiqué/, key: 'noteDecisionDoc' },
  { re: /^(extraction failed|the extracted record did not validate|the page could not be read|no tab to capture)/, key: 'noteFailed' },
  // What the extraction could not place.
  { re: /^no content block found; the whole page was read$/, key: 'noteWholePage' },
  { re: /^content read from an embedded frame$/, key: 'noteFrame' },
  { re: /^no title line found$/, key: 'noteNoTitle' },
  { re: /^no meeting date found$/, key: 'noteNoDate' },
  { re: /^the meeting date has no year$/, key: 'noteNoYear' },
  { re: /^no decisions found$/, key: 'noteNoDecisions' },
  { re: /^no decisions section: the numbered items/, key: 'noteItemsAsDecisions' },
  { re: /^no decisions section: sentences/, key: 'noteSentencesAsDecisions' },
  { re: /^no decision names who is to act on it$/, key: 'noteNoAssignees' },
  { re: /^(\d+) of (\d+) decisions name no one to act on them$/, key: 'noteSomeUnassigned' },
  { re: /^no presider or attendance list found$/, key: 'noteNoAttendance' },
  { re: /^the deadline "(.*)" could not be turned into a date$/, key: 'noteDeadline' },
  { re: /^no distribution list/, key: 'noteNoRecipients' },
];

/** A reason or warning from the extraction, in the UI language. */
export function noteText(raw: string): string {
  for (const { re, key } of NOTES) {
    const m = re.exec(raw.trim());
    if (m) return t(key, m.slice(1));
  }
  return t('noteOther');
}
