/**
 * A task table printed as text rows ("序号 | 工作任务 | 责任单位 | 完成时限" over "1 | … | 市交通局 |
 * 10月底前"): its header row is no decision, and each row's owner and deadline stand in the columns the
 * header names, not in phrases the sentence readers find.
 */
import { alt } from '../lexicon/build';
import { ZH_TASK_LABELS } from '../lexicon/zh';
import { splitList } from '../text/lists';

interface Dec {
  text: string;
  assignees: string[];
  due: string | null;
  dueDate?: string;
}

const CELL_SEP = /[ \t\u3000]{0,4}[|｜\t][ \t\u3000]{0,4}/;
const OWNER_HEAD = new RegExp(`^(?:${alt(ZH_TASK_LABELS.owner)})$`);
const DUE_HEAD = new RegExp(`^(?:${alt(ZH_TASK_LABELS.due)})$`);
const cells = (t: string) => t.replace(/^[|｜]|[|｜]$/g, '').split(CELL_SEP).map((c) => c.trim());

/** The decisions with a task table's header row left out and each row's owner and deadline read from its columns. */
export function withTaskColumns<D extends Dec>(decisions: D[]): D[] {
  let owner = -1;
  let due = -1;
  let width = 0;
  const out: D[] = [];
  for (const d of decisions) {
    const row = cells(d.text);
    if (row.length >= 3 && row.some((c) => OWNER_HEAD.test(c) || DUE_HEAD.test(c))) {
      owner = row.findIndex((c) => OWNER_HEAD.test(c));
      due = row.findIndex((c) => DUE_HEAD.test(c));
      width = row.length;
      continue;
    }
    if (width && row.length === width) {
      const who = owner >= 0 ? splitList(row[owner]).map((x) => x.trim()).filter((x) => x.length >= 2) : d.assignees;
      out.push({ ...d, assignees: who.length ? who : d.assignees, due: due >= 0 && row[due] ? row[due] : d.due });
      continue;
    }
    width = 0;
    out.push(d);
  }
  return out;
}
