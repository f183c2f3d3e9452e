/**
 * The day a meeting's notice went out, told after its date ("…于2025年12月5日以书面方式发出会议通知"): not the
 * meeting's. A narrow column may break the clause, or the date itself, over lines ("于2024年8月" / "16日以书面方式…发出"),
 * so the words after the date are read on into the next line.
 */
const NOTICE_SENT = /^[^。；，,]{0,30}?(?:发出|送达|发送|寄发|發出|送達|發送)/;

/** Whether the words after a date (`after`, the rest of its line; `next`, the line below) tell its notice sent. */
export function noticeSent(after: string, next = ''): boolean {
  const rest = after.slice(0, 40);
  return NOTICE_SENT.test(rest.length < 40 ? rest + next.slice(0, 40 - rest.length) : rest);
}
