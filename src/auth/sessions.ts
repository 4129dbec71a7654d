import { Batcher, type Outcome } from '../db/batcher';
import type { Realtime } from '../realtime/realtime';
import { KnownVersions } from './known-versions';
import { revocationsTopic } from './sessions-topic';
import type { Viewer } from './viewer';

const VERSION_BATCH_MAX = 500;
const VERSION_BATCHES_AT_ONCE = 4;
// Users whose versions are kept.
const KNOWN_VERSIONS_MAX = 10_000;
// revoke() waits this long at most for Redis to take the revocation, before anything published after it.
const ANNOUNCE_WAIT_MS = 1_000;

/** Where each user's token version is stored (with the user, by the users domain). */
export interface TokenVersions {
  /** The current versions of those of the users that exist. */
  read(userIds: readonly string[]): Promise<ReadonlyMap<string, number>>;
  /** Increments the user's version; false when there is no such user. */
  increment(userId: string): Promise<boolean>;
}

/** What holds a signed-in session open (a socket, an SSE stream), to be ended when it is revoked. */
export interface SessionHolder {
  /** The viewer whose token it holds now (renewing may give it a newer token). */
  readonly viewer: Viewer | null;
  /** The user's sessions were revoked. */
  revoked(): void;
}

/**
 * Which tokens still count. A token carries its user's token version; revoking
 * increments it, so every token issued before fails on every instance: at once
 * here, and elsewhere as soon as the revocations topic tells it, which is also
 * when the user's open sockets and SSE streams there end. (The check reads the
 * database unless the version is known: see KnownVersions.)
 */
export class Sessions {
  // Every request checks its token; the checks waiting together share one query.
  private readonly versions = new Batcher((userIds: string[]) => this.readVersions(userIds), {
    maxSize: VERSION_BATCH_MAX,
    concurrency: VERSION_BATCHES_AT_ONCE,
  });
  private readonly known: KnownVersions;
  // The watching holders by user. When the watches hear again after the broker was away, each is
  // checked against the database, for a revocation published meanwhile never reached them. An array,
  // replaced rather than changed, as Channels keeps its listeners: a user has one socket or a few,
  // and a Set costs each idle socket about 100 bytes more.
  private readonly holders = new Map<string, readonly SessionHolder[]>();
  // The one subscription to the revocations topic, made when first needed (again after a failure).
  private listening: Promise<unknown> | undefined;

  constructor(
    private readonly tokenVersions: TokenVersions,
    private readonly realtime: Realtime,
  ) {
    this.known = new KnownVersions(
      realtime,
      () => this.listen(),
      (userId) => this.versions.submit(userId),
      KNOWN_VERSIONS_MAX,
    );
    realtime.onWatchesChange(() => {
      if (realtime.watchesHear) this.recheck();
    });
  }

  /**
   * True while the viewer's token was issued under the user's current token
   * version (and the user exists). `remember` keeps the version for the next
   * call: for tokens that come with every request, not once per socket.
   */
  async isCurrent(viewer: Viewer, { remember = false } = {}): Promise<boolean> {
    const known = remember ? this.known.get(viewer.id) : undefined;
    if (known !== undefined) return known === viewer.tokenVersion;
    const version = await this.versions.submit(viewer.id);
    if (remember) this.known.learn(viewer.id);
    return version === viewer.tokenVersion;
  }

  /** Makes every token of the user issued so far fail; false when there is no such user. */
  async revoke(userId: string): Promise<boolean> {
    if (!(await this.tokenVersions.increment(userId))) return false;
    this.known.forget(userId);
    await this.realtime.announce(revocationsTopic, { __typename: 'SessionsRevoked', userId }, ANNOUNCE_WAIT_MS);
    return true;
  }

  private async readVersions(userIds: string[]): Promise<Outcome<number | null>[]> {
    const versionOf = await this.tokenVersions.read([...new Set(userIds)]);
    return userIds.map((id) => ({ ok: true, value: versionOf.get(id) ?? null }));
  }

  /**
   * Calls holder.revoked() when the user's sessions are revoked, on any
   * instance: as the revocation is published, or, when it was published
   * while the broker was away, as soon as the broker is back.
   */
  async watch(userId: string, holder: SessionHolder): Promise<() => void> {
    await this.listen();
    const held = this.holders.get(userId);
    this.holders.set(userId, held ? [...held, holder] : [holder]);
    return () => this.unwatch(userId, holder);
  }

  private unwatch(userId: string, holder: SessionHolder): void {
    const held = this.holders.get(userId);
    const index = held ? held.indexOf(holder) : -1;
    if (!held || index < 0) return;
    if (held.length > 1) this.holders.set(userId, held.toSpliced(index, 1));
    else this.holders.delete(userId);
  }

  private listen(): Promise<unknown> {
    this.listening ??= this.realtime
      .watch(revocationsTopic, ({ userId }) => this.revoked(userId))
      .catch((error: unknown) => {
        this.listening = undefined;
        throw error;
      });
    return this.listening;
  }

  private revoked(userId: string): void {
    this.known.forget(userId);
    for (const holder of this.holders.get(userId) ?? []) holder.revoked();
  }

  private recheck(): void {
    for (const held of this.holders.values()) {
      for (const holder of held) {
        const { viewer } = holder;
        if (!viewer) continue;
        this.isCurrent(viewer).then(
          (current) => current || holder.revoked(),
          // The database is away too: the holder keeps its session until the next time the broker comes back.
          () => undefined,
        );
      }
    }
  }
}
