import { graphql } from '../../../gql';

export const PartnerFieldsFragmentDocument = graphql(`
  fragment PartnerFields on Partner {
    id
    name
    type
    urn
    postcode
    deprivationDecile
    deprivationIndex
    notes
    firstEngagement
    lastEngagement
    sessionCount
  }
`);

export const PartnersQueryDocument = graphql(`
  query Partners($filter: PartnerFilterInput, $first: Int!, $after: String) {
    partners(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...PartnerFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

export const CreatePartnerMutationDocument = graphql(`
  mutation CreatePartner($input: CreatePartnerInput!) {
    createPartner(input: $input) {
      ...PartnerFields
    }
  }
`);

export const UpdatePartnerMutationDocument = graphql(`
  mutation UpdatePartner($input: UpdatePartnerInput!) {
    updatePartner(input: $input) {
      ...PartnerFields
    }
  }
`);

export const DeletePartnerMutationDocument = graphql(`
  mutation DeletePartner($input: DeletePartnerInput!) {
    deletePartner(input: $input) {
      id
      name
    }
  }
`);
