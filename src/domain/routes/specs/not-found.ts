import { pageSpec } from '../page-spec'
import { decodeParam } from '../params'

/** The longest address the page repeats back (a pasted link can be any length). */
const MAX_SHOWN = 120

/**
 * H5 only: an address that is no page of the app (`/not-found?path=/foo`, where the router's not-found
 * hook sends it; h5-paths.ts unknownAddressTarget). `path` is the address the citizen opened, shown back
 * to them. No region data; forwarding sends the region's home (null: the broken-link fallback).
 */
export const notFoundSpec = pageSpec({
  key: 'notFound',
  parse: (raw) => {
    const path = decodeParam(raw.path)
    const address = typeof path === 'string' && path ? path : null
    return { address: address && address.length > MAX_SHOWN ? `${address.slice(0, MAX_SHOWN)}…` : address }
  },
  share: () => null,
})
