import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { segment } from '../segment/segment';
import { linesFromText } from '../linearize/lines';
import { speakerTurns } from './speaker-turns-en';

const seg = (text: string) => segment(linesFromText(text));

// A working group's call notes: a dated heading, then who said what, one turn a line; no attendance list.
const notes = [
  '# Schema Task Force Call',
  '## Notes, Tuesday 4 March 2025',
  '### Topic 1: versioning',
  'Priya: We should move the version field into the header block.',
  'Tomas: That breaks every consumer that reads the old layout today.',
  'Priya: Only if we drop the old field, which nobody proposed.',
  'Wen Li: Can we keep both for one release and warn on the old one?',
  'Tomas: That works for me if the warning is documented.',
  'Agreed to keep both fields for one release.',
  '### Topic 2: test suite',
  'Aisha: The conformance tests still fail on the date formats.',
  'Wen Li: I can look at the date cases before the next call.',
  'Aisha: Thanks, I will send the failing samples to the list.',
  'Priya: Let us review the fixes at the next meeting then.',
  'Tomas: I will draft the release note for the header change.',
  'Aisha: Please tag me on the pull request when it is ready.',
  'Wen Li: Agreed, and I will update the samples in the repository.',
].join('\n');

describe('a scribe’s notes of who said what', () => {
  it('reads four speakers taking turns as the people at the meeting', () => {
    expect(speakerTurns(seg(notes))).toBe(true);
    expect(extractFromText(notes).isMinutes).toBe(true);
  });

  it('takes no form’s labels, nor short values, for speakers', () => {
    const form = [
      'Topic: budget review for the coming year and its items',
      'Status: open until the finance group reports back to us',
      'Owner: the treasurer and the secretary of the club together',
      'Discussion: the members talked about the fees for next year',
      'Topic: new website for the club and its hosting costs',
      'Status: waiting on three quotes from the local web firms',
      'Owner: the secretary with help from the two volunteers',
      'Discussion: the members asked for a cheaper hosting plan',
      'Date: 4 March 2025 at seven in the evening',
      'Date: 11 March 2025 at seven in the evening',
      'Location: the village hall, main room on the ground floor',
      'Location: the village hall, small room on the first floor',
    ].join('\n');
    expect(speakerTurns(seg(form))).toBe(false);
    expect(speakerTurns(seg('Anna: Yes.\nBen: No.\nCara: Ok.\nDev: Fine.\nAnna: Yes.\nBen: No.\nCara: Ok.\nDev: Fine.\nAnna: Yes.\nBen: No.\nCara: Ok.\nDev: Fine.'))).toBe(false);
  });

  it('wants four speakers: an interview of two is none', () => {
    const interview = notes.replace(/^(?:Wen Li|Aisha):/gm, 'Priya:');
    expect(speakerTurns(seg(interview.replace(/^Tomas:/gm, 'Host:')))).toBe(false);
  });
});
