/**
 * The catalogue the pages see: every region whose index is in memory (each bundled region from the
 * first render; a remote region once it has loaded). See region-store.ts.
 */
export { loadedCatalogue, subscribeRegionStore } from './region-store'
