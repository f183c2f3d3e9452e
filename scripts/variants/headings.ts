/**
 * How a page may print a record's headings: a short heading's closing colon dropped (a Word
 * export's heading style, a note page's "## 决议事项"). Pure functions of a case's text.
 */

/** "会议议定事项如下：" → "会议议定事项如下", "Decisions:" → "Decisions": a short line's closing colon dropped. */
export const colonDropped = (t: string): string =>
  t
    .split('\n')
    .map((l) => (l.trim().length <= 30 ? l.replace(/\s*[：:]\s*$/, '') : l))
    .join('\n');
