import type { MockedResponse } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiErrorResult } from '../../../test/auth.mocks';
import { renderInRouter } from '../../../test/render';
import {
  RequestPasswordResetMutationDocument,
  ResetPasswordMutationDocument,
} from '../graphql/auth.operations';
import { ForgotPasswordForm } from './ForgotPasswordForm';
import { ResetPasswordForm } from './ResetPasswordForm';

const TOKEN = 'reset-token-0123456789abcdef';

function resetMock(password: string, result: MockedResponse['result']): MockedResponse {
  return {
    request: {
      query: ResetPasswordMutationDocument,
      variables: { input: { token: TOKEN, password } },
    },
    result,
  };
}

describe('ForgotPasswordForm', () => {
  it('always answers with the same message, whether or not the account exists', async () => {
    renderInRouter(<ForgotPasswordForm />, {
      path: '/forgot-password',
      route: '/forgot-password',
      mocks: [
        {
          request: {
            query: RequestPasswordResetMutationDocument,
            variables: { input: { email: 'nobody@hilltop.example' } },
          },
          result: { data: { __typename: 'Mutation', requestPasswordReset: true } },
        },
      ],
    });
    await userEvent.type(
      screen.getByRole('textbox', { name: /Email address/ }),
      'nobody@hilltop.example',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Send reset link' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      "If an account exists for that email, we've sent a link to reset the password. The link works for one hour.",
    );
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to sign in' })).toHaveAttribute(
      'href',
      '/sign-in',
    );
  });
});

describe('ResetPasswordForm', () => {
  it('checks that the two passwords match, then changes the password', async () => {
    renderInRouter(<ResetPasswordForm token={TOKEN} />, {
      path: '/reset-password',
      route: `/reset-password?token=${TOKEN}`,
      mocks: [
        resetMock('a much longer passphrase', {
          data: { __typename: 'Mutation', resetPassword: true },
        }),
      ],
    });
    await userEvent.type(screen.getByLabelText('New password'), 'a much longer passphrase');
    await userEvent.type(screen.getByLabelText('Confirm new password'), 'a much longer passphrasf');
    await userEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect(screen.getByLabelText('Confirm new password')).toHaveAccessibleDescription(
      'The two passwords do not match',
    );

    await userEvent.clear(screen.getByLabelText('Confirm new password'));
    await userEvent.type(screen.getByLabelText('Confirm new password'), 'a much longer passphrase');
    await userEvent.click(screen.getByRole('button', { name: 'Change password' }));

    expect(
      await screen.findByText('Your password has been changed. Sign in with your new password.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
  });

  it('explains an expired link and offers a new one, with no form', async () => {
    renderInRouter(<ResetPasswordForm token={TOKEN} />, {
      path: '/reset-password',
      route: `/reset-password?token=${TOKEN}`,
      mocks: [
        resetMock(
          'a much longer passphrase',
          apiErrorResult('input.token: expired', {
            code: 'BAD_USER_INPUT',
            fieldErrors: [
              {
                path: ['input', 'token'],
                message: 'This reset link has expired. Ask for a new one.',
              },
            ],
          }),
        ),
      ],
    });
    await userEvent.type(screen.getByLabelText('New password'), 'a much longer passphrase');
    await userEvent.type(screen.getByLabelText('Confirm new password'), 'a much longer passphrase');
    await userEvent.click(screen.getByRole('button', { name: 'Change password' }));

    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText('This reset link has expired. Ask for a new one.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Request a new link' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
    expect(screen.queryByLabelText('New password')).not.toBeInTheDocument();
  });
});
