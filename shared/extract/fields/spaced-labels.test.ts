import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { SPACED_OUTCOME } from './spaced-labels';

// A Traditional-script record aligns its labels in a column ("說　明：", "決　議："), with a full-width
// space, an ASCII space or none. However it spaces them, each motion is one decision, never its
// explanation: the same record in every spacing reads the same.
const SPACES = ['', ' ', '\u3000', '  ', '\u3000\u3000'];
const MOTIONS = ['本會理事長提議修訂本會章程第五條。', '理事二人擬具本會性騷擾申訴細則草案。', '擬廢止本會推薦名單實施辦法。'];

function record(sp: string, head: (k: number) => string, bare: boolean): string {
  const parts = MOTIONS.flatMap((m, k) => [
    `${head(k)}${m}`,
    `說${sp}明：鑑於本會尚無相關規定，特擬具本案，敬請公決。`,
    ...(bare && k === 0 ? [`決${sp}議：`, '第一案經會議審查，無異議通過。'] : [`決${sp}議：第${'一二三'[k]}案經會議審查，無異議通過。`]),
  ]);
  return ['某某學生聯合會第一屆第八次理事會會議紀錄', '時　　間：西元2020年03月07日。', '主　　席：理事長王某某。', '貳、討論事項', ...parts].join('\n');
}

const HEADS: [string, (k: number) => string][] = [
  ['討論一：', (k) => `討論${'一二三'[k]}：`],
  ['讨论一、', (k) => `讨论${'一二三'[k]}、`],
  ['討 論一：', (k) => `討 論${'一二三'[k]}：`],
  ['案由：', () => '案由：'],
];

describe('spaced outcome labels', () => {
  it.each(SPACES)('matches 決議 spaced by %j', (sp) => {
    expect(new RegExp(`^${SPACED_OUTCOME}[:：]`).test(`決${sp.slice(0, 1)}議：`)).toBe(true);
  });
  for (const [name, head] of HEADS) {
    for (const bare of [false, true]) {
      it.each(SPACES)(`${name} motions, ${bare ? 'a bare label over one outcome' : 'outcomes on the label line'}, spaced by %j`, (sp) => {
        const d = extractFromText(record(sp, head, bare)).decisions.map((x) => x.text);
        expect(d.map((t) => t.slice(0, 8))).toEqual(MOTIONS.map((m) => m.slice(0, 8)));
        expect(d.some((t) => /^說/.test(t))).toBe(false);
      });
    }
  }
});
