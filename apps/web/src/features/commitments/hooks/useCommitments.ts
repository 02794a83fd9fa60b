import { useLazyQuery, useMutation, useQuery } from '@apollo/client';
import type {
  AmendActionInput,
  AppendActionInput,
  CreateCommitmentInput,
  UpdateCommitmentInput,
} from '../../../gql/graphql';
import {
  ActionEvidenceOptionsQueryDocument,
  AmendActionMutationDocument,
  AppendActionMutationDocument,
  CommitmentFormOptionsQueryDocument,
  CommitmentQueryDocument,
  CommitmentsQueryDocument,
  CreateCommitmentMutationDocument,
  DeleteCommitmentMutationDocument,
  UpdateCommitmentMutationDocument,
  VerifyActionLogQueryDocument,
} from '../graphql/commitments.operations';

export function useCommitments() {
  const { data, loading, error, refetch } = useQuery(CommitmentsQueryDocument);
  return { commitments: data?.commitments ?? [], loading: loading && !data, error, refetch };
}

export function useCommitment(id: string) {
  const { data, loading, error, refetch } = useQuery(CommitmentQueryDocument, {
    variables: { id },
  });
  return { commitment: data?.commitment ?? null, loading: loading && !data, error, refetch };
}

export function useCommitmentFormOptions(skip: boolean) {
  const { data } = useQuery(CommitmentFormOptionsQueryDocument, { skip });
  return {
    elements:
      data?.frameworks.flatMap((framework) =>
        framework.elements.map((element) => ({
          value: element.id,
          label: `${element.code} ${element.label}`,
        })),
      ) ?? [],
    members: data?.members.map((m) => ({ value: m.user.id, label: m.user.name })) ?? [],
    indicators:
      data?.indicators.map((i) => ({ value: i.id, label: `${i.name} (${i.code})` })) ?? [],
  };
}

export function useActionEvidenceOptions(skip: boolean) {
  const { data } = useQuery(ActionEvidenceOptionsQueryDocument, { skip });
  return (
    data?.evidenceItems.edges.map((edge) => ({
      value: edge.node.id,
      label: `${edge.node.title} (${edge.node.occurredOn})`,
    })) ?? []
  );
}

export function useCommitmentActions() {
  const refetchQueries = ['Commitments', 'Commitment'];
  const [create, created] = useMutation(CreateCommitmentMutationDocument, { refetchQueries });
  const [update, updated] = useMutation(UpdateCommitmentMutationDocument, { refetchQueries });
  const [remove, removed] = useMutation(DeleteCommitmentMutationDocument);
  const [append, appended] = useMutation(AppendActionMutationDocument, { refetchQueries });
  const [amend, amended] = useMutation(AmendActionMutationDocument, { refetchQueries });
  return {
    create: async (input: CreateCommitmentInput) =>
      (await create({ variables: { input } })).data?.createCommitment ?? null,
    update: async (input: UpdateCommitmentInput) =>
      (await update({ variables: { input } })).data?.updateCommitment ?? null,
    remove: async (id: string) => {
      await remove({ variables: { input: { id } } });
    },
    append: async (input: AppendActionInput) =>
      (await append({ variables: { input }, awaitRefetchQueries: true })).data?.appendAction ??
      null,
    amend: async (input: AmendActionInput) =>
      (await amend({ variables: { input }, awaitRefetchQueries: true })).data?.amendAction ?? null,
    saving: created.loading || updated.loading,
    removing: removed.loading,
    recording: appended.loading || amended.loading,
  };
}

export function useVerifyActionLog() {
  const [verify, { data, loading, error }] = useLazyQuery(VerifyActionLogQueryDocument, {
    fetchPolicy: 'network-only',
  });
  return { verify: () => void verify(), result: data?.verifyActionLog ?? null, loading, error };
}
