/**
 * Who attended, printed the ways real pages print it, for scripts/stress-attendance.ts: a case's
 * attendance block (the lines holding its labelled attendees, with the label line above) is found
 * and printed again in one of these layouts. A line naming the chair (主持, "Chair:") is kept as
 * it was, so the presider is read as before.
 */

type Layout = (names: string[], zh: boolean) => string[];

const label = (zh: boolean) => (zh ? '出席人员：' : 'Present:');
const role = (zh: boolean, i: number) => (zh ? ['主任', '委员', '委员', '秘书'][i % 4] : ['Member', 'Member', 'Treasurer', 'Secretary'][i % 4]);
const pad = (s: string, width: number) => s + ' '.repeat(Math.max(2, width - s.length));

export const ATTENDANCE_LAYOUTS: Record<string, Layout> = {
  inline: (names, zh) => [zh ? `出席：${names.join('、')}` : `Present: ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}.`],
  'label above': (names, zh) => [label(zh), zh ? names.join('、') : names.join(', ')],
  'one a line': (names, zh) => [label(zh), ...names],
  numbered: (names, zh) => [label(zh), ...names.map((n, i) => `${i + 1}. ${n}`)],
  'bracket numbered': (names, zh) => [zh ? '出席人员' : 'MEMBERS PRESENT', ...names.map((n, i) => `[${i + 1}] ${n}`)],
  bullets: (names, zh) => [zh ? '参会人员：' : 'Attendees:', ...names.map((n) => `- ${n}`)],
  'name and role': (names, zh) => [label(zh), ...names.map((n, i) => (zh ? `${n}（${role(zh, i)}）` : `${n}, ${role(zh, i)}`))],
  'role columns': (names, zh) => [zh ? '出席人员' : 'MEMBERS PRESENT', zh ? '姓名          职务' : 'NAME                          POSITION', ...names.map((n, i) => `${pad(n, 30)}${role(zh, i)}`)],
  'role first': (names, zh) => [label(zh), ...names.map((n, i) => (zh ? `${role(zh, i)}：${n}` : `${role(zh, i)}: ${n}`))],
  'table': (names, zh) => [zh ? '出席人员' : 'Attendance', zh ? '| 姓名 | 职务 |' : '| Name | Role |', '| --- | --- |', ...names.map((n, i) => `| ${n} | ${role(zh, i)} |`)],
  'two columns': (names, zh) => {
    const out = [label(zh)];
    for (let i = 0; i < names.length; i += 2) out.push(names[i + 1] ? `${pad(names[i], 28)}${names[i + 1]}` : names[i]);
    return out;
  },
  'spaced inline': (names, zh) => [`${label(zh)}${zh ? '' : ' '}${names.join(zh ? '　' : '    ')}`],
};

const ATTENDANCE_WORD = /present|attend|members|councillors|directors|trustees|出席|参加|參加|列席|与会|與會|到会|到會|参会|參會/i;
const CHAIR_LINE = /^\s{0,4}(?:主持|主席|chair|presid)/i;

/**
 * The text with its attendance block printed in `layout`, or null when no block holds at least
 * three in five of the names (the names scattered through the text, not listed).
 */
export function relayAttendance(text: string, names: string[], layout: Layout, zh: boolean, presider?: string | null): string | null {
  const lines = text.split(/\r?\n/);
  // A line of the list names people and little else (a role, a label); a sentence naming someone ("moved by X") is the body's.
  const has = (l: string) => {
    const found = names.filter((n) => l.includes(n));
    if (!found.length) return found;
    let rest = l;
    for (const n of found) rest = rest.split(n).join('');
    const left = (rest.match(/[\p{L}\p{N}]/gu) ?? []).length;
    return left <= Math.max(24, (l.length - rest.length) * 0.8) ? found : [];
  };
  let best: { start: number; end: number; covered: number } | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (!has(lines[i]).length) continue;
    const seen = new Set<string>();
    let end = i;
    for (let j = i, gap = 0; j < lines.length && j < i + 80 && gap <= 3; j++) {
      const found = has(lines[j]);
      if (found.length) {
        found.forEach((n) => seen.add(n));
        end = j;
        gap = 0;
      } else if (lines[j].trim()) gap++;
    }
    if (!best || seen.size > best.covered) best = { start: i, end, covered: seen.size };
    i = end;
  }
  if (!best || best.covered * 5 < names.length * 3) return null;
  let { start } = best;
  // The label line above the names ("PRESENT", "出席人员："), when it stands alone.
  let above = start - 1;
  while (above >= 0 && !lines[above].trim()) above--;
  if (above >= 0 && lines[above].trim().length <= 40 && !has(lines[above]).length && ATTENDANCE_WORD.test(lines[above])) start = above;
  const block = lines.slice(start, best.end + 1);
  const chair = block.filter((l) => CHAIR_LINE.test(l));
  // The chair marked where the list marked them, when no line of its own names them.
  if (!chair.length && presider && names.includes(presider)) chair.push(zh ? `主持人：${presider}` : `Chair: ${presider}`);
  return [...lines.slice(0, start), ...chair, ...layout(names, zh), ...lines.slice(best.end + 1)].join('\n');
}
