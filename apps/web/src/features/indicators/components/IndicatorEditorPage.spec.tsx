import type { MockedResponse } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CreateIndicatorInput } from '../../../gql/graphql';
import { apiErrorResult, signedInMocks } from '../../../test/auth.mocks';
import {
  buildIndicator,
  indicatorMock,
  indicatorOptionsMock,
  MORGAN,
  SAM,
  SESSIONS_DELIVERED,
  SOCIAL_JUSTICE,
  TEACHER_CONFIDENCE,
  uuid,
} from '../../../test/indicators.mocks';
import { renderInRouter } from '../../../test/render';
import {
  ArchiveIndicatorMutationDocument,
  CreateIndicatorMutationDocument,
  DeleteIndicatorMutationDocument,
  UpdateIndicatorMutationDocument,
} from '../graphql/indicators.operations';
import { EditIndicatorPage, NewIndicatorPage } from './IndicatorEditorPage';

const NEW_SURVEY_INPUT: CreateIndicatorInput = {
  code: 'LEARNED_SOMETHING',
  name: 'Participants who learned something new',
  definition: 'Share agreeing with "I learned something new".',
  type: 'PERCENTAGE',
  source: 'SURVEY',
  unit: '%',
  direction: 'INCREASE',
  cumulativeClass: 'NON_CUMULATIVE',
  allowedDisaggregations: ['AUDIENCE_TYPE'],
  frameworkElementIds: [],
  ownerId: SAM.id,
  surveyStatistic: 'SHARE_AGREEING',
  surveyItemCode: 'LO_KNOWLEDGE',
  surveyId: null,
};

function renderNew(extra: MockedResponse[] = []) {
  return renderInRouter(<NewIndicatorPage />, {
    path: '/indicators/new',
    route: '/indicators/new',
    mocks: [...signedInMocks(), indicatorOptionsMock(), ...extra],
  });
}

