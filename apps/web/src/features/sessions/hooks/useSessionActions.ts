import { useMutation, type ApolloCache } from '@apollo/client';
import type { SessionInput } from '@lantern/domain';
import { useCallback } from 'react';
import type { SessionFieldsFragment } from '../../../gql/graphql';
import {
  DeleteSessionMutationDocument,
  LogSessionMutationDocument,
  SessionQueryDocument,
  UpdateSessionMutationDocument,
} from '../graphql/sessions.operations';

/** Every cached session list: a change may move a session in or out of any of them. */
function forgetSessionLists(cache: ApolloCache<unknown>) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'sessions' });
  cache.gc();
}

/**
 * Log, update and delete, each keeping the cache in step: lists are dropped (they refetch
 * when shown), a logged session is stored so its page shows at once, a deleted one is removed.
 * Each rejects with the ApolloError when the API refuses (e.g. BAD_USER_INPUT with fieldErrors).
 */
export function useSessionActions() {
  const [logMutation, logState] = useMutation(LogSessionMutationDocument, {
    update(cache, { data }) {
      const session = data?.logSession;
      if (!session) {
        return;
      }
      cache.writeQuery({
        query: SessionQueryDocument,
        variables: { id: session.id },
        data: { __typename: 'Query', session },
      });
      forgetSessionLists(cache);
    },
  });
  const [updateMutation, updateState] = useMutation(UpdateSessionMutationDocument, {
    update(cache) {
      forgetSessionLists(cache);
    },
  });
  const [deleteMutation, deleteState] = useMutation(DeleteSessionMutationDocument, {
    update(cache, { data }) {
      const deleted = data?.deleteSession;
      if (!deleted) {
        return;
      }
      cache.evict({ id: cache.identify({ __typename: 'Session', id: deleted.id }) });
      forgetSessionLists(cache);
    },
    // The page that asked is about to leave: do not refetch the session it shows (it is gone).
    onQueryUpdated: () => false,
  });

  /** A delivered session with its attendance (the status is the API's to set). */
  const log = useCallback(
    async (input: SessionInput): Promise<SessionFieldsFragment | null> => {
      // logSession always records a delivered session: it takes no status.
      const { status: _status, ...fields } = input;
      const { data } = await logMutation({ variables: { input: fields } });
      return data?.logSession ?? null;
    },
    [logMutation],
  );

  const update = useCallback(
    async (id: string, input: SessionInput): Promise<SessionFieldsFragment | null> => {
      const { data } = await updateMutation({ variables: { input: { ...input, id } } });
      return data?.updateSession ?? null;
    },
    [updateMutation],
  );

  const remove = useCallback(
    async (id: string) => {
      await deleteMutation({ variables: { input: { id } } });
    },
    [deleteMutation],
  );

  return {
    log,
    update,
    saving: logState.loading || updateState.loading,
    remove,
    deleting: deleteState.loading,
  };
}
