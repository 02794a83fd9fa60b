/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AuditEventFields on AuditEvent {\n    id\n    action\n    createdAt\n    entityId\n    entityType\n    summary\n    actor {\n      id\n      name\n    }\n    changes {\n      field\n      before\n      after\n    }\n  }\n": typeof types.AuditEventFieldsFragmentDoc,
    "\n  query AuditActions {\n    auditActions\n  }\n": typeof types.AuditActionsDocument,
    "\n  query AuditEvents($filter: AuditEventFilter!, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...AuditEventFields\n        }\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      name\n      email\n    }\n    memberships {\n      role\n      organisation {\n        id\n        name\n      }\n    }\n    organisation {\n      id\n      name\n    }\n    role\n    permissions\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  mutation SwitchOrganisation($input: SwitchOrganisationInput!) {\n    switchOrganisation(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SwitchOrganisationDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      accountExists\n      email\n      expiresAt\n      organisationName\n      role\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  fragment CommitmentFields on Commitment {\n    id\n    title\n    description\n    status\n    reviewDate\n    reviewWindowDays\n    indicatorIds\n    indicators {\n      id\n      code\n      name\n    }\n    ownerId\n    owner {\n      id\n      name\n    }\n    frameworkElement {\n      id\n      code\n      label\n    }\n    sayDoGap {\n      reason\n      message\n    }\n    lastActionOn\n    actionCount\n  }\n": typeof types.CommitmentFieldsFragmentDoc,
    "\n  fragment ActionEntryFields on ActionEntry {\n    id\n    sequence\n    occurredOn\n    whatWasDone\n    withWhom\n    observedEffect\n    nextStep\n    amendsId\n    amendedById\n    authorName\n    recordedAt\n    evidenceIds\n    evidence {\n      id\n      title\n      kind\n    }\n  }\n": typeof types.ActionEntryFieldsFragmentDoc,
    "\n  query Commitments {\n    commitments {\n      ...CommitmentFields\n    }\n  }\n": typeof types.CommitmentsDocument,
    "\n  query Commitment($id: ID!) {\n    commitment(id: $id) {\n      ...CommitmentFields\n      actions {\n        ...ActionEntryFields\n      }\n    }\n  }\n": typeof types.CommitmentDocument,
    "\n  query CommitmentFormOptions {\n    frameworks {\n      id\n      code\n      name\n      elements {\n        id\n        code\n        label\n      }\n    }\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n    indicators {\n      id\n      code\n      name\n    }\n  }\n": typeof types.CommitmentFormOptionsDocument,
    "\n  query ActionEvidenceOptions {\n    evidenceItems(first: 100) {\n      edges {\n        node {\n          id\n          title\n          kind\n          occurredOn\n        }\n      }\n    }\n  }\n": typeof types.ActionEvidenceOptionsDocument,
    "\n  mutation CreateCommitment($input: CreateCommitmentInput!) {\n    createCommitment(input: $input) {\n      ...CommitmentFields\n    }\n  }\n": typeof types.CreateCommitmentDocument,
    "\n  mutation UpdateCommitment($input: UpdateCommitmentInput!) {\n    updateCommitment(input: $input) {\n      ...CommitmentFields\n    }\n  }\n": typeof types.UpdateCommitmentDocument,
    "\n  mutation DeleteCommitment($input: DeleteCommitmentInput!) {\n    deleteCommitment(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteCommitmentDocument,
    "\n  mutation AppendAction($input: AppendActionInput!) {\n    appendAction(input: $input) {\n      ...ActionEntryFields\n    }\n  }\n": typeof types.AppendActionDocument,
    "\n  mutation AmendAction($input: AmendActionInput!) {\n    amendAction(input: $input) {\n      ...ActionEntryFields\n    }\n  }\n": typeof types.AmendActionDocument,
    "\n  query VerifyActionLog {\n    verifyActionLog {\n      ok\n      checkedCount\n      verifiedAt\n      firstBreak {\n        sequence\n        entryId\n        reason\n        message\n      }\n    }\n  }\n": typeof types.VerifyActionLogDocument,
    "\n  query DevMailboxEnabled {\n    devMailboxEnabled\n  }\n": typeof types.DevMailboxEnabledDocument,
    "\n  query DevMailbox($first: Int!) {\n    devMailbox(first: $first) {\n      id\n      to\n      subject\n      text\n      links\n      receivedAt\n    }\n  }\n": typeof types.DevMailboxDocument,
    "\n  fragment EvidenceFields on Evidence {\n    id\n    kind\n    title\n    body\n    occurredOn\n    consentStatus\n    consentGivenBy\n    consentGivenOn\n    consentNote\n    publishable\n    isDraft\n    file {\n      name\n      contentType\n      byteSize\n      url\n      isImage\n    }\n    frameworkElements {\n      id\n      code\n      label\n    }\n    programmes {\n      id\n      name\n    }\n    sessions {\n      id\n      title\n      date\n      programmeName\n    }\n  }\n": typeof types.EvidenceFieldsFragmentDoc,
    "\n  query EvidenceItems($filter: EvidenceFilterInput, $first: Int!, $after: String) {\n    evidenceItems(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...EvidenceFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.EvidenceItemsDocument,
    "\n  query EvidenceTagOptions {\n    frameworks {\n      id\n      code\n      name\n      elements {\n        id\n        code\n        label\n      }\n    }\n    programmes(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.EvidenceTagOptionsDocument,
    "\n  mutation CreateEvidence($input: CreateEvidenceInput!) {\n    createEvidence(input: $input) {\n      ...EvidenceFields\n    }\n  }\n": typeof types.CreateEvidenceDocument,
    "\n  mutation UpdateEvidence($input: UpdateEvidenceInput!) {\n    updateEvidence(input: $input) {\n      ...EvidenceFields\n    }\n  }\n": typeof types.UpdateEvidenceDocument,
    "\n  mutation DeleteEvidence($input: DeleteEvidenceInput!) {\n    deleteEvidence(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteEvidenceDocument,
    "\n  fragment ActivityImportSummaryFields on ActivityImport {\n    id\n    filename\n    format\n    byteSize\n    status\n    createdAt\n    committedAt\n    createdBy {\n      id\n      name\n    }\n    summary {\n      sessions\n      dateFrom\n      dateTo\n    }\n  }\n": typeof types.ActivityImportSummaryFieldsFragmentDoc,
    "\n  fragment ActivityImportFields on ActivityImport {\n    id\n    filename\n    format\n    byteSize\n    status\n    processedRows\n    totalRows\n    progress\n    headers\n    columns {\n      column\n      field\n      suggested\n      remembered\n    }\n    targetFields {\n      field\n      label\n      required\n      description\n    }\n    mappingProblems {\n      field\n      message\n    }\n    errorCount\n    errors {\n      row\n      column\n      field\n      value\n      message\n    }\n    summary {\n      rows\n      sessions\n      attendanceCells\n      attendances\n      duplicates\n      newProgrammes\n      newPartners\n      newSites\n      estimatedCounts\n      dateFrom\n      dateTo\n      skippedRows\n      sessionsCreated\n      attendancesCreated\n    }\n    preview {\n      row\n      date\n      startTime\n      durationMinutes\n      status\n      programme\n      sessionType\n      format\n      deliveryMode\n      venue\n      partner\n      partnerType\n      partnerUrn\n      postcode\n      keyStage\n      pupils\n      adults\n      otherParticipants\n      estimated\n      firstVisit\n      notes\n      attendances\n      duplicate\n    }\n    failureMessage\n    createdAt\n    committedAt\n  }\n": typeof types.ActivityImportFieldsFragmentDoc,
    "\n  query ActivityImport($id: ID!) {\n    activityImport(id: $id) {\n      ...ActivityImportFields\n    }\n  }\n": typeof types.ActivityImportDocument,
    "\n  query ActivityImports($first: Int!, $after: String) {\n    activityImports(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ActivityImportSummaryFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.ActivityImportsDocument,
    "\n  mutation SetImportMapping($input: SetImportMappingInput!) {\n    setImportMapping(input: $input) {\n      ...ActivityImportFields\n    }\n  }\n": typeof types.SetImportMappingDocument,
    "\n  mutation CommitImport($input: CommitImportInput!) {\n    commitImport(input: $input) {\n      ...ActivityImportFields\n    }\n  }\n": typeof types.CommitImportDocument,
    "\n  mutation DiscardImport($input: DiscardImportInput!) {\n    discardImport(input: $input) {\n      id\n      filename\n    }\n  }\n": typeof types.DiscardImportDocument,
    "\n  fragment IndicatorFields on Indicator {\n    id\n    code\n    name\n    definition\n    type\n    source\n    unit\n    direction\n    cumulativeClass\n    allowedDisaggregations\n    frameworkElements {\n      id\n      code\n      label\n      frameworkId\n      position\n    }\n    owner {\n      id\n      name\n    }\n    surveyStatistic\n    surveyItemCode\n    surveyId\n    archived\n    editable\n  }\n": typeof types.IndicatorFieldsFragmentDoc,
    "\n  fragment ScopeFields on Scope {\n    kind\n    id\n    label\n  }\n": typeof types.ScopeFieldsFragmentDoc,
    "\n  fragment TargetFields on Target {\n    id\n    scope {\n      ...ScopeFields\n    }\n    period {\n      type\n      key\n      label\n      start\n      end\n    }\n    targetValue\n    baselineValue\n    baselineLabel\n    greenThreshold\n    amberThreshold\n    note\n    updatedAt\n  }\n": typeof types.TargetFieldsFragmentDoc,
    "\n  query Indicators($filter: IndicatorFilterInput) {\n    indicators(filter: $filter) {\n      ...IndicatorFields\n    }\n  }\n": typeof types.IndicatorsDocument,
    "\n  query Indicator($id: ID!) {\n    indicator(id: $id) {\n      ...IndicatorFields\n    }\n  }\n": typeof types.IndicatorDocument,
    "\n  query IndicatorTargets($indicatorId: ID!) {\n    targets(indicatorId: $indicatorId) {\n      ...TargetFields\n    }\n  }\n": typeof types.IndicatorTargetsDocument,
    "\n  fragment IndicatorValueFields on IndicatorValue {\n    indicator {\n      id\n    }\n    period {\n      type\n      key\n      label\n      start\n      end\n    }\n    scope {\n      ...ScopeFields\n    }\n    value\n    n\n    ciLow\n    ciHigh\n    benchmark\n    disaggregation\n    cells {\n      key\n      label\n      value\n      n\n      suppressed\n    }\n    target {\n      ...TargetFields\n    }\n    rag\n    note\n  }\n": typeof types.IndicatorValueFieldsFragmentDoc,
    "\n  query IndicatorValues(\n    $period: PeriodInput!\n    $scope: ScopeInput\n    $indicatorIds: [ID!]\n    $disaggregation: Disaggregation\n  ) {\n    indicatorValues(\n      period: $period\n      scope: $scope\n      indicatorIds: $indicatorIds\n      disaggregation: $disaggregation\n    ) {\n      ...IndicatorValueFields\n    }\n  }\n": typeof types.IndicatorValuesDocument,
    "\n  query IndicatorOptions {\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n    frameworks {\n      id\n      code\n      name\n      elements {\n        id\n        code\n        label\n        frameworkId\n        position\n      }\n    }\n  }\n": typeof types.IndicatorOptionsDocument,
    "\n  query ScopeOptions($withProgrammes: Boolean!) {\n    organisation {\n      id\n      name\n      sites {\n        id\n        name\n      }\n    }\n    programmes(first: 100) @include(if: $withProgrammes) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ScopeOptionsDocument,
    "\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n": typeof types.CreateIndicatorDocument,
    "\n  mutation UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n": typeof types.UpdateIndicatorDocument,
    "\n  mutation ArchiveIndicator($input: IndicatorIdInput!) {\n    archiveIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n": typeof types.ArchiveIndicatorDocument,
    "\n  mutation RestoreIndicator($input: IndicatorIdInput!) {\n    restoreIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n": typeof types.RestoreIndicatorDocument,
    "\n  mutation DeleteIndicator($input: IndicatorIdInput!) {\n    deleteIndicator(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.DeleteIndicatorDocument,
    "\n  mutation SetTarget($input: SetTargetInput!) {\n    setTarget(input: $input) {\n      ...TargetFields\n    }\n  }\n": typeof types.SetTargetDocument,
    "\n  mutation DeleteTarget($input: TargetIdInput!) {\n    deleteTarget(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteTargetDocument,
    "\n  fragment DeprivationLookupFields on DeprivationLookup {\n    id\n    indexVersion\n    rowCount\n    sourceFilename\n    loadedAt\n    active\n    loadedBy {\n      id\n      name\n    }\n  }\n": typeof types.DeprivationLookupFieldsFragmentDoc,
    "\n  query DeprivationLookups {\n    deprivationLookups {\n      ...DeprivationLookupFields\n    }\n    organisation {\n      id\n      deprivationIndex\n    }\n  }\n": typeof types.DeprivationLookupsDocument,
    "\n  query DeprivationDecile($postcode: String!) {\n    deprivationDecile(postcode: $postcode) {\n      postcode\n      areaCode\n      decile\n      indexVersion\n    }\n  }\n": typeof types.DeprivationDecileDocument,
    "\n  mutation DeleteDeprivationLookup($input: DeleteDeprivationLookupInput!) {\n    deleteDeprivationLookup(input: $input) {\n      id\n      indexVersion\n    }\n  }\n": typeof types.DeleteDeprivationLookupDocument,
    "\n  mutation SetDeprivationIndex($input: SetDeprivationIndexInput!) {\n    setDeprivationIndex(input: $input) {\n      id\n      deprivationIndex\n    }\n  }\n": typeof types.SetDeprivationIndexDocument,
    "\n  query ManifestoCoverage($period: PeriodInput!) {\n    manifestoCoverage(period: $period) {\n      period {\n        key\n        label\n        start\n        end\n      }\n      actionsFrom\n      actionsUntil\n      principles {\n        principle {\n          id\n          code\n          label\n        }\n        activeCommitments\n        actionsLast90Days\n        programmesTagged\n        sessionsTagged\n        evidenceItems\n        indicatorsWithResults\n      }\n    }\n  }\n": typeof types.ManifestoCoverageDocument,
    "\n  fragment MemberFields on Member {\n    id\n    isYou\n    joinedAt\n    role\n    user {\n      id\n      name\n      email\n    }\n  }\n": typeof types.MemberFieldsFragmentDoc,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    status\n    createdAt\n    expiresAt\n    lastSentAt\n    invitedBy {\n      id\n      name\n    }\n  }\n": typeof types.InvitationFieldsFragmentDoc,
    "\n  query Members {\n    members {\n      ...MemberFields\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query Invitations {\n    invitations {\n      ...InvitationFields\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      ...MemberFields\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      id\n    }\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...InvitationFields\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation ResendInvitation($input: InvitationIdInput!) {\n    resendInvitation(input: $input) {\n      ...InvitationFields\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($input: InvitationIdInput!) {\n    revokeInvitation(input: $input) {\n      ...InvitationFields\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  fragment SiteFields on Site {\n    id\n    name\n    type\n    postcode\n    createdAt\n  }\n": typeof types.SiteFieldsFragmentDoc,
    "\n  fragment OrganisationSettingsFields on Organisation {\n    id\n    name\n    kind\n    nation\n    financialYearStartMonth\n    academicYearStartMonth\n    smallCellThreshold\n    timeZone\n    updatedAt\n  }\n": typeof types.OrganisationSettingsFieldsFragmentDoc,
    "\n  query OrganisationSettings {\n    organisation {\n      ...OrganisationSettingsFields\n      sites {\n        ...SiteFields\n      }\n    }\n  }\n": typeof types.OrganisationSettingsDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      ...OrganisationSettingsFields\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  mutation CreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      ...SiteFields\n    }\n  }\n": typeof types.CreateSiteDocument,
    "\n  mutation UpdateSite($input: UpdateSiteInput!) {\n    updateSite(input: $input) {\n      ...SiteFields\n    }\n  }\n": typeof types.UpdateSiteDocument,
    "\n  mutation DeleteSite($input: DeleteSiteInput!) {\n    deleteSite(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteSiteDocument,
    "\n  fragment PartnerFields on Partner {\n    id\n    name\n    type\n    urn\n    postcode\n    deprivationDecile\n    deprivationIndex\n    notes\n    firstEngagement\n    lastEngagement\n    sessionCount\n  }\n": typeof types.PartnerFieldsFragmentDoc,
    "\n  query Partners($filter: PartnerFilterInput, $first: Int!, $after: String) {\n    partners(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PartnerFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.PartnersDocument,
    "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      ...PartnerFields\n    }\n  }\n": typeof types.CreatePartnerDocument,
    "\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      ...PartnerFields\n    }\n  }\n": typeof types.UpdatePartnerDocument,
    "\n  mutation DeletePartner($input: DeletePartnerInput!) {\n    deletePartner(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.DeletePartnerDocument,
    "\n  query PeriodSettings {\n    organisation {\n      id\n      financialYearStartMonth\n      academicYearStartMonth\n      timeZone\n      smallCellThreshold\n    }\n  }\n": typeof types.PeriodSettingsDocument,
    "\n  fragment ProgrammeSummaryFields on Programme {\n    id\n    name\n    strand\n    status\n    startDate\n    endDate\n    lead {\n      id\n      name\n    }\n  }\n": typeof types.ProgrammeSummaryFieldsFragmentDoc,
    "\n  fragment ProgrammeFields on Programme {\n    ...ProgrammeSummaryFields\n    aims\n    targetAudiences\n    updatedAt\n    sites {\n      id\n      name\n    }\n    frameworkElements {\n      id\n      code\n      label\n      frameworkId\n      position\n    }\n    funders {\n      name\n      grantReference\n      amountPence\n      periodStart\n      periodEnd\n    }\n    plan {\n      periodStart\n      periodEnd\n      plannedSessions\n      plannedReach\n    }\n  }\n": typeof types.ProgrammeFieldsFragmentDoc,
    "\n  query Programmes($filter: ProgrammeFilterInput!, $first: Int!, $after: String) {\n    programmes(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...ProgrammeSummaryFields\n        }\n      }\n    }\n  }\n": typeof types.ProgrammesDocument,
    "\n  query Programme($id: ID!) {\n    programme(id: $id) {\n      ...ProgrammeFields\n    }\n  }\n": typeof types.ProgrammeDocument,
    "\n  query ProgrammeContext {\n    organisation {\n      id\n      financialYearStartMonth\n    }\n    frameworks {\n      id\n      code\n      name\n    }\n  }\n": typeof types.ProgrammeContextDocument,
    "\n  query ProgrammeFormOptions {\n    organisation {\n      id\n      financialYearStartMonth\n      sites {\n        id\n        name\n      }\n    }\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n    frameworks {\n      id\n      code\n      name\n      elements {\n        id\n        code\n        label\n        frameworkId\n        position\n      }\n    }\n  }\n": typeof types.ProgrammeFormOptionsDocument,
    "\n  mutation CreateProgramme($input: CreateProgrammeInput!) {\n    createProgramme(input: $input) {\n      ...ProgrammeFields\n    }\n  }\n": typeof types.CreateProgrammeDocument,
    "\n  mutation UpdateProgramme($input: UpdateProgrammeInput!) {\n    updateProgramme(input: $input) {\n      ...ProgrammeFields\n    }\n  }\n": typeof types.UpdateProgrammeDocument,
    "\n  mutation DeleteProgramme($input: DeleteProgrammeInput!) {\n    deleteProgramme(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.DeleteProgrammeDocument,
    "\n  fragment ResultFields on IndicatorResult {\n    id\n    indicator {\n      id\n    }\n    scope {\n      ...ScopeFields\n    }\n    period {\n      key\n      label\n    }\n    disaggregation\n    cellKey\n    cellLabel\n    value\n    n\n    suppressed\n    status\n    commentary\n    enteredBy {\n      id\n      name\n    }\n    approvedBy {\n      id\n      name\n    }\n    approvedAt\n    updatedAt\n  }\n": typeof types.ResultFieldsFragmentDoc,
    "\n  fragment PeriodLockFields on PeriodLock {\n    id\n    period {\n      type\n      key\n      label\n      start\n      end\n    }\n    reason\n    lockedBy {\n      id\n      name\n    }\n    lockedAt\n  }\n": typeof types.PeriodLockFieldsFragmentDoc,
    "\n  query ResultsPage($period: PeriodInput!, $scope: ScopeInput) {\n    indicatorValues(period: $period, scope: $scope) {\n      ...IndicatorValueFields\n      indicator {\n        ...IndicatorFields\n      }\n    }\n    results(period: $period, scope: $scope) {\n      ...ResultFields\n    }\n    periodLocks {\n      ...PeriodLockFields\n    }\n  }\n": typeof types.ResultsPageDocument,
    "\n  mutation SaveResult($input: SaveResultInput!) {\n    saveResult(input: $input) {\n      ...ResultFields\n    }\n  }\n": typeof types.SaveResultDocument,
    "\n  mutation RecordComputedResults($input: RecordComputedResultsInput!) {\n    recordComputedResults(input: $input) {\n      ...ResultFields\n    }\n  }\n": typeof types.RecordComputedResultsDocument,
    "\n  mutation ApproveResults($input: ResultIdsInput!) {\n    approveResults(input: $input) {\n      ...ResultFields\n    }\n  }\n": typeof types.ApproveResultsDocument,
    "\n  mutation DeleteResult($input: ResultIdInput!) {\n    deleteResult(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteResultDocument,
    "\n  mutation LockPeriod($input: LockPeriodInput!) {\n    lockPeriod(input: $input) {\n      ...PeriodLockFields\n    }\n  }\n": typeof types.LockPeriodDocument,
    "\n  mutation UnlockPeriod($input: UnlockPeriodInput!) {\n    unlockPeriod(input: $input) {\n      ...PeriodLockFields\n    }\n  }\n": typeof types.UnlockPeriodDocument,
    "\n  fragment SessionSummaryFields on Session {\n    id\n    title\n    date\n    startTime\n    format\n    deliveryMode\n    status\n    attendanceTotal\n    hasEstimates\n    outreachPostcode\n    onlinePlatform\n    programme {\n      id\n      name\n    }\n    site {\n      id\n      name\n    }\n    partners {\n      id\n      name\n    }\n  }\n": typeof types.SessionSummaryFieldsFragmentDoc,
    "\n  fragment SessionFields on Session {\n    ...SessionSummaryFields\n    durationMinutes\n    coDesigned\n    participationDepth\n    objectsUsed\n    notes\n    deprivationDecile\n    deprivationIndex\n    createdAt\n    updatedAt\n    createdBy {\n      id\n      name\n    }\n    partners {\n      id\n      name\n      type\n    }\n    facilitators {\n      type\n      name\n      user {\n        id\n        name\n      }\n    }\n    frameworkElements {\n      id\n      code\n      label\n      frameworkId\n      position\n    }\n    attendance {\n      id\n      audienceType\n      ageBand\n      keyStage\n      count\n      countKind\n      firstTime\n      send\n      deprivationDecile\n      deprivationIndex\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  query Sessions($filter: SessionFilterInput!, $first: Int!, $after: String) {\n    sessions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalAttendance\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...SessionSummaryFields\n        }\n      }\n    }\n  }\n": typeof types.SessionsDocument,
    "\n  query Session($id: ID!) {\n    session(id: $id) {\n      ...SessionFields\n    }\n  }\n": typeof types.SessionDocument,
    "\n  query SessionDefaults($programmeId: ID!) {\n    sessionDefaults(programmeId: $programmeId) {\n      programmeId\n      date\n      startTime\n      durationMinutes\n      format\n      deliveryMode\n      siteId\n      partnerIds\n      partners {\n        id\n        name\n        type\n      }\n      fromSessionId\n      facilitators {\n        type\n        name\n        user {\n          id\n          name\n        }\n      }\n      attendance {\n        audienceType\n        ageBand\n        keyStage\n        count\n        countKind\n        firstTime\n        send\n        deprivationDecile\n        deprivationIndex\n      }\n    }\n  }\n": typeof types.SessionDefaultsDocument,
    "\n  mutation LogSession($input: LogSessionInput!) {\n    logSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.LogSessionDocument,
    "\n  mutation UpdateSession($input: UpdateSessionInput!) {\n    updateSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.UpdateSessionDocument,
    "\n  mutation DeleteSession($input: DeleteSessionInput!) {\n    deleteSession(input: $input) {\n      id\n      date\n      programme {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DeleteSessionDocument,
    "\n  query SessionFormOptions {\n    organisation {\n      id\n      timeZone\n      sites {\n        id\n        name\n      }\n    }\n    programmes(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          status\n        }\n      }\n    }\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n    frameworks {\n      id\n      code\n      name\n      elements {\n        id\n        code\n        label\n        position\n      }\n    }\n  }\n": typeof types.SessionFormOptionsDocument,
    "\n  query PartnerOptions($filter: PartnerFilterInput, $first: Int!) {\n    partners(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          type\n        }\n      }\n    }\n  }\n": typeof types.PartnerOptionsDocument,
    "\n  query SessionFilterOptions {\n    organisation {\n      id\n      sites {\n        id\n        name\n      }\n    }\n    programmes(first: 100) {\n      edges {\n        node {\n          id\n          name\n          status\n        }\n      }\n    }\n  }\n": typeof types.SessionFilterOptionsDocument,
    "\n  fragment SurveyFields on Survey {\n    id\n    title\n    intro\n    kind\n    status\n    itemCodes\n    closesAt\n    offersFollowUp\n    followUpMonths\n    publicToken\n    programmeId\n    sessionId\n    responseCount\n    linkedTo {\n      kind\n      id\n      name\n    }\n    createdAt\n    updatedAt\n  }\n": typeof types.SurveyFieldsFragmentDoc,
    "\n  query Surveys($first: Int!, $after: String) {\n    surveys(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...SurveyFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.SurveysDocument,
    "\n  query Survey($id: ID!) {\n    survey(id: $id) {\n      ...SurveyFields\n    }\n  }\n": typeof types.SurveyDocument,
    "\n  query SurveyItemBank {\n    surveyItemBank {\n      code\n      bank\n      bankLabel\n      scale\n      label\n      statement\n      childStatement\n      lowerIsBetter\n    }\n  }\n": typeof types.SurveyItemBankDocument,
    "\n  query SurveyLinkOptions {\n    programmes(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    sessions(first: 100) {\n      edges {\n        node {\n          id\n          date\n          title\n          programme {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.SurveyLinkOptionsDocument,
    "\n  query SurveyResults($surveyId: ID!) {\n    surveyResults(surveyId: $surveyId) {\n      surveyId\n      responseCount\n      smallCellThreshold\n      waves {\n        wave\n        followUpMonths\n        n\n        suppressed\n      }\n      items {\n        itemCode\n        wave\n        followUpMonths\n        n\n        suppressed\n        mean\n        ciLow\n        ciHigh\n        shareAgreeing\n        nps\n        distribution {\n          value\n          n\n          suppressed\n        }\n      }\n      changes {\n        itemCode\n        n\n        suppressed\n        meanChange\n        ciLow\n        ciHigh\n        proportionImproved\n      }\n      comments {\n        itemCode\n        wave\n        text\n        date\n      }\n    }\n  }\n": typeof types.SurveyResultsDocument,
    "\n  query SurveyFollowUp($surveyId: ID!) {\n    surveyFollowUp(surveyId: $surveyId) {\n      surveyId\n      consented\n      withdrawn\n      waves {\n        months\n        invited\n        responded\n        pending\n        cancelled\n        responseRate\n        attrition\n        suppressed\n      }\n    }\n  }\n": typeof types.SurveyFollowUpDocument,
    "\n  query SurveyContacts($surveyId: ID!) {\n    surveyContacts(surveyId: $surveyId) {\n      id\n      email\n      givenBy\n      lawfulBasis\n      consentedAt\n      withdrawnAt\n      invitations {\n        months\n        status\n        dueOn\n      }\n    }\n  }\n": typeof types.SurveyContactsDocument,
    "\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n": typeof types.CreateSurveyDocument,
    "\n  mutation UpdateSurvey($input: UpdateSurveyInput!) {\n    updateSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n": typeof types.UpdateSurveyDocument,
    "\n  mutation OpenSurvey($input: SurveyIdInput!) {\n    openSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n": typeof types.OpenSurveyDocument,
    "\n  mutation CloseSurvey($input: SurveyIdInput!) {\n    closeSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n": typeof types.CloseSurveyDocument,
    "\n  mutation RegenerateSurveyLink($input: SurveyIdInput!) {\n    regenerateSurveyLink(input: $input) {\n      ...SurveyFields\n    }\n  }\n": typeof types.RegenerateSurveyLinkDocument,
    "\n  mutation DeleteSurvey($input: SurveyIdInput!) {\n    deleteSurvey(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteSurveyDocument,
    "\n  mutation WithdrawConsent($input: WithdrawConsentInput!) {\n    withdrawConsent(input: $input)\n  }\n": typeof types.WithdrawConsentDocument,
    "\n  query SystemStatus {\n    systemStatus {\n      version\n      environment\n      database {\n        ok\n        latencyMs\n      }\n      redis {\n        ok\n        latencyMs\n      }\n      queue {\n        waiting\n        active\n        failed\n        delayed\n        workers\n      }\n    }\n  }\n": typeof types.SystemStatusDocument,
    "\n  fragment WorkerCheckFields on WorkerCheck {\n    id\n    status\n    note\n    requestedAt\n    startedAt\n    completedAt\n    roundTripMs\n    workerHost\n    databaseVersion\n    error\n  }\n": typeof types.WorkerCheckFieldsFragmentDoc,
    "\n  query WorkerChecks($first: Int!, $after: String) {\n    workerChecks(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...WorkerCheckFields\n        }\n      }\n    }\n  }\n": typeof types.WorkerChecksDocument,
    "\n  mutation RequestWorkerCheck($input: RequestWorkerCheckInput!) {\n    requestWorkerCheck(input: $input) {\n      ...WorkerCheckFields\n    }\n  }\n": typeof types.RequestWorkerCheckDocument,
};
const documents: Documents = {
    "\n  fragment AuditEventFields on AuditEvent {\n    id\n    action\n    createdAt\n    entityId\n    entityType\n    summary\n    actor {\n      id\n      name\n    }\n    changes {\n      field\n      before\n      after\n    }\n  }\n": types.AuditEventFieldsFragmentDoc,
    "\n  query AuditActions {\n    auditActions\n  }\n": types.AuditActionsDocument,
    "\n  query AuditEvents($filter: AuditEventFilter!, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...AuditEventFields\n        }\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      name\n      email\n    }\n    memberships {\n      role\n      organisation {\n        id\n        name\n      }\n    }\n    organisation {\n      id\n      name\n    }\n    role\n    permissions\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  mutation SwitchOrganisation($input: SwitchOrganisationInput!) {\n    switchOrganisation(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.SwitchOrganisationDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      accountExists\n      email\n      expiresAt\n      organisationName\n      role\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  fragment CommitmentFields on Commitment {\n    id\n    title\n    description\n    status\n    reviewDate\n    reviewWindowDays\n    indicatorIds\n    indicators {\n      id\n      code\n      name\n    }\n    ownerId\n    owner {\n      id\n      name\n    }\n    frameworkElement {\n      id\n      code\n      label\n    }\n    sayDoGap {\n      reason\n      message\n    }\n    lastActionOn\n    actionCount\n  }\n": types.CommitmentFieldsFragmentDoc,
    "\n  fragment ActionEntryFields on ActionEntry {\n    id\n    sequence\n    occurredOn\n    whatWasDone\n    withWhom\n    observedEffect\n    nextStep\n    amendsId\n    amendedById\n    authorName\n    recordedAt\n    evidenceIds\n    evidence {\n      id\n      title\n      kind\n    }\n  }\n": types.ActionEntryFieldsFragmentDoc,
    "\n  query Commitments {\n    commitments {\n      ...CommitmentFields\n    }\n  }\n": types.CommitmentsDocument,
    "\n  query Commitment($id: ID!) {\n    commitment(id: $id) {\n      ...CommitmentFields\n      actions {\n        ...ActionEntryFields\n      }\n    }\n  }\n": types.CommitmentDocument,
    "\n  query CommitmentFormOptions {\n    frameworks {\n      id\n      code\n      name\n      elements {\n        id\n        code\n        label\n      }\n    }\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n    indicators {\n      id\n      code\n      name\n    }\n  }\n": types.CommitmentFormOptionsDocument,
    "\n  query ActionEvidenceOptions {\n    evidenceItems(first: 100) {\n      edges {\n        node {\n          id\n          title\n          kind\n          occurredOn\n        }\n      }\n    }\n  }\n": types.ActionEvidenceOptionsDocument,
    "\n  mutation CreateCommitment($input: CreateCommitmentInput!) {\n    createCommitment(input: $input) {\n      ...CommitmentFields\n    }\n  }\n": types.CreateCommitmentDocument,
    "\n  mutation UpdateCommitment($input: UpdateCommitmentInput!) {\n    updateCommitment(input: $input) {\n      ...CommitmentFields\n    }\n  }\n": types.UpdateCommitmentDocument,
    "\n  mutation DeleteCommitment($input: DeleteCommitmentInput!) {\n    deleteCommitment(input: $input) {\n      id\n    }\n  }\n": types.DeleteCommitmentDocument,
    "\n  mutation AppendAction($input: AppendActionInput!) {\n    appendAction(input: $input) {\n      ...ActionEntryFields\n    }\n  }\n": types.AppendActionDocument,
    "\n  mutation AmendAction($input: AmendActionInput!) {\n    amendAction(input: $input) {\n      ...ActionEntryFields\n    }\n  }\n": types.AmendActionDocument,
    "\n  query VerifyActionLog {\n    verifyActionLog {\n      ok\n      checkedCount\n      verifiedAt\n      firstBreak {\n        sequence\n        entryId\n        reason\n        message\n      }\n    }\n  }\n": types.VerifyActionLogDocument,
    "\n  query DevMailboxEnabled {\n    devMailboxEnabled\n  }\n": types.DevMailboxEnabledDocument,
    "\n  query DevMailbox($first: Int!) {\n    devMailbox(first: $first) {\n      id\n      to\n      subject\n      text\n      links\n      receivedAt\n    }\n  }\n": types.DevMailboxDocument,
    "\n  fragment EvidenceFields on Evidence {\n    id\n    kind\n    title\n    body\n    occurredOn\n    consentStatus\n    consentGivenBy\n    consentGivenOn\n    consentNote\n    publishable\n    isDraft\n    file {\n      name\n      contentType\n      byteSize\n      url\n      isImage\n    }\n    frameworkElements {\n      id\n      code\n      label\n    }\n    programmes {\n      id\n      name\n    }\n    sessions {\n      id\n      title\n      date\n      programmeName\n    }\n  }\n": types.EvidenceFieldsFragmentDoc,
    "\n  query EvidenceItems($filter: EvidenceFilterInput, $first: Int!, $after: String) {\n    evidenceItems(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...EvidenceFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.EvidenceItemsDocument,
    "\n  query EvidenceTagOptions {\n    frameworks {\n      id\n      code\n      name\n      elements {\n        id\n        code\n        label\n      }\n    }\n    programmes(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.EvidenceTagOptionsDocument,
    "\n  mutation CreateEvidence($input: CreateEvidenceInput!) {\n    createEvidence(input: $input) {\n      ...EvidenceFields\n    }\n  }\n": types.CreateEvidenceDocument,
    "\n  mutation UpdateEvidence($input: UpdateEvidenceInput!) {\n    updateEvidence(input: $input) {\n      ...EvidenceFields\n    }\n  }\n": types.UpdateEvidenceDocument,
    "\n  mutation DeleteEvidence($input: DeleteEvidenceInput!) {\n    deleteEvidence(input: $input) {\n      id\n    }\n  }\n": types.DeleteEvidenceDocument,
    "\n  fragment ActivityImportSummaryFields on ActivityImport {\n    id\n    filename\n    format\n    byteSize\n    status\n    createdAt\n    committedAt\n    createdBy {\n      id\n      name\n    }\n    summary {\n      sessions\n      dateFrom\n      dateTo\n    }\n  }\n": types.ActivityImportSummaryFieldsFragmentDoc,
    "\n  fragment ActivityImportFields on ActivityImport {\n    id\n    filename\n    format\n    byteSize\n    status\n    processedRows\n    totalRows\n    progress\n    headers\n    columns {\n      column\n      field\n      suggested\n      remembered\n    }\n    targetFields {\n      field\n      label\n      required\n      description\n    }\n    mappingProblems {\n      field\n      message\n    }\n    errorCount\n    errors {\n      row\n      column\n      field\n      value\n      message\n    }\n    summary {\n      rows\n      sessions\n      attendanceCells\n      attendances\n      duplicates\n      newProgrammes\n      newPartners\n      newSites\n      estimatedCounts\n      dateFrom\n      dateTo\n      skippedRows\n      sessionsCreated\n      attendancesCreated\n    }\n    preview {\n      row\n      date\n      startTime\n      durationMinutes\n      status\n      programme\n      sessionType\n      format\n      deliveryMode\n      venue\n      partner\n      partnerType\n      partnerUrn\n      postcode\n      keyStage\n      pupils\n      adults\n      otherParticipants\n      estimated\n      firstVisit\n      notes\n      attendances\n      duplicate\n    }\n    failureMessage\n    createdAt\n    committedAt\n  }\n": types.ActivityImportFieldsFragmentDoc,
    "\n  query ActivityImport($id: ID!) {\n    activityImport(id: $id) {\n      ...ActivityImportFields\n    }\n  }\n": types.ActivityImportDocument,
    "\n  query ActivityImports($first: Int!, $after: String) {\n    activityImports(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ActivityImportSummaryFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.ActivityImportsDocument,
    "\n  mutation SetImportMapping($input: SetImportMappingInput!) {\n    setImportMapping(input: $input) {\n      ...ActivityImportFields\n    }\n  }\n": types.SetImportMappingDocument,
    "\n  mutation CommitImport($input: CommitImportInput!) {\n    commitImport(input: $input) {\n      ...ActivityImportFields\n    }\n  }\n": types.CommitImportDocument,
    "\n  mutation DiscardImport($input: DiscardImportInput!) {\n    discardImport(input: $input) {\n      id\n      filename\n    }\n  }\n": types.DiscardImportDocument,
    "\n  fragment IndicatorFields on Indicator {\n    id\n    code\n    name\n    definition\n    type\n    source\n    unit\n    direction\n    cumulativeClass\n    allowedDisaggregations\n    frameworkElements {\n      id\n      code\n      label\n      frameworkId\n      position\n    }\n    owner {\n      id\n      name\n    }\n    surveyStatistic\n    surveyItemCode\n    surveyId\n    archived\n    editable\n  }\n": types.IndicatorFieldsFragmentDoc,
    "\n  fragment ScopeFields on Scope {\n    kind\n    id\n    label\n  }\n": types.ScopeFieldsFragmentDoc,
    "\n  fragment TargetFields on Target {\n    id\n    scope {\n      ...ScopeFields\n    }\n    period {\n      type\n      key\n      label\n      start\n      end\n    }\n    targetValue\n    baselineValue\n    baselineLabel\n    greenThreshold\n    amberThreshold\n    note\n    updatedAt\n  }\n": types.TargetFieldsFragmentDoc,
    "\n  query Indicators($filter: IndicatorFilterInput) {\n    indicators(filter: $filter) {\n      ...IndicatorFields\n    }\n  }\n": types.IndicatorsDocument,
    "\n  query Indicator($id: ID!) {\n    indicator(id: $id) {\n      ...IndicatorFields\n    }\n  }\n": types.IndicatorDocument,
    "\n  query IndicatorTargets($indicatorId: ID!) {\n    targets(indicatorId: $indicatorId) {\n      ...TargetFields\n    }\n  }\n": types.IndicatorTargetsDocument,
    "\n  fragment IndicatorValueFields on IndicatorValue {\n    indicator {\n      id\n    }\n    period {\n      type\n      key\n      label\n      start\n      end\n    }\n    scope {\n      ...ScopeFields\n    }\n    value\n    n\n    ciLow\n    ciHigh\n    benchmark\n    disaggregation\n    cells {\n      key\n      label\n      value\n      n\n      suppressed\n    }\n    target {\n      ...TargetFields\n    }\n    rag\n    note\n  }\n": types.IndicatorValueFieldsFragmentDoc,
    "\n  query IndicatorValues(\n    $period: PeriodInput!\n    $scope: ScopeInput\n    $indicatorIds: [ID!]\n    $disaggregation: Disaggregation\n  ) {\n    indicatorValues(\n      period: $period\n      scope: $scope\n      indicatorIds: $indicatorIds\n      disaggregation: $disaggregation\n    ) {\n      ...IndicatorValueFields\n    }\n  }\n": types.IndicatorValuesDocument,
    "\n  query IndicatorOptions {\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n    frameworks {\n      id\n      code\n      name\n      elements {\n        id\n        code\n        label\n        frameworkId\n        position\n      }\n    }\n  }\n": types.IndicatorOptionsDocument,
    "\n  query ScopeOptions($withProgrammes: Boolean!) {\n    organisation {\n      id\n      name\n      sites {\n        id\n        name\n      }\n    }\n    programmes(first: 100) @include(if: $withProgrammes) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ScopeOptionsDocument,
    "\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n": types.CreateIndicatorDocument,
    "\n  mutation UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n": types.UpdateIndicatorDocument,
    "\n  mutation ArchiveIndicator($input: IndicatorIdInput!) {\n    archiveIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n": types.ArchiveIndicatorDocument,
    "\n  mutation RestoreIndicator($input: IndicatorIdInput!) {\n    restoreIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n": types.RestoreIndicatorDocument,
    "\n  mutation DeleteIndicator($input: IndicatorIdInput!) {\n    deleteIndicator(input: $input) {\n      id\n      name\n    }\n  }\n": types.DeleteIndicatorDocument,
    "\n  mutation SetTarget($input: SetTargetInput!) {\n    setTarget(input: $input) {\n      ...TargetFields\n    }\n  }\n": types.SetTargetDocument,
    "\n  mutation DeleteTarget($input: TargetIdInput!) {\n    deleteTarget(input: $input) {\n      id\n    }\n  }\n": types.DeleteTargetDocument,
    "\n  fragment DeprivationLookupFields on DeprivationLookup {\n    id\n    indexVersion\n    rowCount\n    sourceFilename\n    loadedAt\n    active\n    loadedBy {\n      id\n      name\n    }\n  }\n": types.DeprivationLookupFieldsFragmentDoc,
    "\n  query DeprivationLookups {\n    deprivationLookups {\n      ...DeprivationLookupFields\n    }\n    organisation {\n      id\n      deprivationIndex\n    }\n  }\n": types.DeprivationLookupsDocument,
    "\n  query DeprivationDecile($postcode: String!) {\n    deprivationDecile(postcode: $postcode) {\n      postcode\n      areaCode\n      decile\n      indexVersion\n    }\n  }\n": types.DeprivationDecileDocument,
    "\n  mutation DeleteDeprivationLookup($input: DeleteDeprivationLookupInput!) {\n    deleteDeprivationLookup(input: $input) {\n      id\n      indexVersion\n    }\n  }\n": types.DeleteDeprivationLookupDocument,
    "\n  mutation SetDeprivationIndex($input: SetDeprivationIndexInput!) {\n    setDeprivationIndex(input: $input) {\n      id\n      deprivationIndex\n    }\n  }\n": types.SetDeprivationIndexDocument,
    "\n  query ManifestoCoverage($period: PeriodInput!) {\n    manifestoCoverage(period: $period) {\n      period {\n        key\n        label\n        start\n        end\n      }\n      actionsFrom\n      actionsUntil\n      principles {\n        principle {\n          id\n          code\n          label\n        }\n        activeCommitments\n        actionsLast90Days\n        programmesTagged\n        sessionsTagged\n        evidenceItems\n        indicatorsWithResults\n      }\n    }\n  }\n": types.ManifestoCoverageDocument,
    "\n  fragment MemberFields on Member {\n    id\n    isYou\n    joinedAt\n    role\n    user {\n      id\n      name\n      email\n    }\n  }\n": types.MemberFieldsFragmentDoc,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    status\n    createdAt\n    expiresAt\n    lastSentAt\n    invitedBy {\n      id\n      name\n    }\n  }\n": types.InvitationFieldsFragmentDoc,
    "\n  query Members {\n    members {\n      ...MemberFields\n    }\n  }\n": types.MembersDocument,
    "\n  query Invitations {\n    invitations {\n      ...InvitationFields\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      ...MemberFields\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      id\n    }\n  }\n": types.RemoveMemberDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...InvitationFields\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation ResendInvitation($input: InvitationIdInput!) {\n    resendInvitation(input: $input) {\n      ...InvitationFields\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($input: InvitationIdInput!) {\n    revokeInvitation(input: $input) {\n      ...InvitationFields\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  fragment SiteFields on Site {\n    id\n    name\n    type\n    postcode\n    createdAt\n  }\n": types.SiteFieldsFragmentDoc,
    "\n  fragment OrganisationSettingsFields on Organisation {\n    id\n    name\n    kind\n    nation\n    financialYearStartMonth\n    academicYearStartMonth\n    smallCellThreshold\n    timeZone\n    updatedAt\n  }\n": types.OrganisationSettingsFieldsFragmentDoc,
    "\n  query OrganisationSettings {\n    organisation {\n      ...OrganisationSettingsFields\n      sites {\n        ...SiteFields\n      }\n    }\n  }\n": types.OrganisationSettingsDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      ...OrganisationSettingsFields\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  mutation CreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      ...SiteFields\n    }\n  }\n": types.CreateSiteDocument,
    "\n  mutation UpdateSite($input: UpdateSiteInput!) {\n    updateSite(input: $input) {\n      ...SiteFields\n    }\n  }\n": types.UpdateSiteDocument,
    "\n  mutation DeleteSite($input: DeleteSiteInput!) {\n    deleteSite(input: $input) {\n      id\n    }\n  }\n": types.DeleteSiteDocument,
    "\n  fragment PartnerFields on Partner {\n    id\n    name\n    type\n    urn\n    postcode\n    deprivationDecile\n    deprivationIndex\n    notes\n    firstEngagement\n    lastEngagement\n    sessionCount\n  }\n": types.PartnerFieldsFragmentDoc,
    "\n  query Partners($filter: PartnerFilterInput, $first: Int!, $after: String) {\n    partners(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PartnerFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.PartnersDocument,
    "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      ...PartnerFields\n    }\n  }\n": types.CreatePartnerDocument,
    "\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      ...PartnerFields\n    }\n  }\n": types.UpdatePartnerDocument,
    "\n  mutation DeletePartner($input: DeletePartnerInput!) {\n    deletePartner(input: $input) {\n      id\n      name\n    }\n  }\n": types.DeletePartnerDocument,
    "\n  query PeriodSettings {\n    organisation {\n      id\n      financialYearStartMonth\n      academicYearStartMonth\n      timeZone\n      smallCellThreshold\n    }\n  }\n": types.PeriodSettingsDocument,
    "\n  fragment ProgrammeSummaryFields on Programme {\n    id\n    name\n    strand\n    status\n    startDate\n    endDate\n    lead {\n      id\n      name\n    }\n  }\n": types.ProgrammeSummaryFieldsFragmentDoc,
    "\n  fragment ProgrammeFields on Programme {\n    ...ProgrammeSummaryFields\n    aims\n    targetAudiences\n    updatedAt\n    sites {\n      id\n      name\n    }\n    frameworkElements {\n      id\n      code\n      label\n      frameworkId\n      position\n    }\n    funders {\n      name\n      grantReference\n      amountPence\n      periodStart\n      periodEnd\n    }\n    plan {\n      periodStart\n      periodEnd\n      plannedSessions\n      plannedReach\n    }\n  }\n": types.ProgrammeFieldsFragmentDoc,
    "\n  query Programmes($filter: ProgrammeFilterInput!, $first: Int!, $after: String) {\n    programmes(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...ProgrammeSummaryFields\n        }\n      }\n    }\n  }\n": types.ProgrammesDocument,
    "\n  query Programme($id: ID!) {\n    programme(id: $id) {\n      ...ProgrammeFields\n    }\n  }\n": types.ProgrammeDocument,
    "\n  query ProgrammeContext {\n    organisation {\n      id\n      financialYearStartMonth\n    }\n    frameworks {\n      id\n      code\n      name\n    }\n  }\n": types.ProgrammeContextDocument,
    "\n  query ProgrammeFormOptions {\n    organisation {\n      id\n      financialYearStartMonth\n      sites {\n        id\n        name\n      }\n    }\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n    frameworks {\n      id\n      code\n      name\n      elements {\n        id\n        code\n        label\n        frameworkId\n        position\n      }\n    }\n  }\n": types.ProgrammeFormOptionsDocument,
    "\n  mutation CreateProgramme($input: CreateProgrammeInput!) {\n    createProgramme(input: $input) {\n      ...ProgrammeFields\n    }\n  }\n": types.CreateProgrammeDocument,
    "\n  mutation UpdateProgramme($input: UpdateProgrammeInput!) {\n    updateProgramme(input: $input) {\n      ...ProgrammeFields\n    }\n  }\n": types.UpdateProgrammeDocument,
    "\n  mutation DeleteProgramme($input: DeleteProgrammeInput!) {\n    deleteProgramme(input: $input) {\n      id\n      name\n    }\n  }\n": types.DeleteProgrammeDocument,
    "\n  fragment ResultFields on IndicatorResult {\n    id\n    indicator {\n      id\n    }\n    scope {\n      ...ScopeFields\n    }\n    period {\n      key\n      label\n    }\n    disaggregation\n    cellKey\n    cellLabel\n    value\n    n\n    suppressed\n    status\n    commentary\n    enteredBy {\n      id\n      name\n    }\n    approvedBy {\n      id\n      name\n    }\n    approvedAt\n    updatedAt\n  }\n": types.ResultFieldsFragmentDoc,
    "\n  fragment PeriodLockFields on PeriodLock {\n    id\n    period {\n      type\n      key\n      label\n      start\n      end\n    }\n    reason\n    lockedBy {\n      id\n      name\n    }\n    lockedAt\n  }\n": types.PeriodLockFieldsFragmentDoc,
    "\n  query ResultsPage($period: PeriodInput!, $scope: ScopeInput) {\n    indicatorValues(period: $period, scope: $scope) {\n      ...IndicatorValueFields\n      indicator {\n        ...IndicatorFields\n      }\n    }\n    results(period: $period, scope: $scope) {\n      ...ResultFields\n    }\n    periodLocks {\n      ...PeriodLockFields\n    }\n  }\n": types.ResultsPageDocument,
    "\n  mutation SaveResult($input: SaveResultInput!) {\n    saveResult(input: $input) {\n      ...ResultFields\n    }\n  }\n": types.SaveResultDocument,
    "\n  mutation RecordComputedResults($input: RecordComputedResultsInput!) {\n    recordComputedResults(input: $input) {\n      ...ResultFields\n    }\n  }\n": types.RecordComputedResultsDocument,
    "\n  mutation ApproveResults($input: ResultIdsInput!) {\n    approveResults(input: $input) {\n      ...ResultFields\n    }\n  }\n": types.ApproveResultsDocument,
    "\n  mutation DeleteResult($input: ResultIdInput!) {\n    deleteResult(input: $input) {\n      id\n    }\n  }\n": types.DeleteResultDocument,
    "\n  mutation LockPeriod($input: LockPeriodInput!) {\n    lockPeriod(input: $input) {\n      ...PeriodLockFields\n    }\n  }\n": types.LockPeriodDocument,
    "\n  mutation UnlockPeriod($input: UnlockPeriodInput!) {\n    unlockPeriod(input: $input) {\n      ...PeriodLockFields\n    }\n  }\n": types.UnlockPeriodDocument,
    "\n  fragment SessionSummaryFields on Session {\n    id\n    title\n    date\n    startTime\n    format\n    deliveryMode\n    status\n    attendanceTotal\n    hasEstimates\n    outreachPostcode\n    onlinePlatform\n    programme {\n      id\n      name\n    }\n    site {\n      id\n      name\n    }\n    partners {\n      id\n      name\n    }\n  }\n": types.SessionSummaryFieldsFragmentDoc,
    "\n  fragment SessionFields on Session {\n    ...SessionSummaryFields\n    durationMinutes\n    coDesigned\n    participationDepth\n    objectsUsed\n    notes\n    deprivationDecile\n    deprivationIndex\n    createdAt\n    updatedAt\n    createdBy {\n      id\n      name\n    }\n    partners {\n      id\n      name\n      type\n    }\n    facilitators {\n      type\n      name\n      user {\n        id\n        name\n      }\n    }\n    frameworkElements {\n      id\n      code\n      label\n      frameworkId\n      position\n    }\n    attendance {\n      id\n      audienceType\n      ageBand\n      keyStage\n      count\n      countKind\n      firstTime\n      send\n      deprivationDecile\n      deprivationIndex\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  query Sessions($filter: SessionFilterInput!, $first: Int!, $after: String) {\n    sessions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalAttendance\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...SessionSummaryFields\n        }\n      }\n    }\n  }\n": types.SessionsDocument,
    "\n  query Session($id: ID!) {\n    session(id: $id) {\n      ...SessionFields\n    }\n  }\n": types.SessionDocument,
    "\n  query SessionDefaults($programmeId: ID!) {\n    sessionDefaults(programmeId: $programmeId) {\n      programmeId\n      date\n      startTime\n      durationMinutes\n      format\n      deliveryMode\n      siteId\n      partnerIds\n      partners {\n        id\n        name\n        type\n      }\n      fromSessionId\n      facilitators {\n        type\n        name\n        user {\n          id\n          name\n        }\n      }\n      attendance {\n        audienceType\n        ageBand\n        keyStage\n        count\n        countKind\n        firstTime\n        send\n        deprivationDecile\n        deprivationIndex\n      }\n    }\n  }\n": types.SessionDefaultsDocument,
    "\n  mutation LogSession($input: LogSessionInput!) {\n    logSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.LogSessionDocument,
    "\n  mutation UpdateSession($input: UpdateSessionInput!) {\n    updateSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.UpdateSessionDocument,
    "\n  mutation DeleteSession($input: DeleteSessionInput!) {\n    deleteSession(input: $input) {\n      id\n      date\n      programme {\n        id\n        name\n      }\n    }\n  }\n": types.DeleteSessionDocument,
    "\n  query SessionFormOptions {\n    organisation {\n      id\n      timeZone\n      sites {\n        id\n        name\n      }\n    }\n    programmes(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          status\n        }\n      }\n    }\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n    frameworks {\n      id\n      code\n      name\n      elements {\n        id\n        code\n        label\n        position\n      }\n    }\n  }\n": types.SessionFormOptionsDocument,
    "\n  query PartnerOptions($filter: PartnerFilterInput, $first: Int!) {\n    partners(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          type\n        }\n      }\n    }\n  }\n": types.PartnerOptionsDocument,
    "\n  query SessionFilterOptions {\n    organisation {\n      id\n      sites {\n        id\n        name\n      }\n    }\n    programmes(first: 100) {\n      edges {\n        node {\n          id\n          name\n          status\n        }\n      }\n    }\n  }\n": types.SessionFilterOptionsDocument,
    "\n  fragment SurveyFields on Survey {\n    id\n    title\n    intro\n    kind\n    status\n    itemCodes\n    closesAt\n    offersFollowUp\n    followUpMonths\n    publicToken\n    programmeId\n    sessionId\n    responseCount\n    linkedTo {\n      kind\n      id\n      name\n    }\n    createdAt\n    updatedAt\n  }\n": types.SurveyFieldsFragmentDoc,
    "\n  query Surveys($first: Int!, $after: String) {\n    surveys(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...SurveyFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.SurveysDocument,
    "\n  query Survey($id: ID!) {\n    survey(id: $id) {\n      ...SurveyFields\n    }\n  }\n": types.SurveyDocument,
    "\n  query SurveyItemBank {\n    surveyItemBank {\n      code\n      bank\n      bankLabel\n      scale\n      label\n      statement\n      childStatement\n      lowerIsBetter\n    }\n  }\n": types.SurveyItemBankDocument,
    "\n  query SurveyLinkOptions {\n    programmes(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    sessions(first: 100) {\n      edges {\n        node {\n          id\n          date\n          title\n          programme {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.SurveyLinkOptionsDocument,
    "\n  query SurveyResults($surveyId: ID!) {\n    surveyResults(surveyId: $surveyId) {\n      surveyId\n      responseCount\n      smallCellThreshold\n      waves {\n        wave\n        followUpMonths\n        n\n        suppressed\n      }\n      items {\n        itemCode\n        wave\n        followUpMonths\n        n\n        suppressed\n        mean\n        ciLow\n        ciHigh\n        shareAgreeing\n        nps\n        distribution {\n          value\n          n\n          suppressed\n        }\n      }\n      changes {\n        itemCode\n        n\n        suppressed\n        meanChange\n        ciLow\n        ciHigh\n        proportionImproved\n      }\n      comments {\n        itemCode\n        wave\n        text\n        date\n      }\n    }\n  }\n": types.SurveyResultsDocument,
    "\n  query SurveyFollowUp($surveyId: ID!) {\n    surveyFollowUp(surveyId: $surveyId) {\n      surveyId\n      consented\n      withdrawn\n      waves {\n        months\n        invited\n        responded\n        pending\n        cancelled\n        responseRate\n        attrition\n        suppressed\n      }\n    }\n  }\n": types.SurveyFollowUpDocument,
    "\n  query SurveyContacts($surveyId: ID!) {\n    surveyContacts(surveyId: $surveyId) {\n      id\n      email\n      givenBy\n      lawfulBasis\n      consentedAt\n      withdrawnAt\n      invitations {\n        months\n        status\n        dueOn\n      }\n    }\n  }\n": types.SurveyContactsDocument,
    "\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n": types.CreateSurveyDocument,
    "\n  mutation UpdateSurvey($input: UpdateSurveyInput!) {\n    updateSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n": types.UpdateSurveyDocument,
    "\n  mutation OpenSurvey($input: SurveyIdInput!) {\n    openSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n": types.OpenSurveyDocument,
    "\n  mutation CloseSurvey($input: SurveyIdInput!) {\n    closeSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n": types.CloseSurveyDocument,
    "\n  mutation RegenerateSurveyLink($input: SurveyIdInput!) {\n    regenerateSurveyLink(input: $input) {\n      ...SurveyFields\n    }\n  }\n": types.RegenerateSurveyLinkDocument,
    "\n  mutation DeleteSurvey($input: SurveyIdInput!) {\n    deleteSurvey(input: $input) {\n      id\n    }\n  }\n": types.DeleteSurveyDocument,
    "\n  mutation WithdrawConsent($input: WithdrawConsentInput!) {\n    withdrawConsent(input: $input)\n  }\n": types.WithdrawConsentDocument,
    "\n  query SystemStatus {\n    systemStatus {\n      version\n      environment\n      database {\n        ok\n        latencyMs\n      }\n      redis {\n        ok\n        latencyMs\n      }\n      queue {\n        waiting\n        active\n        failed\n        delayed\n        workers\n      }\n    }\n  }\n": types.SystemStatusDocument,
    "\n  fragment WorkerCheckFields on WorkerCheck {\n    id\n    status\n    note\n    requestedAt\n    startedAt\n    completedAt\n    roundTripMs\n    workerHost\n    databaseVersion\n    error\n  }\n": types.WorkerCheckFieldsFragmentDoc,
    "\n  query WorkerChecks($first: Int!, $after: String) {\n    workerChecks(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...WorkerCheckFields\n        }\n      }\n    }\n  }\n": types.WorkerChecksDocument,
    "\n  mutation RequestWorkerCheck($input: RequestWorkerCheckInput!) {\n    requestWorkerCheck(input: $input) {\n      ...WorkerCheckFields\n    }\n  }\n": types.RequestWorkerCheckDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEventFields on AuditEvent {\n    id\n    action\n    createdAt\n    entityId\n    entityType\n    summary\n    actor {\n      id\n      name\n    }\n    changes {\n      field\n      before\n      after\n    }\n  }\n"): (typeof documents)["\n  fragment AuditEventFields on AuditEvent {\n    id\n    action\n    createdAt\n    entityId\n    entityType\n    summary\n    actor {\n      id\n      name\n    }\n    changes {\n      field\n      before\n      after\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActions {\n    auditActions\n  }\n"): (typeof documents)["\n  query AuditActions {\n    auditActions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditEventFilter!, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...AuditEventFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($filter: AuditEventFilter!, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...AuditEventFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      name\n      email\n    }\n    memberships {\n      role\n      organisation {\n        id\n        name\n      }\n    }\n    organisation {\n      id\n      name\n    }\n    role\n    permissions\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      name\n      email\n    }\n    memberships {\n      role\n      organisation {\n        id\n        name\n      }\n    }\n    organisation {\n      id\n      name\n    }\n    role\n    permissions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchOrganisation($input: SwitchOrganisationInput!) {\n    switchOrganisation(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchOrganisation($input: SwitchOrganisationInput!) {\n    switchOrganisation(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      accountExists\n      email\n      expiresAt\n      organisationName\n      role\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      accountExists\n      email\n      expiresAt\n      organisationName\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommitmentFields on Commitment {\n    id\n    title\n    description\n    status\n    reviewDate\n    reviewWindowDays\n    indicatorIds\n    indicators {\n      id\n      code\n      name\n    }\n    ownerId\n    owner {\n      id\n      name\n    }\n    frameworkElement {\n      id\n      code\n      label\n    }\n    sayDoGap {\n      reason\n      message\n    }\n    lastActionOn\n    actionCount\n  }\n"): (typeof documents)["\n  fragment CommitmentFields on Commitment {\n    id\n    title\n    description\n    status\n    reviewDate\n    reviewWindowDays\n    indicatorIds\n    indicators {\n      id\n      code\n      name\n    }\n    ownerId\n    owner {\n      id\n      name\n    }\n    frameworkElement {\n      id\n      code\n      label\n    }\n    sayDoGap {\n      reason\n      message\n    }\n    lastActionOn\n    actionCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionEntryFields on ActionEntry {\n    id\n    sequence\n    occurredOn\n    whatWasDone\n    withWhom\n    observedEffect\n    nextStep\n    amendsId\n    amendedById\n    authorName\n    recordedAt\n    evidenceIds\n    evidence {\n      id\n      title\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment ActionEntryFields on ActionEntry {\n    id\n    sequence\n    occurredOn\n    whatWasDone\n    withWhom\n    observedEffect\n    nextStep\n    amendsId\n    amendedById\n    authorName\n    recordedAt\n    evidenceIds\n    evidence {\n      id\n      title\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Commitments {\n    commitments {\n      ...CommitmentFields\n    }\n  }\n"): (typeof documents)["\n  query Commitments {\n    commitments {\n      ...CommitmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Commitment($id: ID!) {\n    commitment(id: $id) {\n      ...CommitmentFields\n      actions {\n        ...ActionEntryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Commitment($id: ID!) {\n    commitment(id: $id) {\n      ...CommitmentFields\n      actions {\n        ...ActionEntryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitmentFormOptions {\n    frameworks {\n      id\n      code\n      name\n      elements {\n        id\n        code\n        label\n      }\n    }\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n    indicators {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query CommitmentFormOptions {\n    frameworks {\n      id\n      code\n      name\n      elements {\n        id\n        code\n        label\n      }\n    }\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n    indicators {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionEvidenceOptions {\n    evidenceItems(first: 100) {\n      edges {\n        node {\n          id\n          title\n          kind\n          occurredOn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionEvidenceOptions {\n    evidenceItems(first: 100) {\n      edges {\n        node {\n          id\n          title\n          kind\n          occurredOn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCommitment($input: CreateCommitmentInput!) {\n    createCommitment(input: $input) {\n      ...CommitmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCommitment($input: CreateCommitmentInput!) {\n    createCommitment(input: $input) {\n      ...CommitmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCommitment($input: UpdateCommitmentInput!) {\n    updateCommitment(input: $input) {\n      ...CommitmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCommitment($input: UpdateCommitmentInput!) {\n    updateCommitment(input: $input) {\n      ...CommitmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCommitment($input: DeleteCommitmentInput!) {\n    deleteCommitment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteCommitment($input: DeleteCommitmentInput!) {\n    deleteCommitment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppendAction($input: AppendActionInput!) {\n    appendAction(input: $input) {\n      ...ActionEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation AppendAction($input: AppendActionInput!) {\n    appendAction(input: $input) {\n      ...ActionEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendAction($input: AmendActionInput!) {\n    amendAction(input: $input) {\n      ...ActionEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation AmendAction($input: AmendActionInput!) {\n    amendAction(input: $input) {\n      ...ActionEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyActionLog {\n    verifyActionLog {\n      ok\n      checkedCount\n      verifiedAt\n      firstBreak {\n        sequence\n        entryId\n        reason\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerifyActionLog {\n    verifyActionLog {\n      ok\n      checkedCount\n      verifiedAt\n      firstBreak {\n        sequence\n        entryId\n        reason\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevMailboxEnabled {\n    devMailboxEnabled\n  }\n"): (typeof documents)["\n  query DevMailboxEnabled {\n    devMailboxEnabled\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevMailbox($first: Int!) {\n    devMailbox(first: $first) {\n      id\n      to\n      subject\n      text\n      links\n      receivedAt\n    }\n  }\n"): (typeof documents)["\n  query DevMailbox($first: Int!) {\n    devMailbox(first: $first) {\n      id\n      to\n      subject\n      text\n      links\n      receivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidenceFields on Evidence {\n    id\n    kind\n    title\n    body\n    occurredOn\n    consentStatus\n    consentGivenBy\n    consentGivenOn\n    consentNote\n    publishable\n    isDraft\n    file {\n      name\n      contentType\n      byteSize\n      url\n      isImage\n    }\n    frameworkElements {\n      id\n      code\n      label\n    }\n    programmes {\n      id\n      name\n    }\n    sessions {\n      id\n      title\n      date\n      programmeName\n    }\n  }\n"): (typeof documents)["\n  fragment EvidenceFields on Evidence {\n    id\n    kind\n    title\n    body\n    occurredOn\n    consentStatus\n    consentGivenBy\n    consentGivenOn\n    consentNote\n    publishable\n    isDraft\n    file {\n      name\n      contentType\n      byteSize\n      url\n      isImage\n    }\n    frameworkElements {\n      id\n      code\n      label\n    }\n    programmes {\n      id\n      name\n    }\n    sessions {\n      id\n      title\n      date\n      programmeName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceItems($filter: EvidenceFilterInput, $first: Int!, $after: String) {\n    evidenceItems(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...EvidenceFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query EvidenceItems($filter: EvidenceFilterInput, $first: Int!, $after: String) {\n    evidenceItems(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...EvidenceFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceTagOptions {\n    frameworks {\n      id\n      code\n      name\n      elements {\n        id\n        code\n        label\n      }\n    }\n    programmes(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvidenceTagOptions {\n    frameworks {\n      id\n      code\n      name\n      elements {\n        id\n        code\n        label\n      }\n    }\n    programmes(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEvidence($input: CreateEvidenceInput!) {\n    createEvidence(input: $input) {\n      ...EvidenceFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEvidence($input: CreateEvidenceInput!) {\n    createEvidence(input: $input) {\n      ...EvidenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEvidence($input: UpdateEvidenceInput!) {\n    updateEvidence(input: $input) {\n      ...EvidenceFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEvidence($input: UpdateEvidenceInput!) {\n    updateEvidence(input: $input) {\n      ...EvidenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteEvidence($input: DeleteEvidenceInput!) {\n    deleteEvidence(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteEvidence($input: DeleteEvidenceInput!) {\n    deleteEvidence(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityImportSummaryFields on ActivityImport {\n    id\n    filename\n    format\n    byteSize\n    status\n    createdAt\n    committedAt\n    createdBy {\n      id\n      name\n    }\n    summary {\n      sessions\n      dateFrom\n      dateTo\n    }\n  }\n"): (typeof documents)["\n  fragment ActivityImportSummaryFields on ActivityImport {\n    id\n    filename\n    format\n    byteSize\n    status\n    createdAt\n    committedAt\n    createdBy {\n      id\n      name\n    }\n    summary {\n      sessions\n      dateFrom\n      dateTo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityImportFields on ActivityImport {\n    id\n    filename\n    format\n    byteSize\n    status\n    processedRows\n    totalRows\n    progress\n    headers\n    columns {\n      column\n      field\n      suggested\n      remembered\n    }\n    targetFields {\n      field\n      label\n      required\n      description\n    }\n    mappingProblems {\n      field\n      message\n    }\n    errorCount\n    errors {\n      row\n      column\n      field\n      value\n      message\n    }\n    summary {\n      rows\n      sessions\n      attendanceCells\n      attendances\n      duplicates\n      newProgrammes\n      newPartners\n      newSites\n      estimatedCounts\n      dateFrom\n      dateTo\n      skippedRows\n      sessionsCreated\n      attendancesCreated\n    }\n    preview {\n      row\n      date\n      startTime\n      durationMinutes\n      status\n      programme\n      sessionType\n      format\n      deliveryMode\n      venue\n      partner\n      partnerType\n      partnerUrn\n      postcode\n      keyStage\n      pupils\n      adults\n      otherParticipants\n      estimated\n      firstVisit\n      notes\n      attendances\n      duplicate\n    }\n    failureMessage\n    createdAt\n    committedAt\n  }\n"): (typeof documents)["\n  fragment ActivityImportFields on ActivityImport {\n    id\n    filename\n    format\n    byteSize\n    status\n    processedRows\n    totalRows\n    progress\n    headers\n    columns {\n      column\n      field\n      suggested\n      remembered\n    }\n    targetFields {\n      field\n      label\n      required\n      description\n    }\n    mappingProblems {\n      field\n      message\n    }\n    errorCount\n    errors {\n      row\n      column\n      field\n      value\n      message\n    }\n    summary {\n      rows\n      sessions\n      attendanceCells\n      attendances\n      duplicates\n      newProgrammes\n      newPartners\n      newSites\n      estimatedCounts\n      dateFrom\n      dateTo\n      skippedRows\n      sessionsCreated\n      attendancesCreated\n    }\n    preview {\n      row\n      date\n      startTime\n      durationMinutes\n      status\n      programme\n      sessionType\n      format\n      deliveryMode\n      venue\n      partner\n      partnerType\n      partnerUrn\n      postcode\n      keyStage\n      pupils\n      adults\n      otherParticipants\n      estimated\n      firstVisit\n      notes\n      attendances\n      duplicate\n    }\n    failureMessage\n    createdAt\n    committedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityImport($id: ID!) {\n    activityImport(id: $id) {\n      ...ActivityImportFields\n    }\n  }\n"): (typeof documents)["\n  query ActivityImport($id: ID!) {\n    activityImport(id: $id) {\n      ...ActivityImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityImports($first: Int!, $after: String) {\n    activityImports(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ActivityImportSummaryFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ActivityImports($first: Int!, $after: String) {\n    activityImports(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ActivityImportSummaryFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetImportMapping($input: SetImportMappingInput!) {\n    setImportMapping(input: $input) {\n      ...ActivityImportFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetImportMapping($input: SetImportMappingInput!) {\n    setImportMapping(input: $input) {\n      ...ActivityImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitImport($input: CommitImportInput!) {\n    commitImport(input: $input) {\n      ...ActivityImportFields\n    }\n  }\n"): (typeof documents)["\n  mutation CommitImport($input: CommitImportInput!) {\n    commitImport(input: $input) {\n      ...ActivityImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardImport($input: DiscardImportInput!) {\n    discardImport(input: $input) {\n      id\n      filename\n    }\n  }\n"): (typeof documents)["\n  mutation DiscardImport($input: DiscardImportInput!) {\n    discardImport(input: $input) {\n      id\n      filename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IndicatorFields on Indicator {\n    id\n    code\n    name\n    definition\n    type\n    source\n    unit\n    direction\n    cumulativeClass\n    allowedDisaggregations\n    frameworkElements {\n      id\n      code\n      label\n      frameworkId\n      position\n    }\n    owner {\n      id\n      name\n    }\n    surveyStatistic\n    surveyItemCode\n    surveyId\n    archived\n    editable\n  }\n"): (typeof documents)["\n  fragment IndicatorFields on Indicator {\n    id\n    code\n    name\n    definition\n    type\n    source\n    unit\n    direction\n    cumulativeClass\n    allowedDisaggregations\n    frameworkElements {\n      id\n      code\n      label\n      frameworkId\n      position\n    }\n    owner {\n      id\n      name\n    }\n    surveyStatistic\n    surveyItemCode\n    surveyId\n    archived\n    editable\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScopeFields on Scope {\n    kind\n    id\n    label\n  }\n"): (typeof documents)["\n  fragment ScopeFields on Scope {\n    kind\n    id\n    label\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TargetFields on Target {\n    id\n    scope {\n      ...ScopeFields\n    }\n    period {\n      type\n      key\n      label\n      start\n      end\n    }\n    targetValue\n    baselineValue\n    baselineLabel\n    greenThreshold\n    amberThreshold\n    note\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment TargetFields on Target {\n    id\n    scope {\n      ...ScopeFields\n    }\n    period {\n      type\n      key\n      label\n      start\n      end\n    }\n    targetValue\n    baselineValue\n    baselineLabel\n    greenThreshold\n    amberThreshold\n    note\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Indicators($filter: IndicatorFilterInput) {\n    indicators(filter: $filter) {\n      ...IndicatorFields\n    }\n  }\n"): (typeof documents)["\n  query Indicators($filter: IndicatorFilterInput) {\n    indicators(filter: $filter) {\n      ...IndicatorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Indicator($id: ID!) {\n    indicator(id: $id) {\n      ...IndicatorFields\n    }\n  }\n"): (typeof documents)["\n  query Indicator($id: ID!) {\n    indicator(id: $id) {\n      ...IndicatorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorTargets($indicatorId: ID!) {\n    targets(indicatorId: $indicatorId) {\n      ...TargetFields\n    }\n  }\n"): (typeof documents)["\n  query IndicatorTargets($indicatorId: ID!) {\n    targets(indicatorId: $indicatorId) {\n      ...TargetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IndicatorValueFields on IndicatorValue {\n    indicator {\n      id\n    }\n    period {\n      type\n      key\n      label\n      start\n      end\n    }\n    scope {\n      ...ScopeFields\n    }\n    value\n    n\n    ciLow\n    ciHigh\n    benchmark\n    disaggregation\n    cells {\n      key\n      label\n      value\n      n\n      suppressed\n    }\n    target {\n      ...TargetFields\n    }\n    rag\n    note\n  }\n"): (typeof documents)["\n  fragment IndicatorValueFields on IndicatorValue {\n    indicator {\n      id\n    }\n    period {\n      type\n      key\n      label\n      start\n      end\n    }\n    scope {\n      ...ScopeFields\n    }\n    value\n    n\n    ciLow\n    ciHigh\n    benchmark\n    disaggregation\n    cells {\n      key\n      label\n      value\n      n\n      suppressed\n    }\n    target {\n      ...TargetFields\n    }\n    rag\n    note\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorValues(\n    $period: PeriodInput!\n    $scope: ScopeInput\n    $indicatorIds: [ID!]\n    $disaggregation: Disaggregation\n  ) {\n    indicatorValues(\n      period: $period\n      scope: $scope\n      indicatorIds: $indicatorIds\n      disaggregation: $disaggregation\n    ) {\n      ...IndicatorValueFields\n    }\n  }\n"): (typeof documents)["\n  query IndicatorValues(\n    $period: PeriodInput!\n    $scope: ScopeInput\n    $indicatorIds: [ID!]\n    $disaggregation: Disaggregation\n  ) {\n    indicatorValues(\n      period: $period\n      scope: $scope\n      indicatorIds: $indicatorIds\n      disaggregation: $disaggregation\n    ) {\n      ...IndicatorValueFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorOptions {\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n    frameworks {\n      id\n      code\n      name\n      elements {\n        id\n        code\n        label\n        frameworkId\n        position\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndicatorOptions {\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n    frameworks {\n      id\n      code\n      name\n      elements {\n        id\n        code\n        label\n        frameworkId\n        position\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopeOptions($withProgrammes: Boolean!) {\n    organisation {\n      id\n      name\n      sites {\n        id\n        name\n      }\n    }\n    programmes(first: 100) @include(if: $withProgrammes) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScopeOptions($withProgrammes: Boolean!) {\n    organisation {\n      id\n      name\n      sites {\n        id\n        name\n      }\n    }\n    programmes(first: 100) @include(if: $withProgrammes) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveIndicator($input: IndicatorIdInput!) {\n    archiveIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveIndicator($input: IndicatorIdInput!) {\n    archiveIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreIndicator($input: IndicatorIdInput!) {\n    restoreIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreIndicator($input: IndicatorIdInput!) {\n    restoreIndicator(input: $input) {\n      ...IndicatorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteIndicator($input: IndicatorIdInput!) {\n    deleteIndicator(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteIndicator($input: IndicatorIdInput!) {\n    deleteIndicator(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTarget($input: SetTargetInput!) {\n    setTarget(input: $input) {\n      ...TargetFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetTarget($input: SetTargetInput!) {\n    setTarget(input: $input) {\n      ...TargetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTarget($input: TargetIdInput!) {\n    deleteTarget(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteTarget($input: TargetIdInput!) {\n    deleteTarget(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeprivationLookupFields on DeprivationLookup {\n    id\n    indexVersion\n    rowCount\n    sourceFilename\n    loadedAt\n    active\n    loadedBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment DeprivationLookupFields on DeprivationLookup {\n    id\n    indexVersion\n    rowCount\n    sourceFilename\n    loadedAt\n    active\n    loadedBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeprivationLookups {\n    deprivationLookups {\n      ...DeprivationLookupFields\n    }\n    organisation {\n      id\n      deprivationIndex\n    }\n  }\n"): (typeof documents)["\n  query DeprivationLookups {\n    deprivationLookups {\n      ...DeprivationLookupFields\n    }\n    organisation {\n      id\n      deprivationIndex\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeprivationDecile($postcode: String!) {\n    deprivationDecile(postcode: $postcode) {\n      postcode\n      areaCode\n      decile\n      indexVersion\n    }\n  }\n"): (typeof documents)["\n  query DeprivationDecile($postcode: String!) {\n    deprivationDecile(postcode: $postcode) {\n      postcode\n      areaCode\n      decile\n      indexVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDeprivationLookup($input: DeleteDeprivationLookupInput!) {\n    deleteDeprivationLookup(input: $input) {\n      id\n      indexVersion\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteDeprivationLookup($input: DeleteDeprivationLookupInput!) {\n    deleteDeprivationLookup(input: $input) {\n      id\n      indexVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDeprivationIndex($input: SetDeprivationIndexInput!) {\n    setDeprivationIndex(input: $input) {\n      id\n      deprivationIndex\n    }\n  }\n"): (typeof documents)["\n  mutation SetDeprivationIndex($input: SetDeprivationIndexInput!) {\n    setDeprivationIndex(input: $input) {\n      id\n      deprivationIndex\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManifestoCoverage($period: PeriodInput!) {\n    manifestoCoverage(period: $period) {\n      period {\n        key\n        label\n        start\n        end\n      }\n      actionsFrom\n      actionsUntil\n      principles {\n        principle {\n          id\n          code\n          label\n        }\n        activeCommitments\n        actionsLast90Days\n        programmesTagged\n        sessionsTagged\n        evidenceItems\n        indicatorsWithResults\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManifestoCoverage($period: PeriodInput!) {\n    manifestoCoverage(period: $period) {\n      period {\n        key\n        label\n        start\n        end\n      }\n      actionsFrom\n      actionsUntil\n      principles {\n        principle {\n          id\n          code\n          label\n        }\n        activeCommitments\n        actionsLast90Days\n        programmesTagged\n        sessionsTagged\n        evidenceItems\n        indicatorsWithResults\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberFields on Member {\n    id\n    isYou\n    joinedAt\n    role\n    user {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment MemberFields on Member {\n    id\n    isYou\n    joinedAt\n    role\n    user {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    status\n    createdAt\n    expiresAt\n    lastSentAt\n    invitedBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    status\n    createdAt\n    expiresAt\n    lastSentAt\n    invitedBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members {\n    members {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  query Members {\n    members {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations {\n    invitations {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  query Invitations {\n    invitations {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($input: InvitationIdInput!) {\n    resendInvitation(input: $input) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($input: InvitationIdInput!) {\n    resendInvitation(input: $input) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($input: InvitationIdInput!) {\n    revokeInvitation(input: $input) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($input: InvitationIdInput!) {\n    revokeInvitation(input: $input) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SiteFields on Site {\n    id\n    name\n    type\n    postcode\n    createdAt\n  }\n"): (typeof documents)["\n  fragment SiteFields on Site {\n    id\n    name\n    type\n    postcode\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationSettingsFields on Organisation {\n    id\n    name\n    kind\n    nation\n    financialYearStartMonth\n    academicYearStartMonth\n    smallCellThreshold\n    timeZone\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment OrganisationSettingsFields on Organisation {\n    id\n    name\n    kind\n    nation\n    financialYearStartMonth\n    academicYearStartMonth\n    smallCellThreshold\n    timeZone\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationSettings {\n    organisation {\n      ...OrganisationSettingsFields\n      sites {\n        ...SiteFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationSettings {\n    organisation {\n      ...OrganisationSettingsFields\n      sites {\n        ...SiteFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      ...OrganisationSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      ...OrganisationSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      ...SiteFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      ...SiteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSite($input: UpdateSiteInput!) {\n    updateSite(input: $input) {\n      ...SiteFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSite($input: UpdateSiteInput!) {\n    updateSite(input: $input) {\n      ...SiteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSite($input: DeleteSiteInput!) {\n    deleteSite(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteSite($input: DeleteSiteInput!) {\n    deleteSite(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerFields on Partner {\n    id\n    name\n    type\n    urn\n    postcode\n    deprivationDecile\n    deprivationIndex\n    notes\n    firstEngagement\n    lastEngagement\n    sessionCount\n  }\n"): (typeof documents)["\n  fragment PartnerFields on Partner {\n    id\n    name\n    type\n    urn\n    postcode\n    deprivationDecile\n    deprivationIndex\n    notes\n    firstEngagement\n    lastEngagement\n    sessionCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Partners($filter: PartnerFilterInput, $first: Int!, $after: String) {\n    partners(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PartnerFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Partners($filter: PartnerFilterInput, $first: Int!, $after: String) {\n    partners(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PartnerFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      ...PartnerFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      ...PartnerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      ...PartnerFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      ...PartnerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePartner($input: DeletePartnerInput!) {\n    deletePartner(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation DeletePartner($input: DeletePartnerInput!) {\n    deletePartner(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeriodSettings {\n    organisation {\n      id\n      financialYearStartMonth\n      academicYearStartMonth\n      timeZone\n      smallCellThreshold\n    }\n  }\n"): (typeof documents)["\n  query PeriodSettings {\n    organisation {\n      id\n      financialYearStartMonth\n      academicYearStartMonth\n      timeZone\n      smallCellThreshold\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgrammeSummaryFields on Programme {\n    id\n    name\n    strand\n    status\n    startDate\n    endDate\n    lead {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ProgrammeSummaryFields on Programme {\n    id\n    name\n    strand\n    status\n    startDate\n    endDate\n    lead {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgrammeFields on Programme {\n    ...ProgrammeSummaryFields\n    aims\n    targetAudiences\n    updatedAt\n    sites {\n      id\n      name\n    }\n    frameworkElements {\n      id\n      code\n      label\n      frameworkId\n      position\n    }\n    funders {\n      name\n      grantReference\n      amountPence\n      periodStart\n      periodEnd\n    }\n    plan {\n      periodStart\n      periodEnd\n      plannedSessions\n      plannedReach\n    }\n  }\n"): (typeof documents)["\n  fragment ProgrammeFields on Programme {\n    ...ProgrammeSummaryFields\n    aims\n    targetAudiences\n    updatedAt\n    sites {\n      id\n      name\n    }\n    frameworkElements {\n      id\n      code\n      label\n      frameworkId\n      position\n    }\n    funders {\n      name\n      grantReference\n      amountPence\n      periodStart\n      periodEnd\n    }\n    plan {\n      periodStart\n      periodEnd\n      plannedSessions\n      plannedReach\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Programmes($filter: ProgrammeFilterInput!, $first: Int!, $after: String) {\n    programmes(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...ProgrammeSummaryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Programmes($filter: ProgrammeFilterInput!, $first: Int!, $after: String) {\n    programmes(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...ProgrammeSummaryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Programme($id: ID!) {\n    programme(id: $id) {\n      ...ProgrammeFields\n    }\n  }\n"): (typeof documents)["\n  query Programme($id: ID!) {\n    programme(id: $id) {\n      ...ProgrammeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeContext {\n    organisation {\n      id\n      financialYearStartMonth\n    }\n    frameworks {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeContext {\n    organisation {\n      id\n      financialYearStartMonth\n    }\n    frameworks {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeFormOptions {\n    organisation {\n      id\n      financialYearStartMonth\n      sites {\n        id\n        name\n      }\n    }\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n    frameworks {\n      id\n      code\n      name\n      elements {\n        id\n        code\n        label\n        frameworkId\n        position\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeFormOptions {\n    organisation {\n      id\n      financialYearStartMonth\n      sites {\n        id\n        name\n      }\n    }\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n    frameworks {\n      id\n      code\n      name\n      elements {\n        id\n        code\n        label\n        frameworkId\n        position\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProgramme($input: CreateProgrammeInput!) {\n    createProgramme(input: $input) {\n      ...ProgrammeFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProgramme($input: CreateProgrammeInput!) {\n    createProgramme(input: $input) {\n      ...ProgrammeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProgramme($input: UpdateProgrammeInput!) {\n    updateProgramme(input: $input) {\n      ...ProgrammeFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProgramme($input: UpdateProgrammeInput!) {\n    updateProgramme(input: $input) {\n      ...ProgrammeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteProgramme($input: DeleteProgrammeInput!) {\n    deleteProgramme(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteProgramme($input: DeleteProgrammeInput!) {\n    deleteProgramme(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResultFields on IndicatorResult {\n    id\n    indicator {\n      id\n    }\n    scope {\n      ...ScopeFields\n    }\n    period {\n      key\n      label\n    }\n    disaggregation\n    cellKey\n    cellLabel\n    value\n    n\n    suppressed\n    status\n    commentary\n    enteredBy {\n      id\n      name\n    }\n    approvedBy {\n      id\n      name\n    }\n    approvedAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ResultFields on IndicatorResult {\n    id\n    indicator {\n      id\n    }\n    scope {\n      ...ScopeFields\n    }\n    period {\n      key\n      label\n    }\n    disaggregation\n    cellKey\n    cellLabel\n    value\n    n\n    suppressed\n    status\n    commentary\n    enteredBy {\n      id\n      name\n    }\n    approvedBy {\n      id\n      name\n    }\n    approvedAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PeriodLockFields on PeriodLock {\n    id\n    period {\n      type\n      key\n      label\n      start\n      end\n    }\n    reason\n    lockedBy {\n      id\n      name\n    }\n    lockedAt\n  }\n"): (typeof documents)["\n  fragment PeriodLockFields on PeriodLock {\n    id\n    period {\n      type\n      key\n      label\n      start\n      end\n    }\n    reason\n    lockedBy {\n      id\n      name\n    }\n    lockedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResultsPage($period: PeriodInput!, $scope: ScopeInput) {\n    indicatorValues(period: $period, scope: $scope) {\n      ...IndicatorValueFields\n      indicator {\n        ...IndicatorFields\n      }\n    }\n    results(period: $period, scope: $scope) {\n      ...ResultFields\n    }\n    periodLocks {\n      ...PeriodLockFields\n    }\n  }\n"): (typeof documents)["\n  query ResultsPage($period: PeriodInput!, $scope: ScopeInput) {\n    indicatorValues(period: $period, scope: $scope) {\n      ...IndicatorValueFields\n      indicator {\n        ...IndicatorFields\n      }\n    }\n    results(period: $period, scope: $scope) {\n      ...ResultFields\n    }\n    periodLocks {\n      ...PeriodLockFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveResult($input: SaveResultInput!) {\n    saveResult(input: $input) {\n      ...ResultFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveResult($input: SaveResultInput!) {\n    saveResult(input: $input) {\n      ...ResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordComputedResults($input: RecordComputedResultsInput!) {\n    recordComputedResults(input: $input) {\n      ...ResultFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordComputedResults($input: RecordComputedResultsInput!) {\n    recordComputedResults(input: $input) {\n      ...ResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveResults($input: ResultIdsInput!) {\n    approveResults(input: $input) {\n      ...ResultFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveResults($input: ResultIdsInput!) {\n    approveResults(input: $input) {\n      ...ResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteResult($input: ResultIdInput!) {\n    deleteResult(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteResult($input: ResultIdInput!) {\n    deleteResult(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LockPeriod($input: LockPeriodInput!) {\n    lockPeriod(input: $input) {\n      ...PeriodLockFields\n    }\n  }\n"): (typeof documents)["\n  mutation LockPeriod($input: LockPeriodInput!) {\n    lockPeriod(input: $input) {\n      ...PeriodLockFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockPeriod($input: UnlockPeriodInput!) {\n    unlockPeriod(input: $input) {\n      ...PeriodLockFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnlockPeriod($input: UnlockPeriodInput!) {\n    unlockPeriod(input: $input) {\n      ...PeriodLockFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionSummaryFields on Session {\n    id\n    title\n    date\n    startTime\n    format\n    deliveryMode\n    status\n    attendanceTotal\n    hasEstimates\n    outreachPostcode\n    onlinePlatform\n    programme {\n      id\n      name\n    }\n    site {\n      id\n      name\n    }\n    partners {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SessionSummaryFields on Session {\n    id\n    title\n    date\n    startTime\n    format\n    deliveryMode\n    status\n    attendanceTotal\n    hasEstimates\n    outreachPostcode\n    onlinePlatform\n    programme {\n      id\n      name\n    }\n    site {\n      id\n      name\n    }\n    partners {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on Session {\n    ...SessionSummaryFields\n    durationMinutes\n    coDesigned\n    participationDepth\n    objectsUsed\n    notes\n    deprivationDecile\n    deprivationIndex\n    createdAt\n    updatedAt\n    createdBy {\n      id\n      name\n    }\n    partners {\n      id\n      name\n      type\n    }\n    facilitators {\n      type\n      name\n      user {\n        id\n        name\n      }\n    }\n    frameworkElements {\n      id\n      code\n      label\n      frameworkId\n      position\n    }\n    attendance {\n      id\n      audienceType\n      ageBand\n      keyStage\n      count\n      countKind\n      firstTime\n      send\n      deprivationDecile\n      deprivationIndex\n    }\n  }\n"): (typeof documents)["\n  fragment SessionFields on Session {\n    ...SessionSummaryFields\n    durationMinutes\n    coDesigned\n    participationDepth\n    objectsUsed\n    notes\n    deprivationDecile\n    deprivationIndex\n    createdAt\n    updatedAt\n    createdBy {\n      id\n      name\n    }\n    partners {\n      id\n      name\n      type\n    }\n    facilitators {\n      type\n      name\n      user {\n        id\n        name\n      }\n    }\n    frameworkElements {\n      id\n      code\n      label\n      frameworkId\n      position\n    }\n    attendance {\n      id\n      audienceType\n      ageBand\n      keyStage\n      count\n      countKind\n      firstTime\n      send\n      deprivationDecile\n      deprivationIndex\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sessions($filter: SessionFilterInput!, $first: Int!, $after: String) {\n    sessions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalAttendance\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...SessionSummaryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Sessions($filter: SessionFilterInput!, $first: Int!, $after: String) {\n    sessions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalAttendance\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...SessionSummaryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Session($id: ID!) {\n    session(id: $id) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  query Session($id: ID!) {\n    session(id: $id) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionDefaults($programmeId: ID!) {\n    sessionDefaults(programmeId: $programmeId) {\n      programmeId\n      date\n      startTime\n      durationMinutes\n      format\n      deliveryMode\n      siteId\n      partnerIds\n      partners {\n        id\n        name\n        type\n      }\n      fromSessionId\n      facilitators {\n        type\n        name\n        user {\n          id\n          name\n        }\n      }\n      attendance {\n        audienceType\n        ageBand\n        keyStage\n        count\n        countKind\n        firstTime\n        send\n        deprivationDecile\n        deprivationIndex\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionDefaults($programmeId: ID!) {\n    sessionDefaults(programmeId: $programmeId) {\n      programmeId\n      date\n      startTime\n      durationMinutes\n      format\n      deliveryMode\n      siteId\n      partnerIds\n      partners {\n        id\n        name\n        type\n      }\n      fromSessionId\n      facilitators {\n        type\n        name\n        user {\n          id\n          name\n        }\n      }\n      attendance {\n        audienceType\n        ageBand\n        keyStage\n        count\n        countKind\n        firstTime\n        send\n        deprivationDecile\n        deprivationIndex\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogSession($input: LogSessionInput!) {\n    logSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation LogSession($input: LogSessionInput!) {\n    logSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSession($input: UpdateSessionInput!) {\n    updateSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSession($input: UpdateSessionInput!) {\n    updateSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSession($input: DeleteSessionInput!) {\n    deleteSession(input: $input) {\n      id\n      date\n      programme {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteSession($input: DeleteSessionInput!) {\n    deleteSession(input: $input) {\n      id\n      date\n      programme {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionFormOptions {\n    organisation {\n      id\n      timeZone\n      sites {\n        id\n        name\n      }\n    }\n    programmes(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          status\n        }\n      }\n    }\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n    frameworks {\n      id\n      code\n      name\n      elements {\n        id\n        code\n        label\n        position\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionFormOptions {\n    organisation {\n      id\n      timeZone\n      sites {\n        id\n        name\n      }\n    }\n    programmes(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          status\n        }\n      }\n    }\n    members {\n      id\n      user {\n        id\n        name\n      }\n    }\n    frameworks {\n      id\n      code\n      name\n      elements {\n        id\n        code\n        label\n        position\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerOptions($filter: PartnerFilterInput, $first: Int!) {\n    partners(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          type\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerOptions($filter: PartnerFilterInput, $first: Int!) {\n    partners(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          type\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionFilterOptions {\n    organisation {\n      id\n      sites {\n        id\n        name\n      }\n    }\n    programmes(first: 100) {\n      edges {\n        node {\n          id\n          name\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionFilterOptions {\n    organisation {\n      id\n      sites {\n        id\n        name\n      }\n    }\n    programmes(first: 100) {\n      edges {\n        node {\n          id\n          name\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyFields on Survey {\n    id\n    title\n    intro\n    kind\n    status\n    itemCodes\n    closesAt\n    offersFollowUp\n    followUpMonths\n    publicToken\n    programmeId\n    sessionId\n    responseCount\n    linkedTo {\n      kind\n      id\n      name\n    }\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment SurveyFields on Survey {\n    id\n    title\n    intro\n    kind\n    status\n    itemCodes\n    closesAt\n    offersFollowUp\n    followUpMonths\n    publicToken\n    programmeId\n    sessionId\n    responseCount\n    linkedTo {\n      kind\n      id\n      name\n    }\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Surveys($first: Int!, $after: String) {\n    surveys(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...SurveyFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Surveys($first: Int!, $after: String) {\n    surveys(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...SurveyFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Survey($id: ID!) {\n    survey(id: $id) {\n      ...SurveyFields\n    }\n  }\n"): (typeof documents)["\n  query Survey($id: ID!) {\n    survey(id: $id) {\n      ...SurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyItemBank {\n    surveyItemBank {\n      code\n      bank\n      bankLabel\n      scale\n      label\n      statement\n      childStatement\n      lowerIsBetter\n    }\n  }\n"): (typeof documents)["\n  query SurveyItemBank {\n    surveyItemBank {\n      code\n      bank\n      bankLabel\n      scale\n      label\n      statement\n      childStatement\n      lowerIsBetter\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyLinkOptions {\n    programmes(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    sessions(first: 100) {\n      edges {\n        node {\n          id\n          date\n          title\n          programme {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveyLinkOptions {\n    programmes(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    sessions(first: 100) {\n      edges {\n        node {\n          id\n          date\n          title\n          programme {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyResults($surveyId: ID!) {\n    surveyResults(surveyId: $surveyId) {\n      surveyId\n      responseCount\n      smallCellThreshold\n      waves {\n        wave\n        followUpMonths\n        n\n        suppressed\n      }\n      items {\n        itemCode\n        wave\n        followUpMonths\n        n\n        suppressed\n        mean\n        ciLow\n        ciHigh\n        shareAgreeing\n        nps\n        distribution {\n          value\n          n\n          suppressed\n        }\n      }\n      changes {\n        itemCode\n        n\n        suppressed\n        meanChange\n        ciLow\n        ciHigh\n        proportionImproved\n      }\n      comments {\n        itemCode\n        wave\n        text\n        date\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveyResults($surveyId: ID!) {\n    surveyResults(surveyId: $surveyId) {\n      surveyId\n      responseCount\n      smallCellThreshold\n      waves {\n        wave\n        followUpMonths\n        n\n        suppressed\n      }\n      items {\n        itemCode\n        wave\n        followUpMonths\n        n\n        suppressed\n        mean\n        ciLow\n        ciHigh\n        shareAgreeing\n        nps\n        distribution {\n          value\n          n\n          suppressed\n        }\n      }\n      changes {\n        itemCode\n        n\n        suppressed\n        meanChange\n        ciLow\n        ciHigh\n        proportionImproved\n      }\n      comments {\n        itemCode\n        wave\n        text\n        date\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyFollowUp($surveyId: ID!) {\n    surveyFollowUp(surveyId: $surveyId) {\n      surveyId\n      consented\n      withdrawn\n      waves {\n        months\n        invited\n        responded\n        pending\n        cancelled\n        responseRate\n        attrition\n        suppressed\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveyFollowUp($surveyId: ID!) {\n    surveyFollowUp(surveyId: $surveyId) {\n      surveyId\n      consented\n      withdrawn\n      waves {\n        months\n        invited\n        responded\n        pending\n        cancelled\n        responseRate\n        attrition\n        suppressed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyContacts($surveyId: ID!) {\n    surveyContacts(surveyId: $surveyId) {\n      id\n      email\n      givenBy\n      lawfulBasis\n      consentedAt\n      withdrawnAt\n      invitations {\n        months\n        status\n        dueOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveyContacts($surveyId: ID!) {\n    surveyContacts(surveyId: $surveyId) {\n      id\n      email\n      givenBy\n      lawfulBasis\n      consentedAt\n      withdrawnAt\n      invitations {\n        months\n        status\n        dueOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSurvey($input: UpdateSurveyInput!) {\n    updateSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSurvey($input: UpdateSurveyInput!) {\n    updateSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenSurvey($input: SurveyIdInput!) {\n    openSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n"): (typeof documents)["\n  mutation OpenSurvey($input: SurveyIdInput!) {\n    openSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseSurvey($input: SurveyIdInput!) {\n    closeSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseSurvey($input: SurveyIdInput!) {\n    closeSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateSurveyLink($input: SurveyIdInput!) {\n    regenerateSurveyLink(input: $input) {\n      ...SurveyFields\n    }\n  }\n"): (typeof documents)["\n  mutation RegenerateSurveyLink($input: SurveyIdInput!) {\n    regenerateSurveyLink(input: $input) {\n      ...SurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSurvey($input: SurveyIdInput!) {\n    deleteSurvey(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteSurvey($input: SurveyIdInput!) {\n    deleteSurvey(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawConsent($input: WithdrawConsentInput!) {\n    withdrawConsent(input: $input)\n  }\n"): (typeof documents)["\n  mutation WithdrawConsent($input: WithdrawConsentInput!) {\n    withdrawConsent(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemStatus {\n    systemStatus {\n      version\n      environment\n      database {\n        ok\n        latencyMs\n      }\n      redis {\n        ok\n        latencyMs\n      }\n      queue {\n        waiting\n        active\n        failed\n        delayed\n        workers\n      }\n    }\n  }\n"): (typeof documents)["\n  query SystemStatus {\n    systemStatus {\n      version\n      environment\n      database {\n        ok\n        latencyMs\n      }\n      redis {\n        ok\n        latencyMs\n      }\n      queue {\n        waiting\n        active\n        failed\n        delayed\n        workers\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkerCheckFields on WorkerCheck {\n    id\n    status\n    note\n    requestedAt\n    startedAt\n    completedAt\n    roundTripMs\n    workerHost\n    databaseVersion\n    error\n  }\n"): (typeof documents)["\n  fragment WorkerCheckFields on WorkerCheck {\n    id\n    status\n    note\n    requestedAt\n    startedAt\n    completedAt\n    roundTripMs\n    workerHost\n    databaseVersion\n    error\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkerChecks($first: Int!, $after: String) {\n    workerChecks(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...WorkerCheckFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkerChecks($first: Int!, $after: String) {\n    workerChecks(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...WorkerCheckFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestWorkerCheck($input: RequestWorkerCheckInput!) {\n    requestWorkerCheck(input: $input) {\n      ...WorkerCheckFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestWorkerCheck($input: RequestWorkerCheckInput!) {\n    requestWorkerCheck(input: $input) {\n      ...WorkerCheckFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;