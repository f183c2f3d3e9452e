import { describe, expect, it } from 'vitest';
import { divisionAssignees } from './division-assignees';

describe('who a line of a division of work gives its part to', () => {
  it.each([
    ['王雨：整理需求文档', ['王雨']],
    ['- 涵洋、建雄：负责原型修改', ['涵洋', '建雄']],
    ['前端：闻铭远（负责人）、陈小灵', ['闻铭远', '陈小灵']],
    ['- **后端**：wsh-hust, yannx-hust', ['wsh-hust', 'yannx-hust']],
    ['队长：陈小灵', ['陈小灵']],
    ['后端：仍在商定中，下次会议再定', []],
    ['会议讨论了项目选题和分工', []],
  ])('%s', (line, people) => {
    expect(divisionAssignees(line)).toEqual(people);
  });
});
