import { describe, expect, it } from 'vitest';
import { featureIds, hashString, type LineView } from './features';
import { load, scores, store, train, type Sample } from './model';

const DIM = 1 << 10;
const CLASSES = ['other', 'attendance'] as const;
const doc = (texts: string[]): LineView[] => texts.map((text) => ({ text, kind: 'text' }));

describe('line model', () => {
  const docs = [
    doc(['Minutes', 'Present: Ann, Bo', 'The budget was discussed.']),
    doc(['Notes', 'Present: Cy, Di', 'Roads were discussed at length.']),
    doc(['Record', 'Present: Ed, Flo', 'The park was discussed.']),
  ];
  const samples: Sample[] = docs.flatMap((d) => d.map((_, i) => ({ ids: featureIds(d, i, 'en', DIM), y: i === 1 ? 1 : 0 })));

  it('learns a class from its lines and tells it on a line it has not seen', () => {
    const m = train(samples, CLASSES, DIM, { epochs: 20 });
    const unseen = doc(['Minutes', 'Present: Gus, Hal', 'Fees were discussed.']);
    const p = unseen.map((_, i) => scores(m, featureIds(unseen, i, 'en', DIM)));
    expect(p[1][1]).toBeGreaterThan(0.5);
    expect(p[2][1]).toBeLessThan(0.5);
  });

  it('stores weights as int8 and reads back the same answers', () => {
    const m = train(samples, CLASSES, DIM, { epochs: 20 });
    const back = load(JSON.parse(JSON.stringify(store(m))));
    for (const s of samples) {
      const [a, b] = [scores(m, s.ids), scores(back, s.ids)];
      expect(Math.abs(a[1] - b[1])).toBeLessThan(0.02);
    }
  });

  it('trains the same model from the same data', () => {
    expect(store(train(samples, CLASSES, DIM)).weights).toBe(store(train(samples, CLASSES, DIM)).weights);
  });

  it('hashes a string to the same bucket every time', () => {
    expect(hashString('k:label')).toBe(hashString('k:label'));
    expect(hashString('k:label')).not.toBe(hashString('k:text'));
  });
});
