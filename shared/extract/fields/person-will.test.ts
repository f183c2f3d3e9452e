import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { onlyPersonTasks, personTask, withoutPersonTasks } from './person-will';

// A named person taking work on in the future, in several phrasings: [sentence, assignees].
const TASKS: [string, string[]][] = [
  ['Andrew will look into the cost of the new console.', ['Andrew']],
  ['Brynn will investigate the drainage quote.', ['Brynn']],
  ['Jordan will also speak with the landscaper.', ['Jordan']],
  ['Meredith and Ashley will draft the newsletter.', ['Meredith', 'Ashley']],
  ['PJ and LDC will look at this.', ['PJ', 'LDC']],
  ['Cllr. H. Gwynne would look into the damaged fencing.', ['H. Gwynne']],
  ['Alex King will contact the insurer before June.', ['Alex King']],
  ['Molly will be pro tem clerk for the committee.', ['Molly']],
  ['Peter will serve as back up for the clean-up.', ['Peter']],
  ['Koryne will now take responsibility for Premises.', ['Koryne']],
];
// Plans and things, not a person given work.
const NONE = [
  'Hoodies will be ordered next week.',
  'The recording will be posted online.',
  'Next Meeting will be held on 5 May.',
  'Membership will have to rise.',
  'Jane will be away in June.',
  'He will look into it.',
  'Andrew would look into the cost.',
  'Minutes will circulate by email.',
];

const doc = (line: string) => ['Committee meeting', '3 November 2014', 'Present: Anna Tyler (Chair), Jill Preston, Meg Lock', '', 'Finance', 'The accounts were approved.', '', 'Other business', line, '', 'Meeting closed at 9pm.'].join('\n');

describe('a person taking work on in the future', () => {
  it.each(TASKS)('%s is a task', (line, who) => {
    expect(personTask(line)?.assignees).toEqual(who);
    const d = extractFromText(doc(line)).decisions.find((x) => x.text === line);
    expect(d?.assignees).toEqual(who);
  });
  it.each(NONE)('%s is none', (line) => {
    expect(personTask(line)).toBeNull();
  });
  it('alone, such sentences are plans: the page is read without them', () => {
    expect(onlyPersonTasks([{ text: 'Tom will send the photos.' }])).toBe(true);
    expect(onlyPersonTasks([{ text: 'Tom will send the photos.' }, { text: 'The accounts were approved.' }])).toBe(false);
    expect(withoutPersonTasks(() => personTask('Tom will send the photos.'))).toBeNull();
    const plans = ['Club night', '3 November 2014', 'Present: Anna Tyler, Jill Preston', '', 'Tom will send the photos.', 'Jill will book the hall for the quiz.'].join('\n');
    expect(extractFromText(plans).decisions.map((d) => d.text)).not.toContain('Tom will send the photos.');
  });
});
