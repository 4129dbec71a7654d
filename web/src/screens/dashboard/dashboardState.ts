import type { DashboardFiguresFragment, DashboardStreamSubscription, FeedBusinessFragment } from '../../gql/graphql';

export type FeedItem =
  | { kind: 'business'; key: string; at: string; business: FeedBusinessFragment }
  | { kind: 'signup'; key: string; at: string; user: { id: string; email?: string | null; role: string; firstName?: string | null } };

export interface DashboardState {
  stats: DashboardFiguresFragment | null;
  /** Newest first. */
  feed: FeedItem[];
}

export const EMPTY: DashboardState = { stats: null, feed: [] };

const SHOWN = 30;

/** Each event carries the figures right after it; the snapshot's ten newest businesses start the feed. */
export function dashboardReducer(state: DashboardState, event: DashboardStreamSubscription['dashboardEvents']): DashboardState {
  switch (event.__typename) {
    case 'DashboardSnapshot':
      return {
        stats: event.stats as DashboardFiguresFragment,
        feed: event.recentBusinesses.map((business) => businessItem(business as FeedBusinessFragment)),
      };
    case 'BusinessCreated':
      return {
        stats: event.stats as DashboardFiguresFragment,
        feed: [businessItem(event.business as FeedBusinessFragment), ...state.feed].slice(0, SHOWN),
      };
    case 'UserRegistered':
      return {
        stats: event.stats as DashboardFiguresFragment,
        feed: [{ kind: 'signup' as const, key: `user-${event.user.id}`, at: event.at, user: event.user }, ...state.feed].slice(0, SHOWN),
      };
    default:
      return state;
  }
}

function businessItem(business: FeedBusinessFragment): FeedItem {
  return { kind: 'business', key: `business-${business.id}`, at: business.createdAt, business };
}
