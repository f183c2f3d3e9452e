import { showTime, tr, type Lang } from '../dashboard/locale';
import { COLORS, renderSvg } from './render';

/**
 * A document's acknowledgements over time: the count acknowledged so far after each one, against
 * the number of units it was circulated to. Times on the axis are the bureau's.
 */
export function ackTimelineChart(acks: { at: string; unitName: string }[], circulated: number, lang: Lang, timeZone: string): string {
  const points = acks.map((a, i) => [Date.parse(a.at), i + 1] as [number, number]);
  return renderSvg(
    {
      title: { text: tr(lang, '签收进度', 'Acknowledgements over time'), left: 'center', textStyle: { fontSize: 14 } },
      legend: { bottom: 0 },
      grid: { left: 8, right: 32, top: 40, bottom: 40, containLabel: true },
      xAxis: { type: 'time', axisLabel: { formatter: (ms: number) => showTime(new Date(ms).toISOString(), lang, timeZone).replace(/^\d{4}\//, '') , hideOverlap: true } },
      yAxis: { type: 'value', min: 0, max: Math.max(circulated, 1), minInterval: 1 },
      series: [
        { name: tr(lang, '已签收单位', 'Units acknowledged'), type: 'line', step: 'end', symbolSize: 6, itemStyle: { color: COLORS.done }, data: points, label: { show: false } },
        {
          name: tr(lang, '传阅单位', 'Units circulated to'), type: 'line', symbol: 'none', lineStyle: { type: 'dashed', color: COLORS.neutral }, itemStyle: { color: COLORS.neutral },
          data: points.length ? [[points[0][0], circulated], [points[points.length - 1][0], circulated]] : [],
        },
      ],
    },
    640,
    300,
  );
}
