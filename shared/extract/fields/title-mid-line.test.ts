import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { midLineHeading } from './title-mid-line';

const body =
  ' Cllr A Abel (Chairman), Cllr B Baird, Cllr C Cole, Cllr D Dunn. 1. Apologies: none. 2. It was resolved that the accounts for the year be approved and that the clerk write to the auditor. The meeting closed at 9pm.';

describe('a heading inside a run-together line', () => {
  it('in capitals, after a letterhead, up to the attendance label', () => {
    const text = `THIS DOCUMENT IS THE PROPERTY OF THE GOVERNMENT OF EASTBY Copy No: MINUTES OF A SPECIAL MEETING OF THE EASTBY EXECUTIVE COUNCIL HELD ON MONDAY 13TH OCTOBER 2014 PRESENT:${body}`;
    expect(extractFromText(text).title).toBe('MINUTES OF A SPECIAL MEETING OF THE EASTBY EXECUTIVE COUNCIL HELD ON MONDAY 13TH OCTOBER 2014');
  });

  it('in ordinary case, after the body and a state of the record, up to who was present', () => {
    const text = `The Corporation of the Township of Eastby Draft Minutes of a Regular Meeting of Council held on Tuesday, April 6th, 2021 at 4:30 p.m. in the Council Chambers The following Members were present:${body}`;
    expect(extractFromText(text).title).toBe('Draft Minutes of a Regular Meeting of Council held on Tuesday, April 6th, 2021 at 4:30 p.m. in the Council Chambers');
  });

  it('leaves out the first word of the sentence after a heading in capitals', () => {
    expect(midLineHeading(`04/20/1960 - Council 106 MINUTES OF A SPECIAL MEETING OF THE BOARD OF SUPERVISORS, EASTBY TOWNSHIP A special meeting of the Board was held on April 20th, 1960 at 7 o'clock P.M.${body}`)?.text).toBe('MINUTES OF A SPECIAL MEETING OF THE BOARD OF SUPERVISORS, EASTBY TOWNSHIP');
  });

  it('is not minutes spoken of in a motion, nor the date after a heading that began before', () => {
    expect(midLineHeading(`ORDINARY MEETING 14 FEBRUARY 2012 Present Cr A Abel Moved by Cr Abel Seconded by Cr Baird That the Minutes of the Ordinary Meeting of Council held on Tuesday 10 January 2012 are taken as read and confirmed.${body}`)).toBeNull();
    expect(midLineHeading(`11/13/2018 Council Special Meeting MinutesSPECIAL EASTBY CITY COUNCIL MEETING MINUTES OF NOVEMBER 13, 2018 The City Council of Eastby met in special session.${body}`)).toBeNull();
  });
});
