/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { Period } from '../report/period';
import type { UnitReportRow } from '../report/units';
import { Layout, type Viewer } from './layout';
import { tr, type Lang } from './locale';

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const hours = (h: number | null, lang: Lang) => (h === null ? '—' : h < 1 ? tr(lang, `${Math.round(h * 60)} 分钟`, `${Math.round(h * 60)} min`) : tr(lang, `${h.toFixed(1)} 小时`, `${h.toFixed(1)} h`));

/** An ECharts SVG rendered on the server: markup only (no script), so the strict CSP holds. */
export function Chart(props: { svg: string; name: string; label: string }) {
  return <figure class="chart" data-chart={props.name} aria-label={props.label} role="img" dangerouslySetInnerHTML={{ __html: props.svg }} />;
}

export interface ReportView {
  bureauName: string;
  period: Period;
  periodLabel: string;
  query: string;
  rows: UnitReportRow[];
  charts: { acks: string; tasks: string };
  signedIn: Viewer;
  lang: Lang;
}

/** The 通报: a printable A4 page headed by the bureau's name and the period, units ranked. */
export function ReportPage(v: ReportView) {
  const { lang, period: p } = v;
  const title = `${v.bureauName}${tr(lang, '督办通报', ' · supervision report')}`;
  return (
    <Layout title={`${tr(lang, '通报', 'Report')} ${v.periodLabel}`} lang={lang} signedIn={v.signedIn} back="/report">
      <form method="get" action="/report" class="filters no-print" aria-label={tr(lang, '统计周期', 'Period')}>
        <label>
          {tr(lang, '周期', 'Period')}{' '}
          <select name="period">
            <option value="week" selected={p.kind === 'week'}>{tr(lang, '周', 'Week')}</option>
            <option value="month" selected={p.kind === 'month'}>{tr(lang, '月', 'Month')}</option>
            <option value="range" selected={p.kind === 'range'}>{tr(lang, '自定义', 'Range')}</option>
          </select>
        </label>
        <label>
          {tr(lang, '日期（周、月）', 'Day (week, month)')} <input type="date" name="at" value={p.kind === 'range' ? undefined : p.from} />
        </label>
        <label>
          {tr(lang, '自', 'From')} <input type="date" name="from" value={p.kind === 'range' ? p.from : undefined} />
        </label>
        <label>
          {tr(lang, '至', 'To')} <input type="date" name="to" value={p.kind === 'range' ? p.to : undefined} />
        </label>
        <button type="submit">{tr(lang, '查看', 'Show')}</button>
      </form>
      <p class="exports no-print">
        <a href={`/report/workbook.xlsx?${v.query}`} data-export="xlsx">{tr(lang, '导出 Excel', 'Excel workbook')}</a>{' '}
        <a href={`/report/units.csv?${v.query}`} data-export="csv">{tr(lang, '导出 CSV', 'CSV')}</a>{' '}
        <button type="button" data-print>{tr(lang, '打印', 'Print')}</button>
      </p>
      <article class="report">
        <h1>{title}</h1>
        <p class="period" data-period={`${p.from}/${p.to}`}>
          {tr(lang, '统计周期：', 'Period: ')}
          {v.periodLabel}
        </p>
        {v.rows.length === 0 ? (
          <p class="empty">{tr(lang, '本期无传阅、到期任务或催办', 'Nothing circulated, due or urged in this period')}</p>
        ) : (
          <>
            <table class="ranking" data-table="report">
              <thead>
                <tr>
                  <th>{tr(lang, '排名', 'Rank')}</th>
                  <th>{tr(lang, '单位', 'Unit')}</th>
                  <th>{tr(lang, '签收率', 'Acknowledged')}</th>
                  <th>{tr(lang, '平均签收用时', 'Mean time to acknowledge')}</th>
                  <th>{tr(lang, '到期任务', 'Tasks due')}</th>
                  <th>{tr(lang, '按期办结', 'On time')}</th>
                  <th>{tr(lang, '逾期未办', 'Overdue')}</th>
                  <th>{tr(lang, '收到催办', 'Reminders')}</th>
                </tr>
              </thead>
              <tbody>
                {v.rows.map((r) => (
                  <tr data-unit-id={r.unitId} data-rank={String(r.rank)}>
                    <td>{r.rank}</td>
                    <td>{r.unitName}</td>
                    <td>
                      {pct(r.ackRate)} <span class="meta">({r.acknowledged}/{r.circulated})</span>
                    </td>
                    <td>{hours(r.avgAckHours, lang)}</td>
                    <td>{r.tasksDue}</td>
                    <td>{r.onTime}{r.late > 0 && <span class="meta"> (+{r.late} {tr(lang, '逾期办结', 'late')})</span>}</td>
                    <td class={r.overdue > 0 ? 'overdue' : ''}>{r.overdue}</td>
                    <td>{r.remindersReceived}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div class="charts">
              <Chart name="acks" svg={v.charts.acks} label={tr(lang, '各单位签收情况', 'Acknowledgements by unit')} />
              {v.rows.some((r) => r.tasksDue > 0) && <Chart name="tasks" svg={v.charts.tasks} label={tr(lang, '各单位任务办理情况', 'Tasks due by unit')} />}
            </div>
          </>
        )}
      </article>
    </Layout>
  );
}

/** One document's acknowledgements over time (linked from the progress list). */
export function DocumentChartPage(props: { title: string; svg: string; acknowledged: number; circulated: number; signedIn: Viewer; lang: Lang }) {
  const { lang } = props;
  return (
    <Layout title={props.title} lang={lang} signedIn={props.signedIn}>
      <h1>{props.title}</h1>
      <p class="meta">
        {tr(lang, '已签收', 'Acknowledged')} {props.acknowledged}/{props.circulated}
      </p>
      <DocumentAckChart svg={props.svg} lang={lang} />
    </Layout>
  );
}

/** The chart slot of a document page: its acknowledgements over time. */
export const DocumentAckChart = (props: { svg: string; lang: Lang }) => <Chart name="document-acks" svg={props.svg} label={tr(props.lang, '签收进度', 'Acknowledgements over time')} />;
