import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * How many Chromium processes run on this machine now.
 *
 * @example
 * chromiumProcesses(); // 0 when no browser is up
 */
export function chromiumProcesses(): number {
  return execFileSync('ps', ['-eo', 'comm='], { encoding: 'utf8' })
    .split('\n')
    .filter((name) => /chrom/i.test(name)).length;
}

/**
 * The TCP ports listening on this machine now (IPv4 and IPv6), read from /proc.
 *
 * @example
 * listeningPorts().size; // e.g. 3
 */
export function listeningPorts(): Set<number> {
  const ports = new Set<number>();
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields[3] === '0A') ports.add(parseInt(fields[1]!.split(':')[1]!, 16));
    }
  }
  return ports;
}

/** Memory of a process tree: resident (shared pages counted in every process) and proportional (shared pages split). */
export interface TreeMemory {
  rssMb: number;
  pssMb: number;
}

/**
 * Memory of a process and all its descendants, in MB: the sum of RSS, and the sum of PSS (from
 * /proc/<pid>/smaps_rollup), which counts pages shared between Chromium's processes once.
 *
 * @example
 * treeMemory(child.pid!); // { rssMb: 1858, pssMb: 1130 }
 */
export function treeMemory(rootPid: number): TreeMemory {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
  const tree = new Set([rootPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of rows) if (tree.has(ppid) && !tree.has(pid)) (tree.add(pid), (grew = true));
  }
  let rssKb = 0;
  let pssKb = 0;
  for (const [pid, , rss] of rows) {
    if (!tree.has(pid)) continue;
    rssKb += rss;
    try {
      pssKb += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
    } catch {
      // the process exited between ps and the read
    }
  }
  return { rssMb: rssKb / 1024, pssMb: pssKb / 1024 };
}

/**
 * Waits until the Chromium process count stops falling (browsers that were just closed take a
 * moment to exit), at most `maxMs`, and returns it.
 *
 * @example
 * await settledChromiumProcesses(); // 0 once everything has exited
 */
export async function settledChromiumProcesses(maxMs = 5_000): Promise<number> {
  let count = chromiumProcesses();
  for (let waited = 0; count > 0 && waited < maxMs; waited += 250) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    count = chromiumProcesses();
  }
  return count;
}
