import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A university's news column tells of a committee's meeting and closes with the writer's unit and name in brackets.
const story = '9月16日下午，学校教授委员会、学术委员会咨询会召开。教授委员会主任官某某主持会议。\n会议听取了《大学章程修正案（草案）》修订情况的汇报。随后，各位委员对章程的修订展开了讨论。\n官某某充分肯定了各位参会委员的建议。';

describe('a byline closing the story, its unit set off by several spaces', () => {
  it('marks the story as news', () => {
    for (const byline of ['（改革发展处  王某某）', '（改革发展处\u3000\u3000王某某）', '(改革发展处 王某某)']) {
      const d = extractFromText(`${story}\n${byline}`);
      expect(d.isMinutes).toBe(false);
      expect(d.reason).toMatch(/byline/);
    }
  });
});

describe('the body’s own office supplying its record', () => {
  it('is no byline: "（区人大办  赵某某  供稿）"', () => {
    const record = '7月10日，区人大常委会召开第19次主任会议。会议审议通过了关于召开区人大常委会第五次会议的决定。会议听取了信访情况分析。';
    expect(extractFromText(`${record}\n（区人大办   赵某某  供稿）`).isMinutes).toBe(true);
  });
});
