import type { ServiceDeps } from '../services';

// Placeholder until the conversations stream is built in this session.
export class ConversationsService {
  constructor(readonly deps: ServiceDeps) {}

  /** Stops this service's timers; called when the app stops. */
  async stop(): Promise<void> {}
}
