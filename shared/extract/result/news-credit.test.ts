import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A record of a branch meeting, told the way a site's news column tells it: the marks below make it a story.
const record = '学院研究生党支部于2020年11月25日在8208举行党支部大会。大会由周立同志主持。经举手表决，大会一致同意吸收张旭等10名同志为中共预备党员。';

describe('a news story’s dateline or credit for its words and pictures', () => {
  const stories: [string, string][] = [
    ['本网消息 with a credit in brackets', `本网消息(图/文 朱某某)${record}`],
    ['本站讯', `本站讯 ${record}`],
    ['本刊讯', `本刊讯：${record}`],
    ['a closing credit', `${record}\n（文/图：张某）`],
    ['图文/ above the story', `图文/李某\n${record}`],
    ['文/ and 图/ apart', `文/王某 图/赵某\n${record}`],
  ];
  for (const [name, text] of stories) {
    it(`marks a story: ${name}`, () => {
      const d = extractFromText(text);
      expect(d.isMinutes).toBe(false);
      expect(d.reason).toMatch(/news report/);
    });
  }

  it('leaves the same record without them as minutes, and a fraction in its text is no credit', () => {
    expect(extractFromText(record).isMinutes).toBe(true);
    expect(extractFromText(`${record}\n会议同意按1/3的比例推荐人选。`).isMinutes).toBe(true);
  });
});
