import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const texts = (t: string) => extractFromText(t).decisions.map((d) => d.text.slice(0, 14));

describe('an item number printed apart from its text', () => {
  const plain = [
    '某区科技局局务会议纪要',
    '5月8日，局长某某主持召开局务会议。现将会议议定事项纪要如下：',
    '1.会议同意局办公室提出的经费调整方案，由办公室负责落实。',
    '2.会议决定由规划科于6月底前完成园区调研报告。',
    '3.会议原则通过了年度宣传工作要点。',
  ];
  it('on a line of its own, is read as opening the item below it', () => {
    const topics = [
      '某区政府专题会议纪要',
      '6月3日，副区长某某主持召开专题会议，研究城建有关事项。',
      '一、',
      '区住建局汇报了老旧小区改造进展情况。',
      '会议同意追加改造资金，由区财政局负责拨付。',
      '二、',
      '区教育局汇报了校舍安全排查情况。',
      '会议要求区教育局于6月底前完成整改。',
    ];
    const joined = topics.flatMap((l, k) => (/^[一二]、$/.test(l) ? [] : /^[一二]、$/.test(topics[k - 1] ?? '') ? [topics[k - 1] + l] : [l]));
    expect(texts(joined.join('\n'))).toHaveLength(2);
    expect(texts(topics.join('\n'))).toEqual(texts(joined.join('\n')));
  });
  it('in a note page’s emphasis ("**2.**"), is read as the number it is', () => {
    const bold = plain.map((l) => l.replace(/^(\d\.)/, '**$1** '));
    expect(texts(bold.join('\n'))).toEqual(texts(plain.join('\n')));
    const boldAlone = plain.flatMap((l) => (/^\d\./.test(l) ? [`**${l.slice(0, 2)}**`, l.slice(2)] : [l]));
    expect(texts(boldAlone.join('\n'))).toEqual(texts(plain.join('\n')));
  });
  it('leaves a figure alone on its line, with nothing to open, as it is', () => {
    const t = ['Minutes of the Finance Committee', 'Present: A. Smith, B. Jones', 'It was agreed that the budget be approved.', '12.', ''].join('\n');
    expect(texts(t)).toEqual(['It was agreed ']);
  });
});
