import { describe, expect, it } from 'vitest';
import { findTitle } from './header';
import { segment } from '../segment/segment';
import { linesFromText } from '../linearize/lines';

const title = (text: string) => findTitle(segment(linesFromText(text)))?.value ?? null;

// A secretary's letter to members tells of the meeting in the first person: its sentence is no heading.
describe('a line in the first person is no title', () => {
  it.each([
    'We have just held our 4th AGM and the minutes have been posted to all members.',
    'I would like to thank everyone who came to the Annual General Meeting.',
  ])('%s', (line) => {
    expect(title(['Dear Members', '', line, '', 'The club has grown every year since it started.'].join('\n'))).not.toBe(line);
  });
  it('a heading that names a parish “Our Lady” is still a title', () => {
    expect(title(['Our Lady of Lourdes Parish Council Minutes', '', 'Present: Fr. John, A. Smith', '1. The minutes were approved.'].join('\n'))).toBe('Our Lady of Lourdes Parish Council Minutes');
  });
});
