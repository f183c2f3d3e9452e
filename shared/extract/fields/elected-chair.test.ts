import { describe, expect, it } from 'vitest';
import { electedChair } from './elected-chair';
import { extractFromText } from '../index';

describe('the chair chosen at the start of the meeting', () => {
  const page = (line: string) =>
    `Minutes of the Working Group, 14 May 2019\nPresent: R. Okafor, J. Mensah, L. Diallo, T. Banda\n1. Opening\n${line}\n2. Work plan\nIt was agreed that the work plan be adopted.\nAction: J. Mensah to circulate the plan by 30 June.`;
  it.each([
    ['R. Okafor was nominated as Chairman and L. Diallo as Rapporteur.', 'R. Okafor'],
    ['Subsequently, Jane Mensah was nominated and elected the chair.', 'Jane Mensah'],
    ['Dr. Lea Diallo was unanimously elected Chairperson.', 'Lea Diallo'],
    ['A motion was made to elect Tom Banda as moderator, seconded from the floor.', 'Tom Banda'],
    ['The members appointed JM to be chairman for this meeting.', 'JM'],
  ])('%s', (line, name) => {
    expect(extractFromText(page(line)).presider).toBe(name);
  });

  it.each([
    'Jane Mensah was elected Vice Chair.',
    'Tom Banda was elected Chair for the coming year.',
    'Lea Diallo was elected Chairperson of the Regional Network until 2021.',
    'The meeting was elected to proceed.',
    'Jane Mensah was elected Treasurer.',
  ])('names no chair of this meeting: %s', (line) => {
    expect(electedChair(line)).toBeNull();
  });
});
