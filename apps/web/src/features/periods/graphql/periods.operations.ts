import { graphql } from '../../../gql';

/** What periods mean in this museum: its year starts, time zone and small-cell threshold. */
export const PeriodSettingsQueryDocument = graphql(`
  query PeriodSettings {
    organisation {
      id
      financialYearStartMonth
      academicYearStartMonth
      timeZone
      smallCellThreshold
    }
  }
`);
