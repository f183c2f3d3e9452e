import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { personCell, rowCells } from './name-rows';

const EN_HEAD = 'MINUTES OF THE BOARD MEETING HELD ON 3 MARCH 2021\n';
const EN_BODY = '\n1. Welcome\nThe chair welcomed members.\n2. Budget\nIt was resolved to approve the budget.\n';
const ZH_HEAD = '区政府第十次常务会议纪要\n时间：2021年3月2日\n';
const ZH_BODY = '\n会议议定事项如下：\n一、同意《关于道路改造的方案》。\n';

const EN_NAMES = ['John Smith', 'Mary Jones', 'Peter Brown', 'Anne White'];
const ZH_NAMES = ['张建国', '李明华', '王小红', '赵志强'];
const POSTS = ['Chairperson', 'Member', 'Treasurer', 'Secretary'];

// The same list of people, laid out as pages print it: each layout must read all four.
const EN_LAYOUTS: Record<string, string> = {
  numbered: `Present:\n${EN_NAMES.map((n, i) => `${i + 1}. ${n}`).join('\n')}`,
  'bracket numbered, capitals': `MEMBERS PRESENT\n${EN_NAMES.map((n, i) => `[${i + 1}] ${n.toUpperCase()}`).join('\n')}`,
  'columns with posts': `MEMBERS PRESENT\nNAME                          POSITION\n${EN_NAMES.map((n, i) => n.padEnd(30) + POSTS[i]).join('\n')}`,
  'markdown table': `Attendance:\n| Name | Role |\n| --- | --- |\n${EN_NAMES.map((n, i) => `| ${n} | ${POSTS[i]} |`).join('\n')}`,
  'two columns': `Present:\n${EN_NAMES[0].padEnd(28)}${EN_NAMES[1]}\n${EN_NAMES[2].padEnd(28)}${EN_NAMES[3]}`,
  'spaced inline': `Present: ${EN_NAMES.join('    ')}`,
  'post first': `Present:\n${EN_NAMES.map((n, i) => `${POSTS[i]}: ${n}`).join('\n')}`,
  'post first, names listed': `Present:\nChair: ${EN_NAMES[0]}\nMembers: ${EN_NAMES.slice(1).join(', ')}`,
};

const ZH_LAYOUTS: Record<string, string> = {
  numbered: `出席人员：\n${ZH_NAMES.map((n, i) => `${i + 1}. ${n}`).join('\n')}`,
  'numbered with seats': `出席人员：\n${ZH_NAMES.map((n, i) => `${i + 1}. ${n}议员`).join('\n')}`,
  'columns with posts': `出席人员：\n姓名          职务\n${ZH_NAMES.map((n, i) => `${n}          ${['主任', '委员', '委员', '秘书'][i]}`).join('\n')}`,
  'post first': `出席人员：\n主任：${ZH_NAMES[0]}\n委员：${ZH_NAMES.slice(1).join('、')}`,
  'markdown table': `出席人员：\n| 姓名 | 职务 |\n| --- | --- |\n${ZH_NAMES.map((n) => `| ${n} | 委员 |`).join('\n')}`,
};

describe('who attended, printed as rows', () => {
  for (const [name, block] of Object.entries(EN_LAYOUTS)) {
    it(`reads an English list laid out ${name}`, () => {
      const d = extractFromText(`${EN_HEAD}${block}${EN_BODY}`);
      expect(d.attendees?.map((a) => a.toLowerCase())).toEqual(EN_NAMES.map((n) => n.toLowerCase()));
    });
  }
  for (const [name, block] of Object.entries(ZH_LAYOUTS)) {
    it(`reads a Chinese list laid out ${name}`, () => {
      const d = extractFromText(`${ZH_HEAD}${block}${ZH_BODY}`);
      expect(d.attendees?.map((a) => a.replace(/议员$/, ''))).toEqual(ZH_NAMES);
    });
  }

  it('reads a numbered run of names the name check doubts, and names after the body they came from', () => {
    const names = ['黃定和', '張建榮', '林錫明', '江碧華'];
    const d = extractFromText(`${ZH_HEAD}出席人员：\n${names.map((n, i) => `${i + 1}. ${n}`).join('\n')}${ZH_BODY}`);
    expect(d.attendees).toEqual(names);
    const slashed = extractFromText(`${ZH_HEAD}出席人员：\n1. 秀峰高中教師會/陳文杰\n2. 鶯歌高職教師會/吳炳毅\n3. 明德高中教師會/陳英茂${ZH_BODY}`);
    expect(slashed.attendees).toEqual(['陳文杰', '吳炳毅', '陳英茂']);
  });

  it('takes the chair from the post beside the name', () => {
    const d = extractFromText(`${EN_HEAD}${EN_LAYOUTS['columns with posts']}${EN_BODY}`);
    expect(d.presider).toBe('John Smith');
  });

  it('stops at the numbered items after the list, and does not read agenda items as people', () => {
    const d = extractFromText(`${EN_HEAD}${EN_LAYOUTS.numbered}${EN_BODY}`);
    expect(d.attendees).not.toContain('Welcome');
    expect(personCell('Welcome', 'en')).toBeNull();
    expect(personCell('审议预算', 'zh')).toBeNull();
    expect(personCell('Council Whip', 'en', true)).toBeNull();
  });

  it('parts cells by bars, tabs and wide spaces, not by a single space', () => {
    expect(rowCells('| John Smith | Member |')).toEqual(['John Smith', 'Member']);
    expect(rowCells('John Smith\tMember')).toEqual(['John Smith', 'Member']);
    expect(rowCells('John Smith     Member')).toEqual(['John Smith', 'Member']);
    expect(rowCells('John Smith Member')).toEqual(['John Smith Member']);
  });
});

describe('a numbered roll whose rows close with a full stop', () => {
  it('reads each row’s name', () => {
    const text = ['MINUTES OF THE MEETING OF THE SYNDICATE HELD ON 3rd May 2021.', '', 'Members Present:', '', '1. Dr. John Smith.', '2. Mary Jones.', '3. Prof. Ann Brown, Vice-Chancellor.', '', 'The Syndicate resolved to approve the minutes.'].join('\n');
    expect(extractFromText(text).attendees).toEqual(expect.arrayContaining(['John Smith', 'Mary Jones', 'Ann Brown']));
  });
  it('keeps an initial’s stop', () => {
    expect(personCell('Smith J.', 'en')).not.toBe('Smith J');
  });
});
