// The bundle's stand-in for undici (tsconfig.json maps the name here). @actions/http-client and
// @actions/github import undici for fetch and proxy dispatchers that this action never uses; the
// real package would double the start-up time and memory (docs/benchmarks.md). @actions/github
// builds a ProxyAgent when it loads behind a proxy, so building one works; using anything throws.
function unavailable(): never {
  throw new Error('undici is not bundled with terminate-box-sessions')
}

export class ProxyAgent {
  dispatch(): never {
    return unavailable()
  }
}

export const fetch = unavailable
