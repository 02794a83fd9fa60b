import { graphql } from '../../../gql';

export const CommitmentFieldsFragmentDocument = graphql(`
  fragment CommitmentFields on Commitment {
    id
    title
    description
    status
    reviewDate
    reviewWindowDays
    indicatorIds
    indicators {
      id
      code
      name
    }
    ownerId
    owner {
      id
      name
    }
    frameworkElement {
      id
      code
      label
    }
    sayDoGap {
      reason
      message
    }
    lastActionOn
    actionCount
  }
`);

export const ActionEntryFieldsFragmentDocument = graphql(`
  fragment ActionEntryFields on ActionEntry {
    id
    sequence
    occurredOn
    whatWasDone
    withWhom
    observedEffect
    nextStep
    amendsId
    amendedById
    authorName
    recordedAt
    evidenceIds
    evidence {
      id
      title
      kind
    }
  }
`);

export const CommitmentsQueryDocument = graphql(`
  query Commitments {
    commitments {
      ...CommitmentFields
    }
  }
`);

export const CommitmentQueryDocument = graphql(`
  query Commitment($id: ID!) {
    commitment(id: $id) {
      ...CommitmentFields
      actions {
        ...ActionEntryFields
      }
    }
  }
`);

/** Choices for the commitment form: elements to put it under and members to own it. */
export const CommitmentFormOptionsQueryDocument = graphql(`
  query CommitmentFormOptions {
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
    members {
      id
      user {
        id
        name
      }
    }
    indicators {
      id
      code
      name
    }
  }
`);

/** Evidence an action can point to. */
export const ActionEvidenceOptionsQueryDocument = graphql(`
  query ActionEvidenceOptions {
    evidenceItems(first: 100) {
      edges {
        node {
          id
          title
          kind
          occurredOn
        }
      }
    }
  }
`);

export const CreateCommitmentMutationDocument = graphql(`
  mutation CreateCommitment($input: CreateCommitmentInput!) {
    createCommitment(input: $input) {
      ...CommitmentFields
    }
  }
`);

export const UpdateCommitmentMutationDocument = graphql(`
  mutation UpdateCommitment($input: UpdateCommitmentInput!) {
    updateCommitment(input: $input) {
      ...CommitmentFields
    }
  }
`);

export const DeleteCommitmentMutationDocument = graphql(`
  mutation DeleteCommitment($input: DeleteCommitmentInput!) {
    deleteCommitment(input: $input) {
      id
    }
  }
`);

export const AppendActionMutationDocument = graphql(`
  mutation AppendAction($input: AppendActionInput!) {
    appendAction(input: $input) {
      ...ActionEntryFields
    }
  }
`);

export const AmendActionMutationDocument = graphql(`
  mutation AmendAction($input: AmendActionInput!) {
    amendAction(input: $input) {
      ...ActionEntryFields
    }
  }
`);

export const VerifyActionLogQueryDocument = graphql(`
  query VerifyActionLog {
    verifyActionLog {
      ok
      checkedCount
      verifiedAt
      firstBreak {
        sequence
        entryId
        reason
        message
      }
    }
  }
`);
