import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { readZhAttendance } from './people';

// A society's council record as its PDF gives it: a letterhead in Chinese and English, then the title.
const RECORD = [
  '中华民国天文学会',
  'Astronomical Society of the Republic of China',
  '11F of Astronomy-Mathematics Building, No.1, Sec. 4,',
  'Roosevelt Rd, Taipei 10617, Taiwan',
  '中华民国天文学会 第 28 届第 1 次理监事会议 会议纪录',
  '一、时 间：2023年10月06日 (星期五) 10:00',
  '二、地 点：国立清华大学(综合二馆R521)',
  '三、出席人员姓名：',
  '江国兴（清华大学天文所及物理系）',
  '曾玮玲（台湾师范大学地科系）(请假)',
  '陈惠茹（清华大学天文所及物理系）',
  '四、讨论事项：',
  '1. 是否建立官方电子公文系统',
  '决议：先搁置。',
].join('\n');

describe('a record under a bilingual letterhead', () => {
  it('is minutes, titled by its own line, not by the English address', () => {
    const d = extractFromText(RECORD);
    expect(d.isMinutes).toBe(true);
    expect(d.title).toBe('中华民国天文学会 第 28 届第 1 次理监事会议 会议纪录');
  });

  it('reads "出席人员姓名：" as the attendance and leaves out who was on leave', () => {
    expect(extractFromText(RECORD).attendees).toEqual(['江国兴', '陈惠茹']);
  });

  it('a leave mark after the person’s unit marks the person away', () => {
    expect(readZhAttendance('江国兴（清华大学）、曾玮玲（台湾师范大学）(请假)、李某(请假)、王五')).toEqual(['江国兴', '王五']);
  });
});
