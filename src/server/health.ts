import type { Database } from '../db/client';
import type { PubSub } from '../realtime/pubsub';

const TIMEOUT_MS = 1_500;

export interface HealthReport {
  status: 'ok' | 'unavailable';
  database: 'ok' | string;
  pubsub: 'ok' | string;
}

/** Asks the database and the pub/sub broker to answer, each within a time limit. */
export async function checkHealth(database: Database, pubsub: PubSub): Promise<HealthReport> {
  const [db, broker] = await Promise.all([
    outcome(withTimeout(database.ping(), 'the database did not answer')),
    outcome(withTimeout(pubsub.ping(), `the ${pubsub.kind} pub/sub did not answer`)),
  ]);
  return { status: db === 'ok' && broker === 'ok' ? 'ok' : 'unavailable', database: db, pubsub: broker };
}

function outcome(check: Promise<void>): Promise<string> {
  return check.then(
    () => 'ok',
    (error: Error) => error.message,
  );
}

function withTimeout(work: Promise<void>, message: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), TIMEOUT_MS);
    }),
  ]).finally(() => clearTimeout(timer));
}
