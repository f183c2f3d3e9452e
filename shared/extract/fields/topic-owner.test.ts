import { describe, expect, it } from 'vitest';
import { topicOwners } from './topic-owner';

describe('a task told after its topic’s label', () => {
  it.each([
    ['Raffle Prizes: K Morton to arrange vouchers from the garden centre.', ['K Morton']],
    ['4. Open issues - Priya will look at the stale tickets before the release', ['Priya']],
    ['Hedge cutting – Dave to contact the contractor about a date', ['Dave']],
    ['• Newsletter: Sam and Alex to draft the spring issue', ['Sam', 'Alex']],
    ['Website: Lena will update the events page', ['Lena']],
  ])('%s', (text, owners) => {
    expect(topicOwners(text)).toEqual(owners);
  });

  it.each([
    'Adjournment: Motion to adjourn was moved by Jo Smith.',
    'Abstain: None to approve the agenda.',
    'Open issues - the pull request was merged.',
    'Budget: Club to continue funding the awards.',
    'Dave to contact the contractor about a date',
  ])('none in %s', (text) => {
    expect(topicOwners(text)).toBeNull();
  });
});
