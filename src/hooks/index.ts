/**
 * React bindings for the app's data: pages call these (and their subpackage's hooks.ts) and render;
 * they never import services, storage or the generated data themselves (ESLint holds pages and
 * components to that). How data reaches pages may change here and in services, not in pages.
 * One file a topic; this index re-exports them for pages.
 */
export * from './store'
export * from './elder-mode'
export * from './region'
export * from './saved'
export * from './office-time'
export * from './page'
