/**
 * The 我能办什么 answers' storage key (the rest are in keys.ts). Kept only when the citizen taps
 * 保存我的回答; otherwise answers live in memory and are gone on leaving. The shape is
 * EligibilityAnswers of domain/life-events ('unsure' is 不确定; [] groups is 都不是).
 */
import * as v from 'valibot'
import { APPLICANT_TAGS, GROUP_TAGS, SITUATION_TAGS } from '../../../types/eligibility'
import type { StoredKeyDefinition } from './envelope'
import { ELIGIBILITY_ANSWERS_STORAGE_KEY, timestamp } from './keys'

const unsure = v.literal('unsure')
export const SavedAnswersSchema = v.nullable(
  v.object({
    answers: v.object({
      applicant: v.union([v.picklist(APPLICANT_TAGS), unsure]),
      situations: v.union([v.pipe(v.array(v.picklist(SITUATION_TAGS)), v.maxLength(SITUATION_TAGS.length)), unsure]),
      groups: v.union([v.pipe(v.array(v.picklist(GROUP_TAGS)), v.maxLength(GROUP_TAGS.length)), unsure]),
      family: v.picklist(['yes', 'no', 'unsure']),
    }),
    savedAt: timestamp,
  }),
)
export type SavedAnswers = v.InferOutput<typeof SavedAnswersSchema>

export const eligibilityAnswersKey: StoredKeyDefinition<SavedAnswers> = {
  key: ELIGIBILITY_ANSWERS_STORAGE_KEY,
  version: 1,
  schema: SavedAnswersSchema,
  initial: () => null,
  maxLength: 4_000,
}
