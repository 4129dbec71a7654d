import { CloseCode } from 'graphql-ws';
import type { WebSocket } from 'ws';
import type { ConnectionControl } from '../auth/connection';
import type { Sessions } from '../auth/sessions';
import type { Viewer } from '../auth/viewer';

// setTimeout fires at once beyond this many milliseconds (about 24.8 days).
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * One graphql-ws connection's sign-in: its viewer, the expiry that closes it
 * with 4403 when the token expires, and the watch that closes it with 4403
 * when the user's sessions are revoked on any instance. Whoever owns the
 * socket calls close() once it has closed.
 */
export class SocketConnection implements ConnectionControl {
  private unwatch: (() => void) | undefined;
  private closed = false;

  constructor(
    private readonly socket: WebSocket,
    public viewer: Viewer | null,
    private readonly expiries: Expiries,
  ) {
    if (viewer) expiries.add(viewer.expiresAt, this);
  }

  /** Starts watching for revocation; false when the sessions were revoked before the watch began. */
  async watchSessions(sessions: Sessions): Promise<boolean> {
    if (!this.viewer) return true;
    this.unwatch = await sessions.watch(this.viewer.id, () => this.socket.close(CloseCode.Forbidden, 'Sessions revoked'));
    // The socket closed while the watch started.
    if (this.closed) this.stopWatching();
    return sessions.isCurrent(this.viewer);
  }

  renew(viewer: Viewer): void {
    if (this.closed) return;
    if (this.viewer) this.expiries.delete(this.viewer.expiresAt, this);
    this.viewer = viewer;
    this.expiries.add(viewer.expiresAt, this);
  }

  /** Called by Expiries when the token has expired. */
  expire(): void {
    this.socket.close(CloseCode.Forbidden, 'Token expired');
  }

  /** The socket has closed: stops the expiry and the watch. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.viewer) this.expiries.delete(this.viewer.expiresAt, this);
    this.stopWatching();
  }

  private stopWatching(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }
}

/**
 * The expiry timers of one server's connections: one timer per expiry time,
 * shared by every connection whose token expires then (tokens expire on a
 * whole second, so sockets signed in around the same time share one), instead
 * of a timer and its closure per socket.
 */
export class Expiries {
  private readonly due = new Map<number, { timer: NodeJS.Timeout; connections: Set<SocketConnection> }>();

  add(expiresAt: number, connection: SocketConnection): void {
    let entry = this.due.get(expiresAt);
    if (!entry) {
      entry = { timer: this.schedule(expiresAt), connections: new Set() };
      this.due.set(expiresAt, entry);
    }
    entry.connections.add(connection);
  }

  delete(expiresAt: number, connection: SocketConnection): void {
    const entry = this.due.get(expiresAt);
    if (!entry?.connections.delete(connection) || entry.connections.size > 0) return;
    clearTimeout(entry.timer);
    this.due.delete(expiresAt);
  }

  // Unreferenced: the sockets keep the process alive, and their expiries do not need to.
  private schedule(expiresAt: number): NodeJS.Timeout {
    const remaining = Math.max(0, expiresAt - Date.now());
    return setTimeout(() => {
      const entry = this.due.get(expiresAt);
      if (!entry) return;
      // Beyond the longest timer: wait again rather than close early.
      if (remaining > MAX_TIMER_MS) {
        entry.timer = this.schedule(expiresAt);
        return;
      }
      this.due.delete(expiresAt);
      for (const connection of entry.connections) connection.expire();
    }, Math.min(MAX_TIMER_MS, remaining)).unref();
  }
}
