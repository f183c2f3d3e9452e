import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { isVoteOutcome } from './vote-outcomes';

// Outcomes told as a sentence about the vote or the agreement, in several phrasings.
const OUTCOMES = [
  'Paul Royle was proposed and elected unopposed.',
  'Mary Jones was nominated, seconded and duly elected as Treasurer.',
  'Stuart Campbell was nominated and elected the chair.',
  'The proposal was put to a vote and passed unanimously.',
  'The amendment was put to the vote and agreed.',
  'A vote was taken and it was decided to buy a new mower.',
  'After the opening remarks, a vote was held on whether to ratify the new member.',
  'A show of hands was taken and the date was fixed for 4 May.',
  'Consensus in meeting was that it should be two separate sessions.',
  'The consensus was to keep the fees as they are.',
  'General agreement that the newsletter goes monthly.',
  'There being no objection, the consensus was that the hall be booked.',
  'A decision was made to not hold a committee meeting in December.',
  'An agreement has been made on steps 1-7 of the dispute process.',
  'The decision was taken to close the account.',
  // The noun bare, or with who agreed after it.
  'Agreement that the meeting should have a broader scope this time.',
  "Agreement among the Board that we don't need the extra cover.",
  'Consensus among all members to move the meeting to Thursdays.',
  'Agreement between the trustees that the fee stays at £10.',
  'Consensus of the committee was reached on the new logo.',
  'Accepted without correction.',
  'Approved as a true record.',
  'Adopted with no amendments.',
];
// A vote on a motion told before, a lost vote, a question left open, a plan: no outcome here.
const NONE = [
  'The vote was taken and the motion carried unanimously.',
  'A decision will be made at the next meeting.',
  'No decision was made.',
  'A vote was taken but the proposal was lost.',
  'Paul Royle was proposed for the post.',
  'The agreement with the landlord expires in May.',
  'Accepted that more work is needed.',
  'Agreement with the landlord to be reviewed.',
  'Agreement of the lease is pending.',
  'Consensus building workshop next month.',
];

const doc = (line: string) => ['Club committee meeting', '3 November 2014', 'Present: Anna Tyler (Chair), Jill Preston, Meg Lock', '', 'Club business', 'Anna presented the treasurer’s report.', line, '', 'Meeting closed at 9pm.'].join('\n');

describe('outcomes told about the vote or the agreement', () => {
  it.each(OUTCOMES)('%s is an outcome', (line) => {
    expect(isVoteOutcome(line)).toBe(true);
    expect(extractFromText(doc(line)).decisions.map((x) => x.text)).toContain(line);
  });
  it.each(NONE)('%s is none', (line) => {
    expect(extractFromText(doc(line)).decisions.map((x) => x.text)).not.toContain(line);
  });
});

// A page with an action list beside its notes: an agreement told as a noun in the notes is an outcome too.
describe('an agreement noun beside an action section', () => {
  const page = (line: string) =>
    ['Team meeting notes', '5 March 2024', 'Present: Anna Tyler, Jill Preston, Meg Lock', '', 'Newsletter', `- ${line}`, '- Jill said the printer is slow.', '', 'Action items', '- Anna to book the hall.', '- Meg to email the members.'].join('\n');
  it.each(['General agreement that the newsletter goes monthly.', 'Agreement among the committee that the fee stays.', 'Agreement that we print fewer copies.'])('%s', (line) => {
    const got = extractFromText(page(line)).decisions.map((x) => x.text);
    expect(got).toContain(line);
    expect(got).not.toContain('Jill said the printer is slow.');
  });
});
