import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { readEnAttendance, readZhAttendance } from './people';

describe('attendance lists as notes and PDFs print them', () => {
  it('a post in brackets wrapped onto the next line keeps the list going', () => {
    const text = ['Parent Council Minutes 21 April 2021', 'Present: Alan Bonnyman (Chair), Chris Bryce (Treasurer), Steven', 'Gallacher, Helen Brown (Head Teacher), Victoria Moir', '(PT), Stephen Frame (Deputy Head), Kate Kitson (PT)', 'Apologies: Clare Keatley', '1. The previous minutes were approved.'].join('\n');
    expect(extractFromText(text).attendees).toEqual(['Alan Bonnyman', 'Chris Bryce', 'Steven Gallacher', 'Helen Brown', 'Victoria Moir', 'Stephen Frame', 'Kate Kitson']);
  });

  it('a post in brackets closes its person before an initial and a surname ("R Hawkesford (Chairman) C Lloyd & M Woolley")', () => {
    expect(readEnAttendance('R Hawkesford (Chairman) C Lloyd & M Woolley.')).toMatchObject({ names: ['R Hawkesford', 'C Lloyd', 'M Woolley'], chair: 'R Hawkesford' });
    expect(readEnAttendance('R Hawkesford C Lloyd, M Woolley').names).toEqual(['R Hawkesford', 'C Lloyd', 'M Woolley']);
  });

  it('a note’s bold around a Chinese name is markup; a masked name’s stars stay', () => {
    expect(readZhAttendance('**陈道清（华为）**')).toEqual(['陈道清']);
    expect(readZhAttendance('**冯杰  （西电）')).toEqual(['冯杰']);
    expect(readZhAttendance('张**、李四')).toEqual(['张**', '李四']);
  });

  it('a numbered 列席 head left unread after the list makes the list a reading', () => {
    const text = ['某学会第1次理监事会议 会议纪录', '一、时 间：2023年10月06日', '二、出席人员：', '江国兴', '王祥宇', '陈惠茹', '三、列席人员', '潘国全 （秘书长）', '四、讨论事项：', '1. 是否建立电子公文系统', '决议：先搁置。'].join('\n');
    expect(extractFromText(text).fields.attendees?.confidence ?? 0).toBeLessThan(0.9);
  });
});
