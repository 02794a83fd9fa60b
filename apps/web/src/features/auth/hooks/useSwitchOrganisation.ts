import { useApolloClient, useMutation } from '@apollo/client';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { toUserError } from '../../../lib/errors';
import { SwitchOrganisationMutationDocument } from '../graphql/auth.operations';
import { homePathFor } from './useViewer';

/**
 * Switches the session to another organisation. While it runs, `switching` is true and the
 * layout takes the page down, so no query of the old organisation's page runs again; then the
 * store is reset (the viewer is fetched afresh) and the person lands on the new home page.
 */
export function useSwitchOrganisation() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [mutate] = useMutation(SwitchOrganisationMutationDocument);
  const [switching, setSwitching] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const switchTo = useCallback(
    async (organisationId: string) => {
      setSwitching(true);
      setError(null);
      try {
        const { data } = await mutate({ variables: { input: { organisationId } } });
        const permissions = new Set(data?.switchOrganisation.permissions ?? []);
        await client.resetStore();
        await navigate(
          homePathFor((permission) => permissions.has(permission)),
          {
            replace: true,
          },
        );
      } catch (caught) {
        setError(toUserError(caught).message);
      } finally {
        setSwitching(false);
      }
    },
    [client, mutate, navigate],
  );

  return { switchTo, switching, error, clearError: useCallback(() => setError(null), []) };
}
