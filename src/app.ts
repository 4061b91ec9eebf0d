import { useEffect, type PropsWithChildren } from 'react'
import { PAGES, parseItemParams } from './domain/routes'
import { launchPage, onStorageChangedElsewhere } from './platform'
import { loadRegionData } from './services/region-store'
import { reloadAllStores } from './services/stores'
import './app.scss'

// A shared guide opened cold (H5): its region's index and guide group start loading now, beside the
// page's own code, instead of after it.
const launch = launchPage()
const shared = launch && `/${launch.page.replace(/^\//, '')}` === PAGES.item ? parseItemParams(launch.params) : null
if (shared?.ok) {
  loadRegionData('index', shared.regionId)
  loadRegionData('group', `${shared.regionId}/${shared.id}`)
}

function App({ children }: PropsWithChildren) {
  // Favourites, ticks and settings changed in another tab show up here too.
  useEffect(() => onStorageChangedElsewhere(reloadAllStores), [])
  return children
}

export default App