async function fillSurveyIndicator() {
  await userEvent.type(screen.getByLabelText('Code'), 'learned_something');
  await userEvent.type(screen.getByLabelText('Unit'), '%');
  await userEvent.type(screen.getByLabelText('Name'), NEW_SURVEY_INPUT.name);
  await userEvent.type(
    screen.getByLabelText('Definition'),
    NEW_SURVEY_INPUT.definition.replace(/[{[]/g, '$&$&'),
  );
  await userEvent.selectOptions(screen.getByLabelText('Type'), 'Percentage');
  await userEvent.selectOptions(screen.getByLabelText('Owner'), 'Sam Lee');
  await userEvent.click(screen.getByRole('checkbox', { name: 'Audience type' }));
}

describe('NewIndicatorPage', { timeout: 30_000 }, () => {
  it('checks the form: messages name each field, focus goes to the first, survey fields only for surveys', async () => {
    renderNew();
    await userEvent.click(await screen.findByRole('button', { name: 'Save indicator' }));

    expect(
      await screen.findByText('Please correct the 5 fields marked below.'),
    ).toBeInTheDocument();
    const code = screen.getByLabelText('Code');
    expect(code).toHaveAccessibleDescription(/Enter a code/);
    expect(code).toHaveFocus();
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('Enter the indicator name');
    expect(screen.getByLabelText('Definition')).toHaveAccessibleDescription(/Enter a definition/);
    expect(screen.getByLabelText('Type')).toHaveAccessibleDescription('Choose a type');
    expect(screen.getByLabelText('Unit')).toHaveAccessibleDescription(/Enter the unit/);

    // No survey fields for manual entry; they appear for a survey source and are required.
    expect(screen.queryByLabelText('Survey statistic')).not.toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Source'), 'Survey');
    expect(screen.getByLabelText('Survey statistic')).toBeInTheDocument();
    await userEvent.type(code, 'not a code');
    await userEvent.click(screen.getByRole('button', { name: 'Save indicator' }));
    expect(
      await screen.findByText('Please correct the 7 fields marked below.'),
    ).toBeInTheDocument();
    expect(code).toHaveAccessibleDescription(/capital letters, digits and underscores/);
    expect(screen.getByLabelText('Survey statistic')).toHaveAccessibleDescription(
      'Choose the survey statistic',
    );
    expect(screen.getByLabelText('Survey item')).toHaveAccessibleDescription(
      /^Choose the survey item the statistic is about/,
    );
  });

  it('creates a survey-derived indicator and shows the server’s field error beside its field', async () => {
    const { router } = renderNew([
      {
        request: { query: CreateIndicatorMutationDocument, variables: { input: NEW_SURVEY_INPUT } },
        result: apiErrorResult('Invalid input', {
          code: 'BAD_USER_INPUT',
          fieldErrors: [{ path: ['input', 'code'], message: 'Another indicator has this code' }],
        }),
      },
      {
        request: { query: CreateIndicatorMutationDocument, variables: { input: NEW_SURVEY_INPUT } },
        result: {
          data: {
            __typename: 'Mutation',
            createIndicator: buildIndicator({
              ...NEW_SURVEY_INPUT,
              id: uuid(599),
              owner: SAM,
              editable: true,
              frameworkElements: [],
            }),
          },
        },
      },
    ]);
    await screen.findByLabelText('Code');
    await fillSurveyIndicator();
    await userEvent.selectOptions(screen.getByLabelText('Source'), 'Survey');
    await userEvent.selectOptions(screen.getByLabelText('Survey statistic'), 'Share agreeing');
    await userEvent.selectOptions(
      screen.getByLabelText('Survey item'),
      'Knowledge and understanding (LO_KNOWLEDGE)',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save indicator' }));

    const code = screen.getByLabelText('Code');
    await waitFor(() =>
      expect(code).toHaveAccessibleDescription(/^Another indicator has this code/),
    );
    expect(code).toHaveFocus();

    await userEvent.click(screen.getByRole('button', { name: 'Save indicator' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/indicators/${uuid(599)}`));
    expect(router.state.location.state).toEqual({
      announcement: 'The indicator Participants who learned something new was created.',
    });
  });
});

describe('EditIndicatorPage', { timeout: 30_000 }, () => {
  it('lets a built-in change only its owner, framework elements and breakdowns', async () => {
    const expected = {
      id: SESSIONS_DELIVERED.id,
      code: SESSIONS_DELIVERED.code,
      name: SESSIONS_DELIVERED.name,
      definition: SESSIONS_DELIVERED.definition,
      type: SESSIONS_DELIVERED.type,
      source: SESSIONS_DELIVERED.source,
      unit: SESSIONS_DELIVERED.unit,
      direction: SESSIONS_DELIVERED.direction,
      cumulativeClass: SESSIONS_DELIVERED.cumulativeClass,
      allowedDisaggregations: ['DELIVERY_MODE', 'SESSION_FORMAT', 'AGE_BAND'],
      frameworkElementIds: [],
      ownerId: SAM.id,
      surveyStatistic: null,
      surveyItemCode: null,
      surveyId: null,
    };
    const { router } = renderInRouter(<EditIndicatorPage id={SESSIONS_DELIVERED.id} />, {
      path: '/indicators/:id/edit',
      route: `/indicators/${SESSIONS_DELIVERED.id}/edit`,
      mocks: [
        ...signedInMocks(),
        indicatorOptionsMock(),
        indicatorMock(SESSIONS_DELIVERED),
        {
          request: { query: UpdateIndicatorMutationDocument, variables: { input: expected } },
          result: {
            data: {
              __typename: 'Mutation',
              updateIndicator: { ...SESSIONS_DELIVERED, owner: SAM },
            },
          },
        },
      ],
    });
    expect(await screen.findByText('A built-in indicator')).toBeInTheDocument();
    expect(screen.queryByLabelText('Code')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Definition')).not.toBeInTheDocument();
    expect(screen.getByText(SESSIONS_DELIVERED.definition)).toBeInTheDocument();
    expect(screen.getByLabelText('Owner')).toHaveValue(MORGAN.id);
    // Built-ins can be archived, never deleted.
    expect(screen.getByRole('button', { name: 'Archive indicator' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete indicator' })).not.toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Owner'), 'Sam Lee');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Age band' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save indicator' }));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/indicators/${SESSIONS_DELIVERED.id}`),
    );
  });

  it('asks before deleting a custom indicator and shows the API’s conflict in the dialog', async () => {
    renderInRouter(<EditIndicatorPage id={TEACHER_CONFIDENCE.id} />, {
      path: '/indicators/:id/edit',
      route: `/indicators/${TEACHER_CONFIDENCE.id}/edit`,
      mocks: [
        ...signedInMocks(),
        indicatorOptionsMock(),
        indicatorMock(TEACHER_CONFIDENCE),
        {
          request: {
            query: DeleteIndicatorMutationDocument,
            variables: { input: { id: TEACHER_CONFIDENCE.id } },
          },
          result: apiErrorResult('This indicator has targets or results: archive it instead', {
            code: 'CONFLICT',
          }),
        },
      ],
    });
    expect(await screen.findByLabelText('Code')).toHaveValue('TEACHER_CONFIDENCE');
    await userEvent.click(screen.getByRole('button', { name: 'Delete indicator' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Delete Teachers reporting increased confidence?',
    });
    expect(dialog).toHaveTextContent(/cannot be deleted: archive it instead/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete indicator' }));
    expect(
      await within(dialog).findByText('This indicator has targets or results: archive it instead'),
    ).toBeInTheDocument();
  });

  it('archives after confirmation', async () => {
    const { router } = renderInRouter(<EditIndicatorPage id={TEACHER_CONFIDENCE.id} />, {
      path: '/indicators/:id/edit',
      route: `/indicators/${TEACHER_CONFIDENCE.id}/edit`,
      mocks: [
        ...signedInMocks(),
        indicatorOptionsMock(),
        indicatorMock(TEACHER_CONFIDENCE),
        {
          request: {
            query: ArchiveIndicatorMutationDocument,
            variables: { input: { id: TEACHER_CONFIDENCE.id } },
          },
          result: {
            data: {
              __typename: 'Mutation',
              archiveIndicator: { ...TEACHER_CONFIDENCE, archived: true },
            },
          },
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Archive indicator' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Archive Teachers reporting increased confidence?',
    });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Archive indicator' }));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/indicators/${TEACHER_CONFIDENCE.id}`),
    );
    expect(router.state.location.state).toEqual({
      announcement: 'Teachers reporting increased confidence was archived.',
    });
    void SOCIAL_JUSTICE;
  });
});
