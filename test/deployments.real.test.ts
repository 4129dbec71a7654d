import { expect, it } from 'vitest';
import { createTestDatabase } from './kit/database';
import { signUp, superAdmin } from './kit/fixtures';
import { graphql } from './kit/gql';
import type { DeploymentsDashboardSubscription } from './kit/gql/graphql';
import { startTestServer } from './kit/server';
import { TestSocket } from './kit/socket';

// Two deployments (each its own database) on one Redis share nothing: not the
// events of topics whose names they have in common (the one dashboard), not caps.

const DeploymentsDashboard = graphql(`
  subscription DeploymentsDashboard {
    dashboardEvents {
      __typename
      ... on UserRegistered {
        user {
          id
        }
      }
    }
  }
`);

const other = await createTestDatabase();
const [ours, theirs] = await Promise.all([startTestServer(), startTestServer({ DATABASE_URL: other.url })]);

it("never delivers another deployment's events to a subscriber, though both use the same Redis", async () => {
  const root = await superAdmin(ours);
  const socket = await TestSocket.connect(ours.wsUrl, root.token);
  socket.subscribe('d', DeploymentsDashboard);
  expect((await socket.data<DeploymentsDashboardSubscription>('d')).dashboardEvents.__typename).toBe('DashboardSnapshot');

  await signUp(theirs, 'elsewhere');
  const mine = await signUp(ours, 'here');
  // The next event is our own sign-up: theirs never came.
  expect((await socket.data<DeploymentsDashboardSubscription>('d')).dashboardEvents).toEqual({
    __typename: 'UserRegistered',
    user: { id: mine.id },
  });
  expect(await socket.drain('d', 500)).toEqual([]);
  await theirs.stop();
  await other.drop();
});
