import { collectionNames, collections } from "./collections.js";
import type { RuleContext } from "./rule.js";

/** Every citation of every record, with the paragraphs of its source's archived text where we have them. */
export function* archivedCitations(context: RuleContext) {
  const read = context.options.archivedText;
  if (!read) return;
  for (const collection of collectionNames.filter((name) => collections[name].cited)) {
    for (const { index, record } of context.valid(collection, ["citations"])) {
      const citations = (record as { citations: { source: string; paragraph: number; locator?: string }[] }).citations;
      for (const [i, citation] of citations.entries()) {
        const file = context.byId("sources", citation.source, ["archivedText"])?.archivedText;
        const paragraphs = file === undefined ? undefined : read(file);
        if (paragraphs) yield { collection, index, path: ["citations", i], citation, paragraphs };
      }
    }
  }
}
