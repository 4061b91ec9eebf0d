/**
 * Item transcriptions and service guides, from the guide groups in memory. This subpackage carries
 * the bundled regions' guide groups (required here on weapp, one lazily loaded chunk per group on H5),
 * so they stay out of the weapp main package and out of the H5 home page's JavaScript; remote regions'
 * groups are downloaded by the region store. Pages reach this through ./hooks.ts.
 */
import type { CatalogueItem, GuideFile } from '../../../types/catalogue'
import { bundledGuideFiles, bundledGuideFilesLazy } from '../../generated/bundle-guides'
import { registerBundledFiles } from '../../services/region-data'
import type { GuideBundle } from '../../../types/generated'
import { loadedDetails, loadedGuide, loadedGuides } from '../../services/region-store'

registerBundledFiles(bundledGuideFiles, bundledGuideFilesLazy)

export function getItemDetails(id: string): CatalogueItem | undefined {
  return loadedDetails(id)
}

export function getGuide(guideId: string | null): GuideFile | undefined {
  return loadedGuide(guideId)
}

/** Every guide in memory by guide id (life-event pages load their region's groups first). */
export function allGuides(): GuideBundle {
  return loadedGuides()
}
