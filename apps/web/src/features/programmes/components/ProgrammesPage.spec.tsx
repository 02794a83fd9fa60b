import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiErrorResult, buildViewer, signedInMocks } from '../../../test/auth.mocks';
import { buildProgrammeSummary, programmesMock, SAM, uuid } from '../../../test/programmes.mocks';
import { renderInRouter } from '../../../test/render';
import { ProgrammesPage } from './ProgrammesPage';
import { ProgrammesQueryDocument } from '../graphql/programmes.operations';
import { PROGRAMMES_PAGE_SIZE } from '../hooks/useProgrammes';

/** A viewer who may read programmes but not change them. */
function readerMocks() {
  const viewer = buildViewer({ role: 'LEARNING_OFFICER' });
  return signedInMocks({
    ...viewer,
    permissions: viewer.permissions.filter((permission) => permission !== 'programmes.write'),
  });
}

function rows() {
  return within(screen.getByRole('list', { name: 'All programmes' })).getAllByRole('listitem');
}

describe('ProgrammesPage', { timeout: 20_000 }, () => {
  it('lists programmes with strand, status, dates and lead, each linking to its page', async () => {
    renderInRouter(<ProgrammesPage />, {
      path: '/programmes',
      route: '/programmes',
      mocks: [
        ...signedInMocks(),
        programmesMock({}, [
          buildProgrammeSummary(),
          buildProgrammeSummary({
            id: uuid(2),
            name: 'Memory café',
            strand: 'HEALTH_AND_WELLBEING',
            status: 'PLANNED',
            startDate: '2026-01-05',
            endDate: null,
            lead: null,
          }),
        ]),
      ],
    });

    expect(screen.getByRole('status', { name: 'Loading programmes…' })).toBeInTheDocument();
    const link = await screen.findByRole('link', { name: 'Schools on the river' });
    expect(link).toHaveAttribute('href', `/programmes/${uuid(1)}`);
    const [first, second] = rows();
    expect(first).toHaveTextContent('Schools');
    expect(first).toHaveTextContent('Active');
    expect(first).toHaveTextContent('1 Apr 2025 to 31 Mar 2026');
    expect(first).toHaveTextContent('Morgan Ellis');
    expect(second).toHaveTextContent('Health and wellbeing');
    expect(second).toHaveTextContent('Planned');
    expect(second).toHaveTextContent('From 5 Jan 2026');
    expect(second).toHaveTextContent('No lead yet');
    expect(screen.getByText('Showing 2 of 2 programmes')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New programme' })).toHaveAttribute(
      'href',
      '/programmes/new',
    );
  });

  it('reads its filters from the address and writes new ones back to it', async () => {
    const { router } = renderInRouter(<ProgrammesPage />, {
      path: '/programmes',
      route: '/programmes?search=river&status=ACTIVE&strand=NOT_A_STRAND',
      mocks: [
        ...signedInMocks(),
        programmesMock({ search: 'river', status: 'ACTIVE' }, [buildProgrammeSummary()]),
        programmesMock({ strand: 'HEALTH_AND_WELLBEING', status: 'PLANNED' }, [
          buildProgrammeSummary({
            id: uuid(2),
            name: 'Memory café',
            strand: 'HEALTH_AND_WELLBEING',
            status: 'PLANNED',
            lead: SAM,
          }),
        ]),
      ],
    });

    expect(await screen.findByRole('link', { name: 'Schools on the river' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Name contains' })).toHaveValue('river');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('ACTIVE');
    // A strand the API does not know is ignored.
    expect(screen.getByRole('combobox', { name: 'Strand' })).toHaveValue('');
    expect(screen.getByRole('heading', { level: 2, name: 'Matching programmes' })).toBeVisible();

    await userEvent.clear(screen.getByRole('searchbox', { name: 'Name contains' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Planned');
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Strand' }),
      'Health and wellbeing',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() =>
      expect(router.state.location.search).toBe('?status=PLANNED&strand=HEALTH_AND_WELLBEING'),
    );
    expect(await screen.findByRole('link', { name: 'Memory café' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Schools on the river' })).not.toBeInTheDocument();
  });

  it('loads the next page with "Load more"', async () => {
    renderInRouter(<ProgrammesPage />, {
      path: '/programmes',
      route: '/programmes',
      mocks: [
        ...signedInMocks(),
        programmesMock({}, [buildProgrammeSummary()], { hasNextPage: true, totalCount: 2 }),
        programmesMock({}, [buildProgrammeSummary({ id: uuid(2), name: 'Youth panel' })], {
          after: uuid(1),
          totalCount: 2,
        }),
      ],
    });

    expect(await screen.findByText('Showing 1 of 2 programmes')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByRole('link', { name: 'Youth panel' })).toBeInTheDocument();
    expect(rows()).toHaveLength(2);
    expect(screen.getByText('Showing 2 of 2 programmes')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('says when there are no programmes yet, with a way to create one for those who may', async () => {
    renderInRouter(<ProgrammesPage />, {
      path: '/programmes',
      route: '/programmes',
      mocks: [...signedInMocks(buildViewer({ role: 'HEAD_OF_LEARNING' })), programmesMock({}, [])],
    });

    expect(await screen.findByText('No programmes yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create a programme' })).toHaveAttribute(
      'href',
      '/programmes/new',
    );
  });

  it('offers no way to create programmes to those who may only read them', async () => {
    renderInRouter(<ProgrammesPage />, {
      path: '/programmes',
      route: '/programmes',
      mocks: [...readerMocks(), programmesMock({}, [])],
    });

    expect(await screen.findByText('No programmes yet')).toBeInTheDocument();
    expect(
      screen.getByText('When your learning team adds programmes, they appear here.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /create a programme|new programme/i })).toBeNull();
  });

  it('says when nothing matches the filters, and clears them', async () => {
    const { router } = renderInRouter(<ProgrammesPage />, {
      path: '/programmes',
      route: '/programmes?status=ARCHIVED',
      mocks: [
        ...signedInMocks(),
        programmesMock({ status: 'ARCHIVED' }, []),
        programmesMock({}, [buildProgrammeSummary()]),
      ],
    });

    expect(await screen.findByText('No programmes match these filters.')).toBeInTheDocument();
    await userEvent.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);

    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByRole('link', { name: 'Schools on the river' })).toBeInTheDocument();
  });

  it('shows a failed load with a way to try again', async () => {
    renderInRouter(<ProgrammesPage />, {
      path: '/programmes',
      route: '/programmes',
      mocks: [
        ...signedInMocks(),
        {
          request: {
            query: ProgrammesQueryDocument,
            variables: { filter: {}, first: PROGRAMMES_PAGE_SIZE },
          },
          result: apiErrorResult('Internal error', { code: 'INTERNAL', correlationId: 'abc123' }),
        },
        programmesMock({}, [buildProgrammeSummary()]),
      ],
    });

    expect(await screen.findByText(/quote reference abc123/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Schools on the river' })).toBeInTheDocument();
  });
});
