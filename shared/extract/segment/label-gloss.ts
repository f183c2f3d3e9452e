/**
 * Chinese labels printed with their English beside them, as bilingual pages and open-source
 * communities' notes print them: "与会人(Attendees)：", "主持人（Host）：", "出席者 Present：",
 * "Present 出席：", and a note page's heading "## 与会人(Attendees)" or "## 参会人员" with the
 * names on the lines below. The label is read by its Chinese words; the English is a gloss.
 */
import { HASHES } from '../text/markup';

/** The gloss in brackets after the words: "(Attendees)", "（Host）" (the closing bracket may be read off with the colon's lead). */
const BRACKET_GLOSS = /^([\u4e00-\u9fff]{1,10})[ \t]{0,2}[(（][ \t]{0,2}[A-Za-z][A-Za-z .&/'-]{0,30}[)）]?$/;
/** The gloss set off by a space after or before the words: "出席者 Present", "Present 出席者". */
const SPACED_GLOSS_AFTER = /^([\u4e00-\u9fff]{1,10})[ \t]{1,3}[A-Za-z][A-Za-z .&/'-]{0,30}$/;
const SPACED_GLOSS_BEFORE = /^[A-Za-z][A-Za-z .&/'-]{0,30}?[ \t]{1,3}([\u4e00-\u9fff]{1,10})$/;

/** The Chinese words of a label glossed in English; null when the label carries no gloss. */
export function unglossedLabel(raw: string): string | null {
  const t = raw.trim();
  const m = t.match(BRACKET_GLOSS) ?? t.match(SPACED_GLOSS_AFTER) ?? t.match(SPACED_GLOSS_BEFORE);
  return m ? m[1] : null;
}

const HEADING_ALONE = new RegExp(`^[ \\t]{0,3}${HASHES}(?:[ \\t]{1,3}|(?=[\\u3400-\\u9fff]))(\\S[^\\n]{0,40}?)[ \\t]{0,3}[：:]?[ \\t]{0,3}$`);

/** A heading's text ("## 与会人(Attendees)", "### 参会人员", "## 一、参会人员") that is a label alone: its words, the names below it. */
export function headingLabelWords(text: string): string | null {
  const m = text.match(HEADING_ALONE);
  if (!m) return null;
  // Its section's number goes with the heading, not the label: "## 一、参会人员".
  const words = m[1].replace(/[*_]{2}/g, '').trim().replace(/^[一二三四五六七八九十]{1,3}[、.．]\s*/, '');
  return unglossedLabel(words) ?? (/^[\u4e00-\u9fff]{2,10}$/.test(words) ? words : null);
}
