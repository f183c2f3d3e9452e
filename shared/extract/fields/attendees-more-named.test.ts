import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const record = (extra: string) =>
  [
    'Minutes of the Board Meeting held on 12 March 2020',
    'Present: Ann Lee (Chair), Tom Reid, Sue Hart, John Ross',
    'The meeting was called to order at 7:00 pm by Chair Ann Lee.',
    'It was agreed that the minutes of the February meeting be approved.',
    extra,
    'It was agreed to open a savings account.',
  ].join('\n');

describe('a list of who attended, and a sentence naming someone else present', () => {
  it('is a reading to check: the list may not hold everyone', () => {
    const d = extractFromText(record('Other administrators present were Christina Perrino and Oscar Medina.'));
    expect(d.fields.attendees?.confidence).toBeLessThan(0.9);
  });
  it('stays sure where no one else is named present', () => {
    const d = extractFromText(record('The treasurer reported on the accounts.'));
    expect(d.fields.attendees?.confidence).toBeGreaterThanOrEqual(0.9);
  });
});
