/**
 * Versioned storage values. Every key is stored as {"v": version, "data": ...}. Reading never
 * throws: a value that is corrupt, from a newer (foreign) schema, invalid or too large is replaced by
 * the key's initial value and reported, so the caller can log it and carry on.
 *
 * A foreign value was written by a newer release (the citizen's phone got a rollback): it is not
 * ours to judge, so the caller must leave it stored (see mayOverwrite) and work on the initial value
 * in memory. Once the newer release is back, it reads its own value, favourites and ticks intact.
 */
import * as v from 'valibot'

export type StorageProblem = 'corrupt' | 'foreign' | 'invalid' | 'too-large'

export interface StoredKeyDefinition<T> {
  key: string
  /** The current schema version. */
  version: number
  schema: v.GenericSchema<unknown, T>
  initial: () => T
  /** migrations[n] turns version n data into version n + 1 data. */
  migrations?: Record<number, (data: unknown) => unknown>
  /** Older values that predate the envelope: recognised and read as version 0. */
  legacy?: (raw: unknown) => boolean
  /** Largest serialised size accepted, in UTF-16 units. */
  maxLength: number
}

export interface DecodeResult<T> {
  value: T
  problem?: StorageProblem
  /** Set when an older version was upgraded (the caller should write the new form back). */
  migratedFrom?: number
}

const Envelope = v.object({ v: v.pipe(v.number(), v.integer(), v.minValue(0)), data: v.unknown() })

/** Whether the app may replace the stored value after this read: never a newer release's value. */
export function mayOverwrite(problem: StorageProblem | undefined): boolean {
  return problem !== 'foreign'
}

export function decodeStored<T>(def: StoredKeyDefinition<T>, raw: unknown): DecodeResult<T> {
  if (raw === undefined || raw === null || raw === '') return { value: def.initial() }
  let parsed: unknown = raw
  if (typeof raw === 'string') {
    if (raw.length > def.maxLength) return { value: def.initial(), problem: 'too-large' }
    try {
      parsed = JSON.parse(raw)
    } catch {
      return { value: def.initial(), problem: 'corrupt' }
    }
  }
  let version: number
  let data: unknown
  if (def.legacy?.(parsed)) {
    version = 0
    data = parsed
  } else {
    const envelope = v.safeParse(Envelope, parsed)
    if (!envelope.success) return { value: def.initial(), problem: 'corrupt' }
    version = envelope.output.v
    data = envelope.output.data
  }
  if (version > def.version) return { value: def.initial(), problem: 'foreign' }
  const from = version
  try {
    for (; version < def.version; version++) {
      const migrate = def.migrations?.[version]
      if (!migrate) return { value: def.initial(), problem: 'foreign' }
      data = migrate(data)
    }
  } catch {
    return { value: def.initial(), problem: 'invalid' }
  }
  const checked = v.safeParse(def.schema, data)
  if (!checked.success) return { value: def.initial(), problem: 'invalid' }
  return from < def.version ? { value: checked.output, migratedFrom: from } : { value: checked.output }
}

export class ValueTooLargeError extends Error {
  constructor(key: string, length: number) {
    super(`${key}: ${length} characters is over the limit`)
    this.name = 'ValueTooLargeError'
  }
}

export function encodeStored<T>(def: StoredKeyDefinition<T>, value: T): string {
  const text = JSON.stringify({ v: def.version, data: value })
  if (text.length > def.maxLength) throw new ValueTooLargeError(def.key, text.length)
  return text
}
