import { graphql } from '../../../gql';

export const SurveyFieldsFragmentDocument = graphql(`
  fragment SurveyFields on Survey {
    id
    title
    intro
    kind
    status
    itemCodes
    closesAt
    offersFollowUp
    followUpMonths
    publicToken
    programmeId
    sessionId
    responseCount
    linkedTo {
      kind
      id
      name
    }
    createdAt
    updatedAt
  }
`);

export const SurveysQueryDocument = graphql(`
  query Surveys($first: Int!, $after: String) {
    surveys(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...SurveyFields
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

export const SurveyQueryDocument = graphql(`
  query Survey($id: ID!) {
    survey(id: $id) {
      ...SurveyFields
    }
  }
`);

export const SurveyItemBankQueryDocument = graphql(`
  query SurveyItemBank {
    surveyItemBank {
      code
      bank
      bankLabel
      scale
      label
      statement
      childStatement
      lowerIsBetter
    }
  }
`);

export const SurveyLinkOptionsQueryDocument = graphql(`
  query SurveyLinkOptions {
    programmes(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    sessions(first: 100) {
      edges {
        node {
          id
          date
          title
          programme {
            id
            name
          }
        }
      }
    }
  }
`);

export const SurveyResultsQueryDocument = graphql(`
  query SurveyResults($surveyId: ID!) {
    surveyResults(surveyId: $surveyId) {
      surveyId
      responseCount
      smallCellThreshold
      waves {
        wave
        followUpMonths
        n
        suppressed
      }
      items {
        itemCode
        wave
        followUpMonths
        n
        suppressed
        mean
        ciLow
        ciHigh
        shareAgreeing
        nps
        distribution {
          value
          n
          suppressed
        }
      }
      changes {
        itemCode
        n
        suppressed
        meanChange
        ciLow
        ciHigh
        proportionImproved
      }
      comments {
        itemCode
        wave
        text
        date
      }
    }
  }
`);

export const SurveyFollowUpQueryDocument = graphql(`
  query SurveyFollowUp($surveyId: ID!) {
    surveyFollowUp(surveyId: $surveyId) {
      surveyId
      consented
      withdrawn
      waves {
        months
        invited
        responded
        pending
        cancelled
        responseRate
        attrition
        suppressed
      }
    }
  }
`);

export const SurveyContactsQueryDocument = graphql(`
  query SurveyContacts($surveyId: ID!) {
    surveyContacts(surveyId: $surveyId) {
      id
      email
      givenBy
      lawfulBasis
      consentedAt
      withdrawnAt
      invitations {
        months
        status
        dueOn
      }
    }
  }
`);

export const CreateSurveyMutationDocument = graphql(`
  mutation CreateSurvey($input: CreateSurveyInput!) {
    createSurvey(input: $input) {
      ...SurveyFields
    }
  }
`);

export const UpdateSurveyMutationDocument = graphql(`
  mutation UpdateSurvey($input: UpdateSurveyInput!) {
    updateSurvey(input: $input) {
      ...SurveyFields
    }
  }
`);

export const OpenSurveyMutationDocument = graphql(`
  mutation OpenSurvey($input: SurveyIdInput!) {
    openSurvey(input: $input) {
      ...SurveyFields
    }
  }
`);

export const CloseSurveyMutationDocument = graphql(`
  mutation CloseSurvey($input: SurveyIdInput!) {
    closeSurvey(input: $input) {
      ...SurveyFields
    }
  }
`);

export const RegenerateSurveyLinkMutationDocument = graphql(`
  mutation RegenerateSurveyLink($input: SurveyIdInput!) {
    regenerateSurveyLink(input: $input) {
      ...SurveyFields
    }
  }
`);

export const DeleteSurveyMutationDocument = graphql(`
  mutation DeleteSurvey($input: SurveyIdInput!) {
    deleteSurvey(input: $input) {
      id
    }
  }
`);

export const WithdrawConsentMutationDocument = graphql(`
  mutation WithdrawConsent($input: WithdrawConsentInput!) {
    withdrawConsent(input: $input)
  }
`);
