import ExcelJS from 'exceljs';
import { showDay, showTime, tr, type Lang } from '../dashboard/locale';
import { taskState, taskStateLabel, taskStatusLabel, type TaskState } from '../dashboard/status-labels';
import type { TaskRow } from '../storage/task-board';
import type { UnitReportRow } from './units';

/** Row fills of the 督办台账 by state (ARGB), the colours a bureau's paper ledger uses. */
export const STATE_FILL: Record<TaskState, string> = {
  closed: 'FFC8E6C9',
  overdue: 'FFFFCDD2',
  near_due: 'FFFFE0B2',
  request_close: 'FFBBDEFB',
  returned: 'FFE1BEE7',
  open: 'FFFFFFFF',
};

export const SHEETS = { report: '通报', ledger: '督办台账' } as const;

const percent = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);

/**
 * The 通报 as an Excel workbook: the ranked units of the period, and the 督办台账 (every task) with
 * each row filled by its state. Headers in the page's language; the heading names the bureau and
 * the period.
 */
export async function reportWorkbook(o: {
  bureauName: string;
  periodLabel: string;
  rows: UnitReportRow[];
  tasks: TaskRow[];
  lang: Lang;
  timeZone: string;
}): Promise<Buffer> {
  const { lang } = o;
  const wb = new ExcelJS.Workbook();
  wb.creator = o.bureauName;
  wb.created = new Date();

  const report = wb.addWorksheet(SHEETS.report, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1 } });
  report.addRow([`${o.bureauName} ${tr(lang, '督办通报', 'Supervision report')} · ${o.periodLabel}`]).font = { bold: true, size: 14 };
  report.mergeCells(1, 1, 1, 11);
  const header = report.addRow([
    tr(lang, '排名', 'Rank'), tr(lang, '单位', 'Unit'), tr(lang, '传阅', 'Circulated'), tr(lang, '已签收', 'Acknowledged'),
    tr(lang, '签收率', 'Acknowledgement rate'), tr(lang, '平均签收用时（小时）', 'Mean time to acknowledge (hours)'),
    tr(lang, '到期任务', 'Tasks due'), tr(lang, '按期办结', 'On time'), tr(lang, '逾期办结', 'Closed late'), tr(lang, '逾期未办', 'Overdue'), tr(lang, '收到催办', 'Reminders received'),
  ]);
  header.font = { bold: true };
  for (const r of o.rows) {
    const row = report.addRow([
      r.rank, r.unitName, r.circulated, r.acknowledged, percent(r.ackRate), r.avgAckHours === null ? null : Math.round(r.avgAckHours * 10) / 10,
      r.tasksDue, r.onTime, r.late, r.overdue, r.remindersReceived,
    ]);
    row.getCell(5).numFmt = '0.0%';
    if (r.overdue > 0) row.getCell(10).font = { color: { argb: 'FFC62828' }, bold: true };
  }
  report.columns.forEach((c, i) => (c.width = i === 1 ? 24 : 14));
  report.views = [{ state: 'frozen', ySplit: 2 }];

  const ledger = wb.addWorksheet(SHEETS.ledger, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1 } });
  const lh = ledger.addRow([
    tr(lang, '文件', 'Document'), tr(lang, '任务', 'Task'), tr(lang, '牵头单位', 'Lead unit'), tr(lang, '协办单位', 'Co-units'),
    tr(lang, '期限', 'Due'), tr(lang, '到期日', 'Due date'), tr(lang, '状态', 'Status'), tr(lang, '督办状态', 'State'),
    tr(lang, '最近进展', 'Last update'), tr(lang, '最近进展时间', 'Last update at'), tr(lang, '最近催办', 'Last reminder'),
  ]);
  lh.font = { bold: true };
  for (const t of o.tasks) {
    const state = taskState(t);
    const row = ledger.addRow([
      t.documentTitle, t.text, t.leadUnitName, t.coUnitNames.join('、'), t.due ?? '', showDay(t.dueDate, lang), taskStatusLabel(t.status, lang),
      taskStateLabel(state, lang), t.lastNote, t.lastUpdateAt ? showTime(t.lastUpdateAt, lang, o.timeZone) : '', t.lastUrgedAt ? showTime(t.lastUrgedAt, lang, o.timeZone) : '',
    ]);
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: STATE_FILL[state] } };
    });
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  ledger.columns.forEach((c, i) => (c.width = [28, 40, 16, 20, 14, 14, 12, 12, 30, 18, 18][i]));
  ledger.views = [{ state: 'frozen', ySplit: 1 }];
  ledger.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 11 } };

  return Buffer.from(await wb.xlsx.writeBuffer());
}
