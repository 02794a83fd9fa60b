import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { publicFetch } from '../../../test/surveys.mocks';
import { PublicSurveyForm, StopFollowUp } from './PublicSurveyForm';

const TOKEN = 'AbCdEfGhIjKlMnOpQrStUv';
const SURVEY = {
  title: 'Roman workshop',
  intro: 'Tell us how it went.',
  organisationName: 'Hilltop Museum',
  kind: 'PRE_POST',
  items: [
    {
      code: 'LO_KNOWLEDGE',
      scale: 'AGREE_5',
      label: 'Knowledge',
      statement: 'I learned something new.',
    },
    { code: 'QD_CHALLENGE', scale: 'ZERO_ONE', label: 'Challenge', statement: 'It made me think.' },
    {
      code: 'FT_LEARNED',
      scale: 'FREE_TEXT',
      label: 'Learned',
      statement: 'What is one thing you learned?',
    },
  ],
  offersFollowUp: true,
  followUpPurpose:
    'To ask you a few short questions about how this affected you, 3, 6 and 12 months from now.',
  followUpMonths: null,
};

afterEach(() => {
  vi.unstubAllGlobals();
  window.localStorage.clear();
});

describe('PublicSurveyForm', { timeout: 20_000 }, () => {
  it('is answered with the keyboard, gives a pairing code before and remembers it', async () => {
    const { fetchMock, calls } = publicFetch({
      [`GET /api/public/surveys/${TOKEN}`]: { status: 200, body: SURVEY },
      [`POST /api/public/surveys/${TOKEN}/responses`]: {
        status: 201,
        body: { pairingCode: 'K7M2QX', wave: 'PRE' },
      },
      [`POST /api/public/surveys/${TOKEN}/follow-up`]: {
        status: 201,
        body: { withdrawToken: 'w'.repeat(32) },
      },
    });
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(<PublicSurveyForm token={TOKEN} wave="pre" followUpToken={null} />);
    const question = await screen.findByRole('group', { name: '1. I learned something new.' });
    expect(screen.getByText('0 of 3 answered')).toBeInTheDocument();
    // Keyboard only: tab into the radio group, arrows choose.
    await userEvent.click(screen.getByRole('radio', { name: 'Agree' }));
    expect(question).toBeInTheDocument();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Strongly agree' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: '7' }));
    expect(screen.getByText('2 of 3 answered')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Send my answers' }));

    expect(await screen.findByRole('heading', { name: 'Thank you' })).toHaveFocus();
    expect(screen.getByText('K7M2QX')).toBeInTheDocument();
    expect(window.localStorage.getItem(`lantern.survey.${TOKEN}.pairing`)).toBe('K7M2QX');
    expect(calls[1]).toEqual({
      method: 'POST',
      path: `/api/public/surveys/${TOKEN}/responses`,
      body: {
        wave: 'PRE',
        pairingCode: null,
        followUpToken: null,
        answers: [
          { itemCode: 'LO_KNOWLEDGE', value: 5 },
          { itemCode: 'QD_CHALLENGE', value: 0.7 },
        ],
      },
    });

    // The optional follow-up step.
    expect(screen.getByText(/3, 6 and 12 months from now/)).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: 'Email address' }), 'sam@example.org');
    await userEvent.click(screen.getByRole('radio', { name: /parent or guardian/ }));
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'I agree to be contacted for this purpose' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Yes, you can contact me' }));
    expect(await screen.findByText('Thank you. We will email you then.')).toBeInTheDocument();
    expect(calls[2]?.body).toEqual({
      email: 'sam@example.org',
      givenBy: 'PARENT_GUARDIAN',
      agreed: true,
    });
  });

  it('fills the code in after the session from this device, and shows errors by question', async () => {
    window.localStorage.setItem(`lantern.survey.${TOKEN}.pairing`, 'K7M2QX');
    const { fetchMock, calls } = publicFetch({
      [`GET /api/public/surveys/${TOKEN}`]: { status: 200, body: SURVEY },
      [`POST /api/public/surveys/${TOKEN}/responses`]: {
        status: 400,
        body: {
          error: {
            code: 'BAD_USER_INPUT',
            message: 'x',
            fieldErrors: [
              {
                path: ['answers', 'LO_KNOWLEDGE'],
                message: 'Question 1 ("Knowledge") must be a whole number from 1 to 5',
              },
            ],
          },
        },
      },
    });
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(<PublicSurveyForm token={TOKEN} wave="post" followUpToken={null} />);
    expect(
      await screen.findByRole('textbox', { name: /Your code from before the session/ }),
    ).toHaveValue('K7M2QX');
    await userEvent.click(screen.getByRole('radio', { name: 'Disagree' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect(
      await screen.findByText('Question 1 ("Knowledge") must be a whole number from 1 to 5'),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Some answers need another look.');
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Disagree' })).toHaveFocus());
    expect((calls[1]?.body as { pairingCode: string; wave: string }).pairingCode).toBe('K7M2QX');
  });

  it('says plainly when a survey has closed or cannot be found', async () => {
    const { fetchMock } = publicFetch({
      [`GET /api/public/surveys/${TOKEN}`]: {
        status: 410,
        body: {
          error: { code: 'GONE', message: 'This survey has closed. Thank you for your interest.' },
        },
      },
      ['GET /api/public/surveys/unknown-token-123']: {
        status: 404,
        body: {
          error: {
            code: 'NOT_FOUND',
            message:
              "We can't find this survey. Check the link or ask the person who gave it to you.",
          },
        },
      },
    });
    vi.stubGlobal('fetch', fetchMock);
    const { unmount } = renderWithProviders(
      <PublicSurveyForm token={TOKEN} wave={null} followUpToken={null} />,
    );
    expect(
      await screen.findByRole('heading', { name: 'This survey has closed' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('This survey has closed. Thank you for your interest.'),
    ).toBeInTheDocument();
    unmount();
    renderWithProviders(
      <PublicSurveyForm token="unknown-token-123" wave={null} followUpToken={null} />,
    );
    expect(await screen.findByRole('heading', { name: 'Survey not found' })).toBeInTheDocument();
  });
});

describe('StopFollowUp', { timeout: 20_000 }, () => {
  it('deletes the address in one click', async () => {
    const { fetchMock, calls } = publicFetch({
      'POST /api/public/follow-up/withdraw': { status: 200, body: { withdrawn: true } },
    });
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(<StopFollowUp token={'t'.repeat(32)} />);
    await userEvent.click(
      screen.getByRole('button', { name: 'Stop emails and delete my address' }),
    );
    expect(await screen.findByText(/your email address has been deleted/)).toBeInTheDocument();
    expect(calls[0]?.body).toEqual({ token: 't'.repeat(32) });
  });
});
