/** A time of day as the viewer's locale writes it, such as 14:05:09. */
export function timeOf(iso: string): string {
  return new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

export function money(cents: number): string {
  return (cents / 100).toLocaleString([], { style: 'currency', currency: 'USD' });
}

/** The last characters of an id, enough to tell records apart on screen. */
export function shortId(id: string): string {
  return `#${id.slice(-6)}`;
}
