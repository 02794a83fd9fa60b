import { ApolloClient } from '@apollo/client';
import type { MockedResponse } from '@apollo/client/testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiErrorResult, buildViewer } from '../../../test/auth.mocks';
import { renderInRouter } from '../../../test/render';
import {
  AcceptInvitationMutationDocument,
  InvitationPreviewQueryDocument,
} from '../graphql/auth.operations';
import { AcceptInvitationPanel } from './AcceptInvitationPanel';

const TOKEN = 'invite-token-0123456789abcdef';

function previewMock(accountExists: boolean): MockedResponse {
  return {
    request: { query: InvitationPreviewQueryDocument, variables: { token: TOKEN } },
    result: {
      data: {
        __typename: 'Query',
        invitationPreview: {
          __typename: 'InvitationPreview',
          accountExists,
          email: 'sam@hilltop.example',
          expiresAt: '2026-12-01T10:00:00.000Z',
          organisationName: 'Hilltop Museum',
          role: 'LEARNING_OFFICER',
        },
      },
    },
  };
}

function acceptMock(
  input: Record<string, string>,
  result: MockedResponse['result'],
): MockedResponse {
  return { request: { query: AcceptInvitationMutationDocument, variables: { input } }, result };
}

const accepted = {
  data: {
    __typename: 'Mutation',
    acceptInvitation: buildViewer({ role: 'LEARNING_OFFICER', name: 'Sam Lee' }),
  },
};

function renderPanel(mocks: MockedResponse[], token: string | null = TOKEN) {
  return renderInRouter(<AcceptInvitationPanel token={token} />, {
    path: '/accept-invitation',
    route: token ? `/accept-invitation?token=${token}` : '/accept-invitation',
    mocks,
  });
}

describe('AcceptInvitationPanel', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('asks someone with an account for its password, then signs them in', async () => {
    const clearStore = vi.spyOn(ApolloClient.prototype, 'clearStore');
    const { router } = renderPanel([
      previewMock(true),
      acceptMock({ token: TOKEN, password: 'my existing password' }, accepted),
    ]);

    expect(
      await screen.findByText(
        (_, element) =>
          element?.tagName === 'P' &&
          element.textContent ===
            'Hilltop Museum invited sam@hilltop.example to join as Learning officer.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Your name' })).not.toBeInTheDocument();
    const password = screen.getByLabelText('Password');
    expect(password).toHaveAttribute('autocomplete', 'current-password');

    await userEvent.type(password, 'my existing password');
    await userEvent.click(screen.getByRole('button', { name: 'Accept invitation' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(clearStore).toHaveBeenCalledTimes(1);
  });

  it('asks a newcomer for a name and a new password', async () => {
    const { router } = renderPanel([
      previewMock(false),
      acceptMock({ token: TOKEN, name: 'Sam Lee', password: 'a brand new passphrase' }, accepted),
    ]);

    const name = await screen.findByRole('textbox', { name: 'Your name' });
    const password = screen.getByLabelText('Choose a password');
    expect(password).toHaveAccessibleDescription(
      'At least 12 characters; common passwords are refused.',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Accept invitation' }));
    expect(name).toHaveAccessibleDescription('Enter your name');
    expect(name).toHaveFocus();

    await userEvent.type(name, 'Sam Lee');
    await userEvent.type(password, 'a brand new passphrase');
    await userEvent.click(screen.getByRole('button', { name: 'Accept invitation' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });

  it("shows the API's reason for an unusable invitation, with no form", async () => {
    renderPanel([
      {
        request: { query: InvitationPreviewQueryDocument, variables: { token: TOKEN } },
        result: apiErrorResult('input.token: expired', {
          code: 'BAD_USER_INPUT',
          fieldErrors: [
            {
              path: ['input', 'token'],
              message:
                'This invitation has expired. Ask the person who invited you to send a new one.',
            },
          ],
        }),
      },
    ]);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This invitation has expired. Ask the person who invited you to send a new one.',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('This invitation cannot be used');
    expect(screen.queryByLabelText(/password/i)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept invitation' })).not.toBeInTheDocument();
  });

  it('says plainly when the invitation is unknown', async () => {
    renderPanel([
      {
        request: { query: InvitationPreviewQueryDocument, variables: { token: TOKEN } },
        result: apiErrorResult('Invitation was not found.', { code: 'NOT_FOUND' }),
      },
    ]);

    expect(await screen.findByRole('alert')).toHaveTextContent('Invitation was not found.');
    expect(screen.queryByRole('button', { name: 'Accept invitation' })).not.toBeInTheDocument();
  });

  it('explains a link without a token', () => {
    renderPanel([], null);

    expect(screen.getByRole('alert')).toHaveTextContent('The link is missing part of its address.');
  });
});
