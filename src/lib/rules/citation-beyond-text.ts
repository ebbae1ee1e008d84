import { archivedCitations } from "../archived-citations.js";
import type { Problem } from "../problem.js";
import type { DatasetRule } from "../rule.js";

export default {
  kind: "dataset",
  id: "citation/beyond-text",
  description: "Where a source's text is kept beside the repository, every paragraph cited from it exists.",
  check(context) {
    const problems: Problem[] = [];
    for (const { collection, index, path, citation, paragraphs } of archivedCitations(context)) {
      if (citation.paragraph <= paragraphs.length) continue;
      problems.push({
        collection, index, path: [...path, "paragraph"], rule: this.id,
        message: `paragraph ${citation.paragraph} is beyond the last (${paragraphs.length}) of "${citation.source}"`,
        hint: "count non-blank lines from the top of the archived text",
      });
    }
    return problems;
  },
} satisfies DatasetRule;
