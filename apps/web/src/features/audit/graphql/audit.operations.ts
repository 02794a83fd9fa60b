import { graphql } from '../../../gql';

export const AuditEventFieldsFragmentDocument = graphql(`
  fragment AuditEventFields on AuditEvent {
    id
    action
    createdAt
    entityId
    entityType
    summary
    actor {
      id
      name
    }
    changes {
      field
      before
      after
    }
  }
`);

export const AuditActionsQueryDocument = graphql(`
  query AuditActions {
    auditActions
  }
`);

// Edges carry no cursor: only pageInfo.endCursor is used for paging.
export const AuditEventsQueryDocument = graphql(`
  query AuditEvents($filter: AuditEventFilter!, $first: Int!, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...AuditEventFields
        }
      }
    }
  }
`);
