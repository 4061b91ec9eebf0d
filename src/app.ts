import { useEffect, type PropsWithChildren } from 'react'
import { onStorageChangedElsewhere } from './platform'
import { reloadAllStores } from './services/stores'
import './app.scss'

function App({ children }: PropsWithChildren) {
  // Favourites, ticks and settings changed in another tab show up here too.
  useEffect(() => onStorageChangedElsewhere(reloadAllStores), [])
  return children
}

export default App
