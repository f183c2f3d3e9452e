import * as echarts from 'echarts';

/**
 * An ECharts option rendered on the server to an SVG string: no script, no animation, so the pages'
 * strict CSP (no inline code) holds and the chart prints. Text in it is escaped by ECharts.
 */
export function renderSvg(option: echarts.EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: '"Noto Sans CJK SC", sans-serif' }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** State colours shared by the charts and the workbook. */
export const COLORS = { done: '#2e7d32', pending: '#ef6c00', overdue: '#c62828', late: '#8e24aa', neutral: '#90a4ae' } as const;
