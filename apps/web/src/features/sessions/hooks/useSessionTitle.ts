import { useQuery } from '@apollo/client';
import { SessionQueryDocument } from '../graphql/sessions.operations';
import { sessionHeading } from '../format';

/** A page title naming the session once the page has loaded it (read from the cache only). */
export function useSessionTitle(id: string, title: (heading: string | null) => string): string {
  const { data } = useQuery(SessionQueryDocument, {
    variables: { id },
    fetchPolicy: 'cache-only',
  });
  return title(data?.session ? sessionHeading(data.session) : null);
}
