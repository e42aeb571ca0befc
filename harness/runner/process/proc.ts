import { readdirSync, readFileSync } from 'node:fs';

/** One process as /proc shows it: its pid and the fields of `/proc/<pid>/stat` after the command name. */
export interface ProcStat {
  pid: number;
  /** `fields[0]` is the state (`Z`: a zombie), `[2]` the process group, `[13]`/`[14]` reaped children's CPU ticks. */
  fields: string[];
}

/**
 * The live processes of a process group, from /proc (Linux; empty elsewhere). Zombies (exited, not
 * yet reaped) are left out.
 *
 * @example
 * groupProcesses(child.pid).map((p) => p.pid); // [4242, 4243]
 */
export function groupProcesses(group: number): ProcStat[] {
  const found: ProcStat[] = [];
  for (const name of list('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === group && fields[0] !== 'Z') found.push({ pid: Number(name), fields });
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

/**
 * The entries of a /proc folder, or none when it is gone.
 *
 * @example
 * list(`/proc/${pid}/task`); // ['4242', '4250']
 */
export function list(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

/**
 * A process and all its descendants (through `/proc/<pid>/task/<tid>/children`), from /proc:
 * cheaper than scanning every process, and enough for a command whose children stay its children.
 *
 * @example
 * processTree(child.pid).map((p) => p.pid); // [4242, 4250]
 */
export function processTree(root: number): ProcStat[] {
  const found: ProcStat[] = [];
  const queue = [root];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      found.push({ pid, fields: stat.slice(stat.lastIndexOf(')') + 2).split(' ') });
      for (const tid of list(`/proc/${pid}/task`)) queue.push(...childrenOf(pid, tid));
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

function childrenOf(pid: number, tid: string): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}
