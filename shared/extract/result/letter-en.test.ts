import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('a letter to members about a meeting', () => {
  it('greeting its readers is no record, though it tells what the committee decided', () => {
    const letter = ['Special AGM Announced: 11th July', '', 'Greetings all,', '', 'The committee has decided on the date for the next AGM, 11th July 2013, to discuss the constitution.', 'Please note, we need 20 members at the meeting to allow it to proceed.', 'Please circulate this news amongst yourselves and we will see you at the AGM.'].join('\n');
    const d = extractFromText(letter);
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/letter/);
  });

  it('a record that lists who attended is read as minutes', () => {
    const record = ['Committee Meeting 3 March 2021', 'Dear all,', 'Present: Ann Lowe (Chair), Bo Tran, Cy Webb', '1. The minutes of the last meeting were approved.', '2. It was agreed that the fees remain at £10.'].join('\n');
    expect(extractFromText(record).isMinutes).toBe(true);
  });
});

describe('an AGM report under its heading', () => {
  it('is the meeting retold for readers, not its minutes', () => {
    const post = ['2022 AGM Report', 'The Annual General Meeting of the Society was held on Wednesday 26th October in the Hall.', 'Bill Lee, our Chairperson, gave his report on the previous year.', 'All committee members were re-elected in their roles.', 'A motion to make the constitution gender free was passed unanimously.'].join('\n');
    expect(extractFromText(post).isMinutes).toBe(false);
  });
});
