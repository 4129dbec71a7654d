import { CloseCode } from 'graphql-ws';
import type { WebSocket } from 'ws';
import type { ConnectionControl } from '../auth/connection';
import type { Sessions } from '../auth/sessions';
import type { Viewer } from '../auth/viewer';

// setTimeout fires at once beyond this many milliseconds (about 24.8 days).
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * One graphql-ws connection's sign-in: its viewer, the timer that closes it
 * with 4403 when the token expires, and the watch that closes it with 4403
 * when the user's sessions are revoked on any instance.
 */
export class SocketConnection implements ConnectionControl {
  private expiry: NodeJS.Timeout | undefined;
  private unwatch: (() => void) | undefined;

  constructor(
    private readonly socket: WebSocket,
    public viewer: Viewer | null,
  ) {
    this.scheduleExpiry();
    socket.once('close', () => this.dispose());
  }

  /** Starts watching for revocation; false when the sessions were revoked before the watch began. */
  async watchSessions(sessions: Sessions): Promise<boolean> {
    if (!this.viewer) return true;
    this.unwatch = await sessions.watch(this.viewer.id, () => this.socket.close(CloseCode.Forbidden, 'Sessions revoked'));
    if (this.socket.readyState !== this.socket.OPEN) this.dispose();
    return sessions.isCurrent(this.viewer);
  }

  renew(viewer: Viewer): void {
    this.viewer = viewer;
    this.scheduleExpiry();
  }

  private scheduleExpiry(): void {
    clearTimeout(this.expiry);
    if (!this.viewer) return;
    const remaining = Math.min(MAX_TIMER_MS, Math.max(0, this.viewer.expiresAt - Date.now()));
    this.expiry = setTimeout(() => this.socket.close(CloseCode.Forbidden, 'Token expired'), remaining);
  }

  private dispose(): void {
    clearTimeout(this.expiry);
    this.unwatch?.();
    this.unwatch = undefined;
  }
}
