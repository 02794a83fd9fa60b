import { useApolloClient, useMutation } from '@apollo/client';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { toUserError } from '../../../lib/errors';
import {
  SignOutEverywhereMutationDocument,
  SignOutMutationDocument,
} from '../graphql/auth.operations';

/**
 * "Sign out" and "Sign out everywhere": end the session(s), leave the signed-in pages, then
 * clear the store. Clearing after leaving means no signed-in query is left to refetch and fail.
 */
export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut] = useMutation(SignOutMutationDocument);
  const [signOutEverywhere] = useMutation(SignOutEverywhereMutationDocument);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ message: string; everywhere: boolean } | null>(null);

  const run = useCallback(
    async (everywhere: boolean) => {
      setPending(true);
      setError(null);
      try {
        await (everywhere ? signOutEverywhere() : signOut());
      } catch (caught) {
        const userError = toUserError(caught);
        // Already signed out (the session had ended): carry on to the sign-in page.
        if (userError.code !== 'UNAUTHENTICATED') {
          setError({ message: userError.message, everywhere });
          setPending(false);
          return false;
        }
      }
      await navigate('/sign-in', { replace: true });
      await client.clearStore();
      return true;
    },
    [client, navigate, signOut, signOutEverywhere],
  );

  return {
    signOut: useCallback(() => run(false), [run]),
    signOutEverywhere: useCallback(() => run(true), [run]),
    pending,
    /** Why "Sign out" failed (the person is still signed in). */
    error: error && !error.everywhere ? error.message : null,
    /** Why "Sign out everywhere" failed, for its dialog. */
    everywhereError: error?.everywhere ? error.message : null,
    clearError: useCallback(() => setError(null), []),
  };
}
