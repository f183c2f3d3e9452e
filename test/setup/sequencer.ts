import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest, longest first, as measured in CI (seconds of one file on a 2-core
 * machine). Vitest runs the slowest files first only when its cache from an earlier run says which
 * they are; a clean clone has no cache, so they ran in path order and the proof tests (under
 * test/proof, last in the order) were each left running alone at the end of the run.
 */
export const SLOW_FIRST: [file: string, seconds: number][] = [
  ['test/proof/fuzz.postgres.test.ts', 160],
  ['test/proof/crash.postgres.test.ts', 150],
  ['test/proof/fuzz.sqlite.test.ts', 130],
  ['test/proof/crash.sqlite.test.ts', 125],
  ['test/extract/pages.test.ts', 110],
  ['test/extension/content.test.ts', 50],
  ['test/storage/postgres.test.ts', 45],
  ['test/extract/hostile-pages.test.ts', 35],
  ['test/server/docs-walkthrough.test.ts', 30],
  ['test/extract/cli.test.ts', 25],
];

const weight = (spec: TestSpecification): number => {
  const id = spec.moduleId.replace(/\\/g, '/');
  return SLOW_FIRST.find(([file]) => id.endsWith(`/${file}`))?.[1] ?? 0;
};

/** Vitest's own order (failed first, then longest first from its cache), with the known slow files ahead of it. */
export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // A stable sort: files of equal weight (every file not listed) keep the base order.
    return sorted.map((spec, i) => ({ spec, i, w: weight(spec) })).sort((a, b) => b.w - a.w || a.i - b.i).map((x) => x.spec);
  }
}
