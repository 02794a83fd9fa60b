import { graphql } from '../../../gql';

/** What the library and the detail page show of an indicator. */
export const IndicatorFieldsFragmentDocument = graphql(`
  fragment IndicatorFields on Indicator {
    id
    code
    name
    definition
    type
    source
    unit
    direction
    cumulativeClass
    allowedDisaggregations
    frameworkElements {
      id
      code
      label
      frameworkId
      position
    }
    owner {
      id
      name
    }
    surveyStatistic
    surveyItemCode
    surveyId
    archived
    editable
  }
`);

export const ScopeFieldsFragmentDocument = graphql(`
  fragment ScopeFields on Scope {
    kind
    id
    label
  }
`);

export const TargetFieldsFragmentDocument = graphql(`
  fragment TargetFields on Target {
    id
    scope {
      ...ScopeFields
    }
    period {
      type
      key
      label
      start
      end
    }
    targetValue
    baselineValue
    baselineLabel
    greenThreshold
    amberThreshold
    note
    updatedAt
  }
`);

export const IndicatorsQueryDocument = graphql(`
  query Indicators($filter: IndicatorFilterInput) {
    indicators(filter: $filter) {
      ...IndicatorFields
    }
  }
`);

export const IndicatorQueryDocument = graphql(`
  query Indicator($id: ID!) {
    indicator(id: $id) {
      ...IndicatorFields
    }
  }
`);

/** The targets of one indicator, every period and scope. */
export const IndicatorTargetsQueryDocument = graphql(`
  query IndicatorTargets($indicatorId: ID!) {
    targets(indicatorId: $indicatorId) {
      ...TargetFields
    }
  }
`);

export const IndicatorValueFieldsFragmentDocument = graphql(`
  fragment IndicatorValueFields on IndicatorValue {
    indicator {
      id
    }
    period {
      type
      key
      label
      start
      end
    }
    scope {
      ...ScopeFields
    }
    value
    n
    ciLow
    ciHigh
    benchmark
    disaggregation
    cells {
      key
      label
      value
      n
      suppressed
    }
    target {
      ...TargetFields
    }
    rag
    note
  }
`);

export const IndicatorValuesQueryDocument = graphql(`
  query IndicatorValues(
    $period: PeriodInput!
    $scope: ScopeInput
    $indicatorIds: [ID!]
    $disaggregation: Disaggregation
  ) {
    indicatorValues(
      period: $period
      scope: $scope
      indicatorIds: $indicatorIds
      disaggregation: $disaggregation
    ) {
      ...IndicatorValueFields
    }
  }
`);

/** The choices the editor offers: people to own an indicator, frameworks and their elements. */
export const IndicatorOptionsQueryDocument = graphql(`
  query IndicatorOptions {
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

/**
 * What the scope picker offers: the museum, its sites and (for roles that may read them) its
 * programmes. Trustees read dashboards but not programmes, so those are asked for only when
 * `withProgrammes` is true.
 */
export const ScopeOptionsQueryDocument = graphql(`
  query ScopeOptions($withProgrammes: Boolean!) {
    organisation {
      id
      name
      sites {
        id
        name
      }
    }
    programmes(first: 100) @include(if: $withProgrammes) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const CreateIndicatorMutationDocument = graphql(`
  mutation CreateIndicator($input: CreateIndicatorInput!) {
    createIndicator(input: $input) {
      ...IndicatorFields
    }
  }
`);

export const UpdateIndicatorMutationDocument = graphql(`
  mutation UpdateIndicator($input: UpdateIndicatorInput!) {
    updateIndicator(input: $input) {
      ...IndicatorFields
    }
  }
`);

export const ArchiveIndicatorMutationDocument = graphql(`
  mutation ArchiveIndicator($input: IndicatorIdInput!) {
    archiveIndicator(input: $input) {
      ...IndicatorFields
    }
  }
`);

export const RestoreIndicatorMutationDocument = graphql(`
  mutation RestoreIndicator($input: IndicatorIdInput!) {
    restoreIndicator(input: $input) {
      ...IndicatorFields
    }
  }
`);

export const DeleteIndicatorMutationDocument = graphql(`
  mutation DeleteIndicator($input: IndicatorIdInput!) {
    deleteIndicator(input: $input) {
      id
      name
    }
  }
`);

export const SetTargetMutationDocument = graphql(`
  mutation SetTarget($input: SetTargetInput!) {
    setTarget(input: $input) {
      ...TargetFields
    }
  }
`);

export const DeleteTargetMutationDocument = graphql(`
  mutation DeleteTarget($input: TargetIdInput!) {
    deleteTarget(input: $input) {
      id
    }
  }
`);
