// Fuzz proof on PostgreSQL: see support/fuzz-proof.ts.
import { fuzzProof } from './support/fuzz-proof';

fuzzProof('postgres');
