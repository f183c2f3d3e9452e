/**
 * A record embedded in a long page of other text: a portal's column with a news story above it and
 * another below (a page that shows several items in full, or an OA's reading page with its
 * neighbours' excerpts). The record's own lines are left as they are.
 */
const ZH_ABOVE = [
  '本周我区开展了安全生产大检查活动，各街道、各部门高度重视，认真组织，对辖区内的重点企业、人员密集场所逐一排查，共发现隐患三十余处，均已督促整改到位。',
  '据悉，今年以来全区累计完成固定资产投资同比增长百分之八点五，重点项目建设进展顺利，为全年目标任务的完成打下了坚实基础。',
];
const ZH_BELOW = [
  '近日，区图书馆举办了“书香进社区”主题阅读活动，吸引了近两百名居民参加，活动现场气氛热烈，居民们纷纷表示收获很大。',
  '区气象台提醒，未来三天我区将有一次明显降温过程，请广大市民注意防寒保暖，合理安排出行。',
];
const EN_ABOVE = [
  'Residents are reminded that the library will be closed over the long weekend, reopening on Tuesday morning with extended hours for the school holidays.',
  'The annual spring fair drew a record crowd this year, with more than forty stalls and a programme of music and children’s activities running through the afternoon.',
];
const EN_BELOW = [
  'Road resurfacing on the High Street is expected to finish by the end of the month, weather permitting; diversions will remain in place until then.',
  'Volunteers are still needed for the community garden project. Anyone interested can leave their details at the front desk of the town hall.',
];

export function embedded(text: string, zh: boolean): string {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return [...(zh ? ZH_ABOVE : EN_ABOVE), ...lines, ...(zh ? ZH_BELOW : EN_BELOW)].join('\n');
}
