/** The id of the board's scrolling area: the skip link's target, and what scrolls under a drag. */
export const BOARD_ID = 'board';
