// Crash proof on PostgreSQL: see support/crash-proof.ts.
import { crashProof } from './support/crash-proof';

crashProof('postgres');
