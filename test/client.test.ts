import { createRealtimeClient, type RealtimeState } from '@realtime-api/client';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
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
