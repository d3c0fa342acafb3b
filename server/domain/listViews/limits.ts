/** A saved view's limits, shared with the screens (client/listViews): rows per page, column widths in pixels. */
export const PER_PAGE = [10, 25, 50, 100] as const;
export const MIN_WIDTH = 48;
export const MAX_WIDTH = 800;
