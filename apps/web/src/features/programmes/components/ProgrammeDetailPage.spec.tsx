import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiErrorResult, buildViewer, signedInMocks } from '../../../test/auth.mocks';
import {
  buildProgramme,
  deleteProgrammeMock,
  PROGRAMME_ID,
  programmeContextMock,
  programmeMock,
} from '../../../test/programmes.mocks';
import { renderInRouter } from '../../../test/render';
import { ProgrammeDetailPage } from './ProgrammeDetailPage';

function renderDetail(mocks: Parameters<typeof renderInRouter>[1] extends infer O ? O : never) {
  return renderInRouter(<ProgrammeDetailPage id={PROGRAMME_ID} />, {
    path: '/programmes/:programmeId',
    route: `/programmes/${PROGRAMME_ID}`,
    ...mocks,
  });
}

function cellsOf(row: HTMLElement) {
  return [...row.querySelectorAll('th, td')].map((cell) => cell.textContent);
}

describe('ProgrammeDetailPage', { timeout: 20_000 }, () => {
  it('shows every field: overview, aims, funders in pounds, elements by framework, the plan with totals', async () => {
    renderDetail({
      mocks: [...signedInMocks(), programmeMock(buildProgramme()), programmeContextMock()],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Schools on the river' }),
    ).toBeInTheDocument();
    const overview = screen.getByRole('region', { name: 'Overview' });
    expect(overview).toHaveTextContent('StrandSchools');
    expect(overview).toHaveTextContent('StatusActive');
    expect(overview).toHaveTextContent('Dates1 Apr 2025 to 31 Mar 2026');
    expect(overview).toHaveTextContent('LeadMorgan Ellis');
    expect(overview).toHaveTextContent('SitesMain museum');
    expect(overview).toHaveTextContent('Target audiencesPupils, Teachers');
    expect(screen.getByRole('region', { name: 'Aims' })).toHaveTextContent(
      'Bring every primary school in the borough to the river gallery.',
    );

    const funders = screen.getByRole('table', { name: 'Funders' });
    const funderRows = within(funders).getAllByRole('row');
    expect(cellsOf(funderRows[1]!)).toEqual([
      'Arts Council England',
      'ACE-2025-114',
      '£12,500.50',
      '1 Apr 2025 to 31 Mar 2026',
    ]);
    expect(cellsOf(funderRows[2]!)).toEqual([
      'Friends of the Museum',
      'Not recorded',
      '£2,500.00',
      'Not recorded',
    ]);
    expect(cellsOf(funderRows[3]!)).toEqual(['Total', '', '£15,000.50', '']);

    // Elements under their framework, in the frameworks' order and by position within each.
    const frameworks = screen.getByRole('region', { name: 'Framework elements' });
    const manifesto = within(frameworks).getByRole('list', {
      name: 'Learning and Engagement Manifesto',
    });
    expect(
      within(manifesto)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Social justice (MA_LE.2)', 'Partnerships (MA_LE.7)']);
    const glo = within(frameworks).getByRole('list', { name: 'Generic Learning Outcomes' });
    expect(
      within(glo)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Skills (GLO.SKILLS)']);

    const plan = screen.getByRole('table', { name: 'Plan' });
    const planRows = within(plan).getAllByRole('row');
    expect(cellsOf(planRows[1]!)).toEqual(['Q1 2025/26 1 Apr 2025 to 30 Jun 2025', '12', '360']);
    expect(cellsOf(planRows[2]!)).toEqual(['Q2 2025/26 1 Jul 2025 to 30 Sep 2025', '8', '1,240']);
    expect(cellsOf(planRows[3]!)).toEqual(['Total', '20', '1,600']);
  });

  it('offers Edit and Delete only to those who may write', async () => {
    const { unmount } = renderDetail({
      mocks: [...signedInMocks(), programmeMock(buildProgramme()), programmeContextMock()],
    });
    expect(await screen.findByRole('link', { name: 'Edit' })).toHaveAttribute(
      'href',
      `/programmes/${PROGRAMME_ID}/edit`,
    );
    expect(screen.getByRole('button', { name: 'Delete' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Log a session' })).toHaveAttribute(
      'href',
      `/sessions/log?programmeId=${PROGRAMME_ID}`,
    );
    unmount();

    const viewer = buildViewer({ role: 'LEARNING_OFFICER' });
    renderDetail({
      mocks: [
        ...signedInMocks({
          ...viewer,
          permissions: viewer.permissions.filter((p) => p !== 'programmes.write'),
        }),
        programmeMock(buildProgramme()),
        programmeContextMock(),
      ],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Schools on the river' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    // A learning officer still logs sessions of the programme from here.
    expect(screen.getByRole('link', { name: 'Log a session' })).toBeInTheDocument();
  });

  it('asks before deleting, naming the programme, then goes back to the list', async () => {
    const programme = buildProgramme();
    const { router } = renderDetail({
      mocks: [
        ...signedInMocks(),
        programmeMock(programme),
        programmeContextMock(),
        deleteProgrammeMock(programme),
      ],
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    let dialog = await screen.findByRole('dialog', { name: 'Delete Schools on the river?' });
    expect(dialog).toHaveTextContent(
      'The programme Schools on the river, its funders and its plan will be deleted.',
    );

    // Cancelling deletes nothing.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe(`/programmes/${PROGRAMME_ID}`);

    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    dialog = await screen.findByRole('dialog', { name: 'Delete Schools on the river?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete programme' }));

    expect(await screen.findByText('Elsewhere: /programmes')).toBeInTheDocument();
    expect(router.state.location.state).toEqual({
      announcement: 'The programme Schools on the river was deleted.',
    });
  });

  it('keeps the dialog open with the reason when the delete fails', async () => {
    const programme = buildProgramme();
    renderDetail({
      mocks: [
        ...signedInMocks(),
        programmeMock(programme),
        programmeContextMock(),
        deleteProgrammeMock(
          programme,
          apiErrorResult('Programme was not found.', { code: 'NOT_FOUND' }),
        ),
      ],
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Schools on the river?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete programme' }));
    expect(await within(dialog).findByText('Programme was not found.')).toBeInTheDocument();
  });

  it('says so when there is no such programme', async () => {
    renderDetail({
      mocks: [
        ...signedInMocks(),
        programmeMock(
          buildProgramme(),
          apiErrorResult('Programme was not found.', { code: 'NOT_FOUND' }),
        ),
        programmeContextMock(),
      ],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Programme not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to all programmes' })).toHaveAttribute(
      'href',
      '/programmes',
    );
  });

  it('shows what is missing rather than empty sections', async () => {
    renderDetail({
      mocks: [
        ...signedInMocks(),
        programmeMock(
          buildProgramme({
            aims: null,
            lead: null,
            sites: [],
            targetAudiences: [],
            funders: [],
            frameworkElements: [],
            plan: [],
            endDate: null,
          }),
        ),
        programmeContextMock(),
      ],
    });

    expect(await screen.findByText('No aims written yet.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Overview' })).toHaveTextContent('From 1 Apr 2025');
    expect(screen.getByText('No lead yet')).toBeInTheDocument();
    expect(screen.getByText('No funders recorded.')).toBeInTheDocument();
    expect(screen.getByText('Not linked to any framework elements yet.')).toBeInTheDocument();
    expect(screen.getByText('No plan yet.')).toBeInTheDocument();
  });
});
