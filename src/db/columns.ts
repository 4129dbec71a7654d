import { timestamp } from 'drizzle-orm/pg-core';

/** A UTC timestamp in milliseconds, as JavaScript dates hold it, so values round-trip exactly (page cursors rely on it). */
export const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date', precision: 3 });
