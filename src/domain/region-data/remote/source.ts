/**
 * The source of a build with a data origin: regions not bundled come from the origin, are checked
 * against a manifest the app trusts, cached on the phone and evicted over budget. Plain TypeScript:
 * the platform (download, cache) is handed in, so every rule is unit-tested in Node.
 *
 *  - The manifest in use is the app's own (covered by the app package), or a signed one from the
 *    origin that an earlier launch verified and stored. Its files are used once their length and
 *    SHA-256 match and they have their kind's shape (REGION_FILE_KINDS); a guide group's ref comes
 *    from its verified index. A file that fails either is refused as tampered and not cached.
 *  - The first time a file must be downloaded in a launch, the origin's manifest.json is fetched
 *    beside it and verified (signature by an accepted key, no rollback). A refused manifest fails the
 *    page's load with its reason (重试 asks again); files already cached stay in use.
 *  - A newer verified manifest is stored as the pointer `next`; its files are downloaded for the
 *    regions on the phone, and the next launch adopts it once all of them arrived.
 *  - Whole regions are evicted least recently used first; the region shown and bundled ones never.
 */
import * as v from 'valibot'
import { REGION_FILE_KINDS, type DataFileRef, type DataManifest, type ManifestRegion, type RegionIndexFile } from '../../../../types/region-data'
import { fromEntries } from '../../collections'
import { createBundledSource } from '../bundled'
import {
  RegionDataError,
  loadRef,
  type BundledFiles,
  type DataCache,
  type FetchText,
  type RegionFileKind,
  type RegionFiles,
  type RegionSource,
} from '../source'
import { DEFAULT_CACHE_BUDGET, planEviction } from './cache-policy'
import { matchesRef, pastExpiry, verifyManifest, type AcceptedKeys } from './verify'

export interface RemoteSourceOptions {
  /** The manifest this build was made with (covered by the app package). */
  manifest: DataManifest
  /** The static data origin without a trailing slash. */
  origin: string
  keys: AcceptedKeys
  fetchText: FetchText
  cache: DataCache
  bundled: BundledFiles
  now?: () => number
  budgetBytes?: number
}

const POINTER_KEY = 'pointer.json'
const USAGE_KEY = 'usage.json'

/** What the phone keeps besides the files: the signed manifests in use and waiting, and what is cached. */
const PointerSchema = v.object({ current: v.optional(v.string()), next: v.optional(v.string()), nextReady: v.optional(v.boolean()) })
const UsageSchema = v.object({
  files: v.array(v.object({ path: v.string(), regionId: v.string(), bytes: v.number(), usedAt: v.number() })),
  /** The guide groups each cached index lists (by the index's path), so "available offline" holds across launches. */
  groups: v.record(v.string(), v.array(v.string())),
})
type Pointer = v.InferOutput<typeof PointerSchema>

/** A region's files as the manifest lists them (REGION_FILE_KINDS listed in 'region'), by kind. */
const listedFiles = (region: ManifestRegion) => Object.entries(region.files) as [RegionFileKind, DataFileRef][]

/** A downloaded file's value, once it has its kind's shape; else it is refused like a tampered one. */
function parseFile(kind: RegionFileKind, path: string, text: string): unknown {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    value = undefined
  }
  const out = v.safeParse(REGION_FILE_KINDS[kind].schema, value)
  if (!out.success) throw new RegionDataError('tampered', `${path} is not a ${kind} file: ${out.issues[0].message}`)
  return out.output
}

function parseOr<T>(schema: v.GenericSchema<unknown, T>, text: string | null, fallback: T): T {
  try {
    const out = v.safeParse(schema, JSON.parse(text ?? ''))
    return out.success ? out.output : fallback
  } catch {
    return fallback
  }
}

