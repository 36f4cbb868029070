import { describePlatform } from '../fixtures/platform-table';

describePlatform('LinkedIn, by an old /pub/ link', {
  target: [
    'https://www.linkedin.com/pub/sam-rivers/1a/2b3/4c5',
    { kind: 'profile', platform: 'linkedin', handle: 'pub/sam-rivers/1a/2b3/4c5' },
  ],
  sameTarget: ['uk.linkedin.com/pub/Sam-Rivers/1a/2b3/4c5/en'],
  blocks: [
    'https://uk.linkedin.com/pub/sam-rivers/1a/2b3/4c5',
    'https://www.linkedin.com/pub/Sam-Rivers/1A/2B3/4C5/',
    'https://www.linkedin.com/pub/sam-rivers/1a/2b3/4c5?trk=x',
  ],
  allows: [
    'https://www.linkedin.com/pub/sam-rivers/1a/2b3/4c6',
    'https://www.linkedin.com/in/sam-rivers',
    'https://www.linkedin.com/pub/dir/sam/rivers',
  ],
  refuses: [['https://www.linkedin.com/pub/dir/sam/rivers', 'platform-page']],
});
