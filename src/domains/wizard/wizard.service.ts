import type { ServiceDeps } from '../services';

// Placeholder until the wizard stream is built in this session.
export class WizardService {
  constructor(readonly deps: ServiceDeps) {}
}
