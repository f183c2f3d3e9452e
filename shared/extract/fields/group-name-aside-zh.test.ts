import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const record = (attended: string) =>
  `区政府召开八届六十六次常务会议\n2020年9月29日，区政府八届66次常务会议在区政府常务会议室召开，区长耿某主持会议并讲话。\n会议要求，各相关部门继续巩固。\n出席会议的有：${attended}。\n列席会议的有：区政府各相关单位负责人，各街道办事处负责人。`;

describe('a bracket inside a group’s name', () => {
  it('keeps the aside as printed when the name goes on after it', () => {
    expect(extractFromText(record('区政府班子(党组)全体成员')).attendees).toEqual(['区政府班子(党组)全体成员', '区政府各相关单位负责人', '各街道办事处负责人']);
  });

  it('still drops a post or a unit printed after a person', () => {
    expect(extractFromText(record('张某某(区长)、李某(副区长)、王某某（区财政局）')).attendees.slice(0, 3)).toEqual(['张某某', '李某', '王某某']);
  });
});
