/**
 * A body's record told as one running paragraph: "5月21日上午，区政协召开…主席会议。X主持，Y出席会议。会议听取A
 * 关于…方案的汇报。会议原则同意上述方案，要求… 会议听取B关于…的汇报。会议同意…". Each report the meeting heard
 * opens an item, its outcome after it, even with no "了" after 听取; and the record's opening (when it met,
 * who presided and attended) is no part of the first item, which starts at the meeting's first act
 * ("…主席团举行第一次会议。会议以举手表决的方式，通过了…").
 */

/** "会议听取A关于…的汇报", "会议还听取了…情况的通报": a report heard, opening an item. */
export const HEARD_REPORT = /^(?:会议|會議)(?:还|還|又|首先|先后|先後|随后|隨後|最后|最後)?(?:听取|聽取)[^。；;]{2,120}?(?:汇报|匯報|报告|報告|通报|通報|说明|說明)/;

/** What a record's opening says: the meeting held, who presided and attended. */
const OPENING = /召开|召開|举行|舉行|主持|出席|列席|参加会议|參加會議/;

/** Whether the text before an item's first act is the record's opening rather than the item's topic. */
export function isRecordOpening(text: string): boolean {
  return OPENING.test(text) && !/^(?:关于|關於)/.test(text.trim());
}
