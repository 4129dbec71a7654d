/** Someone as the chat names them: their first name, else their email, else a piece of their id. */
export function nameOf(user: { id: string; firstName?: string | null; email?: string | null }): string {
  return user.firstName || user.email || `user ${user.id.slice(-6)}`;
}
