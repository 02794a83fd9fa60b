import { graphql } from '../../../gql';

export const ActivityImportSummaryFieldsFragmentDocument = graphql(`
  fragment ActivityImportSummaryFields on ActivityImport {
    id
    filename
    format
    byteSize
    status
    createdAt
    committedAt
    createdBy {
      id
      name
    }
    summary {
      sessions
      dateFrom
      dateTo
    }
  }
`);

export const ActivityImportFieldsFragmentDocument = graphql(`
  fragment ActivityImportFields on ActivityImport {
    id
    filename
    format
    byteSize
    status
    processedRows
    totalRows
    progress
    headers
    columns {
      column
      field
      suggested
      remembered
    }
    targetFields {
      field
      label
      required
      description
    }
    mappingProblems {
      field
      message
    }
    errorCount
    errors {
      row
      column
      field
      value
      message
    }
    summary {
      rows
      sessions
      attendanceCells
      attendances
      duplicates
      newProgrammes
      newPartners
      newSites
      estimatedCounts
      dateFrom
      dateTo
      skippedRows
      sessionsCreated
      attendancesCreated
    }
    preview {
      row
      date
      startTime
      durationMinutes
      status
      programme
      sessionType
      format
      deliveryMode
      venue
      partner
      partnerType
      partnerUrn
      postcode
      keyStage
      pupils
      adults
      otherParticipants
      estimated
      firstVisit
      notes
      attendances
      duplicate
    }
    failureMessage
    createdAt
    committedAt
  }
`);

export const ActivityImportQueryDocument = graphql(`
  query ActivityImport($id: ID!) {
    activityImport(id: $id) {
      ...ActivityImportFields
    }
  }
`);

export const ActivityImportsQueryDocument = graphql(`
  query ActivityImports($first: Int!, $after: String) {
    activityImports(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ActivityImportSummaryFields
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

export const SetImportMappingMutationDocument = graphql(`
  mutation SetImportMapping($input: SetImportMappingInput!) {
    setImportMapping(input: $input) {
      ...ActivityImportFields
    }
  }
`);

export const CommitImportMutationDocument = graphql(`
  mutation CommitImport($input: CommitImportInput!) {
    commitImport(input: $input) {
      ...ActivityImportFields
    }
  }
`);

export const DiscardImportMutationDocument = graphql(`
  mutation DiscardImport($input: DiscardImportInput!) {
    discardImport(input: $input) {
      id
      filename
    }
  }
`);
