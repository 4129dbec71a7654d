import type { FormattedExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { NotificationStream } from './kit/documents';
import { notify } from './kit/fixtures';
import { graphql } from './kit/gql';
import type { NotificationStreamSubscription } from './kit/gql/graphql';
import { gqlData } from './kit/http';
import { startProcess, type ServerProcess } from './kit/process';
import { ADMIN } from './kit/server';
import { TestSocket } from './kit/socket';

// Server processes lost or restarted under clients that resume with their last
// cursor: three `node src/main.ts` processes on one PostgreSQL database and one
// Redis, subscribers spread over them, a super admin writing a steady stream of
// notifications through an instance that stays up.

const InstanceLossSignUp = graphql(`
  mutation InstanceLossSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
      user {
        id
      }
    }
  }
`);

const InstanceLossLogin = graphql(`
  mutation InstanceLossLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
    }
  }
`);

type StreamResult = FormattedExecutionResult<NotificationStreamSubscription>;
type Message = Awaited<ReturnType<TestSocket['message']>>;

const SUBSCRIBERS = 9;
/** Pause between two notifications to one user: about SUBSCRIBERS * 1000 / SEND_EVERY_MS a second in all. */
const SEND_EVERY_MS = 40;
/** Bounds each user's stream whatever happens. */
const MAX_PER_USER = 600;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function eventually(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

const wsUrl = (server: ServerProcess) => server.url.replace(/^http/, 'ws');

function startInstance(): Promise<ServerProcess> {
  return startProcess({ BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password });
}

// Started together on an empty database: one migrates, the others wait for it.
const [sender, ...others] = await Promise.all([startInstance(), startInstance(), startInstance()]);
/** The instances up, as a load balancer would know them: a stopped one leaves before it stops, a new one joins once it listens. */
const live: ServerProcess[] = [sender!, ...others];
const admin = (await gqlData(sender!.url, InstanceLossLogin, ADMIN)).login.token;

interface User {
  id: string;
  token: string;
  label: string;
}

async function newUsers(prefix: string): Promise<User[]> {
  return Promise.all(
    Array.from({ length: SUBSCRIBERS }, async (_, i) => {
      const label = `${prefix}${i}-${Date.now()}`;
      const input = { email: `${label}@example.test`, password: 'long enough', firstName: label };
      const { signUp } = await gqlData(sender!.url, InstanceLossSignUp, { input });
      return { id: signUp.user.id, token: signUp.token, label };
    }),
  );
}

interface Received {
  id: string;
  title: string;
  cursor: string;
  unreadCount: number;
}

function isStreamResult(payload: unknown): payload is StreamResult {
  return typeof payload === 'object' && payload !== null && ('data' in payload || 'errors' in payload);
}

/**
 * A client that keeps one notifications subscription alive: whenever its
 * socket closes it connects to another live instance and resubscribes with
 * the last cursor it saw, skips the StreamReady that ends the replay, and
 * records every notification.
 */
class ReconnectingClient {
  readonly received: Received[] = [];
  /** The instance (ws URL) of each subscription, in order. */
  readonly sessions: string[] = [];
  readonly drops: { url: string; code: number }[] = [];
  /** Anything a correct server never sends this client. */
  readonly problems: string[] = [];
  /** The snapshot's cursor: where this client's history starts. */
  origin: string | undefined;
  cursor: string | undefined;
  /** Subscribed and caught up (snapshot or StreamReady seen) on the current socket. */
  caughtUp = false;
  private stopping = false;
  private hops = 0;
  private readonly done: Promise<void>;

  constructor(
    readonly user: User,
    firstUrl: string,
    private readonly index: number,
  ) {
    this.done = this.run(firstUrl).catch((error: unknown) => {
      this.problems.push(`client failed: ${String(error)}`);
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.done;
  }

  private async run(firstUrl: string): Promise<void> {
    let url = firstUrl;
    while (!this.stopping) {
      const connected = await this.connect(url);
      url = connected.url;
      const { socket } = connected;
      const state: { closed?: { code: number } } = {};
      void socket.closed.then((close) => (state.closed = close));
      this.sessions.push(url);
      this.caughtUp = false;
      socket.subscribe('n', NotificationStream, this.cursor === undefined ? {} : { after: this.cursor });
      let streaming = true;
      while (streaming && !this.stopping) {
        // Frames arrive before the close event: once the socket is closed and nothing waits, nothing more comes.
        const message = await socket.message('n', 200).catch(() => undefined);
        if (message) streaming = this.handle(message);
        else if (state.closed) break;
      }
      this.caughtUp = false;
      if (state.closed) {
        this.drops.push({ url, code: state.closed.code });
      } else {
        socket.close();
        await socket.closed;
      }
      url = this.another(url);
    }
  }

  /** Connects to `url`, else to the next live instance, and so on, for a bounded time. */
  private async connect(url: string): Promise<{ socket: TestSocket; url: string }> {
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      try {
        return { socket: await TestSocket.connect(url, this.user.token), url };
      } catch {
        await sleep(100);
        url = this.another(url);
      }
    }
    throw new Error(`no instance accepted a connection`);
  }

  /** A live instance other than `lost`, spreading the clients of one instance over the others. */
  private another(lost: string): string {
    const candidates = live.map(wsUrl).filter((url) => url !== lost);
    return candidates[(this.index + this.hops++) % candidates.length] ?? lost;
  }

  /** Records one message of the subscription; false when it ended the subscription. */
  private handle(message: Message): boolean {
    if (message.type !== 'next' || !isStreamResult(message.payload) || message.payload.errors || !message.payload.data) {
      this.problems.push(`unexpected ${JSON.stringify(message)}`);
      return false;
    }
    const event = message.payload.data.notifications;
    switch (event.__typename) {
      case 'UnreadCount':
        if (this.origin !== undefined) this.problems.push(`a snapshot on a resume: ${JSON.stringify(event)}`);
        if (event.unreadCount !== 0) this.problems.push(`a new user with unread notifications: ${JSON.stringify(event)}`);
        this.origin = this.cursor = event.cursor ?? undefined;
        this.caughtUp = true;
        break;
      case 'StreamReady':
        if (event.cursor !== this.cursor) this.problems.push(`StreamReady at ${event.cursor}, after ${this.cursor}`);
        this.caughtUp = true;
        break;
      case 'NotificationCreated':
        this.received.push({
          id: event.notification.id,
          title: event.notification.title,
          cursor: event.cursor ?? '',
          unreadCount: event.unreadCount,
        });
        this.cursor = event.cursor ?? undefined;
        break;
      default:
        this.problems.push(`unexpected ${JSON.stringify(event)}`);
    }
    return true;
  }
}

/** One steady stream of notifications per user, numbered from 1, through the sender instance, until stopped. */
function sendSteadily(users: User[]): { stop(): Promise<{ id: string; title: string }[][]> } {
  let stopping = false;
  const streams = users.map(async (user) => {
    const sent: { id: string; title: string }[] = [];
    for (let n = 1; !stopping && n <= MAX_PER_USER; n++) {
      sent.push(await notify(sender!.url, admin, user.id, `${user.label} #${n}`));
      await sleep(SEND_EVERY_MS);
    }
    return sent;
  });
  return {
    stop: () => {
      stopping = true;
      return Promise.all(streams);
    },
  };
}

async function connectAll(users: User[], instances: ServerProcess[]): Promise<ReconnectingClient[]> {
  const clients = users.map((user, i) => new ReconnectingClient(user, wsUrl(instances[i % instances.length]!), i));
  await eventually(() => clients.every((client) => client.caughtUp), 'every client to get its snapshot');
  return clients;
}

/** Waits until every client has `more` notifications beyond what it has now, and is caught up again. */
async function progress(clients: ReconnectingClient[], more: number): Promise<void> {
  const targets = clients.map((client) => client.received.length + more);
  await eventually(
    () => clients.every((client, i) => client.caughtUp && client.received.length >= targets[i]!),
    `every client to receive ${more} more notifications`,
  );
}

/**
 * Gives the clients time to receive everything sent to them (and then a
 * little more, for anything extra); what is missing is left for the
 * assertions to show.
 */
async function settle(clients: ReconnectingClient[], sent: unknown[][]): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline && !clients.every((client, i) => client.received.length >= sent[i]!.length)) await sleep(50);
  await sleep(300);
}

/** The user's history as the event log has it: a fresh subscription on the sender instance replaying from the snapshot's cursor. */
async function replayFromLog(client: ReconnectingClient): Promise<{ history: Received[]; readyAt: string | null | undefined }> {
  const socket = await TestSocket.connect(wsUrl(sender!), client.user.token);
  socket.subscribe('n', NotificationStream, { after: client.origin });
  const history: Received[] = [];
  for (;;) {
    const event = (await socket.data<NotificationStreamSubscription>('n')).notifications;
    if (event.__typename !== 'NotificationCreated') {
      socket.close();
      return { history, readyAt: event.__typename === 'StreamReady' ? event.cursor : `unexpected ${event.__typename}` };
    }
    history.push({
      id: event.notification.id,
      title: event.notification.title,
      cursor: event.cursor ?? '',
      unreadCount: event.unreadCount,
    });
  }
}

/** Every notification sent to the client's user reached it exactly once, in order, and nothing else did. */
function expectExactlyOnce(client: ReconnectingClient, sent: { id: string; title: string }[]): void {
  const { label } = client.user;
  expect(client.problems, label).toEqual([]);
  expect(sent.length, label).toBeGreaterThan(0);
  // By title sequence numbers: #1 .. #n of this user, each once, in order.
  expect(sent.map((s) => s.title)).toEqual(sent.map((_, i) => `${label} #${i + 1}`));
  expect(
    client.received.map((r) => r.title),
    label,
  ).toEqual(sent.map((s) => s.title));
  expect(
    client.received.map((r) => r.id),
    label,
  ).toEqual(sent.map((s) => s.id));
  expect(
    client.received.map((r) => r.unreadCount),
    label,
  ).toEqual(sent.map((_, i) => i + 1));
  // By cursors: all distinct.
  const cursors = client.received.map((r) => r.cursor);
  expect(new Set([client.origin, ...cursors]).size, label).toBe(cursors.length + 1);
}

/** The client's notifications and cursors are the event log's own sequence of the user's events, in its order. */
async function expectTheLogsOrder(client: ReconnectingClient): Promise<void> {
  const { label } = client.user;
  const { history, readyAt } = await replayFromLog(client);
  expect(history, label).toEqual(client.received);
  expect(readyAt, label).toBe(client.cursor);
}

describe('losing and restarting server instances under resuming subscribers', () => {
  it('SIGKILL mid-stream: its clients resume on the others and every client gets its notifications exactly once, in order', async () => {
    const users = await newUsers('kill');
    const clients = await connectAll(users, live);
    const victim = live[2]!;
    const onVictim = clients.filter((client) => client.sessions[0] === wsUrl(victim));
    expect(onVictim.length).toBe(SUBSCRIBERS / 3);

    const stream = sendSteadily(users);
    await progress(clients, 5);

    live.splice(live.indexOf(victim), 1);
    victim.child.kill('SIGKILL');
    expect(await victim.exited).toBeNull();
    expect(victim.child.signalCode).toBe('SIGKILL');

    await progress(clients, 10);
    const sent = await stream.stop();
    await settle(clients, sent);
    await Promise.all(clients.map((client) => client.stop()));

    for (const client of clients) {
      if (onVictim.includes(client)) {
        // The socket dropped without a close frame, and the client went on elsewhere.
        expect(client.drops).toEqual([{ url: wsUrl(victim), code: 1006 }]);
        expect(client.sessions).toHaveLength(2);
        expect(client.sessions[1]).not.toBe(wsUrl(victim));
      } else {
        expect(client.drops).toEqual([]);
        expect(client.sessions).toHaveLength(1);
      }
    }
    for (const [i, client] of clients.entries()) expectExactlyOnce(client, sent[i]!);
    for (const client of clients) await expectTheLogsOrder(client);
    console.info(`SIGKILL: ${sent.map((s) => s.length).join('+')} notifications, ${onVictim.length} clients resumed`);
  }, 60_000);

  it('a rolling restart (SIGTERM, exit 0, replacement, next): every client gets its notifications exactly once, in order', async () => {
    // A replacement for the instance the previous test killed.
    while (live.length < 3) live.push(await startInstance());
    const users = await newUsers('roll');
    const clients = await connectAll(users, live);
    const stream = sendSteadily(users);
    await progress(clients, 5);

    // Every instance but the one the notifications are sent through, one at a time.
    const restarted: ServerProcess[] = live.filter((server) => server !== sender);
    const drainMs: number[] = [];
    for (const old of restarted) {
      live.splice(live.indexOf(old), 1);
      const signalled = Date.now();
      old.child.kill('SIGTERM');
      expect(await old.exited).toBe(0);
      drainMs.push(Date.now() - signalled);
      live.push(await startInstance());
      await progress(clients, 5);
    }

    const sent = await stream.stop();
    await settle(clients, sent);
    await Promise.all(clients.map((client) => client.stop()));

    const restartedUrls = restarted.map(wsUrl);
    for (const client of clients) {
      // A client only ever lost its socket to a draining instance, with 1001, and then resumed.
      for (const drop of client.drops) expect(drop).toEqual({ url: expect.toBeOneOf(restartedUrls), code: 1001 });
      expect(client.sessions).toHaveLength(client.drops.length + 1);
      if (restartedUrls.includes(client.sessions[0]!)) expect(client.drops.length).toBeGreaterThan(0);
      else expect(client.drops).toEqual([]);
    }
    for (const [i, client] of clients.entries()) expectExactlyOnce(client, sent[i]!);
    for (const client of clients) await expectTheLogsOrder(client);
    console.info(
      `rolling restart: ${sent.map((s) => s.length).join('+')} notifications, ${clients.reduce((n, c) => n + c.drops.length, 0)} resumes, SIGTERM to exit ${drainMs.join(' and ')} ms`,
    );
  }, 90_000);
});
