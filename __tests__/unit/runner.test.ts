import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as runner from '../../src/runner.js'

describe('runner protocol', () => {
  let dir: string
  let written: string[]
  const saved = { ...process.env }
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tbs-runner-'))
    written = []
    jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      written.push(String(chunk))
      return true
    })
  })
  afterEach(() => {
    jest.restoreAllMocks()
    process.env = { ...saved }
    process.exitCode = undefined
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('reads an input from its INPUT_ variable, trimmed', () => {
    process.env['INPUT_USER-IDS'] = '  1, 2 \n'
    expect(runner.getInput('user-ids')).toBe('1, 2')
    expect(runner.getInput('group-ids')).toBe('')
  })

  it('escapes command messages so a newline cannot start a new command', () => {
    runner.setSecret('a%b\r\nc')
    runner.warning('x\n::set-output name=y::z')
    runner.setFailed('bad')
    expect(written).toEqual([
      '::add-mask::a%25b%0D%0Ac\n',
      '::warning::x%0A::set-output name=y::z\n',
      '::error::bad\n'
    ])
    expect(process.exitCode).toBe(1)
  })

  it('writes outputs in the delimiter form, each with its own delimiter', () => {
    const file = path.join(dir, 'out')
    process.env.GITHUB_OUTPUT = file
    runner.setOutput('message', 'one\ntwo')
    runner.setOutput('empty', '')
    const text = fs.readFileSync(file, 'utf8')
    const blocks = [...text.matchAll(/^(\w+)<<(ghadelimiter_[0-9a-f]{32})\n([\s\S]*?)\n?\2\n/gm)]
    expect(blocks.map(b => [b[1], b[3]])).toEqual([
      ['message', 'one\ntwo'],
      ['empty', '']
    ])
    expect(blocks[0]?.[2]).not.toBe(blocks[1]?.[2])
  })

  it('appends to the job summary only when the runner names a file', () => {
    expect(runner.appendSummary('# x')).toBe(false)
    process.env.GITHUB_STEP_SUMMARY = path.join(dir, 'summary')
    expect(runner.appendSummary('# x\n')).toBe(true)
    expect(runner.appendSummary('y')).toBe(true)
    expect(fs.readFileSync(path.join(dir, 'summary'), 'utf8')).toBe('# x\ny')
  })
})
