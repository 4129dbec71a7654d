import { initContextCache } from '@pothos/core';
import type { ConnectionControl } from '../auth/connection';
import type { Viewer } from '../auth/viewer';
import type { Services } from '../domains/services';

/** What every resolver receives, over HTTP and WebSocket alike. */
export interface Context {
  /** The verified signed-in user; null for anonymous requests. */
  viewer: Viewer | null;
  /** The graphql-ws connection the operation runs on; null over HTTP. */
  connection: ConnectionControl | null;
  /** The client's network address, for per-address rate limits. */
  address: string;
  services: Services;
}

/**
 * The context with per-execution caches of its own: Pothos keeps its
 * dataloaders (and so what they loaded) per context, so one execution
 * never answers from what another loaded.
 */
export function withFreshCaches<T extends object>(context: T): T {
  return { ...context, ...initContextCache() };
}
