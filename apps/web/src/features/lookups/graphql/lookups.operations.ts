import { graphql } from '../../../gql';

export const DeprivationLookupFieldsFragmentDocument = graphql(`
  fragment DeprivationLookupFields on DeprivationLookup {
    id
    indexVersion
    rowCount
    sourceFilename
    loadedAt
    active
    loadedBy {
      id
      name
    }
  }
`);

export const DeprivationLookupsQueryDocument = graphql(`
  query DeprivationLookups {
    deprivationLookups {
      ...DeprivationLookupFields
    }
    organisation {
      id
      deprivationIndex
    }
  }
`);

export const DeprivationDecileQueryDocument = graphql(`
  query DeprivationDecile($postcode: String!) {
    deprivationDecile(postcode: $postcode) {
      postcode
      areaCode
      decile
      indexVersion
    }
  }
`);

export const DeleteDeprivationLookupMutationDocument = graphql(`
  mutation DeleteDeprivationLookup($input: DeleteDeprivationLookupInput!) {
    deleteDeprivationLookup(input: $input) {
      id
      indexVersion
    }
  }
`);

export const SetDeprivationIndexMutationDocument = graphql(`
  mutation SetDeprivationIndex($input: SetDeprivationIndexInput!) {
    setDeprivationIndex(input: $input) {
      id
      deprivationIndex
    }
  }
`);
