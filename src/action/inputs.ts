import * as core from '@actions/core'
import { SECRET_INPUTS, type InputName, type InputSource } from '../inputs.js'

const DEBUG_VALUE_LENGTH = 200

/**
 * Inputs read through @actions/core, each once, and logged as a debug line (shown with
 * ACTIONS_STEP_DEBUG), as actions/checkout does; a credential is only said to be set.
 */
export function runnerInputs(): InputSource {
  const read = new Map<InputName, string>()
  return {
    text: name => {
      let value = read.get(name)
      if (value === undefined) {
        value = core.getInput(name)
        read.set(name, value)
        core.debug(`input ${name}: ${describeValue(name, value)}`)
      }
      return value
    },
    boolean: name => core.getBooleanInput(name)
  }
}

function describeValue(name: InputName, value: string): string {
  if (value === '') return '(empty)'
  if ((SECRET_INPUTS as readonly string[]).includes(name)) return '(set; a secret, not shown)'
  const shown = value.length > DEBUG_VALUE_LENGTH ? `${value.slice(0, DEBUG_VALUE_LENGTH)}…` : value
  return JSON.stringify(shown)
}
