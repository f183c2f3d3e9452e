import { tr, type Lang } from '../dashboard/locale';
import type { UnitReportRow } from '../report/units';
import { COLORS, renderSvg } from './render';

const height = (n: number) => 90 + Math.max(1, n) * 28;

function stackedBars(rows: UnitReportRow[], series: { name: string; color: string; value: (u: UnitReportRow) => number }[], title: string) {
  const units = [...rows].reverse(); // the best-ranked unit at the top
  return renderSvg(
    {
      title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
      legend: { bottom: 0 },
      grid: { left: 8, right: 24, top: 36, bottom: 36, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: units.map((u) => u.unitName) },
      series: series.map((s) => ({ name: s.name, type: 'bar', stack: 'all', itemStyle: { color: s.color }, data: units.map(s.value), barMaxWidth: 18 })),
    },
    640,
    height(rows.length),
  );
}

/** Per unit: documents acknowledged and not yet (of those circulated in the period). */
export function ackChart(rows: UnitReportRow[], lang: Lang): string {
  return stackedBars(
    rows,
    [
      { name: tr(lang, '已签收', 'Acknowledged'), color: COLORS.done, value: (u) => u.acknowledged },
      { name: tr(lang, '未签收', 'Not yet'), color: COLORS.pending, value: (u) => u.circulated - u.acknowledged },
    ],
    tr(lang, '签收情况', 'Acknowledgements'),
  );
}

/** Per unit: tasks due in the period done on time, done late, and overdue. */
export function taskChart(rows: UnitReportRow[], lang: Lang): string {
  return stackedBars(
    rows.filter((u) => u.tasksDue > 0),
    [
      { name: tr(lang, '按期办结', 'On time'), color: COLORS.done, value: (u) => u.onTime },
      { name: tr(lang, '逾期办结', 'Closed late'), color: COLORS.late, value: (u) => u.late },
      { name: tr(lang, '逾期未办', 'Overdue'), color: COLORS.overdue, value: (u) => u.overdue },
    ],
    tr(lang, '督办任务办理情况', 'Tasks due'),
  );
}
