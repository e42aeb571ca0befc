import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertWritable, outputFolder } from '../../harness/runner/output-folder.ts';

describe('the output folder', () => {
  it('is --output when given, else outputDir, else test-results', () => {
    expect(outputFolder(['test', '--output=/tmp/a'], 'x')).toBe('/tmp/a');
    expect(outputFolder(['test', '--output', '/tmp/b'], 'x')).toBe('/tmp/b');
    expect(outputFolder(['test'], 'out')).toBe(resolve('out'));
    expect(outputFolder(['test'], undefined)).toBe(resolve('test-results'));
  });

  it('gets one clear error when it cannot be written (a file in the way, a read-only place)', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'faultline-out-'));
    try {
      writeFileSync(join(scratch, 'file'), '');
      expect(() => assertWritable(join(scratch, 'file', 'results'), 'the output folder')).toThrow(
        /the output folder .*file\/results is not writable \(ENOTDIR\); point it at a writable folder/,
      );
      expect(() => assertWritable('/sys/faultline-results', 'the output folder')).toThrow(
        /\/sys\/faultline-results is not writable \((EPERM|EACCES|EROFS|ENOENT)\)/,
      );
      expect(() => assertWritable(join(scratch, 'fine'), 'the output folder')).not.toThrow();
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
