import { useMutation, type Reference } from '@apollo/client';
import { useCallback } from 'react';
import type { ImportColumnInput } from '../../../gql/graphql';
import {
  CommitImportMutationDocument,
  DiscardImportMutationDocument,
  SetImportMappingMutationDocument,
} from '../graphql/imports.operations';

interface StoredConnection {
  edges: Array<{ node: Reference }>;
  totalCount: number;
}

/**
 * Matching columns, committing and discarding an import. Each answers the import as it now is
 * (VALIDATING, COMMITTING), which the cache takes in, so the page moves on and starts polling.
 */
export function useImportActions() {
  const [mappingMutation, mappingState] = useMutation(SetImportMappingMutationDocument);
  const [commitMutation, commitState] = useMutation(CommitImportMutationDocument);
  const [discardMutation, discardState] = useMutation(DiscardImportMutationDocument, {
    update(cache, { data }) {
      if (!data) return;
      // Out of the list of past imports. The import itself stays cached until the page that
      // shows it has gone (evicting it would make that page fetch it again, and fail).
      cache.modify({
        fields: {
          activityImports(value, { readField }) {
            const existing = value as StoredConnection;
            const edges = existing.edges.filter(
              (edge) => readField('id', edge.node) !== data.discardImport.id,
            );
            return edges.length === existing.edges.length
              ? existing
              : { ...existing, edges, totalCount: Math.max(0, existing.totalCount - 1) };
          },
        },
      });
    },
  });

  const setMapping = useCallback(
    async (importId: string, columns: ImportColumnInput[]) => {
      const { data } = await mappingMutation({ variables: { input: { importId, columns } } });
      return data?.setImportMapping ?? null;
    },
    [mappingMutation],
  );
  const commit = useCallback(
    async (importId: string) => {
      const { data } = await commitMutation({ variables: { input: { importId } } });
      return data?.commitImport ?? null;
    },
    [commitMutation],
  );
  const discard = useCallback(
    async (importId: string) => {
      const { data } = await discardMutation({ variables: { input: { importId } } });
      return data?.discardImport ?? null;
    },
    [discardMutation],
  );

  return {
    setMapping,
    settingMapping: mappingState.loading,
    commit,
    committing: commitState.loading,
    discard,
    discarding: discardState.loading,
  };
}
