import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { numberedResolution } from './numbered-resolution';

describe('a resolution under its number and its movers', () => {
  it('is a decision whatever its words after "That"', () => {
    const d = extractFromText(
      ['MINUTES', 'TOWNSHIP OF EASTBY', 'Present: Mayor Tom Piper, Councillors Liz Smith, Tom Marchant', 'R2018-112 L. Andersen, T. Butler: That we accept the report as presented. Carried.', 'R2018-113 L. Smith, T. Marchant: That it be acknowledged there was no quorum on 7 February. Carried.'].join('\n'),
    );
    expect(d.decisions.map((x) => x.text)).toEqual(['R2018-112 L. Andersen, T. Butler: That we accept the report as presented.', 'R2018-113 L. Smith, T. Marchant: That it be acknowledged there was no quorum on 7 February.']);
  });

  it('is a decision when its words are the "That … be …" formula too', () => {
    const d = extractFromText(['MINUTES', 'TOWNSHIP OF EASTBY', 'Present: Mayor Tom Piper, Councillors Liz Smith, Tom Marchant', 'R2018-114 L. Smith, T. Marchant: That the report be received. Carried.', 'R2018-115 T. Butler, L. Smith: That the tender be awarded to Eastby Paving. Carried.'].join('\n'));
    expect(d.decisions.map((x) => x.text)).toEqual(['R2018-114 L. Smith, T. Marchant: That the report be received.', 'R2018-115 T. Butler, L. Smith: That the tender be awarded to Eastby Paving.']);
  });

  it('reads the forms a council prints', () => {
    expect(numberedResolution('19/087 PATERSON: That it be acknowledged there was no quorum')).toBe(true);
    expect(numberedResolution('Minutes 19/086 GRAHAM: That the minutes of the First Meeting be accepted')).toBe(true);
    expect(numberedResolution('Res. 2019-45 Smith/Jones: THAT the grant be awarded')).toBe(true);
  });

  it('is not a date or an item number before a heading', () => {
    expect(numberedResolution('2019-05 Meeting: That was a long one')).toBe(false);
    expect(numberedResolution('12/05 Minutes of the last meeting')).toBe(false);
  });
});
