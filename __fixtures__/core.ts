// A typed stand-in for @actions/core, for tests that import src/main.ts through
// jest.unstable_mockModule. Each function records its calls; the job summary is the real one,
// writing to the file GITHUB_STEP_SUMMARY names.
import type * as core from '@actions/core'
import { summary as realSummary } from '@actions/core'
import { jest } from '@jest/globals'

export const getInput = jest.fn<typeof core.getInput>()
export const getBooleanInput = jest.fn<typeof core.getBooleanInput>()
export const setSecret = jest.fn<typeof core.setSecret>()
export const setOutput = jest.fn<typeof core.setOutput>()
export const setFailed = jest.fn<typeof core.setFailed>()
export const info = jest.fn<typeof core.info>()
export const debug = jest.fn<typeof core.debug>()
export const notice = jest.fn<typeof core.notice>()
export const warning = jest.fn<typeof core.warning>()
export const error = jest.fn<typeof core.error>()
export const startGroup = jest.fn<typeof core.startGroup>()
export const endGroup = jest.fn<typeof core.endGroup>()
export const summary: typeof core.summary = realSummary
