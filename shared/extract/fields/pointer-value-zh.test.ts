import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const head = '台灣區種豬產業協會第七屆第二次理監事聯席會議紀錄\n2018年01月02日台種福字第20188號函\n一、時間:2017年12月26日(星期二)下午五時整\n';
const tail = '四、主席:廖理事長大福           紀錄:劉桂柱\n五、討論事項:\n  案由一:本會年度預算案,提請審議。\n  決議:照案通過。\n';

describe('an attendance label that only points to the sign-in sheet', () => {
  it('leaves the names to the groups by post below it, the absent left out', () => {
    const d = extractFromText(`${head}三、出席人員:(詳如簽到簿)\n  理事:汪志光、楊杰、陳鈞銘。\n  請假:林煥欽、林聖展。\n  監事:邱進田、黃朝和\n${tail}`);
    expect(d.attendees).toEqual(['汪志光', '楊杰', '陳鈞銘', '邱進田', '黃朝和']);
  });
  it('reads no heading below it as a name', () => {
    const d = extractFromText(`${head}三、出席人員:(詳如簽到簿)\n缺席人員\n原因\n${tail}`);
    expect(d.attendees).toEqual([]);
  });
});

describe("a letter's number closing a short header line", () => {
  it('is the document number', () => {
    expect(extractFromText(`${head}三、出席人員:汪志光、楊杰\n${tail}`).docNumber).toBe('台種福字第20188號');
  });
  it('not one cited inside the record\'s sentences', () => {
    const d = extractFromText(`台灣區種豬產業協會第七屆第二次理監事聯席會議紀錄\n一、時間:2017年12月26日(星期二)下午五時整\n三、出席人員:汪志光、楊杰\n${tail}  說明:依據本會108年10月30日府都計字第1080271646號函送計畫書辦理,請各理事提供意見並於下次會議前回覆秘書處。\n`);
    expect(d.docNumber).toBeNull();
  });
});
