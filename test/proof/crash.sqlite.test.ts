// Crash proof on SQLite: see support/crash-proof.ts.
import { crashProof } from './support/crash-proof';

crashProof('sqlite');
