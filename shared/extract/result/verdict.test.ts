import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const body = 'xx年xx月xx日,代縣長主持召開了縣政府第xx次常務會議,現將會議確定事項紀要如下:\n一、關于xx縣財政預算執行情況\n會議原則同意縣財政局的意見,由縣財政局負責落實。\n二、關于統籌城鄉發展有關問題\n會議同意縣經發局的方案。\n';

describe('a writing guide’s model text is not minutes', () => {
  it('a 范文 label on the page heading over masked names is a model, not a record', () => {
    expect(extractFromText(`常務會議紀要范文精選\n${body}`).isMinutes).toBe(false);
    expect(extractFromText(`办公会议纪要范文\n${body.replace(/縣/g, '县')}`).isMinutes).toBe(false);
  });
  it('the same text without the label, or the label over real names, stays minutes', () => {
    expect(extractFromText(`縣政府常務會議紀要\n${body}`).isMinutes).toBe(true);
    const real = body.replace(/xx年xx月xx日/, '2011年3月2日').replace(/第xx次/, '第5次').replace(/xx縣/, '某縣');
    expect(extractFromText(`常務會議紀要范文精選\n${real}`).isMinutes).toBe(true);
  });
});

describe('templates left blank', () => {
  it('a template with a placeholder date and empty labels is not minutes', () => {
    const blank = extractFromText('AGM Minutes yyyy-mm-dd\nAgenda\n1. To confirm the minutes\n2. To receive the report\nAttendees:\nProxy:\nSecretary:\nChairperson:\nStart Time:');
    expect(blank.isMinutes).toBe(false);
    expect(blank.reason).toMatch(/template/);
  });
});

describe('a look-alike rule does not fire on a real record', () => {
  it('a headline naming the meeting held is not taken for a report by its last word', () => {
    const d = extractFromText('区政府召开第十二次常务会议听取年度工作报告\n3月2日，区长某某主持召开区政府第十二次常务会议。\n会议听取了区财政局关于年度预算执行情况的报告，原则同意。\n会议研究了老旧小区改造事项，决定由区住建局牵头落实。');
    expect(d.isMinutes).toBe(true);
  });
  it('a notice calling a meeting still ends in its own word', () => {
    const d = extractFromText('关于召开区政府第十二次常务会议的通知\n各有关单位：\n定于3月2日召开区政府常务会议，请准时参加。');
    expect(d.isMinutes).toBe(false);
  });
  it('a record that says "said" but records who attended is not a story', () => {
    const d = extractFromText('Parish Council Meeting held on 4 March 2021\nPresent: Cllr A. Smith (Chair), Cllr B. Jones, Cllr C. Brown\nCllr Jones said the verge was cut.\nCllr Brown said the bench was repaired.\nThe clerk said the grant was received.\nThe budget was approved.');
    expect(d.isMinutes).toBe(true);
  });
});
