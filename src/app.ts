import { useEffect, type PropsWithChildren } from 'react'
import { pageKeyOf } from './domain/routes'
import { routeOf } from './domain/routes/page-spec'
import { PAGE_SPECS } from './domain/routes/specs'
import { launchPage, onStorageChangedElsewhere, redirectUnknownPages } from './platform'
import { startWebApp } from './platform/web-app'
import { afterFirstContent } from './services/first-content'
import { preloadPageData } from './services/page-data'
import { knownRegionIds } from './services/region-store'
import { reloadAllStores, settingsStore } from './services/stores'
import './app.scss'

// H5 cold open: the launched page's region data (by its spec: a shared guide's index, then its group)
// starts loading now, beside the page's own code, instead of after it. weapp has no launch page here
// (launchPage says why); the literal condition keeps the specs out of its main package.
const launch = process.env.TARO_ENV === 'h5' ? launchPage() : null
const launchedKey = launch && pageKeyOf(launch.page)
if (process.env.TARO_ENV === 'h5' && launch && launchedKey) {
  const spec = PAGE_SPECS[launchedKey]
  const route = routeOf(spec, launch.params, settingsStore.get().regionId, knownRegionIds())
  preloadPageData(spec, route)
}

// An address that is no page opens the page it names or the not-found page (H5), or 首页 (weapp).
redirectUnknownPages()

// The web app (H5: manifest and service worker; weapp: nothing) once the first page shows its
// content, so that neither competes with the first screen (platform/web-app.h5.ts waits further).
afterFirstContent(startWebApp)

function App({ children }: PropsWithChildren) {
  // Favourites, ticks and settings changed in another tab show up here too.
  useEffect(() => onStorageChangedElsewhere(reloadAllStores), [])
  return children
}

export default App
