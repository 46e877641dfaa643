// The bundle's stand-in for undici. @actions/http-client imports undici statically for fetch and
// proxy dispatchers that this action never uses (behind a proxy it takes http-client's
// node:http path with the tunnel agent), and loading undici doubled the start-up time
// (docs/benchmarks.md). Anything that does reach it fails loudly.
function unavailable(): never {
  throw new Error('undici is not bundled with terminate-box-sessions')
}

export class ProxyAgent {
  constructor() {
    unavailable()
  }
}

export const fetch = unavailable
