import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const LINES = [
  '某镇党政联席会议纪要',
  '时间：2024年3月5日',
  '主持：王某某',
  '一、会议审议通过了《某镇2024年重点工作清单》，由党政办牵头分解落实。',
  '二、会议同意镇农业中心提出的春耕备耕方案，于3月底前完成物资储备。',
  '三、会议研究了人居环境整治工作，决定由镇城建办负责组织实施。',
];
const read = (text: string) => extractFromText(text).decisions.map((d) => [d.text, d.assignees, d.due]);

describe('a note page’s markup', () => {
  it('a Chinese record with a bullet or a heading mark before every line is read as the record printed plain', () => {
    const plain = read(LINES.join('\n'));
    expect(plain).toHaveLength(3);
    expect(read(LINES.map((l, i) => (i === 0 ? `# ${l}` : `- ${l}`)).join('\n'))).toEqual(plain);
  });
  it('a bullet before an English item’s number is dropped; bullets alone still tell English actions apart', () => {
    const d = extractFromText('Minutes of the Steering Group meeting held on 3 March 2021\nPresent: A Smith (Chair), B Jones\n- 1. It was agreed that the budget be approved.\n- 2. It was agreed that the hall be booked for May.');
    expect(d.decisions.map((x) => x.text)).toEqual(['It was agreed that the budget be approved.', 'It was agreed that the hall be booked for May.']);
  });
});

describe('a task list’s boxes', () => {
  it('are read past: a boxed action is the action it lists', () => {
    const lines = ['Project steering group meeting notes', 'Attendees: Ann, Bob, Carla', 'Action items:', '- Bob to draft the budget letter by Friday', '- Carla to book the hall for the open day'];
    const boxed = lines.map((l) => l.replace(/^- /, '- [ ] '));
    const ticked = lines.map((l) => l.replace(/^- /, '* [x] '));
    const read = (ls: string[]) => extractFromText(ls.join('\n')).decisions.map((d) => [d.text.replace(/^[-*]\s+/, ''), d.assignees, d.due]);
    expect(read(lines)).toHaveLength(2);
    expect(read(boxed)).toEqual(read(lines));
    expect(read(ticked)).toEqual(read(lines));
  });
});
