/**
 * Patterns that mark the parts of minutes, in Simplified and Traditional Chinese and English, built
 * from the lexicons' words (../lexicon).
 */
import { isListingLine } from '../text/listing';
import { alt } from '../lexicon/build';
import { ZH_DECIDE, ZH_MEETING, ZH_TITLE_MARKS, ZH_VIEW } from '../lexicon/zh';
import { EN_PRAYER_ENDS, EN_PRAYER_OPENS } from '../lexicon/en';

const DECIDE = alt(ZH_DECIDE);
const MEETING = alt(ZH_MEETING);

/** A line that is only the head of the decisions section ("会议议定事项如下：", "The meeting decided:"). */
export const DECISION_HEAD_ZH = new RegExp(
  `^(?:经|经过|經|經過)?(?:会议|会上|本次会议|會議|本次會議|会议经|經會議)?(?:认真|認真)?(?:提案|議案|议案)?(?:研究|讨论|討論|審議|审议|研究讨论|研究討論)?[，,]?${DECIDE}(?:了)?(?:以下|如下)?(?:事项|事項|意见|意見|内容)?(?:如下)?\\s*[：:。]?$`,
);
export const DECISION_HEAD_EN =
  /^(?:(?:the )?(?:meeting|committee|council|board|group)\s+)?(?:decided|agreed|resolved|decisions?(?: taken| made)?|resolutions?|agreed actions|action points|action items?|actions(?: agreed)?|decisions and actions|(?:agenda items?\s*(?:&|and)\s*)?motions?(?:\s*(?:&|and)\s*resolutions?)?|resolutions? (?:passed|adopted))(?: as follows| the following| that)?\s*[:：]?$/i;

/** A short line ending with a colon that names the decisions ("会议议程和议定事项：", "会上达成的决议："). */
export const DECISION_HEAD_LOOSE_ZH = /^[^，。；]{0,16}(?:议定|議定|决定|決定|决议|決議|确定事项|確定事項)[^，。；]{0,6}[：:]$/;
/** A paragraph that ends by saying decisions were made ("…统一认识并作出决定："): a weaker opening than a heading. */
export const OPENS_DECISIONS_MADE_ZH = /(?:作出|做出|形成|达成|達成)(?:了)?(?:以下|如下)?(?:的)?(?:决定|決定|决议|決議)[：:]$/;
/** A paragraph that ends by opening the decisions: "…，会议决定如下事项：", "…统一认识并作出决定：". */
export const OPENS_DECISIONS_ZH = new RegExp(`${/(?:议定|決定|决定|確定|确定|議定|决议|決議|明确)(?:了)?(?:以下|如下)(?:事项|事項|意见|意見)?(?:如下)?[：:]$|(?:议定|決定|决定|確定|确定|議定)(?:事项|事項)如下[：:。]?$/.source}|${OPENS_DECISIONS_MADE_ZH.source}`);

/** A paragraph that ends by saying the decisions follow: "… The following decisions were taken.", "… resolved as follows:". */
export const OPENS_DECISIONS_EN = /\b(?:the\s+following\s+(?:decisions|resolutions)\s+(?:were\s+)?(?:taken|made|adopted|passed|reached|agreed(?:\s+upon)?)|(?:decided|resolved|agreed)\s+as\s+follows)\s*[.:：]?\s*$/i;

/** Views of the meeting: 会议认为/指出/强调; "The meeting held/emphasized/pointed out". */
export const VIEW_ZH = new RegExp(`^${MEETING}(?:一致)?${alt(ZH_VIEW)}`);
export const VIEW_EN = /^(?:the )?(?:meeting|committee|council|conference) (?:held|holds|emphasi[sz]ed|stressed|pointed out|noted|believed|believes|considered|informed|analy[sz]ed|recognized|recognised)\b/i;

/** A prayer's address opening its line ("Almighty God,"), and its close ("Amen."). */
export const PRAYER_OPENS_EN = new RegExp(`^[\\s•*-]*${alt(EN_PRAYER_OPENS)}\\b[,.!:;]?`, 'i');
export const PRAYER_ENDS_EN = new RegExp(`\\b${alt(EN_PRAYER_ENDS)}[.!]?["”]?\\s*$`, 'i');

/** Head of the requirements section ("会议要求：", "Meeting requirements:"). */
export const REQUIREMENT_HEAD = /^(?:(?:会议|會議)(?:还|並|并)?(?:要求|提出要求)(?:如下)?|(?:meeting )?requirements?(?: of the meeting)?)\s*[：:]?$/i;
export const REQUIREMENT_ZH = /^(?:会议|會議)(?:还|再次|进一步)?要求/;

