interface SparklineProps {
  readonly values: readonly (number | null)[];
  /** Read out instead of the drawing, e.g. "from 3 to 12". */
  readonly label: string;
  readonly color: string;
}

const WIDTH = 72;
const HEIGHT = 20;

/** A region's KPI over the period at a glance: no axes, the last point marked. */
export const Sparkline = ({ values, label, color }: SparklineProps) => {
  const known = values.flatMap((value, index) => (value === null ? [] : [{ index, value }]));
  if (known.length < 2) return null;
  const min = Math.min(...known.map((p) => p.value));
  const span = Math.max(...known.map((p) => p.value)) - min || 1;
  const x = (index: number) => (index / Math.max(1, values.length - 1)) * (WIDTH - 4) + 2;
  const y = (value: number) => HEIGHT - 2 - ((value - min) / span) * (HEIGHT - 4);
  const path = known.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.index).toFixed(1)},${y(p.value).toFixed(1)}`);
  const last = known[known.length - 1]!;
  return (
    <svg className="sparkline" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img">
      <title>{label}</title>
      <path d={path.join(' ')} fill="none" stroke={color} strokeWidth="1.5" />
      <circle cx={x(last.index)} cy={y(last.value)} r="2" fill={color} />
    </svg>
  );
};
