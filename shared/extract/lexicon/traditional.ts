/**
 * Traditional-script twins of Simplified words, so a word list written in Simplified matches a
 * Traditional record (會議審議通過, 由總務處主辦) without each form typed twice. Only characters
 * these lists use are mapped; a word with none of them is left as it is.
 */
const SIMPLIFIED = '议决会审讨论过听确认汇报规划组织实检负责牵头应须办这项关于开发长员单门机构问题质协调经济计财务预级区县镇乡处厅党学习传达贯彻强进见则为并还时间后点记录纪请参与们对将从给让说话书写读条两个选举届总内专联临动结闭获产随业荐评阅统筹针围执购设询拟启补导踪复馈发调查核细纳积极础议态门';
const TRADITIONAL = '議決會審討論過聽確認匯報規劃組織實檢負責牽頭應須辦這項關於開發長員單門機構問題質協調經濟計財務預級區縣鎮鄉處廳黨學習傳達貫徹強進見則為並還時間後點記錄紀請參與們對將從給讓說話書寫讀條兩個選舉屆總內專聯臨動結閉獲產隨業薦評閱統籌針圍執購設詢擬啟補導蹤復饋發調查核細納積極礎議態門';
const MAP = new Map([...SIMPLIFIED].map((c, i) => [c, [...TRADITIONAL][i]]));

/** The word in Traditional script (characters with no mapping kept). */
export function toTraditional(word: string): string {
  return [...word].map((c) => MAP.get(c) ?? c).join('');
}

/** The words, each followed by its Traditional twin where that differs and is not listed already. */
// Its calls in the lexicons are marked /* @__PURE__ */, so a bundle that does not use a list (the
// content script, which reads a few) leaves the list and the call out.
export function twins<T extends string>(words: readonly T[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>(words);
  for (const w of words) {
    out.push(w);
    const t = toTraditional(w);
    if (!seen.has(t)) {
      seen.add(t);
      out.push(t);
    }
  }
  return out;
}
