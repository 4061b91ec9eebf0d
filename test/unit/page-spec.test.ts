/**
 * The page specs (src/domain/routes/page-spec.ts, specs/): which region a page shows (the one rule,
 * pageRegionOf), what each page loads in which stage, the share titles a friend or Moments sees, and
 * the H5 first screen's preload, which is generated from the same rule (config/route-preload.ts).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { preloadScript } from '../../config/route-preload'
import { pageRegionOf, regionOrder } from '../../src/domain/routes'
import { routeOf, shareOf } from '../../src/domain/routes/page-spec'
import { wantsRegionIndex } from '../../src/domain/routes/first-screen'
import { PAGE_SPECS, itemSpec, listSpec, searchSpec } from '../../src/domain/routes/specs'
import type { DataManifest, RegionIndexFile } from '../../types/region-data'

const GENERATED = path.resolve(__dirname, '../../src/generated')
/** A bundled region's index file, as npm run data wrote it. */
function loadBundledIndex(regionId: string): RegionIndexFile {
  const manifest = JSON.parse(readFileSync(path.join(GENERATED, 'bundle-manifest.json'), 'utf8')) as DataManifest
  const ref = manifest.regions.find((r) => r.id === regionId)!.files.index
  return JSON.parse(readFileSync(path.join(GENERATED, 'region-data', ref.path), 'utf8')) as RegionIndexFile
}

const IDS = ['hami', 'bijie']

test("the page's region: the link's when the build knows it; else the citizen's own; else the first; an unknown link is reported", () => {
  expect(pageRegionOf('bijie', 'hami', IDS)).toEqual({ regionId: 'bijie', fromLink: true, linkBroken: false })
  expect(pageRegionOf('nowhere', 'bijie', IDS)).toEqual({ regionId: 'bijie', fromLink: false, linkBroken: true })
  expect(pageRegionOf(null, 'bijie', IDS)).toEqual({ regionId: 'bijie', fromLink: false, linkBroken: false })
  expect(pageRegionOf(undefined, 'gone', IDS)).toEqual({ regionId: 'hami', fromLink: false, linkBroken: false })
  expect(pageRegionOf('', null, IDS)).toEqual({ regionId: 'hami', fromLink: false, linkBroken: false })
})

test('a first launch opens a bundled region, whatever order the manifest lists the regions in', () => {
  // An imported region whose source file sorts before hami's comes first in the manifest; it is not bundled.
  const ids = regionOrder([
    { id: 'demo-import', bundled: false },
    { id: 'hami', bundled: true },
    { id: 'bijie', bundled: true },
  ])
  expect(ids).toEqual(['hami', 'bijie', 'demo-import'])
  expect(pageRegionOf(null, null, ids).regionId).toBe('hami')
})

test('a route is parsed once: percent-encoded values decoded, the region decided by the rule', () => {
  expect(routeOf(searchSpec, { q: '%E5%A4%B1%E4%B8%9A%E9%87%91', region: 'bijie' }, 'hami', IDS)).toEqual({
    params: { q: '失业金' },
    regionId: 'bijie',
    fromLink: true,
    linkBroken: false,
  })
  expect(routeOf(listSpec, { kind: 'theme', key: 'jiuye' }, 'bijie', IDS)).toEqual({
    params: { kind: 'theme', key: 'jiuye' },
    regionId: 'bijie',
    fromLink: false,
    linkBroken: false,
  })
  expect(routeOf(itemSpec, { region: 'bijie', id: '%E0%A4%A' }, null, IDS).params).toEqual({ ok: false, reason: 'garbled' })
})

describe('a guide loads its index, then the group that lists the item', () => {
  const bijie = loadBundledIndex('bijie')

  test('first stage: the index of the link region; a link to an unknown region loads nothing', () => {
    expect(itemSpec.wants!(routeOf(itemSpec, { region: 'bijie', id: 'bj-073' }, null, IDS))).toEqual({ index: ['index', 'bijie'] })
    expect(itemSpec.wants!(routeOf(itemSpec, { region: 'atlantis', id: 'bj-073' }, null, IDS))).toEqual({ index: null })
  })

  test("second stage: the item's group; for a duplicated row also the original's; an unknown item asks for no group", () => {
    const route = routeOf(itemSpec, { region: 'bijie', id: 'bj-073' }, null, IDS)
    expect(itemSpec.more!(route, { index: bijie })).toEqual({ group: ['group', 'bijie/bj-073'], original: null })
    // 毕节 row 55 repeats row 46 (a duplicate the source itself has).
    const duplicate = bijie.region.items.find((i) => i.duplicateOf)!
    expect(itemSpec.more!(routeOf(itemSpec, { region: 'bijie', id: duplicate.id }, null, IDS), { index: bijie })).toEqual({
      group: ['group', `bijie/${duplicate.id}`],
      original: ['group', `bijie/${duplicate.duplicateOf}`],
    })
    expect(itemSpec.more!(routeOf(itemSpec, { region: 'bijie', id: 'bj-999' }, null, IDS), { index: bijie })).toEqual({ group: null, original: null })
  })
})

