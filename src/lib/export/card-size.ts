/** The social card's size in pixels: Open Graph's recommended 1.91:1 at 1200 wide. */
export const CARD = { width: 1200, height: 630 } as const;
