import { timeOf } from '../../components/time';
import type { FeedItem } from './dashboardState';

export function Feed({ items }: { items: FeedItem[] }) {
  return (
    <section className="card" aria-labelledby="feed-title">
      <h2 id="feed-title">New businesses and sign-ups</h2>
      {items.length === 0 && <p className="muted">Nothing yet: sign up in another tab, or create a business.</p>}
      <ol className="plain feed" aria-live="polite">
        {items.map((item) => (
          <li key={item.key}>
            <span className="muted">{timeOf(item.at)}</span>{' '}
            {item.kind === 'business' ? (
              <>
                <span className="tag">Business</span> <strong>{item.business.name}</strong> by {item.business.owner.email ?? 'someone'}
              </>
            ) : (
              <>
                <span className="tag">Sign-up</span> <strong>{item.user.firstName ?? item.user.email}</strong> (
                {item.user.role.toLowerCase()}) <code>{item.user.id}</code>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
