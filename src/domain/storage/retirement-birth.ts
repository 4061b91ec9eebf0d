/**
 * 我哪年退休: the birth month and category, kept on this phone only when the citizen turns on
 * “在本机记住我的出生年月” (off by default); turning it off removes them.
 */
import * as v from 'valibot'
import { RETIREMENT_KINDS } from '../calculators/kinds'
import type { StoredKeyDefinition } from './envelope'
import { timestamp } from './keys'

export const RETIREMENT_BIRTH_STORAGE_KEY = 'rsbszn.retirement-birth'

export const RememberedBirthSchema = v.nullable(
  v.object({
    birth: v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
    kind: v.picklist(RETIREMENT_KINDS),
    savedAt: timestamp,
  }),
)
export type RememberedBirth = v.InferOutput<typeof RememberedBirthSchema>

export const retirementBirthKey: StoredKeyDefinition<RememberedBirth> = {
  key: RETIREMENT_BIRTH_STORAGE_KEY,
  version: 1,
  schema: RememberedBirthSchema,
  initial: () => null,
  maxLength: 500,
}
