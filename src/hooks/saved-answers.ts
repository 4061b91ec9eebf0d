/** The 我能办什么 answers kept on this phone: a hook of its own, so only the eligibility page loads their store. */
import type { EligibilityAnswers } from '../domain/life-events/eligibility'
import { eligibilityAnswersStore } from '../services/eligibility-answers-store'
import { useStore } from '.'

/** 我能办什么 answers saved on this phone: only through an explicit save; forget removes them. */
export function useSavedAnswers() {
  const saved = useStore(eligibilityAnswersStore)
  return {
    saved,
    save: (answers: EligibilityAnswers) => eligibilityAnswersStore.set({ answers, savedAt: Date.now() }),
    forget: () => eligibilityAnswersStore.set(null),
  }
}
