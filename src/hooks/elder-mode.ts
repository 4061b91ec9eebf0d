/** 长辈模式: the citizen's switch, or on by itself at a large system font. */
import { useCallback, useMemo } from 'react'
import { systemFontScale } from '../platform'
import { settingsStore } from '../services/stores'
import { useStore } from './store'

/** The system font scale at which 长辈模式 starts on by itself (WeChat's "大" font setting and up). */
export const ELDER_FONT_SCALE = 1.25

export function useElderMode(): { elder: boolean; setElder: (on: boolean) => void } {
  const settings = useStore(settingsStore)
  const systemScale = useMemo(() => systemFontScale(), [])
  const setElder = useCallback((on: boolean) => settingsStore.set({ ...settingsStore.get(), elderMode: on }), [])
  return { elder: settings.elderMode ?? systemScale >= ELDER_FONT_SCALE, setElder }
}
