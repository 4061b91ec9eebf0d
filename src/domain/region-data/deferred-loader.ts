/**
 * The loader of a build with a data origin, as the app starts: the downloading loader (hashing,
 * schemas, the phone's cache) is opened only when something needs it, so a citizen who opens a
 * bundled region's page downloads none of that code first. It is needed
 *  - at launch, when data from the origin is already on the phone (an earlier launch kept a region or
 *    staged a newer manifest, which must be adopted before anything is shown);
 *  - for a file that is not bundled (a remote region);
 *  - for the background look for newer data, which the store starts a little after launch.
 * Until then bundled files are served as the bundled-only loader serves them. Same interface, so the
 * store does not know the difference.
 */
import type { DataFileRef, DataManifest, ManifestRegion, RegionGuidesFile, RegionIndexFile } from '../../../types/region-data'
import { groupLinkPath, guideGroupNumber, itemRow } from '../../../types/policy'
import { createBundledLoader } from './bundled-loader'
import { parseJsonOrUndefined, type BundledFile, type FetchText, type RegionDataLoader } from './contract'

export interface DeferredLoaderOptions {
  manifest: DataManifest
  bundled: BundledFile
  /**
   * Loads and creates the downloading loader (not yet initialised), which must download through
   * `fetchText`: that hands over a file already asked for while the loader's code was on its way.
   */
  open: (fetchText: FetchText) => Promise<RegionDataLoader>
  /** The data origin and a plain download, to ask for a remote region's index beside the loader's code. */
  origin: string
  fetchText: FetchText
  /** Starts loading a remote region's digests (its digest group's file), beside its index and the code. */
  warmDigests?: (region: ManifestRegion) => void
  /**
   * What a first open of a remote region needs to use what was asked for ahead without the
   * downloading loader (on H5 a chunk of about 1 KB against its 6): the region completed with its
   * digests, and the check of a file against its ref. Without it, everything waits for that loader.
   */
  firstOpen?: () => Promise<FirstOpenKit>
  /** True when an earlier launch kept data from the origin on this phone. */
  dataOnPhone: () => boolean
}

export interface FirstOpenKit {
  complete(region: ManifestRegion): Promise<ManifestRegion>
  /** True when the text is exactly the file the ref names (bytes and SHA-256). */
  verify(text: string, ref: DataFileRef): Promise<boolean>
}

export interface DeferredLoader extends RegionDataLoader {
  /** Whether the downloading loader is open (for tests and the bench). */
  isOpen(): boolean
}

/** The path an (unverified) index text lists for an item's group; undefined if it is no index or lists none. */
function listedGroupPath(indexText: string, itemId: string): string | undefined {
  const guides = (parseJsonOrUndefined(indexText) as { guides?: { path?: unknown; itemIds?: unknown }[] } | undefined)?.guides
  const group = Array.isArray(guides) ? guides.find((g) => Array.isArray(g?.itemIds) && g.itemIds.includes(itemId)) : undefined
  return typeof group?.path === 'string' ? group.path : undefined
}

