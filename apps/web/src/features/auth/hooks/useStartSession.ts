import { useApolloClient } from '@apollo/client';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { MeQueryDocument } from '../graphql/auth.operations';
import type { Viewer } from './useViewer';

/**
 * After signing in, signing up or accepting an invitation: empty the store (nothing of a
 * previous person or museum survives), remember the new viewer and go on to `destination`.
 *
 * `clearStore`, not `resetStore`: the signed-out page's own queries (an invitation preview)
 * must not be fetched again with the new session, since they are about to go away.
 */
export function useStartSession() {
  const client = useApolloClient();
  const navigate = useNavigate();

  return useCallback(
    async (viewer: Viewer, destination: string) => {
      await client.clearStore();
      client.writeQuery({ query: MeQueryDocument, data: { __typename: 'Query', me: viewer } });
      await navigate(destination, { replace: true });
    },
    [client, navigate],
  );
}
