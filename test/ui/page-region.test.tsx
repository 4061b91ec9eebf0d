/**
 * The keyed store behind useRegionData (which region a page shows: test/unit/page-spec.test.ts): reading an entry starts no load; loading it does, once.
 */
import { bundledSource } from '../../src/services/region-data'
import { loadRegionData, regionDataState, subscribeRegionStore, type RegionDataKind } from '../../src/services/region-store'

/** Resolves once the entry is no longer loading (the store notifies when an entry lands or fails). */
function landed(kind: RegionDataKind, key: string): Promise<void> {
  return new Promise((resolve) => {
    const stop = subscribeRegionStore(() => {
      if (regionDataState(kind, key).status !== 'loading') {
        stop()
        resolve()
      }
    })
  })
}

jest.mock('@tarojs/taro', () => require('../setup/taro-mock').createTaroMock())

test('a file in memory is ready at once; reading another starts nothing; loading an unknown region fails with its reason', async () => {
  // Every load the store starts goes to the build's source (the bundled one here, no origin): counted.
  const loads = jest.spyOn(bundledSource, 'load')
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0))
  // Region indexes are required with the main package (weapp, and Jest): ready at the first read.
  expect(regionDataState('index', 'hami').status).toBe('ready')
  // Search files are the search subpackage's: not registered here, so reading says loading and starts nothing.
  expect(regionDataState('search', 'bijie').status).toBe('loading')
  expect(regionDataState('search', 'bijie').status).toBe('loading')
  expect(regionDataState('index', 'nowhere').status).toBe('loading')
  await tick()
  expect(loads).toHaveBeenCalledTimes(0)
  // Loading does start one, once however often it is asked.
  const done = landed('index', 'nowhere')
  loadRegionData('index', 'nowhere')
  loadRegionData('index', 'nowhere')
  await done
  expect(loads.mock.calls).toEqual([['index', 'nowhere']])
  const failed = regionDataState('index', 'nowhere')
  expect(failed.status === 'error' && failed.error.kind).toBe('unknown-region')
  loads.mockRestore()
})
