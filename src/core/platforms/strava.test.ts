import { describePlatform } from '../fixtures/platform-table';

describePlatform('Strava', {
  target: ['https://www.strava.com/athletes/90210', { kind: 'profile', platform: 'strava', handle: '90210' }],
  sameTarget: ['strava.com/athletes/90210/posts', 'https://www.strava.com/pros/90210', '90210 on strava'],
  blocks: [
    'https://www.strava.com/athletes/90210',
    'https://strava.com/athletes/90210/posts',
    'https://www.strava.com/athletes/90210?utm_source=share',
    'https://www.strava.com/athletes/90210#interval',
    'https://www.strava.com/pros/90210',
    'https://www.strava.com/athletes/090210',
  ],
  allows: [
    'https://www.strava.com/athletes/902100',
    'https://www.strava.com/athletes/9021',
    'https://www.strava.com/athletes/190210',
    'https://www.strava.com/clubs/90210',
    'https://www.strava.com/activities/90210',
    'https://www.strava.com/segments/90210',
    'https://www.strava.com/dashboard',
  ],
  refuses: [
    ['https://www.strava.com/athletes/', 'missing-id'],
    ['https://www.strava.com/athletes', 'missing-id'],
    ['https://www.strava.com/athletes/sam-rivers', 'invalid-id'],
    ['https://www.strava.com/activities/123', 'platform-page'],
    ['https://www.strava.com/', 'platform-home'],
  ],
});
