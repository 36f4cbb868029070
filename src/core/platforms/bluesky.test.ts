import { describePlatform } from '../fixtures/platform-table';

describePlatform('Bluesky, by handle', {
  target: [
    'https://bsky.app/profile/sam-rivers.bsky.social',
    { kind: 'profile', platform: 'bluesky', handle: 'sam-rivers.bsky.social' },
  ],
  sameTarget: [
    'bsky.app/profile/Sam-Rivers.bsky.social/post/3kabc2de5fg2x',
    '@sam-rivers.bsky.social',
    '@sam-rivers.bsky.social on bluesky',
    'sam-rivers.bsky.social on bsky',
  ],
  blocks: [
    'https://bsky.app/profile/sam-rivers.bsky.social',
    'https://bsky.app/profile/Sam-Rivers.bsky.social/post/3abcdefg',
    'https://bsky.app/profile/sam-rivers.bsky.social/followers',
    'https://bsky.app/profile/sam-rivers.bsky.social/lists/3kxyz',
    'https://bsky.app/starter-pack/sam-rivers.bsky.social/3kpack',
    'https://staging.bsky.app/profile/sam-rivers.bsky.social',
    'https://bsky.app//profile/sam-rivers.bsky.social?ref=x',
  ],
  allows: [
    'https://bsky.app/profile/sam-rivers-art.bsky.social',
    'https://bsky.app/profile/sam-rivers.bsky.social.evil.example',
    'https://bsky.app/profile/rivers.bsky.social',
    'https://bsky.app/profile/sam-rivers.bsky.socia',
    'https://bsky.app/',
    'https://bsky.app/notifications',
    'https://bsky.app/search?q=sam-rivers.bsky.social',
    'https://notbsky.app/profile/sam-rivers.bsky.social',
  ],
  refuses: [
    ['https://bsky.app/profile/', 'missing-id'],
    ['https://bsky.app/profile/did:plc:abc', 'invalid-id'],
    ['did:plc:abc123', 'invalid-id'],
    ['did:plc:z72i7hdynmk6r22z27h6tvu1', 'invalid-id'],
    ['https://bsky.app/profile/sam', 'invalid-id'],
    ['@sam on bluesky', 'invalid-handle'],
    ['https://bsky.app/notifications', 'platform-page'],
    ['https://bsky.app/', 'platform-home'],
  ],
});

describePlatform('Bluesky, by did', {
  target: [
    'https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur',
    { kind: 'profile', platform: 'bluesky', handle: 'did:plc:z72i7hdynmk6r22z27h6tvur' },
  ],
  sameTarget: ['did:plc:z72i7hdynmk6r22z27h6tvur', 'DID:PLC:Z72I7HDYNMK6R22Z27H6TVUR'],
  blocks: [
    'https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/3k44deefqdk2g',
    'https://bsky.app/profile/did%3Aplc%3Az72i7hdynmk6r22z27h6tvur',
  ].map((url, i) => (i === 1 ? { url, rules: false as const } : url)),
  allows: [
    'https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvus',
    'https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur2',
  ],
});

describePlatform('Bluesky, by did:web', {
  target: [
    'did:web:sam.example.org',
    { kind: 'profile', platform: 'bluesky', handle: 'did:web:sam.example.org' },
  ],
  blocks: ['https://bsky.app/profile/did:web:sam.example.org'],
  allows: ['https://bsky.app/profile/did:web:sam.example.org.evil', 'https://sam.example.org/'],
});
