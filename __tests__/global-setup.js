// Finds Node 24 once per test run, so the end-to-end suites run the bundle on it as well as on
// the Node running Jest, and chooses the seed every fast-check property of the run starts from.
import { node24Path } from '../harness/node24.js'

/** The seed of every run unless FC_SEED says otherwise: the same inputs in CI as on a laptop. */
const PINNED_SEED = 20_261_205

export default function globalSetup() {
  process.env.NODE24_BIN = node24Path()
  // FC_SEED=random (npm run test:random) draws a new seed; a number replays that seed.
  const asked = process.env.FC_SEED
  const seed =
    asked === 'random'
      ? Math.floor(Math.random() * 2 ** 31)
      : asked && /^-?[0-9]+$/.test(asked)
        ? Number(asked)
        : PINNED_SEED
  process.env.FC_SEED = String(seed)
  process.stdout.write(`\nfast-check seed: ${seed} (replay with FC_SEED=${seed})\n`)
}
