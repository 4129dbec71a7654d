import { CloseCode } from 'graphql-ws';
import type { WebSocket } from 'ws';
import type { ConnectionControl } from '../auth/connection';
import type { SessionHolder, Sessions } from '../auth/sessions';
import type { Viewer } from '../auth/viewer';
import type { Expiries, Expiring } from './expiries';

/**
 * One graphql-ws connection's sign-in: its viewer, the expiry that closes it
 * with 4403 when the token expires, and the watch that closes it with 4403
 * when the user's sessions are revoked on any instance. Whoever owns the
 * socket calls close() once it has closed.
 */
export class SocketConnection implements ConnectionControl, Expiring, SessionHolder {
  private unwatch: (() => void) | undefined;
  private closed = false;

  constructor(
    private readonly socket: WebSocket,
    public viewer: Viewer | null,
    private readonly expiries: Expiries,
    /** For an anonymous connection whose params hold a token under a key that is not read: which key to use. */
    readonly signInHint?: string,
  ) {
    if (viewer) expiries.add(viewer.expiresAt, this);
  }

  /** Starts watching for revocation; false when the sessions were revoked before the watch began. */
  async watchSessions(sessions: Sessions): Promise<boolean> {
    if (!this.viewer) return true;
    this.unwatch = await sessions.watch(this.viewer.id, this);
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

  /** Called by Sessions when the user's sessions were revoked. */
  revoked(): void {
    this.socket.close(CloseCode.Forbidden, 'Sessions revoked');
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
