// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractFromDocument } from '../index';

/**
 * A page in the scribe tool's shape, made up: the group and the date in the header, the record
 * under a bare "Meeting minutes" heading in <main id=meeting>, its sections each a <section>, the
 * longest of them last (what a scorer alone picks).
 */
function scribePage(group: string, day: string): Document {
  const talk = (who: string, n: number) => Array.from({ length: n }, (_, i) => `<p class=phone><cite>${who}:</cite> point ${i + 1} about the charter and its timeline, with the editors' view</p>`).join('');
  return new DOMParser().parseFromString(
    `<html><head><title>${group} – ${day}</title></head><body>
<header><p><a href="https://www.w3.org/"><img alt=W3C></a></p><h1>${group}</h1><h2>${day}</h2><nav id=links><a href="prev.html">Previous</a></nav></header>
<div id=prelims><div id=attendees><h2>Attendees</h2><dl class=intro><dt>Present</dt><dd>ann, bob, cy</dd><dt>Chair</dt><dd>ann</dd><dt>Scribe</dt><dd>bob</dd></dl></div>
<nav id=toc><h2>Contents</h2><ol><li><a href="#t01">Announcements</a></li><li><a href="#t02">Charter</a></li></ol></nav></div>
<main id=meeting class=meeting><h2>Meeting minutes</h2>
<section><h3 id=t01>Announcements</h3>${talk('ann', 2)}<p class=resolution><strong>Resolution:</strong> welcome cy as a new member of the group</p></section>
<section><h3 id=t02>Charter</h3>${talk('bob', 12)}<p class=resolution><strong>Resolution:</strong> plan for a two-year charter</p></section>
</main></body></html>`,
    'text/html',
  );
}

describe('W3C scribe minutes (profiles/w3c-scribe.ts)', () => {
  it.each([
    ['Web of Things Working Group', '09 October 2025', '2025-10-09'],
    ['Accessibility Guidelines Working Group', '3 March 2021', '2021-03-03'],
    // Minutes not yet approved: the tool sets "– DRAFT –" above the group's name in the same heading.
    ['&ndash; DRAFT &ndash;<br>\nInvisible Markup Community Group', '28 April 2026', '2026-04-28'],
  ])('%s: the header names it and dates it, and every section of the record is read', (group, day, iso) => {
    const d = extractFromDocument(scribePage(group, day), 'https://example.org/minutes/x.html');
    expect(d.title).toBe(group.replace(/^.*\n/, ''));
    expect(d.meetingDate).toBe(iso);
    expect(d.presider).toBe('ann');
    const said = d.decisions.map((x) => x.text).join(' | ');
    expect(said).toContain('welcome cy as a new member');
    expect(said).toContain('plan for a two-year charter');
  });
});
