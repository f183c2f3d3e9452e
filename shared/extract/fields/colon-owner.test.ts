import { describe, expect, it } from 'vitest';
import { colonOwners } from './colon-owner';
import { extractFromText } from '../index';

describe("an action list's owner before a colon, a command after it", () => {
  it.each([
    ['Ciarán: Initiate the discussion via the mailing list', ['Ciarán']],
    ['Roland: Make two more decks of pigeonholes', ['Roland']],
    ['**Calum:** Complete the minutes for this meeting.', ['Calum']],
    ['BOSA: check status at federal level', ['BOSA']],
  ])('names the owner: %s', (text, owners) => {
    expect(colonOwners(text)).toEqual(owners);
  });

  it.each(['Budget: check the figures', 'Action Item: talk to Shiroma about the board', 'UNDEFINED: write tests', 'EP: can subdomains be changed?', 'Meeting: send invites'])('names no one where a topic, a mark or a question stands there: %s', (text) => {
    expect(colonOwners(text)).toBeNull();
  });

  it("gives the owner to a record's action items where no roll names them", () => {
    const d = extractFromText(['Hackerspace plenum, 14 June 2014', '', 'Action items:', '- Roland: Make two more decks of pigeonholes', '- Jake: Add representatives to the committee email list'].join('\n'));
    expect(d.decisions.map((x) => x.assignees)).toEqual([['Roland'], ['Jake']]);
  });
});
