/**
 * Records by id, the newer copy of each kept (by `updatedAt`, or the incoming
 * one when neither has it), sorted by `order`. A list a screen loads once its
 * stream is live and the events that stream sends meanwhile may overlap;
 * merging either into the other gives the same list.
 */
export function mergeById<T extends { id: string; updatedAt?: string }>(
  current: readonly T[],
  incoming: readonly T[],
  order: (a: T, b: T) => number,
): T[] {
  const byId = new Map(current.map((item) => [item.id, item]));
  for (const item of incoming) {
    const existing = byId.get(item.id);
    if (!existing?.updatedAt || !item.updatedAt || item.updatedAt >= existing.updatedAt) byId.set(item.id, item);
  }
  return [...byId.values()].sort(order);
}

export const newestFirst = (a: { createdAt: string }, b: { createdAt: string }) => b.createdAt.localeCompare(a.createdAt);
export const oldestFirst = (a: { createdAt: string }, b: { createdAt: string }) => a.createdAt.localeCompare(b.createdAt);
