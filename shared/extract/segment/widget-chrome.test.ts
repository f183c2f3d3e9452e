import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const widgetZh = ['跳到主要内容区块', '晴天', '今日气温', '25 ~ 31', ...['北区', '南区', '东区', '西区'].flatMap((d, i) => [`• ${d}`, 'AQI', String(60 + i * 9), i % 2 ? '普通' : '良好'])];
const widgetEn = ['Skip to main content', 'Sunny', 'Today', '25 ~ 31', ...['North', 'South', 'East', 'West'].flatMap((d, i) => [`• ${d}`, 'AQI', String(60 + i * 9), i % 2 ? 'Moderate' : 'Good'])];

describe('a portal’s widgets above the record', () => {
  it('are furniture: the minutes heading under them is the title (Chinese)', () => {
    const record = ['某市政府第541次市政会议纪要', '时间：2022年5月9日', '主持：王某某', '出席：李某、张某、赵某', '一、会议同意市卫生局提出的疫苗接种宣传方案，由市卫生局负责实施。', '二、会议决定由市水利局于5月底前完成防汛准备。'];
    const d = extractFromText([...widgetZh, ...record].join('\n'));
    expect(d.isMinutes).toBe(true);
    expect(d.title).toBe('某市政府第541次市政会议纪要');
  });

  it('are furniture: the minutes heading under them is the title (English)', () => {
    const record = ['Minutes of the Ordinary Meeting of Council', 'Held on Monday, 9 May 2022', 'Present: Anne Baker (Chair), Carl Dunn, Eve Foster', '1. Minutes', 'RESOLVED THAT the minutes of the previous meeting be confirmed.', 'Carried.'];
    const d = extractFromText([...widgetEn, ...record].join('\n'));
    expect(d.isMinutes).toBe(true);
    expect(d.title).toBe('Minutes of the Ordinary Meeting of Council');
  });

  it('leaves a list of names under the title alone', () => {
    const names = ['王一', '李二', '张三', '赵四', '钱五', '孙六', '周七', '吴八', '郑九', '冯十', '陈一', '褚二', '卫三', '蒋四'];
    const d = extractFromText(['某委员会第三次会议纪要', '时间：2022年5月9日', '出席：', ...names, '一、会议同意调整预算。'].join('\n'));
    expect(d.attendees).toEqual(names);
  });
});
