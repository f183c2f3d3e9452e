// Fuzz proof on SQLite: see support/fuzz-proof.ts.
import { fuzzProof } from './support/fuzz-proof';

fuzzProof('sqlite');
