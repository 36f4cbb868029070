import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResolvedPublicFile, Wxt } from 'wxt';
import { compactLocales } from './compact-locales';

describe('compactLocales', () => {
  it('ships each catalogue without descriptions or whitespace, and leaves other files alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'locales-'));
    const src = join(dir, 'messages.json');
    writeFileSync(
      src,
      JSON.stringify(
        {
          hello: {
            message: 'Hola, $NAME$ ✓',
            description: 'A greeting',
            placeholders: { name: { content: '$1' } },
          },
          bye: { message: 'Adiós' },
        },
        null,
        2,
      ),
    );
    const files: ResolvedPublicFile[] = [
      { absoluteSrc: src, relativeDest: '_locales/es/messages.json' },
      { absoluteSrc: join(dir, '16.png'), relativeDest: 'icon/16.png' },
    ];

    await compactLocales({} as Wxt, files);

    expect(files[1]).toEqual({ absoluteSrc: join(dir, '16.png'), relativeDest: 'icon/16.png' });
    expect(files[0]).toEqual({
      relativeDest: '_locales/es/messages.json',
      contents:
        '{"hello":{"message":"Hola, $NAME$ ✓","placeholders":{"name":{"content":"$1"}}},"bye":{"message":"Adiós"}}',
    });
  });
});
