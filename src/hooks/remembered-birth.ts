/** 我哪年退休's remembered birth month: a hook of its own, so only the retirement page loads its store. */
import type { RetirementKind } from '../domain/calculators/kinds'
import { retirementBirthStore } from '../services/retirement-birth-store'
import { useStore } from '.'

export function useRememberedBirth() {
  const remembered = useStore(retirementBirthStore)
  return {
    remembered,
    remember: (birth: string, kind: RetirementKind) => retirementBirthStore.set({ birth, kind, savedAt: Date.now() }),
    forget: () => retirementBirthStore.set(null),
  }
}
