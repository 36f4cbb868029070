import { useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import type { ImportPreview } from '@/src/storage';
import { ImportPreviewView } from './ImportPreviewView';

export type ImportCheck = { ok: true; preview: ImportPreview } | { ok: false; error: string };

export interface ExportImportProps {
  onExport: () => Promise<{ filename: string; text: string }>;
  /** Saves the file's text for download; pages pass the browser download, tests a spy. */
  download: (filename: string, text: string) => void;
  /** Checks a file's text completely; nothing changes until `onImport`. */
  onCheck: (text: string) => Promise<ImportCheck>;
  /** Applies the file last checked. */
  onImport: () => Promise<void>;
  maxBytes: number;
  tooBigMessage: string;
}

/** Her data out to a file, and back in: checked, previewed, confirmed. */
export function ExportImport(props: ExportImportProps) {
  const [exportStatus, setExportStatus] = useState('');
  const [error, setError] = useState('');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [status, setStatus] = useState('');
  const [inputKey, setInputKey] = useState(0);

  async function exportNow() {
    const { filename, text } = await props.onExport();
    props.download(filename, text);
    setExportStatus(t('exportDone', filename));
  }

  async function choose(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    setPreview(null);
    setStatus('');
    setError('');
    if (!file) return;
    if (file.size > props.maxBytes) {
      setError(props.tooBigMessage);
      return;
    }
    const checked = await props.onCheck(await file.text());
    if (checked.ok) setPreview(checked.preview);
    else setError(checked.error);
  }

  async function confirm() {
    await props.onImport();
    setPreview(null);
    setInputKey(inputKey + 1);
    setStatus(t('importDone'));
  }

  return (
    <div class="export-import">
      <h3>{t('exportHeading')}</h3>
      <p class="hint">{t('exportHint')}</p>
      <button type="button" onClick={exportNow}>
        {t('exportButton')}
      </button>
      <p class="status" role="status">
        {exportStatus}
      </p>
      <div class="field">
        <label for="import-file">{t('importLabel')}</label>
        <input
          key={inputKey}
          id="import-file"
          type="file"
          accept="application/json,.json"
          onChange={choose}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={error ? 'import-error' : 'import-hint'}
        />
        {error ? (
          <p id="import-error" class="error" role="alert">
            {error}
          </p>
        ) : (
          <p id="import-hint" class="hint">
            {t('importHint')}
          </p>
        )}
      </div>
      {preview && (
        <section class="import-confirm" aria-labelledby="import-preview-heading">
          <h4 id="import-preview-heading">{t('importPreviewHeading')}</h4>
          <ImportPreviewView preview={preview} />
          <div class="row">
            <button type="button" class="primary" onClick={confirm}>
              {t('importConfirm')}
            </button>
            <button
              type="button"
              onClick={() => {
                setPreview(null);
                setInputKey(inputKey + 1);
              }}
            >
              {t('cancel')}
            </button>
          </div>
        </section>
      )}
      <p class="status" role="status" data-testid="import-status">
        {status}
      </p>
    </div>
  );
}
