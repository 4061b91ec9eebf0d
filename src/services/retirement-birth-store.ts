/** The remembered birth month of 我哪年退休 (null unless the citizen turned remembering on): only the retirement page loads this. */
import { retirementBirthKey } from '../domain/storage/retirement-birth'
import { createPersistentStore } from './storage'

export const retirementBirthStore = createPersistentStore(retirementBirthKey)
