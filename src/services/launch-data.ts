/**
 * A shared link opens cold: the page's code and the page's data would load one after the other
 * (the page asks for its data only once its code runs). Started from the app's entry, this asks for
 * the launch page's data at once, so both arrive side by side.
 */
import { pageDataNeeds } from '../domain/routes/page-data'
import { launchPage } from '../platform'
import { currentRegionIdOf, isKnownRegion, preloadPageData } from './region-store'
import { settingsStore } from './stores'

export function preloadLaunchData(): void {
  const launch = launchPage()
  if (!launch) return
  const needs = pageDataNeeds(launch.page, launch.params, currentRegionIdOf(settingsStore.get().regionId), isKnownRegion)
  if (needs) preloadPageData(needs)
}
