// Each scenario's mini-programs (launches and relaunches) are closed after it, so no timer of one
// test runs into the next.
import { closeAllMiniPrograms } from './harness'

afterEach(closeAllMiniPrograms)
