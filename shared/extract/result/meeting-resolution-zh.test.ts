import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const RECORD = `某区巩固拓展脱贫攻坚成果领导小组关于审定2023年度项目库的决议

区巩固拓展脱贫攻坚成果领导小组于11月10日组织召开会议,研究审定我区2023年项目库事宜,会议听取了相关单位项目申报情况,最终形成以下决议:

一、会议原则同意申报的8个项目纳入2023年项目库,涉及金额771万元。

二、会议要求:各行业主管部门要主动作为积极谋划,加快推进拟实施项目的前期工作。
`;

const ISSUED = `某县人民政府关于表彰2022年度先进集体的决定

各乡镇人民政府，县直各部门：
经县政府研究，决定对以下单位予以表彰：
一、县财政局
二、县教育局
`;

describe('a resolution titled …的决议', () => {
  it('is minutes when it tells the meeting held and speaks its items as the meeting', () => {
    expect(extractFromText(RECORD).isMinutes).toBe(true);
  });
  it('is not when it is a decision issued apart from a meeting', () => {
    expect(extractFromText(ISSUED).isMinutes).toBe(false);
  });
});
