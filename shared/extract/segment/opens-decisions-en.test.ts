import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const items = Array.from({ length: 8 }, (_, k) => `${k + 1}. ${['The work on the college software has to be completed.', 'The newsletter of the college has to be published by the end of the academic year.', 'All teachers should submit proposals for research projects.', 'Every department should submit a proposal for a seminar grant.', 'A waste disposal mechanism should be made functional in the campus.', 'The website of the college should be updated regularly.', 'The college chapel should be completed by Dec. 2014.', 'It was decided to renovate the Economics department room.'][k]}`).join('\n');

describe('a paragraph that ends "The following decisions were taken."', () => {
  it('opens the decisions: every item under it is one', () => {
    const d = extractFromText(`Minutes of the IQAC meeting held on 16th October 2014\nPresent: Dr A Rao, Dr B Nair, Dr C Menon\nThe committee discussed the various quality aspects of the college. The following decisions were taken.\n${items}\nDr. A Rao\nPrincipal\n`);
    expect(d.decisions).toHaveLength(8);
    expect(d.decisions[0].text).toMatch(/^The work on the college software/);
  });
});