describe('share titles are built in one place', () => {
  test('a subject with its region; a friend may get a shorter title', () => {
    expect(shareOf({ view: { page: 'list', kind: 'theme', key: 'jiuye', regionId: 'bijie' }, subject: '就业创业' }, 'bijie', '毕节市')).toEqual({
      view: { page: 'list', kind: 'theme', key: 'jiuye', regionId: 'bijie' },
      friend: '就业创业 - 毕节市人社办事指南',
      moments: '就业创业 - 毕节市人社办事指南',
    })
    expect(shareOf({ view: { page: 'item', regionId: 'hami', id: 'hm-013' }, subject: '创业补贴', friendTitle: '创业补贴' }, 'hami', '哈密市')).toEqual({
      view: { page: 'item', regionId: 'hami', id: 'hm-013' },
      friend: '创业补贴',
      moments: '创业补贴 - 哈密市人社办事指南',
    })
  })

  test('a broken link (or a page still loading) forwards the home page of the region it shows, never the broken link', () => {
    expect(shareOf(null, 'hami', '哈密市')).toEqual({ view: { page: 'home', regionId: 'hami' }, friend: '哈密市人社办事指南', moments: '哈密市人社办事指南' })
  })
})

test("which pages' first screens show their region's index (the preload fetches it)", () => {
  const showing = Object.values(PAGE_SPECS)
    .filter(wantsRegionIndex)
    .map((s) => s.key)
    .sort()
  expect(showing).toEqual(['browse', 'disclosure', 'eligibility', 'home', 'item', 'lifeEvent', 'list', 'mine', 'search'])
})

// Under `npm run mutate` the source carries Stryker's instrumentation, which the preload's compiled
// copy of it cannot run (it refers to Stryker's globals); the preload is tested by every other run.
const describeUnlessMutating = process.env.MUTATE_RUN === '1' ? describe.skip : describe

describeUnlessMutating('the H5 first screen preload, generated from the same rule', () => {
  const script = preloadScript(
    {
      '/': { page: '/pages/home/index', files: ['/js/home.js', '/js/common.js'] },
      '/guide': { page: '/packages/guide/pages/item/index', files: ['/js/guide.js', '/js/common.js'] },
      '/privacy': { page: '/pages/privacy/index', files: ['/js/privacy.js'] },
    },
    { byRegion: { hami: '/js/hami-index.js', bijie: '/js/bijie-index.js' }, regionIds: IDS },
  )

  /** The files a cold open of `url` preloads, with localStorage holding `stored` entries. */
  function preloaded(url: string, stored = 0): string[] {
    const links: { href: string; rel: string; as: string }[] = []
    const link = { setAttribute: () => undefined } as unknown as { href: string; rel: string; as: string }
    const document = { createElement: () => ({ ...link }), head: { appendChild: (l: { href: string; rel: string; as: string }) => links.push(l) } }
    const parsed = new URL(url, 'https://example.test')
    const window = { location: { pathname: parsed.pathname, search: parsed.search } }
    new Function('window', 'document', 'localStorage', script.replace(/^<script>/, '').replace(/<\/script>$/, ''))(window, document, { length: stored })
    expect(links.every((l) => l.rel === 'preload' && l.as === 'script')).toBe(true)
    return links.map((l) => l.href)
  }

  test("a shared guide: its chunks and its own region's index", () => {
    expect(preloaded('/guide?region=bijie&id=bj-073', 3)).toEqual(['/js/guide.js', '/js/common.js', '/js/bijie-index.js'])
  })

  test("home on a first visit: the build's first region; a returning visitor's region is the app's to read", () => {
    expect(preloaded('/')).toEqual(['/js/home.js', '/js/common.js', '/js/hami-index.js'])
    expect(preloaded('/', 2)).toEqual(['/js/home.js', '/js/common.js'])
  })

  test('a link to an unknown region preloads no index; a page without region data none; an unknown path nothing', () => {
    expect(preloaded('/guide?region=atlantis&id=bj-073')).toEqual(['/js/guide.js', '/js/common.js'])
    expect(preloaded('/privacy')).toEqual(['/js/privacy.js'])
    expect(preloaded('/nowhere')).toEqual([])
  })

  test("the script carries the app's pageRegionOf, not a copy", () => {
    expect(script).toContain('fromLink')
    expect(script.length).toBeLessThan(1600)
  })
})