export function createDeferredLoader(options: DeferredLoaderOptions): DeferredLoader {
  const bundledOnly = createBundledLoader({ manifest: options.manifest, bundled: options.bundled })
  let real: RegionDataLoader | undefined
  let opening: Promise<RegionDataLoader> | undefined
  let pinned: string | null = null
  // Downloads started before the loader's code arrived, by URL; each is handed over once (a first open may read them before).
  const early = new Map<string, Promise<string>>()
  const fetchFirst: FetchText = (url, fetchOptions) => {
    const started = fetchOptions.fresh ? undefined : early.get(url)
    if (!started) return options.fetchText(url, fetchOptions)
    early.delete(url)
    return started
  }
  const fetchEarly = (url: string): Promise<string> => {
    const started = options.fetchText(url, { fresh: false })
    started.catch(() => early.delete(url))
    early.set(url, started)
    return started
  }
  // The index download of each region asked for ahead (kept after it is handed over, for warmItem).
  // Its text is parsed twice on a first open (group lookup, then once verified): keeping one parse
  // cost the entry more bytes than the parse costs time.
  const indexAhead = new Map<string, Promise<string>>()

  /** A remote region's index and digests, asked for at once: on a slow network this saves round trips. */
  function fetchAhead(regionId: string): void {
    const region = bundledOnly.region(regionId)
    if (real || !region || region.bundled || indexAhead.has(regionId)) return
    options.warmDigests?.(region)
    indexAhead.set(regionId, fetchEarly(`${options.origin}/${region.files.index.path}`))
  }

  // The groups asked for under their link names, by URL (each once).
  const warmed = new Set<string>()
  /**
   * An item's group, asked for beside its region's index: under its link name, which follows from the
   * index's name and the item's seed row (policy.ts). Once the index text is in, the download is handed
   * over as the group the index lists for the item; the downloading loader then verifies it against
   * the verified index like any other file, so a wrong guess is only a wasted download.
   */
  function warmItem(regionId: string, itemId: string): void {
    const region = bundledOnly.region(regionId)
    const row = itemRow(itemId)
    if (real || !region || region.bundled || row === null) return
    fetchAhead(regionId)
    const linkUrl = `${options.origin}/${groupLinkPath(regionId, region.files.index.path, guideGroupNumber(row, region.rowsPerGroup))}`
    if (warmed.has(linkUrl)) return
    warmed.add(linkUrl)
    const group = options.fetchText(linkUrl, { fresh: false })
    group.catch(() => undefined)
    void indexAhead.get(regionId)?.then(
      (text) => {
        const listed = listedGroupPath(text, itemId)
        if (listed) early.set(`${options.origin}/${listed}`, group)
      },
      () => undefined,
    )
  }

  /**
   * A failed load (a download that failed or did not verify) forgets what was asked for ahead in that
   * region, so 重试 downloads afresh instead of being handed the same bytes again.
   */
  const forgetEarly =
    (regionId: string) =>
    (error: unknown): never => {
      const prefix = `${options.origin}/${regionId}/`
      for (const url of [...early.keys()]) if (url.startsWith(prefix)) early.delete(url)
      throw error
    }

  const open = (): Promise<RegionDataLoader> =>
    (opening ??= options.open(fetchFirst).then(
      async (loader) => {
        await loader.init()
        loader.pin(pinned)
        real = loader
        return loader
      },
      (error) => {
        // The code itself did not arrive (offline at first use): try again next time.
        opening = undefined
        throw error
      },
    ))

  /**
   * A shared guide of a remote region, first time: its index and group were asked for ahead; once they
   * verify against the app's own manifest (digests from the region's digest group) they are used as
   * they are, trusted like any file of that manifest (schemas.ts), and the downloading loader opens
   * later, for the offline copy (keepRegionOffline), taking over the same downloads to cache them.
   * Anything missing, failing or not matching: undefined, and the downloading loader decides (and
   * reports) as usual.
   */
  const firstIndexes = new Map<string, Promise<RegionIndexFile | undefined>>()
  async function verifiedAhead<T>(url: string, ref: DataFileRef): Promise<T | undefined> {
    const text = early.get(url)
    if (!text || !options.firstOpen) return undefined
    const kit = await options.firstOpen()
    const body = await text
    return (await kit.verify(body, ref)) ? (parseJsonOrUndefined(body) as T | undefined) : undefined
  }
  function firstOpenIndex(regionId: string): Promise<RegionIndexFile | undefined> {
    const region = bundledOnly.region(regionId)
    if (real || !options.firstOpen || !region || region.bundled || !indexAhead.has(regionId)) return Promise.resolve(undefined)
    let task = firstIndexes.get(regionId)
    if (!task) {
      task = (async () => {
        const full = await (await options.firstOpen!()).complete(region)
        return verifiedAhead<RegionIndexFile>(`${options.origin}/${region.files.index.path}`, full.files.index)
      })().catch(() => undefined)
      firstIndexes.set(regionId, task)
    }
    return task
  }
  async function firstOpenGroup(regionId: string, itemId: string): Promise<RegionGuidesFile | undefined> {
    const index = await firstOpenIndex(regionId)
    const ref = index?.guides.find((g) => g.itemIds.includes(itemId))
    return ref && !real ? verifiedAhead<RegionGuidesFile>(`${options.origin}/${ref.path}`, ref).catch(() => undefined) : undefined
  }

  /** A bundled region is served without the downloading loader until it is open. */
  const bundledRegion = (regionId: string) => !real && Boolean(bundledOnly.region(regionId)?.bundled)

  return {
    isOpen: () => real !== undefined,
    async init() {
      if (options.dataOnPhone()) await open()
    },
    manifest: () => (real ?? bundledOnly).manifest(),
    region: (regionId) => (real ?? bundledOnly).region(regionId),
    province: async () => (real ? real.province() : bundledOnly.province().catch(async () => (await open()).province())),
    async regionIndex(regionId) {
      if (bundledRegion(regionId)) return bundledOnly.regionIndex(regionId)
      fetchAhead(regionId)
      return (await firstOpenIndex(regionId)) ?? (await open()).regionIndex(regionId).catch(forgetEarly(regionId))
    },
    async itemGroup(regionId, itemId) {
      if (bundledRegion(regionId)) return bundledOnly.itemGroup(regionId, itemId)
      fetchAhead(regionId)
      return (await firstOpenGroup(regionId, itemId)) ?? (await open()).itemGroup(regionId, itemId).catch(forgetEarly(regionId))
    },
    search: async (regionId) => (bundledRegion(regionId) ? bundledOnly.search(regionId) : (await open()).search(regionId)),
    lifeEvents: async (regionId) => (bundledRegion(regionId) ? bundledOnly.lifeEvents(regionId) : (await open()).lifeEvents(regionId)),
    prefetchRegion: async (regionId) => (bundledRegion(regionId) ? undefined : (await open()).prefetchRegion(regionId)),
    availableOffline: (regionId) => (real ?? bundledOnly).availableOffline(regionId),
    checkForUpdate: async () => (await open()).checkForUpdate(),
    warmItem,
    pin(regionId) {
      pinned = regionId
      real?.pin(regionId)
    },
  }
}
