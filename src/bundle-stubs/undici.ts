// The bundle's stand-in for undici. @actions/http-client imports undici
// statically for fetch and proxy dispatchers that this action never uses (its requests go
// through http-client's node:http path, and its proxy support through `tunnel`), and loading
// undici doubled the start-up time (docs/benchmarks.md). Anything that does reach it fails loudly.
function unavailable(): never {
  throw new Error('undici is not bundled with terminate-box-sessions')
}

export class ProxyAgent {
  constructor() {
    unavailable()
  }
}

export const fetch = unavailable
