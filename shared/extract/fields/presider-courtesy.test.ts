import { describe, expect, it } from 'vitest';
import { findPresider } from './people';

// A company's or a society's record names its chair with a board post and a courtesy word, and
// often joins the convening to the chairing: the name alone is the presider.
describe('the chair named with a board post and a courtesy word', () => {
  const cases: [string, string][] = [
    ['会议由董事长阮立平先生主持，会议的召开符合《公司法》的规定。', '阮立平'],
    ['本次会议由董事罗开全主持。', '罗开全'],
    ['会议由独立董事李四主持。', '李四'],
    ['会议由理事长林大华先生主持。', '林大华'],
    ['会议由总经理陈明先生主持。', '陈明'],
    ['会议由监事会主席王芳女士主持。', '王芳'],
    ['本次会议由公司董事长张三先生召集并主持，公司监事列席了会议。', '张三'],
    ['會議由董事長林志明先生召集並主持。', '林志明'],
  ];
  for (const [text, name] of cases) it(text, () => expect(findPresider(text, 'zh')?.name).toBe(name));
});
