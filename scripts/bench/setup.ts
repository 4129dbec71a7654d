// Outside the measured phase: the run's database, its users in bulk, and their tokens.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import pg from 'pg';
import { hashPassword } from '../../src/auth/passwords';
import type { Role } from '../../src/auth/roles';
import { openDatabase } from '../../src/db/client';
import { users as usersTable } from '../../src/domains/users/users.table';
import { commandCpuMs, type LocalService } from './proc-stats';

export type Mode =
  | { kind: 'real'; adminUrl: string; databaseUrl: string; redisUrl: string; databaseName: string }
  | { kind: 'embedded'; dataDir: string };

export interface BenchUser {
  id: string;
  role: Role;
  token: string;
}

/** Real services when both URLs are set (with a fresh database for this run), embedded PGlite in a temp directory otherwise. */
export async function prepareMode(env: NodeJS.ProcessEnv): Promise<Mode> {
  const adminUrl = env['DATABASE_URL'];
  const redisUrl = env['REDIS_URL'];
  if (adminUrl && redisUrl) {
    const databaseName = `bench_${randomBytes(6).toString('hex')}`;
    await adminQuery(adminUrl, `create database ${databaseName}`);
    const url = new URL(adminUrl);
    url.pathname = `/${databaseName}`;
    return { kind: 'real', adminUrl, databaseUrl: url.toString(), redisUrl, databaseName };
  }
  return { kind: 'embedded', dataDir: mkdtempSync(join(tmpdir(), 'bench-pglite-')) };
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The real services whose CPU this machine can read: their URL names a
 * loopback host and a process of theirs runs here (in a container too,
 * which shares the host's process list).
 */
export function localServices(mode: Mode): LocalService[] {
  if (mode.kind !== 'real') return [];
  const candidates: [LocalService, string][] = [
    [{ name: 'postgres', command: 'postgres' }, mode.databaseUrl],
    [{ name: 'redis', command: 'redis-server' }, mode.redisUrl],
  ];
  return candidates
    .filter(([{ command }, url]) => LOOPBACK.has(new URL(url).hostname) && commandCpuMs(command) !== undefined)
    .map(([service]) => service);
}

/** Drops the run's database or removes the PGlite directory; never throws. */
export async function disposeMode(mode: Mode): Promise<string | undefined> {
  try {
    if (mode.kind === 'real') await adminQuery(mode.adminUrl, `drop database if exists ${mode.databaseName} with (force)`);
    else rmSync(mode.dataDir, { recursive: true, force: true });
    return undefined;
  } catch (error) {
    return `cleanup failed: ${(error as Error).message}`;
  }
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Applies the project's migrations and inserts `count` USERs and one ADMIN in
 * bulk (one statement per 5,000 rows), all with one precomputed scrypt hash and
 * token_version 0. Runs before the project's server starts, so PGlite (one
 * process only) can be seeded too.
 */
export async function seedUsers(mode: Mode, count: number): Promise<{ admin: { id: string }; users: { id: string }[] }> {
  const database = await openDatabase(mode.kind === 'real' ? { url: mode.databaseUrl, dataDir: '' } : { dataDir: mode.dataDir });
  try {
    await database.migrate();
    const passwordHash = await hashPassword('bench-password-not-secret');
    const admin = { id: randomUUID() };
    const users = Array.from({ length: count }, () => ({ id: randomUUID() }));
    const rows = [
      { id: admin.id, email: 'bench-admin@bench.test', passwordHash, role: 'ADMIN' as const, tokenVersion: 0 },
      ...users.map((user, i) => ({ id: user.id, email: `bench-${i}@bench.test`, passwordHash, role: 'USER' as const, tokenVersion: 0 })),
    ];
    for (let start = 0; start < rows.length; start += 5_000) {
      await database.db.insert(usersTable).values(rows.slice(start, start + 5_000));
    }
    return { admin, users };
  } finally {
    await database.close();
  }
}

/** HS256 tokens as the project issues them (sub, role, ver, iat, exp), valid for `hours`. */
export async function mintTokens(secret: string, people: { id: string; role: Role }[], hours = 6): Promise<BenchUser[]> {
  const key = new TextEncoder().encode(secret);
  const expires = Math.floor(Date.now() / 1000) + hours * 3600;
  return Promise.all(
    people.map(async (person) => ({
      ...person,
      token: await new SignJWT({ role: person.role, ver: 0 })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(person.id)
        .setIssuedAt()
        .setExpirationTime(expires)
        .sign(key),
    })),
  );
}
