import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { bareRowsZh } from './decision-doubt';

describe('a Chinese list of bare rows read as the decisions', () => {
  it('is a list of short rows saying nothing done', () => {
    expect(bareRowsZh([{ text: '2011年 高醫' }, { text: '2012年 慈濟' }, { text: '2013年 成大' }, { text: '会议同意由高医负责主办' }])).toBe(true);
  });

  it('is not a list of outcomes told', () => {
    expect(bareRowsZh([{ text: '同意雙軌制主辦' }, { text: '由高醫負責2011年主辦' }, { text: '通過日期為5月30日' }])).toBe(false);
  });

  it('leaves the decisions below full confidence when a rota is read under them', () => {
    const d = extractFromText(
      ['醫學生聯合會第三次系代會議會議記錄', '會議時間:民國九十八年四月四日', '與會人士:會長 簡佑全、秘書長 陳信融、財務長 楊韻如', '會議決議:', '2011年 高醫', '2012年 慈濟', '2013年 成大', '2014年 台大'].join('\n'),
    );
    expect(d.decisions.length).toBeGreaterThanOrEqual(3);
    expect(d.fields.decisions?.confidence ?? 0).toBeLessThan(0.9);
  });
});
