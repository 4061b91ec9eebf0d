/** 我能办什么 answers the citizen chose to save (null until then): only the eligibility pages load this. */
import { eligibilityAnswersKey } from '../domain/storage/eligibility-answers'
import { createPersistentStore } from './storage'

export const eligibilityAnswersStore = createPersistentStore(eligibilityAnswersKey)
