/**
 * The guide subpackage's bundled files: the bundled regions' guide groups and 一件事 files (required
 * here on weapp, so they stay out of the main package; on H5 each is a chunk listed by the entry).
 * Imported by the subpackage's pages (through ./hooks.ts), so weapp registers them before any renders.
 */
import { bundledGuideFiles, bundledGuideFilesLazy } from '../../generated/bundle-guides'
import { registerBundledFiles } from '../../services/region-data'

registerBundledFiles(bundledGuideFiles, bundledGuideFilesLazy)
