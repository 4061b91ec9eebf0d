/**
 * Full item transcriptions and service guides. Imported only by this subpackage, so the data stays
 * out of the weapp main package and out of the H5 home page's JavaScript.
 */
import type { CatalogueItem, GuideFile } from '../../../types/catalogue'
import type { GuideBundle, ItemDetails } from '../../../types/generated'
import guides from '../../generated/guides.json'
import items from '../../generated/items.json'

const guideBundle = guides as unknown as GuideBundle
const itemDetails = items as unknown as ItemDetails

export function getItemDetails(id: string): CatalogueItem | undefined {
  return itemDetails[id]
}

export function getGuide(guideId: string | null): GuideFile | undefined {
  return guideId ? guideBundle[guideId] : undefined
}

/** Every guide by guide id (life events join their steps to these). */
export function allGuides(): GuideBundle {
  return guideBundle
}
