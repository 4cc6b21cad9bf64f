import { useEffect, useId, useReducer, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { useTranslation } from "../lib/translation";
import { Form, Link, useLocation, useNavigate } from "react-router";
import { comboboxKey, comboboxReducer, INITIAL_COMBOBOX_STATE } from "../lib/combobox";
import { debouncedLoader, type DebouncedLoader } from "../lib/debounced-loader";
import { formatVnd, isPriceRangeVaried } from "../lib/money";
import { SEARCH_PATH, SUGGEST_PATH } from "../lib/paths";
import {
  EMPTY_SUGGESTIONS,
  MAX_QUERY_LENGTH,
  normalizeQuery,
  QUERY_PARAM,
  SUGGEST_DEBOUNCE_MS,
  suggestionOptions,
  suggestQuery,
  toSuggestions,
  type SuggestionKind,
  type SuggestionOption,
  type Suggestions,
} from "../lib/search";
import { StarBadge } from "./ocop/StarBadge";
import { PinIcon } from "./PinIcon";

async function fetchSuggestions(q: string, signal: AbortSignal): Promise<Suggestions> {
  const response = await fetch(`${SUGGEST_PATH}?${new URLSearchParams({ [QUERY_PARAM]: q })}`, {
    signal,
    headers: { Accept: "application/json" },
  });
  // 503 (shop closed) and friends: no suggestions, the search itself still works.
  if (!response.ok) return EMPTY_SUGGESTIONS;
  return toSuggestions(await response.json());
}

function SearchIcon() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 20 20" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2">
      <circle cx="8.5" cy="8.5" r="5.5" />
      <path d="m13 13 4.5 4.5" strokeLinecap="round" />
    </svg>
  );
}

const GROUP_KEYS: Record<SuggestionKind, "search.box.products" | "search.box.provinces" | "search.box.groups"> = {
  product: "search.box.products",
  province: "search.box.provinces",
  group: "search.box.groups",
};

/**
 * The header's search box: a plain GET form to /tim-kiem (works without
 * JavaScript), and with JavaScript a WAI-ARIA combobox with instant
 * suggestions from `/goi-y` — products (price, stars), provinces and groups.
 * ArrowDown/ArrowUp move through them, Enter opens the highlighted one or
 * searches for the text, Escape closes the list (a second Escape clears the
 * text). A live region says how many suggestions there are.
 */
