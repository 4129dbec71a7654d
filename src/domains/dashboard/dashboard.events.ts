import { defineTopic } from '../../realtime/topics';
import type { UserView } from '../users/users.service';
import type { BusinessRow } from './businesses.table';

export interface DashboardStats {
  totalUsers: number;
  totalBusinesses: number;
  /** Orders neither DELIVERED nor CANCELLED. */
  activeOrders: number;
  /** Uploads QUEUED or PROCESSING. */
  uploadsInProgress: number;
}

/** A business as the API shows it and as events carry it, its owner included. */
export interface BusinessView {
  id: string;
  name: string;
  owner: UserView;
  createdAt: string;
}

export function toBusinessView(row: BusinessRow, owner: UserView): BusinessView {
  return { id: row.id, name: row.name, owner, createdAt: row.createdAt.toISOString() };
}

/** The snapshot a dashboard subscription starts with. */
export interface DashboardSnapshot {
  __typename: 'DashboardSnapshot';
  stats: DashboardStats;
  recentBusinesses: BusinessView[];
}

export interface BusinessCreated {
  __typename: 'BusinessCreated';
  business: BusinessView;
  stats: DashboardStats;
}

export interface UserRegistered {
  __typename: 'UserRegistered';
  user: UserView;
  stats: DashboardStats;
}

/** The durable events of the dashboard topic. */
export type DashboardEvent = BusinessCreated | UserRegistered;

declare module '../../realtime/topics' {
  interface TopicEvents {
    /** The one admin dashboard (id `all`), for SUPER_ADMINs only. */
    dashboard: DashboardEvent;
  }
}

/** The dashboard topic; its one id is `all`. */
export const dashboardTopic = defineTopic('dashboard');