/** Opens the source: reads the phone's records and adopts a newer manifest that finished downloading. */
export async function openRemoteSource(options: RemoteSourceOptions): Promise<RegionSource> {
  const now = options.now ?? (() => Date.now())
  const budget = options.budgetBytes ?? DEFAULT_CACHE_BUDGET
  const { cache } = options
  const read = (key: string) => cache.read(key).catch(() => null)
  const write = (key: string, text: string) => cache.write(key, text).catch(() => undefined)

  let { files: usage, groups } = parseOr(UsageSchema, await read(USAGE_KEY), { files: [], groups: {} })
  let pointer: Pointer = parseOr(PointerSchema, await read(POINTER_KEY), {})
  const trusted = (text: string | undefined, floor: number) => {
    try {
      return text ? verifyManifest(text, options.keys, floor) : null
    } catch {
      return null
    }
  }
  let active = options.manifest
  const next = pointer.nextReady ? trusted(pointer.next, active.version) : null
  const current = trusted(pointer.current, active.version)
  if (next && next.version > active.version) {
    active = next
    pointer = { current: pointer.next }
    await write(POINTER_KEY, JSON.stringify(pointer))
  } else if (current) active = current
  let pinned: string | null = null
  const inFlight = new Map<string, Promise<unknown>>()
  const saveUsage = () => write(USAGE_KEY, JSON.stringify({ files: usage, groups }))

  async function drop(paths: Set<string>): Promise<void> {
    for (const path of paths) await cache.remove(path).catch(() => undefined)
    usage = usage.filter((f) => !paths.has(f.path))
  }

  /** Records a read or write; over budget, whole regions go (never the pinned, bundled or this one). */
  async function touch(ref: DataFileRef, regionId: string, stored: boolean, evict: boolean): Promise<void> {
    const known = usage.find((f) => f.path === ref.path)
    if (known) known.usedAt = now()
    else if (stored) usage.push({ path: ref.path, regionId, bytes: ref.bytes, usedAt: now() })
    const keep = new Set([regionId, ...active.regions.filter((r) => r.bundled).map((r) => r.id), ...(pinned ? [pinned] : [])])
    if (evict) await drop(new Set(planEviction(usage, budget, keep)))
    await saveUsage()
  }

  // After adopting a manifest: forget cached files it no longer lists.
  const live = new Set<string>([active.province.path])
  for (const r of active.regions) {
    for (const [, ref] of listedFiles(r)) live.add(ref.path)
    groups[r.files.index.path]?.forEach((p) => live.add(p))
  }
  await drop(new Set(usage.map((f) => f.path).filter((p) => !live.has(p))))
  groups = fromEntries(Object.entries(groups).filter(([index]) => live.has(index)))

  async function download(path: string, fresh: boolean): Promise<string> {
    try {
      return await options.fetchText(`${options.origin}/${path}`, { fresh })
    } catch (error) {
      throw new RegionDataError('download', `${path}: ${(error as Error)?.message ?? error}`)
    }
  }

  let checking: Promise<void> | undefined
  /** Once a launch: the origin's manifest, verified; a newer one becomes the pointer `next`. */
  function check(): Promise<void> {
    checking ??= (async () => {
      const text = await download('manifest.json', true)
      const newer = verifyManifest(text, options.keys, Math.max(active.version, trusted(pointer.current, 0)?.version ?? 0))
      if (newer.version === active.version || (pointer.next === text && pointer.nextReady)) return
      pointer = { ...pointer, next: text, nextReady: false }
      await write(POINTER_KEY, JSON.stringify(pointer))
      void stage(newer, text).catch(() => undefined)
    })().catch((error) => {
      checking = undefined
      throw error
    })
    return checking
  }

  /** Downloads a newer manifest's files for the regions on the phone; then the next launch adopts it. */
  async function stage(newer: DataManifest, text: string): Promise<void> {
    const onPhone = new Set(usage.map((f) => f.regionId))
    for (const region of newer.regions.filter((r) => onPhone.has(r.id) && !r.bundled)) {
      await wholeRegion(region, sourceFor(active).availableOffline(region.id), false)
    }
    if (pointer.next !== text) return
    pointer = { ...pointer, nextReady: true }
    await write(POINTER_KEY, JSON.stringify(pointer))
  }

  /** A region's files: the index, the other files the manifest lists and, `withGroups`, the groups the index lists. */
  async function wholeRegion(region: ManifestRegion, withGroups: boolean, evict: boolean): Promise<void> {
    const index = (await file('index', region.files.index, region.id, evict)) as RegionIndexFile
    for (const [kind, ref] of listedFiles(region)) if (kind !== 'index') await file(kind, ref, region.id, evict)
    if (withGroups) for (const g of index.guides) await file('group', g, region.id, evict)
  }

  /** One file: cached and intact, else downloaded (beside the manifest check), verified, checked and cached. */
  function file(kind: RegionFileKind, ref: DataFileRef, regionId: string, evict = true): Promise<unknown> {
    const running = inFlight.get(ref.path)
    if (running) return running
    const task = (async () => {
      const cached = await read(ref.path)
      if (cached !== null && matchesRef(cached, ref)) {
        await touch(ref, regionId, true, evict)
        void check().catch(() => undefined)
        return JSON.parse(cached) as unknown
      }
      const [text] = await Promise.all([
        download(ref.path, false),
        check().catch((error: RegionDataError) => {
          if (error.kind !== 'download') throw error
        }),
      ])
      if (!matchesRef(text, ref)) throw new RegionDataError('tampered', `${ref.path} does not match its listed SHA-256`)
      const parsed = parseFile(kind, ref.path, text)
      const stored = await cache.write(ref.path, text).then(
        () => true,
        () => false,
      )
      if (kind === 'index') groups = { ...groups, [ref.path]: (parsed as RegionIndexFile).guides.map((g) => g.path) }
      await touch(ref, regionId, stored, evict)
      return parsed
    })()
    inFlight.set(ref.path, task)
    task.then(
      () => inFlight.delete(ref.path),
      () => inFlight.delete(ref.path),
    )
    return task
  }

  const isStored = (path: string) => usage.some((f) => f.path === path)

  /** The source over a manifest: bundled files from the app, the rest through `file`. */
  function sourceFor(manifest: DataManifest): RegionSource {
    const bundled = createBundledSource(manifest, options.bundled)
    const source: RegionSource = {
      manifest: () => manifest,
      now: bundled.now,
      async load(kind, key) {
        const ref = await loadRef(manifest, kind, key, (regionId) => source.load('index', regionId))
        if (!ref) return null
        const shipped = options.bundled.load(ref.path)
        if (shipped) return (await shipped) as RegionFiles[typeof kind]
        return (await file(kind, ref, key.split('/')[0])) as RegionFiles[typeof kind]
      },
      availableOffline(regionId) {
        const region = manifest.regions.find((r) => r.id === regionId)
        if (!region) return false
        if (region.bundled) return true
        const listed = groups[region.files.index.path]
        return Boolean(listed) && [...listedFiles(region).map(([, f]) => f.path), ...listed].every(isStored)
      },
      async keepOffline(regionId) {
        pinned = regionId
        const region = manifest.regions.find((r) => r.id === regionId)
        if (!region || region.bundled) return
        await wholeRegion(region, true, true)
      },
      outdated: () => pastExpiry(manifest, now()),
    }
    return source
  }
  return sourceFor(active)
}
