import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiErrorResult, signedInMocks } from '../../../test/auth.mocks';
import {
  buildProgramme,
  createProgrammeMock,
  MAIN_MUSEUM,
  MORGAN,
  PARTNERSHIPS,
  PROGRAMME_ID,
  programmeFormOptionsMock,
  programmeMock,
  SAM,
  SKILLS,
  SOCIAL_JUSTICE,
  updateProgrammeMock,
  uuid,
} from '../../../test/programmes.mocks';
import { renderInRouter } from '../../../test/render';
import { EditProgrammePage, NewProgrammePage } from './ProgrammeEditorPage';

function renderNew(mocks: Parameters<typeof renderInRouter>[1] = {}) {
  return renderInRouter(<NewProgrammePage />, {
    path: '/programmes/new',
    route: '/programmes/new',
    ...mocks,
  });
}

function setDate(
  label: string | HTMLElement,
  value: string,
  container: HTMLElement = document.body,
) {
  const input = typeof label === 'string' ? within(container).getByLabelText(label) : label;
  fireEvent.change(input, { target: { value } });
}

// Typing into a long form takes a while on a busy machine.
describe('NewProgrammePage', { timeout: 30_000 }, () => {
  it('checks the form with the API’s rules: messages beside their fields, focus on the first', async () => {
    renderNew({ mocks: [...signedInMocks(), programmeFormOptionsMock()] });

    await userEvent.click(await screen.findByRole('button', { name: 'Save programme' }));

    expect(
      await screen.findByText('Please correct the 3 fields marked below.'),
    ).toBeInTheDocument();
    const name = screen.getByLabelText('Name');
    expect(name).toHaveAccessibleDescription('Enter the programme name');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveFocus();
    expect(screen.getByLabelText('Strand')).toHaveAccessibleDescription('Choose a strand');
    expect(screen.getByLabelText('Start date')).toHaveAccessibleDescription(
      'Enter the date the programme starts',
    );

    // Typing clears a field's message; the schema's own rules apply (end on or after start).
    await userEvent.type(name, 'Riverside families');
    expect(name).not.toHaveAttribute('aria-invalid', 'true');
    await userEvent.selectOptions(screen.getByLabelText('Strand'), 'Families');
    setDate('Start date', '2025-09-01');
    setDate('End date (optional)', '2025-04-01');
    await userEvent.click(screen.getByRole('button', { name: 'Save programme' }));
    expect(await screen.findByText('Please correct the field marked below.')).toBeInTheDocument();
    expect(screen.getByLabelText('End date (optional)')).toHaveAccessibleDescription(
      'The programme must end on or after it starts',
    );
    expect(screen.getByLabelText('End date (optional)')).toHaveFocus();
  });

  it('checks funder amounts and plan numbers, and keeps messages with their rows when one is removed', async () => {
    renderNew({ mocks: [...signedInMocks(), programmeFormOptionsMock()] });

    await userEvent.type(await screen.findByLabelText('Name'), 'Riverside families');
    await userEvent.selectOptions(screen.getByLabelText('Strand'), 'Families');
    setDate('Start date', '2025-04-01');

    await userEvent.click(screen.getByRole('button', { name: 'Add a funder' }));
    const firstFunder = screen.getByRole('group', { name: 'Funder 1' });
    // The new row's first field takes focus.
    expect(within(firstFunder).getByLabelText('Funder name')).toHaveFocus();
    await userEvent.type(within(firstFunder).getByLabelText('Funder name'), 'Heritage Fund');
    await userEvent.type(within(firstFunder).getByLabelText('Amount in £ (optional)'), 'lots');
    await userEvent.click(screen.getByRole('button', { name: 'Add a funder' }));
    const secondFunder = screen.getByRole('group', { name: 'Funder 2' });
    await userEvent.type(within(secondFunder).getByLabelText('Amount in £ (optional)'), '500');

    await userEvent.click(screen.getByRole('button', { name: 'Add a period' }));
    const period = screen.getByRole('group', { name: 'Period 1' });
    setDate('Starts', '2025-04-01', period);
    setDate('Ends', '2025-06-30', period);
    await userEvent.type(within(period).getByLabelText('Planned sessions'), '2.5');

    await userEvent.click(screen.getByRole('button', { name: 'Save programme' }));

    expect(
      await screen.findByText('Please correct the 4 fields marked below.'),
    ).toBeInTheDocument();
    expect(
      within(firstFunder).getByLabelText('Amount in £ (optional)'),
    ).toHaveAccessibleDescription(/Enter an amount in pounds/);
    expect(within(firstFunder).getByLabelText('Amount in £ (optional)')).toHaveFocus();
    expect(within(secondFunder).getByLabelText('Funder name')).toHaveAccessibleDescription(
      'Enter the funder',
    );
    // Once dates are in, the period is named after its financial quarter.
    const named = screen.getByRole('group', { name: 'Period 1: Q1 2025/26' });
    expect(within(named).getByLabelText('Planned sessions')).toHaveAccessibleDescription(
      'Enter the number of sessions planned, as a whole number',
    );
    expect(within(named).getByLabelText(/^Planned reach/)).toHaveAccessibleDescription(
      /Enter the number of people you plan to reach/,
    );

    await userEvent.click(screen.getByRole('button', { name: 'Remove funder 1' }));
    expect(screen.getByRole('button', { name: 'Add a funder' })).toHaveFocus();
    const remaining = screen.getByRole('group', { name: 'Funder 1' });
    expect(within(remaining).getByLabelText('Amount in £ (optional)')).toHaveValue('500');
    expect(within(remaining).getByLabelText('Funder name')).toHaveAccessibleDescription(
      'Enter the funder',
    );
    expect(screen.queryByRole('group', { name: 'Funder 2' })).not.toBeInTheDocument();
  });

  it('creates the programme with every field, amounts in pence, then opens its page', async () => {
    const created = buildProgramme({ id: uuid(9), name: 'Riverside families' });
    const { router } = renderNew({
      mocks: [
        ...signedInMocks(),
        programmeFormOptionsMock(),
        createProgrammeMock(
          {
            name: 'Riverside families',
            strand: 'FAMILIES',
            aims: 'Family days by the river.',
            status: 'ACTIVE',
            startDate: '2025-04-01',
            endDate: '2025-09-30',
            leadUserId: SAM.id,
            targetAudiences: ['PARENT_CARER', 'EARLY_YEARS_CHILD'],
            siteIds: [MAIN_MUSEUM.id],
            frameworkElementIds: [SOCIAL_JUSTICE.id],
            funders: [
              {
                name: 'Heritage Fund',
                grantReference: 'NLHF-77',
                amountPence: 1250050,
                periodStart: '2025-04-01',
                periodEnd: null,
              },
            ],
            plan: [
              {
                periodStart: '2025-04-01',
                periodEnd: '2025-06-30',
                plannedSessions: 6,
                plannedReach: 180,
              },
              {
                periodStart: '2025-07-01',
                periodEnd: '2025-09-30',
                plannedSessions: 4,
                plannedReach: 1200,
              },
            ],
          },
          { data: { __typename: 'Mutation', createProgramme: created } },
        ),
      ],
    });

    await userEvent.type(await screen.findByLabelText('Name'), 'Riverside families');
    await userEvent.selectOptions(screen.getByLabelText('Strand'), 'Families');
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'Active');
    setDate('Start date', '2025-04-01');
    setDate('End date (optional)', '2025-09-30');
    await userEvent.type(screen.getByLabelText('Aims (optional)'), 'Family days by the river.');
    // People to lead are the organisation's members, by name.
    const lead = screen.getByLabelText('Lead');
    expect(
      within(lead)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['No lead yet', 'Morgan Ellis', 'Sam Lee']);
    await userEvent.selectOptions(lead, 'Sam Lee');

    await userEvent.click(screen.getByRole('checkbox', { name: 'Main museum' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Parents and carers' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Early years children' }));

    await userEvent.click(screen.getByRole('textbox', { name: 'Framework elements (optional)' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Social justice' }));

    await userEvent.click(screen.getByRole('button', { name: 'Add a funder' }));
    const funder = screen.getByRole('group', { name: 'Funder 1' });
    await userEvent.type(within(funder).getByLabelText('Funder name'), 'Heritage Fund');
    await userEvent.type(within(funder).getByLabelText('Grant reference (optional)'), 'NLHF-77');
    await userEvent.type(within(funder).getByLabelText('Amount in £ (optional)'), '£12,500.50');
    setDate('Grant starts (optional)', '2025-04-01', funder);

    // The quarters between the start and end dates, in one go.
    await userEvent.click(screen.getByRole('button', { name: 'Add financial-year quarters' }));
    expect(
      screen.getByText(
        'Added 2 quarters, Q1 2025/26 to Q2 2025/26. Enter their planned sessions and reach.',
      ),
    ).toBeInTheDocument();
    const q1 = screen.getByRole('group', { name: 'Period 1: Q1 2025/26' });
    const q2 = screen.getByRole('group', { name: 'Period 2: Q2 2025/26' });
    expect(within(q1).getByLabelText('Planned sessions')).toHaveFocus();
    await userEvent.type(within(q1).getByLabelText('Planned sessions'), '6');
    await userEvent.type(within(q1).getByLabelText(/^Planned reach/), '180');
    await userEvent.type(within(q2).getByLabelText('Planned sessions'), '4');
    await userEvent.type(within(q2).getByLabelText(/^Planned reach/), '1,200');
    expect(screen.getByText('Planned in total: 10 sessions, reaching 1,380')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Save programme' }));

    expect(await screen.findByText(`Elsewhere: /programmes/${uuid(9)}`)).toBeInTheDocument();
    expect(router.state.location.state).toEqual({
      announcement: 'The programme Riverside families was created.',
    });
  });

  it('puts the API’s field errors beside their fields', async () => {
    renderNew({
      mocks: [
        ...signedInMocks(),
        programmeFormOptionsMock(),
        createProgrammeMock(
          {
            name: 'Riverside families',
            strand: 'FAMILIES',
            aims: null,
            status: 'PLANNED',
            startDate: '2025-04-01',
            endDate: null,
            leadUserId: MORGAN.id,
            targetAudiences: [],
            siteIds: [],
            frameworkElementIds: [],
            funders: [],
            plan: [],
          },
          apiErrorResult('Invalid input', {
            code: 'BAD_USER_INPUT',
            fieldErrors: [
              {
                path: ['input', 'leadUserId'],
                message: 'The lead must be a member of your organisation',
              },
            ],
          }),
        ),
      ],
    });

    await userEvent.type(await screen.findByLabelText('Name'), 'Riverside families');
    await userEvent.selectOptions(screen.getByLabelText('Strand'), 'Families');
    setDate('Start date', '2025-04-01');
    await userEvent.selectOptions(screen.getByLabelText('Lead'), 'Morgan Ellis');
    await userEvent.click(screen.getByRole('button', { name: 'Save programme' }));

    const lead = screen.getByLabelText('Lead');
    await waitFor(() =>
      expect(lead).toHaveAccessibleDescription(
        expect.stringContaining('The lead must be a member of your organisation'),
      ),
    );
    expect(lead).toHaveFocus();
    expect(screen.getByText('Please correct the field marked below.')).toBeInTheDocument();
  });
});

describe('EditProgrammePage', { timeout: 30_000 }, () => {
  it('fills the form from the programme and saves the whole programme', async () => {
    const programme = buildProgramme();
    const { router } = renderInRouter(<EditProgrammePage id={PROGRAMME_ID} />, {
      path: '/programmes/:programmeId/edit',
      route: `/programmes/${PROGRAMME_ID}/edit`,
      mocks: [
        ...signedInMocks(),
        programmeFormOptionsMock(),
        programmeMock(programme),
        updateProgrammeMock(
          {
            id: PROGRAMME_ID,
            name: 'Schools by the river',
            strand: 'SCHOOLS',
            aims: 'Bring every primary school in the borough to the river gallery.',
            status: 'ACTIVE',
            startDate: '2025-04-01',
            endDate: '2026-03-31',
            leadUserId: MORGAN.id,
            targetAudiences: ['PUPIL', 'TEACHER'],
            siteIds: [MAIN_MUSEUM.id],
            frameworkElementIds: [PARTNERSHIPS.id, SKILLS.id, SOCIAL_JUSTICE.id],
            funders: [
              {
                name: 'Arts Council England',
                grantReference: 'ACE-2025-114',
                amountPence: 1250050,
                periodStart: '2025-04-01',
                periodEnd: '2026-03-31',
              },
            ],
            plan: [
              {
                periodStart: '2025-04-01',
                periodEnd: '2025-06-30',
                plannedSessions: 12,
                plannedReach: 360,
              },
              {
                periodStart: '2025-07-01',
                periodEnd: '2025-09-30',
                plannedSessions: 8,
                plannedReach: 1240,
              },
            ],
          },
          {
            data: {
              __typename: 'Mutation',
              updateProgramme: { ...programme, name: 'Schools by the river' },
            },
          },
        ),
      ],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Edit Schools on the river' }),
    ).toBeInTheDocument();
    const name = await screen.findByLabelText('Name');
    expect(name).toHaveValue('Schools on the river');
    expect(screen.getByLabelText('Strand')).toHaveValue('SCHOOLS');
    expect(screen.getByLabelText('Lead')).toHaveValue(MORGAN.id);
    expect(screen.getByRole('checkbox', { name: 'Main museum' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Pupils' })).toBeChecked();
    const funder = screen.getByRole('group', { name: 'Funder 1' });
    expect(within(funder).getByLabelText('Amount in £ (optional)')).toHaveValue('12500.50');
    expect(screen.getByRole('group', { name: 'Period 2: Q2 2025/26' })).toBeInTheDocument();

    await userEvent.clear(name);
    await userEvent.type(name, 'Schools by the river');
    await userEvent.click(screen.getByRole('button', { name: 'Remove funder 2' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save programme' }));

    expect(await screen.findByText(`Elsewhere: /programmes/${PROGRAMME_ID}`)).toBeInTheDocument();
    expect(router.state.location.state).toEqual({ announcement: 'Your changes were saved.' });
  });

  it('says so when there is no such programme', async () => {
    renderInRouter(<EditProgrammePage id={PROGRAMME_ID} />, {
      path: '/programmes/:programmeId/edit',
      route: `/programmes/${PROGRAMME_ID}/edit`,
      mocks: [
        ...signedInMocks(),
        programmeFormOptionsMock(),
        programmeMock(
          buildProgramme(),
          apiErrorResult('Programme was not found.', { code: 'NOT_FOUND' }),
        ),
      ],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Programme not found' }),
    ).toBeInTheDocument();
  });
});
