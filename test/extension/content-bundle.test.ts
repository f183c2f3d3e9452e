// What the content script is built from (node environment: esbuild needs Node's own TextEncoder).
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

describe('content script bundle', () => {
  it('pulls in only the page half of the extractor: no field stages, no folding, no full zod', async () => {
    // Bundled as the build would, by esbuild (tsx's, a dependency of the project): what the
    // script imports, and about how big it is. The e2e test checks the size of the real build.
    const esbuild = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'))('esbuild') as typeof import('esbuild');
    const out = await esbuild.build({
      absWorkingDir: root,
      entryPoints: ['extension/entrypoints/content.ts'],
      bundle: true,
      minify: true,
      // Written as the real build writes it (Vite: UTF-8 text). esbuild's default escapes every
      // non-ASCII character as \uXXXX, six bytes for a Chinese word list's three, which overstated
      // the script by about 3.5 KB against the real build's size.
      charset: 'utf8',
      format: 'iife',
      write: false,
      metafile: true,
      outfile: 'content.js',
      logLevel: 'silent',
    });
    const inputs = Object.keys(out.metafile.inputs);
    expect(inputs).toContain('shared/extract/page.ts');
    expect(inputs).toContain('shared/extract/linearize/linearize.ts');
    const heavy = inputs.filter((f) =>
      /opencc|\/zod\/v4\/classic\/|^shared\/extract\/(?:index|draft)\.ts$|^shared\/extract\/(?:fields|result)\/|^shared\/extract\/segment\/segment\.ts$/.test(f.replace(/\\/g, '/')),
    );
    expect(heavy).toEqual([]);
    // The label's colon form only (segment/label-words.ts): its dash, cell and heading forms stay in the segmenter.
    expect(inputs).toContain('shared/extract/segment/label-words.ts');
    expect(inputs).not.toContain('shared/extract/segment/labels.ts');
    expect(out.outputFiles[0].contents.length).toBeLessThan(60_000); // 60 KB read strictly
  });
});
