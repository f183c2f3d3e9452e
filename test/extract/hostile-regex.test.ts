// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as markers from '../../shared/extract/segment/markers';
import * as segment from '../../shared/extract/segment/segment';
import * as units from '../../shared/extract/fields/units';
import * as labels from '../../shared/extract/segment/labels';
import * as decisions from '../../shared/extract/fields/decisions';
import * as people from '../../shared/extract/fields/people';
import * as assignees from '../../shared/extract/fields/assignees';
import * as patterns from '../../shared/extract/profiles/patterns';
import * as narrative from '../../shared/extract/fields/narrative-outcomes';
import * as motionHeads from '../../shared/extract/fields/motion-heads';
import * as listItems from '../../shared/extract/fields/list-items';
import * as actionOwners from '../../shared/extract/fields/action-owners';
import * as narrativeActs from '../../shared/extract/fields/narrative-acts';
import * as titledNotes from '../../shared/extract/result/titled-notes';

// Every regular expression a module exports, run over strings that make a backtracking pattern
// retry from each position (long runs of what it repeats, the one thing it needs missing). A
// pattern that backtracked catastrophically would not return at these sizes.
const exported: [string, RegExp][] = Object.entries({ ...markers, ...segment, ...units, ...labels, ...assignees, ...decisions, ...people, ...narrative, ...motionHeads, ...listItems, ...actionOwners, ...narrativeActs, ...titledNotes })
  .filter((e): e is [string, RegExp] => e[1] instanceof RegExp);
const N = 50_000;
const RUNS = [' '.repeat(N) + 'x', '\t \u3000'.repeat(N / 3) + 'x', 'A'.repeat(N), 'Ab '.repeat(N / 3), 'a '.repeat(N / 2), '会议'.repeat(N / 2), '、'.repeat(N), '一、'.repeat(N / 2), '1.'.repeat(N / 2), '由'.repeat(N), '(（'.repeat(N / 2), '：'.repeat(N), 'x'.repeat(N) + '：'];

describe('exported patterns on adversarial runs', () => {
  it('finds the modules’ patterns', () => {
    expect(exported.length).toBeGreaterThan(10);
  });
  for (const [name, re] of exported) {
    it(name, () => {
      for (const s of RUNS) {
        const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
        let n = 0;
        for (let m = g.exec(s); m && n < 10_000; m = g.exec(s), n++) {
          if (m[0].length === 0) g.lastIndex++;
          expect(m.index + m[0].length).toBeLessThanOrEqual(s.length);
        }
      }
    });
  }
  // A lookbehind is matched backwards from every position tried: an unbounded run inside one
  // ("(?<!…[\\s-]*)") rescans the whole run of spaces before each position, which the compiled regex
  // did once warm (TITLE_MARK_EN took minutes on 50 000 spaces after the extractor had read a few
  // hundred pages, milliseconds in a fresh process, so the runs above did not show it).
  it('no lookbehind holds an unbounded repeat', () => {
    const unbounded: string[] = [];
    for (const [name, re] of exported) {
      for (const body of lookbehinds(re.source)) if (/(?<!\\)[*+]|\{\d+,\}/.test(body)) unbounded.push(`${name}: ${body}`);
    }
    expect(unbounded).toEqual([]);
  });
  it('URL globs with many stars against a long address answer without blow-up', () => {
    expect(patterns.globMatch('*a*'.repeat(40) + 'b', 'a'.repeat(4096))).toBe(false);
    expect(patterns.urlMatches(['*/oa/*/read*'], `http://10.1.2.3/oa/${'x/'.repeat(1500)}read.jsp`)).toBe(true);
    // Only an address's first 4096 characters are matched, so the work is bounded whatever the page.
    expect(patterns.urlMatches(['*read.jsp'], `http://10.1.2.3/oa/${'x/'.repeat(5000)}read.jsp`)).toBe(false);
  });
});

/** The bodies of a pattern's lookbehind groups ("(?<=…)", "(?<!…)"), escapes and classes kept whole. */
function lookbehinds(source: string): string[] {
  const out: string[] = [];
  for (let i = source.indexOf('(?<'); i >= 0; i = source.indexOf('(?<', i + 1)) {
    if (source[i - 1] === '\\' || (source[i + 3] !== '=' && source[i + 3] !== '!')) continue;
    let depth = 0;
    let inClass = false;
    for (let j = i; j < source.length; j++) {
      const c = source[j];
      if (c === '\\') {
        j++;
        continue;
      }
      if (inClass) {
        if (c === ']') inClass = false;
        continue;
      }
      if (c === '[') inClass = true;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) {
        out.push(source.slice(i + 4, j));
        break;
      }
    }
  }
  return out;
}
