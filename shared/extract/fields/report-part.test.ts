import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A Taiwan-style record: a report part ("報告事項 … 決定：洽悉") before its motions, in the layouts
// motions are printed in. The reports are no decisions; each motion is one.
const M = ['本會章程修訂案', '一一三年度預算案', '新會員入會審查案'];
const O = ['照案通過。', '修正通過，經費上限為五萬元。', '同意張三等五人入會，由秘書處辦理。'];
const CN = '一二三';
const HEAD = ['某協會第五屆第二次理監事聯席會議紀錄', '時間：中華民國113年6月1日下午2時', '地點：本會會議室', '主席：陳某某', '出席：王某、李某、張某', '紀錄：林某'];
const REPORTS = ['報告事項：', '一、理事長報告：本會會務推動順利。', '決定：洽悉。', '二、秘書長報告財務收支情形。'];
const LAYOUTS: [string, string[]][] = [
  ['提案 over 案由', ['討論事項：', ...M.flatMap((m, i) => [`提案${CN[i]}：`, `案由：${m}，提請討論。`, '說明：詳附件。', `決議：${O[i]}`])]],
  ['numbered 案由', ['討論事項', ...M.flatMap((m, i) => [`${CN[i]}、案由：${m}。`, `決議：${O[i]}`])]],
  ['第N案 with 決定', ['參、討論事項', ...M.flatMap((m, i) => [`第${CN[i]}案`, `案由：${m}。`, '說明：如附件。', `決定：${O[i]}`])]],
  ['numbered motions', ['討論事項：', ...M.flatMap((m, i) => [`${CN[i]}、${m}，提請討論。`, '說明：略。', `決議：${O[i]}`])]],
  ['提案N: on the line', ['討論事項：', ...M.flatMap((m, i) => [`提案${CN[i]}：${m}。`, `決議：${O[i]}`])]],
  ['案由N:', ['肆、提案討論', ...M.flatMap((m, i) => [`案由${CN[i]}：${m}。`, '說明：略。', `決議：${O[i]}`])]],
];
const texts = (lines: string[]) => extractFromText([...HEAD, ...lines, '臨時動議：無', '散會：下午4時'].join('\n')).decisions.map((d) => d.text);

describe('a report part before the motions', () => {
  it.each(LAYOUTS)('gives no decision, the motions one each (%s)', (_, motions) => {
    const got = texts([...REPORTS, ...motions]);
    expect(got.length).toBe(3);
    got.forEach((t, i) => expect(t).toContain(M[i]));
  });
  it('keeps its items where they are all the record has, each giving work', () => {
    const got = texts(['報告事項：', '（一）請各位理事會後徵詢各領域教師之意見，下次會議提出。', '（二）請各位理事參閱所附辦法，會後徵詢更多老師的意見。']);
    expect(got.length).toBe(2);
  });
});
