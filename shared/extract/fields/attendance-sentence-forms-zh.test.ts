import { describe, expect, it } from 'vitest';
import { zhAttendanceSentence } from './attendance';

describe('Chinese attendance told in a sentence, in forms the reader missed', () => {
  it.each([
    ['到会的领导有：会长周明远，执行会长林晓彤，副会长赵一凡、钱思远。', ['周明远', '林晓彤', '赵一凡', '钱思远']],
    ['与会的理事有：孙立群、吴海燕、郑国华。', ['孙立群', '吴海燕', '郑国华']],
    ['镇人大主席黄晓梅主持会议,镇党委书记冯志刚、镇长何家豪参加了会议.黄晓梅主席通报了有关情况。', ['冯志刚', '何家豪']],
    ['参加会议的有县委常委、总医院党委书记(兼)刘建华,副县长、总医院院长（兼）陈雅文,总医院副书记周子健。', ['刘建华', '陈雅文', '周子健']],
  ])('%s', (line, names) => {
    expect(zhAttendanceSentence(line)).toEqual(names);
  });

  it.each(['与会代表有不同意见，会议决定下次再议。', '到会人数有所增加。', '会议费用共计3.5万元.'])('reads no one from "%s"', (line) => {
    expect(zhAttendanceSentence(line)).toEqual([]);
  });
});
