import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { enTitleBody } from './title-body';

const BODY = ['', '9 May 2024 at the Village Hall', 'Present: Sue Park (Chair), Dan Ortiz, Priya Nair', '', '1. Minutes', 'The minutes of the last meeting were approved.', '', 'Meeting closed at 9pm.'];
const issuerOf = (title: string) => extractFromText([title, ...BODY].join('\n')).issuer;
const never = () => false;

describe('a club or society named by the title before its meeting', () => {
  const named: [string, string][] = [
    ['Shropshire Mammal Group Committee meeting', 'Shropshire Mammal Group'],
    ['Minutes Sydney University Boat Club Special General Meeting.', 'Sydney University Boat Club'],
    ['Oregon Coast Humane Society Board Meeting Minutes May 12, 2021', 'Oregon Coast Humane Society'],
    ['American Legion Post 257 October 2021 Meeting Notes', 'American Legion Post 257'],
    ['Bynea cycling club committee meeting', 'Bynea cycling club'],
    ['Minutes of Dunstable Bogtrotters Running Club committee meeting held 10 July', 'Dunstable Bogtrotters Running Club'],
  ];
  for (const [title, body] of named) {
    it(`is the issuer: "${title}"`, () => expect(issuerOf(title)).toBe(body));
  }

  it('leaves out a committee, board or council, a kind of body and a date', () => {
    for (const title of ['Technical Steering Committee Meeting - 17th Feb 2014', 'Kinvara Community Council Meeting 20th January 2016', 'Board Meeting Minutes', 'Minutes of the Annual General Meeting', 'Residents Association Meeting', '2024-2025 PTA Group Meeting', 'September Social Group Meeting', 'Summary of December Club Meeting']) {
      expect(enTitleBody(title, (n) => /^(?:residents|association|group|club|\s)+$/i.test(n))).toBeNull();
    }
    expect(enTitleBody('Historical Society Minutes', never)).toEqual({ name: 'Historical Society', at: 0 });
  });
});

describe('a club or society named on a header line of its own', () => {
  for (const [head, body] of [
    ['Harrogate Male Voice Choir', 'Harrogate Male Voice Choir'],
    ['THE ROYAL CANADIAN LEGION BRANCH 110', 'THE ROYAL CANADIAN LEGION BRANCH 110'],
    ['Ormond Beach NARFE Chapter 2247', 'Ormond Beach NARFE Chapter 2247'],
  ]) {
    it(`is the issuer: "${head}"`, () => expect(extractFromText([head, 'Minutes of Committee Meeting', ...BODY].join('\n')).issuer).toBe(body));
  }
});
