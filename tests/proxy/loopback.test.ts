import { describe, expect, it } from 'vitest';
import { isLoopbackHost } from '../../mocks/proxy/loopback.ts';

describe('isLoopbackHost: the only targets the faulty proxy forwards to', () => {
  it.each<[string, boolean]>([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['localhost', true],
    ['LOCALHOST', true],
    ['::1', true],
    ['[::1]', true],
    ['0:0:0:0:0:0:0:1', true],
    ['::', false],
    ['::ffff:127.0.0.1', false], // IPv4-mapped: refused, to stay on the safe side
    ['128.0.0.1', false],
    ['10.0.0.1', false],
    ['192.0.2.1', false],
    ['example.com', false],
    ['localhost.example.com', false],
    ['127.0.0.1.nip.io', false],
    ['', false],
  ])('%s → %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });
});
