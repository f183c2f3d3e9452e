import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const record = (item: string) =>
  [
    'Minutes of the Parish Council Meeting held on Thursday 8th February 2018 at 7.30pm in the Village Hall',
    'Present: Cllrs N. MacDermid (Chairman), P. Martin, J. Andrade, S. Lee',
    '1. Apologies: None.',
    `2. ${item}`,
    '3. Correspondence: Letters from the County Council were noted.',
  ].join('\n');

describe('a motion proposed and seconded in one sentence, as British and Irish minutes print it', () => {
  it.each([
    ['Minutes of the meeting held on 8th January 2018: Councillor Martin proposed the minutes to be a correct record, seconded by Councillor Andrade.', 'Councillor Martin proposed the minutes'],
    ['Accounts: Sharen Kyne proposed the accounts which were seconded by Kevin Quigley.', 'Sharen Kyne proposed the accounts'],
    ['Election of Chair: Cllr Orr proposed Cllr Newton for the Chair, this was seconded by Cllr Budge.', 'Cllr Orr proposed Cllr Newton'],
  ])('%s', (item, words) => {
    const d = extractFromText(record(item));
    expect(d.decisions.some((x) => x.text.includes(words))).toBe(true);
  });
});
