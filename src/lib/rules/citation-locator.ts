import type { Problem } from "../problem.js";
import { archivedCitations } from "../archived-citations.js";
import type { DatasetRule } from "../rule.js";

export default {
  kind: "dataset",
  id: "citation/locator-not-found",
  description: "Where a source's text is kept beside the repository, a citation's locator stands word for word in the cited paragraph.",
  check(context) {
    const problems: Problem[] = [];
    for (const { collection, index, path, citation, paragraphs } of archivedCitations(context)) {
      const paragraph = paragraphs[citation.paragraph - 1];
      if (citation.locator === undefined || paragraph === undefined || paragraph.replaceAll(/\s+/g, " ").includes(citation.locator)) continue;
      problems.push({
        collection, index, path: [...path, "locator"], rule: this.id,
        message: `"${citation.locator}" is not in paragraph ${citation.paragraph} of "${citation.source}"`,
        hint: "copy the words exactly, with single spaces",
      });
    }
    return problems;
  },
} satisfies DatasetRule;
