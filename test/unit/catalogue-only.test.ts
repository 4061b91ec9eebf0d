/**
 * A region imported without guides, derived in memory as the data build does: items keep their
 * kinds, get no guideId, and the queries that decide what the app offers say so.
 */
import { deriveCatalogueIndex, guideCoverage } from '../../scripts/data/build'
import { awaitsGuide, createCatalogue, hasGuides, resolveList } from '../../src/domain/catalogue/queries'
import type { Dataset } from '../../scripts/data/validate'
import { realDataset } from '../helpers/dataset'

/** The real data plus a copy of hami's catalogue under another id and prefix, with no guides. */
function withCatalogueOnlyRegion(): Dataset {
  const real = realDataset()
  const hami = structuredClone(real.catalogues.find((c) => c.region.id === 'hami')!)
  hami.region = { id: 'demo-import', idPrefix: 'dm', name: '示例导入地区', nameInferred: false }
  for (const item of hami.items) {
    item.id = item.id.replace(/^hm-/, 'dm-')
    if (item.duplicateOf) item.duplicateOf = item.duplicateOf.replace(/^hm-/, 'dm-')
  }
  return { ...real, catalogues: [...real.catalogues, hami] }
}

const index = deriveCatalogueIndex(withCatalogueOnlyRegion())
const demo = index.regions.find((r) => r.id === 'demo-import')!
const hami = index.regions.find((r) => r.id === 'hami')!

test('every item of the region has no guide; services await one, 公开目录 entries never do', () => {
  expect(demo.items.every((i) => i.guideId === null)).toBe(true)
  expect(demo.items.filter(awaitsGuide).map((i) => i.kind)).not.toContain('disclosure')
  expect(demo.items.filter(awaitsGuide)).toHaveLength(demo.items.filter((i) => i.kind !== 'disclosure').length)
  expect(hami.items.filter(awaitsGuide)).toEqual([])
})

test('nothing a guide would give: no time limit, venue, applicants or materials; no themes, featured items or 一件事', () => {
  for (const i of demo.items) expect([i.timeLimitText, i.timeLimitSample, i.venueId, i.applicants, i.materialIds]).toEqual([null, false, null, [], []])
  expect([demo.themes, demo.featured, demo.lifeEvents]).toEqual([[], [], []])
})

test('hasGuides tells the regions apart; categories still list every item', () => {
  expect([hasGuides(demo), hasGuides(hami)]).toEqual([false, true])
  const catalogue = createCatalogue(index)
  const category = demo.categories[0]
  expect(resolveList(catalogue, demo, 'category', category.name)!.items.map((i) => i.id)).toEqual(category.itemIds)
  expect(guideCoverage(index).find((c) => c.regionId === 'demo-import')).toEqual({ regionId: 'demo-import', withGuide: 0, actionable: 26 })
})
