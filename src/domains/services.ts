import { randomUUID } from 'node:crypto';
import type { Sessions } from '../auth/sessions';
import { ConversationsService } from './conversations/conversations.service';
import { DashboardService } from './dashboard/dashboard.service';
import { NotificationsService } from './notifications/notifications.service';
import { OrdersService } from './orders/orders.service';
import type { ServiceDeps } from './service-deps';
import { UploadsService } from './uploads/uploads.service';
import { UsersService } from './users/users.service';
import { WizardService } from './wizard/wizard.service';

/** One instance of every domain service, shared by all requests of an app, and stop() for them all. */
export type Services = ReturnType<typeof createServices>;

/** A service with timers or background work, which must end when the app stops. */
interface Stoppable {
  stop(): Promise<void>;
}

/**
 * Every domain's service, by domain: resolvers reach each as
 * `ctx.services.<domain>`, so a new domain is one line here. stop() stops
 * every service that has a stop().
 */
export function createServices({ sessions, ...base }: Omit<ServiceDeps, 'instanceId' | 'notifications'> & { sessions: Sessions }) {
  const notifications = new NotificationsService(base.db, base.realtime);
  const deps: ServiceDeps = { ...base, instanceId: randomUUID(), notifications };
  const dashboard = new DashboardService(deps);
  const services = {
    users: new UsersService(deps, sessions, (tx, events, user) => dashboard.announceUserRegistered(tx, events, user)),
    notifications,
    wizard: new WizardService(deps),
    dashboard,
    conversations: new ConversationsService(deps),
    orders: new OrdersService(deps),
    uploads: new UploadsService(deps),
  };
  const stoppable = Object.values(services).filter((service): service is typeof service & Stoppable => 'stop' in service);
  return {
    ...services,
    async stop(): Promise<void> {
      await Promise.all(stoppable.map((service) => service.stop()));
    },
  };
}
