import { readFileSync } from 'node:fs'
import { cpus, release, totalmem } from 'node:os'

/** The machine a bench ran on, as one line for the report. */
export interface Machine {
  readonly cpu: string
  readonly cores: number
  readonly memoryGiB: number
  readonly node: string
  readonly os: string
}

/** The distribution's own name (PRETTY_NAME of /etc/os-release), or the platform when there is none. */
function osName(): string {
  try {
    const line = readFileSync('/etc/os-release', 'utf8').split('\n').find((l) => l.startsWith('PRETTY_NAME='))
    if (line !== undefined) return `${line.slice('PRETTY_NAME='.length).replace(/^"|"$/g, '')}, kernel ${release()}`
  } catch {
    // Not Linux: the platform name will do.
  }
  return `${process.platform} ${release()}`
}

/** Describes this machine: figures only mean something next to the hardware they came from. */
export function describeMachine(): Machine {
  const list = cpus()
  return {
    cpu: list[0]?.model.trim() ?? 'unknown CPU',
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: osName()
  }
}

/** The machine as one readable line. */
export function machineLine(m: Machine): string {
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB RAM, Node ${m.node}, ${m.os}`
}
