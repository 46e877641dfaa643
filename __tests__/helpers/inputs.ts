import type { InputName, InputSource } from '../../src/inputs.js'

/** Inputs from a record, read as @actions/core reads them: trimmed, booleans in YAML 1.2 spellings. */
export function inputsFrom(values: Partial<Record<InputName, string>>): InputSource {
  const text = (name: InputName) => (values[name] ?? '').trim()
  return {
    text,
    boolean: name => {
      if (['true', 'True', 'TRUE'].includes(text(name))) return true
      if (['false', 'False', 'FALSE'].includes(text(name))) return false
      throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}`)
    }
  }
}
