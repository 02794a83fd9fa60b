import { useMutation } from '@apollo/client';
import { useCallback } from 'react';
import type {
  CreateSiteInput,
  UpdateOrganisationInput,
  UpdateSiteInput,
} from '../../../gql/graphql';
import {
  CreateSiteMutationDocument,
  DeleteSiteMutationDocument,
  OrganisationSettingsQueryDocument,
  UpdateOrganisationMutationDocument,
  UpdateSiteMutationDocument,
} from '../graphql/organisation.operations';

/**
 * Saving settings and managing sites. Updates land in the normalised cache by id; a new site
 * is appended to the organisation's list and a deleted one evicted. Each rejects with the
 * ApolloError when the API refuses.
 */
export function useOrganisationActions() {
  const [updateMutation, updateState] = useMutation(UpdateOrganisationMutationDocument);
  const [createSiteMutation, createSiteState] = useMutation(CreateSiteMutationDocument, {
    update(cache, { data }) {
      const site = data?.createSite;
      if (!site) {
        return;
      }
      cache.updateQuery({ query: OrganisationSettingsQueryDocument }, (current) =>
        current
          ? {
              ...current,
              organisation: {
                ...current.organisation,
                sites: [
                  ...current.organisation.sites.filter((existing) => existing.id !== site.id),
                  site,
                ],
              },
            }
          : undefined,
      );
    },
  });
  const [updateSiteMutation, updateSiteState] = useMutation(UpdateSiteMutationDocument);
  const [deleteSiteMutation, deleteSiteState] = useMutation(DeleteSiteMutationDocument, {
    update(cache, { data }) {
      if (data) {
        cache.evict({ id: cache.identify({ __typename: 'Site', id: data.deleteSite.id }) });
        cache.gc();
      }
    },
  });

  const updateOrganisation = useCallback(
    async (input: UpdateOrganisationInput) => {
      const { data } = await updateMutation({ variables: { input } });
      return data?.updateOrganisation ?? null;
    },
    [updateMutation],
  );
  const createSite = useCallback(
    async (input: CreateSiteInput) => {
      const { data } = await createSiteMutation({ variables: { input } });
      return data?.createSite ?? null;
    },
    [createSiteMutation],
  );
  const updateSite = useCallback(
    async (input: UpdateSiteInput) => {
      const { data } = await updateSiteMutation({ variables: { input } });
      return data?.updateSite ?? null;
    },
    [updateSiteMutation],
  );
  const deleteSite = useCallback(
    async (id: string) => {
      await deleteSiteMutation({ variables: { input: { id } } });
    },
    [deleteSiteMutation],
  );

  return {
    updateOrganisation,
    saving: updateState.loading,
    createSite,
    updateSite,
    savingSite: createSiteState.loading || updateSiteState.loading,
    deleteSite,
    deletingSite: deleteSiteState.loading,
  };
}
