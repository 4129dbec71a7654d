import type { ExecutionResult, GraphQLError } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { SessionHolder, Sessions } from '../auth/sessions';
import type { Viewer } from '../auth/viewer';
import { RateLimitedError, UnauthenticatedError } from '../errors';
import type { Context } from '../graphql/context';
import { unavailable } from '../unavailable';
import type { Caps, Lease } from './caps';
import type { Expiries, Expiring } from './expiries';

type Results = AsyncIterator<ExecutionResult>;

/**
 * Subscriptions over HTTP (SSE) kept to what a socket is kept to: at most
 * `maxPerUser` open per user across every instance (one more is refused with
 * RATE_LIMITED), and each ends with an UNAUTHENTICATED error when the user's
 * sessions are revoked on any instance or its token expires, where a socket
 * would be closed with 4403. Sockets and anonymous requests pass untouched.
 */
export function useHttpSubscriptionSessions(deps: { sessions: Sessions; caps: Caps; expiries: Expiries; maxPerUser: number }): Plugin {
  const { sessions, caps, expiries, maxPerUser } = deps;
  return {
    async onSubscribe({ args, subscribeFn, setSubscribeFn, setResultAndStopExecution }) {
      const { viewer, connection } = args.contextValue as unknown as Context;
      if (connection || !viewer) return;
      const lease = await caps.acquire(`sse:${viewer.id}`, maxPerUser);
      if (!lease) {
        setResultAndStopExecution({
          errors: [new RateLimitedError(`At most ${maxPerUser} subscriptions over HTTP may be open per user.`)],
        });
        return;
      }
      setSubscribeFn(async (subscribeArgs) => {
        let stream: SignedInStream | undefined;
        try {
          stream = new SignedInStream(viewer, lease, expiries);
          // Listening for a revocation before checking there was none, so none falls in between.
          await stream.watch(sessions);
          const results = await subscribeFn(subscribeArgs);
          if (isAsyncIterable(results)) return stream.follow(results[Symbol.asyncIterator]() as Results);
          stream.stop();
          return results;
        } catch (error) {
          stream?.stop();
          throw unavailable(error) ?? error;
        }
      });
    },
  };
}

const REVOKED = () => new UnauthenticatedError('Your sessions were revoked: sign in again.');
const EXPIRED = () => new UnauthenticatedError('Your token expired: sign in again.');

/**
 * One HTTP subscription's results, ended by its sign-in: when it ends, a
 * subscriber waiting for the next result gets the error at once, and nothing
 * the stream would have sent after it.
 */
class SignedInStream implements AsyncIterableIterator<ExecutionResult>, Expiring, SessionHolder {
  private source: Results | undefined;
  private unwatch: (() => void) | undefined;
  // The result that ends the stream, until it is handed out.
  private ending: ExecutionResult | undefined;
  private waiting: ((result: IteratorResult<ExecutionResult>) => void) | undefined;
  private stopped = false;

  constructor(
    readonly viewer: Viewer,
    private readonly lease: Lease,
    private readonly expiries: Expiries,
  ) {
    expiries.add(viewer.expiresAt, this);
  }

  async watch(sessions: Sessions): Promise<void> {
    this.unwatch = await sessions.watch(this.viewer.id, this);
    if (this.stopped) this.unwatch();
    if (!(await sessions.isCurrent(this.viewer, { remember: true }))) this.end(REVOKED());
  }

  follow(source: Results): this {
    this.source = source;
    if (this.ending) void source.return?.();
    return this;
  }

  next(): Promise<IteratorResult<ExecutionResult>> {
    if (this.ending || this.stopped || !this.source) return Promise.resolve(this.last());
    const source = this.source;
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      source.next().then(
        (result) => {
          if (this.waiting !== resolve) return;
          this.waiting = undefined;
          if (result.done) this.stop();
          resolve(result);
        },
        (error: unknown) => {
          if (this.waiting !== resolve) return;
          this.waiting = undefined;
          this.stop();
          reject(error);
        },
      );
    });
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    this.stop();
    await this.source?.return?.();
    return { done: true, value: undefined };
  }

  async throw(error: unknown): Promise<IteratorResult<ExecutionResult>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** Called by Sessions when the user's sessions were revoked. */
  revoked(): void {
    this.end(REVOKED());
  }

  /** Called by Expiries when the token has expired. */
  expire(): void {
    this.end(EXPIRED());
  }

  /** Lets go of the place, the watch and the expiry; once. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.lease.release();
    this.unwatch?.();
    this.expiries.delete(this.viewer.expiresAt, this);
  }

  private end(error: GraphQLError): void {
    if (this.ending || this.stopped) return;
    this.ending = { errors: [error] };
    void this.source?.return?.();
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.(this.last());
  }

  /** The ending result, once; after it, done. */
  private last(): IteratorResult<ExecutionResult> {
    const ending = this.ending;
    this.ending = undefined;
    this.stop();
    return ending ? { done: false, value: ending } : { done: true, value: undefined };
  }
}
