import type { RateLimiter } from '../auth/rate-limits';
import type { TokenService } from '../auth/tokens';
import type { Config } from '../config';
import type { Db } from '../db/client';
import type { Realtime } from '../realtime/realtime';
import type { Logger } from '../server/logger';
import type { NotificationsService } from './notifications/notifications.service';

/** What every domain service may use. */
export interface ServiceDeps {
  db: Db;
  realtime: Realtime;
  tokens: TokenService;
  config: Config;
  /** This server process's id, new at every start. */
  instanceId: string;
  /** How other domains notify users, in their own transactions. */
  notifications: NotificationsService;
  /** The per-user and per-address rate limits. */
  limiter: RateLimiter;
  /** For failures of background work, which no caller hears of. */
  logger: Logger;
}
