// A Chinese chair told in a sentence in words the reader lacked: the meeting "召集"-ed by a titled person,
// "主持人" run into the name and what the chair did, and the heads of a newspaper, a library, a bank, a works.
import { describe, expect, it } from 'vitest';
import { findPresider } from './people';

describe('a Chinese chair told in a sentence', () => {
  it.each([
    ['2024年4月8日，刘建华会长在广州召集第三次会长办公会，副会长周明远、林晓彤参加会议。', '刘建华'],
    ['5月6日，秘书长钱思远召集各部门负责人会议，研究年度工作。', '钱思远'],
    ['会议第一项，主持人孙立群宣读到会人数。', '孙立群'],
    ['会上，主持人吴海燕首先通报了上次会议决定事项的落实情况。', '吴海燕'],
    ['市日报社党委书记、社长郑国华主持召开编委会会议。', '郑国华'],
    ['图书馆馆长黄晓梅主持会议，各部门主任参加。', '黄晓梅'],
    ['支行行长冯志刚主持召开季度经营分析会。', '冯志刚'],
    // A second post held with the first ("…兼秘书长"): the name stands before both.
    ['武兵书常务副会长兼秘书长主持会议。', '武兵书'],
    ['会议由党委副书记兼纪委书记周明远主持。', '周明远'],
  ])('%s → %s', (text, name) => {
    expect(findPresider(text, 'zh')?.name).toBe(name);
  });

  it.each([
    '本周议程由轮值召集委员决定之，并担任该周会议之主席。',
    '请推举召集人一人，负责召集下次会议。',
    '会后由办公室召集相关单位进一步协商。',
    '主持人致辞后，会议进入第二项议程。',
  ])('names no chair in "%s"', (text) => {
    expect(findPresider(text, 'zh')).toBeNull();
  });
});
