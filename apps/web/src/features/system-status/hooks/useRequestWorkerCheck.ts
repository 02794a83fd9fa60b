import { useMutation } from '@apollo/client';
import { useCallback } from 'react';
import {
  RequestWorkerCheckMutationDocument,
  WorkerChecksQueryDocument,
} from '../graphql/worker-checks.operations';
import { WORKER_CHECKS_PAGE_SIZE } from './useWorkerChecks';

/**
 * Queues a worker check and puts it at the top of the list straight away, so the list starts
 * polling without waiting for a refetch. Rejects with the ApolloError if the API refuses.
 */
export function useRequestWorkerCheck() {
  const [mutate, { loading }] = useMutation(RequestWorkerCheckMutationDocument, {
    update(cache, { data }) {
      const check = data?.requestWorkerCheck;
      if (!check) {
        return;
      }
      cache.updateQuery(
        { query: WorkerChecksQueryDocument, variables: { first: WORKER_CHECKS_PAGE_SIZE } },
        (current) => {
          if (!current || current.workerChecks.edges.some((edge) => edge.node.id === check.id)) {
            return undefined;
          }
          return {
            ...current,
            workerChecks: {
              ...current.workerChecks,
              totalCount: current.workerChecks.totalCount + 1,
              edges: [
                { __typename: 'WorkerCheckEdge' as const, node: check },
                ...current.workerChecks.edges,
              ],
            },
          };
        },
      );
    },
  });

  const requestCheck = useCallback(
    async (note: string) => {
      const trimmed = note.trim();
      const result = await mutate({
        variables: { input: trimmed === '' ? {} : { note: trimmed } },
      });
      return result.data?.requestWorkerCheck ?? null;
    },
    [mutate],
  );

  return { requestCheck, submitting: loading };
}
