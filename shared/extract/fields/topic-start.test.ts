import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { topicStart } from './topic-start';

// A topic, at most one sentence said, then the outcome, on one line: the item starts at the topic.
const TOPICS = ['Club Championship Junior Pairs:', 'Xmas lunch.', 'Second team captain, no nominations.', 'Review of the Constitution –', 'Hall hire:'];
const SAID = ['', '24 March or 7 April suggested as suitable dates.', 'Various options were discussed.'];
const OUTCOMES = ['N Franks to contact the teams.', 'It was agreed to book the hall for 3 December.', 'The consensus was to keep the fees unchanged.'];

const doc = (line: string) => ['Club committee meeting', '3 November 2014', 'Present: Anna Tyler (Chair), Jill Preston, Meg Lock', '', 'Business', `• ${line}`, '• Meg had spoken to the caterer about prices', '', 'Meeting closed at 9pm.'].join('\n');

describe('an outcome after its topic on the same line', () => {
  for (const topic of TOPICS) {
    // "Second team captain, no nominations." is its topic and its one sentence already.
    for (const said of topic.includes(',') ? [''] : SAID) {
      it.each(OUTCOMES)(`${topic} ${said} %s starts at the topic`, (outcome) => {
        const line = [topic, said, outcome].filter(Boolean).join(' ');
        const d = extractFromText(doc(line)).decisions.find((x) => x.text.includes(outcome.slice(0, 12)));
        expect(d?.text.startsWith(topic.replace(/[.:,–]$/, '').slice(0, 12))).toBe(true);
      });
    }
  }
  it('a topic on a line of its own is a heading: the item starts at the outcome', () => {
    const text = doc('Hall hire:\nIt was agreed to book the hall for 3 December.');
    expect(extractFromText(text).decisions.map((d) => d.text)).toContain('It was agreed to book the hall for 3 December.');
  });
  it.each([
    ['The Clerk presented the draft budget. After discussion it was RESOLVED to recommend a precept.', 'After discussion'],
    ['Budget. RECOMMENDED that the draft budget be referred to Council.', 'RECOMMENDED'],
  ])('%s: a sentence or a formula in capitals is no topic', (line, from) => {
    expect(topicStart(line, line.indexOf(from))).toBe(line.indexOf(from));
  });
  it('a long discussion before the outcome keeps the outcome as the start', () => {
    const line = 'Hall hire: the hall is dear. The church is cheaper. It was agreed to book the hall.';
    expect(topicStart(line, line.indexOf('It was'))).toBe(line.indexOf('It was'));
  });
  it('who acts is read from the outcome, not the topic', () => {
    const d = extractFromText(doc('Hall hire: Jill Preston said prices rose. N Franks to contact the teams.')).decisions.find((x) => x.text.startsWith('Hall hire'));
    expect(d?.assignees).toEqual(['N Franks']);
  });
});

// A phrase that sets the scene before a comma is no topic: the outcome starts where it is read.
describe('a scene-setting phrase is no topic', () => {
  it('the motion starts at its own sentence', () => {
    const line = 'On the agenda next, Mayor Freeman asked to adopt the minutes of the meeting on January 27, 2014. Alderman Parker made a motion to approve the minutes.';
    const at = line.indexOf('Alderman Parker');
    expect(topicStart(line, at)).toBe(at);
  });
  it('a short topic closed by a comma still opens the item', () => {
    const line = 'Second team captain, no nominations. The consensus was to ask Jo.';
    expect(topicStart(line, line.indexOf('The consensus'))).toBe(0);
  });
});

// A bulleted item is one item from its bullet: what was found, then who acts on it.
describe('an outcome after one sentence in a bulleted item', () => {
  const notes = (item: string) => ['Board meeting', 'June 23, 2005', 'Board members present: Chris, Hilmar, Ewan, Andrew', '', "Treasurer's Report", '', `- ${item}`, '- Review of the accounts', '', 'Meeting closed at 5pm.'].join('\n');
  const ITEM = "The account got a $9,000 deposit but we don't know who it comes from. Chris will investigate.";
  it('starts at the bullet, and who acts is read from the outcome', () => {
    const d = extractFromText(notes(ITEM)).decisions.find((x) => x.text.includes('Chris will'));
    expect(d?.text.startsWith('The account got')).toBe(true);
    expect(d?.assignees).toEqual(['Chris']);
  });
  it('an unbulleted line keeps the outcome as the start', () => {
    expect(topicStart(ITEM, ITEM.indexOf('Chris'))).toBe(ITEM.indexOf('Chris'));
    expect(topicStart(ITEM, ITEM.indexOf('Chris'), true)).toBe(0);
  });
  it('two sentences before the outcome keep the outcome as the start', () => {
    const item = 'The account got a deposit. We do not know who sent it. Chris will investigate.';
    expect(topicStart(item, item.indexOf('Chris'), true)).toBe(item.indexOf('Chris'));
  });
});
