import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { SessionSchema, SessionStatusSchema } from '../../mocks/hcompany/schema.ts';
import { listenOnLoopback } from '../../mocks/net/listen.ts';
import { serveSimulator } from '../../mocks/simulator/serve.ts';
import { SIMULATORS, type SimulatedProvider } from '../../mocks/simulators.ts';
import { TaskRunResponseSchema, WebhookPayloadSchema } from '../../mocks/skyvern/schema.ts';
import { BrowserSchema, BrowserStatusSnapshotSchema, ScrapeResultSchema } from '../../mocks/webcompute/schema.ts';

const KEY = 'served-key';

/** A simulator on a real loopback port (as `faultline serve` runs it), closed afterwards. */
async function served<T>(provider: SimulatedProvider, use: (baseUrl: string) => Promise<T>): Promise<T> {
  const server = await serveSimulator((baseUrl) => SIMULATORS[provider]({ baseUrl, apiKeys: [KEY], seed: 7 }));
  try {
    return await use(server.baseUrl);
  } finally {
    await server.close();
  }
}

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  'content-type': 'application/json',
  ...headers,
  body: JSON.stringify(body),
});
const call = async (
  url: string,
  init: { method?: string; body?: string } & Record<string, string | undefined> = {},
) => {
  const { method = 'GET', body, ...headers } = init;
  const response = await fetch(url, { method, headers: headers as Record<string, string>, body });
  return { status: response.status, body: response.status === 204 ? null : await response.json() };
};

describe('over a real loopback port, a client written against the references runs unmodified', () => {
  it('H Company: create, status, changes (204 when nothing new), DELETE', async () => {
    await served('hcompany', async (base) => {
      const auth = { authorization: `Bearer ${KEY}` };
      const created = await call(`${base}/api/v2/sessions`, {
        method: 'POST',
        ...auth,
        ...json({ agent: 'h/web-surfer-flash', messages: [{ type: 'user_message', message: 'x' }] }),
      });
      expect(created.status).toBe(201);
      const { id } = SessionSchema.parse(created.body);
      expect(SessionStatusSchema.parse((await call(`${base}/api/v2/sessions/${id}/status`, auth)).body).status).toBe(
        'pending',
      );
      expect((await call(`${base}/api/v2/sessions/${id}/changes?from_index=0`, auth)).status).toBe(204);
      expect((await call(`${base}/api/v2/sessions/${id}`, { method: 'DELETE', ...auth })).status).toBe(204);
      expect(SessionSchema.parse((await call(`${base}/api/v2/sessions/${id}`, auth)).body).status.status).toBe(
        'interrupted',
      );
    });
  });

  it('Skyvern: run_task, get_run, cancel, and the signed webhook the cancel sends', async () => {
    const hooks: Array<{ body: string; signature: unknown }> = [];
    const receiver = await listenOnLoopback(
      createServer((req, res) => {
        let body = '';
        req
          .on('data', (c) => (body += c))
          .on('end', () => (hooks.push({ body, signature: req.headers['x-skyvern-signature'] }), res.end()));
      }),
    );
    try {
      await served('skyvern', async (base) => {
        const auth = { 'x-api-key': KEY };
        const created = await call(`${base}/v1/run/tasks`, {
          method: 'POST',
          ...auth,
          ...json({ prompt: 'x', webhook_url: `http://127.0.0.1:${receiver.port}/hook` }),
        });
        const run = TaskRunResponseSchema.parse(created.body);
        expect(TaskRunResponseSchema.parse((await call(`${base}/v1/runs/${run.run_id}`, auth)).body).status).toBe(
          'created',
        );
        expect(await call(`${base}/v1/runs/${run.run_id}/cancel`, { method: 'POST', ...auth })).toEqual({
          status: 200,
          body: null,
        });
        expect(TaskRunResponseSchema.parse((await call(`${base}/v1/runs/${run.run_id}`, auth)).body).status).toBe(
          'canceled',
        );
      });
      expect(hooks).toHaveLength(1);
      expect(WebhookPayloadSchema.parse(JSON.parse(hooks[0]!.body)).status).toBe('canceled');
      expect(hooks[0]!.signature).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await receiver.close();
    }
  });

  it('Webcompute: a browser, its status, and a quick action', async () => {
    await served('webcompute', async (base) => {
      const auth = { authorization: `Bearer ${KEY}` };
      const browser = BrowserSchema.parse(
        (await call(`${base}/v1/browsers`, { method: 'POST', ...auth, ...json({ proxy: 'http://127.0.0.1:9' }) })).body,
      );
      expect(
        BrowserStatusSnapshotSchema.parse((await call(`${base}/v1/browsers/${browser.id}/status`, auth)).body)
          .browserId,
      ).toBe(browser.id);
      const scraped = await call(`${base}/v1/scrape`, {
        method: 'POST',
        ...auth,
        ...json({ url: 'https://shop.example.test/laptop' }),
      });
      expect(ScrapeResultSchema.parse(scraped.body).statusCode).toBe(200);
    });
  });
});
