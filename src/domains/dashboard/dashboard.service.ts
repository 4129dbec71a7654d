import type { Tx } from '../../db/client';
import type { EventWriter } from '../../realtime/realtime';
import type { ServiceDeps } from '../services';
import type { UserView } from '../users/users.service';

// Placeholder until the dashboard stream is built in this session.
export class DashboardService {
  constructor(readonly deps: ServiceDeps) {}

  /** Appends UserRegistered inside the transaction that created the user. */
  async announceUserRegistered(_tx: Tx, _events: EventWriter, _user: UserView): Promise<void> {}
}
