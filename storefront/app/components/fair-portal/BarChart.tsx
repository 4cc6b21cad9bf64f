import { useId } from "react";
import { compactNumber, scaleBars } from "../../lib/fair-chart";
import { useLocale } from "../../lib/locale";

const PLOT_HEIGHT = 160;
const AXIS_WIDTH = 48;
const LABEL_HEIGHT = 24;
const TOP_PAD = 8;

/**
 * A day-by-day bar chart drawn on the server as inline SVG: role="img" with a
 * <title> and a <desc> (what it shows and its highest value) for screen readers;
 * each bar's own <title> gives its exact value on hover. The page shows the
 * same numbers in a table too.
 */
export function BarChart({
  title,
  description,
  labels,
  values,
  format,
  testId,
}: {
  title: string;
  description: string;
  labels: ReadonlyArray<string>;
  values: ReadonlyArray<number>;
  format: (value: number) => string;
  testId?: string;
}) {
  const locale = useLocale();
  const id = useId();
  const scale = scaleBars(values, { height: PLOT_HEIGHT });
  const width = AXIS_WIDTH + scale.width;
  const height = TOP_PAD + PLOT_HEIGHT + LABEL_HEIGHT;
  const every = Math.max(1, Math.ceil(labels.length / 10));
  return (
    <figure className="overflow-x-auto" data-testid={testId}>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        className="max-w-full text-leaf-700"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <g transform={`translate(0 ${TOP_PAD})`} aria-hidden="true">
          {scale.ticks.map((tick) => {
            const y = PLOT_HEIGHT - (tick / scale.max) * PLOT_HEIGHT;
            return (
              <g key={tick}>
                <line x1={AXIS_WIDTH} x2={width} y1={y} y2={y} stroke="currentColor" strokeOpacity={0.15} />
                <text x={AXIS_WIDTH - 6} y={y + 4} textAnchor="end" fontSize={11} fill="#5b4a3a">
                  {compactNumber(tick, locale)}
                </text>
              </g>
            );
          })}
        </g>
        <g transform={`translate(${AXIS_WIDTH} ${TOP_PAD})`}>
          {scale.bars.map((bar) => (
            <g key={bar.index} data-testid="chart-bar" data-value={bar.value}>
              <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} rx={3} fill="currentColor">
                <title>{`${labels[bar.index] ?? ""}: ${format(bar.value)}`}</title>
              </rect>
              {bar.index % every === 0 ? (
                <text x={bar.x + bar.width / 2} y={PLOT_HEIGHT + 16} textAnchor="middle" fontSize={11} fill="#5b4a3a" aria-hidden="true">
                  {labels[bar.index]}
                </text>
              ) : null}
            </g>
          ))}
        </g>
      </svg>
    </figure>
  );
}
