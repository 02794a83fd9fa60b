import type { MockedResponse } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiErrorResult, buildViewer, signedInMocks } from '../../../test/auth.mocks';
import {
  buildInvitation,
  invitationsMock,
  membersMock,
  PRIYA,
  SAM,
} from '../../../test/members.mocks';
import { renderWithProviders } from '../../../test/render';
import {
  ChangeMemberRoleMutationDocument,
  InviteMemberMutationDocument,
  MembersQueryDocument,
  RemoveMemberMutationDocument,
  RevokeInvitationMutationDocument,
} from '../graphql/members.operations';
import { MembersPage } from './MembersPage';

function memberCard(name: string) {
  const list = screen.getByRole('list', { name: 'People' });
  const card = within(list)
    .getAllByRole('listitem')
    .find((item) => item.textContent?.includes(name));
  if (!card) {
    throw new Error(`No card for ${name}`);
  }
  return card;
}

function renderAs(role: 'ADMIN' | 'LEARNING_OFFICER', extra: MockedResponse[] = []) {
  return renderWithProviders(<MembersPage />, {
    route: '/members',
    mocks: [
      ...signedInMocks(buildViewer({ role })),
      membersMock(),
      ...(role === 'ADMIN' ? [invitationsMock([buildInvitation()])] : []),
      ...extra,
    ],
  });
}

