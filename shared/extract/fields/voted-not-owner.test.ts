import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// "Voted to approve …" opens with the meeting's act, not with who is to act.
describe('"Voted to …" names no owner', () => {
  it('reads the vote as a decision with no assignee', () => {
    const d = extractFromText(
      [
        'Chief Gun Club',
        'Meeting Minutes – REGULAR Meeting',
        'August 21, 2012 6:30 pm',
        'Present: Barbara Lee, Tom Ng, Ann Poe',
        'Minutes:  Minutes from July 17 were approved with no changes.',
        'Unfinished Business',
        'a.       Parker and Aimee Lane donating tax filing services for the gun club.  Voted to approve them doing our taxes.  Status:  not started – need to get Sue’s information to the Lanes.  Barbara will get this information to the Lanes',
      ].join('\n'),
    );
    const votes = d.decisions.filter((x) => x.text.includes('Voted to approve'));
    expect(votes.length).toBeGreaterThan(0);
    for (const v of votes) expect(v.assignees).not.toContain('Voted');
  });
});
