import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { delimiter, isAbsolute, join, resolve } from 'node:path';
import type { CommandClient } from '../../contract/index.ts';
import { faultlineEnv } from '../../env.ts';

/** How a command's clock runs: sped up by libfaketime, or in real time (and why). */
export type ClockPlan = { kind: 'faketime'; library: string } | { kind: 'real'; why: string };

/** Where Debian, Ubuntu and a source build put libfaketime's multi-threaded variant. */
const LIBRARY_CANDIDATES = [
  '/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1',
  '/usr/lib/aarch64-linux-gnu/faketime/libfaketimeMT.so.1',
  '/usr/lib/faketime/libfaketimeMT.so.1',
  '/usr/local/lib/faketime/libfaketimeMT.so.1',
];

/** What a Go binary carries (its build info header): Go reads the clock without libc. */
const GO_BUILDINFO = Buffer.from('\xff Go buildinf:', 'latin1');

/**
 * Decides how a command's clock can run. libfaketime (`LD_PRELOAD`) speeds up the clock and the
 * sleeps of a dynamically linked program that reads time through libc: Python, Node, Ruby, the JVM,
 * shells and the `sleep`/`curl` they start. It cannot reach a statically linked binary or a Go
 * program (both read the clock by system call or vDSO), so those run in real time. The command's
 * program is found on `PATH` and followed through `#!` lines to the real interpreter. libfaketime is
 * looked for at `FAULTLINE_FAKETIME_LIB`, then where Debian and Ubuntu install it (`libraries`).
 *
 * @example
 * clockPlan({ name: 'py', command: ['python3', 'client.py'], providers: ['hcompany'] });
 * // { kind: 'faketime', library: '/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1' }
 */
export function clockPlan(
  client: CommandClient,
  env: Record<string, string | undefined> = process.env,
  libraries: readonly string[] = LIBRARY_CANDIDATES,
): ClockPlan {
  if (client.clock === 'real')
    return { kind: 'real', why: `handler "${client.name}" asks for real time (clock: 'real')` };
  const library = [faultlineEnv(env).FAULTLINE_FAKETIME_LIB, ...libraries].find(
    (path): path is string => !!path && existsSync(path),
  );
  if (!library)
    return {
      kind: 'real',
      why: 'libfaketime is not installed (apt-get install faketime), so the client runs in real time',
    };
  const program = interpreterOf(resolveProgram(client.command[0]!, client.cwd, env.PATH));
  if (program) {
    const why = unfakeable(program);
    if (why)
      return { kind: 'real', why: `${program} ${why}: libfaketime cannot speed up its clock, so it runs in real time` };
  }
  return { kind: 'faketime', library };
}

/**
 * The `FAKETIME` value that starts a process's clock at `startMs` (written in local time, as
 * libfaketime reads it, rounded down to the second so the client's clock never runs ahead of the
 * simulator's) and runs it `factor` times faster.
 *
 * @example
 * fakeTimeSpec(Date.parse('2026-01-20T12:00:00.400Z'), 100); // '@2026-01-20 12:00:00 x100' (with TZ=UTC)
 */
export function fakeTimeSpec(startMs: number, factor: number): string {
  const d = new Date(Math.floor(startMs / 1000) * 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `@${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())} x${factor}`;
}

/** The file a command name runs: as given when it has a slash, else the first match on PATH. */
function resolveProgram(name: string, cwd: string | undefined, path = ''): string | null {
  if (name.includes('/')) return existsSync(resolve(cwd ?? '.', name)) ? resolve(cwd ?? '.', name) : null;
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Follows `#!` lines (also `#!/usr/bin/env python3`) to the binary that really runs, up to three levels. */
function interpreterOf(program: string | null, depth = 0): string | null {
  if (!program || depth > 3) return program;
  const head = readHead(program, 256);
  if (head.subarray(0, 2).toString('latin1') !== '#!') return program;
  const [interpreter, ...rest] = head.toString('latin1').slice(2).split('\n')[0]!.trim().split(/\s+/);
  if (!interpreter) return program;
  const next = interpreter.endsWith('/env')
    ? resolveProgram(rest.find((arg) => !arg.startsWith('-')) ?? '', undefined, process.env.PATH)
    : interpreter;
  return interpreterOf(next && isAbsolute(next) ? next : null, depth + 1) ?? program;
}

/** Why libfaketime cannot reach this ELF binary, or null when it can (or the file is not ELF). */
function unfakeable(program: string): string | null {
  const head = readHead(program, 64);
  if (head.subarray(0, 4).toString('latin1') !== '\x7fELF') return null;
  const bytes = readFileSync(program);
  if (!hasInterpreter(bytes)) return 'is statically linked';
  if (bytes.includes(GO_BUILDINFO)) return 'is a Go program (Go reads the clock without libc)';
  return null;
}

/** True when a 64- or 32-bit ELF file has a PT_INTERP program header (it is dynamically linked). */
function hasInterpreter(elf: Buffer): boolean {
  const is64 = elf[4] === 2;
  const little = elf[5] === 1;
  const u16 = (at: number) => (little ? elf.readUInt16LE(at) : elf.readUInt16BE(at));
  const u32 = (at: number) => (little ? elf.readUInt32LE(at) : elf.readUInt32BE(at));
  const phoff = is64 ? Number(little ? elf.readBigUInt64LE(0x20) : elf.readBigUInt64BE(0x20)) : u32(0x1c);
  const phentsize = u16(is64 ? 0x36 : 0x2a);
  const phnum = u16(is64 ? 0x38 : 0x2c);
  for (let i = 0; i < phnum; i++) if (u32(phoff + i * phentsize) === 3) return true;
  return false;
}

function readHead(path: string, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    return buffer.subarray(0, readSync(fd, buffer, 0, length, 0));
  } finally {
    closeSync(fd);
  }
}
