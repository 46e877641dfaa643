import * as core from '@actions/core'
import fs from 'node:fs'
import path from 'node:path'
import { ledgerDefects, remainder, type Ledger } from '../run/ledger.js'
import type { OutputName } from '../inputs.js'
import type { Settings } from '../settings/settings.js'
import { auditContext, runContext } from './audit.js'
import {
  createOutputFolder,
  openReport,
  writeRemainder,
  type FileIo,
  type ReportWriter
} from './files.js'
import { info, logRemainder } from './log.js'
import { failureLines, runFailed } from './outcome-text.js'
import { buildOutputs, type FilePaths } from './outputs.js'
import { buildSummary } from './summary.js'

const REPORT_FILE = 'report.csv'
const REMAINDER_FILE = 'failed-targets.json'

/** Where the run's files go, opened before the run so that the report is written as it goes. */
export interface RunFiles {
  folder?: string
  report?: ReportWriter
  reportFile: string
  /** What could not be created. */
  problems: string[]
  /** How the files are written: node:fs, or a test's. */
  io: FileIo
  /** Set once the outputs, the report and the remainder are written: the summary is next. */
  written?: true
}

/**
 * Creates the run's folder (in RUNNER_TEMP, or the OS temp folder without one) and opens the
 * report in it. What cannot be created is noted, not thrown: the run goes on without that file.
 */
export function openRunFiles(ledger: Ledger, io: FileIo = fs): RunFiles {
  const files: RunFiles = { reportFile: '', problems: [], io }
  try {
    files.folder = createOutputFolder(process.env.RUNNER_TEMP)
  } catch (error) {
    const what = 'The folder for report-file and failed-targets-file'
    files.problems.push(fileProblem(what, process.env.RUNNER_TEMP, error))
    return files
  }
  const reportFile = path.join(files.folder, REPORT_FILE)
  try {
    files.report = openReport(reportFile, ledger, io)
    files.reportFile = reportFile
  } catch (error) {
    files.problems.push(fileProblem('report-file', reportFile, error))
  }
  return files
}

/**
 * Leaves the run's record, in the order that keeps the most if the runner kills the step part way:
 * the outputs first, then the rest of the report and the remainder file, then the job summary,
 * then the failure. A file that cannot be written costs only itself: its output is emptied, its
 * targets named in the log, and the step fails saying which file and why.
 */
export async function publish(
  ledger: Ledger,
  settings: Settings,
  run: RunFiles,
  registered: readonly string[]
): Promise<void> {
  const problems = [
    ...run.problems,
    ...ledgerDefects(ledger, settings.targets).map(
      defect => `Defect: the run's record does not account for every target: ${defect}`
    )
  ]
  const left = remainder(ledger)
  const files: FilePaths = {
    report: run.reportFile,
    remainder: run.folder && left.length > 0 ? path.join(run.folder, REMAINDER_FILE) : ''
  }

  core.debug('Writing the outputs')
  problems.push(...setOutputs(ledger, settings, files, registered))

  core.debug('Writing the rest of the report')
  run.report?.finish()
  if (run.report?.error !== undefined) {
    problems.push(fileProblem('report-file', files.report, run.report.error))
    problems.push(...setOutput('report-file', ''))
    files.report = ''
  }
  core.debug('Writing the remainder')
  files.remainder = writeFile(
    'failed-targets-file',
    files.remainder,
    file => writeRemainder(file, left, run.io),
    problems
  )
  if (left.length > 0 && !files.remainder) logRemainder(left)
  run.written = true

  if (settings.jobSummary) {
    core.debug('Writing the job summary')
    if (!process.env.GITHUB_STEP_SUMMARY) {
      info('No job summary written: GITHUB_STEP_SUMMARY is not set')
    } else {
      try {
        const audit = auditContext(runContext())
        await buildSummary(ledger, { settings, audit, files, problems }).write()
      } catch (error) {
        problems.push(fileProblem('The job summary', process.env.GITHUB_STEP_SUMMARY, error))
      }
    }
  }

  if (runFailed(ledger, settings) || problems.length > 0) {
    core.setFailed(failureLines(ledger, settings, files.remainder, problems).join('\n'))
  }
}

/**
 * Writes one of the run's files, if it has a path; returns its path, or '' when it could not be
 * written, after emptying its output and noting why.
 */
function writeFile(
  output: OutputName,
  file: string,
  write: (file: string) => void,
  problems: string[]
): string {
  if (!file) return ''
  try {
    write(file)
    return file
  } catch (error) {
    problems.push(fileProblem(output, file, error), ...setOutput(output, ''))
    return ''
  }
}

/** Writes every output; returns what could not be written. */
export function setOutputs(
  ledger: Ledger,
  settings: Settings,
  files: FilePaths,
  registered: readonly string[]
): string[] {
  const { outputs, notes } = buildOutputs(ledger, settings, files, registered)
  for (const note of notes) core.warning(note, { title: 'Output cut to fit' })
  return Object.entries(outputs).flatMap(([name, value]) => setOutput(name, value))
}

function setOutput(name: string, value: string): string[] {
  try {
    core.setOutput(name, value)
    return []
  } catch (error) {
    return [fileProblem(`The output ${name}`, undefined, error)]
  }
}

/** "report-file could not be written to /tmp/x/report.csv: ENOSPC: no space left on device". */
function fileProblem(what: string, where: string | undefined, error: unknown): string {
  // Errors from another realm (a test's VM) are not instances of this realm's Error.
  const message = (error as { message?: unknown } | undefined)?.message
  const reason = typeof message === 'string' ? message : 'unknown error'
  return `${what} could not be written${where ? ` to ${where}` : ''}: ${reason}`
}
