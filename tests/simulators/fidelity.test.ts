import { createHmac, timingSafeEqual } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { closeMswServer, mswServer } from '../../harness/runner/client/msw-server.ts';
import { installVirtualTime } from '../../harness/runner/client/virtual-time.ts';
import { KEY, jsonInit, mount, send } from './helpers.ts';
import {
  agentAnswers,
  hcompanyAnswers,
  problemAnswers,
  skyvernAnswers,
  webcomputeAnswers,
  type Answer,
} from './repertoire.ts';

/**
 * A webhook verifier written from Skyvern's webhook documentation alone (it does not import the
 * simulator's signer): HMAC-SHA256 of the raw body, keyed with the API key, hex, compared in
 * constant time with `x-skyvern-signature`.
 */
function verifySkyvernSignature(rawBody: string, signature: string | undefined, apiKey: string): boolean {
  if (!signature) return false;
  const expected = Buffer.from(createHmac('sha256', apiKey).update(rawBody).digest('hex'), 'utf8');
  const received = Buffer.from(signature, 'utf8');
  return received.length === expected.length && timingSafeEqual(received, expected);
}

/** Where an answer fails its reference-derived schema, in plain words; null when it fits. */
function misfit(answer: Answer): string | null {
  if (answer.schema === null)
    return answer.status === 204 && answer.text !== '' ? `${answer.what}: a 204 with a body` : null;
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    return `${answer.what}: HTTP ${answer.status} with a body that is not JSON`;
  }
  const parsed = answer.schema.safeParse(body);
  return parsed.success
    ? null
    : `${answer.provider} ${answer.what} (HTTP ${answer.status}): ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`;
}

const repertoires: Record<string, Answer[]> = {};

beforeAll(async () => {
  const clock = installVirtualTime();
  try {
    for (const [name, drive] of Object.entries({
      hcompany: hcompanyAnswers,
      skyvern: skyvernAnswers,
      webcompute: webcomputeAnswers,
      problem: problemAnswers,
    })) {
      repertoires[name] = await drive(clock);
      mswServer().resetHandlers();
    }
  } finally {
    clock.uninstall();
    closeMswServer();
  }
}, 60_000);

describe('every answer each simulator can give fits the schemas written from the platform reference', () => {
  it.each(['hcompany', 'skyvern', 'webcompute', 'problem'])('%s', (provider) => {
    const answers = repertoires[provider]!;
    expect(answers.length).toBeGreaterThanOrEqual(6);
    expect(answers.map(misfit).filter(Boolean)).toEqual([]);
  });

  it("each platform's agent report of what it met in the browser", () => {
    expect(agentAnswers().map(misfit).filter(Boolean)).toEqual([]);
  });

  it('covers every lifecycle state and end, and every refusal status', () => {
    const seen = (provider: string) => new Set(repertoires[provider]!.map((a) => a.status));
    expect([...seen('hcompany')].sort()).toEqual([200, 201, 204, 401, 404, 409, 422, 429]);
    expect([...seen('skyvern')].sort()).toEqual([200, 400, 403, 404, 409, 422]);
    expect([...seen('webcompute')].sort()).toEqual([200, 201, 400, 401, 404, 409, 422, 429, 500, 502, 504]);
    const skyvernStatuses = new Set(
      repertoires.skyvern!.flatMap((a) =>
        a.status === 200 && a.text.startsWith('{') ? [(JSON.parse(a.text) as { status?: string }).status] : [],
      ),
    );
    expect([...skyvernStatuses].sort()).toEqual([
      'canceled',
      'completed',
      'created',
      'failed',
      'queued',
      'running',
      'terminated',
      'timed_out',
    ]);
  });

  it('the schemas have teeth: a run without run_type, a session with a flat status, a webhook without its url fail them', () => {
    const skyvernRun = repertoires.skyvern!.find((a) => a.what.startsWith('get_run (ended'))!;
    const { run_type: _dropped, ...withoutRunType } = JSON.parse(skyvernRun.text) as Record<string, unknown>;
    expect(misfit({ ...skyvernRun, text: JSON.stringify(withoutRunType) })).toMatch(/run_type/);
    const session = repertoires.hcompany!.find((a) => a.what === 'create')!;
    expect(misfit({ ...session, text: JSON.stringify({ ...JSON.parse(session.text), status: 'pending' }) })).toMatch(
      /status/,
    );
    const hook = repertoires.skyvern!.find((a) => a.webhook)!;
    const { webhook_callback_url: _url, ...withoutUrl } = JSON.parse(hook.text) as Record<string, unknown>;
    expect(misfit({ ...hook, text: JSON.stringify(withoutUrl) })).toMatch(/webhook_callback_url/);
  });
});

