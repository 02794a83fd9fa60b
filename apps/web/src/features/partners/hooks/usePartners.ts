import { useMutation, useQuery, type Reference } from '@apollo/client';
import { useCallback } from 'react';
import type {
  CreatePartnerInput,
  PartnerFieldsFragment,
  PartnerFilterInput,
  PartnersQuery,
  UpdatePartnerInput,
} from '../../../gql/graphql';
import { useConnectionPaging } from '../../../lib/use-connection-paging';
import {
  CreatePartnerMutationDocument,
  DeletePartnerMutationDocument,
  PartnersQueryDocument,
  UpdatePartnerMutationDocument,
} from '../graphql/partners.operations';

export const PARTNERS_PAGE_SIZE = 25;

interface StoredPartnerConnection {
  edges: Array<{ node: Reference }>;
  totalCount: number;
}

/** A page fetched with "Load more" joins the list it follows, skipping partners already shown. */
export function appendPartnersPage(
  previous: PartnersQuery,
  { fetchMoreResult }: { fetchMoreResult: PartnersQuery },
): PartnersQuery {
  const shown = new Set(previous.partners.edges.map((edge) => edge.node.id));
  return {
    ...fetchMoreResult,
    partners: {
      ...fetchMoreResult.partners,
      edges: [
        ...previous.partners.edges,
        ...fetchMoreResult.partners.edges.filter((edge) => !shown.has(edge.node.id)),
      ],
    },
  };
}

/** Partners matching `filter`, by name, with "Load more" paging. */
export function usePartners(filter: PartnerFilterInput) {
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(
    PartnersQueryDocument,
    { variables: { filter, first: PARTNERS_PAGE_SIZE }, notifyOnNetworkStatusChange: true },
  );
  const paging = useConnectionPaging(data?.partners, {
    hasData: !!data,
    loading,
    networkStatus,
    fetchMore: useCallback(
      (after: string) => fetchMore({ variables: { after }, updateQuery: appendPartnersPage }),
      [fetchMore],
    ),
    refetch,
  });
  const partners: PartnerFieldsFragment[] = paging.nodes;
  return { ...paging, partners, error };
}

/**
 * Creating, editing and deleting partners. A new partner may belong anywhere in a name-ordered
 * list, so the lists on screen are fetched again; an edit updates the cached partner in place.
 */
export function usePartnerActions() {
  const [createMutation, createState] = useMutation(CreatePartnerMutationDocument, {
    refetchQueries: [PartnersQueryDocument],
    awaitRefetchQueries: true,
  });
  const [updateMutation, updateState] = useMutation(UpdatePartnerMutationDocument);
  const [deleteMutation, deleteState] = useMutation(DeletePartnerMutationDocument, {
    update(cache, { data }) {
      if (!data) return;
      const id = cache.identify({ __typename: 'Partner', id: data.deletePartner.id });
      // Take the partner out of every list (edges are not normalised, so eviction alone would
      // leave an edge pointing at nothing), then out of the cache.
      cache.modify({
        fields: {
          partners(value, { readField }) {
            const existing = value as StoredPartnerConnection;
            const edges = existing.edges.filter(
              (edge) => readField('id', edge.node) !== data.deletePartner.id,
            );
            return edges.length === existing.edges.length
              ? existing
              : { ...existing, edges, totalCount: Math.max(0, existing.totalCount - 1) };
          },
        },
      });
      cache.evict({ id });
      cache.gc();
    },
  });

  const create = useCallback(
    async (input: CreatePartnerInput) => {
      const { data } = await createMutation({ variables: { input } });
      return data?.createPartner ?? null;
    },
    [createMutation],
  );
  const update = useCallback(
    async (input: UpdatePartnerInput) => {
      const { data } = await updateMutation({ variables: { input } });
      return data?.updatePartner ?? null;
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
    remove,
    saving: createState.loading || updateState.loading,
    removing: deleteState.loading,
  };
}
