/**
 * A stand-up's table, a row per member and a column of what each will do next: "| 姓名 | 今日已完成 |
 * 明日计划 | 困难 |", "| Name | Done | Plan for tomorrow |", as student and project teams keep their Scrum
 * meetings. Each member's plan is that member's task, given at the meeting; a cell left "无" or "none"
 * gives none. Read only where nothing else in the record was read as a decision.
 */
import type { Segmented } from '../segment/segment';
import { tableCells } from '../text/table-cells';

/** A column of who each row is. */
const PERSON_HEAD = /^(?:姓名|成员|組員|组员|人员|人員|队员|隊員|名字|成员姓名|name|member|team member|person)$/i;
/** A column of what each will do next: "明日计划Issue", "下一步工作", "Plan for tomorrow", "Next steps". */
const PLAN_HEAD = /^(?:(?:明日|明天|今日|今天|下一步|下周|下週|本周|接下来|接下來)的?(?:计划|計劃|任务|任務|工作|安排)|(?:计划|計劃)(?:任务|任務|完成)?|todo|to-?do|plans?(?:\s+for\s+(?:tomorrow|today|next\s+week))?|next\s+steps?|tomorrow['’]?s?\s+plans?)(?:\s*[A-Za-z]*)$/i;
/** A cell that gives no task. */
const NONE = /^(?:无|無|暂无|暫無|没有|沒有|none|n\/?a|nil|-|—|–|\/)?$/i;

export interface PlanRow {
  text: string;
  start: number;
  end: number;
  owner: string;
}

/** A cell's words as a reader sees them: line breaks and links' targets left out. */
const cellText = (c: string) => c.replace(/<br\s*\/?>/gi, '；').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' ').trim();

export function planTableRows(seg: Segmented): PlanRow[] {
  const out: PlanRow[] = [];
  const lines = seg.lines;
  for (let i = seg.bodyStart; i < seg.tailStart; i++) {
    const head = tableCells(lines[i].text);
    if (head.length < 2 || head.length > 10 || !lines[i].text.includes('|')) continue;
    const who = head.findIndex((h) => PERSON_HEAD.test(h));
    const plan = head.findIndex((h) => PLAN_HEAD.test(h));
    if (who < 0 || plan < 0 || who === plan) continue;
    for (let k = i + 1; k < seg.tailStart; k++) {
      const l = lines[k];
      if (/^[\s|:+-]+$/.test(l.text)) continue;
      if (!l.text.trimStart().startsWith('|')) break;
      // A row whose cell held a line break ("<br/>") is printed over several lines: joined until its cells are all there.
      let text = l.text;
      let end = l.end;
      while (tableCells(text).length < head.length && k + 1 < seg.tailStart && !lines[k + 1].text.trimStart().startsWith('|')) {
        k++;
        text += `<br/>${lines[k].text}`;
        end = lines[k].end;
      }
      const row = tableCells(text);
      if (row.length !== head.length) break;
      const owner = cellText(row[who]);
      const task = cellText(row[plan]);
      if (!owner || NONE.test(task)) continue;
      const at = l.text.indexOf(row[plan].split('<br/>')[0]);
      out.push({ text: task, start: l.start + Math.max(0, at), end, owner });
    }
  }
  return out;
}
