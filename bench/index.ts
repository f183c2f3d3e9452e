/** `npm run bench`: every benchmark of the project, printing `name: ratio` lines. */
import { runExtractBench } from './extract';

runExtractBench();
(await import('./extract-startup')).runExtractStartupBench();
