import { decodeCursor, encodeCursor } from '../../platform/graphql/pagination';
import { NO_START_TIME, type SessionPosition } from './sessions.repository';

/**
 * The list's cursor is the platform's keyset cursor: the session's date and start time as
 * one instant (no start time sorts last in its day, as 23:59:59.999) and its id.
 */
export function sessionCursor(session: SessionPosition): string {
  return encodeCursor({
    at: new Date(`${session.date}T${session.startTime ?? NO_START_TIME}Z`),
    id: session.id,
  });
}

export function sessionPosition(cursor: string): SessionPosition | null {
  const decoded = decodeCursor(cursor);
  if (!decoded) return null;
  const iso = decoded.at.toISOString();
  const time = iso.slice(11, 23);
  return {
    date: iso.slice(0, 10),
    startTime: time === NO_START_TIME ? null : time.slice(0, 8),
    id: decoded.id,
  };
}
