/**
 * The guide subpackage's bundled files: the bundled regions' guide groups and 一件事 files (required
 * here on weapp, so they stay out of the main package; on H5 each is a chunk listed by the entry).
 * Called by the modules the subpackage's pages import (./hooks.ts, ./life-events.ts), before any page
 * renders: a bare side-effect import would be dropped (package.json sideEffects).
 */
import { bundledGuideFiles, bundledGuideFilesLazy } from '../../generated/bundle-guides'
import { registerBundledFiles } from '../../services/region-data'

export function registerGuideFiles(): void {
  registerBundledFiles(bundledGuideFiles, bundledGuideFilesLazy)
}
