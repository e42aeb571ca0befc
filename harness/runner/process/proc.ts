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
