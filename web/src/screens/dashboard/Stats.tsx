import type { DashboardFiguresFragment } from '../../gql/graphql';

const FIGURES: { key: keyof Omit<DashboardFiguresFragment, '__typename'>; label: string }[] = [
  { key: 'totalUsers', label: 'Users' },
  { key: 'totalBusinesses', label: 'Businesses' },
  { key: 'activeOrders', label: 'Active orders' },
  { key: 'uploadsInProgress', label: 'Uploads in progress' },
];

export function Stats({ stats }: { stats: DashboardFiguresFragment }) {
  return (
    <dl className="stats" aria-label="Figures">
      {FIGURES.map(({ key, label }) => (
        <div key={key} className="card">
          <dt>{label}</dt>
          <dd data-figure={key}>{stats[key]}</dd>
        </div>
      ))}
    </dl>
  );
}
