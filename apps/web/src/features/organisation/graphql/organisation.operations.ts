import { graphql } from '../../../gql';

export const SiteFieldsFragmentDocument = graphql(`
  fragment SiteFields on Site {
    id
    name
    type
    postcode
    createdAt
  }
`);

export const OrganisationSettingsFieldsFragmentDocument = graphql(`
  fragment OrganisationSettingsFields on Organisation {
    id
    name
    kind
    nation
    financialYearStartMonth
    academicYearStartMonth
    smallCellThreshold
    timeZone
    updatedAt
  }
`);

export const OrganisationSettingsQueryDocument = graphql(`
  query OrganisationSettings {
    organisation {
      ...OrganisationSettingsFields
      sites {
        ...SiteFields
      }
    }
  }
`);

export const UpdateOrganisationMutationDocument = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      ...OrganisationSettingsFields
    }
  }
`);

export const CreateSiteMutationDocument = graphql(`
  mutation CreateSite($input: CreateSiteInput!) {
    createSite(input: $input) {
      ...SiteFields
    }
  }
`);

export const UpdateSiteMutationDocument = graphql(`
  mutation UpdateSite($input: UpdateSiteInput!) {
    updateSite(input: $input) {
      ...SiteFields
    }
  }
`);

export const DeleteSiteMutationDocument = graphql(`
  mutation DeleteSite($input: DeleteSiteInput!) {
    deleteSite(input: $input) {
      id
    }
  }
`);
