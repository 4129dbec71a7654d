// A batched read answers many keys in one query; its caller (a dataloader, say) wants one answer per key, in the keys' order.

/** For each key, in order, the values paired with it: an empty list for a key with none. */
export function groupsInOrder<V>(keys: readonly string[], pairs: Iterable<readonly [key: string, value: V]>): V[][] {
  const groups = new Map<string, V[]>(keys.map((key) => [key, []]));
  for (const [key, value] of pairs) groups.get(key)?.push(value);
  return keys.map((key) => groups.get(key)!);
}

/** For each key, in order, the value paired with it, or `missing` for a key with none. */
export function valuesInOrder<V, M>(keys: readonly string[], pairs: Iterable<readonly [key: string, value: V]>, missing: M): (V | M)[] {
  const values = new Map(pairs);
  return keys.map((key) => (values.has(key) ? values.get(key)! : missing));
}
