import { afterEach, describe, expect, it } from 'vitest';
import { linesFromText } from '../linearize/lines';
import { segment } from '../segment/segment';
import { installLineModel } from './advise';
import { featureIds } from './features';
import { LINE_CLASSES } from './labels';
import { train, type Sample } from './model';
import { viewOf } from './view';

const DIM = 1 << 10;
const docs = ['Harbour Board Gathering', 'Parks Trust Gathering', 'Roads Panel Gathering'].map((head) =>
  [head, 'Present: Ann Lee, Bo Park', 'The board approved the plan for the coming year.', 'The meeting closed at nine.'].join('\n'),
);

/** A model that has learned the first line of such notes is their heading. */
function headingModel() {
  const samples: Sample[] = docs.flatMap((text) => {
    const seg = segment(linesFromText(text));
    const views = seg.lines.map(viewOf);
    return views.map((_, i) => ({ ids: featureIds(views, i, seg.lang, DIM), y: LINE_CLASSES.indexOf(i === 0 ? 'heading' : 'other') }));
  });
  return train(samples, LINE_CLASSES, DIM, { epochs: 30 });
}

const unseen = ['Library Friends Gathering', 'Present: Cy Dunn, Di Eyre', 'The board approved the budget for the coming year.', 'The meeting closed at ten.'].join('\n');

describe('the segment stage asking the line model', () => {
  afterEach(() => installLineModel(null));

  it('changes nothing when no model is installed', () => {
    expect(segment(linesFromText(unseen)).lines[0].kind).toBe('text');
  });

  it('takes the line the model is sure is a heading as the title, where no line carries a minutes mark', () => {
    installLineModel(headingModel(), 0.6);
    const first = segment(linesFromText(unseen)).lines[0];
    expect(first.kind).toBe('meta');
    expect(first.label).toMatchObject({ kind: 'title', value: 'Library Friends Gathering' });
  });

  it('leaves a document that prints a minutes title to the rules', () => {
    installLineModel(headingModel(), 0.6);
    const lines = segment(linesFromText(`Minutes of the Library Friends\n${unseen}`)).lines;
    expect(lines.every((l) => l.label?.kind !== 'title')).toBe(true);
  });
});
