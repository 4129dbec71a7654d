import type { ServiceDeps } from '../services';

// Placeholder until the uploads stream is built in this session.
export class UploadsService {
  constructor(readonly deps: ServiceDeps) {}
}
