/**
 * The sector frameworks every museum reports against, seeded as read-only, versioned
 * taxonomies with stable codes. Labels are short paraphrases with a link to the publisher,
 * never the published text (shared/DOMAIN.md).
 */
export interface FrameworkSeed {
  code: string;
  name: string;
  version: string;
  publisher: string;
  url: string;
  elements: Array<{ code: string; label: string; description: string }>;
}

export const SYSTEM_FRAMEWORKS: readonly FrameworkSeed[] = [
  {
    code: 'MA_LE_2020',
    name: 'Learning and Engagement Manifesto',
    version: '2020',
    publisher: 'Museums Association',
    url: 'https://www.museumsassociation.org/campaigns/learning-and-engagement/',
    elements: [
      {
        code: 'MA_LE.1',
        label: 'Cultural rights and cultural democracy',
        description: 'Taking part in culture is a right; communities decide how they engage.',
      },
      {
        code: 'MA_LE.2',
        label: 'Social justice',
        description:
          'Work with communities against poverty and exclusion, aiming for equal outcomes, not just equal access.',
      },
      {
        code: 'MA_LE.3',
        label: 'Activism',
        description: 'Museums are not neutral; act by listening and delivering with communities.',
      },
      {
        code: 'MA_LE.4',
        label: 'Community participation',
        description: 'Brave, innovative engagement; communities involved in every museum function.',
      },
      {
        code: 'MA_LE.5',
        label: 'Collections',
        description: 'Collections belong to communities and are for public use.',
      },
      {
        code: 'MA_LE.6',
        label: 'Research and evaluation',
        description: 'People-centred research that leads to change.',
      },
      {
        code: 'MA_LE.7',
        label: 'Partnerships',
        description: 'Equitable partnerships, beyond the usual partners.',
      },
      {
        code: 'MA_LE.8',
        label: 'Workforce',
        description: 'A workforce that is representative, respected and fairly rewarded.',
      },
    ],
  },
  {
    code: 'GLO',
    name: 'Generic Learning Outcomes',
    version: '2008',
    publisher: 'Inspiring Learning for All (Arts Council England)',
    url: 'https://www.artscouncil.org.uk/measuring-outcomes/generic-learning-outcomes',
    elements: [
      {
        code: 'GLO.KNOWLEDGE',
        label: 'Knowledge and understanding',
        description: 'Learning facts, making sense of something, deepening understanding.',
      },
      {
        code: 'GLO.SKILLS',
        label: 'Skills',
        description: 'Knowing how to do something: practical, social, intellectual skills.',
      },
      {
        code: 'GLO.ATTITUDES',
        label: 'Attitudes and values',
        description: 'Feelings, perceptions, opinions about ourselves and others.',
      },
      {
        code: 'GLO.ENJOYMENT',
        label: 'Enjoyment, inspiration, creativity',
        description: 'Having fun, being surprised, innovative thoughts.',
      },
      {
        code: 'GLO.ACTIVITY',
        label: 'Activity, behaviour and progression',
        description: 'What people do, intend to do, or have done differently.',
      },
    ],
  },
  {
    code: 'GSO',
    name: 'Generic Social Outcomes',
    version: '2008',
    publisher: 'Inspiring Learning for All (Arts Council England)',
    url: 'https://www.artscouncil.org.uk/measuring-outcomes/generic-social-outcomes',
    elements: [
      {
        code: 'GSO.COMMUNITIES',
        label: 'Stronger and safer communities',
        description:
          'Improving group and inter-group dialogue and understanding; supporting cultural diversity.',
      },
      {
        code: 'GSO.HEALTH',
        label: 'Health and wellbeing',
        description:
          'Encouraging healthy lifestyles and contributing to mental and physical wellbeing.',
      },
      {
        code: 'GSO.PUBLIC_LIFE',
        label: 'Strengthening public life',
        description: 'Encouraging participation and civic engagement; improving services.',
      },
    ],
  },
  {
    code: 'MCL',
    name: 'Museums Change Lives',
    version: '2013',
    publisher: 'Museums Association',
    url: 'https://www.museumsassociation.org/campaigns/museums-change-lives/',
    elements: [
      {
        code: 'MCL.WELLBEING',
        label: 'Health and wellbeing',
        description: 'Museums enhance health and wellbeing.',
      },
      {
        code: 'MCL.PLACES',
        label: 'Better places to live and work',
        description: 'Museums create better places to live and work.',
      },
      {
        code: 'MCL.DEBATE',
        label: 'Engagement, debate and reflection',
        description: 'Museums inspire engagement, debate and reflection.',
      },
    ],
  },
  {
    code: 'ACE_LC',
    name: "Let's Create outcomes",
    version: '2020-2030',
    publisher: 'Arts Council England',
    url: 'https://www.artscouncil.org.uk/lets-create',
    elements: [
      {
        code: 'ACE_LC.PEOPLE',
        label: 'Creative people',
        description: 'Everyone can develop and express creativity throughout their life.',
      },
      {
        code: 'ACE_LC.COMMUNITIES',
        label: 'Cultural communities',
        description: 'Villages, towns and cities thrive through collaboration in culture.',
      },
      {
        code: 'ACE_LC.COUNTRY',
        label: 'A creative and cultural country',
        description: 'The cultural sector is innovative, collaborative and international.',
      },
    ],
  },
  {
    code: 'NLHF',
    name: 'Heritage Fund outcomes',
    version: '2019',
    publisher: 'National Lottery Heritage Fund',
    url: 'https://www.heritagefund.org.uk/',
    elements: [
      {
        code: 'NLHF.WIDER_RANGE',
        label: 'A wider range of people involved in heritage (mandatory)',
        description: 'The outcome every grant must achieve.',
      },
      {
        code: 'NLHF.CONDITION',
        label: 'Heritage in better condition',
        description: 'Heritage will be in better condition.',
      },
      {
        code: 'NLHF.EXPLAINED',
        label: 'Heritage identified and better explained',
        description: 'Heritage will be identified and better explained.',
      },
      {
        code: 'NLHF.SKILLS',
        label: 'People developed skills',
        description: 'People will have developed skills.',
      },
      {
        code: 'NLHF.LEARNING',
        label: 'Learning that changes ideas and actions',
        description:
          'People will have learnt about heritage, leading to change in ideas and actions.',
      },
      {
        code: 'NLHF.WELLBEING',
        label: 'Greater wellbeing',
        description: 'People will have greater wellbeing.',
      },
      {
        code: 'NLHF.RESILIENCE',
        label: 'More resilient organisation',
        description: 'The funded organisation will be more resilient.',
      },
      {
        code: 'NLHF.PLACE',
        label: 'A better place to live, work or visit',
        description: 'The local area will be a better place to live, work or visit.',
      },
      {
        code: 'NLHF.ECONOMY',
        label: 'Local economy boosted',
        description: 'The local economy will be boosted.',
      },
    ],
  },
];
