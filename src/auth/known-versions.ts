import type { Realtime } from '../realtime/realtime';

/** What KnownVersions needs of the real-time core: whether revocations are heard. */
export type Watches = Pick<Realtime, 'watchesHear' | 'onWatchesChange'>;

interface Entry {
  /** Undefined until read after revocations were heard. */
  version?: number;
}

/**
 * The token versions of users whose tokens come with every HTTP request,
 * so those requests need not read the database. A version is kept only
 * while this process hears the revocations topic: Sessions drops a user's
 * version (forget) as it hears their revocation, on every instance. While
 * the broker is away, none is trusted and all are dropped, for what it
 * publishes meanwhile is lost.
 */
export class KnownVersions {
  // Oldest first, so the oldest is dropped for a new one beyond `max`.
  // Whatever makes a version doubtful deletes its entry, so a read finishing later keeps nothing.
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly watches: Watches,
    /** Resolves once this process hears the revocations topic. */
    private readonly listening: () => Promise<unknown>,
    private readonly read: (userId: string) => Promise<number | null>,
    private readonly max: number,
  ) {
    watches.onWatchesChange(() => this.entries.clear());
  }

  /** The user's current token version if it is known here. */
  get(userId: string): number | undefined {
    return this.watches.watchesHear ? this.entries.get(userId)?.version : undefined;
  }

  /** Starts keeping the user's version, in the background: read once revocations are heard, so none falls between. */
  learn(userId: string): void {
    if (!this.watches.watchesHear || this.entries.has(userId)) return;
    if (this.entries.size >= this.max) this.forget(this.entries.keys().next().value!);
    const entry: Entry = {};
    this.entries.set(userId, entry);
    const stillWanted = () => this.entries.get(userId) === entry;
    this.listening()
      .then(async () => {
        if (!stillWanted()) return;
        const version = await this.read(userId);
        if (!stillWanted()) return;
        if (version === null) this.forget(userId);
        else entry.version = version;
      })
      .catch(() => {
        // Not kept: the next request reads the database, as without it.
        if (stillWanted()) this.forget(userId);
      });
  }

  /** Drops the user's version (their sessions were revoked, say). */
  forget(userId: string): void {
    this.entries.delete(userId);
  }
}
