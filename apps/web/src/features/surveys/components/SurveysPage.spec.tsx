import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildViewer, signedInMocks } from '../../../test/auth.mocks';
import { renderInRouter } from '../../../test/render';
import { buildSurvey, resultsMock, surveysMock } from '../../../test/surveys.mocks';
import { SurveyResults } from './SurveyResults';
import { SurveysPage } from './SurveysPage';

const viewer = signedInMocks(buildViewer({ role: 'LEARNING_OFFICER' }));

describe('SurveysPage', { timeout: 20_000 }, () => {
  it('says what to do when there are no surveys', async () => {
    renderInRouter(<SurveysPage />, {
      route: '/surveys',
      path: '/surveys',
      mocks: [...viewer, surveysMock([])],
    });
    expect(await screen.findByText('No surveys yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New survey' })).toHaveAttribute(
      'href',
      '/surveys/new',
    );
  });

  it('lists surveys with what they are for, status and responses', async () => {
    renderInRouter(<SurveysPage />, {
      route: '/surveys',
      path: '/surveys',
      mocks: [
        ...viewer,
        surveysMock([
          buildSurvey(),
          buildSurvey({
            id: 'survey-2',
            title: 'Family day',
            status: 'DRAFT',
            kind: 'SINGLE',
            responseCount: 0,
          }),
        ]),
      ],
    });
    const link = await screen.findByRole('link', { name: 'Roman workshop feedback' });
    expect(link).toHaveAttribute('href', '/surveys/survey-1');
    const row = link.closest('tr')!;
    expect(within(row).getByText('Schools - KS2 Romans')).toBeInTheDocument();
    expect(within(row).getByText('Before and after (paired)')).toBeInTheDocument();
    expect(within(row).getByText('Open')).toBeInTheDocument();
    expect(within(row).getByText('12')).toBeInTheDocument();
    expect(screen.getByText('2 surveys')).toBeInTheDocument();
  });
});

describe('SurveyResults', { timeout: 20_000 }, () => {
  it('shows paired change with n and CI, means with CI, and withholds small cells', async () => {
    renderInRouter(<SurveyResults surveyId="survey-1" />, {
      route: '/surveys/survey-1',
      path: '/surveys/:id',
      mocks: [resultsMock('survey-1')],
    });
    const change = await screen.findByRole('row', {
      name: /Knowledge and understanding 6 \+1\.17/,
    });
    expect(change).toHaveTextContent('+0.38 to +1.96');
    expect(change).toHaveTextContent('83.3%');
    const mean = screen.getAllByRole('row').find((row) => row.textContent?.includes('After6'))!;
    expect(mean).toHaveTextContent('3.06 to 4.94');
    expect(mean).toHaveTextContent('66.7% agree');
    expect(mean).toHaveTextContent('3: <5');
    expect(
      screen.getByRole('row', { name: /Happiness yesterday After Fewer than 5 responses/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('Romans had central heating')).toBeInTheDocument();
    expect(screen.getByText(/Figures from fewer than 5 people are withheld/)).toBeInTheDocument();
  });

  it('has an empty state before anyone answers', async () => {
    renderInRouter(<SurveyResults surveyId="survey-1" />, {
      route: '/',
      path: '/',
      mocks: [
        resultsMock('survey-1', {
          responseCount: 0,
          items: [],
          changes: [],
          waves: [],
          comments: [],
        }),
      ],
    });
    expect(await screen.findByText('No responses yet')).toBeInTheDocument();
  });
});
