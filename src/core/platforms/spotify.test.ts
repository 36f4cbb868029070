import { describePlatform } from '../fixtures/platform-table';

describePlatform('Spotify', {
  target: [
    'https://open.spotify.com/user/samrivers',
    { kind: 'profile', platform: 'spotify', handle: 'samrivers' },
  ],
  sameTarget: [
    'open.spotify.com/user/SamRivers?si=abc123',
    'https://open.spotify.com/intl-fr/user/samrivers',
    'spotify:user:samrivers',
    '@samrivers on spotify',
  ],
  blocks: [
    'https://open.spotify.com/user/samrivers',
    'https://open.spotify.com/user/samrivers/playlists',
    'https://open.spotify.com/user/samrivers/followers',
    'https://open.spotify.com/intl-fr/user/samrivers',
    'https://open.spotify.com/intl-pt-br/user/samrivers?si=x',
    'https://open.spotify.com/user/samrivers/playlist/37i9dQZF1DXcBWIGoYBM5M',
    'https://play.spotify.com/user/samrivers',
  ],
  allows: [
    'https://open.spotify.com/user/samriverss',
    'https://open.spotify.com/user/samrivers2',
    'https://open.spotify.com/user/other',
    'https://open.spotify.com/playlist/37i9dQZF1DXcBWIGoYBM5M',
    'https://open.spotify.com/artist/samrivers',
    'https://open.spotify.com/search/samrivers',
    'https://open.spotify.com/',
  ],
  refuses: [
    ['https://open.spotify.com/user/', 'missing-id'],
    ['spotify:user:', 'missing-id'],
    ['https://open.spotify.com/playlist/37i9dQZF1DXcBWIGoYBM5M', 'post'],
    ['https://open.spotify.com/', 'platform-home'],
    ['spotify:track:4uLU6hMCjMI75M1A2tKUQC', 'not-a-web-link'],
  ],
});
