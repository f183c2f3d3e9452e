/**
 * How offices shorten their names every day. `shortForm` turns a normalised name (see normaliseName)
 * into the short form a clerk would write, so "区政府办公室", "区政府办" and "区府办" all read "区府办",
 * and "county govt office" reads like "county government office". Both sides of a comparison are
 * shortened, so the rules only need to go one way.
 */

/** Long forms → the short ones, applied in this order (a longer phrase before a part of it). */
const ZH_RULES: [RegExp, string][] = [
  [/^中国共产党|^中共/, ''],
  [/人民代表大会常务委员会/g, '人大常委会'],
  [/中国人民政治协商会议/g, '政协'],
  [/人民政府/g, '政府'],
  [/常务委员会/g, '常委会'],
  [/人大常委会办公室|人大常委会办|人大办公室/g, '人大办'],
  [/政府办公室|政府办|府办公室/g, '府办'],
  [/发展和改革|发展改革/g, '发改'],
  [/住房和城乡建设|住房城乡建设|住房与城乡建设/g, '住建'],
  [/人力资源和社会保障|人力资源社会保障/g, '人社'],
  [/卫生健康|卫生和健康/g, '卫健'],
  [/市场监督管理|市场监管/g, '市监'],
  [/文化广电和旅游|文化广电旅游|文化广播电视和旅游/g, '文广旅'],
  [/文化和旅游|文化旅游/g, '文旅'],
  [/教育和体育|教育体育/g, '教体'],
  [/工业和信息化|工业信息化/g, '工信'],
  [/自然资源和规划/g, '自规'],
  [/科学技术/g, '科技'],
  [/交通运输/g, '交通'],
  [/医疗保障/g, '医保'],
  [/应急管理/g, '应急'],
  [/退役军人事务/g, '退役军人'],
  [/城市管理/g, '城管'],
  [/农业农村/g, '农业'],
  [/生态环境/g, '环境'],
  [/委员会/g, '委'],
  // 区委办公室 → 区委办, 信访办公室 → 信访办: the office of anything is its 办.
  [/办公室$/g, '办'],
];

const EN_WORDS: Record<string, string> = {
  govt: 'government',
  gov: 'government',
  gvt: 'government',
  dept: 'department',
  dep: 'department',
  bur: 'bureau',
  ofc: 'office',
  off: 'office',
  cttee: 'committee',
  cmte: 'committee',
  comm: 'committee',
  admin: 'administration',
  mgmt: 'management',
  dev: 'development',
  info: 'information',
  natl: 'national',
  cppcc: 'cppcc',
  npc: 'npc',
  '&': 'and',
};

/** Words that name no unit: "the", "of", "and" say nothing about which one. */
const EN_FILLER = new Set(['the', 'of', 'and', 'for', 'members']);

function shortEnglish(s: string): string {
  const words = s
    .replace(/'s\b/g, '')
    .replace(/[^a-z0-9&\s\u3400-\u9fff]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => EN_WORDS[w] ?? w)
    .filter((w) => !EN_FILLER.has(w));
  return words.join(' ');
}

/** A name's short form: brackets and their insides' punctuation dropped, the rules above applied. */
export function shortForm(normalised: string): string {
  let s = normalised.replace(/[()[\]{}<>《》〈〉【】「」『』"'“”‘’·•,，、.。:：;；-]/g, ' ').replace(/\s+/g, ' ').trim();
  if (/[a-z]/.test(s) && !/[\u3400-\u9fff]/.test(s)) return shortEnglish(s);
  s = s.replace(/ /g, '');
  for (const [re, to] of ZH_RULES) s = s.replace(re, to);
  return s;
}

/** The administrative level a Chinese name starts with (省 市 区 县 乡 镇 街道), if any. */
export function levelOf(short: string): string | null {
  const m = /^(省|市|区|县|乡|镇|街道)(?=.)/.exec(short);
  return m ? m[1] : null;
}
