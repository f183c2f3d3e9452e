/** What a responsible body or person looks like, in Chinese and English. */

/** Ends like a Chinese body, an office holder or a group of staff. */
export const ZH_UNIT_END =
  /(?:部门|单位|人员|科室|办公室|办公厅|政府|委员会|领导小组|工作组|小组|委|局|厅|部|处|科|室|中心|集团|公司|院|所|站|队|组|街道|乡镇|镇|乡|村|社区|学校|学院|大学|医院|支部|党委|党组|工委|管委会|指挥部|协会|学会|联合会|分局|机关|同志|干部|职工|班子|负责人|成员|办|行|馆|台|社|会|股|人|部門|單位|人員|辦公室|委員會|領導小組|處|組|隊|鄉鎮|鄉|辦|會|學校|學院|醫院|幹部|負責人|機關)$/;

export const ZH_ORG_END =
  /(?:办公室|办公厅|人民政府|政府|委员会|常委会|领导小组|工作组|小组|委|局|厅|部|处|中心|集团|公司|学院|大学|学校|医院|街道|办事处|党委|党组|工委|管委会|协会|学会|联合会|人大|政协|支部|总支|分局|支队|大队|办|辦公室|辦公廳|委員會|領導小組|辦)$/;

/** English bodies and office holders that can be made responsible. */
export const EN_UNIT_END =
  /\b(?:Bureau|Department|Dept|Office|Committee|Council|Agency|Authority|Commission|Board|Team|Unit|Centre|Center|Section|Division|Ministry|Government|Group|Clerk|Secretary|Treasurer|Chairman|Chair|Officer|Manager|Director|Coordinator|Co-ordinator|RFO|Council|Trust|Association|Service|Services)$/;

export function isZhUnit(s: string): boolean {
  const t = s.replace(/\s+/g, '');
  return t.length >= 2 && t.length <= 30 && ZH_UNIT_END.test(t) && !/^(?:会议|本次会议|会上|各项|工作|问题)/.test(t);
}

/** A short personal name: two to four ideographs and no function words. */
export function isZhName(s: string): boolean {
  const t = s.replace(/\s+/g, '');
  return /^[\u3400-\u9fff]{2,4}$/.test(t) && !/[的了和及与在对将把要应按据等中上下]/.test(t);
}
