export interface UnitLink {
  id: number;
  parentId: number | null;
}

/**
 * Whether giving `unitId` the parent `newParentId` would close a loop in the unit hierarchy:
 * true when the new parent is the unit itself or one of its descendants. Walking up from the
 * new parent is bounded by the number of units, so an already-broken hierarchy cannot hang it.
 */
export function wouldCreateCycle(units: readonly UnitLink[], unitId: number, newParentId: number | null): boolean {
  if (newParentId === null) return false;
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  let current: number | null | undefined = newParentId;
  for (let steps = 0; current !== null && current !== undefined && steps <= units.length; steps += 1) {
    if (current === unitId) return true;
    current = parentOf.get(current);
  }
  return false;
}

/**
 * Units in tree order (each parent followed by its children, siblings by `order`), with their
 * depth, for showing the hierarchy as an indented table. Units in a loop or under a missing
 * parent are listed at the end at depth 0 rather than lost.
 */
export function hierarchyOrder<U extends UnitLink>(units: readonly U[]): { unit: U; depth: number }[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<number | null, U[]>();
  for (const u of units) {
    const parent = u.parentId !== null && ids.has(u.parentId) ? u.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const ordered: { unit: U; depth: number }[] = [];
  const seen = new Set<number>();
  const visit = (u: U, depth: number) => {
    if (seen.has(u.id)) return;
    seen.add(u.id);
    ordered.push({ unit: u, depth });
    for (const child of children.get(u.id) ?? []) visit(child, depth + 1);
  };
  for (const root of children.get(null) ?? []) visit(root, 0);
  for (const u of units) visit(u, 0);
  return ordered;
}
