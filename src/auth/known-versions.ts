import type { Realtime } from '../realtime/realtime';
import { sessionsTopic } from './sessions-topic';

/** What KnownVersions needs of the real-time core: the sessions topics it watches. */
export type Watches = Pick<Realtime, 'watch' | 'watchesHear' | 'onWatchesChange'>;

interface Entry {
  /** Undefined until read after the watch began. */
  version?: number;
  unwatch?: () => void;
}

/**
 * The token versions of users whose tokens come with every HTTP request,
 * so those requests need not read the database. A version is kept only
 * while this process hears the user's sessions topic: the revocation that
 * changes it drops it here as it closes the user's sockets, on every
 * instance. While the broker is away, none is trusted and all are dropped,
 * for what it publishes meanwhile is lost.
 */
export class KnownVersions {
  // Oldest first, so the oldest is dropped for a new one beyond `max`.
  // Whatever makes a version doubtful deletes its entry, so a read finishing later keeps nothing.
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly watches: Watches,
    private readonly read: (userId: string) => Promise<number | null>,
    private readonly max: number,
  ) {
    watches.onWatchesChange(() => {
      for (const userId of [...this.entries.keys()]) this.forget(userId);
    });
  }

  /** The user's current token version if it is known here. */
  get(userId: string): number | undefined {
    return this.watches.watchesHear ? this.entries.get(userId)?.version : undefined;
  }

  /** Starts keeping the user's version, in the background: watch first, then read, so no revocation falls between. */
  learn(userId: string): void {
    if (!this.watches.watchesHear || this.entries.has(userId)) return;
    if (this.entries.size >= this.max) this.forget(this.entries.keys().next().value!);
    const entry: Entry = {};
    this.entries.set(userId, entry);
    const stillWanted = () => this.entries.get(userId) === entry;
    this.watches
      .watch(sessionsTopic(userId), () => this.forget(userId))
      .then(async (unwatch) => {
        entry.unwatch = unwatch;
        if (!stillWanted()) return unwatch();
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

  /** Drops the user's version (their sessions were revoked here, say). */
  forget(userId: string): void {
    const entry = this.entries.get(userId);
    if (!entry) return;
    this.entries.delete(userId);
    entry.unwatch?.();
  }
}
