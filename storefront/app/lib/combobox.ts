/**
 * The header search box's suggestion list as a pure state machine (WAI-ARIA
 * combobox with a listbox popup): which option is highlighted, whether the
 * list is open, and what a key press means. The component keeps the text,
 * the timer and the fetch; everything that decides is here and tested.
 */

export interface ComboboxState {
  /** Options in the latest answer for the current text. */
  count: number;
  /** The listbox is shown (only ever with options in it). */
  open: boolean;
  /** The highlighted option (aria-activedescendant), -1 for none: focus stays on the text. */
  active: number;
}

export type ComboboxAction =
  /** An answer for the current text arrived with this many options. */
  | { type: "results"; count: number }
  /** The text changed (or became too short): the old options no longer apply. */
  | { type: "reset" }
  /** The text is being edited: the options stay until the new answer, nothing is highlighted. */
  | { type: "edit" }
  | { type: "next" }
  | { type: "previous" }
  /** The pointer is over this option. */
  | { type: "highlight"; index: number }
  /** Show the options again (focus came back to the text). */
  | { type: "open" }
  | { type: "close" };

export const INITIAL_COMBOBOX_STATE: ComboboxState = { count: 0, open: false, active: -1 };

export function comboboxReducer(state: ComboboxState, action: ComboboxAction): ComboboxState {
  switch (action.type) {
    case "results": {
      const count = Math.max(0, Math.floor(action.count));
      return { count, open: count > 0, active: -1 };
    }
    case "reset":
      return INITIAL_COMBOBOX_STATE;
    case "edit":
      return state.active === -1 ? state : { ...state, active: -1 };
    case "next":
      if (state.count === 0) return state;
      if (!state.open) return { ...state, open: true, active: 0 };
      return { ...state, active: state.active + 1 >= state.count ? 0 : state.active + 1 };
    case "previous":
      if (state.count === 0) return state;
      if (!state.open) return { ...state, open: true, active: state.count - 1 };
      return { ...state, active: state.active <= 0 ? state.count - 1 : state.active - 1 };
    case "highlight":
      if (!state.open || action.index < 0 || action.index >= state.count) return state;
      return state.active === action.index ? state : { ...state, active: action.index };
    case "open":
      return state.count > 0 && !state.open ? { ...state, open: true, active: -1 } : state;
    case "close":
      return state.open || state.active !== -1 ? { ...state, open: false, active: -1 } : state;
  }
}

export interface KeyOutcome {
  /** What to tell the reducer, if anything. */
  action: ComboboxAction | null;
  /**
   * "follow": open the highlighted option; "submit": let the form search for
   * the text; "clear": empty the text; "none": nothing else.
   */
  intent: "follow" | "submit" | "clear" | "none";
  /** Stop the browser's own handling of the key. */
  preventDefault: boolean;
}

const NOTHING: KeyOutcome = { action: null, intent: "none", preventDefault: false };

/**
 * What a key pressed in the text field means:
 * ArrowDown/ArrowUp move through the options (opening the list, wrapping at
 * the ends); Enter opens the highlighted option, or else searches for the
 * text; Escape closes the list, or, when it is closed, clears the text; Tab
 * closes the list and moves on.
 */
export function comboboxKey(state: ComboboxState, key: string, hasText: boolean): KeyOutcome {
  switch (key) {
    case "ArrowDown":
    case "Down":
      return state.count > 0 ? { action: { type: "next" }, intent: "none", preventDefault: true } : NOTHING;
    case "ArrowUp":
    case "Up":
      return state.count > 0 ? { action: { type: "previous" }, intent: "none", preventDefault: true } : NOTHING;
    case "Enter":
      if (state.open && state.active >= 0 && state.active < state.count) {
        return { action: { type: "close" }, intent: "follow", preventDefault: true };
      }
      return { action: { type: "close" }, intent: "submit", preventDefault: false };
    case "Escape":
    case "Esc":
      if (state.open) return { action: { type: "close" }, intent: "none", preventDefault: true };
      return hasText ? { action: { type: "reset" }, intent: "clear", preventDefault: true } : NOTHING;
    case "Tab":
      return state.open ? { action: { type: "close" }, intent: "none", preventDefault: false } : NOTHING;
    default:
      return NOTHING;
  }
}
