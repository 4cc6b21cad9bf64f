import type { ApiFairSummary } from "../../lib/fair";
import { FairCard } from "./FairCard";

/** One section of the fairs list ("Đang diễn ra", …) with its cards, or a sentence when it is empty. */
export function FairSection({ id, title, fairs, empty }: { id: string; title: string; fairs: ApiFairSummary[]; empty: string }) {
  return (
    <section aria-labelledby={`${id}-title`} className="mt-10" data-testid={`fairs-${id}`}>
      <h2 id={`${id}-title`} className="text-2xl font-bold text-leaf-900">
        {title}
      </h2>
      {fairs.length ? (
        <ul role="list" className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {fairs.map((fair) => (
            <li key={fair.id}>
              <FairCard fair={fair} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-earth-800">{empty}</p>
      )}
    </section>
  );
}
