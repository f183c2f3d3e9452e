import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { handleList } from './handle-list';

const body = ['1. Budget', 'It was agreed that the budget for 2020/21 be adopted as circulated.', 'Action: Ann to send the budget to members by Friday.'].join('\n');
const head = 'Minutes of the Riverside Project Committee Meeting 2 March 2020';

/** Lists of chat handles, as IRC-scribed minutes print them. */
const lists = [
  ['AndyS', 'Dominik_T', 'fabio', 'gkellogg', 'olaf', 'olaf_', 'ora', 'pchampin', 'TallTed'],
  ['jdoe', 'msmith', 'TallTed'],
  ['nick_telford', 'rouslan', 'Ian', 'stpeter2'],
  ['dka', 'plinss', 'hober', 'torgo', 'cynthia'],
];

describe('attendance by chat handles', () => {
  it.each(lists)('reads %s', (...items) => {
    expect(handleList(items.join(', '))).toEqual(items);
    for (const label of ['Present', 'Attendees', 'In attendance']) {
      const d = extractFromText(`${head}\n${label}: ${items.join(', ')}\n${body}`);
      expect(d.attendees).toEqual(items);
    }
  });

  it.each(['Ann Lee, Bob Ray, Carl Fox', 'Mayor B Wilson, Cllr A Reed, Cllr C Tide', 'SSAC, SGS, HAS', 'Ann, Bob', 'John, Mary, Tom'])('leaves names and codes to the name reader: %s', (v) => {
    expect(handleList(v)).toBeNull();
  });
});
