// @ts-check
// The benchmark's guards: each prints a verdict as it is measured and is listed again at the end.
// With --strict, npm run bench exits 1 when any guard is not met, so a regression fails a job.

/** @typedef {{ what: string, met: boolean, detail: string }} Guard */

export function createGuards() {
  /** @type {Guard[]} */
  const guards = []
  return {
    /** Records a guard and prints its verdict. @param {string} what @param {boolean} met @param {string} detail */
    verdict: (what, met, detail) => {
      guards.push({ what, met, detail })
      console.log(`\n${line({ what, met, detail })}`)
    },
    /** Each guard's line, for the closing list. */
    lines: () => guards.map(line),
    /** The guards not met. */
    failed: () => guards.filter(g => !g.met),
    /** The process's exit code: 1 under --strict when a guard failed, else 0. @param {boolean} strict */
    exitCode: strict => (strict && guards.some(g => !g.met) ? 1 : 0)
  }
}

/** @param {Guard} guard */
function line(guard) {
  return `${guard.met ? '✅' : '❌'} ${guard.what}: ${guard.detail}`
}
