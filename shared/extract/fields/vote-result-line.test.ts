import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { isVoteResultLine } from './vote-result-line';

const HEAD = ['國立某某大學學生會第三屆第二次會員代表大會會議紀錄', '時間：2020年10月8日（星期四）晚上7時', '地點：學生活動中心', '主席：陳大文　　記錄：林小美', '出席：李小明、黃志強、張美玲', '一、主席致詞：略', '二、討論事項'];
const TAIL = ['三、臨時動議：無', '四、散會'];
const PASSED = ['投票結果：贊成12票，反對0票，通過。', '投票結果：同意7　不同意0　棄票1，通過', '表決結果：贊成10票、反對2票，照案通過。', '投票結果：同意6 不同意1 棄權0，決議通過。', '表决结果：同意8票，反对1票，通过。'];
const LOST = ['投票結果：同意2　不同意8　棄票0，不通過', '表決結果：贊成3票、反對9票，未通過。'];
const HEADS = [(k: number) => `案由${'一二'[k]}：`, (k: number) => `提案${'一二'[k]}：`, (k: number) => `(${'一二'[k]})`];

describe('a motion closed by its vote count', () => {
  for (const v of PASSED) {
    for (const h of HEADS) {
      for (const lost of LOST) {
        it(`${h(0)} … / "${v}": decided; the motion lost ("${lost.slice(-4)}") is not`, () => {
          const body = [`${h(0)}本會年度預算案`, '說明：詳如附件。', v, `${h(1)}修訂本會章程第五條`, '說明：擬調整會費。', lost];
          const got = extractFromText([...HEAD, ...body, ...TAIL].join('\n')).decisions.map((d) => d.text);
          expect(got).toHaveLength(1);
          expect(got[0].startsWith('本會年度預算案')).toBe(true);
        });
      }
    }
  }
  it("a company announcement's bare tally says no verdict", () => {
    expect(isVoteResultLine('表决结果：赞成 9 票，反对 0 票，弃权 0 票。')).toBe(false);
    expect(isVoteResultLine('表决结果:3 票同意、0 票弃权、0 票反对。')).toBe(false);
  });
});
