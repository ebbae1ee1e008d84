// The relation helpers, alone in "/relations" too: each reads only the records it needs.
import type { RecordOf } from "./collections.js";
import { dateForOrdering, type KnownDate } from "./dates.js";
import type { EventId, IndicatorId, PersonId } from "./generated/ids.js";
import { events } from "./generated/records/events.js";
import { participations } from "./generated/records/participations.js";
import { sources } from "./generated/records/sources.js";
import { statistics } from "./generated/records/statistics.js";
import type { Event, Participation, Statistic } from "./generated/types.js";
import { referenceDate, reportedDate } from "./statistic-dates.js";

/** Who took part in an event, in the order of the participations' ids. */
export function participantsOf(eventId: EventId): Participation[] {
  return participations.filter((participation) => participation.event === eventId);
}

/** The events a person took part in, oldest first (by the date or the latest possible date). */
export function eventsOf(personId: PersonId): Event[] {
  const ids = new Set(participations.filter((p) => p.person === personId).map((p) => p.event));
  return events.filter((event) => ids.has(event.id)).sort((a, b) => compare(dateForOrdering(a.date), dateForOrdering(b.date)));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface SeriesOptions {
  /** Which partners; needed when the indicator has values for more than one scope. */
  scope?: RecordOf<"statistics">["scope"];
  /** Achieved values (the default) or targets: the two are never one series. */
  kind?: RecordOf<"statistics">["kind"];
  /** Which currency (ISO 4217), or "" for values without one; needed when the indicator's values are in more than one. */
  currency?: string;
}

type AnyStatistic = Statistic | RecordOf<"statistics">;

/** The records the statistic helpers read: the package's own, or any others (the site builds from a dataset). */
export interface StatisticRecords<S extends AnyStatistic> {
  readonly events: readonly { readonly id: string; readonly date: KnownDate }[];
  readonly sources: readonly { readonly id: string; readonly published?: KnownDate }[];
  readonly statistics: readonly S[];
}

/** statisticDate, reportedOn and seriesOf over the given records, each id looked up through an index. */
export function statisticRelations<S extends AnyStatistic>(records: StatisticRecords<S>) {
  const eventDate = new Map(records.events.map((e) => [e.id, e.date]));
  const published = new Map(records.sources.map((s) => [s.id, s.published]));
  const reported = (statistic: S) => reportedDate(statistic, (id) => eventDate.get(id), (id) => published.get(id));

  /** When a statistic was reported: the date of its event, else the publication date of its first source. */
  function reportedOn(statistic: S): string | undefined {
    const date = reported(statistic);
    return date && dateForOrdering(date);
  }

  /** The date a statistic stands at: its as-of date or period, else when it was reported. */
  function statisticDate(statistic: S): string | undefined {
    const at = referenceDate(statistic, reported(statistic));
    return at && dateForOrdering(at.date);
  }

  /**
   * Every reported value of an indicator as one series, oldest first by the date each value stands
   * at. A series never mixes scopes, kinds (achieved, target) or currencies: when the indicator's
   * values span more than one and the options do not choose, this throws, naming the choices.
   */
  function seriesOf(indicatorId: string, options: SeriesOptions = {}): S[] {
    const kind = options.kind ?? "achieved";
    const values = records.statistics.filter(
      (s) =>
        s.indicator === indicatorId &&
        s.kind === kind &&
        (options.scope === undefined || s.scope === options.scope) &&
        (options.currency === undefined || (s.currency ?? "") === options.currency),
    );
    const scopes = new Set(values.map((s) => s.scope));
    if (scopes.size > 1) throw new Error(`seriesOf("${indicatorId}"): values for several scopes (${[...scopes].join(", ")}); pass { scope }`);
    const currencies = new Set(values.map((s) => s.currency ?? ""));
    if (currencies.size > 1) throw new Error(`seriesOf("${indicatorId}"): values in several currencies (${[...currencies].join(", ")}); pass { currency }`);
    return values
      .map((statistic) => ({ statistic, date: statisticDate(statistic) ?? "" }))
      .sort((a, b) => compare(a.date, b.date) || compare(a.statistic.id, b.statistic.id))
      .map(({ statistic }) => statistic);
  }

  return { reportedOn, statisticDate, seriesOf };
}

// The package's own records, indexed on first use. The dates read events and sources only, so that
// a bundle of statisticDate or reportedOn leaves the statistics out.
let dates: ReturnType<typeof statisticRelations<Statistic>> | undefined;
let series: ReturnType<typeof statisticRelations<Statistic>> | undefined;
const packagedDates = () => (dates ??= statisticRelations<Statistic>({ events, sources, statistics: [] }));

/** The date a statistic stands at: its as-of date or period, else when it was reported. */
export function statisticDate(statistic: Statistic): string | undefined {
  return packagedDates().statisticDate(statistic);
}

/** When a statistic was reported: the date of its event, else the publication date of its first source. */
export function reportedOn(statistic: Statistic): string | undefined {
  return packagedDates().reportedOn(statistic);
}

/**
 * Every reported value of an indicator as one series, oldest first by the date each value stands
 * at. A series never mixes scopes, kinds (achieved, target) or currencies: when the indicator's
 * values span more than one and the options do not choose, this throws, naming the choices.
 */
export function seriesOf(indicatorId: IndicatorId, options: SeriesOptions = {}): Statistic[] {
  return (series ??= statisticRelations<Statistic>({ events, sources, statistics })).seriesOf(indicatorId, options);
}

export { dateForOrdering, type KnownDate } from "./dates.js";
