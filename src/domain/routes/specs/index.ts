/**
 * Every page's spec, by page key (domain/routes/page-spec.ts). A new page: its PAGES path, its
 * h5-paths.json address, its spec here, and its component (README “如何添加页面”).
 */
import type { PageKey } from '../page-chrome'
import type { AnyPageSpec } from '../page-spec'
import { browseSpec } from './browse'
import { retirementSpec, unemploymentBenefitSpec } from './calculators'
import { disclosureSpec } from './disclosure'
import { eligibilitySpec } from './eligibility'
import { homeSpec } from './home'
import { itemSpec } from './item'
import { lifeEventSpec } from './life-event'
import { listSpec } from './list'
import { mineSpec } from './mine'
import { notFoundSpec } from './not-found'
import { privacySpec } from './privacy'
import { regionPickerSpec } from './region-picker'
import { searchSpec } from './search'

export {
  browseSpec,
  disclosureSpec,
  eligibilitySpec,
  homeSpec,
  itemSpec,
  lifeEventSpec,
  listSpec,
  mineSpec,
  notFoundSpec,
  privacySpec,
  regionPickerSpec,
  retirementSpec,
  searchSpec,
  unemploymentBenefitSpec,
}

export const PAGE_SPECS: Record<PageKey, AnyPageSpec> = {
  home: homeSpec,
  browse: browseSpec,
  mine: mineSpec,
  list: listSpec,
  item: itemSpec,
  disclosure: disclosureSpec,
  search: searchSpec,
  regionPicker: regionPickerSpec,
  lifeEvent: lifeEventSpec,
  eligibility: eligibilitySpec,
  privacy: privacySpec,
  retirement: retirementSpec,
  unemploymentBenefit: unemploymentBenefitSpec,
  notFound: notFoundSpec,
}
