import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { faultEntries, faultsMarkdown } from '../../harness/catalogue/faults.ts';
import { faultById, FAULT_IDS, FAULTS } from '../../mocks/faults/index.ts';

describe('the fault registry and `faultline faults`', () => {
  it("is keyed by each fault's own id", () => {
    for (const [id, fault] of Object.entries(FAULTS)) expect(fault.id).toBe(id);
    expect(FAULT_IDS.length).toBe(Object.keys(FAULTS).length);
    expect(faultById('constructor')).toBeUndefined();
    expect(faultById('hcompany.sesion')).toBeUndefined();
  });

  it('each fault declares its modes: payload and network faults run in client mode, SDK errors and browser faults do not', () => {
    const modes = Object.fromEntries(faultEntries().map((f) => [f.id, f.modes]));
    expect(modes['hcompany.session']).toEqual(['policy', 'client']);
    expect(modes['network.reset']).toEqual(['policy', 'client']);
    expect(modes['webcompute.sdk_error']).toEqual(['policy']);
    expect(modes['browser.crash']).toEqual(['browser']);
    // The cli tool runs as a child process per attempt; no simulator serves it to a client.
    for (const id of ['cli.error', 'cli.output', 'cli.signal']) expect(modes[id], id).toEqual(['policy']);
    expect(FAULTS['network.reset'].wire).toBe(true);
    expect(FAULTS['http.response'].wire).toBeUndefined();
  });

  it('lists every fault with its parameters in short', () => {
    const gateway = faultEntries().find((f) => f.id === 'webcompute.gateway')!;
    expect(gateway.params).toMatch(/^status: integer, code: string, type\?: string/);
    expect(faultEntries().find((f) => f.id === 'http.response')!.params).toMatch(
      /body: string \} or \{ .*json: any \}/,
    );
    expect(faultEntries().find((f) => f.id === 'network.refused')!.params).toBe('—');
    expect(faultsMarkdown(faultEntries())).toMatch(/\| `browser\.crash` \| all but cli \|/);
  });

  it("the README's fault table is what `faultline faults --markdown` prints", () => {
    const readme = readFileSync('README.md', 'utf8');
    const table = readme
      .slice(
        readme.indexOf('<!-- faults:start -->') + '<!-- faults:start -->'.length,
        readme.indexOf('<!-- faults:end -->'),
      )
      .trim();
    expect(table).toBe(faultsMarkdown(faultEntries()));
  });

  it('http.response sends a json value as application/json, unless the headers name another type', async () => {
    const task = { id: 'x/y', provider: 'problem' as const, prompt: 'p', budget: { maxSteps: 1, maxTimeS: 1 } };
    const ctx = { provider: 'problem' as const, task, attempt: 1, changes: [] };
    const plain = await FAULTS['http.response'].realize(
      FAULTS['http.response'].params.parse({ status: 404, json: { detail: 'gone' } }),
      ctx,
    );
    expect(plain.native).toEqual({
      provider: 'problem',
      response: { status: 404, headers: { 'content-type': 'application/json' }, body: '{"detail":"gone"}' },
    });
    const problem = await FAULTS['http.response'].realize(
      FAULTS['http.response'].params.parse({
        status: 400,
        headers: { 'Content-Type': 'application/problem+json' },
        json: { status: 400 },
      }),
      ctx,
    );
    expect(problem.native).toMatchObject({ response: { headers: { 'Content-Type': 'application/problem+json' } } });
    expect(() => FAULTS['http.response'].params.parse({ status: 200, body: '', json: 1 })).toThrow();
  });
});
