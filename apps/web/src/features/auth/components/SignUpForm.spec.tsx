import type { MockedResponse } from '@apollo/client/testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiErrorResult, buildViewer } from '../../../test/auth.mocks';
import { renderInRouter } from '../../../test/render';
import { SignUpMutationDocument } from '../graphql/auth.operations';
import { SignUpForm } from './SignUpForm';

const input = {
  organisationName: 'Hilltop Museum',
  organisationKind: 'MUSEUM_SERVICE',
  nation: 'SCOTLAND',
  name: 'Priya Shah',
  email: 'priya@hilltop.example',
  password: 'correct horse battery',
};

function signUpMock(result: MockedResponse['result'], password = input.password): MockedResponse {
  return {
    request: { query: SignUpMutationDocument, variables: { input: { ...input, password } } },
    result,
  };
}

async function fill(password: string) {
  await userEvent.type(
    screen.getByRole('textbox', { name: /Organisation name/ }),
    input.organisationName,
  );
  await userEvent.selectOptions(
    screen.getByRole('combobox', { name: 'Type of organisation' }),
    'Museum service',
  );
  await userEvent.selectOptions(screen.getByRole('combobox', { name: /Nation/ }), 'Scotland');
  await userEvent.type(screen.getByRole('textbox', { name: 'Your name' }), input.name);
  await userEvent.type(screen.getByRole('textbox', { name: 'Email address' }), input.email);
  await userEvent.type(screen.getByLabelText('Password'), password);
}

describe('SignUpForm', () => {
  it('states the password rule and checks its length before sending anything', async () => {
    renderInRouter(<SignUpForm />, { path: '/sign-up', route: '/sign-up' });

    const password = screen.getByLabelText('Password');
    expect(password).toHaveAccessibleDescription(
      'At least 12 characters; common passwords are refused.',
    );
    expect(screen.getByRole('combobox', { name: 'Type of organisation' })).toHaveValue('MUSEUM');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(
      expect.arrayContaining([
        'Museum',
        'Gallery',
        'Heritage site',
        'Museum service',
        'England',
        'Scotland',
        'Wales',
        'Northern Ireland',
      ]),
    );

    await fill('too short');
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));

    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription(
      expect.stringContaining('Password must be at least 12 characters'),
    );
    expect(password).toHaveFocus();
    // Nothing was sent: an unexpected request would have shown an error alert.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it("shows the API's refusal of a common password beside the field", async () => {
    renderInRouter(<SignUpForm />, {
      path: '/sign-up',
      route: '/sign-up',
      mocks: [
        signUpMock(
          apiErrorResult('input.password: too common', {
            code: 'BAD_USER_INPUT',
            fieldErrors: [
              {
                path: ['input', 'password'],
                message: 'This password is too common. Choose one that is harder to guess.',
              },
            ],
          }),
          'password1234',
        ),
      ],
    });
    await fill('password1234');
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));

    const password = screen.getByLabelText('Password');
    await waitFor(() =>
      expect(password).toHaveAccessibleDescription(
        expect.stringContaining('This password is too common. Choose one that is harder to guess.'),
      ),
    );
    expect(password).toHaveFocus();
  });

  it('creates the organisation, signs in and goes to the home page', async () => {
    const { router } = renderInRouter(<SignUpForm />, {
      path: '/sign-up',
      route: '/sign-up',
      mocks: [signUpMock({ data: { __typename: 'Mutation', signUp: buildViewer() } })],
    });
    await fill(input.password);
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });

  it('shows a CONFLICT (account exists) in the words of the API', async () => {
    renderInRouter(<SignUpForm />, {
      path: '/sign-up',
      route: '/sign-up',
      mocks: [
        signUpMock(
          apiErrorResult(
            'An account with this email already exists. Sign in instead, or reset your password.',
            { code: 'CONFLICT' },
          ),
        ),
      ],
    });
    await fill(input.password);
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'An account with this email already exists. Sign in instead, or reset your password.',
    );
  });
});
