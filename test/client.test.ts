import { createRealtimeClient, type RealtimeState } from '@realtime-api/client';
import { describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';
import { notify, signUp, superAdmin } from './kit/fixtures';
import { graphql } from './kit/gql';
import { startTestServer } from './kit/server';

// The client package against the server in this process: what it adds to a document, and a first live event.

const Notifications = graphql(`
  subscription ClientNotifications {
    notifications {
      ... on UnreadCount {
        unreadCount
      }
      ... on NotificationCreated {
        notification {
          title
        }
      }
    }
  }
`);

describe('the realtime client', () => {
  it('delivers the snapshot, then live events, each with the cursor it added to the document', async () => {
    const server = await startTestServer();
    const [user, admin] = await Promise.all([signUp(server), superAdmin(server)]);
    const states: RealtimeState[] = [];
    const client = createRealtimeClient({
      url: server.wsUrl,
      getToken: () => user.token,
      webSocketImpl: WebSocket,
      onState: (state) => states.push(state),
    });
    const events: unknown[] = [];
    const subscription = client.subscribe(Notifications, {}, { next: (data) => events.push(data.notifications) });
    await expect.poll(() => events.length).toBe(1);
    await notify(server.httpUrl, admin.token, user.id, 'first');
    await expect.poll(() => events.length).toBe(2);
    expect(events).toEqual([
      { __typename: 'UnreadCount', unreadCount: 0, cursor: expect.any(String) },
      { __typename: 'NotificationCreated', notification: { title: 'first' }, cursor: expect.any(String) },
    ]);
    expect(subscription.cursor).toBe((events[1] as { cursor: string }).cursor);
    expect(states).toEqual(['live']);
    client.dispose();
  });

  it('ends every stream on dispose without calling its handlers', async () => {
    const server = await startTestServer();
    const user = await signUp(server);
    const client = createRealtimeClient({ url: server.wsUrl, getToken: () => user.token, webSocketImpl: WebSocket });
    const calls: string[] = [];
    const handlers = {
      next: () => calls.push('next'),
      error: () => calls.push('error'),
      complete: () => calls.push('complete'),
      onState: (state: RealtimeState) => calls.push(state),
    };
    client.subscribe(Notifications, {}, handlers);
    await expect.poll(() => calls).toEqual(['next', 'live']);
    client.dispose();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(calls).toEqual(['next', 'live']);
  });
});

describe('the realtime client against a graphql-ws server that refuses in one read', () => {
  it('keeps its one socket through refusals whose complete comes with them', async () => {
    // A refusal (`next` with UNAVAILABLE, then `complete`) sent in one turn, so the client reads both at once;
    // the fourth subscribe is answered with StreamReady.
    const wss = new WebSocketServer({ port: 0, handleProtocols: () => 'graphql-transport-ws' });
    let sockets = 0;
    let subscribes = 0;
    wss.on('connection', (ws) => {
      sockets++;
      ws.on('message', (data) => {
        const message = JSON.parse(String(data)) as { type: string; id?: string };
        if (message.type === 'connection_init') ws.send(JSON.stringify({ type: 'connection_ack' }));
        if (message.type !== 'subscribe') return;
        const refused = ++subscribes <= 3;
        const payload = refused
          ? { errors: [{ message: 'Redis is unavailable', extensions: { code: 'UNAVAILABLE' } }] }
          : { data: { notifications: { __typename: 'StreamReady', cursor: 'c1' } } };
        ws.send(JSON.stringify({ id: message.id, type: 'next', payload }));
        if (refused) ws.send(JSON.stringify({ id: message.id, type: 'complete' }));
      });
    });
    const { port } = wss.address() as AddressInfo;
    const client = createRealtimeClient({
      url: `ws://127.0.0.1:${port}/graphql`,
      getToken: () => 'token',
      webSocketImpl: WebSocket,
      retry: { initialDelay: 10, maxDelay: 20 },
    });
    const states: RealtimeState[] = [];
    client.subscribe(Notifications, {}, { next: () => {}, onState: (state) => states.push(state) });
    await expect.poll(() => states.at(-1)).toBe('live');
    expect(subscribes).toBe(4);
    expect(sockets).toBe(1);
    client.dispose();
    await new Promise((resolve) => wss.close(resolve));
  });
});
