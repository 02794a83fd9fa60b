import { useQuery } from '@apollo/client';
import { useCallback } from 'react';
import type {
  ActivityImportSummaryFieldsFragment,
  ActivityImportsQuery,
} from '../../../gql/graphql';
import { useConnectionPaging } from '../../../lib/use-connection-paging';
import { ActivityImportsQueryDocument } from '../graphql/imports.operations';

export const IMPORTS_PAGE_SIZE = 20;

export function appendImportsPage(
  previous: ActivityImportsQuery,
  { fetchMoreResult }: { fetchMoreResult: ActivityImportsQuery },
): ActivityImportsQuery {
  const shown = new Set(previous.activityImports.edges.map((edge) => edge.node.id));
  return {
    ...fetchMoreResult,
    activityImports: {
      ...fetchMoreResult.activityImports,
      edges: [
        ...previous.activityImports.edges,
        ...fetchMoreResult.activityImports.edges.filter((edge) => !shown.has(edge.node.id)),
      ],
    },
  };
}

/** Past imports, newest first, with "Load more". Always fetched fresh: imports move on. */
export function useActivityImports() {
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(
    ActivityImportsQueryDocument,
    {
      variables: { first: IMPORTS_PAGE_SIZE },
      notifyOnNetworkStatusChange: true,
      fetchPolicy: 'cache-and-network',
    },
  );
  const paging = useConnectionPaging(data?.activityImports, {
    hasData: !!data,
    loading,
    networkStatus,
    fetchMore: useCallback(
      (after: string) => fetchMore({ variables: { after }, updateQuery: appendImportsPage }),
      [fetchMore],
    ),
    refetch,
  });
  const imports: ActivityImportSummaryFieldsFragment[] = paging.nodes;
  return { ...paging, imports, error };
}
