import { randomUUID } from 'node:crypto';
import type { RateLimiter } from '../auth/rate-limits';
import type { Sessions } from '../auth/sessions';
import type { TokenService } from '../auth/tokens';
import type { Config } from '../config';
import type { Db } from '../db/client';
import type { Realtime } from '../realtime/realtime';
import type { Logger } from '../server/logger';
import { ConversationsService } from './conversations/conversations.service';
import { DashboardService } from './dashboard/dashboard.service';
import { NotificationsService } from './notifications/notifications.service';
import { OrdersService } from './orders/orders.service';
import { UploadsService } from './uploads/uploads.service';
import { UsersService } from './users/users.service';
import { WizardService } from './wizard/wizard.service';

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

/** One instance of every domain service, shared by all requests of an app. */
export interface Services {
  users: UsersService;
  notifications: NotificationsService;
  wizard: WizardService;
  dashboard: DashboardService;
  conversations: ConversationsService;
  orders: OrdersService;
  uploads: UploadsService;
  /** Stops the services' timers and background work. */
  stop(): Promise<void>;
}

export function createServices({
  sessions,
  ...base
}: {
  db: Db;
  realtime: Realtime;
  tokens: TokenService;
  sessions: Sessions;
  limiter: RateLimiter;
  config: Config;
  logger: Logger;
}): Services {
  const notifications = new NotificationsService(base.db, base.realtime);
  const deps: ServiceDeps = { ...base, instanceId: randomUUID(), notifications };
  const dashboard = new DashboardService(deps);
  const conversations = new ConversationsService(deps);
  const orders = new OrdersService(deps);
  return {
    users: new UsersService(deps, sessions, (tx, events, user) => dashboard.announceUserRegistered(tx, events, user)),
    notifications,
    wizard: new WizardService(deps),
    dashboard,
    conversations,
    orders,
    uploads: new UploadsService(deps),
    async stop() {
      await Promise.all([conversations.stop(), orders.stop()]);
    },
  };
}