export function SearchBox({ className = "" }: { className?: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const baseId = useId();
  const inputId = `${baseId}-q`;
  const listboxId = `${baseId}-listbox`;
  const hintId = `${baseId}-hint`;
  const optionId = (index: number) => `${baseId}-option-${index}`;

  // On the results page the box shows the words searched for.
  const urlQuery =
    location.pathname === SEARCH_PATH ? normalizeQuery(new URLSearchParams(location.search).get(QUERY_PARAM)) : "";

  const [text, setText] = useState(urlQuery);
  const [suggestions, setSuggestions] = useState<Suggestions>(EMPTY_SUGGESTIONS);
  const [combo, dispatch] = useReducer(comboboxReducer, INITIAL_COMBOBOX_STATE);
  const [announced, setAnnounced] = useState<number | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const loaderRef = useRef<DebouncedLoader<string> | null>(null);
  if (loaderRef.current === null) {
    loaderRef.current = debouncedLoader<string, Suggestions>({
      delayMs: SUGGEST_DEBOUNCE_MS,
      load: fetchSuggestions,
      onResult: (result) => {
        setSuggestions(result);
        const count = suggestionOptions(result).length;
        dispatch({ type: "results", count });
        setAnnounced(count);
      },
      // A network hiccup: keep quiet, the search button still works.
      onError: () => undefined,
    });
  }
  const loader = loaderRef.current;

  const clearSuggestions = () => {
    loader.cancel();
    setSuggestions(EMPTY_SUGGESTIONS);
    dispatch({ type: "reset" });
    setAnnounced(null);
  };

  // Every navigation (a suggestion opened, a search made, Back) closes the
  // list, and the box follows the URL's words.
  useEffect(() => {
    setText(urlQuery);
    clearSuggestions();
  }, [location.key, urlQuery]);

  useEffect(() => () => loader.cancel(), [loader]);

  const options = suggestionOptions(suggestions);
  const open = combo.open && options.length > 0;
  const active = open && combo.active >= 0 ? combo.active : -1;

  const onChange = (value: string) => {
    setText(value);
    const q = suggestQuery(value);
    if (q === null) {
      clearSuggestions();
      return;
    }
    dispatch({ type: "edit" });
    loader.request(q);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return; // Vietnamese IMEs (Telex) compose with keys too
    const outcome = comboboxKey({ ...combo, open, active }, event.key, text !== "");
    if (outcome.preventDefault) event.preventDefault();
    if (outcome.intent === "follow") {
      const option = options[active];
      if (option) navigate(option.href);
    } else if (outcome.intent === "clear") {
      setText("");
      clearSuggestions();
      return;
    } else if (outcome.intent === "submit") {
      loader.cancel();
    }
    if (outcome.action) dispatch(outcome.action);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (!normalizeQuery(text)) {
      // Nothing to look for: stay here.
      event.preventDefault();
      inputRef.current?.focus();
      return;
    }
    loader.cancel();
    dispatch({ type: "close" });
  };

  const liveMessage =
    announced === null ? "" : announced > 0 ? t("search.box.count", { count: announced }) : t("search.box.none");

  const sections = (["product", "province", "group"] as const)
    .map((kind) => ({ kind, items: options.map((option, index) => ({ option, index })).filter(({ option }) => option.kind === kind) }))
    .filter((section) => section.items.length > 0);

  return (
    <Form
      method="get"
      action={SEARCH_PATH}
      role="search"
      aria-label={t("search.box.label")}
      data-testid="search-box"
      onSubmit={onSubmit}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) dispatch({ type: "close" });
      }}
      className={`relative ${className}`}
    >
      <label htmlFor={inputId} className="sr-only">
        {t("search.box.label")}
      </label>
      <div className="flex rounded-full border border-earth-300 bg-white focus-within:border-leaf-700 focus-within:ring-2 focus-within:ring-leaf-700">
        <input
          ref={inputRef}
          id={inputId}
          type="search"
          name={QUERY_PARAM}
          value={text}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
          onFocus={() => dispatch({ type: "open" })}
          placeholder={t("search.box.placeholder")}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="search"
          maxLength={MAX_QUERY_LENGTH}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listboxId}
          aria-activedescendant={active >= 0 ? optionId(active) : undefined}
          aria-describedby={hintId}
          className="min-w-0 flex-1 rounded-l-full bg-transparent py-2 pr-2 pl-4 text-base text-leaf-950 placeholder:text-earth-600 focus:outline-none [&::-webkit-search-cancel-button]:cursor-pointer"
        />
        <button
          type="submit"
          className="flex shrink-0 items-center rounded-r-full px-3 text-leaf-800 hover:bg-leaf-50 focus-visible:outline-2"
        >
          <SearchIcon />
          <span className="sr-only">{t("search.box.submit")}</span>
        </button>
      </div>
      <p id={hintId} className="sr-only">
        {t("search.box.hint")}
      </p>
      <div
        id={listboxId}
        role="listbox"
        aria-label={t("search.box.suggestions")}
        data-testid="search-suggestions"
        hidden={!open}
        // Keep the focus in the text field while the pointer picks an option.
        onMouseDown={(event) => event.preventDefault()}
        className="absolute inset-x-0 top-full z-30 mt-1 max-h-[min(70vh,32rem)] overflow-y-auto rounded-2xl border border-earth-200 bg-white py-2 shadow-lg"
      >
        {sections.map(({ kind, items }) => {
          const headingId = `${baseId}-group-${kind}`;
          return (
            <div key={kind} role="group" aria-labelledby={headingId}>
              <div
                id={headingId}
                role="presentation"
                className="px-4 pt-2 pb-1 text-xs font-semibold tracking-wide text-earth-700 uppercase"
              >
                {t(GROUP_KEYS[kind])}
              </div>
              {items.map(({ option, index }) => (
                <SuggestionRow
                  key={option.key}
                  id={optionId(index)}
                  option={option}
                  suggestions={suggestions}
                  selected={index === active}
                  onHover={() => dispatch({ type: "highlight", index })}
                  onPick={() => dispatch({ type: "close" })}
                />
              ))}
            </div>
          );
        })}
      </div>
      <div role="status" aria-live="polite" aria-atomic="true" className="sr-only">
        {liveMessage}
      </div>
    </Form>
  );
}

function SuggestionRow({
  id,
  option,
  suggestions,
  selected,
  onHover,
  onPick,
}: {
  id: string;
  option: SuggestionOption;
  suggestions: Suggestions;
  selected: boolean;
  onHover: () => void;
  onPick: () => void;
}) {
  const { t } = useTranslation();
  const product = option.kind === "product" ? suggestions.products.find((p) => `p:${p.handle}` === option.key) : undefined;
  return (
    <Link
      id={id}
      to={option.href}
      role="option"
      aria-selected={selected}
      tabIndex={-1}
      data-testid="suggestion-option"
      data-kind={option.kind}
      onMouseMove={onHover}
      onClick={onPick}
      className={`flex items-center gap-3 px-4 py-2 text-leaf-950 ${selected ? "bg-leaf-100" : "hover:bg-leaf-50"}`}
    >
      {product ? (
        <>
          {product.thumbnail ? (
            <img
              src={product.thumbnail}
              alt=""
              width={40}
              height={40}
              loading="lazy"
              className="h-10 w-10 shrink-0 rounded-md bg-earth-100 object-cover"
            />
          ) : (
            <span aria-hidden="true" className="h-10 w-10 shrink-0 rounded-md bg-leaf-100" />
          )}
          <span className="flex min-w-0 flex-1 flex-col">
            <span className="truncate font-medium">{product.title}</span>
            <span className="flex flex-wrap items-center gap-x-2 gap-y-0.5 text-sm text-earth-800">
              {product.price ? (
                <span>
                  {isPriceRangeVaried(product.price)
                    ? t("product.priceFrom", { price: formatVnd(product.price.min) })
                    : formatVnd(product.price.min)}
                </span>
              ) : null}
              <StarBadge stars={product.stars} size="sm" />
            </span>
          </span>
        </>
      ) : (
        <span className="flex min-w-0 items-center gap-2">
          {option.kind === "province" ? <PinIcon className="text-earth-600" /> : <span aria-hidden="true" className="text-leaf-700">▸</span>}
          <span className="truncate">{option.label}</span>
        </span>
      )}
    </Link>
  );
}
