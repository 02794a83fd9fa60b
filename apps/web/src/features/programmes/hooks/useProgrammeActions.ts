import { useMutation, type ApolloCache } from '@apollo/client';
import type { ProgrammeInput } from '@lantern/domain';
import { useCallback } from 'react';
import type { ProgrammeFieldsFragment } from '../../../gql/graphql';
import {
  CreateProgrammeMutationDocument,
  DeleteProgrammeMutationDocument,
  ProgrammeQueryDocument,
  UpdateProgrammeMutationDocument,
} from '../graphql/programmes.operations';

/** Every cached programme list: a change may move a programme in or out of any of them. */
function forgetProgrammeLists(cache: ApolloCache<unknown>) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'programmes' });
  cache.gc();
}

/**
 * Create, update and delete, each keeping the cache in step: lists are dropped (they refetch
 * when shown), a new programme is stored so its page shows at once, a deleted one is removed.
 * Each rejects with the ApolloError when the API refuses (e.g. BAD_USER_INPUT with fieldErrors).
 */
export function useProgrammeActions() {
  const [createMutation, createState] = useMutation(CreateProgrammeMutationDocument, {
    update(cache, { data }) {
      const programme = data?.createProgramme;
      if (!programme) {
        return;
      }
      cache.writeQuery({
        query: ProgrammeQueryDocument,
        variables: { id: programme.id },
        data: { __typename: 'Query', programme },
      });
      forgetProgrammeLists(cache);
    },
  });
  const [updateMutation, updateState] = useMutation(UpdateProgrammeMutationDocument, {
    update(cache) {
      forgetProgrammeLists(cache);
    },
  });
  const [deleteMutation, deleteState] = useMutation(DeleteProgrammeMutationDocument, {
    update(cache, { data }) {
      const deleted = data?.deleteProgramme;
      if (!deleted) {
        return;
      }
      cache.evict({ id: cache.identify({ __typename: 'Programme', id: deleted.id }) });
      forgetProgrammeLists(cache);
    },
    // The page that asked is about to leave: do not refetch the programme it shows (it is gone).
    onQueryUpdated: () => false,
  });

  const create = useCallback(
    async (input: ProgrammeInput): Promise<ProgrammeFieldsFragment | null> => {
      const { data } = await createMutation({ variables: { input } });
      return data?.createProgramme ?? null;
    },
    [createMutation],
  );

  const update = useCallback(
    async (id: string, input: ProgrammeInput): Promise<ProgrammeFieldsFragment | null> => {
      const { data } = await updateMutation({ variables: { input: { ...input, id } } });
      return data?.updateProgramme ?? null;
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
    create,
    update,
    saving: createState.loading || updateState.loading,
    remove,
    deleting: deleteState.loading,
  };
}
