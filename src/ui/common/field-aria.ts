/** The aria wiring of a control that can be wrong: invalid or not, described by its error or else its hint. */
export function fieldAria(error: string | undefined, errorId: string, hintId?: string) {
  return {
    'aria-invalid': error ? 'true' : 'false',
    'aria-describedby': error ? errorId : hintId,
  } as const;
}
