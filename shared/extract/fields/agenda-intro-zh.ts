/**
 * The topics a meeting will take up, listed after "会议议题为：" or "议程如下：" (the next session's agenda,
 * a meeting called in the record): "1、审议通过《…》" there names a topic to be put, not one decided.
 */

/** "会议议题为：", "议程如下：": a list of topics to take up follows. */
const AGENDA_INTRO_ZH = /(?:议题|議題|议程|議程)(?:为|為|是|如下|有)[：:]/g;

/** The text at `at` (of `length`) opens such a list, or stands in one opened before it with no full stop between. */
export function underAgendaIntro(line: string, at: number, length: number): boolean {
  for (const m of line.matchAll(AGENDA_INTRO_ZH)) {
    if (m.index < at + length && !/[。！!]/.test(line.slice(m.index, at))) return true;
  }
  return false;
}

/** A line whose last sentence opens a list of topics, the list on the lines below. */
export const opensAgenda = (line: string): boolean => underAgendaIntro(line, line.length, 0);
