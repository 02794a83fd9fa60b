import { graphql } from '../../../gql';

export const WorkerCheckFieldsFragmentDocument = graphql(`
  fragment WorkerCheckFields on WorkerCheck {
    id
    status
    note
    requestedAt
    startedAt
    completedAt
    roundTripMs
    workerHost
    databaseVersion
    error
  }
`);

// Edges carry no cursor here: only pageInfo.endCursor is used for paging, and a check added
// to the cache after the mutation has no cursor to give it.
export const WorkerChecksQueryDocument = graphql(`
  query WorkerChecks($first: Int!, $after: String) {
    workerChecks(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...WorkerCheckFields
        }
      }
    }
  }
`);

export const RequestWorkerCheckMutationDocument = graphql(`
  mutation RequestWorkerCheck($input: RequestWorkerCheckInput!) {
    requestWorkerCheck(input: $input) {
      ...WorkerCheckFields
    }
  }
`);
