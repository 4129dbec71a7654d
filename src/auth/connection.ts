import type { Viewer } from './viewer';

/** What a resolver may do to the graphql-ws connection it runs on. */
export interface ConnectionControl {
  /** Replaces the connection's token with a newer one of the same viewer: it then closes when that one expires. */
  renew(viewer: Viewer): void;
}
