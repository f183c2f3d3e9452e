import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { closingActionMark } from './closing-action-mark';

describe('closingActionMark', () => {
  it.each([
    ['County Treasurer and County Commissioner to email units. (ACTION MEG and JANE)', ['MEG', 'JANE']],
    ['Cheques for the subscriptions to go to Meg (Action: MEG)', ['MEG']],
    ['The hall booking to be confirmed before June [Action – JB/PT].', ['JB', 'PT']],
  ])('%s', (line, owners) => {
    expect(closingActionMark(line)?.assignees).toEqual(owners);
  });

  it('names no one in a status, and needs a sentence before it', () => {
    expect(closingActionMark('The website is being rebuilt (Action: ongoing)')).toBeNull();
    expect(closingActionMark('(ACTION JANE)')).toBeNull();
    expect(closingActionMark('The survey was sent out to members (see attached)')).toBeNull();
  });
});

describe('items each closing with an action mark', () => {
  const record = [
    'Minutes of the Executive Committee',
    'Monday 23rd April 2012',
    'Present: Jane Bevan, Megan Jones, Chris Wykes',
    '1. Minutes of the last meeting were agreed as correct.',
    '2. RSPB – North and South events still to organise. Further contact needed with the society (ACTION JANE)',
    '3. Subscriptions – Thank you to Karen for her work; cheques to go to Meg by the cut-off date (Action: MEG)',
    '4. Any other business',
    'None.',
  ].join('\n');

  it('gives each as a task of the owners its mark names', () => {
    const d = extractFromText(record);
    const rspb = d.decisions.find((x) => x.text.includes('RSPB'));
    const subs = d.decisions.find((x) => x.text.includes('Subscriptions'));
    expect(rspb?.assignees).toEqual(['JANE']);
    expect(subs?.assignees).toEqual(['MEG']);
    expect(rspb).not.toBe(subs);
  });
});
