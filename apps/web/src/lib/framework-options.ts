/** A framework as the pickers receive it: its name and its elements. */
export interface FrameworkWithElements {
  name: string;
  elements: ReadonlyArray<{ id: string; label: string }>;
}

/**
 * Options for a framework element picker, grouped by framework. Element labels can repeat
 * between frameworks ("Health and wellbeing"): those name their framework too.
 */
export function frameworkElementOptions(frameworks: readonly FrameworkWithElements[]) {
  const labelCounts = new Map<string, number>();
  for (const framework of frameworks) {
    for (const element of framework.elements) {
      labelCounts.set(element.label, (labelCounts.get(element.label) ?? 0) + 1);
    }
  }
  return frameworks
    .filter((framework) => framework.elements.length > 0)
    .map((framework) => ({
      group: framework.name,
      items: framework.elements.map((element) => ({
        value: element.id,
        label:
          (labelCounts.get(element.label) ?? 0) > 1
            ? `${element.label} (${framework.name})`
            : element.label,
      })),
    }));
}
