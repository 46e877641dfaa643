// Finds Node 24 once per test run, so the end-to-end suites run the bundle on it as well as on
// the Node running Jest.
import { node24Path } from '../harness/node24.js'

export default function globalSetup() {
  process.env.NODE24_BIN = node24Path()
}
