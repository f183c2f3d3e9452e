/**
 * A meeting's resolutions published (…第N届董事会第N次会议决议公告, 監事會會議決議): the body's own
 * record of the meeting (test/pages/LABELS.md), often read cut short (a cached or search-result
 * copy keeps the heading and the meeting's particulars, not yet the resolutions) or with its
 * header lost. What only the record has: the numbered meeting's resolutions named in its heading,
 * who attended counted against who was due, the chair who presided, the date it was held on.
 * A notice calling a meeting counts no one and names it to come; a guide's model masks its figures.
 */
import type { Segmented } from '../segment/segment';
import { alt } from '../lexicon/build';
import { ZH_COUNTED } from '../lexicon/zh';

const NUM = '[\\d一二三四五六七八九十百零〇两]';
/**
 * "公司第五届董事会第六次会议决议公告", "2023年第一次临时股东大会决议", "第十届監事會第十二次會議決議":
 * a numbered meeting's resolutions as a heading line, a site's date or download link after it at most.
 */
const HEADING_ZH = new RegExp(`第${NUM}{1,4}次[^，。；;,\\n]{0,16}?[会會][议議]?(?:决议|決議)(?:公告|公示)?(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|下载公告|下載公告|下载|下載|PDF)?$`);
/** "应出席董事9人，实际出席董事9人", "應到34人，請假6人，實到28人": who was due, then who came, counted. */
const COUNTED_ZH = new RegExp(`${alt(ZH_COUNTED.due)}[^，。；\\n]{0,12}?${NUM}{1,4}\\s?(?:人|名|位)[^。；\\n]{0,30}?${alt(ZH_COUNTED.present)}`);
/** "会议由董事长李某先生主持", "本次会议由监事会主席王某召集并主持": the chair named, the meeting held. */
const PRESIDED_ZH = /(?:会议|會議)由[^，。；\n]{2,30}?主持/;
/** "五、主席：鄭建信", "主持人：王某": the chair named on the header's label line. */
const CHAIR_LABEL_ZH = /(?:^|\n)[ \t]{0,4}(?:[一二三四五六七八九十]{1,2}、)?(?:主[ \t]?席|主持人?)[ \t]{0,2}[：:][ \t]{0,2}[\u4e00-\u9fff]{2,}/;
/** "一、時間：中華民國100年6月10日", "时间：2019年5月29日": the header's date, with figures (a guide masks them). */
const DATED_LABEL_ZH = /(?:^|\n)[ \t]{0,4}(?:[一二三四五六七八九十]{1,2}、)?(?:[时時][ \t]?[间間]|日[ \t]?期|[开開][会會][时時][间間])[ \t]{0,2}[：:][^\n]{0,12}?\d{1,4}[ \t]{0,2}年[ \t]{0,2}\d{1,2}[ \t]{0,2}月/;
/** "…会议于2017年4月6日在公司…召开": held on a date (one "定于"/"将于" would set is to come). */
const HELD_ON_ZH = /(?<![定将將拟擬])[于於][\s]{0,2}\d{4}[\s]{0,2}年[\s]{0,2}\d{1,2}[\s]{0,2}月[\s]{0,2}\d{1,2}[\s]{0,2}日[^。；\n]{0,60}?(?:召开|召開|举行|舉行)/;

/** The page's own first lines: the heading stands among them (under a portal's ticker or a search result's line). */
const ownHead = (seg: Segmented): string[] =>
  seg.lines
    .filter((l) => l.kind !== 'chrome')
    .slice(0, 12)
    .map((l) => l.text.replace(/\s+/g, ''))
    .filter((t) => t.length <= 80);

/** A numbered meeting's resolutions named by a heading line among the page's first lines. */
export const resolutionHeading = (seg: Segmented): boolean => seg.lang === 'zh' && ownHead(seg).some((t) => HEADING_ZH.test(t));

/** Who attended counted against who was due. */
export const countedAttendance = (seg: Segmented): boolean => seg.lang === 'zh' && COUNTED_ZH.test(seg.text);

/**
 * The meeting's published record, read without its resolutions (cut short) or without its heading
 * (header lost): the resolutions' heading with one mark of the meeting held, or, headless, who
 * attended counted with the chair or the date it was held on. Never a heading alone.
 */
export function resolutionRecord(seg: Segmented): boolean {
  if (seg.lang !== 'zh') return false;
  const counted = countedAttendance(seg);
  const presided = PRESIDED_ZH.test(seg.text) || CHAIR_LABEL_ZH.test(seg.text);
  const heldOn = HELD_ON_ZH.test(seg.text) || DATED_LABEL_ZH.test(seg.text);
  // Under the heading, the dated label is left out: a portal prints its own posting time so ("时间:2025年10月30日 21:46").
  if (resolutionHeading(seg)) return counted || presided || HELD_ON_ZH.test(seg.text);
  return counted && (presided || heldOn);
}

/** "…领导小组于11月10日组织召开会议，研究…，最终形成以下决议：" : the meeting held, told before its resolutions. */
const HELD_THEN_RESOLVED_ZH = /(?:召开|召開)[^。]{0,40}?(?:会议|會議)[^。]{0,200}?(?:形成|作出|作如下|通过)[^。]{0,6}?(?:决议|決議)/;
/** An item told in the meeting's voice: "会议原则同意…", "会议要求：". */
const MEETING_VOICE_ZH = /(?:^|\n)\s*(?:[一二三四五六七八九十]{1,2}[、.．]\s*)?(?:会议|會議)(?:原则|原則)?(?:同意|决定|決定|要求|议定|議定|认为|認為)/;

/**
 * A resolution titled "关于…的决议" that tells the meeting held and speaks its items as the meeting
 * ("会议原则同意…"): that meeting's own record of its outcome, not a decision issued apart from it.
 */
export const meetingResolution = (seg: Segmented): boolean => seg.lang === 'zh' && HELD_THEN_RESOLVED_ZH.test(seg.text.slice(0, 600)) && MEETING_VOICE_ZH.test(seg.text);
