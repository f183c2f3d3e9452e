// The pull feed's reading side lives in ./feed.ts; these names stay importable from here.
export { lastSeq, pullChanges, readPage, type PullPage, type Viewer } from './feed';
