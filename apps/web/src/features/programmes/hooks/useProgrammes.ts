import { useQuery } from '@apollo/client';
import { useCallback } from 'react';
import type {
  ProgrammeFilterInput,
  ProgrammeSummaryFieldsFragment,
  ProgrammesQuery,
} from '../../../gql/graphql';
import { useConnectionPaging } from '../../../lib/use-connection-paging';
import { ProgrammesQueryDocument } from '../graphql/programmes.operations';

export const PROGRAMMES_PAGE_SIZE = 25;

/**
 * A page fetched with "Load more" joins the list it follows (each filter is its own list in the
 * cache), skipping any programme already shown.
 */
export function appendProgrammesPage(
  previous: ProgrammesQuery,
  { fetchMoreResult }: { fetchMoreResult: ProgrammesQuery },
): ProgrammesQuery {
  const shown = new Set(previous.programmes.edges.map((edge) => edge.node.id));
  return {
    ...fetchMoreResult,
    programmes: {
      ...fetchMoreResult.programmes,
      edges: [
        ...previous.programmes.edges,
        ...fetchMoreResult.programmes.edges.filter((edge) => !shown.has(edge.node.id)),
      ],
    },
  };
}

/** Programmes matching `filter`, by name, with "Load more" paging. */
export function useProgrammes(filter: ProgrammeFilterInput) {
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(
    ProgrammesQueryDocument,
    {
      variables: { filter, first: PROGRAMMES_PAGE_SIZE },
      notifyOnNetworkStatusChange: true,
    },
  );
  const paging = useConnectionPaging(data?.programmes, {
    hasData: !!data,
    loading,
    networkStatus,
    fetchMore: useCallback(
      (after: string) => fetchMore({ variables: { after }, updateQuery: appendProgrammesPage }),
      [fetchMore],
    ),
    refetch,
  });
  const programmes: ProgrammeSummaryFieldsFragment[] = paging.nodes;

  return {
    programmes,
    totalCount: paging.totalCount,
    hasNextPage: paging.hasNextPage,
    loading: paging.loading,
    retrying: paging.retrying,
    loadingMore: paging.loadingMore,
    error,
    loadMoreError: paging.loadMoreError,
    loadMore: paging.loadMore,
    retry: paging.retry,
  };
}
