/**
 * The 一件事 checklist hook, apart from src/hooks/index.ts: every page uses those hooks, and this one
 * would bring the merging code of life events into a shared guide's page (H5 splits code by module).
 */
import type { MaterialRef } from '../../types/life-events'
import { mergedProgress, setDocumentTicked, ticksFor, toggleDocument } from '../domain/life-events/materials'
import { checklistsStore } from '../services/stores'
import { useStore } from './index'

/**
 * The combined materials checklist of a life event. Ticks are the guides' own (rsbszn.checklists by
 * guide id), so a tick here shows on each guide that lists the document, and a tick there shows here.
 */
export function useEventChecklist(documents: readonly { key: string; refs: readonly MaterialRef[] }[], dataVersion: string) {
  const checklists = useStore(checklistsStore)
  const states = ticksFor({ documents }, checklists)
  const stamp = () => ({ dataVersion, now: Date.now() })
  return {
    checklists,
    states,
    progress: mergedProgress(documents, checklists),
    toggle(key: string) {
      const doc = documents.find((d) => d.key === key)
      if (doc) checklistsStore.set(toggleDocument(checklistsStore.get(), doc.refs, stamp()))
    },
    reset() {
      let next = checklistsStore.get()
      for (const d of documents) next = setDocumentTicked(next, d.refs, false, stamp())
      checklistsStore.set(next)
    },
  }
}
