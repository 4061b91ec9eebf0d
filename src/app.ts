import { useEffect, type PropsWithChildren } from 'react'
import { onStorageChangedElsewhere } from './platform'
import { startWebApp } from './platform/web-app'
import { preloadLaunchData } from './services/launch-data'
import { startRegionData } from './services/region-store'
import { reloadAllStores } from './services/stores'
import './app.scss'

// Before the first page's code has arrived: its data starts loading now, beside it.
preloadLaunchData()
// H5: the service worker, registered once the first screen is up (weapp: nothing).
startWebApp()

function App({ children }: PropsWithChildren) {
  // Favourites, ticks and settings changed in another tab show up here too.
  useEffect(() => onStorageChangedElsewhere(reloadAllStores), [])
  // With a data origin: adopt region data downloaded last time, and look for newer data (never without one).
  useEffect(() => void startRegionData(), [])
  return children
}

export default App
