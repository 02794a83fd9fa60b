import { graphql } from '../../../gql';

export const SystemStatusQueryDocument = graphql(`
  query SystemStatus {
    systemStatus {
      version
      environment
      database {
        ok
        latencyMs
      }
      redis {
        ok
        latencyMs
      }
      queue {
        waiting
        active
        failed
        delayed
        workers
      }
    }
  }
`);
