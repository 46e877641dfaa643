import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { ROOT } from '../../harness/run-action.js'

const SRC = path.join(ROOT, 'src')
const files = (fs.readdirSync(SRC, { recursive: true }) as string[])
  .filter(f => f.endsWith('.ts'))
  .map(f => path.join(SRC, f))

/** The src/ files each src/ file imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true)
    graph.set(
      file,
      importedFiles
        .map(i => i.fileName)
        .filter(name => name.startsWith('.'))
        .map(name => path.resolve(path.dirname(file), name.replace(/\.js$/, '.ts')))
    )
  }
  return graph
}

/** Every import cycle, each as the chain of files that closes it. */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = []
  const done = new Set<string>()
  const visit = (file: string, chain: string[]): void => {
    if (chain.includes(file)) {
      found.push([...chain.slice(chain.indexOf(file)), file].map(f => path.relative(SRC, f)))
      return
    }
    if (done.has(file)) return
    for (const next of graph.get(file) ?? []) visit(next, [...chain, file])
    done.add(file)
  }
  for (const file of graph.keys()) visit(file, [])
  return found
}

describe('the source', () => {
  it('has no import cycle', () => {
    const graph = importGraph()
    expect(graph.size).toBeGreaterThan(20)
    expect(cycles(graph)).toEqual([])
  })

  it('would see a cycle', () => {
    const a = path.join(SRC, 'a.ts')
    const b = path.join(SRC, 'b.ts')
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, [a]]
        ])
      )
    ).toEqual([['a.ts', 'b.ts', 'a.ts']])
  })

  it('lets its arrows run one way: nothing below action/ imports from it, nor from main', () => {
    const graph = importGraph()
    const layer = (file: string) => path.relative(SRC, file).split(path.sep)[0] ?? ''
    const upward: string[] = []
    for (const [file, imports] of graph) {
      if (['action', 'main.ts', 'index.ts'].includes(layer(file))) continue
      for (const imported of imports) {
        if (['action', 'main.ts', 'index.ts'].includes(layer(imported))) {
          upward.push(`${path.relative(SRC, file)} → ${path.relative(SRC, imported)}`)
        }
      }
    }
    expect(upward).toEqual([])
  })

  it('keeps Box, credentials and the network below the run: box/, auth/ and net/ import none of targets/, run/, settings/ or action/', () => {
    const graph = importGraph()
    const layer = (file: string) => path.relative(SRC, file).split(path.sep)[0] ?? ''
    const low = ['box', 'auth', 'net']
    const high = ['targets', 'run', 'settings', 'action', 'main.ts', 'index.ts']
    const upward: string[] = []
    for (const [file, imports] of graph) {
      if (!low.includes(layer(file))) continue
      for (const imported of imports) {
        if (high.includes(layer(imported)))
          upward.push(`${path.relative(SRC, file)} → ${path.relative(SRC, imported)}`)
      }
    }
    expect(graph.size).toBeGreaterThan(20)
    expect(upward).toEqual([])
  })

  it('keeps @actions/core and @actions/github to action/ and main', () => {
    const users = files.filter(file =>
      /from '@actions\/(core|github)'/.test(fs.readFileSync(file, 'utf8'))
    )
    expect(
      users
        .map(f => path.relative(SRC, f).split(path.sep)[0])
        .filter(l => l !== 'action' && l !== 'main.ts')
    ).toEqual([])
  })

  it('leaves the runner protocol to @actions/core', () => {
    const offenders = files.filter(file => {
      const text = fs.readFileSync(file, 'utf8')
      return /process\.stdout|console\.|GITHUB_OUTPUT|appendFile|['"`]::[a-z-]+::/.test(text)
    })
    expect(offenders.map(f => path.relative(SRC, f))).toEqual([])
  })
})
