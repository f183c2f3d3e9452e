import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { cleanEnPerson } from './people';

describe('a roll whose honorifics run into the names', () => {
  it('reads every name', () => {
    const d = extractFromText(
      'Minutes of the IQAC meeting held on 16th October 2014\n\nThe following members were present.\n\nDr.Abel Rao, , Dr. P.K.Nair, Prof.Vinu Menon, Dr. Deepa G R, Mr. M S John,\n\nProf. Jessy Anu Philip, Prof Giggy P Koshy.\n\nThe committee discussed the agenda. The following decisions were taken.\n1. The work on the college software has to be completed.\n2. The website should be updated.\n',
    );
    expect(d.attendees).toEqual(['Abel Rao', 'P.K.Nair', 'Vinu Menon', 'Deepa G R', 'M S John', 'Jessy Anu Philip', 'Giggy P Koshy']);
  });
});

describe('an honorific run into the name', () => {
  it('is left off the name', () => {
    expect(cleanEnPerson('Dr.Sabu George').name).toBe('Sabu George');
    expect(cleanEnPerson('Prof.George Kurian').name).toBe('George Kurian');
    expect(cleanEnPerson('Miss.Princess Kalua').name).toBe('Princess Kalua');
    expect(cleanEnPerson('Mrs.Ivy Majawa').name).toBe('Ivy Majawa');
  });
});
