/** Every role a user can have: what tokens carry and the database's role enum stores, in this order. */
export const ROLES = ['USER', 'PARTNER', 'ADMIN', 'SUPER_ADMIN', 'SERVICE'] as const;

/** One of ROLES. */
export type Role = (typeof ROLES)[number];
