import { useMutation, useQuery } from '@apollo/client';
import { useCallback } from 'react';
import type {
  CreateEvidenceInput,
  EvidenceFilterInput,
  EvidenceItemsQuery,
  UpdateEvidenceInput,
} from '../../../gql/graphql';
import { useConnectionPaging } from '../../../lib/use-connection-paging';
import {
  CreateEvidenceMutationDocument,
  DeleteEvidenceMutationDocument,
  EvidenceItemsQueryDocument,
  EvidenceTagOptionsQueryDocument,
  UpdateEvidenceMutationDocument,
} from '../graphql/evidence.operations';

export const EVIDENCE_PAGE_SIZE = 24;

/** A page fetched with "Load more" joins the list it follows, skipping items already shown. */
export function appendEvidencePage(
  previous: EvidenceItemsQuery,
  { fetchMoreResult }: { fetchMoreResult: EvidenceItemsQuery },
): EvidenceItemsQuery {
  const shown = new Set(previous.evidenceItems.edges.map((edge) => edge.node.id));
  return {
    ...fetchMoreResult,
    evidenceItems: {
      ...fetchMoreResult.evidenceItems,
      edges: [
        ...previous.evidenceItems.edges,
        ...fetchMoreResult.evidenceItems.edges.filter((edge) => !shown.has(edge.node.id)),
      ],
    },
  };
}

/** The evidence library matching `filter`, newest first, with "Load more". */
export function useEvidenceItems(filter: EvidenceFilterInput) {
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(
    EvidenceItemsQueryDocument,
    { variables: { filter, first: EVIDENCE_PAGE_SIZE }, notifyOnNetworkStatusChange: true },
  );
  const paging = useConnectionPaging(data?.evidenceItems, {
    hasData: !!data,
    loading,
    networkStatus,
    fetchMore: useCallback(
      (after: string) => fetchMore({ variables: { after }, updateQuery: appendEvidencePage }),
      [fetchMore],
    ),
    refetch,
  });
  return { ...paging, items: paging.nodes, error, refetch };
}

export function useEvidenceTagOptions(skip: boolean) {
  const { data, loading } = useQuery(EvidenceTagOptionsQueryDocument, { skip });
  return {
    loading,
    elements:
      data?.frameworks.flatMap((framework) =>
        framework.elements.map((element) => ({
          value: element.id,
          label: `${element.code} ${element.label}`,
          group: framework.name,
        })),
      ) ?? [],
    programmes:
      data?.programmes.edges.map((edge) => ({ value: edge.node.id, label: edge.node.name })) ?? [],
  };
}

export function useEvidenceActions() {
  // Adding and editing refetch the list when the dialog closes, after any file upload:
  // refetching here could answer (deduplicated) with the list as it was before the file.
  const [create, created] = useMutation(CreateEvidenceMutationDocument);
  const [update, updated] = useMutation(UpdateEvidenceMutationDocument);
  const [remove, removed] = useMutation(DeleteEvidenceMutationDocument, {
    refetchQueries: ['EvidenceItems'],
  });
  return {
    create: async (input: CreateEvidenceInput) =>
      (await create({ variables: { input } })).data?.createEvidence ?? null,
    update: async (input: UpdateEvidenceInput) =>
      (await update({ variables: { input } })).data?.updateEvidence ?? null,
    remove: async (id: string) => {
      await remove({ variables: { input: { id } }, awaitRefetchQueries: true });
    },
    saving: created.loading || updated.loading,
    removing: removed.loading,
  };
}
