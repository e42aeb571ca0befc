import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clockPlan, fakeTimeSpec } from '../../harness/runner/process/clock-plan.ts';

const folder = mkdtempSync(join(tmpdir(), 'faultline-clock-plan-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const LIBRARY = join(folder, 'libfaketimeMT.so.1');
writeFileSync(LIBRARY, '');
const env = { FAULTLINE_FAKETIME_LIB: LIBRARY, PATH: folder };

/** A minimal 64-bit little-endian ELF file with the given program header types (3 = PT_INTERP). */
function elf(name: string, types: number[], extra = ''): string {
  const header = Buffer.alloc(64);
  header.write('\x7fELF', 0, 'latin1');
  header[4] = 2; // 64-bit
  header[5] = 1; // little-endian
  header.writeBigUInt64LE(64n, 0x20); // program headers right after this header
  header.writeUInt16LE(56, 0x36);
  header.writeUInt16LE(types.length, 0x38);
  const programs = Buffer.alloc(56 * types.length);
  types.forEach((type, i) => programs.writeUInt32LE(type, i * 56));
  const path = join(folder, name);
  writeFileSync(path, Buffer.concat([header, programs, Buffer.from(extra, 'latin1')]));
  chmodSync(path, 0o755);
  return path;
}
const client = (...command: string[]) => ({ name: 'c', command, providers: ['hcompany' as const] });

describe('clockPlan: where libfaketime can speed up a command', () => {
  it('a dynamically linked program, found on PATH or through #! lines, runs on faketime', () => {
    elf('dynamic', [6, 3, 1]);
    writeFileSync(join(folder, 'script'), '#!/usr/bin/env dynamic\nprint("hi")\n');
    chmodSync(join(folder, 'script'), 0o755);
    expect(clockPlan(client('dynamic', 'client.py'), env)).toEqual({ kind: 'faketime', library: LIBRARY });
    expect(clockPlan(client(join(folder, 'script')), env)).toEqual({ kind: 'faketime', library: LIBRARY });
  });

  it('a statically linked binary or a Go program runs in real time, saying why', () => {
    elf('static', [1, 1]);
    elf('goclient', [6, 3, 1], 'padding\xff Go buildinf:\x08\x02');
    expect(clockPlan(client('static'), env)).toEqual({
      kind: 'real',
      why: expect.stringMatching(
        /static is statically linked: libfaketime cannot speed up its clock, so it runs in real time/,
      ),
    });
    expect(clockPlan(client('goclient'), env)).toEqual({
      kind: 'real',
      why: expect.stringMatching(/goclient is a Go program/),
    });
  });

  it('without libfaketime, or when the handler asks for it, real time', () => {
    expect(clockPlan(client('dynamic'), { PATH: folder }, [join(folder, 'nope.so')])).toEqual({
      kind: 'real',
      why: expect.stringMatching(/libfaketime is not installed \(apt-get install faketime\)/),
    });
    expect(clockPlan({ ...client('dynamic'), clock: 'real' }, env)).toEqual({
      kind: 'real',
      why: expect.stringMatching(/asks for real time/),
    });
  });

  it('a command that is not there is left to fail when it runs (one verdict per scenario)', () => {
    expect(clockPlan(client('no-such-program'), env)).toEqual({ kind: 'faketime', library: LIBRARY });
  });

  it("starts the client clock at the simulator's virtual time, rounded down to the second, in local time", () => {
    const start = new Date(2026, 0, 20, 12, 0, 0, 999).getTime();
    expect(fakeTimeSpec(start, 42)).toBe('@2026-01-20 12:00:00 x42');
  });
});
