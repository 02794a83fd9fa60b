import { useParams } from 'react-router';
import { EditSessionPage, SessionDetailPage, useSessionTitle } from '../features/sessions';
import { usePageTitle } from '../lib/page-title';

export function SessionRoute() {
  const { sessionId = '' } = useParams();
  usePageTitle(useSessionTitle(sessionId, (heading) => heading ?? 'Session'));
  // A fresh page for each session, so nothing (an open dialog) carries over between them.
  return <SessionDetailPage key={sessionId} id={sessionId} />;
}

export function SessionEditRoute() {
  const { sessionId = '' } = useParams();
  usePageTitle(
    useSessionTitle(sessionId, (heading) => (heading ? `Edit ${heading}` : 'Edit session')),
  );
  return <EditSessionPage key={sessionId} id={sessionId} />;
}
