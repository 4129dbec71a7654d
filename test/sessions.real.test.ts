import { expect, it } from 'vitest';
import { signUp, superAdmin } from './kit/fixtures';
import { graphql } from './kit/gql';
import { codes, gql, gqlData } from './kit/http';
import { startTestServer } from './kit/server';
import { TestSocket } from './kit/socket';

const SessionsAcrossRevoke = graphql(`
  mutation SessionsAcrossRevoke($userId: ID!) {
    revokeSessions(userId: $userId)
  }
`);

const SessionsAcrossMe = graphql(`
  query SessionsAcrossMe {
    me {
      id
    }
  }
`);

const [a, b] = await Promise.all([startTestServer(), startTestServer()]);

it('revokes on one instance and closes the sockets and refuses the tokens on another', async () => {
  const user = await signUp(a, 'everywhere');
  const admin = await superAdmin(a);
  const onB = await TestSocket.connect(b.wsUrl, user.token);
  expect((await gqlData(b.httpUrl, SessionsAcrossMe, {}, user.token)).me?.id).toBe(user.id);

  await gqlData(a.httpUrl, SessionsAcrossRevoke, { userId: user.id }, admin.token);
  expect((await onB.waitForClose()).code).toBe(4403);
  expect(codes(await gql(b.httpUrl, SessionsAcrossMe, {}, user.token))).toEqual(['UNAUTHENTICATED']);
});
