import { useMutation, useQuery } from '@apollo/client';
import { useCallback } from 'react';
import type { CreateSurveyInput } from '../../../gql/graphql';
import {
  CloseSurveyMutationDocument,
  CreateSurveyMutationDocument,
  DeleteSurveyMutationDocument,
  OpenSurveyMutationDocument,
  RegenerateSurveyLinkMutationDocument,
  SurveyQueryDocument,
  SurveysQueryDocument,
  UpdateSurveyMutationDocument,
  WithdrawConsentMutationDocument,
} from '../graphql/surveys.operations';

export const SURVEYS_PAGE_SIZE = 50;

export function useSurveys() {
  const { data, loading, error, refetch, networkStatus } = useQuery(SurveysQueryDocument, {
    variables: { first: SURVEYS_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  return {
    surveys: data?.surveys.edges.map((edge) => edge.node) ?? [],
    totalCount: data?.surveys.totalCount ?? 0,
    loading: loading && !data,
    retrying: networkStatus === 4,
    error,
    retry,
  };
}

export function useSurvey(id: string) {
  const { data, loading, error, refetch, networkStatus } = useQuery(SurveyQueryDocument, {
    variables: { id },
    notifyOnNetworkStatusChange: true,
  });
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  return {
    survey: data?.survey ?? null,
    loading: loading && !data,
    retrying: networkStatus === 4,
    error,
    retry,
  };
}

/** Create, edit, open, close, new link, delete, withdraw consent. */
export function useSurveyActions() {
  const refetchQueries = ['Surveys'];
  const [create] = useMutation(CreateSurveyMutationDocument, { refetchQueries });
  const [update] = useMutation(UpdateSurveyMutationDocument);
  const [open] = useMutation(OpenSurveyMutationDocument);
  const [close] = useMutation(CloseSurveyMutationDocument);
  const [regenerate] = useMutation(RegenerateSurveyLinkMutationDocument);
  const [remove] = useMutation(DeleteSurveyMutationDocument, { refetchQueries });
  const [withdraw] = useMutation(WithdrawConsentMutationDocument, {
    refetchQueries: ['SurveyContacts', 'SurveyFollowUp'],
  });
  return {
    create: async (input: CreateSurveyInput) =>
      (await create({ variables: { input } })).data?.createSurvey,
    update: async (id: string, input: CreateSurveyInput) =>
      (await update({ variables: { input: { id, ...input } } })).data?.updateSurvey,
    open: async (id: string) => (await open({ variables: { input: { id } } })).data?.openSurvey,
    close: async (id: string) => (await close({ variables: { input: { id } } })).data?.closeSurvey,
    regenerate: async (id: string) =>
      (await regenerate({ variables: { input: { id } } })).data?.regenerateSurveyLink,
    remove: async (id: string) => {
      await remove({
        variables: { input: { id } },
        update: (cache) => {
          cache.evict({ id: cache.identify({ __typename: 'Survey', id }) });
          cache.gc();
        },
      });
    },
    withdraw: async (contactId: string) => {
      await withdraw({ variables: { input: { contactId } } });
    },
  };
}
