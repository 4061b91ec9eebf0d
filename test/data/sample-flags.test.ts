/**
 * Sample flags reach the item summaries lists use: a time limit from a sample guide section is
 * marked there (timeLimitSample), and one from a non-sample section is not.
 */
import type { GuideFile } from '../../types/catalogue'
import { deriveCatalogueIndex } from '../../scripts/data/build'
import type { Dataset } from '../../scripts/data/validate'
import { realDataset } from '../helpers/dataset'

const summaryOf = (dataset: Dataset, id: string) =>
  deriveCatalogueIndex(dataset)
    .regions.flatMap((r) => r.items)
    .find((i) => i.id === id)!

/** The real dataset with one guide changed. */
function withGuide(id: string, change: (g: GuideFile) => GuideFile): Dataset {
  const real = realDataset()
  const guides = new Map(real.guides)
  guides.set(id, change(real.guides.get(id)!))
  return { ...real, guides }
}

describe('timeLimitSample in item summaries', () => {
  test('every time limit of the bundled (sample) guides is marked, and only items with a limit are', () => {
    const items = deriveCatalogueIndex(realDataset()).regions.flatMap((r) => r.items)
    const withLimit = items.filter((i) => i.timeLimitText !== null)
    expect(withLimit.length).toBeGreaterThan(70)
    expect(withLimit.every((i) => i.timeLimitSample)).toBe(true)
    expect(items.filter((i) => i.timeLimitText === null).every((i) => !i.timeLimitSample)).toBe(true)
  })

  test('a duplicated row takes the flag of the guide it shares', () => {
    expect(summaryOf(realDataset(), 'bj-055')).toMatchObject({ guideId: 'bj-046', timeLimitSample: true })
    expect(
      summaryOf(
        withGuide('bj-046', (g) => ({ ...g, sample: false })),
        'bj-055',
      ).timeLimitSample,
    ).toBe(false)
  })

  test('a guide that is not sample, or whose sample part leaves out the time limit, is not marked', () => {
    expect(
      summaryOf(
        withGuide('hm-013', (g) => ({ ...g, sample: false })),
        'hm-013',
      ).timeLimitSample,
    ).toBe(false)
    expect(
      summaryOf(
        withGuide('hm-013', (g) => ({ ...g, sampleFields: ['materials', 'flow'] })),
        'hm-013',
      ).timeLimitSample,
    ).toBe(false)
    expect(
      summaryOf(
        withGuide('hm-013', (g) => ({ ...g, sampleFields: ['timeLimit'] })),
        'hm-013',
      ).timeLimitSample,
    ).toBe(true)
  })
})

describe('regions in the index', () => {
  test('carry their item-id prefix, so nothing else needs to know it', () => {
    const regions = deriveCatalogueIndex(realDataset()).regions
    expect(Object.fromEntries(regions.map((r) => [r.id, r.idPrefix]))).toEqual({ hami: 'hm', bijie: 'bj' })
    for (const r of regions) expect(r.items.every((i) => i.id.startsWith(`${r.idPrefix}-`))).toBe(true)
  })

  test('every bundled venue is marked sample (its hours are not from the seed)', () => {
    const venues = deriveCatalogueIndex(realDataset()).regions.flatMap((r) => r.venues)
    expect(venues.length).toBeGreaterThan(0)
    expect(venues.every((v) => v.sample)).toBe(true)
  })
})
