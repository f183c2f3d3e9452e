import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// An attendance table of a note page: a name column among columns of the table's own (call signs, votes, bodies).
const table = (head: string[], rows: string[][]) => [
  `| ${head.join(' | ')} |`,
  `|${head.map(() => '---').join('|')}|`,
  ...rows.map((r) => `| ${r.join(' | ')} |`),
];

describe('an attendance table headed by a name column among others', () => {
  const people = ['Charles MacDonald', 'Karen Bryden', 'Lawrence Dobranski'];
  it.each([
    ['name first, call signs and yes/no after', ['Name', 'Call Sign', 'Position', 'Grid', 'Member', 'Paid'], (p: string) => [p, 'VA3CPY', 'Member', 'FN25ag', 'Yes', 'No']],
    ['name after a body', ['Organization', 'Name', 'Present'], (p: string) => ['Acme Ltd', p, 'Yes']],
    ['full name after a number', ['#', 'Full name', 'Role', 'Votes'], (p: string) => ['1', p, 'Director', 'Y']],
  ])('reads the names only (%s)', (_layout, head, row) => {
    const text = [
      '# Annual General Meeting minutes',
      'Date: December 8, 2020',
      'The following people were present:',
      '',
      ...table(head as string[], people.map(row as (p: string) => string[])),
      '',
      "### Secretary's Report",
      '- Moved by Karen Bryden that the minutes be adopted. Seconded by Charles MacDonald. The motion was carried.',
    ].join('\n');
    expect(extractFromText(text).attendees).toEqual(people);
  });

  it('reads a Chinese sign-in table by its 姓名 column', () => {
    const text = [
      '# 理事会会议纪要',
      '时间：2024年3月5日',
      '## 参会人员',
      ...table(['序号', '姓名', '单位', '签到'], [['1', '王立新', '市图书馆', '是'], ['2', '陈晓东', '区文化馆', '是'], ['3', '李春华', '市博物馆', '是']]),
      '## 会议决定',
      '一、会议同意增补陈晓东为副理事长。',
    ].join('\n');
    expect(extractFromText(text).attendees).toEqual(['王立新', '陈晓东', '李春华']);
  });
});
