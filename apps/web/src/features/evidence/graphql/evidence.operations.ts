import { graphql } from '../../../gql';

export const EvidenceFieldsFragmentDocument = graphql(`
  fragment EvidenceFields on Evidence {
    id
    kind
    title
    body
    occurredOn
    consentStatus
    consentGivenBy
    consentGivenOn
    consentNote
    publishable
    isDraft
    file {
      name
      contentType
      byteSize
      url
      isImage
    }
    frameworkElements {
      id
      code
      label
    }
    programmes {
      id
      name
    }
    sessions {
      id
      title
      date
      programmeName
    }
  }
`);

export const EvidenceItemsQueryDocument = graphql(`
  query EvidenceItems($filter: EvidenceFilterInput, $first: Int!, $after: String) {
    evidenceItems(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...EvidenceFields
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

/** What evidence can be tagged to: framework elements and programmes. */
export const EvidenceTagOptionsQueryDocument = graphql(`
  query EvidenceTagOptions {
    frameworks {
      id
      code
      name
      elements {
        id
        code
        label
      }
    }
    programmes(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const CreateEvidenceMutationDocument = graphql(`
  mutation CreateEvidence($input: CreateEvidenceInput!) {
    createEvidence(input: $input) {
      ...EvidenceFields
    }
  }
`);

export const UpdateEvidenceMutationDocument = graphql(`
  mutation UpdateEvidence($input: UpdateEvidenceInput!) {
    updateEvidence(input: $input) {
      ...EvidenceFields
    }
  }
`);

export const DeleteEvidenceMutationDocument = graphql(`
  mutation DeleteEvidence($input: DeleteEvidenceInput!) {
    deleteEvidence(input: $input) {
      id
    }
  }
`);
