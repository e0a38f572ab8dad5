/** A short list of units under a heading: those that do not pass, or the bottom-ranked ones. */
export function UnitListSection({
  id,
  heading,
  empty,
  units,
}: {
  id: string;
  heading: string;
  empty: string;
  units: { id: number; name: string }[];
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {heading}
      </h2>
      {units.length === 0 ? (
        <p className="text-slate-700">{empty}</p>
      ) : (
        <ol className="list-decimal space-y-1 ps-6">
          {units.map((u) => (
            <li key={u.id}>{u.name}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
