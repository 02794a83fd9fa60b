import { graphql } from '../../../gql';

export const ResultFieldsFragmentDocument = graphql(`
  fragment ResultFields on IndicatorResult {
    id
    indicator {
      id
    }
    scope {
      ...ScopeFields
    }
    period {
      key
      label
    }
    disaggregation
    cellKey
    cellLabel
    value
    n
    suppressed
    status
    commentary
    enteredBy {
      id
      name
    }
    approvedBy {
      id
      name
    }
    approvedAt
    updatedAt
  }
`);

export const PeriodLockFieldsFragmentDocument = graphql(`
  fragment PeriodLockFields on PeriodLock {
    id
    period {
      type
      key
      label
      start
      end
    }
    reason
    lockedBy {
      id
      name
    }
    lockedAt
  }
`);

/** One period's results page: every indicator's value, its results, and the period's locks. */
export const ResultsPageQueryDocument = graphql(`
  query ResultsPage($period: PeriodInput!, $scope: ScopeInput) {
    indicatorValues(period: $period, scope: $scope) {
      ...IndicatorValueFields
      indicator {
        ...IndicatorFields
      }
    }
    results(period: $period, scope: $scope) {
      ...ResultFields
    }
    periodLocks {
      ...PeriodLockFields
    }
  }
`);

export const SaveResultMutationDocument = graphql(`
  mutation SaveResult($input: SaveResultInput!) {
    saveResult(input: $input) {
      ...ResultFields
    }
  }
`);

export const RecordComputedResultsMutationDocument = graphql(`
  mutation RecordComputedResults($input: RecordComputedResultsInput!) {
    recordComputedResults(input: $input) {
      ...ResultFields
    }
  }
`);

export const ApproveResultsMutationDocument = graphql(`
  mutation ApproveResults($input: ResultIdsInput!) {
    approveResults(input: $input) {
      ...ResultFields
    }
  }
`);

export const DeleteResultMutationDocument = graphql(`
  mutation DeleteResult($input: ResultIdInput!) {
    deleteResult(input: $input) {
      id
    }
  }
`);

export const LockPeriodMutationDocument = graphql(`
  mutation LockPeriod($input: LockPeriodInput!) {
    lockPeriod(input: $input) {
      ...PeriodLockFields
    }
  }
`);

export const UnlockPeriodMutationDocument = graphql(`
  mutation UnlockPeriod($input: UnlockPeriodInput!) {
    unlockPeriod(input: $input) {
      ...PeriodLockFields
    }
  }
`);
