import type { TrafficLight } from "@/lib/domain/deadlines/traffic-light";

const STYLE: Record<TrafficLight, string> = {
  green: "bg-green-100 text-green-900 border-green-700",
  yellow: "bg-amber-100 text-amber-900 border-amber-700",
  red: "bg-red-100 text-red-900 border-red-700",
};
const SHAPE: Record<TrafficLight, string> = { green: "●", yellow: "▲", red: "■" };

/** Colour is never the only signal: each light has its own shape and a text label. */
export function TrafficLightBadge({ light, label }: { light: TrafficLight; label: string }) {
  return (
    <span className={`inline-flex items-center gap-1 rounded border px-2 py-0.5 text-xs font-semibold ${STYLE[light]}`}>
      <span aria-hidden="true">{SHAPE[light]}</span>
      {label}
    </span>
  );
}
