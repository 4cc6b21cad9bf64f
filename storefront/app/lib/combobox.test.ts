import { describe, expect, it } from "vitest";
import { comboboxKey, comboboxReducer, INITIAL_COMBOBOX_STATE, type ComboboxAction, type ComboboxState } from "./combobox";

const run = (actions: ComboboxAction[], from: ComboboxState = INITIAL_COMBOBOX_STATE) => actions.reduce(comboboxReducer, from);
const withResults = (count: number) => run([{ type: "results", count }]);

describe("comboboxReducer", () => {
  it("opens when an answer has options, with nothing highlighted", () => {
    expect(withResults(5)).toEqual({ count: 5, open: true, active: -1 });
    expect(withResults(0)).toEqual({ count: 0, open: false, active: -1 });
  });

  it("moves down and up through the options, wrapping at the ends", () => {
    const actives = (actions: ComboboxAction[]) =>
      actions.reduce<{ state: ComboboxState; seen: number[] }>(
        ({ state, seen }, action) => {
          const next = comboboxReducer(state, action);
          return { state: next, seen: [...seen, next.active] };
        },
        { state: withResults(3), seen: [] },
      ).seen;
    expect(actives([{ type: "next" }, { type: "next" }, { type: "next" }, { type: "next" }])).toEqual([0, 1, 2, 0]);
    expect(actives([{ type: "previous" }, { type: "previous" }, { type: "previous" }, { type: "previous" }])).toEqual([2, 1, 0, 2]);
  });

  it("ArrowDown on a closed list with options opens it on the first, ArrowUp on the last", () => {
    const closed = run([{ type: "results", count: 4 }, { type: "close" }]);
    expect(closed).toEqual({ count: 4, open: false, active: -1 });
    expect(comboboxReducer(closed, { type: "next" })).toEqual({ count: 4, open: true, active: 0 });
    expect(comboboxReducer(closed, { type: "previous" })).toEqual({ count: 4, open: true, active: 3 });
  });

  it("does nothing to move without options", () => {
    expect(comboboxReducer(INITIAL_COMBOBOX_STATE, { type: "next" })).toBe(INITIAL_COMBOBOX_STATE);
    expect(comboboxReducer(INITIAL_COMBOBOX_STATE, { type: "previous" })).toBe(INITIAL_COMBOBOX_STATE);
  });

  it("highlights the option under the pointer, only existing ones and only while open", () => {
    const open = withResults(3);
    expect(comboboxReducer(open, { type: "highlight", index: 2 }).active).toBe(2);
    expect(comboboxReducer(open, { type: "highlight", index: 3 })).toBe(open);
    expect(comboboxReducer(open, { type: "highlight", index: -1 })).toBe(open);
    const closed = comboboxReducer(open, { type: "close" });
    expect(comboboxReducer(closed, { type: "highlight", index: 1 })).toBe(closed);
  });

  it("editing the text keeps the list but drops the highlight; a reset forgets the options", () => {
    const highlighted = run([{ type: "results", count: 3 }, { type: "next" }, { type: "next" }]);
    expect(comboboxReducer(highlighted, { type: "edit" })).toEqual({ count: 3, open: true, active: -1 });
    expect(comboboxReducer(highlighted, { type: "reset" })).toEqual(INITIAL_COMBOBOX_STATE);
  });

  it("reopens on focus only when there is something to show", () => {
    expect(comboboxReducer(run([{ type: "results", count: 2 }, { type: "close" }]), { type: "open" })).toEqual({
      count: 2,
      open: true,
      active: -1,
    });
    expect(comboboxReducer(INITIAL_COMBOBOX_STATE, { type: "open" })).toBe(INITIAL_COMBOBOX_STATE);
  });

  it("a new answer starts again from the text", () => {
    const highlighted = run([{ type: "results", count: 3 }, { type: "next" }]);
    expect(comboboxReducer(highlighted, { type: "results", count: 2 })).toEqual({ count: 2, open: true, active: -1 });
  });
});

describe("comboboxKey", () => {
  const open = withResults(3);
  const onSecond = run([{ type: "next" }, { type: "next" }], open);

  it("arrows move (and keep the caret still) when there are options", () => {
    expect(comboboxKey(open, "ArrowDown", true)).toEqual({ action: { type: "next" }, intent: "none", preventDefault: true });
    expect(comboboxKey(open, "ArrowUp", true)).toEqual({ action: { type: "previous" }, intent: "none", preventDefault: true });
    expect(comboboxKey(INITIAL_COMBOBOX_STATE, "ArrowDown", true)).toEqual({ action: null, intent: "none", preventDefault: false });
  });

  it("Enter opens the highlighted option, or else lets the form search for the text", () => {
    expect(comboboxKey(onSecond, "Enter", true)).toEqual({ action: { type: "close" }, intent: "follow", preventDefault: true });
    expect(comboboxKey(open, "Enter", true)).toEqual({ action: { type: "close" }, intent: "submit", preventDefault: false });
    expect(comboboxKey(INITIAL_COMBOBOX_STATE, "Enter", true).intent).toBe("submit");
  });

  it("Escape closes the list first, then clears the text", () => {
    expect(comboboxKey(onSecond, "Escape", true)).toEqual({ action: { type: "close" }, intent: "none", preventDefault: true });
    const closed = comboboxReducer(onSecond, { type: "close" });
    expect(comboboxKey(closed, "Escape", true)).toEqual({ action: { type: "reset" }, intent: "clear", preventDefault: true });
    expect(comboboxKey(closed, "Escape", false)).toEqual({ action: null, intent: "none", preventDefault: false });
  });

  it("Tab closes the list without stopping the focus from moving on", () => {
    expect(comboboxKey(open, "Tab", true)).toEqual({ action: { type: "close" }, intent: "none", preventDefault: false });
  });

  it("other keys are the text field's", () => {
    for (const key of ["a", "Home", "End", "ArrowLeft", " "]) {
      expect(comboboxKey(onSecond, key, true)).toEqual({ action: null, intent: "none", preventDefault: false });
    }
  });
});
