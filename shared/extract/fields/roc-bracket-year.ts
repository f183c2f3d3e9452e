/**
 * This year of the Republic-of-China calendar, its number in brackets as Taiwan's associations print
 * it: "本會於本(109)年3月17日召開…" is 2020-03-17, "本（108）年12月5日", "民國(107)年5月3日". A year
 * of two or three digits in brackets after 本 or 民國 can only be the ROC's; read for ROC 40–129.
 */
type Read = (m: RegExpExecArray) => [string | null, number, number];

export const ROC_BRACKET_YEAR_DATE = /(?<=本|民國|民国)[(（][ \t]{0,2}([4-9]\d|1[0-2]\d)[ \t]{0,2}[)）][ \t]{0,2}年[ \t]{0,2}(\d{1,2})[ \t]{0,2}月[ \t]{0,2}(\d{1,2})[ \t]{0,2}[日号號]/g;

export const readRocBracketYear: Read = (m) => [String(Number(m[1]) + 1911), Number(m[2]), Number(m[3])];
