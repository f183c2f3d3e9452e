import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { readRunOnListAndChair } from './people';

const names = Array.from({ length: 30 }, (_, k) => `${k + 2}. Dr. ${['Ajay Ranga', 'Amit Joshi', 'Anu Chatrath', 'Akhtar Mahmood', 'Amar Singh'][k % 5]}${k >= 5 ? ` ${String.fromCharCode(65 + k)}` : ''}`).join(' ');
const page = `PANJAB UNIVERSITY, CHANDIGARH Minutes of meeting of the SENATE held on Sunday, 10 th September 2017 at 10.00 a.m. in the Senate Hall, Panjab University, Chandigarh. PRESENT: 1. Professor Arun Kumar Grover … (in the Chair) Vice Chancellor ${names} The Vice Chancellor welcomed the members. It was resolved that the minutes be confirmed.`;

describe('a PDF’s run-together record opened by its body’s name in capitals', () => {
  it('reads the heading after the name, past a time’s dots, to its full stop', () => {
    expect(extractFromText(page).title).toBe('Minutes of meeting of the SENATE held on Sunday, 10 th September 2017 at 10.00 a.m. in the Senate Hall, Panjab University, Chandigarh');
  });
  it('reads the chair marked in the run-on list as presiding', () => {
    expect(extractFromText(page).presider).toBe('Arun Kumar Grover');
  });
});

describe('a run-on list’s chair', () => {
  it('is the item marked "(in the Chair)", its leader of dots left out', () => {
    expect(readRunOnListAndChair('1. Professor Arun Kumar Grover … (in the Chair) Vice Chancellor 2. Dr. Ajay Ranga 3. Dr. Amit Joshi')).toEqual({ names: ['Arun Kumar Grover', 'Ajay Ranga', 'Amit Joshi'], chair: 'Arun Kumar Grover' });
  });
  it('is none where no item is marked', () => {
    expect(readRunOnListAndChair('1. Dr. Ajay Ranga 2. Dr. Amit Joshi 3. Shri Ashok Goyal').chair).toBeNull();
  });
});
