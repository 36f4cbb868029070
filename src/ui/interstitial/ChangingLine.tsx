/** One of her own lines (or a gentle reminder), different from one visit to the next; text only. */
export function ChangingLine({ line }: { line?: string }) {
  if (!line) return null;
  return (
    <p class="changing-line" data-testid="changing-line">
      {line}
    </p>
  );
}
