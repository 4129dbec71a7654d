import type { TokenService } from '../auth/tokens';
import type { Db } from '../db/client';
import type { Realtime } from '../realtime/realtime';
import { NotificationsService } from './notifications/notifications.service';
import { UsersService } from './users/users.service';

/** One instance of every domain service, shared by all requests of an app. */
export interface Services {
  users: UsersService;
  notifications: NotificationsService;
}

export function createServices({ db, realtime, tokens }: { db: Db; realtime: Realtime; tokens: TokenService }): Services {
  return {
    users: new UsersService(db, realtime, tokens),
    notifications: new NotificationsService(db, realtime),
  };
}
