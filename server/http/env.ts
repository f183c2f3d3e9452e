import type { Storage } from '../storage/types';
import type { Principal } from '../storage/users';

/** Hono's context variables: the storage, and who is calling once authenticated. */
export interface AppEnv {
  Variables: {
    storage: Storage;
    who: Principal;
  };
}
