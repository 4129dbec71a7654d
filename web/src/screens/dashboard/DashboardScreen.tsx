import { useReducer, useState } from 'react';
import { graphql } from '../../gql';
import { useStream } from '../../realtime/useStream';
import { dashboardReducer, EMPTY } from './dashboardState';
import { Feed } from './Feed';
import { Stats } from './Stats';

const DashboardStream = graphql(`
  subscription DashboardStream {
    dashboardEvents {
      __typename
      ... on RealtimeEvent {
        at
      }
      ... on DashboardSnapshot {
        stats {
          ...DashboardFigures
        }
        recentBusinesses {
          ...FeedBusiness
        }
      }
      ... on BusinessCreated {
        stats {
          ...DashboardFigures
        }
        business {
          ...FeedBusiness
        }
      }
      ... on UserRegistered {
        stats {
          ...DashboardFigures
        }
        user {
          id
          email
          role
          firstName
        }
      }
    }
  }
`);

graphql(`
  fragment DashboardFigures on DashboardStats {
    totalUsers
    totalBusinesses
    activeOrders
    uploadsInProgress
  }
`);

graphql(`
  fragment FeedBusiness on Business {
    id
    name
    createdAt
    owner {
      id
      email
    }
  }
`);

/** The super admin's view: the figures, and new businesses and sign-ups as they happen. The bell is in the header. */
export function DashboardScreen() {
  const [state, dispatch] = useReducer(dashboardReducer, EMPTY);
  const [error, setError] = useState<string>();
  useStream(DashboardStream, {}, (data) => dispatch(data.dashboardEvents), { onError: setError });

  return (
    <div className="stack">
      <h1>Dashboard</h1>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {state.stats ? <Stats stats={state.stats} /> : <p className="muted">Loading the figures…</p>}
      <Feed items={state.feed} />
    </div>
  );
}
