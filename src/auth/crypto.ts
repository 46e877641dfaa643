/** node:crypto, loaded when first needed: runs that do not use JWT never pay for loading it. */
export function crypto(): typeof import('node:crypto') {
  return process.getBuiltinModule('node:crypto')
}
