/**
 * Why a title read from a sure marker may still be wrong: the line carries something besides the
 * title (a site's breadcrumb, a download link's words, an image's file name and size, an address),
 * or it is a bare "Minutes" / 会议纪要 naming no meeting while the meeting is named elsewhere. Such a
 * title is a reading for the clerk to check, whatever found it.
 */

/** An address, a file's name or size, a link's words: "red.gif (986 個位元組)", "Click here to download". */
const LINE_CHROME =
  /https?:\/\/|\bwww\.|\.(?:gif|png|jpe?g|bmp|pdf|docx?|xlsx?|wps)\b|\(\s*\d[\d,]*\s*(?:bytes?|KB|MB|個位元組|个字节|字节|位元組)\s*\)|\bclick here\b|\bdownload\b|下[载載]|附件[:：]/i;
/** A breadcrumb's separators between words: "資料下載區 / 106學年度…", "Home > Minutes". */
const BREADCRUMB = /\S\s+(?:\/|>|»|›|＞|\|)\s+\S|[»›]/;
/** A heading that is only the minutes mark, perhaps with its status ("Approved minutes", "Redacted minutes*"). */
const BARE_MARK = /^\s*(?:(?:(?:draft|approved|unapproved|redacted|final|confirmed|signed|adopted)\s+)?(?:meeting\s+)?minutes\*?(?:,\s*etc\.?)?|notes|[会會][议議](?:[纪紀]要|[记紀記][录錄])|[纪紀]要|[记紀記][录錄])\s*[:：.]?\s*$/i;

/**
 * A site's section naming kinds of papers ("Agenda and minutes", "Agendas, reports and minutes"), or a
 * file's heading over several meetings ("Minutes from 2020 … Meetings", "Meeting Recordings 会议记录",
 * "会议记录（全）"): the page's own heading, which may or may not be the meeting's title.
 */
const PAPER_KINDS = /^\s*(?:agendas?|reports?|minutes|papers|documents|decisions)(?:\s*(?:,|\band\b|&)\s*(?:agendas?|reports?|minutes|papers|documents|decisions))+\s*$/i;
const MANY_MEETINGS = /\bmeetings\b|\brecordings\b|[（(]全[)）]/i;

/** A heading opening on a word in lower case ("agenda for these minutes", "october 21, 2013 minutes"): a link's or a file's words as often as a title. */
const LOWER_START = /^\s*\p{Ll}{2,}\s/u;

/** A heading run on into the particulars under it ("… Meeting: Minutes Date: Thursday 23 April"), or a street address on its line ("1250 Union Road Minutes #2016-08"). */
const RUN_INTO_PARTICULARS = /\S\s+(?:Date|Time|Venue|Place|Location|Present|Attendees?)\s*:|\b\d{1,5}\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:Road|Street|Avenue|Ave|St|Rd|Drive|Lane|Boulevard|Blvd|Parkway|Highway)\b/u;

/**
 * A file's name standing for the title, its words joined by hyphens or underscores ("meeting-minutes",
 * "FATE-sigInterOP-minutes-20220316"), or a sharing site's uploader after it ("… Board Meeting Minutes by liwenting", "… by SayreW").
 */
const FILE_NAME = /^\s*[\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+)+\s*$|\sby\s+(?:[a-z][a-z0-9_]{3,}|(?=[A-Za-z0-9_]*(?:[a-z][A-Z]|\d))[A-Za-z0-9_]{4,})\s*$/u;

/**
 * An item of business on minutes rather than a heading ("Approval of September minutes with changes …",
 * "Minutes Approved at 11:10 AM" in a record logging each item's time), a site's words about its papers
 * ("Latest Minutes Available: February 2020", "Printable Version Of …", "Archived Council Meeting Minutes",
 * "Print Minutes Minutes Packet Return"), a heading over a year's minutes ("2011 Meeting Minutes"), or a
 * form's key before the words ("Topic: Minutes from …"): each found where a title is looked for, none sure to be it.
 */
const MINUTES_ITEM = /\b(?:approval|adoption|confirmation|corrections?)\s(?:(?:and|&)\s\w{1,12}\s)?of\s(?:the\s)?(?:[\w'’-]{1,20}\s){0,2}minutes\b|\bminutes\s(?:approved|adopted|accepted|read)\sat\s\d{1,2}[:.]\d{2}\b/i;
const SITE_WORDS = /\b(?:archived|latest|available|printable|print|return)\b/i;
const YEAR_OF_MINUTES = /^\s*(?:(?:19|20)\d\d\s+(?:meeting\s+)?minutes|(?:meeting\s+)?minutes\s+(?:19|20)\d\d)\s*$/i;
const FORM_KEY = /^\s*(?:topic|re)\s*:/i;

/** A browser's print header before the words, its date in figures ("7/30/2019 Minutes of Deliberation" over "1/5"). */
const PRINT_HEADER = /^\s*(?:[•*-]\s*)?\d{1,2}\/\d{1,2}\/\d{4}\s+\p{L}/u;

/** A title run on into a sentence after it ("… May 3, 2010. 14 members present", "This is a draft. The minutes have not …"). */
const RUN_INTO_SENTENCE = /\.\s+(?:\d{1,3}\s+(?:members|people|persons|voting members)\s+(?:were\s+)?present\b|(?:The|This|These|It|We)\s+\p{Ll})/u;

/** The most a title with one of these marks may claim. */
export const DOUBTED_TITLE = 0.8;

export function titleDoubted(title: string): boolean {
  return LINE_CHROME.test(title) || RUN_INTO_PARTICULARS.test(title) || BREADCRUMB.test(title) || BARE_MARK.test(title) || PAPER_KINDS.test(title) || MANY_MEETINGS.test(title) || LOWER_START.test(title) || FILE_NAME.test(title) || PRINT_HEADER.test(title) || RUN_INTO_SENTENCE.test(title) || MINUTES_ITEM.test(title) || SITE_WORDS.test(title) || YEAR_OF_MINUTES.test(title) || FORM_KEY.test(title);
}
