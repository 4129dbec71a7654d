import type { ServiceDeps } from '../services';

// Placeholder until the orders stream is built in this session.
export class OrdersService {
  constructor(readonly deps: ServiceDeps) {}

  /** Stops this service's timers; called when the app stops. */
  async stop(): Promise<void> {}
}
