import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { cleanEnPerson } from './people';

describe('a roll under "The following members were present."', () => {
  it('reads the names below a heading closed by a full stop', () => {
    const d = extractFromText(
      'Minutes of the IQAC meeting held on 16th October 2014\n\nThe following members were present.\n\nDr. A Rao, Dr. P.K.Nair, Prof. V I Menon, Dr. Deepa G R\n\nThe committee discussed the agenda. The following decisions were taken.\n1. The work on the college software has to be completed.\n2. The website should be updated.\n',
    );
    expect(d.attendees).toEqual(['A Rao', 'P.K.Nair', 'V I Menon', 'Deepa G R']);
  });
});

describe('an honorific run into the name', () => {
  it('is left off the name', () => {
    expect(cleanEnPerson('Dr.Sabu George').name).toBe('Sabu George');
    expect(cleanEnPerson('Prof.George Kurian').name).toBe('George Kurian');
  });
});
