import { describe, expect, it } from 'vitest';
import { groupOwner } from './group-owners';

describe('a task given to a group or post named in plain words', () => {
  it.each([
    ['AI: steering members to list the topics they want for the retreat', 'steering members'],
    ['Action: board should add the new treasurer to the mailing list', 'board'],
    ['Decision: The maintainers will tag a release candidate next week', 'The maintainers'],
    ['All the hockey coaches should collect the consent forms before the trip.', 'All the hockey coaches'],
    ['Grounds committee to proceed with the fencing quote, pending approval', 'Grounds committee'],
    ['Action: All to review the draft charter before the next call.', 'All'],
    ['A motion was made for the treasurer to approach the bank about fees.', 'the treasurer'],
    ['- Action: everyone will bring a dish to the picnic', 'everyone'],
  ])('%s', (text, owner) => {
    expect(groupOwner(text)).toBe(owner);
  });

  it.each([
    'Discussion with members to follow at the next meeting.',
    'The board will be told of the outcome.',
    'Members noted the report from the treasurer.',
    'Minutes of the committee to be approved next time.',
    'Jo to contact the council about the grant.',
    'Send new sponsor leads to the treasurer.',
    'The club keeps five officers. The board will seek to fill empty roles.',
    'The committee will meet again in March.',
    'The working group agreed to rename the pilot project.',
  ])('none in %s', (text) => {
    expect(groupOwner(text)).toBeNull();
  });
});
