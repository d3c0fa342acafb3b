/** Buttons inside a table row: no extra height, so rows with and without an action line up. */
export const rowButtonSx = { py: 0, whiteSpace: 'nowrap' } as const;
