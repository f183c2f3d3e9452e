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