/** An outcome inside a topic: "会议议定：原则同意", "经会议研究，原则通过", "会议同意…". */
export const OUTCOME_ZH =
  /(?:会议|會議|会上[，,]?)(?:研究|审议|審議|讨论|討論|审定|審定|研究讨论)?(?:并|並)?(?:原则|原則)?(?:议定|决定|同意|确定|明确|通过|批准|議定|決定|確定|通過)|议定[：:]|議定[：:]|原则(?:同意|通过|上同意)|原則(?:同意|通過)|经(?:会议)?(?:研究|讨论|审议)[^。]{0,6}(?:同意|通过|决定)|會議決議|决议[：:]|決議[：:]/;

/** The title's own minutes marker. */
export const TITLE_MARK_ZH = new RegExp(alt(ZH_TITLE_MARKS));
/** A model-essay or template site's label, not a document's own title. */
export const SITE_LABEL = /(?:范文|範文|精选|精選|大全|模板|范例|範例|例文|样本|樣本|写作|寫作|写法|寫法|格式|怎么写|怎麼寫|范本|範本)(?:[（(].{0,10}[）)])?$/;
/** "Minutes", not a duration ("15 minutes", "two minutes", "a few minutes"; a date before it, "2021-04-20 Minutes", is none); the singular of notes written in English as a second language ("Meeting Minute - data team", "Minute of the Meeting"), and the Scots "Minute of A.G.M. held in the Pavilion". */
export const TITLE_MARK_EN = /(?<!(?:(?:^|[^\d./:-])\d{1,3}|\b(?:a few|few|several|many|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|forty-five|sixty|ninety))[\s-]{0,3})\bminutes\b(?!['’]?\s+silence\b)|\bnotes (?:of|from) (?:the |a )?(?:[\w' -]{0,60})?meeting\b|\bmeeting notes\b|\bmeeting minute\b|\bminute of (?:the |a |an )?(?:[\w' .-]{0,40})?(?:meeting\b|a\.?g\.?m(?:\.|\b)|e\.?g\.?m(?:\.|\b))|\baction notes\b|\brecord of (?:the )?meeting\b|\bmeeting summary\b|\bsummary (?:of|from) (?:the |a )?(?:[\w' -]{0,60})?meeting\b|\bsummary record\b|\brecord of proceedings\b|^\s*proceedings of (?:the |a )?[\w' ,.-]{0,100}?\b(?:meeting|session)\b/i;

/** A body line that says "the following is the summary" (现纪要如下). */
export const SUMMARY_INTRO = /纪要如下|紀要如下|现纪要|現紀要|纪要于下|summary is as follows|minuted as follows|recorded as follows/i;

/** A note page's table of contents: a link to a place on the page itself, alone on its line ("[Meeting Notes](#meeting-notes)"). */
export const TOC_LINE = /^(?:[-*+]\s+|\d{1,2}\.\s+)?\[[^\]\n]{1,80}\]\(#[^)\s]{0,80}\)\s*$/;

/** Page furniture: breadcrumbs, "related" lists, share/print links, copyright lines. */
export const CHROME = [
  /^(?:当前位置|您的位置|您现在的位置|现在位置|所在位置|位置)\s*[：:]/,
  /^(?:recommended|popular|related|latest|more|hot|top)\s+(?:articles?|posts?|news|stories|reading|items?)\b/i,
  /^(?:you are here|you're here)\b/i,
  /^[【[]?(?:推荐阅读|相关阅读|相关文章|相关链接|热门文章|热门推荐|热点推荐|猜你喜欢|精彩推荐|延伸阅读|最新文章|上一篇|下一篇|上一条|下一条|返回顶部|打印本页|关闭窗口|关闭本页|打印|关闭|分享到|收藏本页|加入收藏|字体|字号)[】\]]?/,
  /^(?:previous|next)(?: article| post| page)?\s*[:：]/i,
  /版权所有|\bcopyright\b|©|ICP[备證证]|网站标识码|公网安备|技术支持[：:]|网站地图|联系我们|\ball rights reserved\b|privacy policy|cookie/i,
  /^(?:share|print|email|tweet|back to top|skip to (?:main )?content|menu|search)$/i,
  // A link back to the site's listing ("[Back to Eagle Township Minutes & Agendas page]", "« Return to Meetings"):
  // it names the page it leads to, never the record.
  /^(?:[[(«<‹←]\s*(?:back|return|go back)\s+to\b[^\n]{0,80}|(?:back|return|go back)\s+to\s+(?:the\s+)?(?:[\w&'’ -]{0,50}\s)?(?:page|top|index|list(?:ing)?|home(?:page)?|calendar|menu|archives?|minutes|agendas?|meetings?))[.!]?$/i,
  TOC_LINE,
  // A link's own words ("To view the Minutes … in PDF form, please CLICK HERE.", "Click here to download the document"),
  // or a viewer's note in its place ("Your browser does not support viewing this document."): never a title or an item.
  /^(?:(?:to|or to)\s+(?:view|read|see|open|download|access)\b[^\n]{0,120}?,?\s+(?:please\s+)?click\s+here\b|click\s+here\b|your browser does not support\b)[^\n]{0,80}$/i,
  // A document-sharing site's particulars of the file it shows ("Total Page:16", "File Type:pdf, Size:1020Kb", "Embed Size (px)").
  /^(?:total pages?\s*:\s*\d+|pages?\s*:\s*\d+|file type\s*:\s*\w+(?:,\s*size\s*:\s*[\d.]+\s*[kmg]?b)?|(?:embed\s+)?size\s*(?::\s*(?:\d+\s*)?px|\(px\))|transcription|continue reading|views?\s*:\s*\d+\s*times|share this document with a friend)$/i,
  // A document site's name for the file, stamped with its own ("AGM_2009_14 Powered By Docstoc"): the document's heading follows.
  /\b[Pp]owered [Bb]y\s+[A-Z][\w.-]*\s*$/,
  // A site's navigation word alone on its line, above the document.
  /^(?:home|news|about(?: us)?|contact(?: us)?|login|log in|sign in|register|sitemap|loading\.{0,3}|首页|網站首頁|网站首页|返回首页|设为首页|新闻中心|無障礙|无障碍)$/i,
  /【\s*(?:字体|字号)\s*[：:]?\s*大\s*中\s*小\s*】|【\s*大\s*中\s*小\s*】/,
  // A photo's caption between a story's paragraphs ("图为召开第一届理事会…会议"): no heading, no item.
  /^[(（【[]?(?:图为|圖為)/,
  // A post's dateline ("Published 12 June 2024 · News team", "Posted on May 3, 2023 by admin"): it dates the upload, not a meeting.
  /^(?:(?:first |date )?(?:posted|published)|(?:last )?(?:updated|modified)|uploaded)(?: on| at)?\s*[:：]?\s*(?:\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)[^\n]{0,100}$/i,
  // A post's stamp: a day with its clock time and the post's particulars (author, source, views), on a short
  // line that names no meeting ("原创 县政府办 2024-06-12 10:30 发表于河北"); a day and time alone may be the meeting's.
  /^(?!.*(?:会议|會議|召开|召開|时间[：:]|時間[：:]|日期[：:]|\bmeeting\b))(?=.*(?:原创|原創|发表于|發表於|发布于|發佈於|来源|來源|作者|编辑|編輯|阅读|閱讀|\bby\b|\bviews?\b|[·|｜])).{0,30}(?:19|20)\d{2}(?:[-./]\d{1,2}[-./]\d{1,2}|年\d{1,2}月\d{1,2}日)\s*\d{1,2}:\d{2}(?::\d{2})?(?!\s*(?:[ap]\.?m\b|时|時))[^\n]{0,24}$/i,
  // An English byline of parts set off by "·", one of them a day: "County News · 12 June 2024 · 3 min read"
  // (not "|", which sets off a table's cells: "CB | Renew the insurance | 1 June 2021").
  /^(?!.*\b(?:meeting|minutes)\b)(?=[^·]{0,60}·)(?:[^·]{0,60}·\s*)*?\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}\b[^\n]{0,60}$/i,
];

export function isBreadcrumb(text: string): boolean {
  // Two or more ">"-like separators between short words: "Home > News > Minutes".
  let n = 0;
  const re = /\s[>»›]\s|\s?[>»›]{1,2}\s|\s＞\s|＞/g;
  while (re.exec(text)) n++;
  return n >= 2 && text.length < 200;
}

export function isChrome(text: string): boolean {
  // Furniture is short; a long line that mentions "copyright" is body text.
  if (text.length > 160) return false;
  return isBreadcrumb(text) || CHROME.some((re) => re.test(text)) || isListingLine(text);
}

/**
 * A head over the motions a body passed, listed below it: "会议审议并通过了如下议案", "董事会审议通过以下议案：",
 * "本次會議討論通過了下列事項". Its items are the decisions, as under "会议议定如下：".
 */
export const APPROVED_LIST_HEAD_ZH = /^(?:会议|會議|本次会议|本次會議|董事会|董事會|监事会|監事會|理事会|理事會|大会|大會|常委会|常委會)?(?:审议|審議|讨论|討論|表决|表決)?(?:并|並)?(?:通过|通過)(?:了)?(?:以下|如下|下列)(?:议案|議案|事项|事項|决议|決議|内容|內容)(?:如下)?[：:。]?$/;
