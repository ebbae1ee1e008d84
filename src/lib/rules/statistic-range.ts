import type { Problem } from "../problem.js";
import type { DatasetRule } from "../rule.js";

export default {
  kind: "dataset",
  id: "statistic/range",
  description: "A range (comparator 'between') has a valueHigh above its value; no other comparator has one.",
  check({ valid }) {
    const problems: Problem[] = [];
    for (const { index, record } of valid("statistics", ["value", "valueHigh", "comparator"])) {
      const problem = (message: string, hint: string) => problems.push({ collection: "statistics", index, path: ["valueHigh"], rule: this.id, message, hint });
      if (record.comparator === "between" && record.valueHigh === undefined) problem('comparator "between" needs valueHigh', "add the upper end of the range");
      else if (record.comparator !== "between" && record.valueHigh !== undefined) problem(`valueHigh is only for comparator "between", not "${record.comparator}"`, 'remove valueHigh, or use "between"');
      else if (record.valueHigh !== undefined && record.valueHigh <= record.value) problem(`valueHigh ${record.valueHigh} is not above value ${record.value}`, "check the two ends of the range");
    }
    return problems;
  },
} satisfies DatasetRule;
