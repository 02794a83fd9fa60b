import { ApolloClient } from '@apollo/client';
import type { MockedResponse } from '@apollo/client/testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiErrorResult, buildViewer } from '../../../test/auth.mocks';
import { renderInRouter } from '../../../test/render';
import { SignInMutationDocument } from '../graphql/auth.operations';
import { SignInForm } from './SignInForm';

const input = { email: 'priya@hilltop.example', password: 'correct horse battery' };

function signInMock(result: MockedResponse['result']): MockedResponse {
  return { request: { query: SignInMutationDocument, variables: { input } }, result };
}

function renderSignIn(mocks: MockedResponse[], next: string | null = '/members') {
  const route = next === null ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;
  return renderInRouter(<SignInForm next={next} />, { path: '/sign-in', route, mocks });
}

async function fillAndSubmit(email = ' Priya@Hilltop.example ', password = input.password) {
  await userEvent.type(screen.getByRole('textbox', { name: 'Email address' }), email);
  await userEvent.type(screen.getByLabelText('Password'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInForm', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('signs in, clears the store and goes on to the page in ?next=', async () => {
    const clearStore = vi.spyOn(ApolloClient.prototype, 'clearStore');
    const { router } = renderSignIn([
      signInMock({ data: { __typename: 'Mutation', signIn: buildViewer() } }),
    ]);

    expect(screen.getByRole('link', { name: 'Forgot your password?' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
    expect(screen.getByRole('link', { name: 'Create an account' })).toHaveAttribute(
      'href',
      '/sign-up',
    );
    await fillAndSubmit();

    expect(await screen.findByText('Elsewhere: /members')).toBeInTheDocument();
    expect(clearStore).toHaveBeenCalledTimes(1);
    expect(router.state.location.pathname).toBe('/members');
  });

  it('ignores a ?next= that points at another site', async () => {
    const { router } = renderSignIn(
      [signInMock({ data: { __typename: 'Mutation', signIn: buildViewer() } })],
      '//evil.example/steal',
    );
    await fillAndSubmit();

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });

  it("shows the server's message for a wrong email or password and stays on the page", async () => {
    const clearStore = vi.spyOn(ApolloClient.prototype, 'clearStore');
    const { router } = renderSignIn([
      signInMock(apiErrorResult('Email or password is incorrect.', { code: 'UNAUTHENTICATED' })),
    ]);
    await fillAndSubmit();

    expect(await screen.findByRole('alert')).toHaveTextContent('Email or password is incorrect.');
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(clearStore).not.toHaveBeenCalled();
  });

  it('says how long to wait when rate limited', async () => {
    renderSignIn([
      signInMock(
        apiErrorResult('Too many attempts.', { code: 'RATE_LIMITED', retryAfterSeconds: 30 }),
      ),
    ]);
    await fillAndSubmit();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many attempts. Try again in 30 seconds.',
    );
  });

  it('checks for empty fields in the browser, beside each field', async () => {
    renderSignIn([]);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    const email = screen.getByRole('textbox', { name: 'Email address' });
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Enter your email address');
    expect(email).toHaveFocus();
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it("puts the API's field errors beside the field", async () => {
    renderSignIn([
      signInMock(
        apiErrorResult('input.email: Enter an email address like name@example.org', {
          code: 'BAD_USER_INPUT',
          fieldErrors: [
            { path: ['input', 'email'], message: 'Enter an email address like name@example.org' },
          ],
        }),
      ),
    ]);
    await fillAndSubmit();

    const email = screen.getByRole('textbox', { name: 'Email address' });
    await waitFor(() =>
      expect(email).toHaveAccessibleDescription('Enter an email address like name@example.org'),
    );
    expect(email).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows and hides the password', async () => {
    renderSignIn([]);
    const password = screen.getByLabelText('Password');
    expect(password).toHaveAttribute('type', 'password');
    await userEvent.click(screen.getByRole('button', { name: 'Show password' }));
    expect(password).toHaveAttribute('type', 'text');
  });
});
