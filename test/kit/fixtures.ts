import { randomBytes } from 'node:crypto';
import { gqlData } from './http';
import { graphql } from './gql';
import type { Role } from './gql/graphql';
import { ADMIN, type TestServer } from './server';

export interface TestUser {
  id: string;
  email: string;
  password: string;
  token: string;
}

const SignUp = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
      expiresAt
      user {
        id
        email
      }
    }
  }
`);

const Login = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      user {
        id
      }
    }
  }
`);

const CreateUser = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
    }
  }
`);

const KitSendNotification = graphql(`
  mutation KitSendNotification($input: SendNotificationInput!) {
    sendNotification(input: $input) {
      id
      title
    }
  }
`);

/** Sends the user a notification through the API at `url`, as an admin; the notification's id and title. */
export async function notify(url: string, adminToken: string, userId: string, title: string) {
  const input = { userId, kind: 'test', title, message: `${title} message` };
  return (await gqlData(url, KitSendNotification, { input }, adminToken)).sendNotification;
}

/** An address no other test uses. */
export function uniqueEmail(name = 'user'): string {
  return `${name}-${randomBytes(5).toString('hex')}@example.test`;
}

/** Signs a new USER up through the API. */
export async function signUp(server: Pick<TestServer, 'httpUrl'>, name = 'user'): Promise<TestUser> {
  const email = uniqueEmail(name);
  const password = `${name}-password`;
  const { signUp } = await gqlData(server.httpUrl, SignUp, { input: { email, password, firstName: name } });
  return { id: signUp.user.id, email, password, token: signUp.token };
}

/** Signs in as the bootstrap SUPER_ADMIN every test server has. */
export async function superAdmin(server: Pick<TestServer, 'httpUrl'>): Promise<TestUser> {
  const { login } = await gqlData(server.httpUrl, Login, ADMIN);
  return { id: login.user.id, email: ADMIN.email, password: ADMIN.password, token: login.token };
}

/** Creates a user with a role (as the super admin) and signs it in. */
export async function userWithRole(server: Pick<TestServer, 'httpUrl'>, role: Role, name = role.toLowerCase()): Promise<TestUser> {
  const admin = await superAdmin(server);
  const email = uniqueEmail(name);
  const password = `${name}-password`;
  const { createUser } = await gqlData(server.httpUrl, CreateUser, { input: { email, password, role } }, admin.token);
  const { login } = await gqlData(server.httpUrl, Login, { email, password });
  return { id: createUser.id, email, password, token: login.token };
}
