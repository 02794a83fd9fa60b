import { LoadingState } from '@lantern/ui';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAuth, RequirePermission } from '../features/auth';
import { HomeRoute } from '../routes/HomeRoute';
import { AppLayout } from './AppLayout';
import { OptionalAuthLayout } from './OptionalAuthLayout';
import { PublicLayout } from './PublicLayout';
import { RootLayout } from './RootLayout';
import { RouteErrorBoundary } from './RouteErrorBoundary';

function InitialLoading() {
  return <LoadingState label="Loading Lantern…" rows={4} />;
}

/**
 * The app's routes. Pages are lazy modules (one chunk each) so the first page stays small;
 * new features add their pages to the lists below, signed-in pages behind RequirePermission.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <RootLayout />,
    // A crash in a layout itself: no shell to keep.
    errorElement: <RouteErrorBoundary standalone />,
    HydrateFallback: InitialLoading,
    children: [
      {
        // Signed-out pages: a centred card, no navigation.
        element: <PublicLayout />,
        children: [
          {
            errorElement: <RouteErrorBoundary />,
            children: [
              {
                path: 'sign-in',
                lazy: async () => ({
                  Component: (await import('../routes/SignInRoute')).SignInRoute,
                }),
              },
              {
                path: 'sign-up',
                lazy: async () => ({
                  Component: (await import('../routes/SignUpRoute')).SignUpRoute,
                }),
              },
              {
                path: 'forgot-password',
                lazy: async () => ({
                  Component: (await import('../routes/ForgotPasswordRoute')).ForgotPasswordRoute,
                }),
              },
              {
                path: 'reset-password',
                lazy: async () => ({
                  Component: (await import('../routes/ResetPasswordRoute')).ResetPasswordRoute,
                }),
              },
              {
                path: 'accept-invitation',
                lazy: async () => ({
                  Component: (await import('../routes/AcceptInvitationRoute'))
                    .AcceptInvitationRoute,
                }),
              },
              {
                // The public survey form (no account), its own small chunk.
                path: 's/:token',
                lazy: async () => ({
                  Component: (await import('../routes/SurveyPublicRoute')).SurveyPublicRoute,
                }),
              },
              {
                path: 'follow-up/stop',
                lazy: async () => ({
                  Component: (await import('../routes/SurveyPublicRoute')).StopFollowUpRoute,
                }),
              },
            ],
          },
        ],
      },
      {
        // Signed-in pages: the app shell, each page behind the permission it needs.
        element: (
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        ),
        children: [
          {
            // A crash in a page keeps the header and navigation.
            errorElement: <RouteErrorBoundary />,
            children: [
              { index: true, element: <HomeRoute /> },
              {
                element: <RequirePermission permission="programmes.read" />,
                children: [
                  {
                    path: 'programmes',
                    lazy: async () => ({
                      Component: (await import('../routes/ProgrammesRoute')).ProgrammesRoute,
                    }),
                  },
                  {
                    path: 'programmes/:programmeId',
                    lazy: async () => ({
                      Component: (await import('../routes/ProgrammeRoute')).ProgrammeRoute,
                    }),
                  },
                  {
                    element: <RequirePermission permission="programmes.write" />,
                    children: [
                      {
                        path: 'programmes/new',
                        lazy: async () => ({
                          Component: (await import('../routes/ProgrammeEditRoute'))
                            .NewProgrammeRoute,
                        }),
                      },
                      {
                        path: 'programmes/:programmeId/edit',
                        lazy: async () => ({
                          Component: (await import('../routes/ProgrammeEditRoute'))
                            .ProgrammeEditRoute,
                        }),
                      },
                    ],
                  },
                ],
              },
              {
                element: <RequirePermission permission="programmes.read" />,
                children: [
                  {
                    path: 'sessions',
                    lazy: async () => ({
                      Component: (await import('../routes/SessionsRoute')).SessionsRoute,
                    }),
                  },
                  {
                    path: 'sessions/:sessionId',
                    lazy: async () => ({
                      Component: (await import('../routes/SessionRoute')).SessionRoute,
                    }),
                  },
                  {
                    element: <RequirePermission permission="sessions.write" />,
                    children: [
                      {
                        path: 'sessions/log',
                        lazy: async () => ({
                          Component: (await import('../routes/LogSessionRoute')).LogSessionRoute,
                        }),
                      },
                      {
                        path: 'sessions/:sessionId/edit',
                        lazy: async () => ({
                          Component: (await import('../routes/SessionRoute')).SessionEditRoute,
                        }),
                      },
                    ],
                  },
                ],
              },
              {
                element: <RequirePermission permission="programmes.read" />,
                children: [
                  {
                    path: 'partners',
                    lazy: async () => ({
                      Component: (await import('../routes/PartnersRoute')).PartnersRoute,
                    }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="dashboards.read" />,
                children: [
                  {
                    path: 'evidence',
                    lazy: async () => ({
                      Component: (await import('../routes/EvidenceRoute')).EvidenceRoute,
                    }),
                  },
                  {
                    path: 'commitments',
                    lazy: async () => ({
                      Component: (await import('../routes/CommitmentsRoute')).CommitmentsRoute,
                    }),
                  },
                  {
                    path: 'commitments/:commitmentId',
                    lazy: async () => ({
                      Component: (await import('../routes/CommitmentsRoute')).CommitmentRoute,
                    }),
                  },
                  {
                    path: 'coverage',
                    lazy: async () => ({
                      Component: (await import('../routes/CoverageRoute')).CoverageRoute,
                    }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="sessions.write" />,
                children: [
                  {
                    path: 'imports',
                    lazy: async () => ({
                      Component: (await import('../routes/ImportsRoute')).ImportsRoute,
                    }),
                  },
                  {
                    path: 'imports/:importId',
                    lazy: async () => ({
                      Component: (await import('../routes/ImportRoute')).ImportRoute,
                    }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="dashboards.read" />,
                children: [
                  {
                    path: 'indicators',
                    lazy: async () => ({
                      Component: (await import('../routes/IndicatorsRoute')).IndicatorsRoute,
                    }),
                  },
                  {
                    path: 'indicators/:indicatorId',
                    lazy: async () => ({
                      Component: (await import('../routes/IndicatorRoute')).IndicatorRoute,
                    }),
                  },
                  {
                    path: 'results',
                    lazy: async () => ({
                      Component: (await import('../routes/ResultsRoute')).ResultsRoute,
                    }),
                  },
                  {
                    element: <RequirePermission permission="indicators.manage" />,
                    children: [
                      {
                        path: 'indicators/new',
                        lazy: async () => ({
                          Component: (await import('../routes/IndicatorEditRoute'))
                            .NewIndicatorRoute,
                        }),
                      },
                      {
                        path: 'indicators/:indicatorId/edit',
                        lazy: async () => ({
                          Component: (await import('../routes/IndicatorEditRoute'))
                            .IndicatorEditRoute,
                        }),
                      },
                    ],
                  },
                ],
              },
              {
                element: <RequirePermission permission="surveys.manage" />,
                children: [
                  {
                    path: 'surveys',
                    lazy: async () => ({
                      Component: (await import('../routes/SurveysRoute')).SurveysRoute,
                    }),
                  },
                  {
                    path: 'surveys/new',
                    lazy: async () => ({
                      Component: (await import('../routes/SurveyRoute')).NewSurveyRoute,
                    }),
                  },
                  {
                    path: 'surveys/:surveyId',
                    lazy: async () => ({
                      Component: (await import('../routes/SurveyRoute')).SurveyRoute,
                    }),
                  },
                  {
                    path: 'surveys/:surveyId/edit',
                    lazy: async () => ({
                      Component: (await import('../routes/SurveyRoute')).SurveyEditRoute,
                    }),
                  },
                  {
                    path: 'surveys/:surveyId/poster',
                    lazy: async () => ({
                      Component: (await import('../routes/SurveyRoute')).SurveyPosterRoute,
                    }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="lookups.manage" />,
                children: [
                  {
                    path: 'lookups',
                    lazy: async () => ({
                      Component: (await import('../routes/LookupsRoute')).LookupsRoute,
                    }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="members.read" />,
                children: [
                  {
                    path: 'members',
                    lazy: async () => ({
                      Component: (await import('../routes/MembersRoute')).MembersRoute,
                    }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="organisation.read" />,
                children: [
                  {
                    path: 'settings',
                    lazy: async () => ({
                      Component: (await import('../routes/SettingsRoute')).SettingsRoute,
                    }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="audit.read" />,
                children: [
                  {
                    path: 'audit',
                    lazy: async () => ({
                      Component: (await import('../routes/AuditLogRoute')).AuditLogRoute,
                    }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="system.manage" />,
                children: [
                  {
                    path: 'status',
                    lazy: async () => ({
                      Component: (await import('../routes/StatusRoute')).StatusRoute,
                    }),
                  },
                ],
              },
            ],
          },
        ],
      },
      {
        // Pages for everyone: in the shell when signed in, in the card layout otherwise.
        element: <OptionalAuthLayout />,
        children: [
          {
            errorElement: <RouteErrorBoundary />,
            children: [
              {
                path: 'dev-mailbox',
                lazy: async () => ({
                  Component: (await import('../routes/DevMailboxRoute')).DevMailboxRoute,
                }),
              },
              {
                path: '*',
                lazy: async () => ({
                  Component: (await import('../routes/NotFoundRoute')).NotFoundRoute,
                }),
              },
            ],
          },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
