import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const record = (roll: string) =>
  ['12/12', '臨時社員大會', '主席:艾貝', '記錄:伯軒', roll, '艾貝:這次招開臨時社員大會的目的是要大家一起決定十年健檢將來的走向,要做要怎麼做,不做要怎麼辦?', '張逸閔:我覺得十年健檢這個東西對大家來說的難度都太高了,我們幹部目前討論的結果是要以例會成果報告書的形式來做。'].join('\n');

describe('a roll counted at the door ("應到人數:31" / "實到人數:12")', () => {
  it('marks a meeting held, with its chair and recorder: a record', () => {
    const d = extractFromText(record('應到人數:31\n實到人數:12'));
    expect(d.isMinutes).toBe(true);
    expect(d.presider).toBe('艾貝');
  });

  it('does not outweigh a news story’s byline', () => {
    const story = ['本报讯（记者 王明）12月12日，某大学学生社团召开临时社员大会，应到人数31人，实到人数12人。', '社长艾贝在会上讲话，希望大家积极参与。', '（编辑：李华）'].join('\n');
    expect(extractFromText(story).isMinutes).toBe(false);
  });
});
