// setTimeout fires at once beyond this many milliseconds (about 24.8 days).
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Something signed in with a token that ends when the token expires: a socket, an SSE stream. */
export interface Expiring {
  expire(): void;
}

/**
 * The expiry timers of one server's connections: one timer per expiry time,
 * shared by every connection whose token expires then (tokens expire on a
 * whole second, so sockets signed in around the same time share one), instead
 * of a timer and its closure per socket.
 */
export class Expiries {
  private readonly due = new Map<number, { timer: NodeJS.Timeout; connections: Set<Expiring> }>();

  add(expiresAt: number, connection: Expiring): void {
    let entry = this.due.get(expiresAt);
    if (!entry) {
      entry = { timer: this.schedule(expiresAt), connections: new Set() };
      this.due.set(expiresAt, entry);
    }
    entry.connections.add(connection);
  }

  delete(expiresAt: number, connection: Expiring): void {
    const entry = this.due.get(expiresAt);
    if (!entry?.connections.delete(connection) || entry.connections.size > 0) return;
    clearTimeout(entry.timer);
    this.due.delete(expiresAt);
  }

  // Unreferenced: the sockets keep the process alive, and their expiries do not need to.
  private schedule(expiresAt: number): NodeJS.Timeout {
    const remaining = Math.max(0, expiresAt - Date.now());
    return setTimeout(
      () => {
        const entry = this.due.get(expiresAt);
        if (!entry) return;
        // Beyond the longest timer: wait again rather than close early.
        if (remaining > MAX_TIMER_MS) {
          entry.timer = this.schedule(expiresAt);
          return;
        }
        this.due.delete(expiresAt);
        for (const connection of entry.connections) connection.expire();
      },
      Math.min(MAX_TIMER_MS, remaining),
    ).unref();
  }
}
