import { graphql } from '../../../gql';

export const ManifestoCoverageQueryDocument = graphql(`
  query ManifestoCoverage($period: PeriodInput!) {
    manifestoCoverage(period: $period) {
      period {
        key
        label
        start
        end
      }
      actionsFrom
      actionsUntil
      principles {
        principle {
          id
          code
          label
        }
        activeCommitments
        actionsLast90Days
        programmesTagged
        sessionsTagged
        evidenceItems
        indicatorsWithResults
      }
    }
  }
`);
