/** What a session page says when it opens after an action elsewhere ("Session deleted."). */
export interface SessionNavigationState {
  announcement: string;
}

export function announcementFrom(state: unknown): string | null {
  if (typeof state === 'object' && state !== null && 'announcement' in state) {
    const { announcement } = state as { announcement: unknown };
    return typeof announcement === 'string' && announcement !== '' ? announcement : null;
  }
  return null;
}
