import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A standing committee's chairmen's meeting calls its next session and lists the topics that session will take up.
const record = [
  '区人大常委会召开主任会议',
  '3月23日上午，区人大常委会召开2020年第7次主任会议。会议听取了区法院关于提请任免郭某某等同志职务的汇报，研究了《区人大常委会关于表扬在疫情防控工作中表现突出的人大代表的决定（草案）》以及关于召开区人大常委会第26次会议相关事宜。区人大常委会党组书记、主任孟某某主持会议。',
  '经会议研究，拟定于2020年3月27日上午9:00召开区十八届人大常委会第26次会议。会议议题为：1、审议通过《区人大常委会2020年工作要点（草案）》；2、听取审议区政府关于2020年度预算调整方案的报告；3、审议通过《决定（草案）》；4、人事任免事项。',
].join('\n');

describe('topics listed for a meeting to come', () => {
  it('reads no decision from the topics after "会议议题为："', () => {
    const texts = extractFromText(record).decisions.map((d) => d.text);
    expect(texts.some((t) => t.includes('审议通过《区人大常委会2020年工作要点'))).toBe(false);
  });

  it('reads the chair named with the act, not words out of a document’s title', () => {
    expect(extractFromText(record).presider).toBe('孟某某');
  });

  it('still reads "审议通过《…》" as a decision where no list of topics opens it', () => {
    const done = record.replace('会议议题为：1、审议通过', '会议审议通过');
    expect(extractFromText(done).decisions.some((d) => d.text.includes('审议通过《区人大常委会2020年工作要点'))).toBe(true);
  });
});
