import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { parseLabel } from './labels';

describe('an attendance heading set in emphasis on its own line', () => {
  it('is the label, its names on the lines below', () => {
    for (const head of ['__Participants__', '**Attendees**', '*Present*']) expect(parseLabel(head)?.kind).toBe('attendance');
    expect(parseLabel('**The New Website**')).toBeNull();
  });

  it('reads a developers’ meeting summary’s participants and what it concluded', () => {
    const d = extractFromText(
      ['Developers Meeting', '==================', ':Date: 2011-03-09', '', '__Participants__', '', '* Christian Thaeter (cehteh)', '* Francesco Siddi (fsiddi)', '* Stefan Kangas (skangas)', '', 'Discussion about the IFrame', '~~~~~~~~~~~~~~~~~~~~~~~~~~~', '', 'Conclusion was that we will stick with IFrames for now and change later when that becomes a problem.'].join('\n'),
    );
    expect(d.isMinutes).toBe(true);
    expect(d.attendees).toEqual(['Christian Thaeter', 'Francesco Siddi', 'Stefan Kangas']);
  });
});
