/** The problems of a CSV file, one row per problem with its line (used by the form and the job page). */
export function ImportProblemsTable({
  caption,
  headers,
  problems,
}: {
  caption: string;
  headers: { line: string; field: string; message: string };
  problems: readonly { lineLabel: string; field: string; message: string }[];
}) {
  return (
    // Focusable, so keyboard users can scroll a wide table on a narrow screen (WCAG 1.4.10, 2.1.1).
    <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="text-left font-semibold text-red-900">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="p-2">
              {headers.line}
            </th>
            <th scope="col" className="p-2">
              {headers.field}
            </th>
            <th scope="col" className="p-2">
              {headers.message}
            </th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, index) => (
            <tr key={`${p.lineLabel}-${p.field}-${index}`} className="border-b border-slate-200">
              <td className="p-2 whitespace-nowrap">{p.lineLabel}</td>
              <td className="p-2 font-mono">{p.field || "—"}</td>
              <td className="p-2">{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
