import { describe, expect, it } from 'vitest';
import { placeHeadingBody, widerPlaceStart } from './issuer-place';
import { extractFromText } from '../index';

const BODY = '\nPresent: Mayor A Smith, Councillor B Jones\n1. Agenda\nMOVED by Councillor Jones that the agenda be approved. CARRIED.\n2. Budget\nMOVED by Councillor Smith that the budget be adopted. CARRIED.';

describe('placeHeadingBody', () => {
  it('reads a place government opening a heading run on with its minutes', () => {
    expect(placeHeadingBody('1 CITY OF EASTBY MINUTES OF REGULAR COUNCIL MEETING')).toEqual({ name: 'CITY OF EASTBY', at: 2 });
    expect(placeHeadingBody('The Corporation of the Township of Westby Draft Minutes of a Regular Meeting')?.name).toBe('The Corporation of the Township of Westby');
    expect(placeHeadingBody('RURAL MUNICIPALITY OF MARSH LAKE NO. 442 MINUTES')?.name).toBe('RURAL MUNICIPALITY OF MARSH LAKE NO. 442');
  });
  it('leaves a heading that is not opened by the place, or in mixed case', () => {
    expect(placeHeadingBody('MINUTES OF THE CITY OF EASTBY COUNCIL')).toBeNull();
    expect(placeHeadingBody('City of eastby minutes')).toBeNull();
    expect(placeHeadingBody('CITY OF EASTBY COUNCIL CHAMBERS')).toBeNull();
  });
});

describe('widerPlaceStart', () => {
  it('takes in the words printed before a place kind', () => {
    const text = 'meeting of the Rural Municipality of Mountain held';
    const at = text.indexOf('Municipality');
    expect(text.slice(widerPlaceStart(text, at, 'Municipality of Mountain'))).toMatch(/^Rural Municipality/);
  });
  it('keeps a name that is not a place kind, or words in another case', () => {
    const text = 'RURAL Municipality of Mountain';
    const at = text.indexOf('Municipality');
    expect(widerPlaceStart(text, at, 'Municipality of Mountain')).toBe(at);
    expect(widerPlaceStart('Rural Fire Brigade', 6, 'Fire Brigade')).toBe(6);
  });
});

describe('the issuer of a place government', () => {
  it('is read from a run-on heading', () => {
    expect(extractFromText(`1 CITY OF EASTBY MINUTES OF REGULAR COUNCIL MEETING Tuesday, November 14, 2017 7:00 p.m.${BODY}`).issuer).toBe('CITY OF EASTBY');
  });
  it('is read from the sentence saying the body met', () => {
    expect(extractFromText(`Council Minutes\nRegular Council Meeting, May 12, 2021\nThe regular meeting of the Eastby Village Council met in the Council Chambers at 19:00 with Mayor Smith presiding.${BODY}`).issuer).toBe('Eastby Village Council');
  });
});
