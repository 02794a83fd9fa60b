import { graphql } from '../../../gql';

/** What a row of the session list shows. */
export const SessionSummaryFieldsFragmentDocument = graphql(`
  fragment SessionSummaryFields on Session {
    id
    title
    date
    startTime
    format
    deliveryMode
    status
    attendanceTotal
    hasEstimates
    outreachPostcode
    onlinePlatform
    programme {
      id
      name
    }
    site {
      id
      name
    }
    partners {
      id
      name
    }
  }
`);

/** Everything the detail page and the editor read. */
export const SessionFieldsFragmentDocument = graphql(`
  fragment SessionFields on Session {
    ...SessionSummaryFields
    durationMinutes
    coDesigned
    participationDepth
    objectsUsed
    notes
    deprivationDecile
    deprivationIndex
    createdAt
    updatedAt
    createdBy {
      id
      name
    }
    partners {
      id
      name
      type
    }
    facilitators {
      type
      name
      user {
        id
        name
      }
    }
    frameworkElements {
      id
      code
      label
      frameworkId
      position
    }
    attendance {
      id
      audienceType
      ageBand
      keyStage
      count
      countKind
      firstTime
      send
      deprivationDecile
      deprivationIndex
    }
  }
`);

// Edges carry no cursor: only pageInfo.endCursor is used for paging.
export const SessionsQueryDocument = graphql(`
  query Sessions($filter: SessionFilterInput!, $first: Int!, $after: String) {
    sessions(filter: $filter, first: $first, after: $after) {
      totalCount
      totalAttendance
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...SessionSummaryFields
        }
      }
    }
  }
`);

export const SessionQueryDocument = graphql(`
  query Session($id: ID!) {
    session(id: $id) {
      ...SessionFields
    }
  }
`);

export const SessionDefaultsQueryDocument = graphql(`
  query SessionDefaults($programmeId: ID!) {
    sessionDefaults(programmeId: $programmeId) {
      programmeId
      date
      startTime
      durationMinutes
      format
      deliveryMode
      siteId
      partnerIds
      partners {
        id
        name
        type
      }
      fromSessionId
      facilitators {
        type
        name
        user {
          id
          name
        }
      }
      attendance {
        audienceType
        ageBand
        keyStage
        count
        countKind
        firstTime
        send
        deprivationDecile
        deprivationIndex
      }
    }
  }
`);

export const LogSessionMutationDocument = graphql(`
  mutation LogSession($input: LogSessionInput!) {
    logSession(input: $input) {
      ...SessionFields
    }
  }
`);

export const UpdateSessionMutationDocument = graphql(`
  mutation UpdateSession($input: UpdateSessionInput!) {
    updateSession(input: $input) {
      ...SessionFields
    }
  }
`);

export const DeleteSessionMutationDocument = graphql(`
  mutation DeleteSession($input: DeleteSessionInput!) {
    deleteSession(input: $input) {
      id
      date
      programme {
        id
        name
      }
    }
  }
`);

/** The choices "Log a session" and the editor offer (partners come from PartnerOptions). */
export const SessionFormOptionsQueryDocument = graphql(`
  query SessionFormOptions {
    organisation {
      id
      timeZone
      sites {
        id
        name
      }
    }
    programmes(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          status
        }
      }
    }
    members {
      id
      user {
        id
        name
      }
    }
    frameworks {
      id
      code
      name
      elements {
        id
        code
        label
        position
      }
    }
  }
`);

/** Partners to choose from: the first page by name, or those matching a search. */
export const PartnerOptionsQueryDocument = graphql(`
  query PartnerOptions($filter: PartnerFilterInput, $first: Int!) {
    partners(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          name
          type
        }
      }
    }
  }
`);

/** The choices the list's filters offer (partners come from PartnerOptions). */
export const SessionFilterOptionsQueryDocument = graphql(`
  query SessionFilterOptions {
    organisation {
      id
      sites {
        id
        name
      }
    }
    programmes(first: 100) {
      edges {
        node {
          id
          name
          status
        }
      }
    }
  }
`);
