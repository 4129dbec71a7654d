// `npm run demo`: the server, an account for each role with some data to look at, and the demo
// upload worker, so that every screen of the web app has something live on it.
//
// Accounts are made on the first run and reused after (embedded PGlite keeps them in DATA_DIR, .data
// by default). PORT, DATA_DIR, DATABASE_URL, REDIS_URL and the rest are the server's own variables.
// Rate limits are off unless RATE_LIMITS says otherwise: a demo signs in and out a lot.
import { type ChildProcess, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

const PASSWORD = 'demo-password';
const SUPER_ADMIN = { email: 'super@demo.test', role: 'SUPER_ADMIN', firstName: 'Sam' } as const;
const ACCOUNTS = [
  SUPER_ADMIN,
  { email: 'admin@demo.test', role: 'ADMIN', firstName: 'Ada' },
  { email: 'partner@demo.test', role: 'PARTNER', firstName: 'Pat' },
  { email: 'user@demo.test', role: 'USER', firstName: 'Uma' },
  { email: 'worker@demo.test', role: 'SERVICE', firstName: 'Worker' },
] as const;
type Account = (typeof ACCOUNTS)[number];

const port = process.env['PORT'] ?? '4000';
const base = `http://127.0.0.1:${port}`;
const api = `${base}/graphql`;
const children: ChildProcess[] = [];

function start(script: string, env: Record<string, string>, name: string): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, ...env }, stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} exited (${signal ?? code}): stopping the demo`);
      void stop(1);
    }
  });
  children.push(child);
  return child;
}

let stopping = false;
async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  // The worker first: it fails the upload it is running while the server can still hear it.
  for (const child of [...children].reverse()) {
    if (child.exitCode !== null) continue;
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

async function call<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(api, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors[0]!.message);
  return body.data!;
}

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    const healthy = await fetch(`${base}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await sleep(250);
  }
  throw new Error(`the server did not answer at ${base}/health`);
}

interface SignedIn {
  id: string;
  token: string;
}

const login = (email: string) =>
  call<{ login: { token: string; user: { id: string } } }>(
    'mutation DemoLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id } } }',
    { email, password: PASSWORD },
  ).then(({ login }): SignedIn => ({ id: login.user.id, token: login.token }));

/** Signs each account in, creating the ones missing; true when they were all new. */
async function accounts(): Promise<{ signedIn: Map<Account['email'], SignedIn>; created: boolean }> {
  const root = await login(SUPER_ADMIN.email);
  const signedIn = new Map<Account['email'], SignedIn>([[SUPER_ADMIN.email, root]]);
  let created = false;
  for (const account of ACCOUNTS.filter((account) => account !== SUPER_ADMIN)) {
    const existing = await login(account.email).catch(() => undefined);
    if (!existing) {
      await call(
        'mutation DemoCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }',
        { input: { email: account.email, password: PASSWORD, role: account.role, firstName: account.firstName } },
        root.token,
      );
      created = true;
    }
    signedIn.set(account.email, existing ?? (await login(account.email)));
  }
  return { signedIn, created };
}

/** Something on every screen: a business, a half-done wizard, a conversation, orders, a notification, an upload. */
async function seed(signedIn: Map<Account['email'], SignedIn>): Promise<void> {
  const user = signedIn.get('user@demo.test')!;
  const partner = signedIn.get('partner@demo.test')!;
  const admin = signedIn.get('admin@demo.test')!;
  await call('mutation { createBusiness(input: { name: "Uma\'s Laundromat" }) { id } }', {}, user.token);
  await call('mutation { updateProfile(input: { lastName: "Lindqvist", businessType: "Laundry" }) { id } }', {}, user.token);
  const { startConversation } = await call<{ startConversation: { id: string } }>(
    'mutation DemoChat($ids: [ID!]!) { startConversation(participantIds: $ids, title: "Pickup") { id } }',
    { ids: [partner.id] },
    user.token,
  );
  const say = (token: string, content: string) =>
    call(
      'mutation DemoSay($id: ID!, $content: String!) { sendMessage(conversationId: $id, content: $content) { id } }',
      { id: startConversation.id, content },
      token,
    );
  await say(user.token, 'Hi Pat, could you pick up my order this afternoon?');
  await say(partner.token, 'Sure, I will be there around four.');
  const order = (description: string, priceCents: number) =>
    call<{ createOrder: { id: string } }>(
      'mutation DemoOrder($input: CreateOrderInput!) { createOrder(input: $input) { id } }',
      { input: { description, priceCents } },
      user.token,
    ).then(({ createOrder }) => createOrder.id);
  const assigned = await order('3 shirts, 1 duvet', 2450);
  await order('Curtains, dry clean', 3900);
  await call(
    'mutation DemoAssign($order: ID!, $partner: ID!) { assignOrder(orderId: $order, partnerId: $partner) { id } }',
    { order: assigned, partner: partner.id },
    admin.token,
  );
  await call(
    'mutation DemoNotify($input: SendNotificationInput!) { sendNotification(input: $input) { id } }',
    { input: { userId: user.id, kind: 'welcome', title: 'Welcome', message: 'Your demo account is ready.' } },
    admin.token,
  );
  await call('mutation { startUpload(transactionId: "TX-DEMO-1") { id } }', {}, user.token);
}

function printLogins(signedIn: Map<Account['email'], SignedIn>): void {
  const rows = ACCOUNTS.map((account) => [account.role, account.email, PASSWORD, signedIn.get(account.email)!.id]);
  const widths = [12, 20, 15];
  const line = (cells: readonly string[]) => cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join('  ');
  console.log(`\nThe demo is running: open ${base}/\n`);
  console.log(line(['role', 'email', 'password', 'user id']));
  for (const row of rows) console.log(line(row));
  console.log('\nSign in as two of them in two browser windows (one private) to watch each side live.');
  console.log('The worker account runs the uploads; it has no screen. Ctrl-C stops the server and the worker.\n');
}

async function main(): Promise<void> {
  start(
    'src/main.ts',
    {
      BOOTSTRAP_ADMIN_EMAIL: SUPER_ADMIN.email,
      BOOTSTRAP_ADMIN_PASSWORD: PASSWORD,
      RATE_LIMITS: process.env['RATE_LIMITS'] ?? 'off',
      LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn',
    },
    'the server',
  );
  await waitForServer();
  const { signedIn, created } = await accounts();
  if (created) await seed(signedIn);
  start('scripts/worker-demo.ts', { API_URL: api, WORKER_EMAIL: 'worker@demo.test', WORKER_PASSWORD: PASSWORD }, 'the worker');
  printLogins(signedIn);
}

main().catch((error: unknown) => {
  console.error('demo:', error instanceof Error ? error.message : error);
  void stop(1);
});
