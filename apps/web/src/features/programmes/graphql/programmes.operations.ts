import { graphql } from '../../../gql';

/** What a row of the programme list shows. */
export const ProgrammeSummaryFieldsFragmentDocument = graphql(`
  fragment ProgrammeSummaryFields on Programme {
    id
    name
    strand
    status
    startDate
    endDate
    lead {
      id
      name
    }
  }
`);

/** Everything the detail page and the editor read. */
export const ProgrammeFieldsFragmentDocument = graphql(`
  fragment ProgrammeFields on Programme {
    ...ProgrammeSummaryFields
    aims
    targetAudiences
    updatedAt
    sites {
      id
      name
    }
    frameworkElements {
      id
      code
      label
      frameworkId
      position
    }
    funders {
      name
      grantReference
      amountPence
      periodStart
      periodEnd
    }
    plan {
      periodStart
      periodEnd
      plannedSessions
      plannedReach
    }
  }
`);

// Edges carry no cursor: only pageInfo.endCursor is used for paging.
export const ProgrammesQueryDocument = graphql(`
  query Programmes($filter: ProgrammeFilterInput!, $first: Int!, $after: String) {
    programmes(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...ProgrammeSummaryFields
        }
      }
    }
  }
`);

export const ProgrammeQueryDocument = graphql(`
  query Programme($id: ID!) {
    programme(id: $id) {
      ...ProgrammeFields
    }
  }
`);

/** For a programme's page: the frameworks' names to group its elements under, and the year. */
export const ProgrammeContextQueryDocument = graphql(`
  query ProgrammeContext {
    organisation {
      id
      financialYearStartMonth
    }
    frameworks {
      id
      code
      name
    }
  }
`);

/** The choices the editor offers: sites, people to lead, frameworks and their elements. */
export const ProgrammeFormOptionsQueryDocument = graphql(`
  query ProgrammeFormOptions {
    organisation {
      id
      financialYearStartMonth
      sites {
        id
        name
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
        frameworkId
        position
      }
    }
  }
`);

export const CreateProgrammeMutationDocument = graphql(`
  mutation CreateProgramme($input: CreateProgrammeInput!) {
    createProgramme(input: $input) {
      ...ProgrammeFields
    }
  }
`);

export const UpdateProgrammeMutationDocument = graphql(`
  mutation UpdateProgramme($input: UpdateProgrammeInput!) {
    updateProgramme(input: $input) {
      ...ProgrammeFields
    }
  }
`);

export const DeleteProgrammeMutationDocument = graphql(`
  mutation DeleteProgramme($input: DeleteProgrammeInput!) {
    deleteProgramme(input: $input) {
      id
      name
    }
  }
`);
