import type { Store } from '../../store/index.js';

/** What every route module is built with. */
export interface RouteDeps {
  store: Store;
}
