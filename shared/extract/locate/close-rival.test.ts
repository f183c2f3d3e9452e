// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { linearize } from '../linearize/linearize';
import { locate } from './locate';

function page(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const members = Array.from(
  { length: 15 },
  (_, i) => `<tr><td>${i + 1}</td><td>director of department number ${i + 1}, state health service, secretariat, chennai, ex-officio</td><td>member</td><td>46(${String.fromCharCode(97 + i)})</td></tr>`,
).join('');
const items = Array.from(
  { length: 10 },
  (_, i) => `<div class="item"><p>Item No. ${i + 1}</p><p>Resolved to approve the proposal number ${i + 1}, as placed before the Authority, and to send it to the department, with the changes suggested.</p></div>`,
).join('');

describe('a record split over two boxes the scorer rates alike', () => {
  it('reads the members’ table and the items decided together, under their shared parent', () => {
    const html = `<nav><a href="/">Home</a><a href="/m">Meetings</a></nav><div class="wrap"><div class="heading">Minutes of the first meeting</div><div class="members"><table>${members}</table></div><div class="list">${items}</div></div><footer>© 2019</footer>`;
    const doc = page(html);
    const found = locate(doc);
    const text = linearize(found.root!, found.drop).text;
    expect(text).toContain('director of department number 1, state');
    expect(text).toContain('Resolved to approve the proposal number 10');
  });

  it('keeps to the pick where the shared parent holds much else besides', () => {
    const story = '<p>' + 'A long account of the town’s history, its founding and its growth over the years. '.repeat(40) + '</p>';
    const html = `<div class="wrap"><div class="members"><table>${members}</table></div><div class="list">${items}</div><div class="history">${story}</div></div>`;
    const doc = page(html);
    const found = locate(doc);
    const text = linearize(found.root!, found.drop).text;
    expect(text).toContain('director of department number 1, state');
    expect(text).not.toContain('its founding and its growth');
  });
});