describe('Skyvern webhooks', () => {
  it('go out for every terminal end, and each verifies the way the documentation says', () => {
    const hooks = repertoires.skyvern!.filter((a) => a.webhook);
    expect(hooks.map((h) => (JSON.parse(h.text) as { status: string }).status).sort()).toEqual([
      'canceled',
      'canceled',
      'completed',
      'failed',
      'terminated',
      'terminated',
      'timed_out',
    ]);
    for (const hook of hooks) {
      expect(verifySkyvernSignature(hook.text, hook.webhook!.signature, KEY), hook.what).toBe(true);
      expect(hook.webhook!.timestamp).toMatch(/^\d{10}$/);
    }
  });

  it('fail verification once the body, the key or the signature changes', () => {
    const hook = repertoires.skyvern!.find((a) => a.webhook)!;
    expect(verifySkyvernSignature(hook.text.replace('"status"', '"Status"'), hook.webhook!.signature, KEY)).toBe(false);
    expect(verifySkyvernSignature(hook.text, hook.webhook!.signature, `${KEY}-other`)).toBe(false);
    expect(verifySkyvernSignature(hook.text, undefined, KEY)).toBe(false);
    // Signing `<timestamp>.<body>` (what Faultline did before) is not what Skyvern does.
    const timestamped = createHmac('sha256', KEY).update(`${hook.webhook!.timestamp}.${hook.text}`).digest('hex');
    expect(verifySkyvernSignature(hook.text, timestamped, KEY)).toBe(false);
  });
});

describe('reads are stable: a finished run, session or browser reads byte for byte the same, however late', () => {
  it.each([
    [
      'hcompany',
      async (clock: ReturnType<typeof installVirtualTime>) => {
        const body = { agent: 'h/web-surfer-flash', messages: [{ type: 'user_message', message: 'x' }] };
        const { id } = (await (
          await send(clock, 'https://api.hcompany.test/api/v2/sessions', jsonInit(body))
        ).json()) as { id: string };
        await clock.tickAsync(20_000);
        return ['', '/status', '/changes?from_index=0'].map(
          (path) => `https://api.hcompany.test/api/v2/sessions/${id}${path}`,
        );
      },
    ],
    [
      'skyvern',
      async (clock: ReturnType<typeof installVirtualTime>) => {
        const created = await send(clock, 'https://api.skyvern.test/v1/run/tasks', {
          method: 'POST',
          headers: { 'x-api-key': KEY, 'content-type': 'application/json' },
          body: '{"prompt":"x"}',
        });
        const { run_id: id } = (await created.json()) as { run_id: string };
        await clock.tickAsync(20_000);
        return [`https://api.skyvern.test/v1/runs/${id}`];
      },
    ],
    [
      'webcompute',
      async (clock: ReturnType<typeof installVirtualTime>) => {
        const { id } = (await (await send(clock, 'https://api.webcompute.test/v1/browsers', jsonInit({}))).json()) as {
          id: string;
        };
        await clock.tickAsync(5_000);
        return [
          `https://api.webcompute.test/v1/browsers/${id}`,
          `https://api.webcompute.test/v1/browsers/${id}/status`,
        ];
      },
    ],
  ] as const)('%s', async (provider, finish) => {
    const clock = installVirtualTime();
    try {
      mount(provider);
      const urls = await finish(clock);
      const read = async () =>
        Promise.all(
          urls.map(async (url) =>
            (await send(clock, url, { headers: { authorization: `Bearer ${KEY}`, 'x-api-key': KEY } })).text(),
          ),
        );
      const first = await read();
      await clock.tickAsync(3_600_000);
      expect(await read()).toEqual(first);
    } finally {
      mswServer().resetHandlers();
      clock.uninstall();
      closeMswServer();
    }
  });
});
