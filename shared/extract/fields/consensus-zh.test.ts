import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const record = ['龙湖社区召开居民议事会议', '11月24日上午，龙湖社区召开基层协商民主议事会议。参加会议的有社区两委成员、居民代表、物业公司代表。', '会议由社区书记王某主持，就飞线充电问题如何破解与参会人员协商讨论，最后大家达成共识同意安装充电桩，并表示这是便民利民的好事。', '通过召开居民议事会，共同协商把事情办好、落地解决好，进一步激发居民参与社区治理的热情。'];

describe('a consensus reached by those present', () => {
  it('is the decision; "通过召开…" ("by holding…") is no approval', () => {
    const d = extractFromText(record.join('\n'));
    expect(d.isMinutes).toBe(true);
    expect(d.decisions.map((x) => x.text)).toEqual([expect.stringMatching(/^最后大家达成共识同意安装充电桩/)]);
  });
});
