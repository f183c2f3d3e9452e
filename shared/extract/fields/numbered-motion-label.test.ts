import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A record's motions numbered like its items, each opened by its label, explained by numbered points, then decided.
const HEADS = {
  traditional: ['某某協會第五屆第十次理事會會議紀錄', '日期：2021年10月8日', '主席：陳大文', '出席：李小明、黃志強、張美玲', '七、討論事項'],
  simplified: ['某某协会第五届第十次理事会会议记录', '日期：2021年10月8日', '主持：陈大文', '出席：李小明、黄志强、张美玲', '七、讨论事项'],
};
const TAILS = { traditional: ['八、臨時動議：無', '九、散會'], simplified: ['八、临时动议：无', '九、散会'] };
const MOTIONS = {
  traditional: [
    { subject: '修訂本會章程第九條案。', points: ['依人民團體法辦理。', '修正條文對照表如附件。'], outcome: '決議：照案通過。' },
    { subject: '本會一一一年度預算案，提請審議。', points: ['詳如附件。', '敬請 公決。'], outcome: '決議：修正後通過。' },
  ],
  simplified: [
    { subject: '修订本会章程第九条案。', points: ['依社会团体登记管理条例办理。', '修正条文对照表见附件。'], outcome: '决议：照案通过。' },
    { subject: '本会2022年度预算案，提请审议。', points: ['详见附件。', '请审议。'], outcome: '决议：修正后通过。' },
  ],
};
// How the motions are numbered, with how their explanations' points are numbered.
const NUMBERS: { motion: (k: number) => string; point: (k: number) => string }[] = [
  { motion: (k) => `${'一二三'[k]}、`, point: (k) => `(${'一二三'[k]})` },
  { motion: (k) => `${'一二三'[k]}、`, point: (k) => `${k + 1}.` },
  { motion: (k) => `（${'一二三'[k]}）`, point: (k) => `${k + 1}、` },
  { motion: (k) => `${k + 1}. `, point: (k) => `(${k + 1})` },
];
const LABELS = { traditional: ['案由：', '提案：', '議案：'], simplified: ['案由：', '提案：', '议案：'] };

describe('numbered motions opened by their label, explained in numbered points', () => {
  for (const script of ['traditional', 'simplified'] as const) {
    for (const n of NUMBERS) {
      for (const label of LABELS[script]) {
        const lines = MOTIONS[script].flatMap((m, k) => [n.motion(k) + label + m.subject, script === 'traditional' ? '說明：' : '说明：', ...m.points.map((p, j) => n.point(j) + p), m.outcome]);
        it(`${script} ${n.motion(0)}${label} / ${n.point(0)}: one decision per motion, from its subject`, () => {
          const got = extractFromText([...HEADS[script], ...lines, ...TAILS[script]].join('\n')).decisions.map((d) => d.text);
          expect(got).toHaveLength(2);
          got.forEach((t, k) => expect(t.startsWith(MOTIONS[script][k].subject)).toBe(true));
        });
      }
    }
  }
});
