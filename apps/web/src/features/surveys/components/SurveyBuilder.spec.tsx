import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildViewer, signedInMocks } from '../../../test/auth.mocks';
import { renderInRouter } from '../../../test/render';
import { buildSurvey, itemBankMock, linkOptionsMock } from '../../../test/surveys.mocks';
import { CreateSurveyMutationDocument } from '../graphql/surveys.operations';
import { parseMonths, SurveyBuilder } from './SurveyBuilder';

describe('SurveyBuilder', { timeout: 30_000 }, () => {
  it('builds a survey from the bank in the chosen order and opens it once created', async () => {
    const input = {
      title: 'Toy workshop',
      intro: null,
      programmeId: 'programme-1',
      sessionId: null,
      kind: 'SINGLE',
      itemCodes: ['ONS4_HAPPY', 'LO_KNOWLEDGE'],
      offersFollowUp: false,
      followUpMonths: [3, 6, 12],
      closesAt: null,
    };
    const { router } = renderInRouter(<SurveyBuilder survey={null} />, {
      route: '/surveys/new',
      path: '/surveys/new',
      mocks: [
        ...signedInMocks(buildViewer({ role: 'LEARNING_OFFICER' })),
        itemBankMock(),
        linkOptionsMock(),
        {
          request: { query: CreateSurveyMutationDocument, variables: { input } },
          result: {
            data: { createSurvey: buildSurvey({ id: 'survey-9', title: 'Toy workshop' }) },
          },
        },
      ],
    });
    await userEvent.type(await screen.findByRole('textbox', { name: 'Title' }), 'Toy workshop');
    await userEvent.click(screen.getByRole('textbox', { name: 'Programme' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Schools - KS2 Romans' }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Knowledge and understanding/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Happiness yesterday/ }));
    const order = screen.getByRole('list', { name: 'Questions in the order asked' });
    expect(order).toHaveTextContent(/I learned something new.*happy did you feel yesterday/);
    await userEvent.click(screen.getByRole('button', { name: 'Move "Happiness yesterday" up' }));
    expect(order).toHaveTextContent(/happy did you feel yesterday.*I learned something new/);
    await userEvent.click(screen.getByRole('button', { name: 'Create survey' }));
    expect(await screen.findByText('Elsewhere: /surveys/survey-9')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/surveys/survey-9');
  });

  it('reads follow-up months typed with commas', () => {
    expect(parseMonths('3, 6,12')).toEqual([3, 6, 12]);
    expect(parseMonths('3, six')).toBeNull();
  });
});