describe('MembersPage', () => {
  it('shows a learning officer the members and nothing they cannot do', async () => {
    renderAs('LEARNING_OFFICER');

    expect(screen.getByRole('heading', { level: 1, name: 'Members' })).toBeInTheDocument();
    const sam = await waitFor(() => memberCard('Sam Lee'));
    expect(sam).toHaveTextContent('sam@hilltop.example');
    expect(sam).toHaveTextContent('Learning officer');
    expect(sam).toHaveTextContent('1 Apr 2026');
    expect(memberCard('Priya Shah')).toHaveTextContent('Priya Shah (you)');
    expect(memberCard('Priya Shah')).toHaveTextContent('Admin');

    expect(screen.queryByRole('button', { name: /Change role/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Invite someone' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Invitations' })).not.toBeInTheDocument();
  });

  it('gives an admin role changes, removal, the invite form and the invitations', async () => {
    renderAs('ADMIN');

    await waitFor(() => memberCard('Sam Lee'));
    expect(
      within(memberCard('Sam Lee')).getByRole('button', { name: 'Change role for Sam Lee' }),
    ).toBeInTheDocument();
    expect(
      within(memberCard('Sam Lee')).getByRole('button', { name: 'Remove Sam Lee' }),
    ).toBeInTheDocument();
    // You cannot remove yourself from here.
    expect(
      within(memberCard('Priya Shah')).queryByRole('button', { name: /Remove/ }),
    ).not.toBeInTheDocument();

    const invite = screen.getByRole('form', { name: 'Invite someone' });
    expect(within(invite).getByRole('textbox', { name: /Email address/ })).toBeInTheDocument();
    const roles = within(invite).getByRole('radiogroup', { name: 'Role' });
    expect(within(roles).getByRole('radio', { name: 'Learning officer' })).toBeChecked();
    expect(within(roles).getByRole('radio', { name: 'Admin' })).toHaveAccessibleDescription(
      'Manages people, sites and settings.',
    );
    expect(within(roles).getByRole('radio', { name: 'Trustee' })).toHaveAccessibleDescription(
      'Reads dashboards and signed-off reports only.',
    );

    const invitations = await screen.findByRole('list', { name: 'Invitations' });
    const invitation = within(invitations).getByRole('listitem');
    expect(invitation).toHaveTextContent('alex@hilltop.example');
    expect(invitation).toHaveTextContent('Pending');
    expect(invitation).toHaveTextContent('Trustee');
    expect(invitation).toHaveTextContent('Priya Shah');
    expect(
      within(invitation).getByRole('button', { name: 'Resend invitation to alex@hilltop.example' }),
    ).toBeInTheDocument();
  });

  it('asks before removing someone, naming them, then removes them', async () => {
    renderAs('ADMIN', [
      {
        request: { query: RemoveMemberMutationDocument, variables: { input: { id: SAM.id } } },
        result: {
          data: { __typename: 'Mutation', removeMember: { __typename: 'Member', id: SAM.id } },
        },
      },
    ]);
    await waitFor(() => memberCard('Sam Lee'));

    await userEvent.click(screen.getByRole('button', { name: 'Remove Sam Lee' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove Sam Lee?' });
    expect(dialog).toHaveTextContent(
      'Sam Lee (sam@hilltop.example) will lose access to Hilltop Museum straight away.',
    );
    // Cancelling changes nothing.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(memberCard('Sam Lee')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Remove Sam Lee' }));
    await userEvent.click(
      within(screen.getByRole('dialog', { name: 'Remove Sam Lee?' })).getByRole('button', {
        name: 'Remove member',
      }),
    );

    await waitFor(() =>
      expect(
        screen
          .getAllByRole('status')
          .some((region) => region.textContent === 'Sam Lee was removed.'),
      ).toBe(true),
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'People' })).queryByText(/Sam Lee/),
    ).not.toBeInTheDocument();
  });

  it("shows the API's refusal to demote the last admin", async () => {
    const lastAdmin =
      'Every organisation needs at least one admin: make someone else an admin first.';
    renderAs('ADMIN', [
      {
        request: {
          query: ChangeMemberRoleMutationDocument,
          variables: { input: { id: PRIYA.id, role: 'HEAD_OF_LEARNING' } },
        },
        result: apiErrorResult(lastAdmin, { code: 'CONFLICT' }),
      },
    ]);
    await waitFor(() => memberCard('Priya Shah'));

    await userEvent.click(screen.getByRole('button', { name: 'Change role for Priya Shah' }));
    const dialog = screen.getByRole('dialog', { name: 'Change your role' });
    await userEvent.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Role' }),
      'Head of learning',
    );
    expect(dialog).toHaveTextContent('You will stop being an admin');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Change my role' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(lastAdmin);
    expect(memberCard('Priya Shah')).toHaveTextContent('Admin');
  });

  it("changes another member's role without extra warnings", async () => {
    renderAs('ADMIN', [
      {
        request: {
          query: ChangeMemberRoleMutationDocument,
          variables: { input: { id: SAM.id, role: 'HEAD_OF_LEARNING' } },
        },
        result: {
          data: {
            __typename: 'Mutation',
            changeMemberRole: { ...SAM, role: 'HEAD_OF_LEARNING' },
          },
        },
      },
    ]);
    await waitFor(() => memberCard('Sam Lee'));

    await userEvent.click(screen.getByRole('button', { name: 'Change role for Sam Lee' }));
    const dialog = screen.getByRole('dialog', { name: "Change Sam Lee's role" });
    const select = within(dialog).getByRole('combobox', { name: 'Role' });
    await userEvent.selectOptions(select, 'Head of learning');
    expect(select).toHaveAccessibleDescription(
      'Sets goals, approves results and signs off reports.',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save role' }));

    await waitFor(() => expect(memberCard('Sam Lee')).toHaveTextContent('Head of learning'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('invites someone and lists the invitation', async () => {
    renderAs('ADMIN', [
      {
        request: {
          query: InviteMemberMutationDocument,
          variables: { input: { email: 'jo@hilltop.example', role: 'HEAD_OF_LEARNING' } },
        },
        result: {
          data: {
            __typename: 'Mutation',
            inviteMember: buildInvitation({
              id: 'inv-2',
              email: 'jo@hilltop.example',
              role: 'HEAD_OF_LEARNING',
            }),
          },
        },
      },
    ]);
    await screen.findByRole('list', { name: 'Invitations' });

    const invite = screen.getByRole('form', { name: 'Invite someone' });
    const email = within(invite).getByRole('textbox', { name: /Email address/ });
    await userEvent.click(within(invite).getByRole('button', { name: 'Send invitation' }));
    expect(email).toHaveAttribute('aria-invalid', 'true');

    await userEvent.type(email, 'Jo@Hilltop.example');
    await userEvent.click(within(invite).getByRole('radio', { name: 'Head of learning' }));
    await userEvent.click(within(invite).getByRole('button', { name: 'Send invitation' }));

    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Invitations' })).getAllByRole('listitem'),
      ).toHaveLength(2),
    );
    expect(screen.getByText('Invitation sent to jo@hilltop.example.')).toBeInTheDocument();
    expect(email).toHaveValue('');
  });

  it('revokes an invitation after asking', async () => {
    renderAs('ADMIN', [
      {
        request: { query: RevokeInvitationMutationDocument, variables: { input: { id: 'inv-1' } } },
        result: {
          data: {
            __typename: 'Mutation',
            revokeInvitation: buildInvitation({ status: 'REVOKED' }),
          },
        },
      },
    ]);
    const invitations = await screen.findByRole('list', { name: 'Invitations' });

    await userEvent.click(
      within(invitations).getByRole('button', {
        name: 'Revoke invitation to alex@hilltop.example',
      }),
    );
    const dialog = screen.getByRole('dialog', {
      name: 'Revoke the invitation to alex@hilltop.example?',
    });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Revoke invitation' }));

    await waitFor(() =>
      expect(within(invitations).getByRole('listitem')).toHaveTextContent('Revoked'),
    );
    expect(within(invitations).queryByRole('button', { name: /Revoke/ })).not.toBeInTheDocument();
  });

  it('shows the permission state when the API refuses the list', async () => {
    renderWithProviders(<MembersPage />, {
      mocks: [
        ...signedInMocks(buildViewer({ role: 'LEARNING_OFFICER' })),
        {
          request: { query: MembersQueryDocument },
          result: apiErrorResult('You do not have permission to do that.', { code: 'FORBIDDEN' }),
        },
      ],
    });

    expect(
      await screen.findByRole('heading', { name: "You don't have permission" }),
    ).toBeInTheDocument();
  });
});
