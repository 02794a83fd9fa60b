import { graphql } from '../../../gql';

export const DevMailboxEnabledQueryDocument = graphql(`
  query DevMailboxEnabled {
    devMailboxEnabled
  }
`);

export const DevMailboxQueryDocument = graphql(`
  query DevMailbox($first: Int!) {
    devMailbox(first: $first) {
      id
      to
      subject
      text
      links
      receivedAt
    }
  }
`);
