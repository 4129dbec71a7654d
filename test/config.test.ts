import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('runs on embedded defaults with no environment, warning about the development secrets', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: '.data',
      webDir: 'web/dist',
      redis: undefined,
      jwt: { ttlSeconds: 3600 },
      rateLimits: true,
      maxSubscriptionsPerSocket: 100,
      maxSocketsPerUser: 20,
      maxBodyBytes: 1_048_576,
      eventRetentionMs: 7 * 86_400_000,
    });
    expect(config.warnings).toHaveLength(2);
  });

  it('reports every invalid variable at once, with what was expected', () => {
    const found = problems({ PORT: 'eighty', DATABASE_URL: 'mysql://x', JWT_TTL: '-5', EVENT_RETENTION: 'a week', RATE_LIMITS: 'maybe' });
    expect(found).toHaveLength(5);
    expect(found.join('\n')).toMatch(/PORT/);
    expect(found.join('\n')).toMatch(/DATABASE_URL: a postgres:\/\/ URL/);
    expect(found.join('\n')).toMatch(/EVENT_RETENTION: a duration/);
  });

  it('never repeats the value of a secret it refuses', () => {
    const secrets = {
      DATABASE_URL: 'mysql://user:database-password@db',
      REDIS_URL: 'http://:redis-password@cache',
      JWT_SECRET: 'short-jwt-secret',
      MESSAGE_ENCRYPTION_KEY: 'short-message-key',
      BOOTSTRAP_ADMIN_PASSWORD: 'short',
    };
    const found = problems({ ...secrets, BOOTSTRAP_ADMIN_EMAIL: 'root@example.test' });
    expect(found).toHaveLength(5);
    expect(found.filter((problem) => Object.values(secrets).some((value) => problem.includes(value)))).toEqual([]);
    expect(found).toContain('JWT_SECRET: at least 32 characters (got 16 characters, not shown)');
  });

  it('refuses to start in production without JWT_SECRET and MESSAGE_ENCRYPTION_KEY', () => {
    expect(problems({ NODE_ENV: 'production' })).toEqual([
      expect.stringMatching(/^JWT_SECRET: required when NODE_ENV=production/),
      expect.stringMatching(/^MESSAGE_ENCRYPTION_KEY: required when NODE_ENV=production/),
    ]);
    const secrets = { JWT_SECRET: 'x'.repeat(32), MESSAGE_ENCRYPTION_KEY: 'y'.repeat(32) };
    expect(loadConfig({ NODE_ENV: 'production', ...secrets }).warnings).toEqual([]);
  });

  it('parses retention durations down to seconds', () => {
    expect(loadConfig({ EVENT_RETENTION: '45s' }).eventRetentionMs).toBe(45_000);
    expect(loadConfig({ EVENT_RETENTION: '12h' }).eventRetentionMs).toBe(12 * 3_600_000);
  });

  it('turns GraphiQL, introspection and suggestions off in production unless asked, and on elsewhere', () => {
    const secrets = { JWT_SECRET: 'x'.repeat(32), MESSAGE_ENCRYPTION_KEY: 'y'.repeat(32) };
    expect(loadConfig({})).toMatchObject({ graphiql: true, introspection: true, fieldSuggestions: true });
    expect(loadConfig({ NODE_ENV: 'production', ...secrets })).toMatchObject({
      graphiql: false,
      introspection: false,
      fieldSuggestions: false,
    });
    expect(loadConfig({ NODE_ENV: 'production', ...secrets, GRAPHIQL: 'on', INTROSPECTION: 'on' })).toMatchObject({
      graphiql: true,
      introspection: true,
      fieldSuggestions: false,
    });
    expect(loadConfig({ GRAPHIQL: 'off', INTROSPECTION: 'off' })).toMatchObject({
      graphiql: false,
      introspection: false,
      fieldSuggestions: false,
    });
    expect(problems({ GRAPHIQL: 'yes', INTROSPECTION: '' }).join('\n')).toMatch(/GRAPHIQL[^\n]*\n.*INTROSPECTION/);
  });

  it('takes one Redis server or a Redis Cluster by its nodes, never both', () => {
    expect(loadConfig({ REDIS_URL: 'redis://cache:6379' }).redis).toEqual({ url: 'redis://cache:6379' });
    expect(loadConfig({ REDIS_CLUSTER_NODES: 'redis-1:7000,10.0.0.2:7001' }).redis).toEqual({
      clusterNodes: [
        { host: 'redis-1', port: 7000 },
        { host: '10.0.0.2', port: 7001 },
      ],
    });
    // Empty counts as unset, as for REDIS_URL.
    expect(loadConfig({ REDIS_URL: '', REDIS_CLUSTER_NODES: 'redis-1:7000' }).redis).toEqual({
      clusterNodes: [{ host: 'redis-1', port: 7000 }],
    });
    expect(problems({ REDIS_URL: 'redis://cache:6379', REDIS_CLUSTER_NODES: 'redis-1:7000' })).toEqual([
      'REDIS_CLUSTER_NODES: set REDIS_URL (one Redis server) or REDIS_CLUSTER_NODES (a Redis Cluster), not both',
    ]);
    for (const nodes of ['redis-1', 'redis://redis-1:7000', 'redis-1:7000,', 'redis-1:7000 redis-2:7000', 'redis-1:70000']) {
      expect(problems({ REDIS_CLUSTER_NODES: nodes })).toEqual([expect.stringMatching(/^REDIS_CLUSTER_NODES: /)]);
    }
  });

  it('needs both bootstrap admin variables or neither', () => {
    expect(problems({ BOOTSTRAP_ADMIN_EMAIL: 'root@example.test' })).toHaveLength(1);
  });
});
